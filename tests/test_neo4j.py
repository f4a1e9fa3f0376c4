"""The graph database export: the Cypher script loaded into a real engine, and the neo4j-admin CSV files."""

import csv
import os
import re

import networkx as nx
import pytest
from click.testing import CliRunner
from cypherengine import CypherDB, opencypher_errors

from actorgraph.cli import cli
from actorgraph.fileformat import write_graph
from actorgraph.neo4j import CONSTRAINTS, cypher_statements, import_command, neo4j_tables, type_label, write_neo4j_csv


def _script(G):
    return "\n".join(cypher_statements(G))


@pytest.fixture(scope="module")
def sample_db(sample_graph):
    db = CypherDB()
    db.run_script(_script(sample_graph))
    return db


def _types(G):
    return "|".join(sorted({k.upper() for _, _, k in G.edges(keys=True)}))


def test_neo4j_sample_loads_whole(sample_db, sample_graph):
    G = sample_graph
    assert sample_db.value("MATCH (a:Actor) RETURN count(a)") == len(G)
    assert sample_db.value("MATCH (a:Actor)-[r]->(b:Actor) RETURN count(r)") == G.number_of_edges()
    evidence = sum(len(d["evidence"]) for _, _, d in G.edges(data=True))
    assert sample_db.value("MATCH (e:Evidence) RETURN count(e)") == evidence
    assert sample_db.value("MATCH (d:Article) RETURN count(d)") == len(G.graph["articles"])
    rows = sample_db.query("MATCH (a:Actor) RETURN a.id AS id, a.label AS label, labels(a) AS labels")
    assert {r["id"]: (r["label"], sorted(r["labels"])) for r in rows} == {
        n: (d["label"], sorted(["Actor", type_label(d["type"])])) for n, d in G.nodes(data=True)
    }


@pytest.mark.parametrize("target", ["russia", "ukraine", "north-korea"])
def test_neo4j_who_supplies(sample_db, sample_graph, target):
    rows = sample_db.query(f"MATCH (a:Actor)-[:SUPPLIES]->(t:Actor {{id: '{target}'}}) RETURN a.id AS id")
    expected = {u for u, v, k in sample_graph.edges(keys=True) if v == target and k == "supplies"}
    assert expected and {r["id"] for r in rows} == expected


def test_neo4j_within_two_hops_of_north_korea(sample_db, sample_graph):
    rows = sample_db.query(
        f"MATCH (a:Actor {{id: 'north-korea'}})-[:{_types(sample_graph)}*1..2]-(b:Actor) "
        "WHERE b.id <> 'north-korea' RETURN DISTINCT b.id AS id"
    )
    lengths = nx.single_source_shortest_path_length(nx.Graph(sample_graph), "north-korea", cutoff=2)
    expected = set(lengths) - {"north-korea"}
    assert len(expected) > 5 and {r["id"] for r in rows} == expected


def test_neo4j_contested_relations(sample_db, sample_graph):
    rows = sample_db.query(
        "MATCH (a:Actor)-[r]->(b:Actor) WHERE r.contested = true RETURN a.id AS a, type(r) AS t, b.id AS b"
    )
    expected = {(u, k.upper(), v) for u, v, k, d in sample_graph.edges(keys=True, data=True) if d["contested"]}
    assert expected and {(r["a"], r["t"], r["b"]) for r in rows} == expected


def test_neo4j_evidence_of_one_edge_in_date_order(sample_db, sample_graph):
    rows = sample_db.query(
        "MATCH (e:Evidence)-[:SOURCE]->(a:Actor {id: 'north-korea'}), (e)-[:TARGET]->(b:Actor {id: 'russia'}), "
        "(e)-[:IN]->(d:Article) WHERE e.relation = 'deploys' "
        "RETURN e.date AS date, d.id AS article, e.sentence AS sentence ORDER BY e.date"
    )
    evidence = sample_graph.edges["north-korea", "russia", "deploys"]["evidence"]
    assert len(rows) == len(evidence) > 3
    assert [r["date"] for r in rows] == sorted(ev["date"] for ev in evidence)
    assert sorted((r["date"], r["article"], r["sentence"]) for r in rows) == sorted(
        (ev["date"], ev["article"], ev["sentence"]) for ev in evidence
    )


