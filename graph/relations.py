"""Find typed relations between actor mentions in a parsed article.

A trigger (a lexicon entry matched on a verb or an event noun) names a relation; the
relation's frame (in the registry, `actorgraph.vocab`) says which constructions
(`actorgraph.constructions`) find its agents and targets, in which order. `FRAMES` is that
table: adding a relation type is a registry entry with an existing frame, or a new row here.
"""

from __future__ import annotations

import bisect
import dataclasses

from . import constructions as cons
from . import cooperation, gatherings
from .actors import registry
from .affiliations import affiliation_events, affiliation_lemmas, title_words
from .arguments import (
    OBJECT_DEPS,
    PLURAL_PRONOUNS,
    PRONOUNS,
    SUBJECT_DEPS,
    ArgumentIndex,
    children_with,
    prep_objects,
)
from .campaigns import (
    armed_clash_events,
    armed_use_events,
    campaign_events,
    campaign_purpose_owners,
    coalition_purpose_events,
    eaten_object_targets,
    fight_lemmas,
    fire_received_events,
    fought_both_ways,
    held_place_targets,
    home_police_targets,
    hostile_act_events,
    included_victims,
    reciprocal,
    recoded_as_campaign,
    stance_events,
)
from .constructions import TARGET_PREPS, Found, noun_modifier_agents, subjects, theme_of
from .lexicon import load_lexicon, noun_lemmas
from .modality import location_of, modality_of, quantity_of, said_by_of
from .patterns import PatternMatch, code_threat, code_trigger, match_noun, two_way_verbs
from .patterns import trigger_lemmas as pattern_lemmas
from .records import Event
from .speech import (
    ATTRIBUTION_MARKS,
    appeals_for,
    conditional_refusals,
    defences,
    demand_clauses,
    headline_demands,
    incitements,
    refused_acceptances,
    reported_wrongs,
    speech_lemmas,
)
from .tokens import CONDITION_MARKS, children_of, parse_of, to_infinitive, tokens_with
from .travel import handover, travel_events, travel_lemmas

__all__ = ["Event", "Frame", "FRAMES", "find_events", "ArgumentIndex"]


@dataclasses.dataclass(frozen=True)
class Frame:
    """Which constructions read a relation's arguments, tried in order; the first that applies wins.

    Verb triggers take their agents from the subject (`constructions.subjects`), then from
    `verb_agents`, and their targets from `verb_targets`. Noun triggers take their agents from
    the noun's modifiers and "by" phrase, then from `noun_agents`; `noun_pairs` may give both
    sides at once ("talks between X and Y"); `noun_theme` names the theme when the "of" phrase
    does not.
    """

    verb_targets: tuple = ()
    verb_agents: tuple = ()
    noun_targets: tuple = ()
    noun_agents: tuple = (
        cons.from_phrase_agents,
        cons.verb_by_agents,
        cons.light_verb_subject,
        cons.coding_verb_subject,
        cons.adverbial_clause_agents,
        cons.clause_possessive_agents,
        cons.bare_in_agents,
    )
    noun_pairs: tuple = ()
    noun_theme: object = None


_NOUN_AGENTS = Frame.noun_agents
_ACTION_VERB_TARGETS = (
    cons.freed_from,
    cons.object_inside,
    cons.taken_from,
    cons.theme_makers,
    cons.verb_prep_targets,
)

