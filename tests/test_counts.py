"""Tests of modality-aware counting: weights count what is said to have happened, the rest beside them."""

import json
import re

import pytest
from click.testing import CliRunner

from actorgraph.centrality import aggregate, node_scores, ranks
from actorgraph.cli import cli
from actorgraph.counts import count_evidence, factual, recount, selection
from actorgraph.errors import UnknownNameError
from actorgraph.viz.page import page_data
from actorgraph.vocab import modalities, weak_modalities

FIXTURE = "tests/fixtures/small_graph.json"
EVERY = list(modalities())


def _set_modality(G, edge, modality):
    """Make every evidence record of `edge` of `modality` and recount the graph's edges."""
    for e in G.edges[edge]["evidence"]:
        e["modality"] = modality
    for _u, _v, d in G.edges(data=True):
        d.update(count_evidence(d["evidence"]))


def test_counts_default_is_the_registry_s_strong_modalities():
    assert factual() == tuple(m for m in modalities() if m not in weak_modalities())
    assert "alleged" not in factual() and "asserted" in factual()


def test_counts_selection_checks_names():
    assert selection(["negated", "asserted"]) == ("asserted", "negated")
    with pytest.raises(UnknownNameError, match="unknown modality 'rumoured'; choose from asserted"):
        selection(["rumoured"])


def test_counts_sample_supplies_counts_negated_and_hypothetical_apart(sample_graph):
    d = sample_graph.edges["south-korea", "ukraine", "supplies"]
    by_modality = {m: [e for e in d["evidence"] if e["modality"] == m] for m in modalities()}
    assert by_modality["negated"] and by_modality["hypothetical"]
    assert d["counts"] == {m: len(found) for m, found in by_modality.items()}
    assert d["weight"] == len(by_modality["asserted"]) + len(by_modality["reported"]) < len(d["evidence"])
    assert d["sources"] == len({e["article"] for e in by_modality["asserted"] + by_modality["reported"]})


def test_counts_pagerank_follows_the_factual_weight(make_graph):
    G = make_graph([], [("a", "supplies", "c", 3), ("a", "supplies", "d", 1), ("b", "meets", "a")])
    _set_modality(G, ("a", "c", "supplies"), "negated")  # said three times: a never supplied c
    assert not aggregate(G).has_edge("a", "c")
    factual_ranks = ranks(node_scores(G))
    every_ranks = ranks(node_scores(recount(G, EVERY)))
    assert factual_ranks["d"] < factual_ranks["c"]
    assert every_ranks["c"] < every_ranks["d"]  # the denials counted as supplies would make c lead
    sizes = {a["id"]: a["size"] for a in page_data(G)["actors"]}
    assert sizes["d"] > sizes["c"]
    widths = {(r["from"], r["to"]): r for r in page_data(G)["relations"]}
    assert widths["a", "c"]["weak"] and widths["a", "c"]["weight"] == 0


def test_counts_recount_is_a_new_graph_that_keeps_the_evidence(make_graph):
    G = make_graph([], [("a", "warns", "b", 2)])
    _set_modality(G, ("a", "b", "warns"), "hypothetical")
    H = recount(G, ["hypothetical"])
    assert (G.edges["a", "b", "warns"]["weight"], H.edges["a", "b", "warns"]["weight"]) == (0, 2)
    assert H.edges["a", "b", "warns"]["evidence"] == G.edges["a", "b", "warns"]["evidence"]
    assert H.graph["counted"] == ["hypothetical"] and G.graph["counted"] == list(factual())


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_counts_cli_modality_repeatable_and_comma_separated():
    one = run("central", FIXTURE, "--modality", "asserted,reported", "--modality", "hypothetical", "--format", "json")
    assert one.exit_code == 0, one.output
    default = run("central", FIXTURE, "--format", "json")
    russia = {r["id"]: r for r in json.loads(one.output)}["russia"]
    assert {"relation": "warns", "direction": "in", "other": "south-korea", "label": "South Korea", "weight": 1} in (
        russia["relations"]
    )
    assert "warns" not in {
        x["relation"] for x in {r["id"]: r for r in json.loads(default.output)}["russia"]["relations"]
    }


