"""Who an attack hits and who makes it, when the words name them indirectly: the holders of a
stronghold or of a held town, the victims an object lists, a government's forces by the place they
fight in, crewed aircraft for whoever flies them. Sentences written for each construction."""

import pytest
from eventsets import edges


@pytest.mark.parametrize(
    "text, expected",
    [
        # a town or camp named a stronghold in apposition: its holders are attacked, not the state it is in
        ("Russian jets bombed Aleppo, a rebel stronghold, on Sunday.", ("russia", "attacks", "syria-rebels")),
        ("Kenyan troops raided Kolbio, an al-Shabaab stronghold.", ("kenya", "attacks", "al-shabaab")),
        # targets or positions in a place named by its holders
        ("Turkish jets bombed targets in the Kurdish-held town of Qamishli.", ("turkey", "attacks", "kurds")),
        (
            "French aircraft struck targets in the rebel-held town of Gao, in Mali.",
            ("france", "attacks", "mali-rebels"),
        ),
        ("Syrian artillery shelled positions in rebel-held areas of Idlib.", ("syria", "attacks", "syria-rebels")),
        # positions, targets and camps an armed agent word names
        ("Afghan and NATO forces struck insurgent targets in Helmand.", ("nato", "attacks", "afghanistan-rebels")),
        ("Pakistani jets bombed militant camps in Waziristan.", ("pakistan", "attacks", "pakistan-militants")),
    ],
)
def test_fighting_the_holders_of_a_place_attacked(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_people_killed_in_a_held_place_are_not_its_holders(extract_sentences):
    _, events = extract_sentences("Sudanese soldiers killed civilians in rebel-held villages in Darfur.")
    assert not [e for e in edges(events) if e[1] == "attacks" and "rebels" in e[2]], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen killed eleven people, including three Pakistani policemen, in Quetta.", "pakistan"),
        ("Hamas militants killed four people, including a Thai farm worker.", "thailand"),
        (
            "An al-Shabaab fighter shot a guard and injured six people, including two officers of the African Union mission.",
            "african-union",
        ),
    ],
)
def test_fighting_the_victims_an_object_lists(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert any(e[1] == "attacks" and e[2] == expected for e in edges(events)), edges(events)


def test_fighting_wounding_others_is_no_fight_between_the_sides(extract_sentences):
    # "others" is not "each other": the peacekeepers attacked nobody
    _, events = extract_sentences(
        "The militants killed a soldier and injured four others, including two Chadian peacekeepers."
    )
    found = edges(events)
    assert ("militants", "attacks", "chad") in found, found
    assert ("chad", "attacks", "militants") not in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nigerian planes attacked Boko Haram camps in the Sambisa forest.", ("nigeria", "attacks", "boko-haram")),
        ("Chadian aircraft bombed Boko Haram camps near Lake Chad.", ("chad", "attacks", "boko-haram")),
    ],
)
def test_fighting_crewed_aircraft_stand_for_who_flies_them(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_drone_may_bear_its_makers_name(extract_sentences):
    _, events = extract_sentences("Iranian drones struck Kyiv overnight.")
    assert not [e for e in edges(events) if e[0] == "iran"], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Government jets struck a Tuareg rebel stronghold near Kidal, in Mali.",
            ("mali", "attacks", "mali-rebels"),
        ),
        (
            "Government troops shelled rebel positions near Malakal in South Sudan.",
            ("south-sudan", "attacks", "south-sudan-rebels"),
        ),
    ],
)
def test_fighting_government_forces_are_the_state_they_fight_in(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    found = edges(events)
    assert expected in found, found


def test_fighting_government_forces_of_no_named_place_are_no_one(extract_sentences):
    _, events = extract_sentences("Government troops attacked the rebels on Monday.")
    assert not [e for e in edges(events) if e[1] == "attacks" and e[0] != "rebels"], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The offensive, carried out by Kenyan forces in 2011 to root out al-Shabaab, lasted months.",
            ("kenya", "attacks", "al-shabaab"),
        ),
        (
            "The offensive was launched by Nigerian troops to drive Boko Haram out of the forest.",
            ("nigeria", "attacks", "boko-haram"),
        ),
    ],
)
def test_fighting_the_purpose_of_a_campaign_carried_by_a_participle(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_campaign_condemned_by_others_is_not_theirs(extract_sentences):
    _, events = extract_sentences("The offensive was condemned by Amnesty International to defeat al-Shabaab.")
    assert not [e for e in edges(events) if e[0] == "amnesty-international"], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Denmark joined the Global Coalition to destroy Islamic State in 2014.",
            ("global-coalition-against-daesh", "attacks", "islamic-state"),
        ),
        ("Kenya leads the regional coalition to defeat al-Shabaab.", ("kenya", "attacks", "al-shabaab")),
        (
            "Sudanese jets fly missions as part of the Saudi-led coalition to defeat the Houthis.",
            ("org:saudi-arabia-led coalition", "attacks", "houthis"),
        ),
    ],
)
def test_fighting_a_coalition_formed_to_fight(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


def test_fighting_a_coalition_to_rebuild_fights_no_one(extract_sentences):
    _, events = extract_sentences("Japan leads a coalition to rebuild Iraq.")
    assert not [e for e in edges(events) if e[1] == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text",
    [
        "A group linked to Joseph Kony killed two Ugandan soldiers.",
        "Two Ugandan soldiers were killed by a militia linked to Joseph Kony.",
    ],
)
def test_fighting_a_group_linked_to_a_leader_is_his_group(extract_sentences, text):
    _, events = extract_sentences(text)
    assert ("lords-resistance-army", "attacks", "uganda") in edges(events), edges(events)


def test_fighting_a_group_linked_to_another_group_is_not_that_group(extract_sentences):
    # an affiliate is another group: no edge is pinned on al-Shabaab itself
    _, events = extract_sentences("A group linked to al-Shabaab killed two Kenyan soldiers.")
    assert ("al-shabaab", "attacks", "kenya") not in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the rebels' state, as the text names them
        ("Maoist rebels attacked a police station in western Nepal.", ("nepal-maoist-rebels", "attacks", "nepal")),
        (
            "Islamist militants ambushed a police patrol in northern Mali.",
            ("mali-islamist-militants", "attacks", "mali"),
        ),
        # a people's rebels: the state the attack is placed in
        ("Kurdish rebels killed three police officers in eastern Turkey.", ("kurds-rebels", "attacks", "turkey")),
    ],
)
def test_fighting_police_attacked_by_an_armed_group_at_home(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # soldiers may be foreign where insurgents fight
        "Insurgents attacked an army base in Kandahar.",
        # rebels of no state, police of no state
        "Rebels attacked a police patrol on the highway.",
    ],
)
def test_fighting_no_state_for_soldiers_or_for_rebels_of_none(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not [e for e in edges(events) if e[1] == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ethiopian troops captured two Eritrean soldiers and shot them.", ("ethiopia", "attacks", "eritrea")),
        (
            "Sudanese soldiers mistook four Chadian police officers for bandits and killed them near the border.",
            ("sudan", "attacks", "chad"),
        ),
    ],
)
def test_fighting_them_as_the_object_of_a_coordinated_verb(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in edges(events), edges(events)


@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # the relative clause speaks of the attacks, not of the town the parser hangs it on
        (
            "Russia condemned Islamic State's bombings in the town of Qamishli, which wounded forty Kurdish fighters.",
            ("islamic-state", "attacks", "kurds-militants"),
            "org:qamishli",
        ),
        (
            "Kenya condemned al-Shabaab's attacks, which killed twelve Kenyan soldiers.",
            ("al-shabaab", "attacks", "kenya"),
            None,
        ),
        (
            "Kenya condemned Islamic State's bombings in the city of Jalalabad, which killed forty Afghan soldiers.",
            ("islamic-state", "attacks", "afghanistan"),
            None,
        ),
    ],
)
def test_fighting_attacks_that_killed(extract_sentences, text, expected, wrong):
    _, events = extract_sentences(text)
    found = edges(events)
    assert expected in found, found
    assert not [e for e in found if e[0] == wrong], found


