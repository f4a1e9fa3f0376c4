"""Gatherings: meetings and talks whose sides the parse names in roundabout ways.

Constructions in the form of `actorgraph.constructions` (``construction(trigger, theme, entry,
idx) -> Found | None``) that the ``partner`` frame of `actorgraph.relations` tries: a gathering
noun hung on a group whose members are listed before it, talks an official reports for
their side, a call or meeting a clause's act is set in, and a clause-opening "Meeting in
Moscow, …" the tagger reads as a noun; and `visiting_guests`, a pass of
its own: whoever a "visiting" noun stands for visits the one who receives them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .actors import registry
from .arguments import (
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    children_with,
    noun_prep_objects,
    phrase_objects,
    prep_objects,
)
from .constructions import Found, clause_agents, own_subjects, subjects
from .tokens import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import ArgumentIndex

__all__ = [
    "SETTING_PREPS",
    "VISITING_WORDS",
    "bracketed_group",
    "in_gathering_with",
    "on_a_journey",
    "participial_gathering",
    "toured_places",
    "reported_by_side",
    "their_gathering",
    "visiting_guests",
]


def bracketed_group(noun, theme, entry, idx) -> Found | None:
    """The members listed in brackets after a group are the sides of a gathering noun hung on it.

    "the Nordic group (Norway, Sweden, Finland and Denmark) defence ministers meeting": the small
    model attaches "meeting" to "group" as an apposition after the list; the group's members meet (at least
    two, see `actorgraph.arguments.ArgumentIndex.bracketed_members`).
    """
    if noun.dep_ != "appos" or noun.head.i > noun.i:
        return None
    members = [t for t in idx.bracketed_members(noun.head) if t.i < noun.i]
    keys = list(dict.fromkeys(k for t in members for k in [idx.actor(t)] if k))
    return Found(tuple(keys)) if len(keys) >= 2 else None


def their_gathering(noun, theme, entry, idx) -> Found | None:
    """ "their meeting" is the gathering of the two its clause names: "Rice shook hands with Hu before
    their meeting", "Blair greeted Bush at the start of their talks" (the clause's subject and its
    object or "with" partner, exactly two actors), else of those "their" stands for by coordination.

    A gathering noun owned by "their", in a phrase of the clause's verb or its object.
    """
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in children_of(noun)):
        return None
    head = noun
    while head.dep_ == "pobj" and head.head.dep_ == "prep":  # "at the start of their talks"
        head = head.head.head
    head = head.head if head.dep_ == "dobj" else head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return None
    partners = [k for o in children_with(head, {"dobj"}) for k in idx.actors(o)]
    partners += [k for o in phrase_objects([head, *children_with(head, {"dobj"})], {"with"}) for k in idx.actors(o)]
    keys = list(dict.fromkeys(subjects(head, idx) + partners))
    return Found(tuple(keys)) if len(keys) == 2 else None


#: Prepositions that set a clause's event in a gathering: "was raised during talks with Y".
SETTING_PREPS = frozenset({"during", "at", "in", "after", "before", "following"})


def reported_by_side(noun, theme, entry, idx) -> Found | None:
    """The official side that reports talks with another, in a clause with no actor for subject, holds them.

    "A Pakistani foreign ministry official said the dispute was raised in talks with India's prime
    minister": talks with one side named, set in a clause whose subject is no actor and no event
    ("the issue", not "the bombing happened during talks with Y"), that an official of a state, body or agency reports, are that official's side's. A news
    agency's report names no side ("… during talks with Iran, Xinhua said").
    """
    if noun.dep_ != "pobj" or noun.head.lower_ not in SETTING_PREPS:
        return None
    partners = [k for _, o in noun_prep_objects(noun, {"with"}) for k in idx.actors(o)]
    clause = noun.head.head
    if not partners or clause.pos_ not in ("VERB", "AUX") or clause.dep_ != "ccomp":
        return None
    for subject in children_with(clause, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        if idx.actors(subject) or (subject.lemma_.lower(), "NOUN") in idx.lex.triggers:
            return None  # an actor's talks are the actor's; "the bombing happened during talks": a time
    report = clause.head
    if report.lemma_.lower() not in idx.lex.report_verbs:
        return None
    speakers = [k for k in own_subjects(report, idx) if _official(k)]
    return Found(tuple(k for k in dict.fromkeys(speakers) if k not in partners)) if speakers else None


def _official(key: str) -> bool:
    """True for an actor that speaks for a side: a leader or office, a state, a body or a state organ (no news agency)."""
    if key.startswith(("person:", "office:")):
        return True
    record = registry().get(key)
    return record is not None and record["type"] in ("state", "agency", "alliance") and record.get("sector") != "MED"


def in_gathering_with(noun, theme, entry, idx) -> Found | None:
    """The subject of a clause acts in the consultation with another it sets its act in.

    "Merkel raised the issue in a phone call with Putin", "the minister made the offer in talks
    with Iran": a gathering noun (CONSULT) with its determiner under "in", its other side named
    on "with", is the clause subject's (a bare "in talks with" is `bare_in_agents`'s).
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or idx.lex.info(entry["relation"]).plover != "CONSULT":
        return None
    if not any(idx.actors(o) for _, o in noun_prep_objects(noun, {"with"})):
        return None
    agents = clause_agents(noun.head, idx)
    return Found(tuple(agents)) if agents else None