@pytest.mark.parametrize("command", ["central", "relations", "actors", "html", "diff", "build", "events", "export"])
def test_counts_cli_modality_unknown_is_a_usage_error(command):
    extra = {"diff": [FIXTURE], "events": ["-o", "-"], "export": ["--to", "cypher", "-o", "-"]}.get(command, [])
    args = [command, FIXTURE, *extra, "--modality", "rumoured"]
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert (
        "Invalid value for '--modality': unknown modality 'rumoured'; choose from asserted, reported" in result.output
    )


def test_counts_cli_help_says_the_default():
    result = run("central", "--help")
    assert "Default: asserted, reported, the evidence that says the event happened." in " ".join(result.output.split())


def test_counts_cli_relations_csv_and_json_carry_codes_and_modality():
    result = run("relations", FIXTURE, "--relation", "supplies", "--format", "csv")
    assert result.exit_code == 0, result.output
    header, row = result.output.splitlines()
    assert header == (
        "source,relation,target,weight,sources,asserted,reported,alleged,hypothetical,denied,negated,modality,"
        "cameo,plover,said_by,first_seen,last_seen,contested,source_id,target_id"
    )
    assert row.startswith("South Korea,supplies,Ukraine,1,1,1,0,0,0,0,1,asserted,07,AID,")
    every = run("relations", FIXTURE, "--relation", "supplies", "--format", "json", "--modality", ",".join(EVERY))
    (record,) = json.loads(every.output)
    assert (record["weight"], record["negated"], record["modality"]) == (2, 1, "asserted")


def test_counts_cli_relations_table_says_what_is_not_counted():
    result = run("relations", FIXTURE, "--relation", "warns", "--actor", "South Korea")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        "South Korea -warns-> Russia  weight 0, 0 stories, 2024-10-24..2024-10-24; not counted: 1 hypothetical"
    )


def test_counts_cli_actors_weight_follows_modality():
    rows = {r["id"]: r for r in json.loads(run("actors", FIXTURE, "--format", "json").output)}
    every = {
        r["id"]: r for r in json.loads(run("actors", FIXTURE, "--format", "json", "--modality", ",".join(EVERY)).output)
    }
    assert (
        every["south-korea"]["weight"] - rows["south-korea"]["weight"] == 2
    )  # one negated supply, one hypothetical warning


def test_counts_cli_diff_json_says_what_it_counted():
    result = run("diff", FIXTURE, FIXTURE, "--format", "json", "--modality", "negated")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["counted"] == ["negated"]


def test_counts_cli_html_page_says_what_the_weights_count(tmp_path):
    result = run("html", FIXTURE, "-o", str(tmp_path / "p.html"), "--modality", "asserted,alleged")
    assert result.exit_code == 0, result.output
    page = (tmp_path / "p.html").read_text()
    assert "weights count asserted, alleged evidence" in " ".join(page.split())
    ticked = set(re.findall(r'name="modality" value="(\w+)" checked', page))
    assert ticked == {"asserted", "alleged"}  # the page counts what --modality chose


def test_counts_cli_export_weights_follow_modality():
    factual = run("export", FIXTURE, "--to", "cypher", "-o", "-")
    every = run("export", FIXTURE, "--to", "cypher", "-o", "-", "--modality", ",".join(EVERY))
    assert factual.exit_code == every.exit_code == 0, factual.output
    supplies = [line for line in factual.stdout.splitlines() if "'south-korea', target: 'ukraine'" in line]
    assert supplies and "weight: 1," in supplies[0]
    assert "weight: 2," in [line for line in every.stdout.splitlines() if "'south-korea', target: 'ukraine'" in line][0]
