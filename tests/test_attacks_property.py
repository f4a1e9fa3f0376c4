"""Property tests of the attack suite: random bytes, random JSONL and random graph files, to ingest and to every command.

Whatever the input, a command exits 0, 1 or 2, says what went wrong in one line, never shows a
traceback, and changes no file but its output.
"""

import copy
import json
import os
import tempfile

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_attacks import tree

from actorgraph.cli import cli
from actorgraph.errors import InputError
from actorgraph.ingest import read_articles

SMALL = json.loads(open("tests/fixtures/small_graph.json", encoding="utf-8").read())
SUFFIXES = (".txt", ".md", ".jsonl", ".csv", ".tsv")
FIELDS = ("text", "title", "date", "source", "url", "id")
FAST = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MANY = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Text with what attacks use: control characters, lone surrogates, quotes, line breaks, braces.
nasty_text = st.lists(
    st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x00", "\x1b", "\r", "\n", "\u2028", "\ud800", "\udfff", '"', ",", "{", "[", "\t"]),
    ),
    max_size=60,
).map("".join)  # (st.text would drop the lone surrogates)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | nasty_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(nasty_text, inner, max_size=4),
    max_leaves=12,
)
records = st.fixed_dictionaries(
    {"text": nasty_text | json_values}, optional={k: json_values for k in FIELDS[1:]}
) | st.dictionaries(st.sampled_from(FIELDS) | nasty_text, json_values, max_size=6)


def jsonl_line(record):
    """Return a record as a JSONL line, lone surrogates and NaN written as Python's json module would."""
    return json.dumps(record, ensure_ascii=True)


def check(result, *, codes=(0, 1, 2)):
    """Assert a CLI result is an exit in `codes`, no traceback, and one ``Error:`` line if it failed."""
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in codes, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith(("Error:", "Usage:"))]
    if result.exit_code not in (0,) and not (result.exit_code == 1 and result.stdout and not errors):
        assert len([e for e in errors if e.startswith("Error:")]) == 1, result.stderr


def read_all(folder, **kwargs):
    """Return (articles, warnings) of a folder, checking that every warning is one line and every text encodes."""
    warnings = []
    articles = list(read_articles([folder], warn=warnings.append, **kwargs))
    assert all("\n" not in w for w in warnings), warnings
    for a in articles:
        for value in (a.id, a.text, a.title, a.date, a.source, a.url, a.origin):
            if value is not None:
                value.encode("utf-8")  # no lone surrogate gets through
    return articles, warnings


@FAST
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_attacks_property_random_bytes_are_read_or_warned(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "input" + suffix), "wb") as f:
            f.write(data)
        articles, warnings = read_all(folder)
        assert len(articles) + len(warnings) >= 1 or not data.strip()
        try:
            list(read_articles([folder], strict=True))
        except InputError as e:
            assert "\n" not in str(e)


@FAST
@given(lines=st.lists(records.map(jsonl_line) | nasty_text, max_size=6))
def test_attacks_property_random_jsonl_is_read_or_warned_line_by_line(lines):
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "feed.jsonl"), "w", encoding="utf-8", errors="surrogatepass") as f:
            f.write("\n".join(lines))
        articles, warnings = read_all(folder)
        assert all(a.origin.split(":")[-1].isdigit() for a in articles)


@FAST
@given(rows=st.lists(st.lists(nasty_text, min_size=1, max_size=4), max_size=5), header=st.booleans())
def test_attacks_property_random_csv_is_read_or_warned(rows, header):
    import csv

    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "feed.csv"), "w", encoding="utf-8", errors="surrogatepass", newline="") as f:
            writer = csv.writer(f)
            writer.writerows(([["text", "date", "title"]] if header else []) + rows)
        read_all(folder)


def _paths(value, prefix=()):
    """Yield the path of every value inside a JSON document (keys and indices), the document itself first."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


PATHS = list(_paths(SMALL))[1:]
#: The values attacks go for first: names and sentences shown, endpoints followed, numbers summed.
TARGETS = [p for p in PATHS if p and p[-1] in ("id", "label", "source", "target", "weight", "sentence", "mentions")]


def mutate(path, new, delete):
    """Return a copy of the small graph with the value at `path` replaced by `new` (or deleted)."""
    data = copy.deepcopy(SMALL)
    parent = data
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return data


COMMANDS = [
    ["actors"],
    ["actors", "--format", "json"],
    ["relations"],
    ["relations", "--format", "csv"],
    ["central"],
    ["central", "--communities"],
    ["central", "--measure", "all", "--collapse"],
    ["html", "-o", "{out}"],
    ["diff", "tests/fixtures/small_graph.json"],
    ["diff", "tests/fixtures/small_graph.json", "--format", "json"],
    ["build", "--no-cache", "-o", "{out}"],
    ["snapshots", "--no-cache", "-o", "{out}"],
    ["timeline", "--no-cache", "--date", "2024-10-01"],
]


def run_command(command, path, folder):
    """Run one of `COMMANDS` on the file at `path` in `folder`; assert it changed nothing but its output."""
    out = os.path.join(folder, "out.html" if command[0] == "html" else "out")
    before = tree(folder)
    args = [command[0], path] + [a.format(out=out) for a in command[1:]]
    result = CliRunner().invoke(cli, args)
    check(result)
    after = tree(folder)
    assert {p: v for p, v in after.items() if not p.startswith(out)} == before
    return result


@MANY
@given(
    path=st.sampled_from(PATHS) | st.sampled_from(TARGETS),
    new=nasty_text | json_values,
    delete=st.booleans(),
    command=st.sampled_from(COMMANDS[:-3]),
)
def test_attacks_property_mutated_graph_files_are_read_or_refused_by_every_command(path, new, delete, command):
    with tempfile.TemporaryDirectory() as folder:
        graph = os.path.join(folder, "g.json")
        with open(graph, "w", encoding="utf-8") as f:
            json.dump(mutate(path, new, delete and isinstance(path[-1], str)), f)
        run_command(command, graph, folder)


@SLOW
@given(
    data=st.binary(max_size=300) | nasty_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    command=st.sampled_from(COMMANDS),
)
def test_attacks_property_random_bytes_given_to_every_command(data, command):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "input.jsonl" if command[0] in ("build", "snapshots", "timeline") else "g.json")
        with open(path, "wb") as f:
            f.write(data)
        run_command(command, path, folder)


@SLOW
@given(lines=st.lists(records.map(jsonl_line), min_size=1, max_size=3), fmt=st.sampled_from(["jsonl", "csv"]))
def test_attacks_property_random_records_built_by_the_cli(lines, fmt):
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "feed." + fmt)
        with open(path, "w", encoding="utf-8", errors="surrogatepass") as f:
            if fmt == "jsonl":
                f.write("\n".join(lines))
            else:
                f.write("text,date\n" + "\n".join(json.dumps(json.loads(ln).get("text")) + ",x" for ln in lines))
        result = run_command(["build", "--no-cache", "-o", "{out}"], path, folder)
        assert result.exit_code in (0, 1)
