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