#: Neo4j 5's uniqueness constraint (schema commands are Neo4j's, outside openCypher 9).
NEO4J5_CONSTRAINT = re.compile(
    r"^CREATE CONSTRAINT [a-z_]+ IF NOT EXISTS FOR \(n:[A-Z][A-Za-z]*\) REQUIRE n\.id IS UNIQUE;$"
)


def test_neo4j_script_is_opencypher(sample_graph, make_graph):
    nasty = make_graph([(f"a{i}", {"label": label}) for i, label in enumerate(NASTY)], [("a0", "attacks", "a3")])
    statements = [*cypher_statements(sample_graph), *cypher_statements(nasty)]
    schema = [s for s in statements if s.startswith("CREATE CONSTRAINT")]
    assert schema == list(CONSTRAINTS) * 2 and all(NEO4J5_CONSTRAINT.match(s) for s in schema)
    for statement in statements[len(CONSTRAINTS) :]:
        if not statement.startswith("CREATE CONSTRAINT"):
            assert opencypher_errors(statement) == [], statement[:200]
    assert opencypher_errors("UNWIND [{id: 'x''}] AS row MERGE (n:Actor {id: row.id});")  # the check can fail


def test_neo4j_script_is_idempotent(sample_db, sample_graph):
    def counts():
        return sample_db.value("MATCH (n) RETURN count(n)"), sample_db.value("MATCH ()-[r]->() RETURN count(r)")

    before = counts()
    sample_db.run_script(_script(sample_graph))  # a second load of the same graph (the module's database)
    assert counts() == before and before[0] > len(sample_graph)


NASTY = [
    'O\'Brien \\ "Jr" `x` {y}',
    "Line one\nline two\r\ttab",
    "Łódź – Ōsaka 😀 \u2028 end",
    "x'}) MATCH (n) DETACH DELETE n //",
    "back\\'slash quote\\",
]


def test_neo4j_escaping_never_breaks_or_injects(make_graph):
    nodes = [(f"actor-{i}", {"label": label, "aliases": [label, label + " alias"]}) for i, label in enumerate(NASTY)]
    G = make_graph(nodes, [("actor-0", "supplies", "actor-3"), ("actor-2", "attacks", "actor-4")])
    G.edges["actor-0", "actor-3", "supplies"]["evidence"][0]["sentence"] = NASTY[3] + NASTY[1]
    db = CypherDB()
    db.run_script(_script(G))
    rows = db.query("MATCH (a:Actor) RETURN a.id AS id, a.label AS label, a.aliases AS aliases")
    assert {r["id"]: (r["label"], r["aliases"]) for r in rows} == {
        n: (d["label"], d["aliases"]) for n, d in G.nodes(data=True)
    }
    assert db.value("MATCH (e:Evidence) WHERE e.relation = 'supplies' RETURN e.sentence") == NASTY[3] + NASTY[1]
    assert db.value("MATCH (a:Actor)-[r]->(b:Actor) RETURN count(r)") == 2


# neo4j-admin CSV: the header rules of the Neo4j 5 import format.
TYPES = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration"
FIELD = re.compile(
    rf"^(?:(?P<name>[A-Za-z_][A-Za-z0-9_]*)?:(?P<special>ID|START_ID|END_ID)(?:\((?P<group>[A-Za-z_]\w*)\))?"
    rf"|:(?P<meta>LABEL|TYPE|IGNORE)"
    rf"|(?P<prop>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>{TYPES})(?P<array>\[\])?)?)$"
)


