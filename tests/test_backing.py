"""Who backs whom when the backing is said beside another act: a participle set before the clause
("Backed by X, Y …"), the means named as the doer ("backed by X's warplanes"), an act done "with"
another's support ("with the help of X, Y …"); and the side such phrases are not."""

import pytest
from eventsets import edges


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle before its clause is said of the clause's subject
        ("Backed by Iran, the Houthis seized the port.", {("iran", "supports", "houthis")}),
        # the doer named through its means: whose strikes, planes or support they are
        (
            "Afghan soldiers, backed by American air strikes, attacked the town.",
            {("united-states", "supports", "afghanistan")},
        ),
        (
            "Afghan soldiers, Uzbek militiamen and Tajik fighters, assisted by American warplanes, launched an assault.",
            {
                ("united-states", "supports", "afghanistan"),
                ("united-states", "supports", "uzbekistan-militants"),
                ("united-states", "supports", "tajikistan"),
            },
        ),
        ("The Houthis, aided by support from Iran, took the airport.", {("iran", "supports", "houthis")}),
        # after the clause, set off by its comma
        (
            "Afghan troops entered the city, supported by American warplanes.",
            {("united-states", "supports", "afghanistan")},
        ),
        (
            "Kurdish fighters recaptured the town from the Taliban, aided by heavy support from Turkey.",
            {("turkey", "supports", "kurds-militants")},
        ),
        # an act done "with" another's support: its owner supports the clause's subject
        ("With the support of Russia, the Syrian army recaptured the town.", {("russia", "supports", "syria")}),
        ("Hezbollah fought in Syria with the backing of Iran.", {("iran", "supports", "hezbollah")}),
        ("Kurdish forces, with American help, recaptured the dam.", {("united-states", "supports", "kurds")}),
        (
            "The YPG took Manbij with the help of the US-led coalition.",
            {("org:united-states-led coalition", "supports", "ypg")},
        ),
    ],
)
def test_backing_beside_another_act(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected <= edges(events), edges(events)


@pytest.mark.parametrize(
    "text, wrong",
    [
        # the backer is no side of the fight or the seizure
        ("Hezbollah fought in Syria with the backing of Iran.", ("hezbollah", "attacks", "iran")),
        ("With the support of Iran, Hezbollah fought in Syria.", ("hezbollah", "attacks", "iran")),
        ("The Houthis seized the port, backed by Iran.", ("houthis", "attacks", "iran")),
        ("The YPG took Manbij, backed by the US-led coalition.", ("ypg", "attacks", None)),
        ("The YPG took Manbij with the help of the US-led coalition.", ("ypg", "attacks", None)),
        # joining someone's act is not being acted on by it
        ("Norway aligned itself with EU sanctions against Belarus.", ("eu", "sanctions", "norway")),
        # a participle after the clause with no comma may be a noun's: the area is controlled, not the police
        (
            "Kenyan police moved into a district early Monday controlled by al-Shabaab fighters.",
            ("al-shabaab", None, None),
        ),
        # a crowd or the press is no means of backing
        ("The plan was praised by the Pakistani press.", ("pakistan", "supports", None)),
    ],
)
def test_backing_phrases_name_no_wrong_side(extract_sentences, text, wrong):
    _, events = extract_sentences(text)
    found = edges(events)  # None in `wrong` stands for any relation or target
    assert not {e for e in found if all(w in (None, x) for w, x in zip(wrong, e))}, found


def test_backing_leaves_who_took_a_place_from_whom(extract_sentences):
    # a participle of the object ("sites seized by the rebels") still names whom they are retaken from
    _, events = extract_sentences("Afghan troops retook the sites seized last month by Taliban fighters.")
    assert ("afghanistan", "attacks", "taliban") in edges(events), edges(events)
