"""The Phoenix dictionaries at run time: dated leaders, sector actors, CAMEO codes, names and discards.

Every sentence here is written for the test; none comes from a dev-eval set.
"""

import networkx as nx
import pytest

from actorgraph.actors import find_mentions, pick_role, sector_actor
from actorgraph.filters import collapse_actors
from actorgraph.relations import find_events
from actorgraph.vocab import actor_type


def _mentions(nlp, text, date=None):
    return find_mentions(nlp(text), date=date)


def _person(nlp, text, name, date=None):
    return next(m for m in _mentions(nlp, text, date) if m.text == name)


def _events(nlp, text, date=None):
    doc = nlp(text)
    return {(e.agent, e.relation, e.target) for e in find_events(doc, find_mentions(doc, date=date))}


@pytest.mark.parametrize(
    "date, key",
    [("2004-08-01", "person:george w bush"), ("1990-06-01", "person:george bush"), (None, "person:george w bush")],
)
def test_dictionaries_article_date_picks_who_a_shared_name_is(nlp, date, key):
    m = _person(nlp, "President Bush spoke to reporters on the lawn on Tuesday.", "Bush", date)
    assert (m.key, m.type, m.affiliation) == (key, "leader", "united-states")


def test_dictionaries_role_of_a_person_follows_the_date(nlp):
    text = "Angela Merkel spoke in the Bundestag about the budget."
    assert _person(nlp, text, "Angela Merkel", "2010-03-01").cameo == "DEUGOV"
    assert _person(nlp, text, "Angela Merkel", "1995-03-01").cameo == "DEUELI"  # before she held office
    assert _person(nlp, text, "Angela Merkel").cameo == "DEUGOV"  # undated: the role that ends last


def test_dictionaries_title_without_a_state_takes_the_state_from_the_role(nlp):
    m = _person(nlp, "Prime Minister Tony Blair flew home after the summit.", "Tony Blair", "2003-05-01")
    assert (m.type, m.affiliation, m.title, m.heads_office) == ("leader", "united-kingdom", "Prime Minister", True)


def test_dictionaries_title_in_the_text_wins_and_unknown_people_still_need_one(nlp):
    text = "Chilean President Gabriela Sotomayor met Finnish Prime Minister Aino Lehtinen in Helsinki."
    people = {m.text: m for m in _mentions(nlp, text, "2031-01-01") if m.role == "person"}
    assert (people["Gabriela Sotomayor"].type, people["Gabriela Sotomayor"].affiliation) == ("leader", "chile")
    assert (people["Aino Lehtinen"].type, people["Aino Lehtinen"].affiliation) == ("leader", "finland")


def test_dictionaries_a_title_the_dictionary_name_starts_with_stays_the_texts(nlp):
    m = _person(nlp, "Russian President Vladimir Putin opened the forum.", "Vladimir Putin", "2019-06-01")
    assert (m.affiliation, m.heads_office, m.title) == ("russia", True, "President")


def test_dictionaries_untitled_mentions_share_the_office_the_article_names(nlp):
    text = "Russian President Vladimir Putin opened the forum. Later Vladimir Putin left for Sochi."
    found = [m for m in _mentions(nlp, text, "2019-06-01") if m.key == "person:vladimir putin"]
    assert len(found) == 2 and all(m.heads_office for m in found)


def test_dictionaries_non_state_sectors_are_actors_of_their_own(nlp):
    by_text = {m.text: m for m in _mentions(nlp, "Yemeni rebels shelled the port while Yemeni refugees fled north.")}
    assert (by_text["Yemeni rebels"].key, by_text["Yemeni rebels"].type) == ("yemen-rebels", "group")
    assert (by_text["Yemeni rebels"].affiliation, by_text["Yemeni rebels"].cameo) == ("yemen", "YEMREB")
    assert by_text["Yemeni refugees"].key == "yemen-refugees"
    assert "Yemeni" not in by_text  # the demonym is inside the sector actor's mention


def test_dictionaries_state_organs_stand_for_the_state_with_their_sector(nlp):
    found = {(m.key, m.sector, m.cameo) for m in _mentions(nlp, "Kenyan soldiers and Kenyan police guarded the camp.")}
    assert {("kenya", "MIL", "KENMIL"), ("kenya", "COP", "KENCOP")} <= found


def test_dictionaries_a_states_own_fighters_are_the_state(nlp):
    m = next(
        m for m in _mentions(nlp, "Georgian fighters held the ridge for a week.") if "fighters" in m.text or m.sector
    )
    assert (m.key, m.type) == ("georgia", "state")


def test_dictionaries_sector_actor_acts_in_events(nlp):
    assert ("colombia-rebels", "attacks", "venezuela") in _events(nlp, "Colombian rebels attacked Venezuelan troops.")


