"""Rewrite the ``$ actorgraph …`` transcripts of the README and docs/ that no longer show what the commands print.

Usage: python scripts/refresh_transcripts.py [PAGE.md ...]   (default: README.md and docs/*.md)

Each page's transcripts run as ``tests/test_docs.py`` runs them (a fresh folder with the sample
articles and the test graph, no parse cache). A transcript that drifted is replaced by the real
output, unless it leaves lines out (a ``…`` line, or a line cut short with ``…``): those are
listed with their real output, to edit by hand. Run ``pytest tests/test_docs.py`` afterwards.
"""

import os
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from transcripts import ELLIPSIS, PAGES, matches, prepare_folder, run_page  # noqa: E402


def refresh(page: pathlib.Path) -> list[str]:
    """Rewrite the drifted transcripts of `page` that elide nothing; returns the report lines of the others."""
    text = page.read_text(encoding="utf-8")
    lines, report, here = text.splitlines(), [], os.getcwd()
    with tempfile.TemporaryDirectory() as folder:
        prepare_folder(pathlib.Path(folder))
        os.chdir(folder)
        os.environ["ACTORGRAPH_CACHE"] = os.path.join(folder, "cache.sqlite")
        try:
            drifted = [(t, actual) for t, actual in run_page(text) if not matches(t.expected, actual)]
        finally:
            os.chdir(here)
    for t, actual in reversed(drifted):  # from the end, so that earlier line numbers hold
        if any(line.endswith(ELLIPSIS) for line in t.expected):
            report.append([f"{page.name}:{t.first}: edit by hand: $ {t.command}", *("    " + a for a in actual)])
        else:
            lines[t.first : t.first + len(t.expected)] = actual
            report.append([f"{page.name}:{t.first}: rewrote $ {t.command}"])
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [line for entry in reversed(report) for line in entry]


def main(argv: list[str]) -> None:
    """Refresh the pages named in `argv` (all documentation pages when none)."""
    for page in [pathlib.Path(a).resolve() for a in argv] or PAGES:
        for line in refresh(page):
            print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
