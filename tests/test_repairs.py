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


def test_repairs_a_phrase_cut_off_at_a_closing_bracket_joins_its_sentence(nlp):
    text = "Police must share data, said the minister, opening the G3 (Norway, Sweden, Finland) Justice Ministers meeting held today in Oslo."
    with nlp.select_pipes(disable=["actorgraph_repairs"]):
        assert len(list(nlp(text).sents)) == 2  # the small model's cut, which the repair undoes
    doc = nlp(text)
    assert len(list(doc.sents)) == 1
    meeting = next(t for t in doc if t.text == "meeting")
    assert (meeting.dep_, meeting.head.text) == ("appos", "G3")


def test_repairs_the_bracketed_members_of_a_group_meet(extract_sentences):
    text = "Oslo, May 3 - Police must share data, said the minister, opening the G3 (Norway, Sweden, Finland) Justice Ministers meeting held today in Oslo."
    _, events = extract_sentences(text)
    met = {frozenset((e.agent, e.target)) for e in events if e.relation == "meets"}
    assert {frozenset(p) for p in [("norway", "sweden"), ("norway", "finland"), ("sweden", "finland")]} <= met


@pytest.mark.parametrize(
    "text",
    [
        "Iran met Iraq (AFP) Syria attacked Jordan.",  # a sentence with a verb of its own stays one
        "Nigerian rebels attack police (AFP). AFP - Rebels attacked a police patrol.",  # a full stop ends it
    ],
)
def test_repairs_a_sentence_after_a_bracket_that_is_one_stays_apart(nlp, text):
    assert len(list(nlp(text).sents)) >= 2
