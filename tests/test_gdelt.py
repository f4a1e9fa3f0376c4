"""GDELT event files into graph files: both versions, zipped, filtered, bad rows warned about or fatal."""

import gzip
import json
import pathlib
import zipfile

import pytest
from click.testing import CliRunner

from actorgraph.actors import registry
from actorgraph.cli import cli
from actorgraph.errors import InputError
from actorgraph.fileformat import read_graph, to_data, validate
from actorgraph.gdelt import Filters, GdeltStats, country_codes, event_relation, gdelt_graph, read_events

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "gdelt"
V2 = str(FIXTURES / "20241018-30.export.CSV")
V1 = str(FIXTURES / "20241018-21.v1.CSV")


def _edges(G):
    return {(u, v, k): d["weight"] for u, v, k, d in G.edges(keys=True, data=True)}


def test_gdelt_states_land_on_the_extractors_ids():
    assert country_codes()["PRK"] == "north-korea" and country_codes()["KOR"] == "south-korea"
    states = {r["id"] for r in registry().values() if r["type"] == "state"}
    assert set(country_codes().values()) == states


def test_gdelt_v2_export_to_graph():
    warnings, stats = [], GdeltStats()
    G = gdelt_graph([V2], warn=warnings.append, stats=stats)
    edges = _edges(G)
    assert edges[("north-korea", "russia", "deploys")] == 3  # PRKMIL, PRK and PRKGOV are North Korea
    assert edges[("russia", "ukraine", "attacks")] == 2
    assert edges[("south-korea", "ukraine", "supplies")] == 2
    assert edges[("united-states", "russia", "sanctions")] == 1
    assert edges[("south-korea", "poland", "meets")] == 2  # meets is symmetric: POL→KOR joins KOR→POL
    # UKRCVL is the gazetteer's sector actor, the node the article extractor gives "Ukrainian civilians"
    assert ("ukraine-civilians", "ukraine", "requests") in edges
    assert G.nodes["ukraine-civilians"]["affiliation"] == "ukraine"
    assert ("rebels", "russia", "attacks") in edges  # a bare REB: the extractor's rebels of no known state
    nato = "nato" if any(r.get("cameo") for r in registry().values()) else "cameo-igowstnat"
    assert (nato, "south-korea", "cooperates") in edges
    assert not any("united-states" in (u, v) and k == "meets" for u, v, k in edges)  # USAGOV→USAMIL: one actor
    assert (stats.rows, stats.bad, stats.same_actor, stats.unmapped, stats.repeated) == (26, 8, 1, 1, 1)
    assert stats.events == sum(edges.values()) == 15
    assert len(warnings) == 8 and all(w.startswith(V2 + ":") for w in warnings)
    validate(to_data(G))


def test_gdelt_evidence_keeps_the_event_fields():
    G = gdelt_graph([V2])
    evidence = G.edges["north-korea", "russia", "deploys"]["evidence"]
    first = evidence[0]
    assert first["event_id"] == "1001" and first["cameo"] == "154" and first["plover"] == "MOBILIZE"
    assert first["url"] == "https://news.example/nk-troops" and first["date"] == "2024-10-18"
    assert first["date_added"] == "2024-10-18T12:00:00Z" and first["root_event"] is True
    assert first["goldstein"] == -2.0 and first["tone"] == -3.5 and first["num_mentions"] == 10
    assert first["geo"]["name"] == first["location"] == "Kursk, Kursk, Russia" and first["geo"]["lat"] == 51.7
    assert [ev["date"] for ev in evidence] == sorted(ev["date"] for ev in evidence)
    # Two events of one article stay two evidence records (their identity is article and start).
    assert len({(ev["article"], ev["start"]) for ev in evidence}) == len(evidence) == 3
    article = next(a for a in G.graph["articles"] if a["id"] == first["article"])
    assert article["url"] == first["url"] and article["source"] == "news.example"


def test_gdelt_v1_daily_file_both_widths():
    warnings = []
    G = gdelt_graph([V1], warn=warnings.append)
    assert _edges(G) == {
        ("north-korea", "russia", "deploys"): 1,
        ("russia", "ukraine", "attacks"): 1,  # a 57-column row: no SOURCEURL
        ("south-korea", "ukraine", "supplies"): 1,
    }
    [ev] = G.edges["russia", "ukraine", "attacks"]["evidence"]
    assert ev["url"] is None and ev["date_added"] == "2024-10-19"
    assert [w.split(": ", 1)[0] for w in warnings] == [f"{V1}:3", f"{V1}:4", f"{V1}:5"]
    assert "59 columns" in warnings[0] and "'21'" in warnings[1] and "empty Actor2Code" in warnings[2]


@pytest.mark.parametrize("pack", ["zip", "gz"])
def test_gdelt_reads_packed_files(tmp_path, pack):
    if pack == "zip":
        path = tmp_path / "20241018.export.CSV.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(V2, "20241018.export.CSV")
    else:
        path = tmp_path / "20241018.export.CSV.gz"
        path.write_bytes(gzip.compress(pathlib.Path(V2).read_bytes()))
    assert _edges(gdelt_graph([str(path)])) == _edges(gdelt_graph([V2]))


def test_gdelt_filters():
    def kept(**options):
        return sorted(e.event_id for e in read_events([V2], filters=Filters(**options)))

    every = kept()
    assert len(every) == 17 and kept(root_only=True) == sorted(set(every) - {"1002", "1005", "1007"})
    assert kept(countries=frozenset({"PRK"})) == ["1001", "1002", "1003", "1016"]
    assert kept(since="2024-10-24", until="2024-10-25") == ["1006", "1007", "1010", "1011", "1013"]


