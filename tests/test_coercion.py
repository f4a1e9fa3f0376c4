"""Coercion and its opposites told by hand-written sentences: captures of persons are arrests."""

import pytest
from eventsets import edges

# --- a capture of a person is an arrest (CAMEO 173), of a place an attack ------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pakistani troops captured a senior commander of the Taliban on Monday.", ("pakistan", "arrests", "taliban")),
        ("Kurdish fighters seized a top ISIS commander.", ("kurds-militants", "arrests", "islamic-state")),
        (
            "Colombian police nabbed a FARC leader in Bogota.",
            ("colombia", "arrests", "revolutionary-armed-forces-of-colombia"),
        ),
        ("US forces captured Saddam Hussein near Tikrit.", ("united-states", "arrests", "person:saddam hussein")),
    ],
)
def test_capture_of_a_person_is_an_arrest(extract_sentences, text, expected):
    found = edges(extract_sentences(text)[1])
    assert expected in found
    assert (expected[0], "attacks", expected[2]) not in found


def test_capture_of_a_place_stays_an_attack(extract_sentences):
    found = edges(extract_sentences("Ethiopian troops captured the Somali town of Baidoa.")[1])
    assert ("ethiopia", "attacks", "somalia") in found
    assert not any(r == "arrests" for _, r, _ in found)


def test_arrival_of_forces_still_deploys(extract_sentences):
    # the exclusion of forces on "arrive" (a visit) reads the subject of a verb with no object
    found = edges(extract_sentences("Two hundred British troops arrived in Basra on Monday.")[1])
    assert found == {("united-kingdom", "deploys", "iraq")}


# --- sanctions: by a document's author, shared by coordinated measures, kept or hardened -----------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a resolution or draft acts for its author
        (
            "Britain is pushing for a UN resolution that would impose an oil embargo on Sudan.",
            ("un", "sanctions", "sudan"),
        ),
        ("A French draft resolution seeks sanctions against Syria.", ("france", "sanctions", "syria")),
        (
            "The Security Council adopted a resolution imposing sanctions on North Korea.",
            ("un-security-council", "sanctions", "north-korea"),
        ),
        # the target phrase on the last of coordinated measures is all of theirs
        ("The EU imposed an arms embargo and other sanctions against Zimbabwe.", ("eu", "sanctions", "zimbabwe")),
        # a measure kept or hardened is the keeper's
        ("The US tightened sanctions on Cuba.", ("united-states", "sanctions", "cuba")),
    ],
)
def test_sanctions_and_their_imposer(extract_sentences, text, expected):
    assert expected in edges(extract_sentences(text)[1])


def test_a_resolution_acted_on_names_no_author_as_actor(extract_sentences):
    # only a document that acts stands for its author
    found = edges(extract_sentences("Iraq rejected the UN resolution on Tuesday.")[1])
    assert not any(a == "un" for a, _, _ in found)


# --- acts on a number of people target whose people they are; freeing people releases them -----


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Egypt detained dozens of Muslim Brotherhood members.", ("egypt", "arrests", "muslim-brotherhood")),
        ("Jordan deported a group of Iraqi nationals on Monday.", ("jordan", "expels", "iraq")),
        ("Israel freed hundreds of Palestinian prisoners.", ("israel", "releases", "palestine")),
        ("Sudan freed two British aid workers.", ("sudan", "releases", "united-kingdom")),
    ],
)
def test_acts_on_counted_people_and_releases(extract_sentences, text, expected):
    found = edges(extract_sentences(text)[1])
    assert expected in found
    assert not any(r == "yields" for _, r, _ in found)  # freeing prisoners is no yielding (080)


def test_a_count_of_no_ones_people_targets_nobody(extract_sentences):
    assert not any(r == "arrests" for _, r, _ in edges(extract_sentences("Egypt detained dozens of people.")[1]))
