import json

import networkx as nx
import pytest

from graph.errors import GraphFileError
from graph.fileformat import read_graph, write_graph

FIXTURE = "tests/fixtures/small_graph.json"


def test_fileformat_round_trip_keeps_keys_and_non_ascii(tmp_path):
    G = read_graph(FIXTURE)
    G.nodes["poland"]["aliases"].append("Rzeczpospolita Polska – Łódź")
    path = tmp_path / "g.json"
    write_graph(G, path)
    H = read_graph(path)
    assert nx.utils.edges_equal(G.edges(keys=True, data=True), H.edges(keys=True, data=True))
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert G.graph == H.graph


@pytest.mark.parametrize("content, message", [
    ("{not json", "is not JSON"),
    ("[1, 2]", "not an actorgraph graph"),
    (json.dumps({"graph": {"format": "other"}}), "not an actorgraph graph"),
])
def test_fileformat_rejects_what_is_not_a_graph(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError, match=message):
        read_graph(path)


def test_fileformat_rejects_newer_format_version(tmp_path):
    data = json.load(open(FIXTURE, encoding="utf-8"))
    data["graph"]["format_version"] = 99
    path = tmp_path / "new.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match="newer"):
        read_graph(path)


def test_fileformat_rejects_wrong_shape_with_its_place(tmp_path):
    data = json.load(open(FIXTURE, encoding="utf-8"))
    data["edges"][0]["evidence"][0]["modality"] = "rumoured"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match="edges/0/evidence/0/modality"):
        read_graph(path)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_fileformat_exports_for_gephi(tmp_path, fmt, reader):
    G = read_graph(FIXTURE)
    path = tmp_path / f"g.{fmt}"
    write_graph(G, path, format=fmt)
    H = reader(path)
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == G.number_of_edges()
    assert "Pyongyang" in H.nodes["north-korea"]["aliases"]


def test_fileformat_failed_write_keeps_earlier_file(tmp_path):
    path = tmp_path / "g.json"
    path.write_text("earlier", encoding="utf-8")
    G = read_graph(FIXTURE)
    G.nodes["poland"]["type"] = "country"  # invalid: write must refuse
    with pytest.raises(GraphFileError):
        write_graph(G, path)
    assert path.read_text(encoding="utf-8") == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]


def test_fileformat_written_file_follows_umask(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        path = write_graph(read_graph(FIXTURE), tmp_path / "g.json")
    finally:
        os.umask(old)
    assert os.stat(path).st_mode & 0o777 == 0o644