#: The registry's argument frames (``frame`` in ``data/relations.jsonl``) and their constructions.
FRAMES = {
    "action": Frame(
        verb_targets=(
            cons.blamed_object_on,  # "blamed the explosion on Israel": not the explosion
            cooperation.joined_in,  # "joined Finland in condemning Russia": Russia, not Finland
            cooperation.stood_with,  # "stands with Kyiv", "stood shoulder to shoulder with Finland"
            cooperation.helped_to,  # "will help rebuild Haiti"
            cons.freed_from,
            cons.object_inside,
            cons.taken_from,
            cons.theme_makers,
            cons.complaint_targets,  # "complained to the UN that Iraq …": whom the clause names, not the UN
            cons.verb_prep_targets,
            cons.object_prep_targets,
            cons.infinitive_subject_targets,
            cons.earlier_act_owners,
            cons.verb_prep_owners,
            cons.participle_object_targets,
        ),
        # "its commitment to support Kyiv"; "issued a video from Hamas threatening …" (the sender)
        verb_agents=(cons.passive_means_agents, cons.purpose_owner, cons.participle_senders),
        noun_pairs=(cons.accompanied_pair,),
        noun_targets=(
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
            cons.conjunct_prep_targets,
            cons.noun_clause_targets,
            cons.answered_targets,
            cons.noun_prep_owners,
        ),
    ),
    # an intent: read as an act, and a noun of intent by the act its infinitive names ("expressed
    # willingness to meet Britain", "an offer to mediate between X and Y")
    "intent": Frame(
        verb_targets=(*_ACTION_VERB_TARGETS, cons.object_prep_targets, cons.infinitive_subject_targets),
        noun_targets=(
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
            cons.noun_act_targets,
        ),
    ),
    "assault": Frame(
        verb_targets=(
            held_place_targets,
            *_ACTION_VERB_TARGETS,
            included_victims,
            cons.object_prep_targets,
            eaten_object_targets,
            cons.aimed_demonym_targets,
            home_police_targets,
        ),
        verb_agents=(
            cons.means_agents,
            cons.purpose_owner,
            campaign_purpose_owners,
            cons.fighting_between,
            cons.responsibility_claimants,
        ),
        noun_pairs=(cons.conflict_between,),
        noun_agents=(
            cons.helped_in_agents,
            cons.under_attack_agents,
            cons.at_war_agents,
            cons.responsibility_claimants,
            *_NOUN_AGENTS,
        ),
        noun_targets=(
            cons.under_attack_targets,
            cons.noun_prep_targets(TARGET_PREPS),
            cons.light_verb_prep_targets(TARGET_PREPS - {"of"}),
            cons.subject_verb_targets,
            cons.aimed_demonym_targets,
        ),
    ),
    # "rejected the Greek proposal": whoever made the proposal is the one rejected
    "rejection": Frame(
        verb_targets=(
            cons.object_owner,
            *_ACTION_VERB_TARGETS,
            cons.object_prep_targets,
            cons.earlier_act_owners,
            cons.verb_prep_owners,
        ),
        noun_targets=(
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
            cons.noun_prep_owners,
        ),
    ),
    "claim": Frame(
        verb_targets=(cooperation.joined_in, *_ACTION_VERB_TARGETS, cons.complement_targets),
        noun_targets=(
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
        ),
    ),
    # "threatened to attack Israel", "warned that it would cut ties with Serbia", "… unless Britain withdrew"
    # whom the threat presses first: the subject of its "unless"/"if" condition
    "threat": Frame(
        verb_targets=(
            cons.condition_targets,
            cons.object_inside,
            cons.theme_makers,
            cons.verb_prep_targets,
            cons.complement_act_targets,
            cons.freed_from,
            cons.taken_from,
            cons.object_prep_targets,
            cons.participle_object_targets,
        ),
        verb_agents=(cons.participle_senders,),
        noun_targets=(
            cons.condition_targets,
            cons.noun_act_targets,
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
        ),
    ),
    # "demanded that Eritrea withdraw": the one who is to act is the target
    "directive": Frame(
        verb_targets=(cooperation.joined_in, *_ACTION_VERB_TARGETS, cons.complement_targets),
        noun_targets=(
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
        ),
    ),
    "partner": Frame(
        verb_targets=(
            cooperation.invested_in,
            cons.with_partners,
            cons.object_actors,
            cons.accepted_owner,
            cons.object_prep_targets,
            cons.handed_to,
        ),
        verb_agents=(cons.purpose_owner,),  # "Seoul's efforts to cooperate with Tokyo"
        noun_targets=(cooperation.exercised_with, cons.noun_partners),
        noun_agents=(
            *_NOUN_AGENTS,
            cons.gathered_at,
            gatherings.in_gathering_with,
            gatherings.reported_by_side,
            gatherings.participial_gathering,
        ),
        noun_pairs=(
            cons.between_pair,
            cons.of_participants,
            cons.convened_for,
            cons.hyphenated_pair,
            gatherings.bracketed_group,
            gatherings.their_gathering,
        ),
    ),
    "transfer": Frame(
        verb_targets=(cooperation.debt_owners, cons.recipients, cons.provided_with),
        verb_agents=(cons.purpose_owner,),  # "Japan's pledge to supply fuel to Kyiv"
        noun_pairs=(cons.accompanied_pair,),
        noun_targets=(cons.noun_recipients,),
        noun_agents=(*_NOUN_AGENTS, cons.theme_owner),
    ),
    "custody": Frame(
        verb_targets=(cons.object_inside, cons.people_of, cons.taken_from, cons.verb_prep_targets, cons.counted_people),
        verb_agents=(cons.responsibility_claimants,),
        noun_agents=(cons.responsibility_claimants, *_NOUN_AGENTS),
        noun_targets=(
            cons.noun_prep_targets(TARGET_PREPS - {"in"}),
            cons.light_verb_prep_targets(TARGET_PREPS - {"in", "of"}),
        ),
    ),
    # "visited Hanoi", "flew to Nairobi", "a visit to China": the place visited, its state the target
    "visit": Frame(
        verb_targets=(cons.visited, cons.verb_destinations),
        noun_targets=(gatherings.toured_places, cons.noun_destinations),
        noun_agents=(*_NOUN_AGENTS, gatherings.on_a_journey),
    ),
    "withdrawal": Frame(
        verb_targets=(cons.origins, cons.stationed_in, cons.verb_destinations),
        verb_agents=(cons.theme_owner,),
        noun_targets=(cons.origins, cons.noun_destinations),
        noun_agents=(*_NOUN_AGENTS, cons.theme_owner),
    ),
    "movement": Frame(
        verb_targets=(cons.verb_destinations, cons.entered_places, cons.stationed_in, cons.purpose_places),
        verb_agents=(cons.theme_owner,),
        noun_targets=(cons.noun_destinations, cons.purpose_places),
        noun_agents=(cons.theme_owner,),
        noun_theme=cons.force_compound,
    ),
}


def _first(constructions, token, theme, entry, idx) -> tuple[list[str], object]:
    """Return ``(keys, theme)`` of the first construction that applies (theme as given when none names one)."""
    for construction in constructions:
        found: Found | None = construction(token, theme, entry, idx)
        if found is not None:
            return list(found.keys), theme if found.theme is None else found.theme
    return [], theme


def _verb_arguments(verb, entry, idx, frame):
    """Return ``(agents, targets, theme)`` for a verb trigger."""
    theme, agents = theme_of(verb), subjects(verb, idx)
    if entry.get("motion"):
        theme, agents = cons.motion_subject(verb, idx)
    if not agents:
        agents, _ = _first(frame.verb_agents, verb, theme, entry, idx)
    targets, theme = _first(frame.verb_targets, verb, theme, entry, idx)
    return agents, targets, theme


