"""Safe file writes: only regular files or new paths, through a temp file beside the target and ``os.replace``.

The rule for what may be written (`writable_target`):

- a new path, or an existing regular file, is written (replaced atomically);
- a symlink is followed: the file it points to is replaced and the link is kept (a dangling
  link makes its target); a link to anything that is not a regular file is refused;
- a device, FIFO, socket or folder is refused with a one-line `OutputError`
  (write to standard output with ``-`` instead).

`check_outputs` refuses, before any work, an output that is also an input, the cache, or
another output of the same command.
"""

import contextlib
import os
import stat
import sys
import tempfile

from .errors import OutputError

__all__ = ["atomic_open", "write_text", "make_folder", "writable_target", "check_outputs", "same_file"]

_KINDS = (
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a folder"),
)


def _kind(mode):
    """Return what a non-regular file is ("a FIFO", ...), or None for a regular file."""
    return next((name for test, name in _KINDS if test(mode)), None if stat.S_ISREG(mode) else "not a regular file")


def writable_target(path):
    """Return the real path a write to `path` replaces, or raise `OutputError` when it must not be written.

    Symlinks are followed (the link stays; the file it names is replaced). Anything
    that exists and is not a regular file is refused, so that ``-o /dev/null`` or a
    FIFO is never replaced by a regular file.

    Examples
    --------
    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> writable_target(os.path.join(folder, "new.json")) == os.path.join(os.path.realpath(folder), "new.json")
    True
    >>> writable_target(folder)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    actorgraph.errors.OutputError: cannot write ...: it is a folder; actorgraph writes only regular files...
    """
    path = os.fspath(path)
    real = os.path.realpath(path)
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None
    kind = _kind(mode)
    if kind is not None:
        via = f" (a link to {real})" if real != os.path.abspath(path) else ""
        raise OutputError(
            f"cannot write {path}{via}: it is {kind}; actorgraph writes only regular files "
            "(use '-' for standard output)"
        )
    return real


@contextlib.contextmanager
def atomic_open(path, mode="w", encoding="utf-8"):
    """Open a temp file beside `path`'s target and move it over the target only on success.

    Yields a writable file object. If the block raises, the temp file is removed
    and any earlier file is left intact. ``path == "-"`` writes to standard output
    instead. What may be written is `writable_target`'s rule, checked before the
    temp file is made and again before it replaces the target.

    Examples
    --------
    >>> import os, tempfile
    >>> p = os.path.join(tempfile.mkdtemp(), "out.txt")
    >>> with atomic_open(p) as f:
    ...     _ = f.write("hello")
    >>> open(p).read()
    'hello'
    """
    if str(path) == "-":
        if sys.stdout is None:
            raise OutputError("cannot write to standard output: it is closed")
        if "b" in mode:
            sys.stdout.flush()  # text written before goes out first
        yield sys.stdout.buffer if "b" in mode else sys.stdout
        return
    path = os.fspath(path)
    target = writable_target(path)
    folder = os.path.dirname(target)
    with _output_errors(path):
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".actorgraph-", suffix=".tmp", dir=folder)
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
        with _output_errors(path):
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual permissions
            if writable_target(path) != target:  # the link was changed while writing
                raise OutputError(f"cannot write {path}: it changed while it was being written")
            os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _output_errors(path):
    """Turn an OSError of the block into an `OutputError` naming `path`, for a one-line message."""
    try:
        yield
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}") from None


def make_folder(folder):
    """Make `folder` (and its parents) if missing; returns it, or raises `OutputError`."""
    with _output_errors(folder):
        os.makedirs(folder, exist_ok=True)
    return folder


def _umask():
    """Return the process umask (read by setting and restoring it)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text(path, text):
    """Write `text` to `path` atomically; returns `path`."""
    with atomic_open(path) as f:
        f.write(text)
    return path


def same_file(a, b):
    """Return True when paths `a` and `b` name one file: the same real path, or the same inode (a hard link).

    Examples
    --------
    >>> import os, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> same_file(os.path.join(folder, "a.json"), os.path.join(folder, ".", "a.json"))
    True
    >>> same_file(os.path.join(folder, "a.json"), os.path.join(folder, "b.json"))
    False
    """
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def check_outputs(outputs, *, inputs=(), cache=None):
    """Refuse outputs that would destroy an input, the cache or each other; returns None or raises `OutputError`.

    Parameters
    ----------
    outputs : mapping of str to path or None
        Each output option (``"-o"``, ``"--html"``) and its path; None and ``-`` are skipped.
    inputs : iterable of path
        Files the command reads (a folder given as input is not itself a file to protect:
        only files with an input suffix are read in it, and outputs are written after reading).
    cache : path, optional
        The parse cache file (its ``-wal`` and ``-shm`` files too).

    Each output must also be writable (`writable_target`), checked here before any work.

    Examples
    --------
    >>> check_outputs({"-o": "a.txt"}, inputs=["a.txt"])
    Traceback (most recent call last):
    ...
    actorgraph.errors.OutputError: -o a.txt is also an input; write the output somewhere else
    """
    named = [(option, os.fspath(p)) for option, p in outputs.items() if p is not None and str(p) != "-"]
    for i, (option, path) in enumerate(named):
        for other_option, other in named[:i]:
            if same_file(path, other):
                raise OutputError(f"{other_option} {other} and {option} {path} are one file; give each its own")
        for source in inputs:
            if str(source) != "-" and same_file(path, source):
                raise OutputError(f"{option} {path} is also an input; write the output somewhere else")
        if cache is not None and any(same_file(path, f"{cache}{end}") for end in ("", "-wal", "-shm")):
            raise OutputError(f"{option} {path} is the parse cache; write the output somewhere else")
        writable_target(path)
