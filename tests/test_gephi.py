"""Tests of the GraphML and GEXF 1.3 exports: unique edge ids, colours, sizes, dates, metadata, readers.

No GEXF 1.3 XSD ships in any package this project can install, so the GEXF file is checked
against the rules of the GEXF 1.3 format (namespaces, required attributes, references between
ids, value ranges, date spells) with lxml, and read back by networkx.
"""

import datetime

import networkx as nx
import pytest
from click.testing import CliRunner
from lxml import etree

from actorgraph.centrality import node_scores
from actorgraph.cli import cli
from actorgraph.fileformat import read_graph, write_graph
from actorgraph.gephi import SIZE_RANGE, edge_id
from actorgraph.vocab import actor_types, relation_types

FIXTURE = "tests/fixtures/small_graph.json"
GEXF = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
ATTRIBUTE_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI", "date"}


def _hex(color):
    """Return a viz:color element as #rrggbb."""
    return "#" + "".join(f"{int(color.get(c)):02x}" for c in "rgb")


def _date(text):
    return datetime.date.fromisoformat(text)


def check_gexf_1_3(path):
    """Raise AssertionError where the file breaks the GEXF 1.3 rules; returns the parsed root."""
    root = etree.parse(str(path)).getroot()
    assert root.tag == f"{{{GEXF}}}gexf" and root.get("version") == "1.3"
    assert root.get(f"{{{XSI}}}schemaLocation") == f"{GEXF} {GEXF}/gexf.xsd"
    meta = root.find(f"{{{GEXF}}}meta")
    _date(meta.get("lastmodifieddate"))
    assert {c.tag for c in meta} <= {f"{{{GEXF}}}{t}" for t in ("creator", "description", "keywords")}
    (graph,) = root.findall(f"{{{GEXF}}}graph")
    assert graph.get("defaultedgetype") in ("directed", "undirected", "mutual")
    assert graph.get("mode") in ("static", "dynamic")
    declared = {}
    for attributes in graph.findall(f"{{{GEXF}}}attributes"):
        assert attributes.get("class") in ("node", "edge")
        for a in attributes:
            assert a.get("type") in ATTRIBUTE_TYPES and a.get("title")
            declared[attributes.get("class"), a.get("id")] = a.get("type")
    nodes = graph.findall(f"{{{GEXF}}}nodes/{{{GEXF}}}node")
    edges = graph.findall(f"{{{GEXF}}}edges/{{{GEXF}}}edge")
    node_ids = [n.get("id") for n in nodes]
    edge_ids = [e.get("id") for e in edges]
    assert len(set(node_ids)) == len(node_ids) and len(set(edge_ids)) == len(edge_ids)
    for element, kind in [(n, "node") for n in nodes] + [(e, "edge") for e in edges]:
        if element.get("start") or element.get("end"):
            assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
            assert _date(element.get("start")) <= _date(element.get("end"))
        for value in element.findall(f"{{{GEXF}}}attvalues/{{{GEXF}}}attvalue"):
            assert (kind, value.get("for")) in declared
        color = element.find(f"{{{VIZ}}}color")
        if color is not None:
            assert all(0 <= int(color.get(c)) <= 255 for c in "rgb") and 0 <= float(color.get("a")) <= 1
    for n in nodes:
        assert n.get("label")
        assert float(n.find(f"{{{VIZ}}}size").get("value")) > 0
        shape = n.find(f"{{{VIZ}}}shape")
        assert shape is None or shape.get("value") in ("disc", "square", "triangle", "diamond", "image")
    for e in edges:
        assert e.get("source") in node_ids and e.get("target") in node_ids
        assert float(e.get("weight")) > 0 and float(e.find(f"{{{VIZ}}}thickness").get("value")) > 0
    return root


@pytest.fixture(scope="module")
def graph():
    return read_graph(FIXTURE)


def test_gephi_gexf_follows_gexf_1_3_and_networkx_reads_it(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.gexf", format="gexf")
    root = check_gexf_1_3(path)
    H = nx.read_gexf(path, version="1.3")
    kept = [(u, v, k) for u, v, k, w in graph.edges(keys=True, data="weight") if w > 0]
    assert len(kept) < graph.number_of_edges()  # South Korea's hypothetical warning is left out
    assert sorted(H.edges(keys=True)) == sorted((u, v, edge_id(u, v, k)) for u, v, k in kept)
    assert set(H) == set(graph)
    description = root.find(f"{{{GEXF}}}meta/{{{GEXF}}}description").text
    assert "snapshot" in description and "weights count asserted, reported evidence; node size: pagerank" in description


def test_gephi_gexf_colours_sizes_and_spells(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.gexf", format="gexf", size_by="degree")
    root = check_gexf_1_3(path)
    nodes = {n.get("id"): n for n in root.iter(f"{{{GEXF}}}node")}
    state = actor_types()["state"].color
    colour = nodes["russia"].find(f"{{{VIZ}}}color")
    assert _hex(colour) == state
    scores = node_scores(graph, measure="degree")
    top, bottom = max(scores, key=scores.get), min(scores, key=scores.get)
    size = {n: float(e.find(f"{{{VIZ}}}size").get("value")) for n, e in nodes.items()}
    assert (size[bottom], size[top]) == SIZE_RANGE
    edge = next(e for e in root.iter(f"{{{GEXF}}}edge") if e.get("id") == "north-korea:deploys:russia")
    deploys = graph.edges["north-korea", "russia", "deploys"]
    assert (edge.get("start"), edge.get("end")) == (deploys["first_seen"], deploys["last_seen"])
    assert edge.get("weight") == str(deploys["weight"]) and edge.get("label") == "deploys"
    rgb = edge.find(f"{{{VIZ}}}color")
    assert _hex(rgb) == relation_types()["deploys"].color


def test_gephi_graphml_unique_ids_and_metadata(graph, tmp_path):
    path = write_graph(graph, tmp_path / "g.graphml", format="graphml")
    root = etree.parse(str(path)).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    ids = [e.get("id") for e in root.iterfind(".//g:edge", ns)]
    assert len(ids) == len(set(ids)) == sum(1 for _, _, w in graph.edges(data="weight") if w > 0)
    H = nx.read_graphml(path, force_multigraph=True)
    assert H.graph["snapshot"] == graph.graph["snapshot"] and H.graph["counted"] == "asserted; reported"
    d = H.edges["south-korea", "ukraine", "south-korea:supplies:ukraine"]
    assert (d["weight"], d["negated"], d["color"]) == (1, 1, relation_types()["supplies"].color)
    dates = {a["id"]: a["date"] for a in graph.graph["articles"]}
    assert H.nodes["north-korea"]["start"] == min(dates[a] for a in graph.nodes["north-korea"]["articles"])


def test_gephi_modality_selection_brings_edges_back(tmp_path):
    path = tmp_path / "g.gexf"
    every = "asserted,reported,alleged,hypothetical,denied,negated"
    result = CliRunner().invoke(cli, ["build", "--help"])
    assert "--size-by" in result.output
    G = read_graph(FIXTURE, modalities=every.split(","))
    write_graph(G, path, format="gexf")
    check_gexf_1_3(path)
    assert nx.read_gexf(path, version="1.3").number_of_edges() == G.number_of_edges()
