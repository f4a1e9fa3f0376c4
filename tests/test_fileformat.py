import json

import jsonschema
import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.errors import GraphFileError
from actorgraph.fileformat import read_graph, schema, validate, write_graph

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


@pytest.mark.parametrize(
    "content, message",
    [
        ("{not json", "is not JSON"),
        ("[1, 2]", "not an actorgraph graph"),
        (json.dumps({"graph": {"format": "other"}}), "not an actorgraph graph"),
    ],
)
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
    happened = sum(1 for _, _, w in G.edges(data="weight") if w > 0)  # Gephi drops weight-0 edges: so do we
    assert H.number_of_nodes() == G.number_of_nodes() and H.number_of_edges() == happened
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


# The compiled check and jsonschema agree ------------------------------------------------------------

_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.floats(allow_nan=False)
    | st.sampled_from(["", "x", "2024-10-18", "2024-1-8", "asserted", "rumoured", "state", "deploys"]),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from(["id", "x", "type"]), inner, max_size=2)
    ),
    max_leaves=4,
)


def _paths(value, prefix=()):
    """Yield the path of every value inside a JSON document."""
    yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield from _paths(child, prefix + (key,))


def _endpoints_declared(doc):
    """The one rule `validate` adds to the schema: every edge's ends are declared nodes (a schema cannot say it)."""
    ids = {n.get("id") for n in doc["nodes"]}
    return all(e.get("source") in ids and e.get("target") in ids for e in doc["edges"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fileformat_compiled_check_agrees_with_jsonschema(data):
    doc = json.loads(open(FIXTURE, encoding="utf-8").read())
    path = data.draw(st.sampled_from([p for p in _paths(doc) if p]))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if data.draw(st.booleans()) and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(_JSON_VALUES)
    expected = jsonschema.Draft202012Validator(schema()).is_valid(doc) and _endpoints_declared(doc)
    try:
        validate(doc)
        assert expected, "the compiled check passed what jsonschema rejects"
    except GraphFileError:
        assert not expected, "the compiled check rejected what jsonschema accepts"


def test_fileformat_json_is_one_line_per_actor_and_relation(sample_graph, tmp_path):
    path = write_graph(sample_graph, tmp_path / "g.json")
    text = open(path, encoding="utf-8").read()
    data = json.loads(text)
    records = [json.loads(line.strip().rstrip(",")) for line in text.splitlines() if line.startswith("  {")]
    assert records == data["nodes"] + data["edges"]
    assert len(records) == sample_graph.number_of_nodes() + sample_graph.number_of_edges()
    assert text.endswith("}\n")


V1_FIXTURE = "tests/fixtures/small_graph_v1.json"


def test_fileformat_reads_version_1_upgraded():
    G = read_graph(V1_FIXTURE)
    assert G.graph["format_version"] == 2 and G.graph["counted"] == ["asserted", "reported"]
    assert all(a["story"] == a["id"] for a in G.graph["articles"])
    supplies = G.edges["south-korea", "ukraine", "supplies"]  # one asserted, one negated record
    assert len(supplies["evidence"]) == 2
    assert (supplies["weight"], supplies["sources"]) == (1, 1)
    assert supplies["counts"] == dict(asserted=1, reported=0, alleged=0, hypothetical=0, denied=0, negated=1)
    warns = G.edges["south-korea", "russia", "warns"]  # only hypothetical
    assert (warns["weight"], warns["sources"], warns["counts"]["hypothetical"]) == (0, 0, 1)
    assert nx.utils.edges_equal(G.edges(keys=True, data=True), read_graph(FIXTURE).edges(keys=True, data=True))


def test_fileformat_version_1_is_checked_against_its_own_schema(tmp_path):
    data = json.load(open(V1_FIXTURE, encoding="utf-8"))
    data["edges"][0]["counts"] = {}  # a version 2 field in a version 1 file
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"format version 1\) at edges/0: Additional properties"):
        read_graph(path)


def test_fileformat_schema_modalities_are_the_registry():
    from actorgraph.vocab import modalities

    defs = schema()["$defs"]
    assert defs["meta"]["properties"]["counted"]["items"]["enum"] == list(modalities())
    assert set(defs["edge"]["properties"]["counts"]["required"]) == set(modalities())


def test_fileformat_written_graph_is_version_2(tmp_path):
    path = tmp_path / "g.json"
    write_graph(read_graph(V1_FIXTURE), path)
    data = json.load(open(path, encoding="utf-8"))
    assert data["graph"]["format_version"] == 2
    assert all(
        set(e["counts"]) == set(schema()["$defs"]["edge"]["properties"]["counts"]["required"]) for e in data["edges"]
    )


def _as_version_1(data):
    """Return a format-2 node-link dict as format 1 wrote it: no counted, story or counts; every record weighed;
    no actor of a type format 1 did not have (`group`), and no actor codes."""
    data = json.loads(json.dumps(data))
    data["graph"]["format_version"] = 1
    later = {n["id"] for n in data["nodes"] if n["type"] == "group"}
    data["nodes"] = [
        {k: v for k, v in n.items() if k not in ("cameo", "sector")} for n in data["nodes"] if n["id"] not in later
    ]
    data["edges"] = [e for e in data["edges"] if e["source"] not in later and e["target"] not in later]
    del data["graph"]["counted"]
    for article in data["graph"]["articles"]:
        del article["story"]
    for edge in data["edges"]:
        del edge["counts"]
        edge["weight"] = len(edge["evidence"])
        edge["sources"] = len({e["article"] for e in edge["evidence"]})
    return data


def test_fileformat_reads_a_version_1_gdelt_graph_with_its_optional_evidence_fields(tmp_path):
    from actorgraph.fileformat import to_data
    from actorgraph.gdelt import gdelt_graph

    G = gdelt_graph(["tests/fixtures/gdelt/20241018-30.export.CSV"])
    G.remove_nodes_from([n for n, kind in G.nodes(data="type") if kind == "group"])  # format 1 had no groups
    path = tmp_path / "gdelt-v1.json"
    path.write_text(json.dumps(_as_version_1(to_data(G))), encoding="utf-8")
    H = read_graph(path)
    assert H.graph["format_version"] == 2
    deploys = H.edges["north-korea", "russia", "deploys"]
    assert deploys["evidence"][0]["event_id"] and deploys["evidence"][0]["num_mentions"] >= 0
    assert nx.utils.edges_equal(H.edges(keys=True, data=True), G.edges(keys=True, data=True))


def test_fileformat_version_1_edge_to_an_undeclared_node_is_refused(tmp_path):
    data = json.load(open(V1_FIXTURE, encoding="utf-8"))
    data["edges"][0]["target"] = "atlantis"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GraphFileError, match="edges/0/target: 'atlantis' is not a declared node"):
        read_graph(path)
