"""Atomic file writes: a temp file in the target's folder, then ``os.replace``."""

import contextlib
import os
import sys
import tempfile

from .errors import OutputError

__all__ = ["atomic_open", "write_text", "make_folder"]


@contextlib.contextmanager
def atomic_open(path, mode="w", encoding="utf-8"):
    """Open a temp file beside `path` and move it over `path` only on success.

    Yields a writable file object. If the block raises, the temp file is removed
    and any earlier file at `path` is left intact. ``path == "-"`` writes to
    standard output instead.

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
        if "b" in mode:
            sys.stdout.flush()  # text written before goes out first
        yield sys.stdout.buffer if "b" in mode else sys.stdout
        return
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    with _output_errors(path):
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".actorgraph-", suffix=".tmp", dir=folder)
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
        with os.fdopen(fd, mode, **kwargs) as f:
            yield f
        with _output_errors(path):
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual permissions
            os.replace(tmp, path)
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
