"""The README and docs/ tell the truth: their links resolve, their transcripts are what the commands print.

Like sqlite-utils' ``tests/test_docs.py``: every ``$ actorgraph …`` line of a fenced block in
README.md or docs/*.md is run (with `CliRunner`, in a fresh folder holding the sample articles and
the test graph), and what the block shows after it must be what the command prints, stdout and
stderr as a terminal shows them. A line ``…`` in a block stands for any lines left out; a line
ending in ``…`` for a line cut short.
"""

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from actorgraph.cli import cli

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
#: Fenced blocks whose transcripts are run: ``console`` or unlabelled (a ``text`` block is shown, not run).
FENCE = re.compile(r"^```(?:console|shell|bash)?\n(.*?)^```", re.S | re.M)
#: Options whose commands are not run: they open a browser or need a Dask cluster.
UNRUNNABLE = ("--open", "--dask")
ELLIPSIS = "…"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_relative_links_resolve(page):
    text = page.read_text(encoding="utf-8")
    targets = [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]
    missing = [t for t in targets if not (page.parent / t).exists()]
    assert not missing, f"{page.name} links to missing files: {missing}"


def transcripts(text):
    """Return ``[(command, expected output lines)]`` for each ``$ `` line of the fenced blocks of `text`."""
    found = []
    for block in FENCE.findall(text):
        lines = block.splitlines()
        starts = [i for i, line in enumerate(lines) if line.startswith("$ ")] + [len(lines)]
        for start, end in zip(starts, starts[1:]):
            found.append((lines[start][2:], [line.rstrip() for line in lines[start + 1 : end]]))
    return found


def _actorgraph_args(command):
    """Return the arguments of an ``actorgraph …`` command line (after any ``pip install … &&``), or None."""
    command = re.sub(r"^pip install \S+ && ", "", command)
    if not command.startswith("actorgraph ") or any(opt in command for opt in UNRUNNABLE):
        return None
    return shlex.split(command)[1:]


def matches(expected, actual):
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


@pytest.mark.parametrize(
    "expected, actual, same",
    [
        (["a", "…", "d"], ["a", "b", "c", "d"], True),
        (["a", "…", "d"], ["a", "d"], True),
        (["a", "…"], ["a", "b"], True),
        (["ab…"], ["abc"], True),
        (["a", "…", "d"], ["a", "b", "c"], False),
        (["a"], ["a", "b"], False),
        (["a", "b"], ["b", "a"], False),
        (["abd…"], ["abc"], False),
        ([], ["a"], False),
    ],
)
def test_docs_transcript_matching(expected, actual, same):
    assert matches(expected, actual) is same


def test_docs_transcripts_split_blocks_into_commands():
    text = "```console\n$ actorgraph a\nout 1\n\n$ echo $?\n1\n```\nprose\n```\n$ actorgraph b\n```\n"
    assert transcripts(text) == [("actorgraph a", ["out 1", ""]), ("echo $?", ["1"]), ("actorgraph b", [])]
    assert _actorgraph_args("pip install . && actorgraph demo") == ["demo"]
    assert _actorgraph_args('actorgraph relations g.json --actor "Yoon Suk Yeol"') == [
        "relations",
        "g.json",
        "--actor",
        "Yoon Suk Yeol",
    ]
    assert _actorgraph_args("actorgraph html g.json --open") is None
    assert _actorgraph_args("pytest") is None


def _pages_with_transcripts():
    return [p for p in PAGES if any(_actorgraph_args(c) for c, _ in transcripts(p.read_text(encoding="utf-8")))]


@pytest.fixture
def docs_folder(tmp_path, monkeypatch):
    """A folder as a reader has it: the sample articles, the docs' example files, the test graph as ``graph.json``,
    no parse cache."""
    (tmp_path / "tests").mkdir()
    (tmp_path / "data").symlink_to(ROOT / "data")
    (tmp_path / "docs").symlink_to(ROOT / "docs")
    (tmp_path / "tests" / "fixtures").symlink_to(ROOT / "tests" / "fixtures")
    shutil.copy(ROOT / "tests" / "fixtures" / "small_graph.json", tmp_path / "graph.json")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACTORGRAPH_CACHE", str(tmp_path / "cache.sqlite"))
    return tmp_path


def _run(command, status):
    """Return ``(output lines, exit status)`` of one transcript command; `status` is the previous one's."""
    if command == "echo $?":
        return [str(status)], status
    result = CliRunner().invoke(cli, _actorgraph_args(command), prog_name="actorgraph")
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return [line.rstrip() for line in result.output.splitlines()], result.exit_code


@pytest.mark.parametrize("page", _pages_with_transcripts(), ids=lambda p: p.name)
def test_docs_transcripts_are_real_output(page, docs_folder):
    status, checked = 0, 0
    for command, expected in transcripts(page.read_text(encoding="utf-8")):
        if command != "echo $?" and _actorgraph_args(command) is None:
            continue
        actual, status = _run(command, status)
        while expected and not expected[-1]:
            expected = expected[:-1]
        assert matches(expected, actual), f"{page.name}: $ {command}\n" + "\n".join(actual)
        checked += 1
    assert checked, f"{page.name} has no transcript this test can run"


def _documented_values(shown, real, where):
    """Yield ``(where, shown, real)`` for each value the README's example gives that the real file differs in.

    ``"…"`` stands for any value, a list ending in ``"…"`` for a longer list, a text starting with
    ``"… "`` for a longer text; ``created`` is the build's time and is not compared.
    """
    if shown == ELLIPSIS or where.endswith("/created"):
        return
    if isinstance(shown, dict) and isinstance(real, dict):
        for key, value in shown.items():
            yield from _documented_values(value, real.get(key), f"{where}/{key}")
    elif isinstance(shown, list) and shown and shown[-1] == ELLIPSIS:
        yield from _documented_values(shown[:-1], (real or [])[: len(shown) - 1], where)
    elif isinstance(shown, list) and isinstance(real, list) and len(shown) == len(real):
        for i, (a, b) in enumerate(zip(shown, real)):
            yield from _documented_values(a, b, f"{where}/{i}")
    elif isinstance(shown, str) and shown.startswith(ELLIPSIS + " ") and isinstance(real, str):
        if not real.endswith(shown[2:]):
            yield where, shown, real
    elif shown != real:
        yield where, shown, real


def _first_record(records, shown, keys):
    return next(r for r in records if all(r.get(k) == shown.get(k) for k in keys))


def test_docs_readme_graph_file_example_is_the_demo_graph(sample_graph):
    from actorgraph.fileformat import to_data

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## The graph file") :]
    shown = json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))
    real = to_data(sample_graph)
    real["graph"] = dict(real["graph"], snapshot="sample")  # the label `actorgraph demo` gives it
    real["nodes"] = [_first_record(real["nodes"], n, ["id"]) for n in shown["nodes"]]
    real["edges"] = [_first_record(real["edges"], e, ["source", "target", "key"]) for e in shown["edges"]]
    real["graph"]["articles"] = real["graph"]["articles"][: len(shown["graph"]["articles"])]
    differences = list(_documented_values(shown, real, ""))
    assert not differences, differences


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_has_help_an_example_and_a_readme_section(name):
    command = cli.commands[name]
    assert command.help and command.get_short_help_str(), name
    example = command.help.split("Example:", 1)
    assert len(example) == 2, f"{name}'s help has no Example: block"
    assert re.search(rf"^\s+actorgraph {name} ", example[1], re.M), example[1]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"### `actorgraph {name}`" in readme
