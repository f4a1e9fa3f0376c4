"""Affiliation constructions: who leads a body, who belongs to one, which members a body is made of, whose ally one is.

Titles in apposition ("X, commander of Y", "a spokesman for Y, X") are read with the other titles
in `actorgraph.actors`, so their ``leads``/``part_of`` edge and the node's ``affiliation`` come from
the same place as for "Iraqi Prime Minister X". This module reads what a clause says:
leadership and composition verbs ("X leads Y", "Y is led by X", "Y includes A and B", "Y, made up
of A and B"), a named group joining another, "as part of" an alliance, member lists ("EU member
states A and B", "EU members such as A and B", "the Arab League, including A"), acting "within
NATO", a titled official representing a body ("Y, represented by Prime Minister X"), titles said of a person ("X became the head of Y"), ally nouns ("X and its Y
allies", "Y, an ally of X", "X and allied Y militias"), the coordinated doers of one fight as allies ("A and B
attacked Boko Haram camps") and military units ("the 2nd Battalion, 6th Infantry Regiment", "was assigned
to the 82nd Airborne Division", "as part of the 48th Fighter Wing"); `affiliation_events`,
called by `actorgraph.relations` once per sentence, yields them all.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from spacy.tokens import Token

from . import actors
from .arguments import OBJECT_DEPS, children_with, prep_objects
from .campaigns import bears_arms
from .constructions import subjects
from .lexicon import load_lexicon
from .modality import modality_of
from .tokens import children_of, to_infinitive

__all__ = ["Affiliation", "affiliation_events", "affiliation_lemmas", "title_words"]

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
#: The verb of "the Kurdish government, represented by Prime Minister X".
REPRESENT_LEMMAS = frozenset({"represent"})
#: The words of "EU members such as France", "NATO states like Poland" and "within NATO".
EXAMPLE_WORDS = frozenset({"like", "as"})
WITHIN_WORDS = frozenset({"within"})
#: The prepositions of membership `affiliation_events` looks at ("members such as", "within NATO").
MEMBER_PREPS = EXAMPLE_WORDS | WITHIN_WORDS
#: The noun of "EU member states France and Germany".
MEMBER_NOUNS = frozenset({"member"})
#: The lemma of "its Kurdish allies", "an ally of Iran" and "allied militias".
ALLY_LEMMAS = frozenset({"ally"})
#: Possessives that stand for the first conjunct of "X and its/their Y allies".
CONJUNCT_POSSESSIVES = frozenset({"its", "their"})
#: Words between a unit and the larger one it is in: "the 2nd Battalion, 5th Marines", "Bravo Company of the 1st Battalion".
UNIT_JOINERS = frozenset({",", "of"})
#: Words of a fight the sides have with each other ("attacked each other", "fought one another").
RECIPROCAL_WORDS = frozenset({"other", "another"})
#: Prepositions of a hostile verb's target besides its object: "fought against", "turned on".
AGAINST_PREPS = frozenset({"against", "on"})
#: Modifiers naming whose a thing attacked is: "Boko Haram camps", "rebel positions", "the militants' base".
OWNER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
#: Verbs of a person posted to a unit: "was assigned to the 3rd Battalion", "attached to the 10th Mountain Division".
ASSIGN_VERBS = frozenset({"assign", "attach"})


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


#: The `_types` of the last ArgumentIndex asked about: each candidate word of a Doc asks for them.
_TYPES: dict = {"idx": None, "found": None}


def _types(idx) -> tuple[dict, set]:
    """Return ``({key: actor type}, person keys)`` of a Doc's mentions, the gazetteer's type first
    (read once per Doc's ArgumentIndex)."""
    if _TYPES["idx"] is not idx:
        known = actors.registry()
        types = {m.key: known[m.key]["type"] if m.key in known else m.type for m in idx.mentions}
        _TYPES["idx"], _TYPES["found"] = idx, (types, {m.key for m in idx.mentions if m.role == "person"})
    return _TYPES["found"]


def _named(token, idx) -> list[str]:
    """Return the bodies a composition's subject names: its own mention ("NATO includes"), or the
    body whose members it names ("NATO members include", "members of the coalition include")."""
    if token.lemma_.lower() in idx.lex.constituent_nouns and idx.mention(token) is None:
        owners = [c for c in children_of(token) if c.dep_ in ("compound", "poss")]
        owners += [o for _, o in prep_objects(token, {"of"})]
        return [m.key for m in map(idx.mention, owners) if m is not None]
    m = idx.mention(token)
    return [m.key] if m is not None else []


def _bodies(token, idx) -> list[str]:
    """Return the bodies a composition verb is said of: its subject, a relative's antecedent
    ("ASEAN, which includes …"), a passive's subject or a participle's noun ("the alliance, made up of …")."""
    if token.dep_ == "prep":  # "NATO members, including Poland": the noun the list hangs on
        return _named(token.head, idx)
    if token.dep_ in ("acl", "relcl") and (
        token.dep_ == "acl"
        or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in children_of(token))
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
    if lemma == "include" and token.dep_ == "prep":  # "the Arab League, including Egypt and Jordan"
        objects = children_with(token, {"pobj"})
    elif lemma in ("include", "comprise") and token.pos_ == "VERB":
        objects = children_with(token, {"dobj"}) or [o for _, o in prep_objects(token, COMPOSITION_PREPS)]
    elif lemma in ("consist", "compose", "comprise") or (
        lemma == "make" and any(c.lower_ == "up" for c in children_of(token))
    ):
        objects = [o for _, o in prep_objects(token, COMPOSITION_PREPS)]
    else:
        return
    types, persons = _types(idx)
    # members are named: "the coalition" read back as an earlier coalition is no member of a list
    anaphors = {m.key for o in objects for t in o.subtree for m in [idx.mention(t)] if m and m.role == "anaphor"}
    members = [k for o in objects for k in idx.actors(o, groups=False) if k not in persons | anaphors]
    for body in _bodies(token, idx):
        if types.get(body) not in BODY_TYPES:
            continue
        for member in members:
            if member != body and types.get(member) in BODY_TYPES | {"state"}:
                both = types[member] in ("state", "alliance") and types[body] == "alliance"
                yield Affiliation("member_of" if both else "part_of", member, body, token)


def _unit_noun(m, doc, lex) -> str | None:
    """Return the echelon noun a unit's name ends with ("3rd Battalion", "Squadron 11" read past its
    number), or None when the name ends with no unit noun."""
    i = m.end - 1
    while i > m.start and doc[i].like_num:
        i -= 1
    lemma = doc[i].lemma_.lower()
    return lemma if lemma in lex.unit_echelons else None


def _named_unit(m, doc, lex) -> str | None:
    """Return the echelon noun of a numbered unit's name ("134th Fighter Squadron", "Twelfth Fleet"), else None:
    the number tells a unit from a firm ("the Carlyle Group") or a body ("the Contact Group")."""
    if m is None or m.role in ("person", "sector") or m.type in ("state", "leader"):
        return None
    noun = _unit_noun(m, doc, lex)
    return noun if noun and any(doc[i].like_num for i in range(m.start, m.end)) else None


def _unit_chain(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``part_of`` for "the 2nd Battalion, 75th Ranger Regiment" and "Charlie Company of the 3rd
    Battalion": military style names a unit, then the larger one it is in.

    Only a unit of a lower echelon (``unit_echelons`` of ``data/words.json``) before a numbered one of a
    higher: "the 1st Battalion, the 2nd Battalion and …" lists units of one echelon.
    """
    doc, lex = token.doc, idx.lex
    unit = idx.mention(token)
    if unit is None or unit.end != token.i + 1 or unit.role in ("person", "sector") or unit.type == "state":
        return
    i = token.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in UNIT_JOINERS:
        return
    i += 2 if doc[i + 1].lower_ == "the" else 1
    parent = idx.mention(doc[i]) if i < len(doc) else None
    if parent is None or parent.start != i or parent.key == unit.key:
        return
    small, large = _unit_noun(unit, doc, lex), _named_unit(parent, doc, lex)
    if small is None or large is None or lex.unit_echelons[small] >= lex.unit_echelons[large]:
        return
    yield Affiliation("part_of", unit.key, parent.key, token)


def _assigned(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``part_of`` for "Sgt. X was assigned to the 1st Battalion", "X, attached to the 3rd Brigade,":
    a person posted to a numbered unit serves in it."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        people = [token.head]  # "X, assigned to the 3rd Brigade, …"
    elif token.dep_ == "relcl":
        people = [token.head] if children_with(token, {"nsubjpass"}) else []  # "X, who was assigned to …"
    else:
        people = children_with(token, {"nsubjpass"})
    persons = _types(idx)[1]
    holders = [k for p in people for k in idx.actors(p, groups=False) if k in persons]
    units = [idx.mention(o) for _, o in prep_objects(token, {"to"})]
    for unit in units:
        if _named_unit(unit, token.doc, idx.lex):
            for holder in holders:
                yield Affiliation("part_of", holder, unit.key, token)


def _member_examples(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``member_of`` for "EU members such as France and Germany", "NATO states like Poland":
    examples of an alliance's members are members.

    Only on a members noun: "NATO, like the EU, …" compares two bodies.
    """
    if token.lower_ == "as" and not any(c.lower_ == "such" for c in token.children):
        return
    noun, types = token.head, _types(idx)[0]
    if noun.lemma_.lower() not in idx.lex.constituent_nouns or idx.mention(noun) is not None:
        return
    members = [k for o in children_with(token, {"pobj"}) for k in idx.actors(o, groups=False)]
    for body in _named(noun, idx):
        for member in members:
            if types.get(body) == "alliance" and types.get(member) in ("state", "alliance") and member != body:
                yield Affiliation("member_of", member, body, token)


def _within_alliance(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``member_of`` for "worked with Norway within NATO", "Turkish troops within the coalition":
    the states said to act within an alliance are in it (the verb's subject and partners, or the noun
    the phrase hangs on)."""
    types = _types(idx)[0]
    bodies = [m.key for o in children_with(token, {"pobj"}) for m in [idx.mention(o)] if m]
    if token.dep_ != "prep" or not any(types.get(b) == "alliance" for b in bodies):
        return
    head = token.head
    if head.pos_ in ("VERB", "AUX"):
        if to_infinitive(head) or (modality_of(head, idx.lex) not in FACTUAL and head.tag_ != "VBG"):
            return  # "hopes to work within NATO"; but "committed to working with Greece within the EU"
        members = subjects(head, idx) + [k for _, o in prep_objects(head, {"with"}) for k in idx.actors(o)]
    else:
        members = idx.actors(head)
    for body in bodies:
        for member in members:
            if types.get(body) == "alliance" and types.get(member) == "state":
                yield Affiliation("member_of", member, body, token)


def _represented(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``part_of`` for "the Palestinian Authority, represented by Prime Minister X": an official
    named with a title the text places nowhere else belongs to the body he is said to represent.

    Only a titled person: "Hamas, represented by lawyer John Smith" names no official of Hamas.
    """
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return
    types, persons = _types(idx)
    bodies = [m.key for m in [idx.mention(token.head)] if m is not None and types.get(m.key) in BODY_TYPES | {"state"}]
    titled = {m.key for m in idx.mentions if m.role == "person" and m.title and not m.affiliation}
    for _, o in prep_objects(token, {"by"}):
        for official in idx.actors(o, groups=False):
            for body in bodies:
                if official in titled and official in persons and body not in persons:
                    yield Affiliation("part_of", official, body, token)


def _as_part_of(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``member_of``/``part_of`` for "Belgium, as part of NATO, …" and
    "Portugal works as part of NATO": whoever acts as part of a named alliance is in it.

    Only an alliance named itself is a body here: "as part of the deal", "as part of NATO's
    mission" name an act, not the body.
    A numbered unit is a body too: "the 27th Squadron flew as part of the 48th Fighter Wing" (a unit or
    a person in it, not a state).
    """
    if token.dep_ != "pobj" or token.head.lower_ != "as":
        return
    governor = token.head.head
    if to_infinitive(governor):  # "hopes to fight as part of NATO": not yet
        return
    members = subjects(governor, idx) if governor.pos_ in ("VERB", "AUX") else idx.actors(governor, groups=False)
    types, persons = _types(idx)
    named = [idx.mention(o) for _, o in prep_objects(token, {"of"})]
    units = {m.key for m in named if _named_unit(m, token.doc, idx.lex)}
    for body in [m.key for m in named if m is not None]:
        if body in units:
            for member in members:
                if member != body and types.get(member) not in ("state", "alliance"):
                    yield Affiliation("part_of", member, body, token)
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
        c.dep_ in ("prep", "xcomp", "advcl") and not all(o.ent_type_ == "DATE" for o in children_of(c))
        for c in children_of(token)
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


def _allies_named(noun: Token, idx) -> list[str]:
    """Return who an ally noun names as the allies: its modifiers ("their Kurdish allies", "its
    Hezbollah allies"), a name in apposition ("its ally Syria"), the name it is in apposition to
    ("Syria, a close ally of Iran") or the subject it is said of ("Syria is Iran's ally")."""
    modifiers = [idx.mention(c) for c in noun.children if c.dep_ in ("compound", "amod", "appos", "nmod")]
    named = [m.key for m in modifiers if m is not None]
    if named:
        return named
    if noun.dep_ == "appos":
        return idx.actors(noun.head, groups=False)
    said_of = noun.head if noun.dep_ == "attr" else None
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "attr" and noun.head.head.lower_ == "one":
        said_of = noun.head.head.head  # "Pakistan is one of China's oldest allies"
    if said_of is not None and modality_of(said_of, idx.lex) in FACTUAL:
        return [k for s in children_with(said_of, {"nsubj"}) for k in idx.actors(s, groups=False)]
    return []


def _allies_of(noun: Token, idx) -> list[str]:
    """Return whose allies an ally noun names: its possessor ("Iran's allies"; "its"/"their" for
    the first conjunct of "X and its Y allies") or its "of" object ("an ally of Iran")."""
    owners = []
    for poss in children_with(noun, {"poss"}):
        if poss.lower_ in CONJUNCT_POSSESSIVES and noun.dep_ == "conj":
            owners += idx.actors(noun.head, groups=True)
        else:
            owners += [k for k in [idx.actor(poss)] if k]
    return owners + [k for _, o in prep_objects(noun, {"of"}) for k in idx.actors(o)]


def _ally_noun(noun: Token, idx) -> Iterator[Affiliation]:
    """Yield ``allies`` for "X and their Y allies", "X and its ally Y", "Y, an ally of X", "Y is X's ally".

    Only a named ally counts ("Iran's allies" names none), never a former one ("X's former ally").
    Allies named by their alliance ("the US and its NATO allies", "Turkey's allies in NATO") say
    the owner is a member of it.
    """
    if noun.pos_ not in ("NOUN", "PROPN") or actors.no_longer_held([*noun.lefts, noun]):
        return
    types = _types(idx)[0]
    named = _allies_named(noun, idx) + [
        m.key for _, o in prep_objects(noun, {"in"}) for m in [idx.mention(o)] if m and types.get(m.key) == "alliance"
    ]
    for owner in _allies_of(noun, idx):
        for ally in named:
            if ally == owner:
                continue
            if types.get(ally) != "alliance":
                yield Affiliation("allies", ally, owner, noun)
            elif types.get(owner) in ("state", "alliance"):
                yield Affiliation("member_of", owner, ally, noun)


def _allied_groups(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``allies`` for "X and allied Y militias": the allied group is an ally of the side it is
    coordinated with. The small model hangs "allied" on the noun or takes it for a verb
    ("the army and allied Hezbollah militias": "militias" its object); either way the group's
    owner is the ally, the first conjunct the other side.
    """
    if token.dep_ == "amod":
        noun, side = token.head, token.head.head if token.head.dep_ == "conj" else None
    elif token.dep_ == "conj" and token.pos_ == "VERB":
        noun, side = next(iter(children_with(token, {"dobj"})), None), token.head
    else:
        return
    if noun is None or side is None or side.pos_ not in ("NOUN", "PROPN"):
        return
    for ally in [m.key for c in noun.children if c != token for m in [idx.mention(c)] if m is not None]:
        for other in idx.actors(side):
            if other != ally:
                yield Affiliation("allies", ally, other, token)


def _side_act(token: Token, lex) -> tuple[Token, list[Token]] | None:
    """Return ``(verb, what it is done to)`` of a hostile act done by one side: a hostile verb with an object
    or an "against" target ("attacked the camps", "committed to defeating ISIS"), or the verb of a campaign
    noun object in the singular ("launched an offensive"), else None."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lex.hostile_purpose_verbs:
        done_to = children_with(token, {"dobj"}) + [o for _, o in prep_objects(token, AGAINST_PREPS)]
        return (token, done_to) if done_to else None
    if lemma in lex.campaign_nouns and token.dep_ == "dobj" and token.tag_ == "NN" and token.head.pos_ == "VERB":
        return token.head, [token]
    return None


def _a_foe(targets: set[str], by_verb: bool) -> bool:
    """True when what a hostile act is done to makes it a fight on a foe: a hostile verb's named actors, none
    of them unarmed people ("attacked civilians" is no side's fight), or a campaign noun, named or not."""
    if not by_verb:
        return True
    known = actors.registry()
    groups = [known[k] for k in targets if known.get(k, {}).get("type") == "group"]
    return bool(targets) and all(g.get("sector") in actors.ARMED_SECTORS for g in groups)


def _common_side(token: Token, idx) -> Iterator[Affiliation]:
    """Yield ``allies`` for the coordinated doers of one hostile act: "Chad and Niger attacked Boko Haram
    camps", "A, B and C launched an offensive on the city", "A and B are committed to defeating ISIS".

    Those who fight one foe together are on one side. Only a fight: the doers or the foe bear arms
    (`actorgraph.campaigns.bears_arms`; "France and Germany attacked the proposal" is a quarrel). Not a
    fight between them ("attacked each other", "fought a war", "Chad and Niger attacked Chad" names a
    target among them), nor one on no named foe or on unarmed people ("X and Y attacked civilians": each
    may have), nor what is only intended ("plan to attack"); persons are no side of their own.
    """
    found = _side_act(token, idx.lex)
    if found is None:
        return
    verb, done_to = found
    if modality_of(verb, idx.lex) not in FACTUAL or any(
        t.lower_ in RECIPROCAL_WORDS or t.lemma_.lower() in idx.lex.conflict_nouns for o in done_to for t in o.subtree
    ):
        return  # "attacked each other", "fought a war": a fight between them
    persons = _types(idx)[1]
    sides = [k for k in dict.fromkeys(subjects(verb, idx)) if k not in persons]
    owners = [c for o in done_to for c in o.children if c.dep_ in OWNER_DEPS]  # "Boko Haram camps"
    targets = {k for o in done_to for k in idx.actors(o)} | {k for c in owners for k in [idx.actor(c)] if k}
    if len(sides) < 2 or targets & set(sides) or not _a_foe(targets, verb is token):
        return
    doers = children_with(verb, {"nsubj", "nsubjpass"})
    if not any(bears_arms(t, idx) for t in doers + done_to):
        return  # "France and Germany attacked the US proposal": a quarrel, no fight
    for i, one in enumerate(sides):
        for other in sides[i + 1 :]:
            yield Affiliation("allies", one, other, token)


def _holders(noun: Token, idx) -> list[str]:
    """Return who a predicative title is said of: "X became the head of Y", "X was elected leader of Y"
    (the subject), "Y named X as its leader" (the object of the naming verb)."""
    if noun.dep_ in ("attr", "oprd"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
    else:
        return []
    if modality_of(verb, idx.lex) not in FACTUAL:
        return []  # "X will become the head of Y"
    if children_with(verb, {"nsubjpass"}):
        deps = {"nsubjpass"}  # "X was elected leader of Y"
    elif noun.dep_ in ("attr", "oprd"):
        deps = {"nsubj"}  # "X became the head of Y"
    else:
        deps = {"dobj"}  # "Y named X as its leader"
    return [k for c in children_with(verb, deps) for k in idx.actors(c, groups=False)]


def _predicative_title(noun: Token, idx) -> Iterator[Affiliation]:
    """Yield ``leads``/``part_of`` for a title said of a named person: "X became the head of Y", "X is
    a member of Y", "X was elected leader of Y", "Y named X as its new leader", "X was an ISIL commander".

    The body is the title's "of"/"for" object, its possessor ("its" for the clause's subject) or a
    name before it; a head's title leads it, a member's, a deputy's or a membership word is part of it.
    """
    types, persons = _types(idx)
    holders = [k for k in _holders(noun, idx) if k in persons]
    if not holders:
        return
    words = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct")]
    found = actors.title_of(words, idx.by_token)
    former = actors.no_longer_held(words)
    if found is None and (noun.lower_ not in idx.lex.affiliate_nouns or former):
        return  # neither a title nor a membership word, or no longer held ("a former member")
    kinds = BODY_TYPES | {"state"} if found else BODY_TYPES  # a soldier or militant is no organ of a state
    owners = [o for _, o in prep_objects(noun, {"of", "for"})] + [t for t in words if t.dep_ in ("poss", "compound")]
    bodies = [k for o in owners for k in idx.actors(o, groups=False) if types.get(k) in kinds]
    relation = "leads" if found and found[1] and not actors.one_of_many(noun) else "part_of"
    for holder in holders:
        for body in bodies[:1]:
            if body not in persons:
                yield Affiliation(relation, holder, body, noun)


@functools.cache
def title_words() -> frozenset:
    """Return the last words of the titles and the membership words: the nouns `_predicative_title` reads.

    >>> {"minister", "leader", "spokesman", "fighter"} <= title_words()
    True
    """
    lex = load_lexicon()
    return frozenset(t.split()[-1] for t in lex.head_titles | lex.member_titles) | lex.affiliate_nouns


@functools.cache
def affiliation_lemmas() -> frozenset:
    """Return the lemmas `affiliation_events` looks at: what `actorgraph.relations` finds once per Doc.

    >>> {"lead", "include", "part", "member", "join"} <= affiliation_lemmas()
    True
    """
    lex = load_lexicon()
    return (
        lex.leadership_verbs
        | lex.join_verbs
        | COMPOSITION_VERBS
        | PART_NOUNS
        | MEMBER_NOUNS
        | ALLY_LEMMAS
        | EXAMPLE_WORDS
        | WITHIN_WORDS
        | REPRESENT_LEMMAS
        | ASSIGN_VERBS
        | frozenset(lex.unit_echelons)
        | lex.hostile_purpose_verbs
        | lex.campaign_nouns
    )


def affiliation_events(tokens, idx) -> Iterator[Affiliation]:
    """Yield the `Affiliation` records stated at `tokens` (a sentence's leadership and composition verbs).

    Only what the text asserts: "X will lead Y", "Y does not include A" state no affiliation.
    """
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.dep_ == "prep" and lemma in MEMBER_PREPS:
            yield from _within_alliance(token, idx) if lemma in WITHIN_WORDS else _member_examples(token, idx)
            continue
        if lemma in ALLY_LEMMAS:
            yield from _ally_noun(token, idx) if token.pos_ != "VERB" else _allied_groups(token, idx)
            continue
        if token.pos_ in ("VERB", "AUX"):
            if modality_of(token, idx.lex) not in FACTUAL:
                continue
            if lemma in idx.lex.leadership_verbs:
                yield from _leadership(token, idx)
            elif lemma in idx.lex.join_verbs:
                yield from _joined_group(token, idx)
            elif lemma in REPRESENT_LEMMAS:
                yield from _represented(token, idx)
            elif lemma in ASSIGN_VERBS:
                yield from _assigned(token, idx)
            elif lemma in idx.lex.hostile_purpose_verbs:
                yield from _common_side(token, idx)
            else:
                yield from _composition(token, idx)
            continue
        # a noun's list ("EU member states France and Germany") holds whatever its clause says
        if lemma in idx.lex.unit_echelons:
            yield from _unit_chain(token, idx)
        if lemma in idx.lex.campaign_nouns:
            yield from _common_side(token, idx)
        if lemma in PART_NOUNS:
            yield from _as_part_of(token, idx)
        if lemma in MEMBER_NOUNS:
            yield from _member_list(token, idx)
        if token.lower_ in title_words():
            yield from _predicative_title(token, idx)
