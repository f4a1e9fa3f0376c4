"""Tests of ``actorgraph central``: every format, filters, bad input, and the transcripts in docs/central.md."""

import json
import pathlib
import re

import pytest
from click.testing import CliRunner

from actorgraph import centrality as centrality_module
from actorgraph.centrality import COLUMNS
from actorgraph.cli import cli

ROOT = pathlib.Path(__file__).parent.parent
FIXTURE = str(ROOT / "tests" / "fixtures" / "small_graph.json")


def run(*args, input=None):
    return CliRunner().invoke(cli, ["central", *args], input=input)


def test_central_table():
    result = run(FIXTURE, "--top", "4")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "rank  actor        type   pagerank  top relations\n"
        "----  -----------  -----  --------  ------------------------------------------------------------------\n"
        "   1  North Korea  state    0.3040  Russia denies (1), NATO warns (1)\n"
        "   2  Russia       state    0.2896  North Korea deploys (2), North Korea denies (1)\n"
        "   3  Ukraine      state    0.1000  South Korea supplies (1)\n"
        "   4  South Korea  state    0.0809  Yoon Suk Yeol leads (1), National Intelligence Service part_of (1)\n"
    )


def test_central_csv():
    result = run(FIXTURE, "--measure", "degree", "--top", "3", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "rank,id,label,type,score,relations\n"
        # Duda meets Yoon and Yoon meets Duda: a symmetric relation links both ways
        "1,andrzej-duda,Andrzej Duda,leader,0.375,leads Poland (1); Yoon Suk Yeol meets (1)\n"
        "1,north-korea,North Korea,state,0.375,deploys Russia (2); Russia denies (1); denies Russia (1)\n"
        "1,south-korea,South Korea,state,0.375,Yoon Suk Yeol leads (1); National Intelligence Service part_of (1); "
        "supplies Ukraine (1)\n"  # warns Russia is hypothetical: not counted, not a link
    )


def test_central_json():
    result = run(FIXTURE, "--measure", "betweenness", "--format", "json", "--top", "0")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) == 9
    assert records[0] == {
        "rank": 1,
        "id": "south-korea",
        "label": "South Korea",
        "type": "state",
        "score": pytest.approx(3 / 56),
        "relations": [
            {"relation": "leads", "direction": "in", "other": "yoon-suk-yeol", "label": "Yoon Suk Yeol", "weight": 1},
            {
                "relation": "part_of",
                "direction": "in",
                "other": "south-korea-intelligence",
                "label": "National Intelligence Service",
                "weight": 1,
            },
            {"relation": "supplies", "direction": "out", "other": "ukraine", "label": "Ukraine", "weight": 1},
        ],
    }


def test_central_json_all_has_a_key_per_measure():
    result = run(FIXTURE, "--measure", "all", "--format", "json")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)[0]
    assert list(record) == ["rank", "id", "label", "type", *COLUMNS, "relations"]


@pytest.mark.parametrize(
    "fmt, header",
    [
        ("table", "rank  actor         type    authority     hub  top relations"),
        ("csv", "rank,id,label,type,score,hub,relations"),
    ],
)
def test_central_hits_shows_hub(fmt, header):
    result = run(FIXTURE, "--measure", "hits", "--format", fmt, "--top", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == header


def test_central_collapse_no_affiliations():
    result = run(FIXTURE, "--collapse", "--no-affiliations", "--measure", "degree", "--type", "state")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "rank  actor        type   degree  top relations\n"
        "----  -----------  -----  ------  -----------------------------------------------------------------------\n"
        "   1  South Korea  state  0.7500  meets Poland (1), supplies Ukraine (1)\n"
        "   2  North Korea  state  0.5000  deploys Russia (2), Russia denies (1), denies Russia (1)\n"
        "   2  Poland       state  0.5000  South Korea meets (1)\n"
        "   2  Russia       state  0.5000  North Korea deploys (2), North Korea denies (1), denies North Korea (1)\n"
        "   5  Ukraine      state  0.2500  South Korea supplies (1)\n"
    )


def test_central_relation_option_splits_commas_and_repeats():
    result = run(
        FIXTURE,
        "--relation",
        "warns,supplies",
        "--relation",
        "deploys",
        "--measure",
        "in-degree",
        "--format",
        "csv",
        "--top",
        "1",
    )
    assert result.exit_code == 0, result.output
    # South Korea's warning to Russia is hypothetical: Russia's in-degree counts deploys alone
    assert result.stdout.splitlines()[1] == "1,north-korea,North Korea,state,0.125,NATO warns (1)"


def test_central_weight_none(graph_file):
    path = graph_file(edges=[("c", "warns", "a", 3), ("c", "warns", "b", 1), ("a", "meets", "c"), ("b", "meets", "c")])
    scores = {}
    for weight in ("evidence", "none"):
        result = run(path, "--weight", weight, "--format", "json")
        assert result.exit_code == 0, result.output
        scores[weight] = {r["id"]: r["score"] for r in json.loads(result.stdout)}
    assert scores["evidence"]["a"] > scores["evidence"]["b"]
    assert scores["none"]["a"] == pytest.approx(scores["none"]["b"])  # c's three warnings of a count once


