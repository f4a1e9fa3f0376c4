"""Tests of the shipped actor gazetteer: data/actors.jsonl and data/gazetteer.jsonl."""

import collections
import json
import pathlib
import re

import build_gazetteer  # scripts/ is on the path (tests/conftest.py)
import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from actorgraph.resources import data_file, read_jsonl

OVERLAY = pathlib.Path(__file__).resolve().parents[1] / "data" / "overlay"
ACTOR_TYPES = {"state", "agency", "alliance", "other", "group"}
AGENCY_KINDS = build_gazetteer.AGENCY_KINDS  # the kinds the converter gives agencies
LABELS = {"STATE", "CAPITAL", "DEMONYM", "ALLIANCE", "AGENCY", "OTHER", "GROUP", "PLACE"}

#: States without a CAPITAL pattern, and why (see data/overlay/exclusions.jsonl).
NO_CAPITAL = {
    "belgium": "Brussels stands for the EU and NATO",
    "israel": "Jerusalem's status is disputed",
    "guyana": "Georgetown is mostly the university",
    "seychelles": "Victoria is mostly a first name",
    "djibouti": "city-state: the capital's name is the STATE pattern",
    "luxembourg": "city-state",
    "monaco": "city-state",
    "singapore": "city-state",
    "vatican-city": "city-state",
}
#: States without a DEMONYM pattern: their demonym is shared ("Congolese", "Dominican") or absent.
NO_DEMONYM = {
    "democratic-republic-of-the-congo",
    "republic-of-the-congo",
    "dominica",
    "dominican-republic",
    "vatican-city",
}


def surfaces(pattern):
    """Return the strings a ruler pattern stands for, so string and token patterns compare."""
    if isinstance(pattern, str):
        return [pattern]
    if len(pattern) == 1 and isinstance(pattern[0].get("ORTH"), dict):
        return list(pattern[0]["ORTH"]["IN"])
    words = [t.get("ORTH") or t.get("LOWER") or f"re:{t['TEXT']['REGEX']}" for t in pattern]
    return [" ".join(words)]


@pytest.fixture(scope="module")
def actors():
    return {a["id"]: a for a in read_jsonl("actors.jsonl")}


@pytest.fixture(scope="module")
def patterns():
    return read_jsonl("gazetteer.jsonl")


@pytest.fixture(scope="module")
def ids_by_surface(patterns):
    """Map (label, string) to the set of ids it is a pattern for."""
    found = collections.defaultdict(set)
    for row in patterns:
        for text in surfaces(row["pattern"]):
            found[(row["label"], text)].add(row["id"])
    return found


def test_gazetteer_actor_records_are_well_formed(actors):
    for actor in actors.values():
        fields = {"id", "label", "type", "affiliation", "kind", "iso2", "cameo", "sector"}
        assert fields <= set(actor) <= fields | {"led_by", "opposes"}, actor  # a campaign coalition's two
        assert actor.get("led_by") is None or actors[actor["led_by"]]["type"] == "state", actor
        assert all(a in actors for a in actor.get("opposes", [])), actor
        assert actor["cameo"] is None or re.fullmatch(r"[A-Z]{3,15}", actor["cameo"]), actor
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", actor["id"]), actor
        assert actor["type"] in ACTOR_TYPES, actor
        assert (actor["iso2"] is not None) == (actor["type"] == "state"), actor
        assert actor["affiliation"] is None or actor["affiliation"] in actors, actor
        if actor["type"] == "agency":
            assert actor["kind"] in AGENCY_KINDS and actor["affiliation"], actor
        elif actor["type"] == "other":  # armed groups and parties, or communities ("Kurds")
            assert actor["kind"] in (None, "community"), actor
        elif actor["type"] == "group" and actor["affiliation"] is None:  # the rebels… of no known state
            assert (actor["kind"], actor["cameo"]) == ("sector", actor["sector"]), actor
        elif actor["type"] == "group":  # a state's rebels, opposition…, or an armed group with a home state
            assert actor["kind"] in (None, "sector") and actor["sector"], actor
        else:
            assert actor["kind"] is None, actor
    assert len(read_jsonl("actors.jsonl")) == len(actors)