def _noun_arguments(noun, entry, idx, frame):
    """Return ``(agents, targets, theme)`` for a nominal trigger ("Russia's invasion of Ukraine")."""
    agents = noun_modifier_agents(noun, idx)
    theme = next((o for _, o in prep_objects(noun, {"of"})), None)
    if frame.noun_theme is not None:
        theme = theme or frame.noun_theme(noun, idx)
    pair, _ = _first(frame.noun_pairs, noun, theme, entry, idx)
    if pair:
        return pair[:1], pair[1:], theme
    if not agents:
        agents, _ = _first(frame.noun_agents, noun, theme, entry, idx)
    targets, theme = _first(frame.noun_targets, noun, theme, entry, idx)
    return agents, targets, theme


def _object_class_ok(entry, theme, lex):
    """True when the trigger entry's object constraint holds: ``object`` names the word class
    (``forces``/``materiel``/``agreement``) its object must be in, ``unless_object`` one it must
    not be in ("the minister arrived" is a visit, "troops arrived" a deployment)."""
    wanted, unwanted = entry.get("object"), entry.get("unless_object")
    if unwanted:
        return theme is None or not _in_class(theme, unwanted, lex)
    return not wanted or (theme is not None and _in_class(theme, wanted, lex))


def _in_class(theme, wanted, lex) -> bool:
    """True when the noun `theme`, or a modifier of it, is in the lexicon word class `wanted`."""
    if wanted == "captives" and theme.ent_type_ == "PERSON":  # "captured Saddam Hussein"
        return True
    words = {
        "forces": lex.force_nouns,
        "materiel": lex.materiel_nouns,
        "agreement": lex.agreement_nouns,
        "captives": lex.captive_nouns,
    }[wanted]
    modifiers = [t.lemma_.lower() for t in children_of(theme) if t.dep_ in ("compound", "amod")]
    return (
        bool(noun_lemmas(theme) & words)
        or any(w in words for w in modifiers)
        or (wanted == "forces" and "military" in modifiers)
    )


#: Particles that are spellings of one another: "called upon Russia to" is "called on Russia to".
_PARTICLE_SPELLINGS = {"on": {"on", "upon"}}


def _particle_ok(token, entry):
    """True unless the trigger needs a particle it lacks: "called on Russia to" requests, "called it a lie" not."""
    wanted = entry.get("particle")
    spellings = _PARTICLE_SPELLINGS.get(wanted, {wanted})
    if not wanted:
        return True
    holders = cooperation.particle_holders(token)  # "stand shoulder to shoulder with": on the second "shoulder"
    return any(c.dep_ in ("prt", "prep") and c.lower_ in spellings for h in holders for c in children_of(h))


def _clause_ok(token, entry):
    """True unless the trigger needs someone else to act in its infinitive: "wanted Greece to withdraw"
    is a demand on Greece, "wants a partnership" is none (entry key ``clause``)."""
    if not entry.get("clause"):
        return True
    own = {s.i for s in children_with(token, SUBJECT_DEPS)}
    return any(
        subject.i not in own
        for clause in children_with(token, {"xcomp", "ccomp"}) + _late_infinitives(token)
        if to_infinitive(clause)
        for subject in children_with(clause, SUBJECT_DEPS) + children_with(token, {"dobj"})
    )


def _late_infinitives(verb) -> list:
    """Return the subjectless infinitives the small model reads as purpose clauses of `verb` after its
    object, when phrases stand between them: "invited ULFA in Assam and other groups in the North East
    to shun violence" is asked to shun it. Not an infinitive of meeting ("invited Sudan to Cairo to
    hold talks" stays an invitation to talks)."""
    objects = children_with(verb, {"dobj"})
    if not objects:
        return []
    return [
        c
        for c in children_with(verb, {"advcl"})
        if c.i > objects[0].right_edge.i + 1 and not children_with(c, SUBJECT_DEPS) and not _meeting_act(c)
    ]


def _meeting_act(verb) -> bool:
    """True when `verb`, or the event noun it takes, is a meeting (CONSULT): "to hold talks", "to meet"."""
    acts = [code_trigger(verb), *(match_noun(o) for o in children_with(verb, OBJECT_DEPS))]
    return any(a is not None and a.plover == "CONSULT" for a in acts)


def _constrained_object(token, entry):
    """Return the word a trigger's object constraint applies to.

    The subject of a motion verb ("troops are heading"), the object of another
    verb, the "of" phrase or compound of a noun ("dispatch of troops", "troop presence").
    An exclusion (``unless_object``) applies to the object, or to the subject of a verb with
    none ("the minister arrived"; "captured the commander" is no capture of a town).
    """
    if token.pos_ in ("VERB", "AUX"):
        theme = theme_of(token)
        moved = entry.get("motion") or (entry.get("unless_object") and theme is None)
        return cons.mover(token) if moved else theme
    return next((o for _, o in prep_objects(token, {"of"})), None) or next(
        (c for c in children_of(token) if c.dep_ == "compound"), None
    )


#: A gathering of more sides than this is a conference, not a meeting of every pair of them.
MAX_GATHERING = 6


def _pairs(agents, targets, symmetric, gathering=False):
    """Yield (agent, target) pairs.

    Coordinated agents of a symmetric event pair with each other when there is no target
    ("Chile and Peru agreed"). A `gathering` (a summit, talks, a meeting: one occasion of all
    its sides) pairs every two of its sides ("a summit with Sudan, Egypt and Chad", "Peru met
    with Chile and Bolivia"), up to `MAX_GATHERING` sides; "visited Japan, China and Korea" is
    three events.
    """
    for a in agents:
        for t in targets:
            if a != t:
                yield a, t
    if symmetric and (gathering or not targets):
        sides = list(dict.fromkeys([*agents, *targets] if gathering else agents))
        if len(sides) > MAX_GATHERING:
            return
        for i, a in enumerate(sides):
            for t in sides[i + 1 :]:
                if (a in agents and t in agents) or (a in targets and t in targets):
                    yield a, t