def test_gdelt_strict_stops_at_the_first_bad_row():
    with pytest.raises(InputError, match=r"20241018-30\.export\.CSV:6: 60 columns"):
        gdelt_graph([V2], strict=True)


def test_gdelt_many_bad_rows_are_counted_not_all_shown(tmp_path):
    path = tmp_path / "bad.CSV"
    path.write_text("x\ty\n" * 60, encoding="utf-8")
    warnings = []
    gdelt_graph([str(path)], warn=warnings.append, max_warnings=5)
    assert len(warnings) == 6 and warnings[-1].startswith("55 more bad rows")


def test_gdelt_event_relation_reads_the_code_table(monkeypatch):
    table = {
        "04": {"code": "04", "name": "Consult", "plover": "CONSULT", "relation": "meets"},
        "042": {"code": "042", "name": "Make a visit", "plover": "CONSULT", "relation": "visits-not-in-registry"},
        "130": {"code": "130", "name": "Threaten", "plover": "THREATEN", "relation": "threatens"},
        "010": {"code": "010", "name": "Make statement", "plover": None, "relation": None},
    }
    monkeypatch.setattr("actorgraph.gdelt._code_table", lambda: table)
    assert event_relation("130") == ("threatens", "THREATEN")  # a shared root (13) told apart by the full code
    assert event_relation("0431") == ("meets", "CONSULT")  # no record of its own or its base: its root's
    assert event_relation("042") == (None, None)  # a relation the registry does not hold
    assert event_relation("010") == (None, None)
    assert event_relation("190") == (None, None)  # a table without the code


def test_gdelt_event_relation_by_code():
    assert event_relation("154") == ("deploys", "MOBILIZE")
    assert event_relation("0721")[0] == "supplies"
    assert event_relation("010") == (None, None)


def test_cli_gdelt_writes_a_graph_and_warns(tmp_path):
    out = tmp_path / "gdelt.json"
    result = CliRunner().invoke(cli, ["gdelt", V2, V1, "--country", "prk,russia", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert sum(line.startswith("warning: ") for line in lines) == 11
    assert "read 32 GDELT rows" in result.stderr and f"wrote {out}" in lines[-1]
    G = read_graph(out)
    assert set(_edges(G)) == {
        ("north-korea", "russia", "deploys"),
        ("russia", "ukraine", "attacks"),
        ("united-states", "russia", "sanctions"),
        ("rebels", "russia", "attacks"),
    }


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["--strict"], 1, "Error: " + V2 + ":6: 60 columns"),
        (["--country", "XYZ"], 2, "unknown country 'XYZ'"),
        (["--country", "atlantis"], 2, "unknown country 'atlantis'"),
        (["--since", "2024-10-30", "--until", "2024-10-01"], 2, "is after --until"),
        (["--since", "yesterday"], 2, "not a date"),
    ],
)
def test_cli_gdelt_errors(tmp_path, args, code, message):
    out = tmp_path / "gdelt.json"
    result = CliRunner().invoke(cli, ["gdelt", V2, "-o", str(out), *args])
    assert result.exit_code == code and message in result.output
    assert "Traceback" not in result.output and not out.exists()


def test_cli_gdelt_missing_file_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["gdelt", str(tmp_path / "none.CSV"), "-o", str(tmp_path / "g.json")])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot read")


def test_cli_gdelt_to_stdout():
    result = CliRunner().invoke(cli, ["gdelt", V1, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["graph"]["model"] == "GDELT event data"


def test_cli_gdelt_reads_standard_input():
    rows = pathlib.Path(V1).read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, ["gdelt", "-", "-o", "-"], input=rows)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["edges"]) == 3 and "warning: -:3: 59 columns" in result.stderr


def _make_fixtures():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    return make


def test_gdelt_denial_in_the_same_article_contests_an_edge(tmp_path, monkeypatch):
    table = {
        "154": {"code": "154", "name": "Mobilize", "plover": "MOBILIZE", "relation": "deploys"},
        "016": {"code": "016", "name": "Deny responsibility", "plover": None, "relation": "denies"},
    }
    monkeypatch.setattr("actorgraph.gdelt._code_table", lambda: table)
    make = _make_fixtures()
    rows = [
        make.row(make.V2, 1, "20241018", "PRKMIL", "RUS", "154", url="https://a.example/1"),
        make.row(make.V2, 2, "20241018", "RUS", "PRK", "016", url="https://a.example/1"),
        make.row(make.V2, 3, "20241019", "PRK", "UKR", "154", url="https://a.example/2"),
        make.row(make.V2, 4, "20241019", "UKR", "PRK", "016", url="https://a.example/3"),
    ]
    path = tmp_path / "events.CSV"
    path.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    G = gdelt_graph([str(path)])
    assert G.edges["north-korea", "russia", "deploys"]["contested"] is True
    assert G.edges["north-korea", "ukraine", "deploys"]["contested"] is False  # denied in another article


def test_gdelt_fixtures_are_what_their_script_writes():
    make = _make_fixtures()
    for name, rows in (("20241018-30.export.CSV", make.v2_rows()), ("20241018-21.v1.CSV", make.v1_rows())):
        assert (FIXTURES / name).read_text(encoding="utf-8") == "".join("\t".join(r) + "\n" for r in rows)
    with zipfile.ZipFile(FIXTURES / "20241018-30.export.CSV.zip") as z:
        assert z.read("20241018-30.export.CSV") == pathlib.Path(V2).read_bytes()