def test_gazetteer_state_labels_are_common_english_names(actors):
    labels = {a["label"] for a in actors.values() if a["type"] == "state"}
    expected = {
        "North Korea",
        "South Korea",
        "United States",
        "Russia",
        "Iran",
        "Syria",
        "United Kingdom",
        "Vietnam",
        "Laos",
        "Taiwan",
        "Palestine",
        "Kosovo",
    }
    assert expected <= labels
    assert not [label for label in labels if "," in label or "(" in label]


def test_gazetteer_pattern_ids_are_known_actors(actors, patterns):
    for row in patterns:
        assert set(row) == {"label", "pattern", "id"}, row
        assert row["label"] in LABELS, row
        assert row["id"] in actors, row
        if row["label"] in ("STATE", "CAPITAL", "PLACE"):
            assert actors[row["id"]]["type"] == "state", row
        if row["label"] == "DEMONYM":  # a state's people, or a community's ("Kurdish")
            assert actors[row["id"]]["type"] in ("state", "other"), row


def test_gazetteer_un_members_have_state_capital_and_demonym(actors, patterns):
    others = [json.loads(line) for line in (OVERLAY / "states.jsonl").read_text().splitlines()]
    members = build_gazetteer.un_members()  # country_converter's UN member list
    assert len(members) == 193 and {"KR", "KP", "GB", "GR", "SS"} <= members
    assert not members & {s["iso2"] for s in others}  # the overlay holds only the states it lacks
    by_iso2 = {a["iso2"]: a["id"] for a in actors.values() if a["type"] == "state"}
    assert members | {s["iso2"] for s in others} == set(by_iso2)
    labelled = collections.defaultdict(set)
    for row in patterns:
        labelled[row["label"]].add(row["id"])
    states = set(by_iso2.values())
    assert states <= labelled["STATE"]
    assert states - labelled["CAPITAL"] == set(NO_CAPITAL)
    assert states - labelled["DEMONYM"] == NO_DEMONYM


def test_gazetteer_no_string_maps_to_two_ids_within_a_label(ids_by_surface):
    ambiguous = {key: ids for key, ids in ids_by_surface.items() if len(ids) > 1}
    assert ambiguous == {}


def test_gazetteer_no_string_has_two_labels(ids_by_surface):
    labels = collections.defaultdict(set)
    for label, text in ids_by_surface:
        labels[text].add(label)
    assert {text: found for text, found in labels.items() if len(found) > 1} == {}