def _read(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_neo4j_csv_headers_follow_the_import_format(tmp_path, sample_graph):
    write_neo4j_csv(sample_graph, tmp_path)
    tables = neo4j_tables(sample_graph)
    groups, ids = set(), {}
    for name in [n for n in tables if not tables[n][0][0].startswith(":START_ID")]:
        header, rows = _read(tmp_path, name)
        fields = [FIELD.match(h) for h in header]
        assert all(fields), (name, header)
        (id_col,) = [i for i, m in enumerate(fields) if m["special"] == "ID"]
        assert [m["meta"] for m in fields].count("LABEL") == 1
        group = fields[id_col]["group"]
        groups.add(group)
        ids[group] = [r[id_col] for r in rows]
        assert len(set(ids[group])) == len(rows), f"{name}: ids not unique"
        for i, m in enumerate(fields):
            for r in rows:
                assert len(r) == len(header)
                if m["type"] == "long" and r[i]:
                    int(r[i])
                if m["type"] == "boolean":
                    assert r[i] in ("true", "false")
    for name in [n for n in tables if tables[n][0][0].startswith(":START_ID")]:
        header, rows = _read(tmp_path, name)
        fields = [FIELD.match(h) for h in header]
        assert all(fields), (name, header)
        specials = {m["special"]: (i, m["group"]) for i, m in enumerate(fields) if m["special"]}
        assert set(specials) == {"START_ID", "END_ID"} and [m["meta"] for m in fields].count("TYPE") == 1
        for i, group in specials.values():
            assert group in groups and {r[i] for r in rows} <= set(ids[group]), name


def test_neo4j_csv_holds_the_graph(tmp_path, make_graph):
    G = make_graph(
        [("a", {"label": NASTY[0], "aliases": ["Kim; Jong Un", NASTY[1]]}), ("b", {"label": NASTY[2]})],
        [("a", "supplies", "b")],
    )
    write_neo4j_csv(G, tmp_path)
    header, rows = _read(tmp_path, "actors.csv")
    actors = {r[0]: dict(zip(header, r)) for r in rows}
    assert actors["a"]["label"] == NASTY[0] and actors["a"][":LABEL"] == "Actor|State"
    assert actors["a"]["aliases:string[]"].split("|") == ["Kim; Jong Un", NASTY[1]]  # ';' is in a name
    assert "--array-delimiter='|'" in (tmp_path / "import.sh").read_text(encoding="utf-8")
    _, rels = _read(tmp_path, "relations.csv")
    assert [r[:3] for r in rels] == [["a", "b", "SUPPLIES"]]
    raw = (tmp_path / "evidence.csv").read_text(encoding="utf-8").splitlines()[1]
    assert ',,"trigger"' in raw  # a missing quantity and location are empty fields, not ""


def test_neo4j_import_command_names_every_file(sample_graph):
    command = import_command(list(neo4j_tables(sample_graph)))
    assert command.startswith("neo4j-admin database import full neo4j --nodes=actors.csv")
    assert command.count("--nodes=") == 3 and command.count("--relationships=") == 3


def test_cli_export_cypher_to_stdout(tmp_path, graph_file):
    path = graph_file(["north-korea", "russia"], [("north-korea", "deploys", "russia", 2)])
    result = CliRunner().invoke(cli, ["export", path, "--to", "cypher", "-o", "-"])
    assert result.exit_code == 0, result.output
    db = CypherDB()
    assert db.run_script(result.output) == 7
    assert db.value("MATCH (a:Actor)-[r:DEPLOYS]->(b:Actor) RETURN r.weight") == 2


def test_cli_export_csv_folder_and_errors(tmp_path, graph_file):
    path = graph_file(["north-korea", "russia"], [("north-korea", "deploys", "russia")])
    result = CliRunner().invoke(cli, ["export", path, "--to", "neo4j-csv", "-o", str(tmp_path / "db")])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(tmp_path / "db"))[:2] == ["actors.csv", "articles.csv"]
    result = CliRunner().invoke(cli, ["export", path, "--to", "neo4j-csv", "-o", "-"])
    assert result.exit_code == 2 and "folder" in result.output
    result = CliRunner().invoke(cli, ["export", path, "--to", "neo4j-csv", "-o", path])
    assert result.exit_code == 1 and "is a file" in result.output
    write_graph(nx.MultiDiGraph(), tmp_path / "x.graphml", format="graphml")
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "x.graphml"), "--to", "cypher", "-o", "-"])
    assert result.exit_code == 1 and result.output.startswith("Error:")
