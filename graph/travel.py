"""Travel: visits the parse tells without a verb of visiting.

A pass of its own (like `actorgraph.gatherings.visiting_guests`), fed the sentence's tokens of
`travel_lemmas`: a traveller expected or due in a place is a visit to come ("Solana is expected
in Kiev"), one who stops in places visits each ("stopped in Peru and Chile"), and one who leaves
a place after talks or a visit there was there ("Chirac left Algeria after talks"). The
traveller is a person, an office or a delegation, never forces or things; the place's state
(a capital stands for its state) is the target. A journey to a state is a visit ("Xi flew to
Brasilia"). Forces that leave for a place or go to it are deployed there ("Kenyan troops left
Nairobi for Somalia"): their state deploys to the place's.
"""

from __future__ import annotations

import functools

from .arguments import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, children_with, prep_objects
from .constructions import place_state, region_state
from .lexicon import load_lexicon, noun_lemmas
from .patterns import PatternMatch
from .tokens import children_of

__all__ = ["handover", "travel_events", "travel_lemmas"]

#: Words of being awaited somewhere: "is expected in Kiev", "is due in Moscow".
AWAITED = frozenset({"expect", "due"})
#: Verbs of a stop on a journey: "stopped in Ecuador", "stopped over in Dubai".
STOPPING = frozenset({"stop"})
#: Verbs of leaving a place: "left Ivory Coast after talks".
LEAVING = frozenset({"leave"})
#: Verbs of a journey to a place: "flew to Brasilia", "travelled to Kenya", "went to Moscow".
JOURNEYS = frozenset({"travel", "fly", "go", "head", "journey"})
#: Nouns of what a traveller did in the place left: "after talks", "after a two-day visit".
STAY_NOUNS = frozenset({"talk", "visit", "trip", "meeting", "summit", "tour", "stay", "negotiation", "consultation"})
#: Prepositions that put a stay before the leaving: "left X after talks", "following a visit".
AFTER_PREPS = frozenset({"after", "following"})
#: Nouns for a group that travels for a side: "a Chinese delegation is expected in Seoul".
PARTY_NOUNS = frozenset({"delegation", "mission", "envoy", "emissary"})


@functools.cache
def travel_lemmas() -> frozenset:
    """Return the lemmas `travel_events` looks at: what `actorgraph.relations` finds once per Doc.

    >>> {"expect", "due", "stop", "leave", "travel"} <= travel_lemmas()
    True
    """
    return AWAITED | STOPPING | LEAVING | JOURNEYS | FLIGHTS | PREPARING | frozenset(HANDOVER_VERBS)


@functools.cache
def _traveller_nouns() -> frozenset:
    """Return the last words of titles and the party nouns: the nouns a traveller may be named by."""
    lex = load_lexicon()
    return frozenset(t.split()[-1] for t in lex.head_titles | lex.member_titles) | PARTY_NOUNS


#: A visit to come (CAMEO 042), told as hypothetical: the traveller is awaited.
AWAITED_VISIT = PatternMatch("", "042", "CONSULT", "visits", modality="hypothetical")


def _travellers(subjects, idx) -> list[str]:
    """Return the actors the `subjects` name that are persons, offices or delegations.

    A named person or a pronoun for one, or a noun of title or party ("the German chancellor",
    "a Chinese delegation"); not forces ("troops are expected in Kandahar") and not things.
    """
    keys = []
    lex = load_lexicon()
    for subject in subjects:
        lemmas = noun_lemmas(subject)
        if lemmas & lex.force_nouns:
            continue
        m = idx.mention(subject)
        person = m is not None and (m.role == "person" or m.type == "leader")
        if person or lemmas & _traveller_nouns() or subject.lower_ in ("he", "she"):
            keys += [k for k in idx.actors(subject) if k not in keys]
    return keys


def _places(tokens, idx) -> list[str]:
    """Return the states of the places `tokens` (and their coordinated tokens) name, a capital for its
    state, a place a state owns for the state ("Libya's eastern city of Benghazi")."""
    keys = []
    for token in tokens:
        for t in [token, *token.conjuncts]:
            found = idx.actors(t, groups=False, locative=True) or [_place_state(t, idx)]
            keys += [k for k in found if k and k not in keys]
    return keys


