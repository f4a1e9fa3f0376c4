"""Non-state groups as actors: sector nouns alone, groups of a people or region, coordinated demonyms.

Every sentence here is written for the test; none comes from a dev-eval set.
"""

import pytest

from actorgraph.actors import Places, find_mentions, sector_actor
from actorgraph.build import build
from actorgraph.filters import collapse_actors
from actorgraph.relations import find_events


def _groups(nlp, text):
    return {m.text: m for m in find_mentions(nlp(text)) if m.type == "group"}


def _events(nlp, text):
    doc = nlp(text)
    return {(e.agent, e.relation, e.target) for e in find_events(doc, find_mentions(doc))}


# 1. A sector noun alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, noun, key, state",
    [
        # the sentence's location gives the home state: "in X", "near <town>", "the <demonym> city of X"
        ("Gunmen abducted three Turkish truck drivers in Somalia.", "Gunmen", "somalia-militants", "somalia"),
        ("Insurgents ambushed a Polish convoy near Kandahar.", "Insurgents", "afghanistan-rebels", "afghanistan"),
        (
            "Suicide bombers struck a market in the Pakistani city of Quetta.",
            "Suicide bombers",
            "pakistan-rebels",
            "pakistan",
        ),
        (
            "A Lagos-based aid group said the kidnappers had freed a nurse.",
            "kidnappers",
            "nigeria-criminals",
            "nigeria",
        ),
    ],
)
def test_groups_bare_sector_noun_is_the_sector_actor_of_where_it_is(nlp, text, noun, key, state):
    m = _groups(nlp, text)[noun]
    assert (m.key, m.role, m.affiliation) == (key, "sector", state)


def test_groups_bare_sector_noun_acts_in_events(nlp):
    assert ("somalia-militants", "abducts", "turkey") in _events(
        nlp, "Gunmen abducted three Turkish truck drivers in Somalia."
    )


def test_groups_without_a_place_the_group_has_no_state(nlp):
    m = _groups(nlp, "Kidnappers threatened to kill the hostage unless a ransom was paid.")["Kidnappers"]
    assert (m.key, m.affiliation, m.cameo, m.sector) == ("criminals", None, "CRM", "CRM")


def test_groups_a_target_is_not_where_the_group_is_at_home(nlp):
    """ "at Israel" names the target: only place prepositions ("in", "near" …) give a home state."""
    m = _groups(nlp, "Militants fired rockets at Israel on Tuesday.")["Militants"]
    assert (m.key, m.cameo) == ("militants", "UAF")
    assert ("militants", "attacks", "israel") in _events(nlp, "Militants fired rockets at Israel on Tuesday.")


def test_groups_the_article_places_give_a_home_to_a_sentence_without_one(nlp):
    text = "Fighting went on near Mogadishu for a week. On Friday the militants attacked a Kenyan patrol."
    assert _groups(nlp, text)["militants"].key == "somalia-militants"


def test_groups_the_sentence_place_beats_the_article_place(nlp):
    text = "Clashes spread near Herat. Later insurgents in Pakistan attacked a police post."
    assert _groups(nlp, text)["insurgents"].key == "pakistan-rebels"


def test_groups_one_node_per_sector_and_home_state(nlp):
    """Insurgents, guerrillas and separatists are all the rebels (REB) of their home state."""
    text = "Insurgents attacked a convoy near Kandahar. Guerrillas in Afghanistan later shelled a base."
    keys = {m.key for m in _groups(nlp, text).values()}
    assert keys == {"afghanistan-rebels"}


@pytest.mark.parametrize(
    "text",
    [
        "A gunman was arrested by Danish police in Copenhagen.",  # one person, not a group
        "Fighters attacked a police post in Iraq.",  # a state's own forces may be fighters
        "US jets bombed a rebel radio station in Iraq.",  # a modifier, not an argument (a stronghold is the rebels')
        "Taliban militants attacked British troops in Afghanistan.",  # the Taliban's
        "Saudi Arabia said the oil cartel in Vienna would raise output.",  # no agent phrase: not criminals
    ],
)
def test_groups_no_bare_group_where_the_noun_does_not_name_one(nlp, text):
    assert not [m for m in find_mentions(nlp(text)) if m.role == "sector" and m.type == "group"]


