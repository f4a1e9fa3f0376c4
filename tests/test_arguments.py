"""Which actor a word stands for (`actorgraph.arguments`): bodies' people, references back to actors named before."""

import pytest


def _triples(events):
    return {(e.agent, e.relation, e.target) for e in events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A United Nations panel accused Eritrea of arming Somali militants.", ("un", "accuses", "eritrea")),
        ("African Union mediators met Sudanese rebels in Abuja.", ("african-union", "meets", "sudan-rebels")),
        ("NATO commanders warned Russia against sending troops.", ("nato", "warns", "russia")),
        # the body named inside the "of" phrase of its panel
        ("A panel of UN experts accused Liberia of selling timber.", ("un", "accuses", "liberia")),
        ("Inspectors from the IAEA visited Iran on Monday.", ("iaea", "visits", "iran")),
        ("The Arab League summit condemned Israel.", ("arab-league", "condemns", "israel")),
        ("Iran expelled UN inspectors last year.", ("iran", "expels", "un")),
    ],
)
def test_arguments_a_bodys_people_and_organs_stand_for_the_body(extract_sentences, text, expected):
    _, events = extract_sentences(text)
    assert expected in _triples(events)


@pytest.mark.parametrize(
    "text",
    [
        # citizens and farmers of the EU are no organ of it; sanctions are a thing, not an actor
        "EU farmers condemned Brazil.",
        "UN sanctions hurt Iran.",
    ],
)
def test_arguments_a_bodys_name_on_other_nouns_stands_for_nobody(extract_sentences, text):
    _, events = extract_sentences(text)
    assert not [e for e in events if e.agent in ("eu", "un")]


def test_arguments_a_noun_of_two_owners_is_no_bodys_alone(nlp):
    from actorgraph.actors import find_mentions
    from actorgraph.arguments import ArgumentIndex

    doc = nlp("The UN-Iraq commission met on Monday. A UN commission met on Tuesday.")
    idx = ArgumentIndex(doc, find_mentions(doc))
    first, second = [t for t in doc if t.lower_ == "commission"]
    assert idx.body_owner(second) == "un"
    assert idx.body_owner(first) is None
