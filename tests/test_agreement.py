"""The agreement summary of a diff: GDELT's graph and actorgraph's graph of the same days line up."""

import json
import pathlib

from click.testing import CliRunner

from actorgraph.actors import registry
from actorgraph.agreement import agreement
from actorgraph.cli import cli
from actorgraph.counts import count_evidence, recount
from actorgraph.diff import diff_graphs, reverse_diff, validate_diff
from actorgraph.fileformat import write_graph
from actorgraph.gdelt import gdelt_graph

GDELT = str(pathlib.Path(__file__).parent / "fixtures" / "gdelt" / "20241018-30.export.CSV")


def test_agreement_symmetric_relations_match_either_way(make_graph):
    A = make_graph(edges=[("poland", "meets", "south-korea"), ("poland", "supplies", "ukraine")])
    B = make_graph(edges=[("south-korea", "meets", "poland"), ("ukraine", "supplies", "poland")])
    a = agreement(A, B)
    assert (a["both"], a["only_old"], a["only_new"]) == (1, 1, 1)  # supplies is directed
    assert a["relations"] == [
        {"relation": "supplies", "both": 0, "only_old": 1, "only_new": 1},
        {"relation": "meets", "both": 1, "only_old": 0, "only_new": 0},
    ]


def test_agreement_leaves_out_a_relation_no_counted_evidence_says_happened(make_graph):
    A = make_graph(edges=[("north-korea", "deploys", "russia", 2), ("poland", "meets", "ukraine")])
    B = make_graph(edges=[("north-korea", "deploys", "russia", 2), ("poland", "meets", "ukraine")])
    edge = B.edges["north-korea", "russia", "deploys"]
    for ev in edge["evidence"]:
        ev["modality"] = "negated"  # "North Korea has not deployed troops to Russia"
    edge.update(count_evidence(edge["evidence"]))
    assert edge["weight"] == 0
    a = agreement(A, B)
    assert (a["both"], a["only_old"], a["only_new"]) == (1, 1, 0)
    assert a["relations"][0] == {"relation": "deploys", "both": 0, "only_old": 1, "only_new": 0}
    everything = ["asserted", "reported", "alleged", "hypothetical", "denied", "negated"]
    a = agreement(recount(A, everything), recount(B, everything))
    assert (a["both"], a["only_old"], a["only_new"]) == (2, 0, 0)


def test_agreement_gdelt_and_articles_share_ids_and_relations(sample_graph):
    G = gdelt_graph([GDELT])
    d = diff_graphs(sample_graph, G, measure=None)
    rows = {r["relation"]: r for r in d["agreement"]["relations"]}
    # North Korea to Russia; South Korea to Ukraine is coded by GDELT, but only considered in the articles
    assert rows["deploys"]["both"] == 1
    assert rows["deploys"]["only_new"] == 1
    assert rows["attacks"]["both"] == rows["supplies"]["both"] == rows["sanctions"]["both"] == 1
    nato_coded = any(r.get("cameo") == "IGOWSTNAT" for r in registry().values())
    assert rows["cooperates"]["both"] == (1 if nato_coded else 0)
    assert d["agreement"]["both"] == 4 + nato_coded
    happened = sum(1 for *_, w in sample_graph.edges(data="weight") if w > 0)
    assert happened < sample_graph.number_of_edges()  # the sample has relations only denied or negated
    assert d["agreement"]["only_old"] == happened - d["agreement"]["both"]
    assert reverse_diff(d)["agreement"] == diff_graphs(G, sample_graph, measure=None)["agreement"]
    validate_diff(d)
    everything = ["asserted", "reported", "alleged", "hypothetical", "denied", "negated"]
    d = diff_graphs(sample_graph, G, measure=None, modalities=everything)
    assert d["agreement"]["both"] == 5 + nato_coded  # the hypothetical deployment counts too


def test_cli_diff_reports_agreement(tmp_path, sample_graph):
    old, new = tmp_path / "articles.json", tmp_path / "gdelt.json"
    write_graph(sample_graph, old)
    write_graph(gdelt_graph([GDELT]), new)
    result = CliRunner().invoke(cli, ["diff", str(old), str(new), "--format", "json"])
    assert result.exit_code == 1, result.output
    d = validate_diff(json.loads(result.stdout))
    assert d["agreement"]["both"] >= 4
    text = CliRunner().invoke(cli, ["diff", str(old), str(new)]).stdout
    assert f"\nAgreement: {d['agreement']['both']} relations in both graphs, " in text
    assert "\n  deploys        1 " in text
    everything = ["diff", str(old), str(new), "--modality", "asserted,reported,alleged,hypothetical,denied,negated"]
    assert "\n  deploys        2 " in CliRunner().invoke(cli, everything).stdout
