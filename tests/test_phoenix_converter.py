"""The converter from the Phoenix dictionaries (scripts/openeventdata.py, scripts/phoenix_actors.py).

The dictionary snippets here are written for the test in the dictionaries' format.
"""

import importlib
import pathlib
import sys

import pytest

SCRIPTS = pathlib.Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(scope="module")
def phoenix():
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("openeventdata"), importlib.import_module("phoenix_actors")
    finally:
        sys.path.remove(str(SCRIPTS))


ACTORS = """\
# a comment line
RURITANIA_  [RUR]
+RURITANIAN
+RURITANIANS
+STRELSAU_   # the capital
+R.U.R._

RUDOLF_RASSENDYLL_  # CountryInfo.txt
+KING_RUDOLF
+RASSENDYLL
\t[RURELI 500101-600101]
\t[RURGOV 600101-700315]
\t[RURGOV >800101]
FLAVIA_ELPHBERG_ [RURGOV 700315-800101] [RURELI]

RED_ELPHBERG_FRONT_(REF)_ [RURREB]
+THE_RED_FRONT_
"""


def _entries(phoenix, tmp_path, text=ACTORS, **kw):
    path = tmp_path / "Test.actors.txt"
    path.write_text(text, encoding="utf-8")
    return phoenix[0].read_actors(path, **kw)


def test_phoenix_converter_reads_entries_synonyms_and_dated_roles(phoenix, tmp_path):
    state, rudolf, flavia, front = _entries(phoenix, tmp_path)
    assert state.names == ["RURITANIA", "RURITANIAN", "RURITANIANS", "STRELSAU", "R.U.R."]
    assert [r.code for r in state.roles] == ["RUR"]
    assert rudolf.names == ["RUDOLF RASSENDYLL", "KING RUDOLF", "RASSENDYLL"]
    assert [(r.code, r.start, r.end) for r in rudolf.roles] == [
        ("RURELI", "1950-01-01", "1960-01-01"),
        ("RURGOV", "1960-01-01", "1970-03-15"),
        ("RURGOV", "1980-01-01", None),
    ]
    assert [(r.code, r.start, r.end) for r in flavia.roles] == [
        ("RURGOV", "1970-03-15", "1980-01-01"),
        ("RURELI", None, None),
    ]
    assert front.names == ["RED ELPHBERG FRONT", "THE RED FRONT"]  # the bracketed acronym only when asked


def test_phoenix_converter_bracketed_acronyms_of_four_letters_or_more(phoenix, tmp_path):
    text = "REVOLUTIONARY_ELPHBERG_FRONT_(REFR)_ [RURREB]\nARMED_CELLS_(AC)_ [RURREB]\n"
    first, second = _entries(phoenix, tmp_path, text, bracketed=True)
    assert first.names == ["REVOLUTIONARY ELPHBERG FRONT", "REFR"] and second.names == ["ARMED CELLS"]


def test_phoenix_converter_agents_and_discards(phoenix, tmp_path):
    agents = tmp_path / "agents.txt"
    agents.write_text("!PERSON! = MAN, MEN\nSOLDIER [~MIL]\nTHIEF {THIEVES} [~CRM]\nCATTLE!PERSON! [~AGR]\n")
    assert phoenix[0].read_agents(agents) == {"SOLDIER": "MIL", "THIEF": "CRM"}
    discards = tmp_path / "discards.txt"
    discards.write_text("1914\nFIRST SEED\n+Manchester United   # a club\n")
    assert phoenix[0].read_discards(discards) == ["FIRST SEED", "Manchester United"]


def test_phoenix_converter_sorts_state_synonyms_into_names_demonyms_and_places(phoenix, tmp_path):
    state = {"id": "ruritania", "label": "Ruritania", "names": {"Ruritania"}, "demonyms": {"Ruritanian"}}
    found = set(phoenix[1].state_candidates(_entries(phoenix, tmp_path)[:1], {"RUR": "ruritania"}, [state]))
    assert found == {
        ("STATE", "Ruritania", "ruritania"),
        ("DEMONYM", "Ruritanian", "ruritania"),
        ("DEMONYM", "Ruritanians", "ruritania"),
        ("PLACE", "Strelsau", "ruritania"),
        ("STATE", "R.U.R.", "ruritania"),
    }


def test_phoenix_converter_people_keep_dated_roles_and_shared_names(phoenix, tmp_path):
    leaders, names = phoenix[1].leader_records(_entries(phoenix, tmp_path), {"RUR": "ruritania"}, {})
    assert [p["id"] for p in leaders] == ["rudolf-rassendyll", "flavia-elphberg"]
    assert leaders[0]["roles"][1] == ["RURGOV", "1960-01-01", "1970-03-15", "ruritania"]
    assert names["rassendyll"] == ["rudolf-rassendyll"]
    assert "ruritania" not in names  # the state's own entry is no person


def test_phoenix_converter_names_read_as_copy_writes_them(phoenix):
    proper_case = phoenix[1].proper_case
    assert proper_case("LIBERATION TIGERS OF TAMIL EELAM") == "Liberation Tigers of Tamil Eelam"
    assert proper_case("BASHAR AL-ASSAD") == "Bashar al-Assad"
    assert proper_case("D.P.R.K.") == "D.P.R.K."