@pytest.mark.parametrize(
    ("text", "label", "actor"),
    [
        ("Pyongyang", "CAPITAL", "north-korea"),
        ("Kyiv", "CAPITAL", "ukraine"),
        ("Kiev", "CAPITAL", "ukraine"),
        ("Washington", "CAPITAL", "united-states"),
        ("the North", "STATE", "north-korea"),
        ("U.S.", "STATE", "united-states"),
        ("US", "STATE", "united-states"),
        ("USA", "STATE", "united-states"),
        ("America", "STATE", "united-states"),
        ("UK", "STATE", "united-kingdom"),
        ("Britain", "STATE", "united-kingdom"),
        # from the Phoenix dictionaries: state names, their places, armed groups' acronyms
        ("Bosnia", "STATE", "bosnia-and-herzegovina"),
        ("Macedonia", "STATE", "north-macedonia"),
        ("Helmand", "PLACE", "afghanistan"),
        ("LTTE", "GROUP", "liberation-tigers-of-tamil-eelam"),
        ("European Community", "ALLIANCE", "eu"),
        ("DPRK", "STATE", "north-korea"),
        ("ROK", "STATE", "south-korea"),
        ("Republic of Korea", "STATE", "south-korea"),
        ("Russian Federation", "STATE", "russia"),
        ("Islamic Republic of Iran", "STATE", "iran"),
        ("Burma", "STATE", "myanmar"),
        ("Holy See", "STATE", "vatican-city"),
        ("North Korean", "DEMONYM", "north-korea"),
        ("North Koreans", "DEMONYM", "north-korea"),
        ("Russians", "DEMONYM", "russia"),
        ("Ukrainian", "DEMONYM", "ukraine"),
        ("Polish", "DEMONYM", "poland"),
        ("American", "DEMONYM", "united-states"),
        ("British", "DEMONYM", "united-kingdom"),
        ("NIS", "AGENCY", "south-korea-intelligence"),
        ("Pentagon", "AGENCY", "united-states-defence"),
        ("Kremlin", "AGENCY", "russia-presidential-office"),
        ("White House", "AGENCY", "united-states-presidential-office"),
        ("KCNA", "AGENCY", "kcna"),
        ("Korean People's Army", "AGENCY", "north-korea-military"),
        ("Islamic State", "OTHER", "islamic-state"),
        ("Daesh", "OTHER", "islamic-state"),
        ("Houthis", "OTHER", "houthis"),
        ("Kursk", "PLACE", "russia"),
        ("Donbas", "PLACE", "ukraine"),
        ("Crimea", "PLACE", "ukraine"),
        ("Gaza", "PLACE", "palestine"),
    ],
)
def test_gazetteer_resolves_known_names(ids_by_surface, text, label, actor):
    assert ids_by_surface[(label, text)] == {actor}


@pytest.mark.parametrize(
    "text",
    ["NATO", "UN Security Council", "EU", "G7", "ASEAN", "African Union", "CSTO", "SCO", "BRICS", "IAEA", "OPEC"],
)
def test_gazetteer_alliances_are_alliances(actors, ids_by_surface, text):
    (actor,) = ids_by_surface[("ALLIANCE", text)]
    assert actors[actor]["type"] == "alliance"


def test_gazetteer_nis_is_south_korean_intelligence(actors):
    nis = actors["south-korea-intelligence"]
    assert nis["type"] == "agency"
    assert (nis["affiliation"], nis["kind"]) == ("south-korea", "intelligence")


def test_gazetteer_kursk_is_a_place_not_an_actor(actors, ids_by_surface):
    assert [key for key in ids_by_surface if key[1] == "Kursk"] == [("PLACE", "Kursk")]
    assert not [a for a in actors.values() if a["label"] == "Kursk"]


def test_gazetteer_brussels_is_not_a_capital(ids_by_surface):
    assert ("CAPITAL", "Brussels") not in ids_by_surface


def test_gazetteer_ambiguous_demonyms_are_dropped(ids_by_surface):
    for text in ("Korean", "Koreans", "Congolese", "Dominican"):
        assert ("DEMONYM", text) not in ids_by_surface, text


def test_gazetteer_joint_chiefs_need_a_state(ids_by_surface):
    assert not [key for key in ids_by_surface if key[1] in ("Joint Chiefs of Staff", "JCS")]
    assert ids_by_surface[("AGENCY", "South Korean Joint Chiefs of Staff")] == {"south-korea-joint-chiefs-of-staff"}


def test_gazetteer_one_word_places_are_proper_nouns_and_not_stop_words(patterns):
    for row in patterns:
        if row["label"] == "PLACE" and not isinstance(row["pattern"], str):
            (token,) = row["pattern"]
            assert token["POS"] == "PROPN", row
            assert not [n for n in token["ORTH"]["IN"] if n.lower() in STOP_WORDS], row


def test_gazetteer_file_is_sorted_and_small(patterns):
    assert data_file("gazetteer.jsonl").stat().st_size < 2_000_000
    keys = [(r["label"], json.dumps(r["pattern"], ensure_ascii=False), r["id"]) for r in patterns]
    assert keys == sorted(keys)


