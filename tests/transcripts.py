"""The ``$ actorgraph …`` transcripts of the README and docs/: find them, run them, compare them.

Used by ``tests/test_docs.py``, which checks that each transcript shows what its command prints,
and by ``scripts/refresh_transcripts.py``, which rewrites the ones that drifted. A transcript is a
``$ `` line in a fenced block and the lines after it, up to the next ``$ `` line or the fence's
end. A line ``…`` in it stands for any lines left out; a line ending in ``…`` for a line cut short.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from click.testing import CliRunner

from actorgraph.cli import cli

__all__ = [
    "ROOT",
    "PAGES",
    "Transcript",
    "transcripts",
    "python_blocks",
    "actorgraph_args",
    "matches",
    "prepare_folder",
    "run_page",
]

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: Labels of the fenced blocks whose transcripts are run (a ``text`` block is shown, not run).
RUNNABLE_FENCES = ("", "console", "shell", "bash")
#: Options whose commands are not run: they open a browser or need a Dask cluster.
UNRUNNABLE = ("--open", "--dask")
ELLIPSIS = "…"


class Transcript(NamedTuple):
    """One ``$ `` line of a page and the output shown under it: lines ``first`` to ``end`` (excluded) of the page."""

    command: str
    expected: list[str]
    first: int
    end: int


def transcripts(text: str) -> list[Transcript]:
    """Return the `Transcript` of each ``$ `` line in the runnable fenced blocks of `text`, in page order.

    A block is runnable when its fence is unlabelled or says ``console``, ``shell`` or ``bash``;
    a ``text`` block is shown, not run.
    """
    found, fenced = [], None
    for i, line in enumerate(text.splitlines()):
        if line.startswith("```"):
            fenced = None if fenced is not None else line[3:].strip() in RUNNABLE_FENCES
            if found and found[-1].end is None:
                found[-1] = found[-1]._replace(end=i)
        elif fenced and line.startswith("$ "):
            if found and found[-1].end is None:
                found[-1] = found[-1]._replace(end=i)
            found.append(Transcript(line[2:], [], i + 1, None))
        elif fenced and found and found[-1].end is None:
            found[-1].expected.append(line.rstrip())
    return found


def python_blocks(text: str) -> list[str]:
    """Return the code of each fenced ``python`` block of `text`, in page order."""
    return re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)


def actorgraph_args(command: str) -> list[str] | None:
    """Return the arguments of an ``actorgraph …`` command line (after any ``pip install … &&``), or None."""
    command = re.sub(r"^pip install \S+ && ", "", command)
    if not command.startswith("actorgraph ") or any(opt in command for opt in UNRUNNABLE):
        return None
    return shlex.split(command)[1:]


def matches(expected: list[str], actual: list[str]) -> bool:
    """True when the lines `actual` are the lines `expected`, where ``…`` lines stand for any lines left out."""
    if not expected:
        return not actual
    head, rest = expected[0], expected[1:]
    if head == ELLIPSIS:
        return any(matches(rest, actual[i:]) for i in range(len(actual) + 1))
    if not actual:
        return False
    same = actual[0].startswith(head[:-1].rstrip()) if head.endswith(ELLIPSIS) else actual[0] == head
    return same and matches(rest, actual[1:])


def prepare_folder(folder: Path) -> None:
    """Lay out `folder` as a reader of the docs has it: the sample articles, the docs' example files, and the
    test graph as ``graph.json``."""
    (folder / "tests").mkdir()
    (folder / "data").symlink_to(ROOT / "data")
    (folder / "docs").symlink_to(ROOT / "docs")
    (folder / "tests" / "fixtures").symlink_to(ROOT / "tests" / "fixtures")
    shutil.copy(ROOT / "tests" / "fixtures" / "small_graph.json", folder / "graph.json")


def _run(command: str, status: int) -> tuple[list[str], int]:
    """Return ``(output lines, exit status)`` of one transcript command; `status` is the previous one's."""
    if command == "echo $?":
        return [str(status)], status
    result = CliRunner().invoke(cli, actorgraph_args(command), prog_name="actorgraph")
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return [line.rstrip() for line in result.output.splitlines()], result.exit_code


def run_page(text: str) -> Iterator[tuple[Transcript, list[str]]]:
    """Run the transcripts of `text` that can run, in order, in the current folder; yield each with its real output.

    The expected lines come without their trailing blank lines. Commands share the folder, so a
    transcript may read what an earlier one wrote; ``echo $?`` gives the previous command's status.
    """
    status = 0
    for t in transcripts(text):
        if t.command != "echo $?" and actorgraph_args(t.command) is None:
            continue
        actual, status = _run(t.command, status)
        expected = list(t.expected)
        while expected and not expected[-1]:
            expected.pop()
        yield t._replace(expected=expected), actual