def participial_gathering(noun, theme, entry, idx) -> Found | None:
    """A clause-opening "Meeting in X," that the tagger reads as a noun is its clause's subjects' meeting.

    "Meeting in Brussels, the Dutch and Belgian prime ministers said …": the small model tags the
    participle a noun (NN) yet parses it as the adverbial clause it is; its sides are the subjects of
    the verb it modifies (who pair with each other), not anyone it names. A noun with a
    determiner or owner ("the meeting, …") is a noun.
    """
    if noun.dep_ != "advcl" or noun.tag_ != "NN" or noun.i > noun.head.i or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("det", "poss") for c in children_of(noun)):
        return None
    agents = own_subjects(noun.head, idx)
    return Found(tuple(dict.fromkeys(agents))) if agents else None


#: Nouns of a journey that a clause may be set "on": "said on a visit to Cairo".
JOURNEY_NOUNS = frozenset({"visit", "trip", "tour"})
#: Nouns of a journey whose "of" phrase names the places it takes in: "a tour of Egypt and Jordan".
TOUR_NOUNS = frozenset({"tour"})


def on_a_journey(noun, theme, entry, idx) -> Found | None:
    """The clause's subject makes the journey its act is set on: "Putin, on a trip to Egypt, said …",
    "the minister said on a visit to Hanoi that …" (a journey noun under "on")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "on" or noun.lemma_.lower() not in JOURNEY_NOUNS:
        return None
    agents = clause_agents(noun.head, idx)
    return Found(tuple(dict.fromkeys(agents))) if agents else None


def toured_places(noun, theme, entry, idx) -> Found | None:
    """The places a tour takes in are visited: "began a tour of Egypt, Jordan and Israel" (its "of"
    phrase and the places listed with it)."""
    if noun.lemma_.lower() not in TOUR_NOUNS:
        return None
    places = [t for _, o in prep_objects(noun, {"of"}) for t in (o, *o.conjuncts)]
    keys = [k for t in places for k in idx.actors(t, locative=True)]
    return Found(tuple(dict.fromkeys(keys))) if keys else None


#: Participles that make the noun they modify a guest: "the visiting Japanese prime minister".
VISITING_WORDS = frozenset({"visiting"})
#: Where a guest stands to the verb of its host: object, indirect object, "with" phrase, passive subject.
GUEST_DEPS = frozenset({"dobj", "dative", "pobj", "nsubjpass"})


def visiting_guests(tokens: list[Token], idx: ArgumentIndex) -> Iterator[tuple[str, str, Token]]:
    """Yield ``(guest, host, word)`` for a guest named by "visiting" at `tokens` (a sentence's `VISITING_WORDS`).

    "Putin met the visiting Japanese prime minister", "Iran gave a visiting EU envoy a
    written reply": the one the visiting noun stands for visits whoever receives them, the subject of
    the verb the noun is the object of (or the "by" phrase of a passive one). A visitor who is
    the subject ("visiting Chinese officials said") names no host.
    """
    for word in tokens:
        noun = word.head
        if word.dep_ != "amod" or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in GUEST_DEPS:
            continue
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ == "pobj" and noun.head.lower_ != "with":
            continue  # "met with the visiting X"; not "a message to the visiting X"
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # "held talks with the visiting X"
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for guest in idx.actors(noun):
            for host in subjects(verb, idx):
                if host != guest:
                    yield guest, host, word