def _owning_state(token, idx) -> str | None:
    """Return the state that owns a place noun by a possessive ("Mali's northern town"), else None."""
    owners = [idx.mention(c) for c in children_with(token, {"poss"})]
    return next((m.key for m in owners if m is not None and m.type == "state"), None)


def _in_places(head, idx) -> list[str]:
    """Return the places of the "in" phrases of `head`: "expected in Kiev", "stopping in X and Y"."""
    return _places([o for _, o in prep_objects(head, {"in"})], idx)


#: A visit made (CAMEO 042), its modality told by its verb.
VISIT = PatternMatch("", "042", "CONSULT", "visits")


def _awaited(word, idx):
    """Return ``(travellers, places)`` for one awaited in a place: "Solana is expected in Kiev",
    "the German chancellor is due in Moscow next week", and in a headline "Chirac expected in
    Algiers", "as Putin due in Tokyo"; else None.

    Not "is expected to visit" (the visit's own trigger), "expected that …", nor "expects
    progress in Iraq" (an object).
    """
    if word.lemma_.lower() == "due":
        if word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN"):  # "as Putin due in Tokyo"
            return _travellers([word.head], idx), _in_places(word, idx)
        verb = word.head
        if word.dep_ != "acomp" or verb.lemma_.lower() != "be":
            return None
        heads = [word, verb]
    else:
        verb = word
        if word.pos_ != "VERB" or children_with(word, {"dobj"}):
            return None
        heads = [word]
    if any(c.dep_ in ("xcomp", "ccomp") for h in heads for c in children_of(h)):
        return None
    subjects = children_with(verb, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    return _travellers(subjects, idx), [k for h in heads for k in _in_places(h, idx)]


def _stopped(verb, idx):
    """Return ``(travellers, places)`` for a stop in places: "Powell stopped in Colombia on his tour",
    "she will be stopping in Peru and Chile" (each a visit), "stopped over in Dubai";
    else None. Not "stopped aid to" (an object) nor "fighting stopped in Gaza" (no traveller).
    """
    if verb.pos_ != "VERB" or children_with(verb, {"dobj"}):
        return None
    heads = [verb, *(c for c in children_of(verb) if c.lower_ == "over")]
    holder = verb
    while holder.dep_ == "xcomp" and not children_with(holder, SUBJECT_DEPS):  # "going to be stopping"
        holder = holder.head
    return _travellers(children_with(holder, SUBJECT_DEPS), idx), [k for h in heads for k in _in_places(h, idx)]


def _stay_before(verb) -> bool:
    """True when `verb` has an "after"/"following" phrase of a stay: "after talks", "after holding talks"."""
    for prep in children_with(verb, {"prep"}):
        if prep.lower_ not in AFTER_PREPS:
            continue
        for obj in children_with(prep, {"pobj", "pcomp"}):
            nouns = [obj] if obj.dep_ == "pobj" else children_with(obj, {"dobj"})  # "after holding talks"
            if any(n.lemma_.lower() in STAY_NOUNS for n in nouns):
                return True
    return False


def _left_after_stay(verb, idx):
    """Return ``(travellers, places)`` for a traveller leaving a place after talks or a visit there:
    "Chirac left Algeria after talks on Sunday"; else None. "He left Moscow for Beijing" says no stay.
    """
    if verb.pos_ != "VERB" or not _stay_before(verb):
        return None
    return _travellers(children_with(verb, SUBJECT_DEPS), idx), _places(children_with(verb, {"dobj"}), idx)


#: Forces sent to a place (CAMEO 15, exhibit force posture), as "deployed troops to" codes it.
DEPLOYED = PatternMatch("", "15", "MOBILIZE", "deploys")


def _forces_left_for(verb, idx):
    """Return ``(states, places)`` for forces leaving for a place: "a Kenyan battalion left Nairobi for
    Somalia", "Polish troops left for Iraq on Monday" (their states deploy there); else None.

    Only forces (`force_nouns`) and only a "for" phrase, of the verb or of the place left (the
    parser hangs it on "base" in "left their base for Iraq"): "the troops left Kabul" names no
    destination.
    """
    if verb.pos_ != "VERB":
        return None
    forces = [s for s in children_with(verb, SUBJECT_DEPS) if _forces(s)]
    heads = [verb, *children_with(verb, {"dobj"})]
    places = _places([o for h in heads for _, o in prep_objects(h, {"for"})], idx)
    if not forces or not places:
        return None
    return [k for s in forces for k in idx.actors(s)], places


#: Forces leaving a place (CAMEO 0874, retreat militarily).
WITHDREW = PatternMatch("", "0874", "RETREAT", "withdraws")


def _forces_left(verb, idx):
    """Return ``(states, places)`` for forces leaving a place: "the last Syrian troops left Lebanon",
    "Italian troops will leave Iraq next year" (their states withdraw from it); else None.

    Only forces, and only a state left by its name for no destination (`_forces_left_for` reads
    "left Kabul for Kandahar"): troops leaving a city may stay in its country ("left Kabul on
    patrol"), and leaving home ("Kenyan troops left Kenya") is no withdrawal.
    """
    if verb.pos_ != "VERB":
        return None
    forces = [s for s in children_with(verb, SUBJECT_DEPS) if _forces(s)]
    left = [t for o in children_with(verb, {"dobj"}) for t in [o, *o.conjuncts]]
    named = [m for m in map(idx.mention, left) if m is not None]
    places = [m.key for m in named if m.type == "state" and m.role != "capital"]
    if not forces or not places:
        return None
    return [k for s in forces for k in idx.actors(s)], places


#: Prepositions of where forces go: "flew to Kabul", "flew into Iraqi airspace", "flew over Lebanon".
ARRIVAL_PREPS = frozenset({"to", "into", "over"})
#: Verbs of a flight that crosses a place: "flew a drone over Lebanon", "sent a spy plane over its airspace".
FLIGHTS = frozenset({"fly", "send"})


def _journey_to(verb, idx):
    """Return ``(actors, states, match)`` for a journey to a state or its capital: a traveller's is a
    visit ("Xi flew to Brasilia", "the envoy will travel to Kenya"), forces' a deployment ("Dutch
    marines flew to Kabul", "Russian bombers flew into its airspace", a region for its state); else None. Not "went to war" nor "headed to the UN" (no state).
    """
    if verb.pos_ != "VERB":
        return None
    subjects = children_with(verb, SUBJECT_DEPS)
    forces = [s for s in subjects if _forces(s)]
    if forces:
        return [k for s in forces for k in idx.actors(s)], _states(verb, ARRIVAL_PREPS, idx), DEPLOYED
    return _travellers(subjects, idx), _states(verb, ARRIVAL_PREPS - {"over"}, idx), VISIT


def _states(verb, preps, idx) -> list[str]:
    """Return the states the `preps` phrases of `verb` (or of its object) name, places and regions for their states."""
    heads = [verb, *children_with(verb, {"dobj"})]
    places = [o for h in heads for _, o in prep_objects(h, preps)]
    return [k for t in places for c in [t, *t.conjuncts] for k in [_destination_state(c, idx)] if k]


def _flown_over(verb, idx):
    """Return ``(actors, states)`` for aircraft an actor flies or sends over a state or into its airspace:
    "Hezbollah flew a drone over northern Israel", "Syria sent a plane over Turkish airspace" (a show of
    force, CAMEO 15); else None.

    The actor is the subject, a state or group, never a person ("the president flew over the
    flooded region" is no deployment); the object is what flies, a thing, not forces ("sent troops
    to" is the lexicon's deployment).
    """
    objects = children_with(verb, {"dobj"})
    if verb.pos_ != "VERB" or not objects or any(_forces(o) or idx.actors(o) for o in objects):
        return None
    states = _states(verb, {"over"} if verb.lemma_.lower() == "send" else {"over", "into"}, idx)
    actors = []
    for subject in children_with(verb, SUBJECT_DEPS):
        m = idx.mention(subject)
        if subject.lower_ in ("he", "she") or (m is not None and (m.role == "person" or m.type == "leader")):
            continue
        actors += idx.actors(subject)
    return (actors, states) if actors and states else None


def _destination_state(token, idx) -> str | None:
    """Return the state a place word names (a state, its capital, a place in it), else None."""
    m = idx.mention(token)
    if m is not None:
        return m.key if m.type == "state" else None
    return _place_state(token, idx)


def _place_state(token, idx) -> str | None:
    """Return the state of a place word that names no actor: a gazetteer place, a place a state owns, a
    region of a state ("the western Sudanese region"), else None."""
    return place_state(token) or _owning_state(token, idx) or region_state(token, idx)


def _forces(subject) -> bool:
    """True when `subject` names forces: "troops", "a battalion of 400 soldiers" (the noun or its "of" object)."""
    force_nouns = load_lexicon().force_nouns
    nouns = [subject, *(o for p, o in prep_objects(subject, {"of"}) if p == "of")]
    return any(noun_lemmas(n) & force_nouns for n in nouns)


def _journey(word, idx):
    """Return ``(travellers, places, match)`` for the journey `word` tells, else None."""
    lemma = word.lemma_.lower()
    if lemma in FLIGHTS:
        found = _flown_over(word, idx)
        if found is not None or lemma not in JOURNEYS:
            return None if found is None else (*found, DEPLOYED)
    if lemma in JOURNEYS:
        return _journey_to(word, idx)
    if lemma in AWAITED:
        found, match = _awaited(word, idx), AWAITED_VISIT
    elif lemma in STOPPING:
        found, match = _stopped(word, idx), VISIT
    else:
        found, match = _left_after_stay(word, idx), VISIT
        if found is None:
            found, match = _forces_left_for(word, idx), DEPLOYED
        if found is None:
            found, match = _forces_left(word, idx), WITHDREW
    return None if found is None else (*found, match)


#: Verbs of making ready for a fight: "prepared for an assault on", "massed troops for an offensive against".
PREPARING = frozenset({"prepare", "mass", "gear", "ready", "mobilize", "mobilise"})
#: Prepositions of an attack noun's target: "an assault on Fallujah", "an offensive against the Taliban".
ATTACKED_PREPS = frozenset({"on", "against"})
#: Forces made ready for an attack on someone (CAMEO 15, exhibit force posture).
READIED = PatternMatch("", "15", "MOBILIZE", "deploys")


def _readied_for(verb, idx):
    """Return ``(actors, targets)`` for forces made ready for an attack: "U.S. and Iraqi forces prepared for
    an assault on rebels in Najaf", "Pakistan massed troops for an offensive against the Taliban" (the
    attack's target is the one they mobilise against); else None.

    The subject is forces, or an actor readying forces (the object); the attack a noun of the
    lexicon's attacks under "for" ("prepared for talks" is no mobilisation).
    """
    if verb.pos_ != "VERB":
        return None
    subjects = children_with(verb, SUBJECT_DEPS)
    movers = [s for s in subjects if _forces(s)] or (
        subjects if any(_forces(o) for o in children_with(verb, {"dobj"})) else []
    )
    attacks = [o for _, o in prep_objects(verb, {"for"}) if _attack_noun(o, idx)]
    targets = [k for a in attacks for _, o in prep_objects(a, ATTACKED_PREPS) for k in idx.inside(o)]
    actors = [k for s in movers for k in idx.actors(s)]
    return (actors, targets) if actors and targets else None


def _attack_noun(noun, idx) -> bool:
    """True when `noun` is an attack noun of the lexicon ("assault", "offensive", "attack")."""
    return any(e["relation"] == "attacks" for e in idx.lex.triggers.get((noun.lemma_.lower(), "NOUN"), ()))


#: Verbs of a hand-over with their particle: "took over security from", "handed over command to".
HANDOVER_VERBS = {"take": "over", "hand": "over", "turn": "over", "transfer": None}
#: What forces hand over: "security in Basra", "control of the province", "peacekeeping in Bosnia".
HANDOVER_NOUNS = frozenset(
    {
        "security",
        "control",
        "command",
        "peacekeeping",
        "responsibility",
        "duty",
        "mission",
        "operation",
        "authority",
        "patrol",
        "base",
        "position",
        "post",
    }
)
#: A force handing its mission over to another (CAMEO 087, de-escalate military engagement).
HANDED_OVER = PatternMatch("", "087", "RETREAT", "withdraws")


def handover(verb, idx):
    """Return ``(giver, taker, object)`` tokens of a hand-over of a military mission, else None.

    "A UN force took over peacekeeping in Liberia from West African troops" (the "from" side
    gives), "NATO handed over command in Kosovo to the EU" (the subject gives), "took over from
    NATO"; the object, when there is one, a mission (`HANDOVER_NOUNS`): "took over the town" is
    an occupation, "handed over the suspects to Turkey" an extradition; one side forces or an
    alliance (`_military`).
    """
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in HANDOVER_VERBS:
        return None
    particle = HANDOVER_VERBS[lemma]
    if particle and not any(c.lower_ == particle for c in children_with(verb, {"prt", "advmod", "prep"})):
        return None
    objects = children_with(verb, {"dobj"})
    if objects and not noun_lemmas(objects[0]) & HANDOVER_NOUNS or (not objects and lemma != "take"):
        return None
    heads = [verb, *objects]
    subject = next(iter(children_with(verb, SUBJECT_DEPS)), None)
    if lemma == "take":
        other = next((o for h in heads for _, o in prep_objects(h, {"from"})), None)
        giver, taker = other, subject
    else:
        other = next((o for h in heads for _, o in prep_objects(h, {"to"})), None)
        giver, taker = subject, other
    if giver is None or taker is None or not any(_military(t, idx) for t in (giver, taker)):
        return None
    return giver, taker, objects[0] if objects else None


def _military(token, idx) -> bool:
    """True when `token` names forces or an alliance: the sides of a military hand-over ("Hamas took
    over control of Gaza from Fatah" is a seizure of power, "Hu took over from Jiang" a succession)."""
    m = idx.mention(token)
    return _forces(token) or (m is not None and m.type == "alliance")


def _handover_events(verb, idx):
    """Yield ``(agent, target, match)`` for a hand-over: the giver withdraws in favour of the taker
    (CAMEO 087) and the taker deploys to the place of the mission ("peacekeeping in Bosnia")."""
    found = handover(verb, idx)
    if found is None:
        return
    giver, taker, mission = found
    givers, takers = idx.actors(giver), idx.actors(taker)
    for g in givers:
        for t in takers:
            yield g, t, HANDED_OVER
    heads = [verb] if mission is None else [verb, mission]
    places = _places([o for h in heads for _, o in prep_objects(h, {"in", "of"})], idx)
    for t in takers:
        for place in places:
            yield t, place, DEPLOYED


def travel_events(tokens, idx):
    """Yield ``(traveller, state, token, match)`` for the visits told at `tokens` (a sentence's `travel_lemmas`).

    The match codes the visit (CAMEO 042); one awaited is a visit to come (hypothetical); forces
    leaving for a place or going to it are a deployment (CAMEO 15); a force handing its mission
    over to another withdraws (CAMEO 087) and the other deploys (`handover`).
    """
    for word in tokens:
        if word.lemma_.lower() in PREPARING:
            found = _readied_for(word, idx)
            for agent, target in ((a, t) for a in found[0] for t in found[1]) if found else ():
                if agent != target:
                    yield agent, target, word, READIED
            continue
        if word.lemma_.lower() in HANDOVER_VERBS:
            for agent, target, match in _handover_events(word, idx):
                if agent != target:
                    yield agent, target, word, match
            continue
        found = _journey(word, idx)
        if found is None:
            continue
        travellers, places, match = found
        for traveller in travellers:
            for place in places:
                if traveller != place:
                    yield traveller, place, word, match