@pytest.mark.parametrize(
    "text, words, key",
    [
        # an armed collective is one group even when singular and indefinite
        ("An armed group in Syria seized two Italian aid workers.", "armed group", "syria-militants"),
        ("A rebel group in Chad attacked a Sudanese border post.", "rebel group", "chad-rebels"),
        ("A militant group in Pakistan kidnapped two Chinese engineers.", "militant group", "pakistan-militants"),
    ],
)
def test_groups_an_armed_collective_noun_is_the_sector_actor(nlp, text, words, key):
    assert _groups(nlp, text)[words].key == key


@pytest.mark.parametrize(
    "text",
    [
        "A group of Kenyan lawyers sued Britain.",  # a collective of people, not of an armed sector
        "A small group in Tehran protested the visit.",  # no armed word
        "Seoul characterised North Korea as a criminal group.",  # says what North Korea is
        "Ankara called the party an armed group.",
    ],
)
def test_groups_a_collective_noun_alone_is_no_armed_group(nlp, text):
    assert not [m for m in find_mentions(nlp(text)) if m.type == "group" and m.sector in ("REB", "UAF")]


def test_groups_a_named_groups_fighters_stay_the_named_group(nlp):
    assert ("taliban", "attacks", "united-kingdom") in _events(
        nlp, "Taliban militants attacked British troops in Afghanistan."
    )


def test_groups_places_read_locations_and_datelines(nlp):
    doc = nlp("Manila (Reuters) - Rebels attacked a bus. Troops were sent to Mindanao.")
    places = Places.of(doc, doc.ents)
    assert places.article == "philippines"
    assert _groups(nlp, doc.text)["Rebels"].key == "philippines-rebels"


def test_groups_a_place_inside_a_persons_name_is_no_place(nlp):
    """Farah is an Afghan province, but "Omar Farah" is a person: the militants have no home state."""
    text = "The militants of warlord Omar Farah attacked Ethiopian troops."
    assert {m.key for m in _groups(nlp, text).values()} == {"militants"}


@pytest.mark.parametrize("dateline", ["NAIROBI (Reuters) -", "NAIROBI, Kenya -", "NAIROBI -"])
def test_groups_a_dateline_in_capitals_gives_the_article_its_place(nlp, dateline):
    text = f"{dateline} Gunmen robbed a bus on Sunday, police said."
    assert {m.key for m in _groups(nlp, text).values()} == {"kenya-militants"}


def test_groups_sector_actor_of_no_state():
    assert sector_actor(None, "REB") == "rebels" and sector_actor(None, "MIL") is None


# 2. A group of a people, region or movement -----------------------------------------------------------


@pytest.mark.parametrize(
    "text, words, key, affiliation, cameo",
    [
        ("Kurdish rebels ambushed Iranian border guards.", "Kurdish rebels", "kurds-rebels", "kurds", "REB"),
        ("Uighur separatists attacked Chinese police.", "Uighur separatists", "uyghurs-rebels", "uyghurs", "REB"),
        (
            "Aceh separatists accused Indonesia of breaking the truce.",
            "Aceh separatists",
            "indonesia-aceh-rebels",
            "indonesia",
            "IDNREB",
        ),
        (
            "Maoist guerrillas attacked a police post in Nepal.",
            "Maoist guerrillas",
            "nepal-maoist-rebels",
            "nepal",
            "NPLREB",
        ),
    ],
)
def test_groups_a_peoples_or_regions_group_is_a_node_of_its_own(nlp, text, words, key, affiliation, cameo):
    m = _groups(nlp, text)[words]
    assert (m.key, m.type, m.affiliation, m.cameo) == (key, "group", affiliation, cameo)


