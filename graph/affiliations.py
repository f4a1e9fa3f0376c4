"""Affiliation constructions: who leads a body, who belongs to one, which members a body is made of.

Titles in apposition ("X, commander of Y", "a spokesman for Y, X") are read with the other titles
in `actorgraph.actors`, so their ``leads``/``part_of`` edge and the node's ``affiliation`` come from
the same place as for "Iraqi Prime Minister X". This module reads verbs: "X leads Y", "Y is led by
X", "Y includes A and B", "Y, made up of A and B" (`affiliation_events`, called by
`actorgraph.relations`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Token

from . import actors
from .arguments import OBJECT_DEPS, children_with, prep_objects
from .constructions import subjects
from .lexicon import load_lexicon
from .modality import modality_of
from .tokens import to_infinitive

__all__ = ["Affiliation", "affiliation_events", "affiliation_lemmas"]

#: Actor types a body can be (a person never is; a state only for a person who leads it).
BODY_TYPES = frozenset({"agency", "alliance", "other", "group"})
#: Prepositions of a composition verb's members: "consists of", "made up of", "composed of".
COMPOSITION_PREPS = frozenset({"of"})
#: Modalities under which a verb states an affiliation.
FACTUAL = frozenset({"asserted", "reported"})
#: The verbs `affiliation_events` looks at (with ``leadership_verbs`` of ``data/words.json``).
COMPOSITION_VERBS = frozenset({"include", "comprise", "consist", "compose", "make"})
#: The noun of "as part of": whoever acts as part of a body is in it.
PART_NOUNS = frozenset({"part"})
#: The noun of "EU member states France and Germany".
MEMBER_NOUNS = frozenset({"member"})


class Affiliation(NamedTuple):
    """One affiliation found at a token: `member` `relation` `body` (``leads``, ``part_of``, ``member_of``)."""

    relation: str
    member: str
    body: str
    token: Token


def _leadership(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``leads`` for "X leads/heads/commands Y", "Y is led by X", "Y, led by X".

    The body must be named itself ("commanded the Iraqi army"), not through its people ("commanded
    Iraqi troops" says nothing of who leads Iraq). A person leads any body but a person; a state,
    agency or alliance leads only an alliance or an agency ("the United States leads the
    coalition"): "Labour leads the Tories in the polls" and "Germany leads France" are no leadership.
    """
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "Hezbollah, led by Nasrallah"
        bodies = idx.actors(token.head, groups=False) if _by_name(token.head, idx) else []
        leaders = [k for _, p in prep_objects(token, {"by"}) for k in idx.actors(p)]
    elif token.pos_ == "VERB" and token.dep_ != "amod":
        objects = children_with(token, OBJECT_DEPS | {"nsubjpass"})
        bodies = [k for o in objects if _by_name(o, idx) for k in idx.actors(o, groups=False)]
        leaders = subjects(token, idx)
    else:
        return
    types, persons = _types(idx)
    for leader in leaders:
        for body in bodies:
            kind = types.get(body)
            if body in persons or leader == body:
                continue
            if (leader in persons and kind in BODY_TYPES | {"state"}) or kind in ("alliance", "agency"):
                yield Affiliation("leads", leader, body, token)


def _by_name(token, idx) -> bool:
    """True when `token` names an actor itself, not through its people ("Iraqi troops" are Iraq's)."""
    m = idx.mention(token)
    return m is None or m.role != "sector"


def _types(idx) -> tuple[dict, set]:
    """Return ``({key: actor type}, person keys)`` of a Doc's mentions, the gazetteer's type first."""
    known = actors.registry()
    types = {m.key: known[m.key]["type"] if m.key in known else m.type for m in idx.mentions}
    return types, {m.key for m in idx.mentions if m.role == "person"}


def _named(token, idx) -> list[str]:
    """Return the bodies a composition's subject names: its own mention ("NATO includes"), or the
    body whose members it names ("NATO members include", "members of the coalition include")."""
    if token.lemma_.lower() in idx.lex.constituent_nouns and idx.mention(token) is None:
        owners = [c for c in token.children if c.dep_ in ("compound", "poss")]
        owners += [o for _, o in prep_objects(token, {"of"})]
        return [m.key for m in map(idx.mention, owners) if m is not None]
    m = idx.mention(token)
    return [m.key] if m is not None else []


def _bodies(token, idx) -> list[str]:
    """Return the bodies a composition verb is said of: its subject, a relative's antecedent
    ("ASEAN, which includes …"), a passive's subject or a participle's noun ("the alliance, made up of …")."""
    if token.dep_ in ("acl", "relcl") and (
        token.dep_ == "acl"
        or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in token.children)
    ):
        return _named(token.head, idx)
    return [k for c in children_with(token, {"nsubj", "nsubjpass"}) for k in _named(c, idx)]