def test_dictionaries_officials_of_a_state_are_the_state(nlp):
    m = next(m for m in _mentions(nlp, "Officials of Mongolia denied the claim on Friday.") if m.role == "sector")
    assert (m.key, m.sector, m.text) == ("mongolia", "GOV", "Mongolia")


def test_dictionaries_plural_demonym_is_its_state(nlp):
    assert ("latvia", "accuses", "belarus") in _events(
        nlp, "Latvians accused Belarus of pushing migrants over the border."
    )


def test_dictionaries_plural_demonym_as_modifier_still_needs_a_group_noun(nlp):
    m = next(m for m in _mentions(nlp, "The Latvian economy grew last year.") if m.key == "latvia")
    assert m.role == "demonym"


@pytest.mark.parametrize(
    "text", ["ANKARA (Reuters) - Greek officials met on Monday.", "UNITED NATIONS - Greek officials met."]
)
def test_dictionaries_dateline_is_never_an_actor(nlp, text):
    keys = {m.key for m in _mentions(nlp, text)}
    assert "greece" in keys and not keys & {"turkey", "un"}


def test_dictionaries_names_match_in_any_case_but_only_written_as_names(nlp):
    assert "liberation-tigers-of-tamil-eelam" in {
        m.key for m in _mentions(nlp, "The LIBERATION TIGERS OF TAMIL EELAM said.")
    }
    lowered = _mentions(nlp, "He said the liberation tigers of tamil eelam should talk.")
    assert "liberation-tigers-of-tamil-eelam" not in {m.key for m in lowered}


def test_dictionaries_armed_group_has_its_home_state(nlp):
    m = next(m for m in _mentions(nlp, "The Liberation Tigers of Tamil Eelam ended the ceasefire."))
    assert (m.type, m.affiliation, m.cameo) == ("group", "sri-lanka", "LKAREB")


def test_dictionaries_part_of_a_longer_name_is_not_the_body(nlp):
    keys = {m.key for m in _mentions(nlp, "The Ruritanian National Security Council met at noon.")}
    assert not any(k.startswith("un") or "security-council" == k for k in keys)


def test_dictionaries_discards_are_no_actors(nlp):
    assert not _mentions(nlp, "Miss Israel Contest winners toured the coast.")


def test_dictionaries_pick_role_prefers_an_office_that_covers_the_date():
    person, role = pick_role("george-bush|george-w-bush", "1991-02-01")
    assert (person, role[0]) == ("george-bush", "USAGOV")
    assert pick_role("no-such-person", "1991-02-01") is None


def test_dictionaries_sector_actors_fold_into_their_state():
    assert sector_actor("syria", "REB") == "syria-rebels" and sector_actor("syria", "GOV") is None
    assert actor_type("group").folds_into_affiliation
    G = nx.MultiDiGraph()
    G.add_node("syria", label="Syria", type="state", affiliation=None, aliases=["Syria"], mentions=1, articles=["a"])
    G.add_node(
        "syria-rebels", label="Syrian rebels", type="group", affiliation="syria", aliases=[], mentions=1, articles=["a"]
    )
    G.add_node("turkey", label="Turkey", type="state", affiliation=None, aliases=[], mentions=1, articles=["a"])
    G.add_edge("syria-rebels", "turkey", key="attacks", relation="attacks", evidence=[])
    H = collapse_actors(G)
    assert set(H) == {"syria", "turkey"} and H.has_edge("syria", "turkey")


@pytest.mark.parametrize(
    "text, person, office",
    [
        ("Tarja Halonen, Finland's president, met the envoy.", "Tarja Halonen", "finland"),
        ("Jorge Quiroga, the Bolivian president, warned Chile.", "Jorge Quiroga", "bolivia"),
    ],
)
def test_dictionaries_reverse_apposition_gives_the_persons_office(nlp, text, person, office):
    m = _person(nlp, text, person, "2031-01-01")
    assert (m.type, m.affiliation, m.heads_office) == ("leader", office, True)
    assert not [m for m in _mentions(nlp, text, "2031-01-01") if m.role in ("office", "sector")]


@pytest.mark.parametrize(
    "text, triple",
    [
        ("A group of Kenyan lawyers criticised the Ugandan government.", ("kenya", "condemns", "uganda")),
        ("Members of Peru's new cabinet met Chilean officials.", ("peru", "meets", "chile")),
        ("A band of Yemeni rebels attacked Saudi troops.", ("yemen-rebels", "attacks", "saudi-arabia")),
    ],
)
def test_dictionaries_collective_nouns_are_the_people_they_gather(nlp, text, triple):
    assert triple in _events(nlp, text)


def test_dictionaries_members_of_an_alliance_stay_a_membership(nlp):
    assert ("finland", "member_of", "nato") in _events(nlp, "Finland became a member of NATO in April.")
