"""Tests of the event table: one row per evidence record, typed as documented, counts that round-trip."""

import builtins
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from actorgraph.cli import cli
from actorgraph.events import COLUMNS, DTYPES, event_rows, write_events
from actorgraph.fileformat import write_graph

FIXTURE = "tests/fixtures/small_graph.json"
NAMES = [name for name, _, _ in COLUMNS]


def read(path, fmt):
    """Read an event table the way the README says."""
    if fmt == "csv":
        return pd.read_csv(path, dtype=DTYPES, keep_default_na=False, na_values=[""])
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=False).astype(DTYPES)
    return pd.read_parquet(path, dtype_backend="numpy_nullable")


def counts_of(frame):
    """Return ``{(source, target, relation): (weight, sources, counts)}`` from an event table, as the README says."""
    per_copy = frame.groupby(["source_id", "target_id", "relation", "modality", "story", "article_id"]).size()
    per_story = per_copy.groupby(level=[0, 1, 2, 3, 4]).max()  # a story's copies count once: its fullest
    counts = per_story.groupby(level=[0, 1, 2, 3]).sum()
    counted = frame[frame["counted"]]
    weight = counted.groupby(["source_id", "target_id", "relation", "modality", "story", "article_id"]).size()
    weight = weight.groupby(level=[0, 1, 2, 3, 4]).max().groupby(level=[0, 1, 2]).sum()
    sources = counted.groupby(["source_id", "target_id", "relation"])["story"].nunique()
    found = {}
    for (u, v, rel, modality), n in counts.items():
        found.setdefault((u, v, rel), [int(weight.get((u, v, rel), 0)), int(sources.get((u, v, rel), 0)), {}])
        found[u, v, rel][2][modality] = int(n)
    return {key: (w, s, c) for key, (w, s, c) in found.items()}


@pytest.fixture(scope="module")
def sample_file(sample_graph, tmp_path_factory):
    return str(write_graph(sample_graph, tmp_path_factory.mktemp("events") / "sample.json"))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_events_sample_loads_with_documented_dtypes_and_round_trips(sample_graph, sample_file, tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    result = CliRunner().invoke(cli, ["events", sample_file, "--format", fmt, "-o", str(path)])
    assert result.exit_code == 0, result.output
    frame = read(path, fmt)
    evidence = sum(len(d["evidence"]) for _, _, d in sample_graph.edges(data=True))
    assert result.stderr == f"wrote {evidence} events to {path}\n"
    assert list(frame.columns) == NAMES and len(frame) == evidence
    assert frame.dtypes.to_dict() == {k: pd.api.types.pandas_dtype(v) for k, v in DTYPES.items()}
    expected = {
        (u, v, k): (d["weight"], d["sources"], {m: n for m, n in d["counts"].items() if n})
        for u, v, k, d in sample_graph.edges(keys=True, data=True)
    }
    assert counts_of(frame) == expected


def test_events_three_formats_hold_the_same_table(sample_file, tmp_path):
    frames = []
    for fmt in ("csv", "jsonl", "parquet"):
        write_events_file = tmp_path / f"e.{fmt}"
        assert (
            CliRunner().invoke(cli, ["events", sample_file, "--format", fmt, "-o", str(write_events_file)]).exit_code
            == 0
        )
        frames.append(read(write_events_file, fmt))
    assert frames[0].equals(frames[1]) and frames[0].equals(frames[2])
    negated = frames[0][(frames[0]["relation"] == "supplies") & (frames[0]["modality"] == "negated")]
    # the evidence's own CAMEO code when its pattern gives one ("072" for arms), else the relation's "07"
    assert len(negated) and not negated["counted"].any() and negated["cameo"].str.startswith("07").all()
    assert set(negated["cameo"]) == {"07", "072"}


def test_events_rows_follow_the_modality_selection(tmp_path):
    path = tmp_path / "e.csv"
    result = CliRunner().invoke(cli, ["events", FIXTURE, "-o", str(path), "--modality", "negated"])
    assert result.exit_code == 0, result.output
    frame = read(path, "csv")
    assert set(frame.loc[frame["counted"], "modality"]) == {"negated"}


def test_events_stdout_and_non_ascii(make_graph):
    G = make_graph([("kyiv", {"label": "Київ"})], [("kyiv", "meets", "poland")])
    rows = list(event_rows(G))
    assert rows[0]["source_label"] == "Київ" and list(rows[0]) == NAMES


def test_events_jsonl_to_standard_output():
    result = CliRunner().invoke(cli, ["events", FIXTURE, "--format", "jsonl", "-o", "-"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 12 and list(json.loads(lines[0])) == NAMES


def test_events_bad_format_and_unwritable_output(tmp_path):
    result = CliRunner().invoke(cli, ["events", FIXTURE, "--format", "xlsx", "-o", str(tmp_path / "e.xlsx")])
    assert result.exit_code == 2 and "'xlsx' is not one of 'csv', 'jsonl', 'parquet'" in result.output
    (tmp_path / "file").write_text("in the way")
    result = CliRunner().invoke(cli, ["events", FIXTURE, "-o", str(tmp_path / "file" / "e.csv")])
    assert (
        result.exit_code == 1
        and result.stderr.startswith("Error: cannot write ")
        and len(result.stderr.splitlines()) == 1
    )


def test_events_parquet_without_pyarrow_is_one_line_and_writes_nothing(tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    path = tmp_path / "e.parquet"
    result = CliRunner().invoke(cli, ["events", FIXTURE, "--format", "parquet", "-o", str(path)])
    assert result.exit_code == 1
    assert result.stderr == "Error: Parquet needs pyarrow: pip install 'actorgraph[parquet]'\n"
    assert not path.exists()


def test_events_write_returns_the_row_count(make_graph, tmp_path):
    G = make_graph([], [("a", "warns", "b", 3)])
    assert write_events(G, tmp_path / "e.csv") == 3