def _composition(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``member_of``/``part_of`` for "Y includes A and B", "Y comprises", "Y consists of",
    "Y is made up of", "Y, composed of", "Y members include A".

    The body is an alliance, agency or named group, never a state ("Iraq includes Kurdistan" is
    territory); the members are states, bodies or groups. A state or alliance in an alliance is
    a ``member_of`` it; any other member is ``part_of`` its body.
    """
    lemma = token.lemma_.lower()
    if lemma in ("include", "comprise") and token.pos_ == "VERB":
        objects = children_with(token, {"dobj"}) or [o for _, o in prep_objects(token, COMPOSITION_PREPS)]
    elif lemma in ("consist", "compose", "comprise") or (
        lemma == "make" and any(c.lower_ == "up" for c in token.children)
    ):
        objects = [o for _, o in prep_objects(token, COMPOSITION_PREPS)]
    else:
        return
    types, persons = _types(idx)
    members = [k for o in objects for k in idx.actors(o, groups=False) if k not in persons]
    for body in _bodies(token, idx):
        if types.get(body) not in BODY_TYPES:
            continue
        for member in members:
            if member != body and types.get(member) in BODY_TYPES | {"state"}:
                both = types[member] in ("state", "alliance") and types[body] == "alliance"
                yield Affiliation("member_of" if both else "part_of", member, body, token)


def _as_part_of(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``member_of``/``part_of`` for "the UK, as part of the Global Coalition, …" and
    "Canada works as part of NATO": whoever acts as part of a named alliance is in it.

    Only an alliance named itself is a body here: "as part of the deal", "as part of NATO's
    mission" name an act, not the body.
    """
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return
    governor = token.head.head
    if to_infinitive(governor):  # "hopes to fight as part of NATO": not yet
        return
    members = subjects(governor, idx) if governor.pos_ in ("VERB", "AUX") else idx.actors(governor, groups=False)
    types, persons = _types(idx)
    bodies = [m.key for _, o in prep_objects(token, {"of"}) for m in [idx.mention(o)] if m is not None]
    for body in bodies:
        if types.get(body) != "alliance":
            continue
        for member in members:
            if member != body and member not in persons and types.get(member) in BODY_TYPES | {"state"}:
                yield Affiliation(
                    "member_of" if types[member] in ("state", "alliance") else "part_of", member, body, token
                )


def _member_list(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``member_of`` for "EU member states France and Germany", "NATO members Poland and Romania".

    Read on the words, not the parse (the small model hangs such lists anywhere): an alliance's
    name, "member(s)" and a "state"/"nation"/"country" noun, then names of states right after,
    joined only by commas and "and" ("NATO members and Russia" lists no member).
    """
    doc, types = token.doc, _types(idx)[0]
    body = idx.mention(doc[token.i - 1]) if token.i > 0 else None
    if body is None or types.get(body.key) != "alliance":
        return
    i = token.i + 1
    if i < len(doc) and doc[i].lemma_.lower() in idx.lex.constituent_nouns:  # "member states"
        i += 1
    members, joined = [], True
    while i < len(doc):
        m = idx.mention(doc[i])
        if m is not None and joined and types.get(m.key) == "state" and m.start == i:
            members.append(m.key)
            i, joined = m.end, False
        elif members and not joined and (doc[i].text == "," or doc[i].lower_ == "and"):
            i, joined = i + 1, True
        else:
            break
    for member in members:
        yield Affiliation("member_of", member, body.key, token)


def _joined_group(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``part_of`` for "the Nusra Front joined al-Qaeda": a named group joining another group.

    Joining an alliance is `actorgraph.relations`' membership; joining a group "in" or "for"
    something ("joined Fatah in a unity government", "joined Hamas for talks") is acting
    together, not belonging, so only a bare object, or a date, counts.
    """
    if token.pos_ != "VERB" or any(
        c.dep_ in ("prep", "xcomp", "advcl") and not all(o.ent_type_ == "DATE" for o in c.children)
        for c in token.children
    ):
        return
    types, persons = _types(idx)
    bodies = [m.key for o in children_with(token, {"dobj"}) for m in [idx.mention(o)] if m is not None]
    members = [m.key for s in children_with(token, {"nsubj"}) for m in [idx.mention(s)] if m is not None]
    for body in bodies:
        for member in members:
            if member != body and types.get(body) == "other" and types.get(member) in ("other", "group"):
                if body not in persons and member not in persons:
                    yield Affiliation("part_of", member, body, token)


@functools.cache
def affiliation_lemmas() -> frozenset:
    """Return the lemmas `affiliation_events` looks at: what `actorgraph.relations` finds once per Doc.

    >>> {"lead", "include", "part", "member", "join"} <= affiliation_lemmas()
    True
    """
    lex = load_lexicon()
    return lex.leadership_verbs | lex.join_verbs | COMPOSITION_VERBS | PART_NOUNS | MEMBER_NOUNS


def affiliation_events(tokens, idx) -> Iterator[Affiliation]:
    """Yield the `Affiliation` records stated at `tokens` (a sentence's leadership and composition verbs).

    Only what the text asserts: "X will lead Y", "Y does not include A" state no affiliation.
    """
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") and modality_of(token, idx.lex) not in FACTUAL:
            continue  # a noun's list ("EU member states France and Germany") holds whatever its clause says
        if token.lemma_.lower() in idx.lex.leadership_verbs:
            yield from _leadership(token, idx)
        elif token.lower_ in PART_NOUNS:
            yield from _as_part_of(token, idx)
        elif token.lemma_.lower() in MEMBER_NOUNS:
            yield from _member_list(token, idx)
        elif token.lemma_.lower() in idx.lex.join_verbs:
            yield from _joined_group(token, idx)
        else:
            yield from _composition(token, idx)