def test_fighting_a_group_which_fought_is_the_relatives_subject(extract_sentences):
    _, events = extract_sentences("Hezbollah, which fought Israel in 2006, sent fighters into Syria.")
    assert ("hezbollah", "attacks", "israel") in edges(events), edges(events)


def test_fighting_a_relative_clause_after_nested_places_speaks_of_the_event(extract_sentences):
    _, events = extract_sentences(
        "Kenya condemned al-Shabaab's raids in the town of Mandera in northern Kenya, which targeted and killed"
        " six Kenyan policemen."
    )
    assert ("al-shabaab", "attacks", "kenya") in edges(events), edges(events)


def test_fighting_armed_forces_acting_during_a_campaign_wage_it(extract_sentences):
    _, events = extract_sentences(
        "Kenyan troops were accused of looting homes during the offensive against al-Shabaab."
    )
    assert ("kenya", "attacks", "al-shabaab") in edges(events), edges(events)


@pytest.mark.parametrize(
    "text",
    [
        # who flees during a campaign, or is ambushed in it, wages nothing here
        "Thousands of Somali civilians fled during the offensive against al-Shabaab.",
        "Kenyan troops were ambushed during the offensive against al-Shabaab.",
    ],
)
def test_fighting_others_during_a_campaign_do_not_wage_it(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not [e for e in edges(events) if e[1] == "attacks" and e[2] == "al-shabaab"], edges(events)


def test_fighting_one_involved_in_a_use_of_arms_uses_them(extract_sentences):
    _, events = extract_sentences("Boko Haram was implicated in the use of child bombers against Nigerian soldiers.")
    assert ("boko-haram", "attacks", "nigeria") in edges(events), edges(events)


def test_fighting_involved_in_talks_is_no_fight(extract_sentences):
    _, events = extract_sentences("Kenya was involved in the talks with Somalia.")
    assert not [e for e in edges(events) if e[1] == "attacks"], edges(events)


@pytest.mark.parametrize(
    "text, expected",
    [
        # opposition forces of a state are its rebels, not its army
        (
            "Libyan opposition forces drove Islamic State out of the town of Sirte.",
            ("libya-rebels", "attacks", "islamic-state"),
        ),
    ],
)
def test_fighting_opposition_forces_are_not_the_states_own(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    found = edges(events)
    assert expected in found, found
    assert ("libya", "attacks", "islamic-state") not in found, found