def test_gazetteer_ruler_entities_win_over_statistical_ner(nlp):
    doc = nlp(
        "Officials in Kyiv said the Kremlin had moved troops towards Kursk, and NATO "
        "and the U.S.-led coalition answered, while Polish diplomats met the NIS."
    )
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert {
        ("Kyiv", "CAPITAL", "ukraine"),
        ("Kremlin", "AGENCY", "russia-presidential-office"),
        ("Kursk", "PLACE", "russia"),
        ("NATO", "ALLIANCE", "nato"),
        ("U.S.", "STATE", "united-states"),
        ("Polish", "DEMONYM", "poland"),
        ("NIS", "AGENCY", "south-korea-intelligence"),
    } <= found


def test_gazetteer_the_north_matches_only_on_its_own(nlp):
    doc = nlp("The North fired a missile into the North Sea, the North Korean army said.")
    found = [(e.text, e.label_, e.ent_id_) for e in doc.ents if e.ent_id_]
    assert found == [("The North", "STATE", "north-korea"), ("North Korean army", "AGENCY", "north-korea-military")]


def test_gazetteer_security_council_needs_the_un_or_an_article(nlp):
    doc = nlp(
        "The Security Council met after Russia's Security Council and the National Security Council of Japan spoke."
    )
    found = [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_]
    assert ("The Security Council", "un-security-council") in found
    assert ("Russia's Security Council", "russia-security-council") in found
    assert not [text for text, actor in found if "National" in text]


def test_gazetteer_one_word_place_is_a_place_of_one_state(patterns):
    # graph.pipeline matches them as one pattern and gives each name its state back
    states = collections.defaultdict(set)
    for row in patterns:
        if row["label"] == "PLACE" and not isinstance(row["pattern"], str) and "IN" in row["pattern"][0]["ORTH"]:
            for name in row["pattern"][0]["ORTH"]["IN"]:
                states[name].add(row["id"])
    assert len(states) > 1000
    assert not {name: ids for name, ids in states.items() if len(ids) > 1}


def test_gazetteer_one_body_is_one_node_in_any_spelling(actors):
    """The dictionaries spell a body several ways ("Organisation"/"Organization", "The United
    Nations"): each body is still one actor, and the overlay's record when it has one."""
    seen, twice = {}, []
    for a in actors.values():
        if a["type"] in ("alliance", "other"):
            forms = {
                build_gazetteer.strip_article(v.lower()) for v in build_gazetteer.organisation_spellings(a["label"])
            }
            twice += [(seen[f], a["id"]) for f in forms if f in seen and seen[f] != a["id"]]
            seen.update(dict.fromkeys(forms, a["id"]))
    assert not twice
    assert actors["sco"]["cameo"] == "IGOCAS" and "shanghai-cooperation-organization" not in actors


@pytest.mark.parametrize(
    "text, actor",
    [("Greenland", "denmark"), ("Guadeloupe", "france"), ("Puerto Rico", "united-states"), ("Hong Kong", "china")],
)
def test_gazetteer_territories_are_places_of_their_state(ids_by_surface, text, actor):
    assert ids_by_surface[("PLACE", text)] == {actor}


@pytest.mark.parametrize(
    "text, state",
    [
        ("The Emirates condemned the attack.", "united-arab-emirates"),
        ("Officials in Bosnia welcomed the vote.", "bosnia-and-herzegovina"),
        ("Macedonia closed its border.", "north-macedonia"),
    ],
)
def test_gazetteer_short_names_of_wire_copy(nlp, text, state):
    assert state in {e.ent_id_ for e in nlp(text).ents}


def test_gazetteer_a_world_region_is_no_state(nlp):
    """'Latin America', 'Central America' are regions: the 'America' they end in is no United States."""
    from actorgraph.actors import find_mentions

    doc = nlp("Drug gangs in Central America and Latin America worry Mexico, America's neighbour.")
    keys = [m.key for m in find_mentions(doc)]
    assert keys.count("united-states") == 1  # "America's neighbour" only
    assert "mexico" in keys