def _joins_an_action(verb, lex):
    """True for "joined the EU in imposing sanctions": joining others in an act, not as a member."""
    for prep in children_with(verb, {"prep"}):
        if prep.lower_ != "in":
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pcomp" or obj.tag_ == "VBG" or (obj.lemma_.lower(), "NOUN") in lex.triggers:
                return True
    return False


#: Modals that turn reported speech into a demand: "Kenya said Uganda must hand over the rebels".
DEMAND_MODALS = frozenset({"must", "should"})


def _reported_demands(tokens, idx):
    """Yield ``(speaker, addressee, verb)`` for "X said Y must/should …" at `tokens` (a sentence's report verbs).

    What a speaker says another must do is a request to them (CAMEO 10), whatever the verb
    of the complement; the complement's own event, if any, is found by its trigger. So is what
    a speaker tells another to do ("Putin told Georgia to pull back its troops", `_told_to`).
    """
    for verb in tokens:
        if verb.pos_ != "VERB":
            continue
        yield from _told_to(verb, idx)
        for clause in children_with(verb, {"ccomp"}):
            if not any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in children_of(clause)):
                continue
            addressees = cons.own_subjects(clause, idx)
            for speaker in subjects(verb, idx):
                for addressee in addressees:
                    if speaker != addressee:
                        yield speaker, addressee, verb


def _told_to(verb, idx):
    """Yield ``(speaker, addressee, verb)`` for "X told Y to V": a verb of saying with an object and an
    infinitive, which no trigger of its own reads ("warned Y to" is a warning)."""
    if (verb.lemma_.lower(), "VERB") in idx.lex.triggers:
        return
    objects = children_with(verb, {"dobj"})
    if not objects or not any(to_infinitive(c) and c.i > objects[0].i for c in children_with(verb, {"xcomp"})):
        return
    addressees = [k for o in objects for k in idx.actors(o)]
    for speaker in subjects(verb, idx):
        for addressee in addressees:
            if speaker != addressee:
                yield speaker, addressee, verb


#: Words that make an act a joint one: "fight alongside US forces", "work together with Poland",
#: "joint patrols with Singapore", "jointly with".
JOINT_WORDS = frozenset({"alongside", "together", "joint", "jointly"})


def _joint_sides(word, idx) -> tuple[object, list[str], list[str]] | None:
    """Return ``(act, agents, partners)`` for a joint-act word, else None (see `_joint_acts`)."""
    if word.lower_ == "alongside" and word.dep_ == "prep":
        act, partners = word.head, [k for o in children_with(word, {"pobj"}) for k in idx.actors(o)]
    elif word.lower_ in ("together", "jointly") and word.dep_ == "advmod":
        act = word.head.head if word.head.lower_ == "with" else word.head  # "work together with"
        partners = [k for _, o in prep_objects(act, {"with"}) for k in idx.actors(o)]
        if not partners and (act.pos_ != "VERB" or word.i < act.i):  # "Iraq and Iran together accounted"
            return None  # only "India and Russia must work together" names a joint act without a partner
    elif word.lower_ == "joint" and word.dep_ == "amod":
        noun = word.head
        act = noun.head if noun.dep_ in OBJECT_DEPS else noun  # "began joint patrols with Singapore"
        partners = [k for t in {noun, act} for _, o in prep_objects(t, {"with"}) for k in idx.actors(o)]
    else:
        return None
    if act.pos_ in ("VERB", "AUX"):
        agents = subjects(act, idx)
    else:
        agents = noun_modifier_agents(act, idx)
    return act, agents, partners


def _joint_acts(tokens, idx):
    """Yield ``(agent, partner, act)`` for acts done jointly at `tokens` (a sentence's `JOINT_WORDS`).

    Who fights alongside, works together with or patrols jointly with another cooperates with them
    (CAMEO 06), whatever the act: "British troops will fight alongside US forces". Co-agents of a
    joint noun with no partner named cooperate with each other ("Chile and Peru began joint patrols").
    """
    for word in tokens:
        found = _joint_sides(word, idx)
        if found is None:
            continue
        act, agents, partners = found
        if partners or word.lower_ != "alongside":  # a joint noun or "V together" pairs its co-agents
            for a, t in _pairs(agents, partners, True, gathering=True):
                yield a, t, act


#: The code of forces placed under another's command: military cooperation.
MILITARY_COOPERATION = PatternMatch("", "062", "COOPERATE", "cooperates")
#: Nouns of command that forces are placed under ("under US command", "under NATO control").
COMMAND_NOUNS = frozenset({"command", "control"})


def _placed_under(tokens, idx):
    """Yield ``(owner, commander, noun)`` for forces placed under another's command (CAMEO 062).

    "will place its soldiers in Helmand under British command", "troops serving under NATO command", "allowed Polish
    troops to move … under US military command": the owner of the forces (a force noun that is the
    verb's object or subject, or the noun "under" hangs on) cooperates militarily with the one
    named on "command" or "control". A place under someone's control is no cooperation.
    """
    for noun in tokens:
        if noun.dep_ != "pobj" or noun.head.lower_ != "under":
            continue
        named = [idx.mention(c) for c in children_of(noun) if c.dep_ in ("amod", "compound", "poss", "nmod")]
        commanders = [m.key for m in named if m is not None and m.type in ("state", "alliance", "agency")]
        host = noun.head.head
        forces = [host] if host.pos_ == "NOUN" else children_with(host, OBJECT_DEPS | SUBJECT_DEPS)
        if host.dep_ == "xcomp":  # "allowed British troops to move … under US command"
            forces += children_with(host.head, OBJECT_DEPS)
        forces = [f for f in forces if not noun_lemmas(f).isdisjoint(idx.lex.force_nouns)]
        for owner in [k for f in forces for k in idx.actors(f)]:
            for commander in commanders:
                yield owner, commander, noun


