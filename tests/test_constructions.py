"""Each construction on sentences written for it, and the frame table against the relation registry."""

import ast
import inspect

import pytest

from actorgraph import constructions
from actorgraph.relations import FRAMES
from actorgraph.vocab import FRAMES as REGISTRY_FRAMES
from actorgraph.vocab import relation_types


def test_constructions_every_registry_frame_has_a_row():
    used = {r.frame for r in relation_types().values() if not r.affiliation}
    assert used <= set(FRAMES), used - set(FRAMES)
    assert set(FRAMES) <= REGISTRY_FRAMES


def test_constructions_never_name_a_relation():
    names = set(relation_types())
    strings = {
        node.value
        for node in ast.walk(ast.parse(inspect.getsource(constructions)))
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }
    assert not names & strings, names & strings


@pytest.mark.parametrize(
    "text, trigger, construction, entry, expected",
    [
        # "providing X with Y": the object receives, the theme becomes what is given
        ("Iran is providing Russia with drones.", "providing", constructions.provided_with, {}, (["russia"], "drones")),
        # no "with" phrase: the construction does not apply
        ("Iran is providing drones.", "providing", constructions.provided_with, {}, None),
        ("Berlin delivered tanks to Kyiv.", "delivered", constructions.recipients, {}, (["ukraine"], None)),
        # freed from: only whom it was freed from, even when that is nobody named
        (
            "Iraq liberated Mosul from ISIL.",
            "liberated",
            constructions.freed_from,
            {"from": "only"},
            (["islamic-state"], None),
        ),
        ("Iraq liberated Mosul.", "liberated", constructions.freed_from, {"from": "only"}, ([], None)),
        ("Iraq liberated Mosul.", "liberated", constructions.freed_from, {}, None),
        # what is taken from someone
        (
            "Ukraine seized a bridge from Russia.",
            "seized",
            constructions.taken_from,
            {"from": True},
            (["russia"], None),
        ),
        # the object of a motion verb is where the movers went
        (
            "Russian troops entered Georgia.",
            "entered",
            constructions.entered_places,
            {"motion": True},
            (["georgia"], None),
        ),
        ("Russian troops entered Georgia.", "entered", constructions.entered_places, {}, None),
        ("France met with Germany.", "met", constructions.with_partners, {}, (["germany"], None)),
        # a visit's object is a place: a capital stands for its state
        ("The Japanese premier visited Hanoi.", "visited", constructions.visited, {}, (["vietnam"], None)),
        ("Putin flew to Nairobi for talks.", "flew", constructions.verb_destinations, {}, (["kenya"], None)),
        ("France condemned Russia's invasion.", "condemned", constructions.object_inside, {}, (["russia"], None)),
        # the one let act, read by the small model as the infinitive's subject
        (
            "Turkey will allow Kurdish fighters to cross into Syria.",
            "allow",
            constructions.infinitive_subject_targets,
            {},
            (["kurds-militants"], None),
        ),
        ("Turkey will allow them to cross.", "allow", constructions.infinitive_subject_targets, {}, None),
    ],
)
def test_constructions_verb(reading, text, trigger, construction, entry, expected):
    assert reading(text, trigger, construction, **entry) == expected


@pytest.mark.parametrize(
    "text, trigger, construction, expected",
    [
        ("Talks between Chile and Peru resumed.", "Talks", constructions.between_pair, ["chile", "peru"]),
        ("Talks between Chile and aides resumed.", "Talks", constructions.between_pair, None),  # one side only
        ("The Russia-Iran talks resumed.", "talks", constructions.hyphenated_pair, ["russia", "iran"]),
        ("Russia launched an offensive against Ukraine.", "offensive", constructions.light_verb_subject, ["russia"]),
        ("After talks with Japan, India signed.", "talks", constructions.adverbial_clause_agents, ["india"]),
    ],
)
def test_constructions_noun(reading, text, trigger, construction, expected):
    found = reading(text, trigger, construction)
    assert (found[0] if found else None) == expected


def test_constructions_light_verb_targets_follow_the_preps_they_are_given(reading):
    with_in = constructions.light_verb_prep_targets(frozenset({"against", "in"}))
    without = constructions.light_verb_prep_targets(frozenset({"against"}))
    text = "Israel conducted raids overnight in Lebanon."
    assert reading(text, "raids", with_in) == (["lebanon"], None)
    assert reading(text, "raids", without) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kofi Annan met Russian officials in Geneva to discuss Ukraine.", set()),
        ("The two foreign ministers debated Syria on Friday.", set()),
        ("Merkel discussed the crisis with Putin by telephone.", {("person:angela merkel", "person:vladimir putin")}),
    ],
)
def test_constructions_what_is_discussed_is_the_topic_not_the_other_side(extract_sentences, text, expected):
    """Only the "with" phrase names whom a discussion is with, even when the parser hangs it on the topic."""
    _, events = extract_sentences(text)
    discussed = {(e.agent, e.target) for e in events if e.trigger.lower().startswith(("discuss", "debat"))}
    assert discussed == expected
