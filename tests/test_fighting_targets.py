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
            "A Taliban fighter blew himself up and wounded nine others, including two members of a NATO-led force.",
            "nato",
        ),
    ],
)
def test_fighting_the_victims_an_object_lists(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert any(e[1] == "attacks" and e[2] == expected for e in edges(events)), edges(events)


def test_fighting_wounding_others_is_no_fight_between_the_sides(extract_sentences):
    # "others" is not "each other": the peacekeepers attacked nobody
    _, events = extract_sentences(
        "The rebels killed a soldier and wounded five others, including two Chadian peacekeepers."
    )
    found = edges(events)
    assert ("rebels", "attacks", "chad") in found, found
    assert ("chad", "attacks", "rebels") not in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "U.S. planes bombed targets in Syria's rebel-held province of Idlib.",
            ("united-states", "attacks", "syria-rebels"),
        ),
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
            "Government warplanes and helicopter gunships pounded rebel-held towns in northern Mali.",
            ("mali", "attacks", "mali-rebels"),
        ),
        (
            "Government troops shelled rebel positions near Bouake in Ivory Coast.",
            ("ivory-coast", "attacks", "ivory-coast-rebels"),
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