def _memberships(tokens, idx):
    """Yield ``(member, alliance, token)`` for membership stated at `tokens` (a sentence's member and join words).

    "Finland joined NATO", "Turkey is a member of NATO", "Hungary, a member of the EU",
    "NATO member Turkey", "Sweden became a NATO member". The member must be a state or an
    alliance and the other side an alliance, so "US ally Israel" is no membership.
    """
    lex = idx.lex
    kinds = registry()

    def alliances(tokens):
        return [m.key for t in tokens for m in [idx.mention(t)] if m is not None and m.type == "alliance"]

    def members(keys):
        return [k for k in keys if kinds.get(k, {}).get("type") in ("state", "alliance")]

    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in lex.membership_nouns:
            groups = alliances(
                [o for _, o in prep_objects(token, {"of"})] + [c for c in children_of(token) if c.dep_ == "compound"]
            )
            if token.dep_ in OBJECT_DEPS:
                found = subjects(token.head, idx)
            elif token.dep_ in ("appos", "compound"):
                found = idx.actors(token.head)
            else:
                continue
        elif token.pos_ == "VERB" and lemma in lex.join_verbs and not _joins_an_action(token, lex):
            groups = alliances(
                [o for o in children_with(token, OBJECT_DEPS)] + [o for _, o in prep_objects(token, {"to"})]
            )
            # "Serbia wants to join": the wanting subject; "warned Georgia against joining": the object
            found = subjects(token, idx)
        else:
            continue
        for member in members(found):
            for group in groups:
                if member != group:
                    yield member, group, token


def _joins_an_alliance(token, idx) -> bool:
    """True for "Finland joined NATO": a membership (`_memberships`), not the meeting the patterns code
    for "join" ("joined Chile for talks")."""
    if token.lemma_.lower() not in idx.lex.join_verbs or _joins_an_action(token, idx.lex):
        return False
    objects = [*children_with(token, OBJECT_DEPS), *(o for _, o in prep_objects(token, {"to"}))]
    return any(m is not None and m.type == "alliance" for m in map(idx.mention, objects))


def _lexicon_entries(token, pos, lex):
    """Return the trigger lexicon's entries for `token` whose object and particle constraints hold."""
    return [
        e
        for e in lex.triggers.get((token.lemma_.lower(), pos), ())
        if _object_class_ok(e, _constrained_object(token, e), lex) and _particle_ok(token, e) and _clause_ok(token, e)
    ]


def _coded(entries, match: PatternMatch | None, verb: bool) -> list[tuple[dict, PatternMatch | None]]:
    """Return ``(entry, match)`` pairs: which relation a trigger stands for, and the pattern that codes it.

    The trigger lexicon is the project's own reading and the CAMEO patterns add to it:

    - an intent, threat or refusal recoding ("offered to mediate", "threatened to attack", "refused to release") wins;
    - a null pattern ("held a session") means no event;
    - an entry ``unless_coded`` reads only what the patterns do not code ("rejected the recommendation");
    - a lexicon entry of the pattern's relation takes the pattern's code;
    - a lexicon verb keeps its relation ("deployed soldiers", "sent troops"), and so does a lexicon
      noun bound to an object class or a phrase ("drills with France": no show of force), or against
      the noun's own code ("air strikes" attack, whatever "staged a strike" codes);
    - otherwise a noun under a verb the patterns code by that object takes the pattern's relation:
      the verb tells the noun apart ("lifted sanctions" eases, "imposed sanctions" sanctions).
    """
    if match is not None and match.cameo is None and match.specificity:
        return []
    if match is None or match.relation is None:
        return [(e, None) for e in entries]
    entries = [e for e in entries if not e.get("unless_coded")]  # "rejected the accusations": the patterns' 016
    same = [e for e in entries if e["relation"] == match.relation]
    recoded = match.mode in ("intent", "threat", "refusal", "forgo")
    own_noun = _own_noun(match)  # the noun's own code, not its verb's pattern
    # an entry bound to its own object class or phrase ("drills with France") is the more specific reading
    keep = (
        same or verb or own_noun or any(e.get("object") or e.get("particle") for e in entries) or not match.has_object
    )
    if not recoded and entries and keep:
        return [(e, match if e in same else None) for e in entries]
    base = same[0] if same else {}
    coded_by_verb = match.has_object and not match.pattern.startswith("noun:")  # the verb's object names the event
    return [({**base, "relation": match.relation, "coded_by_verb": coded_by_verb}, match)]


def _own_noun(match: PatternMatch) -> bool:
    """True when `match` is an event noun's own code ("noun:strike"), which a lexicon noun overrides."""
    return match.pattern.startswith("noun:")


def _carries_event_noun(verb, lex) -> bool:
    """True when a verb's object is an event noun ("imposed an embargo"): the noun is the event, the verb light."""
    for obj in children_with(verb, OBJECT_DEPS):
        if (obj.lemma_.lower(), "NOUN") in lex.triggers or (obj.pos_ == "NOUN" and match_noun(obj) is not None):
            return True
    return False


