"""Hostile campaigns named by nouns: whose campaign, effort or fight it is, and whom it is waged on.

"Egypt's campaign to defeat Islamic State", "Jordan continues its efforts to counter al Qaeda",
"Kenya stepped up its campaign against al-Shabaab", "the army launched an offensive to drive Hamas
out of Gaza": a noun of an undertaking (``campaign_nouns`` in ``data/words.json``, and CAMEO's
``&FIGHT`` class: struggle, battle, war …) whose purpose is a hostile verb (``hostile_purpose_verbs``)
or whose "against" phrase names an actor is its owner's attack on that actor. The owner is named on
the noun ("Egypt's", "Kenyan", "by Kenya"), or is the subject of the verb that carries it ("Jordan
continues its efforts"), or the one helped in it or taking part ("supported Iraq in its campaign");
a campaign with no owner is no event. A liberation of a place ("the campaign to liberate Mosul")
names no one attacked.

A campaign noun only reaches its "against" phrase as a fight when it is one: a noun of the
``&FIGHT`` class or of an attack, a campaign made military by its modifier ("a military campaign",
"an air campaign"), or one against an armed group; "Amnesty's campaign against China" is none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .actors import ARMED_SECTORS, HELD_PLACE_NOUNS, HOLDING_WORDS, agent_sector, registry
from .arguments import (
    OBJECT_DEPS,
    SUBJECT_DEPS,
    SUBJECTS_ALL,
    ArgumentIndex,
    children_with,
    noun_prep_objects,
    phrase_objects,
    prep_objects,
)
from .constructions import (
    LIGHT_VERBS,
    Found,
    clause_possessive_agents,
    demonym_agent,
    helped_in_agents,
    is_passive,
    is_weapon,
    noun_modifier_agents,
    own_subjects,
    subjects,
)
from .lexicon import load_lexicon, noun_lemmas
from .patterns import PatternMatch, class_heads, code_trigger, in_class, two_way_verbs
from .tokens import children_of, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    #: What each construction of this module yields: ``(agent, target, token, match)``.
    Fought = Iterator[tuple[str, str, Token, PatternMatch]]

__all__ = [
    "CAMPAIGN_ATTACK",
    "bears_arms",
    "campaign_lemmas",
    "clash_lemmas",
    "armed_clash_events",
    "STANCE_VERBS",
    "stance_events",
    "FIRE_NOUNS",
    "fire_received_events",
    "campaign_events",
    "campaign_owners",
    "campaign_purpose_owners",
    "eaten_object",
    "eaten_object_targets",
    "recoded_as_campaign",
    "fight_lemmas",
    "fought_both_ways",
    "armed_use_events",
    "hostile_act_events",
    "hostile_lemmas",
    "reciprocal",
    "held_place_targets",
    "coalition_purpose_events",
    "home_police_targets",
    "included_victims",
]

#: The code of a campaign whose hostile verb the patterns do not code as an attack: use of military force.
CAMPAIGN_ATTACK = PatternMatch("", "190", "ASSAULT", "attacks")
#: CAMEO actor-code roles of armed groups: rebels, international militarized groups, insurgents, radicals.
ARMED_CODE = re.compile(r"REB|IMG|INS|UAF|RAD")
#: Verbs whose passive subject takes part in what their "in" phrase names: "was involved in the offensive".
INVOLVING_VERBS = frozenset({"involve", "implicate"})
#: Nouns of a share in a campaign: "played a role in", "took part in".
PART_NOUNS = frozenset({"part", "role", "share"})
#: Nouns of a stretch of a campaign, and the prepositions that place an act in one: "on the second day of
#: the offensive", "in the first phase of the campaign", "during the third week of the war".
PHASE_NOUNS = frozenset({"day", "week", "month", "year", "phase", "stage", "start", "beginning", "height"})
PHASE_PREPS = frozenset({"in", "on", "during", "at"})
#: Modifiers that make a campaign a military one besides CAMEO's &MILITARY class ("an air campaign").
MILITARY_MODIFIERS = frozenset({"air", "aerial", "ground", "naval", "armed", "bombing", "counterinsurgency"})


@functools.cache
def campaign_lemmas() -> frozenset[str]:
    """Return the lemmas that may head a campaign: ``campaign_nouns`` and the &FIGHT class's one-word nouns.

    Examples
    --------
    >>> {"campaign", "effort", "struggle"} <= campaign_lemmas()
    True
    """
    return frozenset(load_lexicon().campaign_nouns) | class_heads("FIGHT")


def _is_fight(noun, idx) -> bool:
    """True for a noun that is a fight by itself: &FIGHT ("struggle", "war") or an attack noun ("offensive")."""
    return in_class(noun, "FIGHT") or _attack_noun(noun, idx)


def _military(noun) -> bool:
    """True for a campaign a modifier makes military: "a military campaign", "an air campaign", "bombing campaign"."""
    mods = [c for c in children_of(noun) if c.dep_ in ("amod", "compound")]
    return any(in_class(m, "MILITARY") or m.lemma_.lower() in MILITARY_MODIFIERS for m in mods)


def _armed(key: str) -> bool:
    """True for an armed group: a group of an armed sector, or a named group coded as armed or left uncoded
    (the overlay's groups: Islamic State, the SDF), not an NGO, party or company the dictionaries code."""
    record = registry().get(key)
    if record is None:
        return False
    if record["type"] == "group":
        return record.get("sector") in ARMED_SECTORS
    return record["type"] == "other" and (not record.get("cameo") or bool(ARMED_CODE.search(record["cameo"])))


def _carrier(noun, idx) -> bool:
    """True when `noun` is the object of a verb that carries an undertaking ("continues its efforts", "joined the fight")."""
    verb = noun.head
    return noun.dep_ in OBJECT_DEPS and verb.lemma_.lower() in (LIGHT_VERBS | idx.lex.campaign_verbs)


def campaign_owners(noun: Token, idx: ArgumentIndex) -> list[str]:
    """Return whose campaign `noun` is: the actors named on it, else the subject of its carrying verb, else
    the one helped in it or taking part in it ("supported Iraq in its fight", "took part in the war"), else []."""
    keys = noun_modifier_agents(noun, idx)
    if keys:
        return keys
    if _carrier(noun, idx) or _carried_passive(noun, idx):  # "the offensive was launched by Nigerian troops"
        return subjects(noun.head, idx)
    for construction in (helped_in_agents, clause_possessive_agents):
        found: Found | None = construction(noun, None, {}, idx)
        if found is not None:
            return list(found.keys)
    return _taking_part(noun, idx)


def campaign_purpose_owners(verb: Token, theme, entry, idx: ArgumentIndex) -> Found | None:
    """Whoever wages the campaign an infinitive is the purpose of acts: "advanced on the second day of an
    offensive to retake the port from Y", "supported Iraq in its campaign to recapture Mosul from Y"
    (`campaign_owners`); an assault frame's agents when the verb has no subject of its own. The small
    model takes some of these infinitives for relative clauses; a passive one ("a campaign for troops
    to be moved into Y") is not the owner's act."""
    noun = verb.head
    if verb.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN" or not to_infinitive(verb) or is_passive(verb):
        return None
    if noun.lemma_.lower() not in campaign_lemmas() and not _attack_noun(noun, idx):
        return None
    keys = campaign_owners(noun, idx)
    return Found(tuple(keys)) if keys else None


def _taking_part(noun, idx) -> list[str]:
    """Return who takes part in the campaign an "in" phrase names: the subject of the verb it hangs on
    ("took part in the war", "was implicated in the use of child bombers against Y", "Elsewhere in the campaign …, X began", "advanced on the second day of the
    offensive", "made gains on the third day of the offensive"), or of the verb whose object is a part,
    role or effort it hangs on ("had a central part in the campaign", "X, who lead the effort in the
    campaign"); not "no role"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in PHASE_NOUNS:
        phase = prep.head  # "advanced on the second day of the offensive": the phase is where the verb's subject acts
        prep, noun = phase.head, phase
        if noun.dep_ != "pobj" or prep.lower_ not in PHASE_PREPS:
            return []
        doer = prep.head.head if prep.head.pos_ == "NOUN" and prep.head.dep_ in OBJECT_DEPS else prep.head
        return subjects(doer, idx) if doer.pos_ in ("VERB", "AUX") else []  # the phrase may hang on the object
    elif noun.dep_ == "pobj" and prep.lower_ == "during":
        return _armed_doers(prep.head, idx)  # "forces committed abuses during operations against Y"
    elif noun.dep_ != "pobj" or prep.lower_ != "in":
        return []
    head = prep.head
    if head.pos_ == "NOUN" and head.dep_ in OBJECT_DEPS and head.lemma_.lower() in PART_NOUNS | campaign_lemmas():
        if any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(head)):
            return []
        return subjects(head.head, idx)
    verb = head.head if head.dep_ == "advmod" else head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    if verb.lemma_.lower() in INVOLVING_VERBS and is_passive(verb):  # "X was implicated in the use of Y against Z"
        return [k for s in children_with(verb, {"nsubjpass"}) for k in idx.actors(s)]
    return own_subjects(verb, idx)


def _armed_doers(verb, idx) -> list[str]:
    """Return the actors bearing arms (`bears_arms`, or named by a force noun: "security forces") among those who do `verb`, its subjects or those
    of the verbs it is the complement of ("forces were accused of committing abuses during …"):
    who acts during a campaign takes part in it when armed; "civilians fled during the offensive"."""
    token = verb
    for _ in range(4):
        # a passive's subject is attacked ("X was shelled during …") but does what it is accused of doing
        found = children_with(token, SUBJECT_DEPS if token is verb else SUBJECTS_ALL)
        if found:
            sides = [t for f in found for t in (f, *f.conjuncts)]
            armed = [t for t in sides if bears_arms(t, idx) or not noun_lemmas(t).isdisjoint(idx.lex.force_nouns)]
            return [k for t in armed for k in idx.actors(t)]
        if token.dep_ not in ("xcomp", "advcl", "conj", "pcomp", "prep") or token.head.i == token.i:
            return []
        token = token.head
    return []


def _hostile(verb, idx) -> bool:
    """True for a hostile verb ("defeat", "counter", "drive … out", "root out"): its lemma, or lemma and
    particle, is in ``hostile_purpose_verbs``."""
    lemma = verb.lemma_.lower()
    if lemma in idx.lex.hostile_purpose_verbs:
        return True
    particles = [c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "prep", "advmod")]
    return any(f"{lemma} {p}" in idx.lex.hostile_purpose_verbs for p in particles)


def eaten_object(verb: Token) -> Token | None:
    """Return the object the small model hangs elsewhere as a subject, else None.

    In "Egypt's campaign to defeat Islamic State is succeeding" the parser makes "Islamic State" the
    subject of "succeeding", which it takes for the complement of "defeat" (or of the sentence's verb
    beside "campaign"): a transitive verb with no object followed at once by a subject whose own verb
    already has one ("campaign … is working") or hangs under the verb itself.
    """
    if children_with(verb, OBJECT_DEPS):
        return None
    after = max([verb.i, *(c.i for c in children_of(verb) if c.dep_ in ("prt", "cc", "conj") and c.i > verb.i)]) + 1
    clauses = children_with(verb, {"ccomp"})
    noun = verb.head
    if verb.dep_ in ("acl", "relcl") and noun.dep_ in SUBJECT_DEPS:
        clauses.append(noun.head)
    for clause in clauses:
        for subject in children_with(clause, SUBJECT_DEPS):
            if subject.left_edge.i == after and subject.pos_ in ("PROPN", "NOUN"):
                return subject
    return None


def eaten_object_targets(verb, theme, entry, idx) -> Found | None:
    """The target of an infinitive whose object the parser took for the next verb's subject (`eaten_object`)."""
    obj = eaten_object(verb) if to_infinitive(verb) else None
    keys = idx.actors(obj) if obj is not None else []
    return Found(tuple(keys), None) if keys else None


def _carried_passive(noun, idx) -> bool:
    """True when `noun` is the passive subject of a verb that carries an undertaking ("the offensive was
    launched by X", "an operation was carried out by X"): the verb's "by" phrase names its owner."""
    verb = noun.head
    return noun.dep_ == "nsubjpass" and verb.lemma_.lower() in (LIGHT_VERBS | idx.lex.campaign_verbs)


def _purposes(noun, idx) -> list:
    """Return the infinitives that state a campaign's purpose: its own ("an offensive to retake X"), and
    those the parser hangs on the participle or passive verb that carries it ("an operation carried out
    by X to root out Y", "the offensive was launched by X to drive Y out")."""
    found = []
    for verb in children_with(noun, {"acl", "relcl"}):  # the small model takes some for relative clauses
        if to_infinitive(verb):
            found.append(verb)
        elif verb.tag_ == "VBN":
            found += children_with(verb, {"advcl", "xcomp"})
    if _carried_passive(noun, idx):
        found += children_with(noun.head, {"advcl", "xcomp"})
    return [v for v in found if to_infinitive(v)]


def _purpose_targets(noun, idx) -> tuple[list[str], list]:
    """Return ``(targets, verbs)`` of a campaign's hostile infinitive ("to degrade and destroy ISIL"), else ``([], [])``."""
    for verb in _purposes(noun, idx):
        chain = [verb, *(c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
        hostile = [v for v in chain if _hostile(v, idx)]
        if not hostile:
            continue
        objects = [o for v in chain for o in children_with(v, {"dobj"})] or [eaten_object(v) for v in chain]
        keys = [k for o in objects if o is not None for k in idx.actors(o)]
        if keys:
            return keys, hostile
    return [], []


def _against_targets(noun, idx) -> list[str]:
    """Return the actors a campaign is waged on by its "against" phrase, when it is a fight (see the module)."""
    objects = [o for _, o in noun_prep_objects(noun, {"against"})]
    if _carrier(noun, idx):  # "accelerated operations against Y": the phrase the parser hangs on the verb
        objects += [o for _, o in prep_objects(noun.head, {"against"})]
    if _is_fight(noun, idx) or _military(noun):
        return [k for o in objects for k in idx.actors(o)]
    return _armed_targets(objects, idx)


#: Nouns of pressure, military when a force puts it on an armed side: "soldiers intensified their
#: pressure on the rebels".
PRESSURE_NOUNS = frozenset({"pressure"})


def _military_pressure(noun, idx) -> list[str]:
    """Return the armed sides a force carries pressure onto ("Malian soldiers intensified their pressure on Tuareg
    rebels", `_carrier`), else []: a government's or envoy's pressure is a demand, not a fight."""
    if not _carrier(noun, idx) or not any(_armed_side(t, idx) for t in _doers(noun.head)):
        return []
    objects = [o for _, o in [*noun_prep_objects(noun, {"on"}), *prep_objects(noun.head, {"on"})]]
    return _armed_targets(objects, idx)


def _campaign_targets(noun, idx) -> tuple[list[str], list]:
    """Return ``(targets, hostile verbs)`` of a campaign: its hostile infinitive's, else its "against"
    phrase's; of a force's pressure, the armed sides it is put on."""
    if noun.lemma_.lower() in PRESSURE_NOUNS:
        return _military_pressure(noun, idx), []
    targets, verbs = _purpose_targets(noun, idx)
    return (targets, verbs) if targets else (_against_targets(noun, idx), [])


def _code(verbs) -> PatternMatch:
    """Return the code of a campaign: its hostile verbs' own when the patterns code one as an attack, else 190."""
    for verb in verbs:
        coded = code_trigger(verb)
        if coded is not None and coded.plover == "ASSAULT" and not coded.mode:
            return coded
    return CAMPAIGN_ATTACK


def recoded_as_campaign(verb: Token, idx: ArgumentIndex) -> bool:
    """True for a trigger whose own reading a campaign replaces: a campaign noun that is a fight, the hostile infinitive of a campaign ("efforts
    to counter al Qaeda" is no criticism), or the verb carrying a campaign that is a fight ("launched a
    campaign against the PKK", "joined the fight against al-Shabaab": no criticism of, or cooperation
    with, the side fought), or arms used against someone ("used aircraft against Y" is no surveillance:
    `armed_use_events`), or a force's pressure on an armed side ("stepped up its pressure on the rebels" is
    no demand), or a force's hostile act ("pushed back the Taliban", `hostile_act_events`). The
    campaign's attack is `campaign_events`'."""
    lemmas = campaign_lemmas()
    if _used_against(verb, idx) or _force_act(verb, idx):
        return True
    if verb.pos_ == "NOUN":  # the campaign noun itself, coded by its verb ("LAUNCH * CAMPAIGN (AGAINST) [111]")
        return verb.lemma_.lower() in lemmas | PRESSURE_NOUNS and bool(_campaign_targets(verb, idx)[0])
    head = verb.head if verb.dep_ == "conj" else verb
    noun = head.head
    if head.dep_ in ("acl", "relcl") and noun.pos_ == "NOUN" and noun.lemma_.lower() in lemmas:
        return to_infinitive(head) and _hostile(head, idx)
    carried = lemmas | PRESSURE_NOUNS
    return any(
        o.pos_ == "NOUN" and o.lemma_.lower() in carried and _carrier(o, idx) and _campaign_targets(o, idx)[0]
        for o in children_with(verb, {"dobj"})
    )


def campaign_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(owner, target, noun, match)`` for the hostile campaigns at `tokens` (a sentence's campaign nouns)."""
    for noun in tokens:
        if noun.pos_ != "NOUN":
            continue
        targets, verbs = _campaign_targets(noun, idx)
        if not targets:
            continue
        yield from _attacks(campaign_owners(noun, idx), targets, noun, _code(verbs))


def _attacks(agents, targets, token, match: PatternMatch = CAMPAIGN_ATTACK) -> Fought:
    """Yield ``(agent, target, token, match)`` for each agent and each target other than it, agents in
    order: what each construction of this module yields once it has found its sides at `token`."""
    for agent in agents:
        for target in targets:
            if agent != target:
                yield agent, target, token, match


#: Sectors of a side that fights: the military and the armed non-state sectors.
FIGHTING_SECTORS = ARMED_SECTORS | {"MIL"}


@functools.cache
def clash_lemmas() -> frozenset[str]:
    """Return the conflict verbs the patterns code as fought by both sides ("clash", "battle").

    Examples
    --------
    >>> "clash" in clash_lemmas(), "meet" in clash_lemmas()
    (True, False)
    """
    return two_way_verbs("attacks") & load_lexicon().conflict_nouns


def bears_arms(token, idx) -> bool:
    """True when `token` names an armed side: a force or armed group noun, or an actor that is one
    (also what tells `actorgraph.affiliations` a common side in a fight from one in a quarrel)."""
    return _armed_side(token, idx) or any(_armed(k) for k in idx.actors(token))


def _armed_side(token, idx) -> bool:
    """True for a side named as bearing arms: a force or armed agent noun ("troops", "insurgents",
    "American forces"). An armed group by its name alone is not: "Hamas and Fatah clashed over the
    election" is a quarrel."""
    m = idx.mention(token)
    return agent_sector(token) in FIGHTING_SECTORS or (m is not None and m.sector in FIGHTING_SECTORS)


def armed_clash_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(side, other side, verb, match)`` both ways for "Rebels and Chadian troops clashed".

    CAMEO leaves a bare "clash" uncoded ("Britain and France clashed over the budget" is a quarrel)
    and codes it an attack when its subject is military (``&MILITARY *``): its own word list, with the
    head of the subject alone. Here any of the coordinated subjects may be the armed one, and an
    armed agent noun or armed actor counts as military. A "with" phrase is the patterns' own case.
    """
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in clash_lemmas():
            continue
        coded = code_trigger(verb)
        if coded is not None and coded.cameo is not None:
            continue  # the patterns code it ("clashed with Y", "troops clashed")
        sides = [t for s in children_with(verb, SUBJECT_DEPS) for t in (s, *s.conjuncts)]
        keys = subjects(verb, idx)
        if len(set(keys)) < 2 or not any(_armed_side(t, idx) for t in sides):
            continue
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if a != b:
                    yield a, b, verb, CAMPAIGN_ATTACK
                    yield b, a, verb, CAMPAIGN_ATTACK


#: Objects that make the subjects' act one on each other: "attacked each other", "fought one another".
RECIPROCAL_OBJECTS = frozenset({"other", "another"})
RECIPROCAL_DETERMINERS = frozenset({"each", "one"})


def _sides(verb) -> list:
    """Return the words naming the sides of a fight verb: its subjects, objects and "with"/"against"
    phrases, each with its coordinated words."""
    heads = children_with(verb, SUBJECT_DEPS | {"dobj"}) + [o for _, o in prep_objects(verb, {"with", "against"})]
    return [t for h in heads for t in (h, *h.conjuncts)]


def reciprocal(verb: Token) -> bool:
    """True for a verb whose object is "each other" or "one another": its subjects act on one another;
    not "injured four others"."""
    return any(
        o.lower_ in RECIPROCAL_OBJECTS and o.i > 0 and o.doc[o.i - 1].lower_ in RECIPROCAL_DETERMINERS
        for o in children_with(verb, {"dobj", "pobj"})
    )


def fought_both_ways(verb: Token, idx: ArgumentIndex) -> bool:
    """True for a conflict verb fought by both sides: "Ukrainian troops fought Russian forces", "Kurdish
    fighters battled Islamic State", "clashed with the PKK", "X and Y attacked each other".

    A fight, battle or clash (the lexicon's ``conflict_nouns`` as verbs) with someone named is each
    side's attack on the other when a side bears arms (`_armed_side`, `_armed`): "Britain fought the EU
    over fishing quotas" is a quarrel. Co-subjects fight each other only when the object says so ("X
    and Y fought each other", `reciprocal`): "X and Y fought" may be allies fighting a third, so the
    caller asks this only of a verb with a target or a reciprocal object.
    """
    if verb.pos_ != "VERB":
        return False
    if reciprocal(verb):
        return True
    if verb.lemma_.lower() not in idx.lex.conflict_nouns:
        return False
    return any(bears_arms(t, idx) for t in _sides(verb))


#: Verbs of arms put to use: "used drones against", "employing artillery against".
USE_VERBS = frozenset({"use", "employ"})


def _used_against(verb, idx) -> list[str]:
    """Return whom a use verb's arms are used against, else []: the "against" phrase on the verb or on
    any of its coordinated objects ("using jets, drones and artillery against Y"), when one is arms."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in USE_VERBS:
        return []
    used = [t for o in children_with(verb, {"dobj"}) for t in (o, *o.conjuncts)]
    if not any(is_weapon(t) for t in used):
        return []
    return [k for o in phrase_objects([verb, *used], {"against"}) for k in idx.inside(o, led=False)]


def armed_use_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(user, target, verb, match)`` for arms used against someone: "Kenya used drones against
    al-Shabaab", "jets conducted strikes using bombers and artillery against Y" (the subject of the
    verb the "using" clause hangs on).

    CAMEO reads using aircraft as surveillance (``&AIRCRAFT [090]``); used against someone, arms
    attack them (`recoded_as_campaign` drops the other reading).
    """
    for verb in tokens:
        targets = _used_against(verb, idx)
        if targets:
            yield from _attacks(_users(verb, idx), targets, verb)


def _users(verb, idx) -> list[str]:
    """Return who uses the arms: the use verb's own subject, else the subject of the verb carrying the
    attack its clause is part of ("forces conducted strikes, coordinated with Y, using jets against
    Z": the forces, not Y), else its shared subject unless it modifies a noun."""
    own = own_subjects(verb, idx)
    if own:
        return own
    head = verb
    for _ in range(6):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ == "VERB" and any(_attack_noun(o, idx) for o in children_with(head, {"dobj"})):
            return subjects(head, idx)
    return [] if verb.dep_ == "acl" else subjects(verb, idx)


def _attack_noun(noun, idx) -> bool:
    """True for a noun the lexicon reads as an attack ("strikes", "raids", "an offensive")."""
    entries = idx.lex.triggers.get((noun.lemma_.lower(), "NOUN"), ())
    return any(e["relation"] == "attacks" and not e.get("particle") for e in entries)


@functools.cache
def hostile_lemmas() -> frozenset[str]:
    """Return the lemmas of the hostile verbs (``hostile_purpose_verbs``, first words: "drive" of "drive out").

    Examples
    --------
    >>> {"dislodge", "drive", "root"} <= hostile_lemmas()
    True
    """
    return frozenset(v.split()[0] for v in load_lexicon().hostile_purpose_verbs)


def _doers(verb) -> list:
    """Return the words naming who does `verb`: its subjects, else those of the verb whose purpose or
    complement it is ("troops moved in to drive out Y"), each with its coordinated words."""
    token = verb
    for _ in range(3):
        found = children_with(token, SUBJECT_DEPS)
        if found:
            return [t for s in found for t in (s, *s.conjuncts)]
        if token.dep_ not in ("xcomp", "advcl", "conj"):
            return []
        token = token.head
    return []


def hostile_act_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(force, target, verb, match)`` for a force's hostile act: "Nigerian troops drove Boko
    Haram out of the forest", "Kenyan forces moved in to dislodge al-Shabaab".

    The hostile verbs the patterns leave uncoded (``hostile_purpose_verbs``: drive out, dislodge, root
    out …) attack their object when a side bearing arms does them (`_armed_side`, `_armed`):
    "voters ousted the government" is an election. A campaign's purpose is `campaign_events`'.
    """
    for verb in tokens:
        if not _force_act(verb, idx):
            continue
        objects = children_with(verb, {"dobj"}) or [o for o in [eaten_object(verb)] if o is not None]
        yield from _attacks(subjects(verb, idx), [k for o in objects for k in idx.inside(o, led=False)], verb)


def _force_act(verb, idx) -> bool:
    """True for a hostile verb done by a side bearing arms that the patterns do not code otherwise (see
    `hostile_act_events`): uncoded, or coded by its bare verb when a particle makes it hostile ("pushed
    back the Taliban" is no demand, as "push" alone is)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma, "VERB") in idx.lex.triggers or not _hostile(verb, idx):
        return False
    coded = code_trigger(verb)
    by_particle = lemma not in idx.lex.hostile_purpose_verbs
    if coded is not None and coded.cameo is not None and not (by_particle and not coded.specificity):
        return False
    if _campaign_purpose(verb):
        return False
    return any(bears_arms(t, idx) for t in _doers(verb))


def _campaign_purpose(verb) -> bool:
    """True for the infinitive of a campaign noun ("an offensive to drive out Y"): `campaign_events` reads it."""
    head = verb.head if verb.dep_ == "conj" else verb
    return head.dep_ in ("acl", "relcl") and head.head.lemma_.lower() in campaign_lemmas()


#: Verbs of a stance that is a fight: "took up arms against", "confronted", "united against".
STANCE_VERBS = frozenset({"take", "confront", "unite"})


def _armed_targets(tokens, idx) -> list[str]:
    """Return the actors of `tokens` that bear arms: armed groups (`_armed`) or armed sides (`_armed_side`)."""
    return [k for t in tokens for k in idx.actors(t) if _armed(k) or _armed_side(t, idx)]


def _stance_targets(verb, idx) -> list[str]:
    """Return whom a stance verb fights: anyone one takes up arms against; an armed group one
    confronts or unites against ("Nigeria confronts Boko Haram", not "the US confronted China")."""
    lemma = verb.lemma_.lower()
    against = phrase_objects([verb, *children_with(verb, {"dobj"})], {"against"})  # "took up arms against Y"
    if lemma == "take":
        took_arms = any(c.dep_ == "prt" and c.lower_ == "up" for c in children_of(verb)) and any(
            o.lower_ == "arms" for o in children_with(verb, {"dobj"})
        )
        return [k for o in against for k in idx.actors(o)] if took_arms else []
    if lemma == "confront":
        return _armed_targets(children_with(verb, {"dobj"}), idx)
    return _armed_targets(against, idx) if lemma == "unite" else []


def stance_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(agent, target, verb, match)`` for fights stated as a stance (`STANCE_VERBS`, `_stance_targets`).

    CAMEO leaves "confront" uncoded (a meeting as often as a fight) and has no line for taking up
    arms; against an armed group, confronting or uniting is fighting it.
    """
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in STANCE_VERBS:
            continue
        targets = _stance_targets(verb, idx)
        if targets:
            yield from _attacks(subjects(verb, idx), targets, verb)


#: Nouns of shots fired, and the verbs of those who are fired on: "received fire from", "took fire from",
#: "came under fire from".
FIRE_NOUNS = frozenset({"fire", "gunfire"})
RECEIVING_VERBS = frozenset({"receive", "take", "draw", "face"})
#: Sectors of those who may be fired on by others: the fighting sectors and the police.
SHOT_AT_SECTORS = FIGHTING_SECTORS | {"COP"}


def _fired_on(noun):
    """Return the verb whose subject receives the fire `noun`, else None ("received fire", "came under fire")."""
    verb = noun.head
    if noun.dep_ in OBJECT_DEPS and verb.lemma_.lower() in RECEIVING_VERBS:
        return verb
    if noun.dep_ == "pobj" and verb.lower_ == "under" and verb.head.pos_ in ("VERB", "AUX"):
        return verb.head
    return None


def fire_received_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(shooter, target, noun, match)`` for forces fired on: "Iraqi forces received heavy fire from
    ISIL fighters", "Kenyan troops came under fire from al-Shabaab".

    Only forces, armed sides or police are fired on here: "the minister came under fire from
    critics", "drew fire from Italy" are criticism.
    """
    for noun in tokens:
        verb = _fired_on(noun) if noun.pos_ == "NOUN" and noun.lemma_.lower() in FIRE_NOUNS else None
        if verb is None:
            continue
        holder = verb
        for _ in range(3):  # "continued to receive fire": the subject of the verb it is the complement of
            if children_with(holder, SUBJECT_DEPS) or holder.dep_ not in ("xcomp", "conj"):
                break
            holder = holder.head
        shot = [s for s in children_with(holder, SUBJECT_DEPS) if agent_sector(s) in SHOT_AT_SECTORS]
        targets = [k for s in shot for k in idx.actors(s)]
        froms = [*prep_objects(verb, {"from"}), *noun_prep_objects(noun, {"from"})]
        if targets:
            yield from _attacks([k for _, o in froms for k in idx.actors(o)], targets, noun)


@functools.cache
def fight_lemmas() -> frozenset[str]:
    """Return every lemma this module's constructions start from: campaign and pressure nouns, clash, stance,
    use and hostile verbs, fire.

    Examples
    --------
    >>> {"campaign", "clash", "confront", "fire"} <= fight_lemmas()
    True
    """
    lemmas = campaign_lemmas() | clash_lemmas() | STANCE_VERBS | FIRE_NOUNS | USE_VERBS | PRESSURE_NOUNS
    return lemmas | hostile_lemmas()


#: Nouns of what arms are aimed at in a place: "bombed targets in rebel-held Idlib", "shelled positions in …".
TARGET_NOUNS = frozenset({"target", "position"})


def _held_place(token) -> bool:
    """True for a place noun named by its holders: "a rebel stronghold", "rebel-held towns" (see
    `actorgraph.actors._held_place_mentions`, which makes the holders its mention)."""
    if token.pos_ != "NOUN":
        return False
    return token.lemma_.lower() in HELD_PLACE_NOUNS or any(
        c.dep_ == "amod" and c.lower_ in HOLDING_WORDS for c in children_of(token)
    )


def held_place_targets(verb: Token, theme, entry, idx: ArgumentIndex) -> Found | None:
    """The holders of the place an attack's object is: "shelled Aleppo, a rebel stronghold" (an
    apposition), "bombed targets in the Kurdish-held town of Qamishli", "pounded positions in
    rebel-held areas" (where targets or positions are). An attack on a stronghold is one on whoever
    holds it, not on the state the town lies in; only targets or positions stand for the holders
    there: "killed civilians in rebel-held towns" attacks the civilians, no one the graph has."""
    if theme is None:
        return None
    places = children_with(theme, {"appos"})
    if theme.lemma_.lower() in TARGET_NOUNS:  # the parser hangs the "in" phrase on either
        places += phrase_objects([theme, verb], {"in"})
    keys = [k for p in places if _held_place(p) for k in idx.actors(p)]
    return Found(tuple(keys)) if keys else None


#: Prepositions that list some of an attack's victims: "injured six people, including two soldiers".
INCLUDING_PREPS = frozenset({"including"})


def included_victims(verb: Token, theme, entry, idx: ArgumentIndex) -> Found | None:
    """Whom an attack's victims include: "injured six people, including two officers of the African
    Union mission", "killed eleven people, including three Pakistani policemen". The object names no
    actor itself ("people", "others"); the victims it lists do."""
    if theme is None:
        return None
    victims = [o for _, o in prep_objects(theme, INCLUDING_PREPS)]
    keys = [k for o in victims for k in idx.inside(o, led=False) or _demonyms_on(o, idx)]
    return Found(tuple(keys)) if keys else None


def _demonyms_on(noun, idx) -> list[str]:
    """Return the states demonyms on `noun` name: "three Pakistani policemen" (as on an object, see
    `actorgraph.constructions.theme_makers`)."""
    return [k for c in children_of(noun) for k in demonym_agent(c, idx)]


#: Nouns of a body of several sides that may be formed for a fight: "the coalition to defeat ISIL".
ALLIANCE_NOUNS = frozenset({"coalition", "alliance"})
#: Verbs of leading a body: "Kenya leads the regional coalition to defeat al-Shabaab" (its leader fights).
LEADING_VERBS = frozenset({"lead", "head", "spearhead", "command"})


def _coalition_of(infinitive):
    """Return the coalition noun (`ALLIANCE_NOUNS`) whose purpose `infinitive` states, else None: the noun
    it modifies ("the coalition to defeat ISIL"), or the object, or "part of" object, of the verb the
    parser hangs it on ("leads the coalition to defeat Y", "flies missions as part of the Saudi-led coalition to defeat Y")."""
    head = infinitive.head
    if infinitive.dep_ in ("acl", "relcl"):
        nouns = [head]
    elif infinitive.dep_ in ("xcomp", "advcl"):
        parts = [o for _, o in prep_objects(head, {"as", "in"}) if o.lemma_.lower() in PART_NOUNS]
        nouns = children_with(head, {"dobj"}) + [o for p in parts for _, o in prep_objects(p, {"of"})]
    else:
        return None
    return next((n for n in nouns if n.i < infinitive.i and n.lemma_.lower() in ALLIANCE_NOUNS), None)


def coalition_purpose_events(tokens: list[Token], idx: ArgumentIndex) -> Fought:
    """Yield ``(side, target, verb, match)`` for a coalition whose purpose is a hostile verb: "the Global
    Coalition to destroy Islamic State" (the coalition, when it is an actor), "Kenya leads the
    regional coalition to defeat al-Shabaab" (and who leads it). A coalition is formed for what its
    infinitive says, as a campaign is (`campaign_events`); "a coalition to rebuild Iraq" fights no one."""
    for verb in tokens:
        head = verb.head if verb.dep_ == "conj" else verb
        if verb.pos_ != "VERB" or not to_infinitive(head) or not _hostile(verb, idx):
            continue
        noun = _coalition_of(head)
        if noun is None:
            continue
        sides = idx.actors(noun)
        if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LEADING_VERBS:
            sides += subjects(noun.head, idx)
        objects = children_with(verb, {"dobj"}) or [o for o in [eaten_object(verb)] if o is not None]
        yield from _attacks(sides, [k for o in objects for k in idx.actors(o)], verb)


#: The sector of the police, whom an armed group attacks at home: "rebels attacked a police patrol".
POLICE_SECTOR = "COP"


def _police(noun) -> bool:
    """True for police named by no state: "the police", "a police patrol", "a police station"."""
    return agent_sector(noun) == POLICE_SECTOR or any(
        c.dep_ == "compound" and agent_sector(c) == POLICE_SECTOR for c in children_of(noun)
    )


def home_police_targets(verb: Token, theme, entry, idx: ArgumentIndex) -> Found | None:
    """The state whose police an armed group at home in it attacks: "Maoist rebels attacked a police
    station in western Nepal" (rebels the text places in Nepal, ``nepal-maoist-rebels``), "Islamist
    militants ambushed a police patrol". Police serve their own state; soldiers may be foreign
    ("insurgents attacked an army base" in an occupied country), so only the police count, and
    only for a group named by its sector (a named group's home is not read here): at home in the state
    the text names it by, else in the state the attack is placed in ("Kurdish rebels killed three
    policemen in eastern Turkey")."""
    if theme is None or theme.pos_ != "NOUN" or not _police(theme):
        return None
    groups = [m for s in children_with(verb, SUBJECT_DEPS) for m in [idx.mention(s)] if m is not None]
    groups = [m for m in groups if m.type == "group" and m.role == "sector" and m.sector in ARMED_SECTORS]
    if not groups:
        return None
    homes = [m.affiliation for m in groups if _is_state(m.affiliation)] or _states_in(verb, theme, idx)
    return Found(tuple(dict.fromkeys(homes))) if homes else None


def _is_state(key) -> bool:
    """True for the key of a state."""
    return registry().get(key or "", {}).get("type") == "state"


def _states_in(verb, theme, idx) -> list[str]:
    """Return the states an act or its object is placed in by a place name ("in eastern Turkey", "near Kabul")."""
    places = [t for o in phrase_objects([verb, theme], {"in", "near", "outside"}) for t in (o, *children_of(o))]
    return [m.key for t in places for m in [idx.mention(t)] if m is not None and m.type == "state"]