def test_central_stdin():
    with open(FIXTURE, encoding="utf-8") as f:
        result = run("-", "--top", "1", "--format", "csv", input=f.read())
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith("1,north-korea,")


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("table", "rank  actor  type  pagerank  top relations\n----  -----  ----  --------  -------------\n"),
        ("csv", "rank,id,label,type,score,relations\n"),
        ("json", "[]\n"),
    ],
)
def test_central_empty_graph(graph_file, fmt, expected):
    result = run(graph_file(), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.output == expected


def test_central_communities_table():
    result = run(FIXTURE, "--communities")
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "community  size  members                                              brokers\n"
        "---------  ----  ---------------------------------------------------  -----------------------\n"
        "        1     3  Andrzej Duda, Poland, Yoon Suk Yeol                  Yoon Suk Yeol (links 3)\n"
        "        2     3  North Korea, Russia, NATO\n"
        "        3     3  Ukraine, South Korea, National Intelligence Service  South Korea (links 1)\n"
    )


def test_central_communities_csv_and_json():
    result = run(FIXTURE, "--communities", "--format", "csv", "--top", "1")
    assert result.exit_code == 0, result.output
    assert (
        result.stdout
        == "community,size,members,brokers\n1,3,Andrzej Duda; Poland; Yoon Suk Yeol,Yoon Suk Yeol (links 3)\n"
    )
    result = run(FIXTURE, "--communities", "--format", "json")
    assert result.exit_code == 0, result.output
    second, third = json.loads(result.stdout)[1:]
    assert [m["id"] for m in second["members"]] == ["north-korea", "russia", "nato"]
    assert second["brokers"] == []  # South Korea's warning to Russia is hypothetical: no link between 2 and 3
    assert third["brokers"] == [
        {"id": "south-korea", "label": "South Korea", "betweenness": pytest.approx(3 / 56), "links": [1]}
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (["--measure", "katz"], "Invalid value for '--measure': 'katz' is not one of 'degree', 'in-degree', "),
        (
            ["--relation", "warns,invades"],
            "Invalid value for '--relation': unknown relation 'invades'; choose from supplies, deploys, warns, ",
        ),
        (
            ["--type", "country"],
            "Invalid value for '--type': unknown type 'country'; choose from state, leader, agency, alliance, other, group\n",
        ),
        (["--weight", "sources"], "Invalid value for '--weight': 'sources' is not one of 'evidence', 'none'."),
        (
            ["--communities", "--measure", "all"],
            "Invalid value for '--measure': unknown measure 'all'; choose from degree, ",
        ),
        (
            ["--relation", "warns,leads", "--no-affiliations"],
            "--relation leads contradicts --no-affiliations, which drops allies, leads, member_of, part_of\n",
        ),
    ],
)
def test_central_bad_names_list_the_valid_ones(args, message):
    result = run(FIXTURE, *args)
    assert result.exit_code == 2, result.output
    assert "Error: " + message in result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("Error:")]) == 1


def test_central_unreadable_graph_is_one_line_error(tmp_path):
    result = run(str(tmp_path / "missing.json"))
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"


def test_central_sampling_is_said_on_stderr(monkeypatch):
    monkeypatch.setattr(centrality_module, "BETWEENNESS_EXACT_MAX", 5)
    monkeypatch.setattr(centrality_module, "BETWEENNESS_SAMPLES", 6)
    result = run(FIXTURE, "--measure", "betweenness", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "Warning: betweenness: 9 actors is more than 5, so it is estimated from 6 sampled source actors (seed 0)\n"
    )
    assert len(json.loads(result.stdout)) == 9


def test_central_eigenvector_fallback_is_said_on_stderr(graph_file):
    result = run(graph_file(edges=[("a", "supplies", "b"), ("b", "supplies", "c")]), "--measure", "eigenvector")
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Warning: eigenvector: does not converge on this directed graph")


def test_central_is_repeatable():
    assert run(FIXTURE, "--measure", "all").stdout == run(FIXTURE, "--measure", "all").stdout
    assert run(FIXTURE, "--communities").stdout == run(FIXTURE, "--communities").stdout


def test_central_help_explains_aggregation_and_has_example():
    result = CliRunner().invoke(cli, ["central", "--help"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "all the relations from one actor to another are one edge" in text
    assert "distance = 1/weight" in text
    assert "Example: actorgraph central graph.json" in text


def _transcripts():
    """Yield ``(command line, expected output)`` for each ``$ actorgraph ...`` block of docs/central.md."""
    text = (ROOT / "docs" / "central.md").read_text(encoding="utf-8")
    for block in re.findall(r"```\n(\$ actorgraph .*?)```", text, re.S):
        command, _, output = block.partition("\n")
        yield command[2:], output


@pytest.mark.parametrize("command, expected", list(_transcripts()))
def test_central_docs_transcripts_are_real(command, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = command.split()[1:]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.stdout == expected