def _triggers(tokens, lex):
    """Yield ``(token, entry, match)`` for every trigger among `tokens`, with the CAMEO pattern coding it (or None).

    A verb known only to the patterns and coded by itself alone is left to its object when that
    is an event noun: "imposed an embargo on" is the embargo's event (163), not "impose" (170);
    and with a clause for complement it is a statement about that clause ("insisted that Iran
    halt"), which only the lexicon's own verbs of demand and claim turn into events, unless the
    verb lets or makes the clause's subject act (`LETTING_ROOTS`).
    """
    for token in tokens:
        pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN" if token.pos_ == "NOUN" else None
        if pos is None or token.dep_ in ("aux", "auxpass"):
            continue
        entries, coded = _lexicon_entries(token, pos, lex), code_trigger(token)
        if entries and _spoken_of(token, coded, lex):
            coded = None  # "condemned India's attack": the attack stays India's, the condemning is the verb's
        lexicon_act = coded is None or (coded.relation is None and not coded.specificity) or _own_noun(coded)
        if entries and lexicon_act:
            # "threatened to attack": the lexicon's act, threatened
            coded = code_threat(token, lex.info(entries[0]["relation"]).cameo) or coded
        if not entries and coded is not None and not coded.specificity and pos == "VERB":
            # "imposed an embargo": the noun's event; "insisted that Iran halt": a statement about a clause
            if _carries_event_noun(token, lex) or _about_a_clause(token, coded):
                continue
        for entry, match in _coded(entries, coded, pos == "VERB"):
            yield token, entry, match


#: CAMEO roots whose verbs act on the one they let, help or make act: "allowed Arafat to return" (08),
#: "helped Iraq to rebuild" (07), "forced Iran to release" (17), where the small model reads that one
#: as the infinitive's subject. Other verbs with an infinitive clause ("expects China to ease") speak of it.
LETTING_ROOTS = frozenset({"07", "08", "17"})


#: CAMEO root of disapproval, complaint and accusation: "complained that Iraq had violated the truce"
#: accuses whoever the clause names (`constructions.complaint_targets`), it is no statement about it.
COMPLAINT_ROOT = "11"


def _about_a_clause(verb, coded: PatternMatch) -> bool:
    """True when a verb coded by itself alone has a clause complement it only speaks of."""
    clauses = children_with(verb, {"ccomp"})
    letting = (coded.cameo or "")[:2] in LETTING_ROOTS
    if (coded.cameo or "")[:2] == COMPLAINT_ROOT and all(not to_infinitive(c) for c in clauses):
        return False
    return any(not (letting and to_infinitive(c)) for c in clauses)


def _spoken_of(noun, match: PatternMatch | None, lex) -> bool:
    """True when a lexicon noun is the object of a lexicon verb whose pattern codes the verb's own act.

    "Pakistan condemned India's attack on Y": CONDEMN * ATTACK codes the condemning (the verb's
    event), not the attack, which stays India's; "lifted sanctions" (no lexicon verb) recodes the
    noun, and so do threats and intents ("threatened attacks").
    """
    if match is None or match.relation is None or not match.has_object or _own_noun(match) or match.mode:
        return False
    verb = noun.head
    return noun.dep_ in OBJECT_DEPS and verb.pos_ == "VERB" and (verb.lemma_.lower(), "VERB") in lex.triggers


def _fought_with(token, idx) -> set[str]:
    """Return the actors a conflict is fought with: "a war with Israel", "clashed with Pakistani forces",
    "clashes between X and Y" (both).

    A war, clash or battle with someone is fought by both sides: each attacks the other.
    """
    if token.lemma_.lower() not in idx.lex.conflict_nouns:
        return set()
    heads = [token, token.head] if token.dep_ in OBJECT_DEPS else [token]  # "fought a war with Israel"
    found = {k for h in heads for _, o in prep_objects(h, {"with"}) for k in idx.actors(o)}
    between = cons.conflict_between(token, None, {}, idx)
    return found | set(between.keys if between else ())


def _two_way(token, entry, match, idx, targets) -> bool:
    """True when a fight is fought by both sides, each attacking the other.

    A pattern coding it both ways ("exchanged fire with Y", PETRARCH's ``[193:193]``), or, with no
    target named, co-agents at war, or of a conflict verb the patterns code so ("India and Pakistan
    clashed"; not "fought"), or a fight verb whose sides fight each other
    (`actorgraph.campaigns.fought_both_ways`: "troops fought the rebels").
    Only for a relation of the ``assault`` frame: other one-way relations keep their direction.
    """
    if idx.lex.info(entry["relation"]).frame != "assault":
        return False
    if match is not None and match.symmetric:
        return True
    if not targets and cons.at_war(token, idx):  # "Armenia and Azerbaijan are at war"
        return True
    lemma = token.lemma_.lower()
    conflict = token.pos_ == "VERB" and lemma in idx.lex.conflict_nouns
    if not targets and conflict and lemma in two_way_verbs(entry["relation"]):
        return True
    return (bool(targets) or reciprocal(token)) and fought_both_ways(token, idx)


def _conditions(doc) -> frozenset[int]:
    """Return the indices of the tokens inside an "if"/"unless" clause of `doc`: "… unless Tokyo
    withdraws its troops" states a condition of another act, not an event (the condition's subject
    may be a threat's target, see `actorgraph.constructions.condition_targets`)."""
    inside = set()
    for mark in tokens_with(doc, lowers=CONDITION_MARKS):
        if mark.dep_ == "mark" and mark.head.dep_ == "advcl":
            clause = mark.head
            inside.update(range(clause.left_edge.i, clause.right_edge.i + 1))
    return frozenset(inside)


