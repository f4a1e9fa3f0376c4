"""Parse repairs (graph/repairs.py): a coordination folded into a modifier is set right before the rules read it."""

import pytest


def _arcs(doc, words):
    return {t.text: (t.dep_, t.head.text) for t in doc if t.text in words}


@pytest.mark.parametrize(
    "text, first, second, name",
    [
        ("Turkey's government and PKK rebels held talks in Oslo.", "government", "rebels", "PKK"),
        ("Uganda's army and LRA rebels clashed near the border.", "army", "rebels", "LRA"),
    ],
)
def test_repairs_government_and_named_group_are_two_sides(nlp, text, first, second, name):
    arcs = _arcs(nlp(text), {first, second, name})
    assert arcs[second] == ("conj", first)
    assert arcs[name] == ("compound", second)
    assert arcs[first][0] == "nsubj"


def test_repairs_both_sides_take_part_in_the_event(extract_sentences):
    _, events = extract_sentences("Turkey's government and PKK rebels held talks in Oslo.")
    pairs = {(e.agent, e.target) for e in events if e.relation == "meets"}
    assert ("turkey", "pkk") in pairs


@pytest.mark.parametrize(
    "text",
    ["The oil and gas companies met Iraqi officials.", "Colombia's oil and gas companies met Iraqi officials."],
)
def test_repairs_one_noun_phrase_with_two_modifiers_is_left_alone(nlp, text):
    arcs = _arcs(nlp(text), {"oil", "gas", "companies"})
    assert arcs["companies"][0] == "nsubj"
