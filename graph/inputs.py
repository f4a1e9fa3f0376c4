"""Find input files and read their bytes within bounds: caps, binary checks, non-regular files, walk errors.

The limits, documented in the README:

- one article (a text file, a JSONL line, a CSV row, standard input read as text) is at most
  `MAX_ARTICLE_BYTES`; a larger one is skipped with a warning;
- standard input as a whole is at most `MAX_STDIN_BYTES`;
- a file whose first `BINARY_PROBE` bytes hold a NUL byte is binary and skipped before the rest is read;
- in a folder, only regular files are read: FIFOs, devices, sockets, broken links and link loops are
  skipped with a warning, and links to folders are not followed; a file named on the command line is
  read whatever it is (``<(zcat feed.jsonl.gz)``), within the same caps;
- a folder that cannot be listed (permissions, a path beyond the system's limit) is a warning, and an
  error under ``--strict``.
"""

import io
import os
import stat
from pathlib import Path

from .errors import InputError

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_STDIN_BYTES",
    "BINARY_PROBE",
    "walk",
    "open_input",
    "read_capped",
    "capped_lines",
    "stdin_reader",
    "shown",
]

#: Largest article read (64 MiB): parsing is done in bounded pieces, so this bounds reading, not parsing.
MAX_ARTICLE_BYTES = 64 * 2**20
#: Most bytes read from standard input (1 GiB), articles of a JSONL stream together.
MAX_STDIN_BYTES = 2**30
#: Bytes looked at for a NUL before a file is read as text.
BINARY_PROBE = 8192
_MiB = 2**20


def shown(path):
    """Return `path` as text that can be printed: bytes of a non-UTF-8 file name become U+FFFD.

    Examples
    --------
    >>> shown("caf\\udce9.txt")
    'caf\\ufffd.txt'
    """
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _what(mode):
    """Name what a non-regular file is: ``a FIFO``, ``a socket``, ..."""
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device")):
        if test(mode):
            return name
    return "a device" if stat.S_ISBLK(mode) else "not a regular file"


def _child(path):
    """Return None when a file found in a folder may be read, else the InputError saying why it is skipped."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return InputError(f"{shown(path)}: broken link, skipped")
    except OSError as e:
        return InputError(f"{shown(path)}: cannot read ({e.strerror or e}), skipped")
    if stat.S_ISDIR(mode):
        return InputError(f"{shown(path)}: link to a folder, not followed")
    return None if stat.S_ISREG(mode) else InputError(f"{shown(path)}: {_what(mode)}, not a regular file, skipped")


def walk(folder, suffixes):
    """Yield the files under `folder` with one of `suffixes`, in sorted order, or an InputError for each problem.

    Parameters
    ----------
    folder : Path
    suffixes : collection of str
        Lower-case suffixes (``".txt"``) of the files to yield.

    Yields
    ------
    Path or InputError
        A regular file to read, or why a file or folder was skipped (`_child`, walk errors).
    """
    errors = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        yield from (InputError(f"{shown(e.filename or root)}: cannot list ({e.strerror or e})") for e in errors)
        errors.clear()
        dirs.sort()
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):
                yield InputError(f"{shown(os.path.join(root, name))}: link to a folder, not followed")
        for name in sorted(files):
            child = Path(root, name)
            if child.suffix.lower() in suffixes:
                yield _child(child) or child
    yield from (InputError(f"{shown(e.filename or folder)}: cannot list ({e.strerror or e})") for e in errors)


def open_input(path, *, named):
    """Open `path` for reading bytes; a file found in a folder (`named` False) must be a regular file.

    Opened without blocking, then checked: a FIFO swapped in after the walk looked is
    never waited on. Raises `InputError` for what cannot be read.
    """
    flags = os.O_RDONLY | (0 if named else os.O_NONBLOCK)
    try:
        fd = os.open(path, flags)
    except OSError as e:
        raise InputError(f"{shown(path)}: cannot read ({e.strerror or e}), skipped") from None
    mode = os.fstat(fd).st_mode
    if not named and not stat.S_ISREG(mode):
        os.close(fd)
        raise InputError(f"{shown(path)}: {_what(mode)}, not a regular file, skipped")
    return os.fdopen(fd, "rb")


def _probe(head, origin):
    if b"\x00" in head[:BINARY_PROBE]:
        raise InputError(f"{origin}: binary file, skipped")


def read_capped(f, origin, *, limit=MAX_ARTICLE_BYTES):
    """Return all the bytes of `f` (one article), after a binary check; at most `limit`, else `InputError`.

    A regular file's size is checked before anything is read.
    """
    try:
        size = os.fstat(f.fileno()).st_size if stat.S_ISREG(os.fstat(f.fileno()).st_mode) else 0
    except (OSError, AttributeError, io.UnsupportedOperation):
        size = 0
    if size > limit:
        raise InputError(
            f"{origin}: {size / _MiB:.0f} MiB, more than the {limit // _MiB} MiB cap on one article, skipped"
        )
    head = f.read(BINARY_PROBE)
    _probe(head, origin)
    data = head + f.read(limit + 1 - len(head))
    if len(data) > limit:
        raise InputError(f"{origin}: more than the {limit // _MiB} MiB cap on one article, skipped")
    return data


def capped_lines(f, origin, *, limit=MAX_ARTICLE_BYTES):
    """Yield each line of `f` as bytes (newline kept), or None for a line over `limit` (read past, never held).

    The first `BINARY_PROBE` bytes are checked for a NUL first.
    """
    line = f.readline(limit + 1)
    _probe(line if len(line) >= BINARY_PROBE else line + f.peek(BINARY_PROBE)[:BINARY_PROBE], origin)
    while line:
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = f.readline(limit)
            yield None
        else:
            yield line
        line = f.readline(limit + 1)


class _Chain(io.RawIOBase):
    """The bytes `head`, then the rest of `stream`: standard input after its first bytes were looked at.

    Counts what it reads and raises `InputError` past `limit` bytes.
    """

    def __init__(self, head, stream, limit):
        self.head, self.stream, self.limit, self.count = head, stream, limit, len(head)

    def readable(self):
        return True

    def readinto(self, b):
        if self.head:
            n = min(len(b), len(self.head))
            b[:n], self.head = self.head[:n], self.head[n:]
            return n
        read = getattr(self.stream, "read1", self.stream.read)
        data = read(len(b))
        self.count += len(data)
        if self.count > self.limit:
            raise InputError(f"<stdin>: more than the {self.limit // _MiB} MiB cap on standard input, stopped")
        b[: len(data)] = data
        return len(data)


def stdin_reader(stdin, *, limit=MAX_STDIN_BYTES):
    """Return ``(first non-blank byte or b"", reader)`` of standard input, for telling JSONL from text.

    Reads only until the first byte that is not blank (a BOM, spaces or line breaks),
    at most `BINARY_PROBE` bytes at a time; `reader` gives every byte again, from the
    start, up to `limit`. Raises `InputError` when standard input is closed.
    """
    if stdin is None or getattr(stdin, "buffer", None) is None:
        raise InputError("<stdin>: standard input is closed")
    chunks, first, size = [], b"", 0
    while not first and size <= MAX_ARTICLE_BYTES:
        chunk = stdin.buffer.read1(BINARY_PROBE) if hasattr(stdin.buffer, "read1") else stdin.buffer.read(BINARY_PROBE)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        first = (chunk.removeprefix(b"\xef\xbb\xbf") if len(chunks) == 1 else chunk).lstrip(b" \t\r\n")[:1]
    return first, io.BufferedReader(_Chain(b"".join(chunks), stdin.buffer, limit))