def _trigger_events(tokens, idx, conditions=frozenset()):
    """Yield ``(relation, agent, target, trigger, theme, match)`` for the triggers among `tokens`
    but those in a condition clause (`conditions`, token indices: see `_conditions`)."""
    lex = idx.lex
    for token, entry, match in _triggers(tokens, lex):
        if match is not None and "lemma" not in entry and _joins_an_alliance(token, idx):
            continue
        if token.i in conditions or handover(token, idx) is not None:
            continue  # a hand-over of a mission ("took over security from") is the travel pass's
        info = lex.info(entry["relation"])
        if info.plover != "ASSAULT" and recoded_as_campaign(token, idx):
            continue  # "efforts to counter al Qaeda": the campaign's attack (actorgraph.campaigns), no criticism
        read = _verb_arguments if token.pos_ in ("VERB", "AUX") else _noun_arguments
        agents, targets, theme = read(token, entry, idx, FRAMES[info.frame])
        if read is _verb_arguments and match is not None and match.act and set(targets) <= set(agents):
            # an intent or refusal read as its act: "plans to withdraw its troops from Afghanistan" leaves it
            agents, targets, theme = read(token, entry, idx, FRAMES[lex.info(match.act).frame])
        if match is not None and match.reverse:
            agents, targets = targets, agents
        # Co-agents of a symmetric act pair with each other ("X and Y met") on a lexicon trigger only:
        # a pattern alone ("X and Y raised alarm over Z sending troops to join …") is not that sure.
        together = info.symmetric and "lemma" in entry
        # an agreement is mutual however its verb codes it: "Mexico and Canada reached a deal"
        together = together or (read is _noun_arguments and info.plover == "AGREE" and _mutual_noun(token, lex))
        # one occasion of all its sides: a consultation ("met with Y and Z"), or one deal, not "deals"
        gathering = info.plover == "CONSULT" or (read is _noun_arguments and token.tag_ != "NNS")
        mutual = _fought_with(token, idx)
        # "X and Y clashed", "exchanged fire with Y": each side attacks the other
        both = _two_way(token, entry, match, idx, targets)
        for a, t in _pairs(agents, targets, together or both, gathering):
            yield entry["relation"], a, t, token, theme, match
            if both or t in mutual:
                yield entry["relation"], t, a, token, theme, match


def _mutual_noun(token, lex) -> bool:
    """True for a noun of agreement ("deal", "accord", "treaty"): whoever reach one together agree with each other."""
    return token.lemma_.lower() in lex.agreement_nouns


def _told_by(token, match: PatternMatch | None):
    """Return the token whose modality an event takes: a threat's threatening verb, else the trigger."""
    return token if match is None or match.governor is None else token.doc[match.governor]


def _more_specific(code: str | None, than: str | None) -> bool:
    """True when CAMEO `code` says more than `than`: "138" than "130" or "13", "1312" than "131"."""

    def depth(c):
        return 0 if not c else len(c) - (c.endswith("0") and len(c) == 3)

    return depth(code) > depth(than)


#: The lemmas of the lexicon's triggers and the patterns' (`_trigger_words`), for the lexicon they were read from.
_TRIGGER_WORDS: list = [None, frozenset()]


def _trigger_words(lex) -> frozenset[str]:
    """Return the lemmas a trigger may have: the lexicon's and the CAMEO patterns' (their union, made once)."""
    if _TRIGGER_WORDS[0] is not lex:
        _TRIGGER_WORDS[:] = [lex, lex.trigger_lemmas | pattern_lemmas()]
    return _TRIGGER_WORDS[1]


class _Found:
    """Tokens of a Doc in text order, with their indices, to be taken sentence by sentence (`within`)."""

    def __init__(self, tokens):
        self.tokens, self.at = tokens, [t.i for t in tokens]

    def within(self, sent):
        """Return the tokens (in text order) that lie in `sent`, found by bisection: a Doc has hundreds."""
        first = bisect.bisect_left(self.at, sent.start)
        return self.tokens[first : bisect.bisect_left(self.at, sent.end, lo=first)]


def _may_hold_two(sent, idx) -> bool:
    """True when a sentence has words for two actors: mentions, places, or pronouns that may stand for one.

    Every event joins two different actors, each a mention in the sentence or the antecedent of a
    pronoun or reference noun (see `ArgumentIndex.antecedent` and `ArgumentIndex.reference`), so a sentence with fewer is not searched for
    triggers: most sentences of a news article name one actor or none.
    """
    keys, pronouns = set(), 0
    p, by_token, references = parse_of(sent.doc), idx.by_token, idx.lex.reference_nouns
    for i in range(sent.start, sent.end):
        m, place = by_token.get(i), p.places[i]  # a place stands for its state ("sent to Kursk")
        lower = p.lowers[i]
        if m is not None or place:
            keys.add(m.key if m is not None else place)
        elif lower in PLURAL_PRONOUNS or lower == "two":  # "they", "the two": a pair by itself
            return True
        elif lower in PRONOUNS or lower in references:  # "it", "the group"
            pronouns += 1
        if len(keys) + pronouns >= 2:
            return True
    return False


class _Events:
    """The Events of one Doc as they are found: one per relation, agent, target and sentence."""

    def __init__(self, idx, mentions=()):
        self.idx, self.lex, self.events, self.seen = idx, idx.lex, [], {}
        # whose organ or officer each actor is: an act of one on its own state is no event between actors
        self.home = {m.key: m.affiliation for m in mentions if m.affiliation and m.type in ("leader", "agency")}

    def add(self, relation, agent, target, token, theme=None, affiliation=False, match=None) -> None:
        """Add an event, or give one found by another trigger the more specific CAMEO code of the two."""
        sent = self.idx.sent(token)
        key = (relation, agent, target, sent.start)
        if agent == target or (not affiliation and self.home.get(agent) == target):
            return
        if key in self.seen:
            first = self.events[self.seen[key]]
            if match is not None and _more_specific(match.cameo, first.cameo):
                self.events[self.seen[key]] = dataclasses.replace(
                    first, cameo=match.cameo, plover=match.plover, pattern=match.pattern or None
                )
            return
        self.seen[key] = len(self.events)
        self.events.append(self._event(relation, agent, target, token, sent, theme, affiliation, match))

    def _event(self, relation, agent, target, token, sent, theme, affiliation, match) -> Event:
        idx, lex, info = self.idx, self.lex, self.lex.info(relation)
        return Event(
            relation=relation,
            agent=agent,
            target=target,
            trigger=token.text,
            start=sent.start_char,
            end=sent.end_char,
            # An office named in apposition is stated, not reported.
            modality="asserted"
            if affiliation
            else (match and match.modality) or modality_of(_told_by(token, match), lex),
            said_by=None if affiliation else said_by_of(token, idx, lex),
            quantity=quantity_of(theme) if theme is not None else None,
            location=None if affiliation else location_of(token, idx),
            cameo=match.cameo if match else info.cameo,
            plover=match.plover if match else info.plover,
            pattern=(match.pattern or None) if match else None,
        )


