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

import networkx as nx
import pytest
from transcripts import PAGES, ROOT, actorgraph_args, matches, prepare_folder, python_blocks, run_page, transcripts

from actorgraph.cli import cli

LINK = re.compile(r"\]\(([^)#\s]+)(?:#[^)]*)?\)")
ELLIPSIS = "…"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_docs_relative_links_resolve(page):
    text = page.read_text(encoding="utf-8")
    targets = [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]
    missing = [t for t in targets if not (page.parent / t).exists()]
    assert not missing, f"{page.name} links to missing files: {missing}"


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
    text = (
        "```console\n$ actorgraph a\nout 1\n\n$ echo $?\n1\n```\nprose\n$ not fenced\n```\n$ actorgraph b\n```\n"
        "```text\n$ actorgraph shown\n```\n"
    )
    assert [(t.command, t.expected, t.first, t.end) for t in transcripts(text)] == [
        ("actorgraph a", ["out 1", ""], 2, 4),
        ("echo $?", ["1"], 5, 6),
        ("actorgraph b", [], 11, 11),
    ]
    assert actorgraph_args("pip install . && actorgraph demo") == ["demo"]
    assert actorgraph_args('actorgraph relations g.json --actor "Yoon Suk Yeol"') == [
        "relations",
        "g.json",
        "--actor",
        "Yoon Suk Yeol",
    ]
    assert actorgraph_args("actorgraph html g.json --open") is None
    assert actorgraph_args("pytest") is None


def _pages_with_transcripts():
    return [p for p in PAGES if any(actorgraph_args(t.command) for t in transcripts(p.read_text(encoding="utf-8")))]


@pytest.fixture
def docs_folder(tmp_path, monkeypatch):
    """A folder as a reader has it (`transcripts.prepare_folder`), and no parse cache yet."""
    prepare_folder(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ACTORGRAPH_CACHE", str(tmp_path / "cache.sqlite"))
    return tmp_path


@pytest.mark.parametrize("page", _pages_with_transcripts(), ids=lambda p: p.name)
def test_docs_transcripts_are_real_output(page, docs_folder):
    checked = 0
    for t, actual in run_page(page.read_text(encoding="utf-8")):
        assert matches(t.expected, actual), f"{page.name}: $ {t.command}\n" + "\n".join(actual)
        checked += 1
    assert checked, f"{page.name} has no transcript this test can run"


#: Pages whose ``python`` blocks run as they stand (docs/html.md's diff example and docs/gazetteer.md's
#: model session are fragments of a longer session).
PYTHON_PAGES = [ROOT / "README.md", ROOT / "docs" / "central.md"]


@pytest.mark.parametrize("page", PYTHON_PAGES, ids=lambda p: p.name)
def test_docs_python_examples_run(page, docs_folder):
    text = page.read_text(encoding="utf-8")
    for _ in run_page(text):  # the files the examples read: the demo graph, the snapshots
        pass
    blocks = python_blocks(text)
    assert blocks
    namespace = {}
    for code in blocks:
        exec(compile(code, str(page), "exec"), namespace)
    if "has_changes" in namespace:
        assert namespace["has_changes"](namespace["d"])  # the README says: True
        assert nx.utils.graphs_equal(namespace["apply_diff"](namespace["old"], namespace["d"]), namespace["new"])


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
    line = re.search(rf"^\s+actorgraph {name} (.*)$", example[1], re.M)
    assert line, example[1]
    command.make_context(name, shlex.split(line.group(1)))  # the example's options exist and parse
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"### `actorgraph {name}`" in readme