def test_groups_a_peoples_group_acts_not_the_people(nlp):
    found = _events(nlp, "Tamil separatists accused Colombo of bad faith.")
    assert ("tamils-rebels", "accuses", "sri-lanka") in found
    assert not any(agent == "tamils" for agent, _, _ in found)


def test_groups_a_communitys_fighters_are_its_armed_group_a_states_are_the_state(nlp):
    assert _groups(nlp, "Kurdish fighters held the ridge for a week.")["Kurdish fighters"].key == "kurds-militants"
    assert not _groups(nlp, "Georgian fighters held the ridge for a week.")


def test_groups_a_states_demonym_still_gives_the_states_sector_actor(nlp):
    by_text = _groups(nlp, "Palestinian militants fired mortars while Iraqi rebels shelled a base.")
    assert by_text["Palestinian militants"].key == "palestine-militants"
    assert by_text["Iraqi rebels"].key == "iraq-rebels"


def test_groups_an_unknown_movement_needs_a_plural_group(nlp):
    """A single "Islamist militant" is a person, not the movement's group."""
    assert not _groups(nlp, "Police in Amman arrested an Islamist militant on Monday.")


# 3. Coordinated demonyms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Kenyan and Ugandan diplomats held talks in Nairobi.", ("kenya", "meets", "uganda")),
        ("Indian and Pakistani officials signed an agreement in Delhi.", ("india", "agrees", "pakistan")),
    ],
)
def test_groups_coordinated_demonyms_are_both_sides_of_a_meeting(nlp, text, pair):
    found = _events(nlp, text)
    assert pair in found or (pair[2], pair[1], pair[0]) in found


def test_groups_coordinated_demonyms_both_act(nlp):
    found = _events(nlp, "Dutch and Belgian troops attacked the rebels in northern Mali.")
    assert {("netherlands", "attacks", "mali-rebels"), ("belgium", "attacks", "mali-rebels")} <= found


def test_groups_coordinated_demonyms_on_a_non_state_noun_are_each_states_group(nlp):
    found = _events(nlp, "Eritrean and Somali rebels attacked Ethiopian troops.")
    assert {("eritrea-rebels", "attacks", "ethiopia"), ("somalia-rebels", "attacks", "ethiopia")} <= found
    assert not any(agent in ("eritrea", "somalia") for agent, _, _ in found)  # the rebels, not the states


# The graph: nodes, labels, collapse ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def group_graph(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groups")
    (folder / "2024-03-01-mali.txt").write_text(
        "Insurgents attacked French troops in northern Mali on Monday. "
        "Later the guerrillas ambushed Malian soldiers in Mali.\n",
        encoding="utf-8",
    )
    (folder / "2024-03-02-ransom.txt").write_text("Kidnappers threatened Norway over the ransom.\n", encoding="utf-8")
    (folder / "2024-03-03-border.txt").write_text("Kurdish rebels ambushed Iranian border guards.\n", encoding="utf-8")
    return build([str(folder)])


def test_groups_graph_nodes_have_the_documented_ids_and_labels(group_graph):
    G = group_graph
    assert (G.nodes["mali-rebels"]["label"], G.nodes["mali-rebels"]["affiliation"]) == ("Malian rebels", "mali")
    assert {"Insurgents", "guerrillas"} <= set(G.nodes["mali-rebels"]["aliases"])
    assert (G.nodes["criminals"]["label"], G.nodes["criminals"]["cameo"]) == ("criminals", "CRM")
    assert G.has_edge("mali-rebels", "france") and G.has_edge("mali-rebels", "mali")
    kurdish = G.nodes["kurds-rebels"]
    assert (kurdish["label"], kurdish["type"], kurdish["cameo"], kurdish["sector"]) == (
        "Kurdish rebels",
        "group",
        "REB",
        "REB",
    )


def test_groups_collapse_folds_a_group_into_its_home_state_only(group_graph):
    H = collapse_actors(group_graph)
    assert "mali-rebels" not in H and "mali-rebels" in H.nodes["mali"]["merged"]
    assert H.has_edge("mali", "france")
    assert "criminals" in H  # no home state: nothing to fold into