def _speech_act_events(told, idx):
    """Yield ``(relation, agent, target, token, match)`` for the speech acts of `actorgraph.speech` at
    `told` (a sentence's tokens of speech and attribution), in the order `find_events` adds them.

    They are told without a verb of accusing or demanding: "X says Y was behind the attack" accuses Y,
    "Iran must halt enrichment: Britain" demands; `match` is None where a reader codes no pattern.
    """
    for speaker, accused, token, match in reported_wrongs(told, idx):
        yield "accuses", speaker, accused, token, match
    for speaker, addressee, token, match in headline_demands(told, idx):
        yield "requests", speaker, addressee, token, match
    for agent, target, token, match in refused_acceptances(told, idx):
        yield "rejects", agent, target, token, match
    for agent, accuser, token in defences(told, idx):
        yield "denies", agent, accuser, token, None
    for agent, addressee, token in appeals_for(told, idx):
        yield "requests", agent, addressee, token, None
    for agent, addressee, token, relation in demand_clauses(told, idx):
        yield relation, agent, addressee, token, None
    for agent, target, token, match in incitements(told, idx):
        yield "threatens", agent, target, token, match
    for agent, addressee, token, match in conditional_refusals(told, idx):
        yield "rejects", agent, addressee, token, match


def _fight_events(fights, idx) -> list:
    """Return ``[(owner, target, token, match)]``, the attacks `actorgraph.campaigns` reads at `fights`
    (a sentence's tokens of campaigns, clashes, stances and hostile acts), all read before any is added."""
    return [
        *campaign_events(fights, idx),
        *armed_clash_events(fights, idx),
        *stance_events(fights, idx),
        *fire_received_events(fights, idx),
        *armed_use_events(fights, idx),
        *hostile_act_events(fights, idx),
        *coalition_purpose_events(fights, idx),
    ]


def find_events(doc, mentions, *, skip=()):
    """Return the Events of a parsed Doc.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    mentions : list of Mention
        From `actorgraph.actors.find_mentions`.
    skip : sequence of (start, end)
        Character ranges to ignore (boilerplate).

    Returns
    -------
    list of Event
        One per (agent, target, relation) and sentence. Affiliation events
        (``leads``, ``part_of``) come from titled persons and agency descriptions.
    """
    lex, idx = load_lexicon(), ArgumentIndex(doc, mentions)
    found = _Events(idx, mentions)
    add = found.add
    # Only the tokens whose lemma a rule looks for, found once per Doc.
    triggers = _Found(tokens_with(doc, lemmas=_trigger_words(lex)))
    joins = _Found(tokens_with(doc, lemmas=lex.membership_nouns | lex.join_verbs))
    speech = _Found(tokens_with(doc, lemmas=lex.report_verbs))
    wrongs = _Found(tokens_with(doc, lemmas=speech_lemmas(), lowers=ATTRIBUTION_MARKS))
    joint = _Found(tokens_with(doc, lowers=JOINT_WORDS))
    guests = _Found(tokens_with(doc, lowers=gatherings.VISITING_WORDS))
    trips = _Found(tokens_with(doc, lemmas=travel_lemmas()))
    command = _Found(tokens_with(doc, lemmas=COMMAND_NOUNS))
    campaigns = _Found(tokens_with(doc, lemmas=fight_lemmas()))
    affiliated = _Found(tokens_with(doc, lemmas=affiliation_lemmas(), lowers=title_words()))
    conditions = _conditions(doc)
    for sent in idx.sentences():
        if any(s <= sent.start_char < e for s, e in skip) or not _may_hold_two(sent, idx):
            continue
        for relation, a, t, token, theme, match in _trigger_events(triggers.within(sent), idx, conditions):
            add(relation, a, t, token, theme, match=match)
        for speaker, addressee, token in _reported_demands(speech.within(sent), idx):
            add("requests", speaker, addressee, token)
        for relation, a, t, token, match in _speech_act_events(wrongs.within(sent), idx):
            add(relation, a, t, token, match=match)
        for a, t, token in gatherings.visiting_guests(guests.within(sent), idx):
            add("visits", a, t, token)
        for a, t, token, match in travel_events(trips.within(sent), idx):
            add(match.relation, a, t, token, match=match)
        for a, t, token in _joint_acts(joint.within(sent), idx):
            add("cooperates", a, t, token)
        for a, t, token in _placed_under(command.within(sent), idx):
            add("cooperates", a, t, token, match=MILITARY_COOPERATION)
        for member, group, token in _memberships(joins.within(sent), idx):
            add("member_of", member, group, token)
        for owner, target, token, match in _fight_events(campaigns.within(sent), idx):
            add("attacks", owner, target, token, match=match)
        for link in affiliation_events(affiliated.within(sent), idx):
            add(link.relation, link.member, link.body, link.token, affiliation=True)
    for m in mentions:
        if m.affiliation and m.type in ("leader", "agency", "other") and m.role in ("person", "description"):
            relation = "leads" if m.heads_office else "part_of"
            add(relation, m.key, m.affiliation, doc[m.start], affiliation=True)
    return found.events
