"""Syntactic constructions: one short function each, from a trigger to the actors of its arguments.

A construction looks at the parse around a trigger token and answers with a `Found` (the actor
keys it points at, and the theme when it names another one) or None when it does not apply.
`actorgraph.relations` says which relation frame tries which constructions, in which order;
no construction knows a relation's name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .actors import agent_sector
from .arguments import (
    CLIMB_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    ArgumentIndex,
    children_with,
    noun_prep_objects,
    phrase_objects,
    prep_objects,
)
from .lexicon import noun_lemmas
from .patterns import bare_codes, code_trigger, in_class, match_noun
from .tokens import CONDITION_MARKS, children_of, to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

TARGET_PREPS = frozenset(
    {
        "to",
        "with",
        "against",
        "for",
        "on",
        "into",
        "over",
        "about",
        "at",
        "toward",
        "towards",
        "of",
        "between",
        "in",
        "upon",
    }
)
RECIPIENT_PREPS = frozenset({"to", "for"})
#: Verbs that take up someone's request or proposal in an agreement's infinitive ("agreed to meet a US request").
ACCEPTING_VERBS = frozenset({"meet", "accept", "grant", "honour", "honor", "fulfil", "fulfill", "answer", "heed"})
DESTINATION_PREPS = frozenset({"to", "into", "in", "toward", "towards"})
LIGHT_VERBS = frozenset(
    {
        "hold",
        "have",
        "sign",
        "launch",
        "conduct",
        "impose",
        "issue",
        "make",
        "raise",
        "sound",
        "express",
        "announce",
        "begin",
        "start",
        "deepen",
        "wage",
        "carry",
        "stage",
        "reach",
        "conclude",
        "finalise",
        "finalize",
        "strike",
        "give",
        "provide",
        "offer",
        "pledge",
        "extend",
        "deliver",
        "continue",
        "step",
        "seek",
        "lend",
        "voice",
        "mount",
        "fight",
        "lead",
        "pursue",
        "resume",
        "intensify",
        "escalate",
        "press",
        # carrying talks, deals and demands as well as fights
        "reopen",
        "restart",
        "renew",
        "approve",
        "ratify",
        "propose",
        "host",
        "attend",
        "accept",
        "complete",
        "seal",
        "broker",
        "arrange",
        "schedule",
        "plan",
        "agree",
        "call",
        "declare",
        "order",
        "threaten",
        "demand",
        "initiate",
        "cancel",
        "postpone",
        "suspend",
        "break",
        # keeping or hardening a measure: "tightened sanctions on", "enforced an embargo against"
        "tighten",
        "toughen",
        "reimpose",
        "enforce",
        "broaden",
        "widen",
    }
)
#: Possessives that stand for the subject of their clause ("Iraqi forces continued their offensive").
CLAUSE_POSSESSIVES = frozenset({"their", "its"})
CLAUSE_POSSESSIVE_PREPS = frozenset({"in", "with", "during", "amid"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
ADVERBIAL_PREPS = frozenset({"after", "during", "following", "before", "amid", "ahead"})


def is_passive(verb) -> bool:
    """True for a passive verb, or a passive participle modifying a noun ("troops sent to Russia") or
    set before its clause with its doer ("Backed by Iran, the Houthis …": `fronted_participle`)."""
    return (
        any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        or fronted_participle(verb)
        or headline_passive(verb)
    )


def headline_passive(verb: Token) -> bool:
    """True for a headline's passive without its auxiliary, which the small model parses as active:
    "Kenya praised by Uganda", "Envoy attacked by gunmen" (a subject, a "by" agent, no object, no auxiliary).

    Only a passive verb takes an agent, so the subject is the one acted on.
    """
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    deps = {c.dep_ for c in verb.children}
    return "agent" in deps and "nsubj" in deps and not deps & (OBJECT_DEPS | {"aux", "auxpass"})


def fronted_participle(verb) -> bool:
    """True for a passive participle with its doer and no subject of its own, set off from its clause
    ("Backed by Iran, the Houthis seized the port", "… entered the city, supported by US warplanes"):
    it is said of the clause's subject, not done by it. One after the clause needs its comma: the
    small model hangs a noun's participle there too ("moved into an area early Sunday controlled by
    militants")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and (verb.i < verb.head.i or verb.nbor(-1).text == ",")
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children)
    )


#: Verbs whose object is the means by which the subject acts in the infinitive: "used his speech to
#: urge China", "took the opportunity to warn Iran", "made an effort to reach Syria".
MEANS_VERBS = frozenset({"use", "take", "seize", "grasp", "make", "spend"})
#: Nouns of a message that speaks for its sender: "a statement from Beijing condemning …", "a video by
#: the group threatening …", "issued a communique rejecting …".
MESSAGE_NOUNS = frozenset(
    {"statement", "message", "letter", "video", "videotape", "tape", "audiotape", "recording", "communique"}
    | {"communiqué", "note", "declaration", "broadcast", "leaflet", "posting"}
)


def _participle_object(verb):
    """Return the noun a speech participle governs when the small model reads it as that noun's
    modifier ("a video from Hamas threatening attacks on Israel": "threatening" an amod of "attacks"),
    else None."""
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN" and verb.head.dep_ == "appos":
        return verb.head
    return None


def participle_senders(verb, theme, entry, idx) -> Found | None:
    """The sender of the message a misread speech participle stands in apposition to: "a video from
    Hamas threatening attacks on Israel" (see `_participle_object`)."""
    noun = _participle_object(verb)
    return None if noun is None else _found(message_senders(noun.head, idx))


def participle_object_targets(verb, theme, entry, idx) -> Found | None:
    """The targets on the noun a misread speech participle governs: "threatening attacks on Israel"."""
    noun = _participle_object(verb)
    if noun is None:
        return None
    return _found(_inside_all(prep_objects(noun, TARGET_PREPS - {"in", "of"}), idx))


def message_senders(noun, idx) -> list[str]:
    """Return who sends a message noun: its "from"/"by" phrase, its possessor or compound ("Iran's
    letter", "a Hamas statement"), else the subject of the verb it is the object of ("Hezbollah issued a
    statement"); [] for another noun. A message's participle ("a statement condemning X") is its sender's act.
    """
    if noun.lemma_.lower() not in MESSAGE_NOUNS:
        return []
    found = [k for _, o in prep_objects(noun, {"from", "by"}) for k in idx.actors(o)]
    found += [k for c in children_of(noun) if c.dep_ in ("poss", "compound", "amod") for k in idx.actors(c)]
    if not found and noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":
        found = [k for s in children_with(noun.head, SUBJECT_DEPS) for k in idx.actors(s)]
    return found


def _controller(xcomp):
    """Return the word that controls an infinitive complement other than its head's subject, else None.

    The object of "urged the AU to back", "asked Iran to halt" (object control), of "called on
    Iran to halt", and the passive subject of "France is set to sign", "Iran was asked to halt".
    """
    head = xcomp.head
    if head.lemma_.lower() in MEANS_VERBS:
        return None  # "used his speech to urge China": the subject urges
    found = next((c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass") and c.i < xcomp.i), None)
    if found is None:  # "called on Ghana and Togo to work together", "relied upon Iran to supply"; not a
        # fronted date ("On Monday, Kenya tried to seize …")
        found = next((o for p, o in prep_objects(head, {"on", "upon"}) if head.i < o.i < xcomp.i and p), None)
    return found


#: Prepositions whose gerund the governing verb's object does: "warned Georgia against joining",
#: "barred Iran from enriching", "pressed Syria into withdrawing", "blamed Iran for arming", "accused
#: Syria of sheltering". Not "after/by/before/while": "X attacked Y after warning Z" is X's warning.
OBJECT_CONTROL_PREPS = frozenset({"against", "from", "into", "for", "of", "over"})


def _prep_controller(prep):
    """Return the object of the verb that an object-control preposition hangs on, else None."""
    if prep.lower_ not in OBJECT_CONTROL_PREPS or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in children_of(prep.head) if c.dep_ in ("dobj", "nsubjpass") and c.i < prep.i), None)


def subjects(verb, idx):
    """Return the agent keys of a verb, climbing xcomp/conj/advcl chains for a shared subject.

    An infinitive's agent is its controller when the governing verb has an object or a passive
    subject (`_controller`): "the US urged the AU to back X" is the AU backing X.
    """
    token = verb
    for _ in range(4):
        if is_passive(token) and token.i == verb.i:
            agents = [k for _, p in prep_objects(token, {"by"}) for k in idx.actors(p)]
            return agents
        subjects = children_with(token, SUBJECT_DEPS)
        if subjects and token.dep_ == "relcl" and subjects[0].lower_ in RELATIVE_SUBJECTS:
            subjects = [relative_antecedent(token, idx)]  # "Hezbollah, which fought …"
        if subjects:
            return [k for s in subjects for k in idx.actors(s) or document_owner(s, idx)]
        day_subject = _day_subject(token, idx) or _appositive_subject(token, idx)
        if day_subject:
            return day_subject
        if token.dep_ == "acl" and token.tag_ == "VBG":
            return message_senders(token.head, idx) or idx.actors(token.head) or document_owner(token.head, idx)
        if token.dep_ in ("acl", "relcl") and token.head.dep_ == "ROOT" and to_infinitive(token):
            return idx.actors(token.head)  # a headline's "Italian premier to arrive in Brazil"
        if token.dep_ == "acl" and token.head.dep_ in OBJECT_DEPS and token.head.head.lemma_.lower() in MEANS_VERBS:
            token = token.head.head  # "took the opportunity to warn Israel": the taker warns
            continue
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            # "its policy of not supplying": the owner of the noun; "refrained from supplying": climb;
            # "warned Georgia against joining": the object (`_prep_controller`).
            governor = token.head.head
            if governor.pos_ in ("NOUN", "PROPN"):
                return [k for c in children_of(governor) if c.dep_ == "poss" for k in idx.actors(c)]
            controller = _prep_controller(token.head)
            if controller is not None:
                return idx.actors(controller)
            passive = children_with(governor, PASSIVE_SUBJECT_DEPS) if token.head.lower_ == "to" else []
            if passive:  # "France is committed to defeating": the one committed
                return [k for s in passive for k in idx.actors(s)]
            if governor.dep_ == "acomp" and token.head.lower_ in ("about", "of"):
                return []  # "is cautious about confirming", "wary of attacking"; "committed to attacking" climbs
            token = governor
            continue
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            return []
        controller = _controller(token) if token.dep_ == "xcomp" else None
        if controller is not None:
            return idx.actors(controller)
        token = token.head
    return []


#: Verbs by which a body makes a document its own: "the Council adopted a resolution imposing …".
ADOPTING_VERBS = frozenset({"adopt", "pass", "approve", "enact", "issue"})


def document_owner(noun, idx) -> list[str]:
    """Return ``[owner]`` of a document noun (``document_nouns``) that acts as its author: "a UN resolution
    that would impose an embargo", "the Security Council resolution demands", "a French draft"; else [].

    Read only where the document is the subject of an act: "rejected the UN resolution" rejects
    no author.
    """
    if noun.lemma_.lower() not in idx.lex.document_nouns:
        return []
    owner = idx.owner(noun)
    if owner is None and noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in ADOPTING_VERBS:
        return own_subjects(noun.head, idx)  # "the Council adopted a resolution imposing sanctions"
    return [owner] if owner else []


#: Relative pronouns that stand for their clause's subject: "Hezbollah, which fought …".
RELATIVE_SUBJECTS = frozenset({"which", "who", "that"})
#: Prepositions of where an event happened, which a relative clause may follow without speaking of the place.
EVENT_PLACE_PREPS = frozenset({"in", "at", "near", "on"})


def relative_antecedent(relcl: Token, idx: ArgumentIndex) -> Token:
    """Return the noun a relative clause speaks of: the noun it hangs on, but for a place after an
    event noun ("Islamic State's bombings in the town of Qamishli, which wounded forty": the bombings,
    not the town), to which the small model hangs the clause as the nearest noun."""
    noun = relcl.head
    for _ in range(4):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in EVENT_PLACE_PREPS | {"of"}:
            break
        if (prep.head.lemma_.lower(), "NOUN") in idx.lex.triggers:
            return prep.head if prep.lower_ != "of" else relcl.head
        if prep.head.dep_ != "pobj":  # "the town of Tel Tamer in Hasaka Province": a place in a place
            break
        noun = prep.head
    return relcl.head


def own_subjects(verb, idx) -> list[str]:
    """Return the actors `verb`'s own subjects stand for, else [].

    Unlike `subjects` it climbs to no shared subject: for constructions in which only the verb's
    own subject is said to act ("X supports inviting Y to talks at a summit": no one is there).
    """
    return [k for s in children_with(verb, SUBJECT_DEPS) for k in idx.actors(s)]


#: Day words wire copy puts between a subject and its verb ("Armitage Tuesday met …").
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())


def _day_subject(verb, idx) -> list[str]:
    """Return the subject the small model hangs on a day word before the verb, else [].

    "Yang Jiechi Sunday met senior Brazilian officials" parses with the name a compound of "Sunday", the verb's
    npadvmod, and no subject: the name nearest the day is the subject.
    """
    for day in children_with(verb, {"npadvmod"}):
        if day.lower_ in DAY_WORDS and day.i < verb.i:
            names = [c for c in children_of(day) if c.dep_ in ("compound", "nmod") and c.i < day.i]
            keys = [k for c in names[-1:] for k in idx.actors(c)]
            if keys:
                return keys
    return []


def _appositive_subject(verb, idx) -> list[str]:
    """Return the subject the small model hangs as an apposition on a fronted phrase's last noun, else [].

    "At a news conference with Merkel, Obama said …" parses "Obama" as an apposition of
    "Merkel" and "said" with no subject: a name set off by a comma right before a finite verb
    with no subject, inside a phrase before that verb, is its subject.
    """
    if verb.i == 0 or verb.tag_ not in FINITE_TAGS:
        return []
    word = verb.doc[verb.i - 1]
    for _ in range(3):
        if word.dep_ == "appos" or word.head.i == word.i or word.head.i >= verb.i:
            break
        word = word.head
    if word.dep_ != "appos" or word.right_edge.i != verb.i - 1 or verb.doc[word.left_edge.i - 1].text != ",":
        return []
    return idx.actors(word) if verb in word.ancestors else []


#: Tags of a finite verb ("said", "says", "say").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def clause_agents(token, idx):
    """Return the actor subjects of the nearest verb above `token` that has a subject ("after talks with")."""
    head = token
    for _ in range(6):
        if head.head.i == head.i or head.dep_ in ("ccomp", "parataxis"):
            break
        head = head.head
        subjects = children_with(head, SUBJECT_DEPS) if head.pos_ in ("VERB", "AUX") else []
        if subjects:
            return [k for s in subjects for k in idx.actors(s)]
    return []


def complement_agents(verb, idx):
    """Return the agents of a clause complement ("confirm that North Korean troops were sent")."""
    for clause in children_with(verb, {"ccomp"}):
        agents = subjects(clause, idx)
        passive = children_with(clause, PASSIVE_SUBJECT_DEPS)
        if not agents and passive:
            agents = [k for k in [idx.owner(passive[0])] if k]
        if agents:
            return agents
    return []


#: Adjectives the small model reads as participles taking the noun after them for object:
#: "visits neighboring Canada" parses "neighboring" as the verb's xcomp, "Canada" as its object.
PARTICIPLE_ADJECTIVES = frozenset({"neighbor", "neighbour", "neighboring", "neighbouring"})


def theme_of(verb):
    """Return the direct object, or the passive subject, or the noun a passive participle modifies."""
    objects = children_with(verb, OBJECT_DEPS)
    if not objects:  # "visits neighboring Canada": the object the parser hung on the adjective
        objects = [
            o
            for x in children_with(verb, {"xcomp"})
            if x.lower_ in PARTICIPLE_ADJECTIVES
            for o in children_with(x, OBJECT_DEPS)
        ]
    if objects:
        return objects[0]
    passive = children_with(verb, PASSIVE_SUBJECT_DEPS) or (
        children_with(verb, {"nsubj"}) if headline_passive(verb) else []
    )
    if passive:
        return passive[0]
    if verb.dep_ == "acl":
        return verb.head
    if fronted_participle(verb):  # "Backed by Iran, the Houthis …": the Houthis are backed
        return next(iter(children_with(verb.head, SUBJECT_DEPS)), None)
    return None


def place_state(token):
    """Return the state id of a gazetteer PLACE token ("Kursk" -> russia), or None."""
    return token.ent_id_ if token.ent_type_ == "PLACE" and token.ent_id_ else None


def region_state(token, idx):
    """Return the state a region noun (``region_nouns``) belongs to, else None.

    Its "of" phrase ("the northern region of Iraq", "the Indian state of Assam": the place a state
    holds, its own name a place), else its possessor ("its territorial waters", "Israel's airspace"),
    else a state's demonym ("the western Sudanese region", "Pakistani waters"). The "of" phrase comes
    first: "the Somali region of Ethiopia" is Ethiopia's.
    """
    if token.lemma_.lower() not in idx.lex.region_nouns:
        return None
    for _, pobj in prep_objects(token, {"of"}):
        m = idx.mention(pobj)
        if m is not None and m.type == "state":
            return m.key
    for child in children_of(token):
        if child.dep_ not in ("poss", "amod", "compound", "nmod"):
            continue
        if child.dep_ == "poss" and child.lower_ in ("its", "their"):
            return idx.antecedent(child) if child.lower_ == "its" else None
        m = idx.mention(child)
        if m is not None and m.type == "state" and (m.role != "demonym" or child.i == m.start):
            return m.key
    return None


def destinations(token, idx):
    """Return the actors a deployment goes to: "to Russia", "to Kursk" (a place in Russia), "to Russia's far east",
    "to the northern region of Iraq" (see `region_state`)."""
    found = []
    for _, pobj in prep_objects(token, DESTINATION_PREPS):
        keys = idx.actors(pobj, groups=False, locative=True)
        region = None if keys else region_state(pobj, idx)
        if region:
            keys = [region]
        if not keys:
            near = [pobj] + [c for c in children_of(pobj) if c.dep_ in ("poss", "compound")]
            keys = [
                k
                for c in near
                for k in [place_state(c) or (c.i != pobj.i and idx.actor(c, groups=False, locative=True))]
                if k
            ]
        found += [k for k in keys if k not in found]
    return found


def demonym_agent(token, idx):
    """Return ``[state]`` for a demonym modifying an event noun ("Israeli strikes", "the Russian invasion"), else [].

    A demonym of two words counts once, by the word the noun holds ("a South Korean offer": "Korean").
    Not on a conflict noun: "the Lebanese war" is a war in Lebanon, not one Lebanon wages.
    """
    m = idx.mention(token)
    if m is None or m.role != "demonym" or token.dep_ != "amod" or token.head.lemma_.lower() in idx.lex.conflict_nouns:
        return []
    return [m.key] if token.i == m.start or not m.start <= token.head.i < m.end else []


def hyphen_pair(noun, idx):
    """Return the two actors of an "X-Y" modifier just before a noun, else [].

    "the U.S.-Philippine partnership", "Russia-Iran talks": both sides, demonyms
    included, are named by one hyphenated modifier.
    """
    doc = noun.doc
    right = idx.mention(doc[noun.i - 1]) if noun.i >= 3 else None
    if right is None or right.end != noun.i or right.start < 2:
        return []
    hyphen = doc[right.start - 1]
    left = idx.mention(doc[right.start - 2])
    if (
        hyphen.text not in HYPHENS
        or hyphen.whitespace_
        or doc[right.start - 2].whitespace_
        or left is None
        or left.end != right.start - 1
        or left.key == right.key
    ):
        return []
    return [left.key, right.key]


# --- What constructions return -------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Found:
    """What a construction found: actor keys, and `theme` when it names the event's theme anew.

    An empty `keys` still settles the slot: "liberated Mosul from ISIL" names no target
    but the freed town, so nothing later in the frame may take Mosul as one.
    """

    keys: tuple[str, ...]
    theme: object = None


#: ``construction(trigger, theme, entry, idx) -> Found | None``; `entry` is the trigger's lexicon record.
Construction = Callable[[object, object, dict, ArgumentIndex], "Found | None"]


def found_keys(keys: Sequence[str], theme=None) -> Found | None:
    """Return what a construction found: a `Found` of `keys`, or None when it found no one.

    The one way constructions, here and in other modules, hand back the actors they read:
    duplicates dropped, order kept, and None (not an empty `Found`, which would settle the slot)
    so that the frame goes on to its next construction.

    >>> found_keys(["iraq", "iran", "iraq"]).keys, found_keys([]) is None
    (('iraq', 'iran'), True)
    """
    return Found(tuple(dict.fromkeys(keys)), theme) if keys else None


_found = found_keys  # the short name this module's constructions use


def _inside_all(pairs, idx):
    return [k for _, o in pairs for k in idx.inside(o)]


# --- Agents ------------------------------------------------------------------------------------


def mover(verb):
    """Return the subject of a motion verb, or None.

    A finite verb the parser hung on a noun as a relative ("Two Chinese warships intruded into
    Japanese waters, Tokyo said": a past tense, not a participle) has that noun for subject.
    """
    subject = (children_with(verb, SUBJECT_DEPS) or [None])[0]
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
        return verb.head
    return subject


def motion_subject(verb, idx) -> tuple[object, list[str]]:
    """Return ``(theme, agents)`` of a motion verb: "North Korean troops are heading to Russia".

    The moving subject (`mover`) is the theme; whoever owns it (North Korea) is the agent.
    """
    subject = mover(verb)
    owner = idx.owner(subject) if subject is not None else None
    return subject, [owner] if owner else []


def theme_owner(token, theme, entry, idx) -> Found | None:
    """The owner of the theme acts: "Pyongyang's troops were sent", "deliveries of Russian arms"."""
    return _found([k for k in [idx.owner(theme)] if k]) if theme is not None else None


def light_verb_subject(noun, theme, entry, idx) -> Found | None:
    """The subject of a light verb carrying the event noun acts: "Russia launched an offensive"."""
    if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS:
        return _found(subjects(noun.head, idx))
    return None


def coding_verb_subject(noun, theme, entry, idx) -> Found | None:
    """The subject of the verb whose CAMEO pattern codes the noun acts: "the EU lifted sanctions".

    The light verbs are a closed list; a pattern names the verb it codes its object under
    ("LIFT * SANCTIONS", "BREAK OFF * RELATIONS"), so that verb carries the noun too.
    """
    if entry.get("coded_by_verb") and noun.dep_ in OBJECT_DEPS:
        return _found(subjects(noun.head, idx))
    return None


#: Verbs of owning up to an act: "claimed responsibility for", "took responsibility for"; not "denied".
CLAIMING_VERBS = frozenset({"claim", "take", "accept", "admit", "assume"})


def responsibility_claimants(token, theme, entry, idx) -> Found | None:
    """Whoever claims responsibility for an act did it: "Boko Haram claimed responsibility for the attack on
    Nigerian troops", "… for kidnapping two Nigerian officers" (the act a noun, or a gerund)."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
        return None
    noun = prep.head
    if noun.dep_ not in OBJECT_DEPS or noun.head.lemma_.lower() not in CLAIMING_VERBS:
        return None
    return _found(subjects(noun.head, idx))


def adverbial_clause_agents(noun, theme, entry, idx) -> Found | None:
    """The clause's subject acts in an event noun under "after/during/…": "after talks with Y, X said"."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ADVERBIAL_PREPS:
        return _found(clause_agents(noun.head, idx))
    return None


def clause_possessive_agents(noun, theme, entry, idx) -> Found | None:
    """ "their"/"its" on the event noun is the clause's subject: "X continued their offensive against Y".

    Only under a light verb or "in/with/during/amid": in "Iran condemned Israel for their
    attack", "their" is not Iran.
    """
    if not any(c.dep_ == "poss" and c.lower_ in CLAUSE_POSSESSIVES for c in children_of(noun)):
        return None
    carried = noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS
    framed = noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_POSSESSIVE_PREPS
    if framed and noun.head.lower_ == "in":
        helped = _helped_in(noun.head, idx)
        if helped:
            return _found(helped)
    return _found(clause_agents(noun, idx)) if carried or framed else None


def helped_in_agents(noun, theme, entry, idx) -> Found | None:
    """The one helped in a fight fights it: "Chad supports Niger in the fight against Boko Haram",
    "support for Nigeria in the war against Boko Haram" (the object, or the object's "for"/"of" phrase, of what the
    "in" phrase hangs on)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or not children_with(noun, {"det", "poss"}):
        return None
    return _found(_helped_in(noun.head, idx))


def _helped_in(prep, idx) -> list[str]:
    """Return the actors helped "in their" act: the object of the verb the phrase hangs on, or the
    "for"/"of" phrase of that object ("helped the Kurds in their fight", "its support for the Kurds in
    their fight"): the act is theirs, not the helper's."""
    objects = children_with(prep.head, OBJECT_DEPS) if prep.head.pos_ in ("VERB", "AUX") else [prep.head]
    if not any(_helps(w, idx) for w in [*_heads_up(prep.head), *objects]):
        return []  # "plans to involve Pyongyang in the war": drawn in, not helped
    keys = [k for o in objects for k in idx.actors(o)]
    return keys or [k for o in objects for _, p in prep_objects(o, {"for", "of"}) for k in idx.actors(p)]


#: PLOVER categories of help: supporting, aiding or cooperating with someone in what they do.
HELP_CATEGORIES = frozenset({"SUPPORT", "AID", "COOPERATE"})


def _heads_up(token, steps=4) -> list:
    """Return `token` and the words above it within its noun phrases ("support for Nigeria", "backing
    of the Government of Nigeria and the Nigerian people"): where a word of help may govern it."""
    found = [token]
    while steps and token.dep_ in ("pobj", "prep", "conj") and token.head.i != token.i:
        token, steps = token.head, steps - 1
        found.append(token)
    return found


def _helps(token, idx) -> bool:
    """True for a word of help ("support", "helped", "backing"): the lexicon or the patterns code it so."""
    pos = "VERB" if token.pos_ in ("VERB", "AUX") else "NOUN"
    entries = idx.lex.triggers.get((token.lemma_.lower(), pos), ())
    if any(idx.lex.info(e["relation"]).plover in HELP_CATEGORIES for e in entries):
        return True
    coded = code_trigger(token)
    return coded is not None and coded.plover in HELP_CATEGORIES


def gathered_at(noun, theme, entry, idx) -> Found | None:
    """The clause's subject takes part in the gathering it speaks at: "At a press conference with Kohl,
    Mitterrand said …", "at talks with Iran, the EU offered …" (joint events only: "protested at the attack
    on Y" is no attack by the protester)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "at" or noun.head.head.pos_ not in ("VERB", "AUX"):
        return None
    # the verb's own subject only: in "X supports inviting Y to talks at a summit" no one is said to be there
    verb = noun.head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children_with(verb, SUBJECT_DEPS):
        verb = verb.head  # "Speaking at a news conference with Y, X said …": the participle is X's
    return _found(own_subjects(verb, idx) or _appositive_subject(verb, idx))


def bare_in_agents(noun, theme, entry, idx) -> Found | None:
    """A bare event noun after "in" is the subject's: "X, in coordination with Y, …", "X is in talks with Y"."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and not any(c.dep_ in ("det", "poss") for c in children_of(noun))
    ):
        return _found(clause_agents(noun.head, idx))
    return None


def verb_by_agents(noun, theme, entry, idx) -> Found | None:
    """Whoever the "by" phrase the parser hangs on the verb after an event noun names acts: "condemned
    the attack by Israel", "rejected accusations by Turkey" (`hung_on_verb`)."""
    if noun.dep_ not in OBJECT_DEPS or noun.head.pos_ != "VERB":
        return None
    return _found([k for o in hung_on_verb(noun.head, noun, {"by"}) for k in idx.actors(o)])


def from_phrase_agents(noun, theme, entry, idx) -> Found | None:
    """Whoever an event noun comes from acts: "a proposal from Iran", "an appeal from the UN".

    Not for what is taken from someone (lexicon ``from``): "the recapture of Mosul from ISIL".
    """
    if entry.get("from"):
        return None
    return _found([k for _, o in noun_prep_objects(noun, {"from"}) for k in idx.actors(o)])


#: Prepositions of the means of an act whose doer is left out: "wounded by Russian artillery fire",
#: "killed in an Indian airstrike", "wounded during a drone raid by Azerbaijani forces".
MEANS_PREPS = frozenset({"by", "in", "during"})
#: The dictionary's classes of arms (`patterns.in_class`): "rocket fire" is the act of a weapon.
WEAPON_CLASSES = ("WEAPON", "AIRCRAFT")


def is_weapon(token) -> bool:
    """True for a weapon or a military agent noun: "missile", "rocket", "tank", "artillery"."""
    return any(in_class(token, c) for c in WEAPON_CLASSES) or agent_sector(token) == "MIL"


def is_means(noun, entry, idx) -> bool:
    """True for a noun naming an act of the trigger's relation or a weapon's act: "an airstrike", "tank fire".

    Such a noun stands between an act and its doer: whoever it is named after did the act. Not
    a weapon by itself: "killed by an Iranian drone" names its maker, who need not be its user.
    """
    if noun.pos_ != "NOUN":
        return False
    entries = idx.lex.triggers.get((noun.lemma_.lower(), "NOUN"), ())
    if any(e["relation"] == entry.get("relation") for e in entries):
        return True
    return any(is_weapon(w) for w in children_with(noun, {"compound"}))


def _when_subjects(verb, entry, idx):
    """Return the subjects of a "when" clause of `verb` whose verb is an act of the same relation
    ("were killed when a Turkish missile hit their post")."""
    found = []
    for clause in children_with(verb, {"advcl"}):
        if not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in children_of(clause)):
            continue
        coded = code_trigger(clause)
        own = idx.lex.triggers.get((clause.lemma_.lower(), "VERB"), ())
        if any(e["relation"] == entry.get("relation") for e in own) or (
            coded and coded.relation == entry.get("relation")
        ):
            found += children_with(clause, SUBJECT_DEPS)
    return found


def means_agents(verb, theme, entry, idx) -> Found | None:
    """Whoever the means of an act is named after did it: "Israeli tank fire killed …", "were killed by
    Turkish shelling", "were killed in an Indian airstrike", "killed when a Russian missile hit".

    Tried when the verb's subject or "by" phrase names no actor: a state's hardware ("a Russian
    missile") stands for the state itself, an attack noun or weapon for whoever its modifiers name,
    also as the "of" phrase of such a noun ("a series of Turkish raids killed …").
    """
    own = children_with(verb, SUBJECT_DEPS)
    clause = verb.head if verb.dep_ == "conj" and not own else verb  # "which targeted and killed …"
    relative = children_with(clause, SUBJECT_DEPS)
    if clause.dep_ == "relcl" and relative and relative[0].lower_ in RELATIVE_SUBJECTS:  # "the attacks, which killed …"
        own = [relative_antecedent(clause, idx)]
    nouns = own + [o for _, o in prep_objects(verb, MEANS_PREPS)]
    nouns += [o for n in nouns for _, o in prep_objects(n, {"of"})]  # "a wave of Israeli airstrikes killed …"
    keys = [k for n in nouns if is_means(n, entry, idx) for k in _means_owners(n, idx)]
    keys += [k for s in own for t in (s, *s.conjuncts) if crewed_aircraft(t) for k in _means_owners(t, idx)]
    for subject in _when_subjects(verb, entry, idx):
        keys += idx.actors(subject) or (_means_owners(subject, idx) if is_means(subject, entry, idx) else [])
    return _found(keys)


#: Aircraft flown by no crew, which a demonym may name the maker of ("Iranian drones" flown by others).
UNCREWED = frozenset({"drone", "uav", "rpv"})


def crewed_aircraft(noun: Token) -> bool:
    """True for a crewed military aircraft (CAMEO's &AIRCRAFT class but drones): as an attack's subject
    it stands for whoever flies it ("U.S. planes bombed …", "Chadian aircraft struck …"), as its crew's
    demonym names them; a drone or missile may bear its maker's."""
    if noun.pos_ != "NOUN" or not in_class(noun, "AIRCRAFT"):
        return False
    words = {noun.lemma_.lower(), *(c.lower_ for c in children_of(noun) if c.dep_ in ("compound", "amod"))}
    return words.isdisjoint(UNCREWED | {"unmanned", "pilotless"})


def passive_means_agents(verb, theme, entry, idx) -> Found | None:
    """Whoever the means named as a passive's doer belongs to acts: "backed by American air strikes",
    "supported by Russian warplanes", "aided by strong support from Turkey" (`noun_modifier_agents`
    of the "by" noun, or its "from"/"of" phrase). Only means of force or of an act: "praised by the
    Pakistani press" names no doer."""
    if not is_passive(verb):
        return None
    nouns = [o for _, o in prep_objects(verb, {"by"}) if _is_instrument(o, idx)]
    keys = [k for n in nouns for k in noun_modifier_agents(n, idx)]
    return _found(keys + [k for n in nouns for _, o in prep_objects(n, {"from", "of"}) for k in idx.actors(o)])


def _is_instrument(noun, idx) -> bool:
    """True for a noun naming armed means or an act: "air strikes", "warplanes", "special forces", "backing"."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        (lemma, "NOUN") in idx.lex.triggers
        or lemma in idx.lex.force_nouns | idx.lex.materiel_nouns
        or is_weapon(noun)
        or any(is_weapon(w) for w in children_with(noun, {"compound"}))
    )


def purpose_owner(verb, theme, entry, idx) -> Found | None:
    """Whoever owns the effort an infinitive is the purpose of acts: "Nigeria's efforts to defeat Boko
    Haram", "Kenya launched an offensive to drive out al-Shabaab" (the light verb's subject).

    Not an effort someone else carries: in "the UN backed a plan to attack X" the UN attacks no one.
    """
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ != "NOUN" or not to_infinitive(verb):
        return None
    keys = noun_modifier_agents(noun, idx)
    if not keys and noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS:
        keys = subjects(noun.head, idx)
    return _found(keys)


def _means_owners(noun, idx) -> list[str]:
    """Return the actors a means is named after (`noun_modifier_agents`), but a town named on it: "a
    Kabul mortar attack" is an attack in Kabul, not by Afghanistan."""
    towns = [m for c in children_with(noun, {"compound"}) for m in [idx.mention(c)] if m and m.role == "capital"]
    return [] if towns else noun_modifier_agents(noun, idx)


def noun_modifier_agents(noun, idx) -> list[str]:
    """Return the actors named on an event noun: "Russia's invasion", "the U.S.-led strikes",
    "Israeli strikes", "the invasion by Russia" (also on a participle: "the deal signed by X")."""
    agents = [
        k
        for c in children_of(noun)
        if c.dep_ in ("poss", "amod", "compound", "nmod") and not opposed_prefix(c)
        for k in idx.actors(c) + idx.led_by(c) + demonym_agent(c, idx)
    ]
    return agents + [k for _, o in noun_prep_objects(noun, {"by"}) for k in idx.actors(o)] + blamed_on(noun, idx)


#: Prefixes that make a name the opponent of what it modifies: "the anti-Taliban campaign", "counter-ISIL strikes".
OPPOSED_PREFIXES = frozenset({"anti", "counter"})


def opposed_prefix(token) -> bool:
    """True for a name after "anti-"/"counter-": it names whom the noun is against, not whose it is."""
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text in HYPHENS and doc[i - 2].lower_ in OPPOSED_PREFIXES


#: Participles that lay an act at someone's door, with their preposition: "an attack blamed on
#: Kurdish rebels", "bombings attributed to Hamas".
BLAME_PARTICIPLES = frozenset({("blame", "on"), ("attribute", "to")})


def blamed_on(noun, idx) -> list[str]:
    """Return the actors an act is blamed on or attributed to ("a bombing blamed on ETA"), else []."""
    return [
        k
        for acl in children_with(noun, {"acl"})
        if acl.tag_ == "VBN"
        for p, o in prep_objects(acl, {"on", "to"})
        if (acl.lemma_.lower(), p) in BLAME_PARTICIPLES
        for k in idx.actors(o)
    ]


def blamed_object_on(verb, theme, entry, idx) -> Found | None:
    """A target on the object of a verb of blame: "blamed the explosion on Israel", "attributed the
    raid to Hamas" (the small model hangs the phrase on the object), else None."""
    lemma = verb.lemma_.lower()
    preps = {p for v, p in BLAME_PARTICIPLES if v == lemma}
    if not preps:
        return None
    objects = [o for obj in children_with(verb, OBJECT_DEPS) for _, o in prep_objects(obj, preps)]
    return _found([k for o in objects for k in idx.actors(o)])


# --- Themes ------------------------------------------------------------------------------------


def force_compound(noun, idx):
    """Return a force noun compounded on the event noun ("troop deployment"), or None."""
    return next(
        (c for c in children_of(noun) if c.dep_ == "compound" and c.lemma_.lower() in idx.lex.force_nouns), None
    )


# --- Targets -----------------------------------------------------------------------------------


def recipients(token, theme, entry, idx) -> Found | None:
    """Whoever something goes to or is for: "supplied arms to Russia", "aid for Ukraine"."""
    return _found([k for _, o in prep_objects(token, RECIPIENT_PREPS) for k in idx.actors(o)])


def handed_to(verb, theme, entry, idx) -> Found | None:
    """The partner a cooperation hands someone or something to: "extradited the suspect to Turkey",
    "turned the files over to Interpol" (the verb's "to" phrase, when its object is no actor)."""
    if theme is None or theme.i == verb.i or idx.actors(theme):
        return None  # "agreed to X": what is agreed to (see `accepted_owner`), no hand-over
    return _found([k for _, o in prep_objects(verb, {"to"}) for k in idx.actors(o)])


def provided_with(verb, theme, entry, idx) -> Found | None:
    """ "providing Poland with tanks": the object receives, the "with" phrase is what is given."""
    given = next((o for _, o in prep_objects(verb, {"with"})), None)
    if theme is None or given is None:
        return None
    return Found(tuple(idx.actors(theme)), given)


def verb_destinations(token, theme, entry, idx) -> Found | None:
    """Where a deployment goes: "sent troops to Russia", "to Kursk" (a place in Russia)."""
    return _found(destinations(token, idx))


def entered_places(verb, theme, entry, idx) -> Found | None:
    """The object of a motion verb is where the movers went: "troops entered Georgia"; of any other
    verb of the frame, only a region of a state is ("jets violated Estonian airspace")."""
    objects = children_with(verb, OBJECT_DEPS)
    if not entry.get("motion"):
        return _found([k for obj in objects for k in [region_state(obj, idx)] if k])
    keys = [
        k
        for obj in objects
        for k in idx.actors(obj, groups=False, locative=True) or [place_state(obj) or region_state(obj, idx)]
        if k
    ]
    return _found(keys)


def visited(verb, theme, entry, idx) -> Found | None:
    """The object of a visit is where one goes, a capital standing for its state: "visited Hanoi"."""
    if theme is None:
        return None
    return _found([k for k in idx.actors(theme, groups=False, locative=True) or [place_state(theme)] if k])


def with_partners(verb, theme, entry, idx) -> Found | None:
    """The other side of a joint act: "met with Duda", "agreed with Seoul"."""
    return _found([k for _, o in prep_objects(verb, {"with"}) for k in idx.actors(o)])


#: Verbs of consulting whose object is the topic, not the other side: "met Duda to discuss Kosovo".
TOPIC_VERBS = frozenset({"discuss", "debate"})


def object_actors(verb, theme, entry, idx) -> Found | None:
    """The object is the other side: "Yoon met Duda"; not the topic of a discussion (`TOPIC_VERBS`),
    whose other side is the "with" phrase the parser hangs on the topic ("discussed the crisis with Putin")."""
    if theme is None:
        return None
    if verb.lemma_.lower() in TOPIC_VERBS:
        return _found([k for _, o in noun_prep_objects(theme, {"with"}) for k in idx.actors(o)])
    return _found(idx.actors(theme))


def object_inside(verb, theme, entry, idx) -> Found | None:
    """The object, or whose it is: "condemned Russia", "condemned Russia's invasion".

    Not who leads an event named as the object: "supported US-led sanctions" backs the
    sanctions, which the subject may be joining, not the United States.
    """
    if theme is None:
        return None
    event = (theme.lemma_.lower(), "NOUN") in idx.lex.triggers
    if event and _event_of(theme, idx):  # "criticised the invasion of Lebanon": the invader, not Lebanon
        doers = [k for c in children_of(theme) if c.dep_ in ("poss", "amod", "compound", "nmod") for k in idx.actors(c)]
        doers += [k for c in children_of(theme) for k in demonym_agent(c, idx)]
        return _found(doers + [k for _, o in noun_prep_objects(theme, {"by"}) for k in idx.actors(o)])
    return _found(forum_owners(theme, idx) or idx.inside(theme, led=not event))


#: Dependencies of the words before a noun that may name whose it is ("the Turkish EU bid").
OWNER_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def forum_owners(theme, idx) -> list[str]:
    """Return the owner named before a body's name on a noun: "the Turkish EU bid", "the French UN
    resolution", "Turkey EU bid" (a state's bid to join the EU, a French draft at the UN), else [].

    The body named next to the noun is where the bid or draft goes, not whose it is.
    """
    for c in children_with(theme, {"compound"}):
        m = idx.mention(c)
        if m is None or m.type != "alliance" or m.role != "name":
            continue
        before = [t for t in [*c.children, *theme.children] if t.i < m.start and t.dep_ in OWNER_MODIFIER_DEPS]
        keys = [k for t in before for k in idx.actors(t) or _demonym_key(t, idx)]
        if keys:
            return keys
    return []


def _demonym_key(token, idx) -> list[str]:
    """Return ``[state]`` for the word of a demonym a noun phrase holds ("Turkish", "South Korean"), else []."""
    m = idx.mention(token)
    return [m.key] if m is not None and m.role == "demonym" and not m.start <= token.head.i < m.end else []


def _event_of(noun, idx) -> bool:
    """True for an event noun whose "of" phrase names its target, not its owner: "the invasion of
    Lebanon", "the killing of its soldiers" (a noun of the assault frame)."""
    frames = {idx.lex.info(e["relation"]).frame for e in idx.lex.triggers.get((noun.lemma_.lower(), "NOUN"), ())}
    return "assault" in frames and any(True for _ in prep_objects(noun, {"of"}))


def hung_on_verb(verb, theme, preps) -> list:
    """Return the objects of the `preps` phrases the parser hangs on an active verb after its object,
    which are the object's: "rejected charges by Turkey", "turned down an offer from Chile"."""
    if is_passive(verb) or theme.head.i != verb.i or theme.dep_ not in OBJECT_DEPS:
        return []
    return [o for p, o in prep_objects(verb, preps) if p in preps and o.i > theme.i]


def theme_makers(verb, theme, entry, idx) -> Found | None:
    """Whoever made what the act is about is the other side: "rejected demands by the United States",
    "turned down a proposal from the EU", "accepted an Egyptian proposal", "welcomed the offer of aid
    from Mexico" (the phrase hung on the "of" object as well).

    Tried after `object_inside`, which reads the theme's own name, possessor and "of" phrase
    ("rejected Washington's offer"); a demonym counts as on an event noun (`demonym_agent`); a
    relative clause may name the proposer ("welcomed the plan, a step Qatar had proposed": `proposers`).
    """
    if theme is None or theme.i == verb.i or theme.pos_ not in ("NOUN", "PROPN"):
        return None
    nouns = [theme, *(o for _, o in prep_objects(theme, {"of"}))]
    keys = [k for n in nouns for _, o in _made_by(n, idx) for k in idx.actors(o)]
    keys += [k for o in hung_on_verb(verb, theme, {"by"}) for k in idx.actors(o)]  # "from" on a verb is often its own
    keys += [k for c in children_of(theme) for k in demonym_agent(c, idx)]
    return _found(keys or [k for n in restatements(verb, theme) for k in proposers(n, idx)])


def _made_by(noun, idx):
    """Yield the ``(prep, pobj)`` "by"/"from" phrases of a noun and of its participle ("sites seized
    by rebels"), but of an act of its own set off by a comma: in "seized the port, backed by Iran"
    Iran backs the seizers (the small model hangs the phrase on the object), it made nothing seized."""
    yield from prep_objects(noun, {"by", "from"})
    for acl in children_with(noun, {"acl"}):
        own_act = (acl.lemma_.lower(), "VERB") in idx.lex.triggers and acl.nbor(-1).text == ","
        if acl.tag_ == "VBN" and not own_act:
            yield from prep_objects(acl, {"by", "from"})


def _taken_from(verb, theme, idx):
    """Return whom something is taken or freed from: "from Russian troops", or whose control, hands or
    grip it was in ("from ISIL control", "from the hands of the rebels": `ArgumentIndex.inside`)."""
    return [k for t in [verb, theme] if t is not None for _, o in prep_objects(t, {"from"}) for k in idx.inside(o)]


def freed_from(verb, theme, entry, idx) -> Found | None:
    """ "liberated Mosul from ISIL": only whom it was freed from is the target (lexicon ``"from": "only"``)."""
    return Found(tuple(_taken_from(verb, theme, idx))) if entry.get("from") == "only" else None


def taken_from(verb, theme, entry, idx) -> Found | None:
    """What is taken from someone attacks them: "seized a bridge from Russian troops" (lexicon ``from``)."""
    return _found(_taken_from(verb, theme, idx)) if entry.get("from") else None


def object_prep_targets(verb, theme, entry, idx) -> Found | None:
    """A target in a prepositional phrase of the object: "lifted sanctions on Iran", "broke off ties with Cuba".

    Only when a CAMEO pattern coded the verb by that object (``coded_by_verb``): then the object
    names the event, and its phrases are the event's ("support deliveries to Poland" is not).
    """
    if theme is None or theme.i == verb.i or not entry.get("coded_by_verb"):
        return None
    return _found(_inside_all(prep_objects(theme, TARGET_PREPS - {"in", "of"}), idx))


#: CAMEO roots of what one proposes to another: appeals (02), intents (03), demands (10).
PROPOSAL_ROOTS = frozenset({"02", "03", "10"})
#: Relative pronouns that stand for the noun a relative clause is on ("the plan which X proposed").
RELATIVE_PRONOUNS = frozenset({"which", "that"})


def restatements(verb, theme) -> list:
    """Return `theme` and the nouns set off by a comma after it that restate it: "rejected the plan,
    a step Qatar had proposed" (an apposition, on the theme or on its infinitive's object, or the
    loose noun the parser hangs on the verb or on that infinitive)."""
    doc, found, clauses = verb.doc, [theme], children_with(theme, {"acl"})
    nouns = [theme, *(o for a in clauses for o in children_with(a, OBJECT_DEPS))]
    heads = ([verb] if verb.i != theme.i else []) + clauses
    loose = [n for h in heads for n in children_with(h, {"npadvmod"}) if n.i > theme.i]
    for noun in [*(a for n in nouns for a in children_with(n, {"appos"})), *loose]:
        if noun.pos_ == "NOUN" and doc[noun.left_edge.i - 1].text == ",":
            found.append(noun)
    return found


def proposers(noun, idx) -> list[str]:
    """Return the actors a relative clause on `noun` says proposed, offered or demanded it, else [].

    "any plan which Brussels is proposing", "the terms Chile demanded": the clause's verb codes an
    appeal, intent or demand (`PROPOSAL_ROOTS`), or, for an act noun ("the step Israel took", "the
    decision Iran announced"), is any verb but a reaction to it; and `noun` is its object (it has no
    object of its own, and an infinitive of it has its own): not "a country Washington wants to rebuild".
    """
    keys = []
    # "the decision Argentina made" may come as an acl with a subject of its own
    for clause in [c for c in noun.children if c.dep_ == "relcl" or (c.dep_ == "acl" and children_with(c, {"nsubj"}))]:
        proposing = any(code[:2] in PROPOSAL_ROOTS for code in bare_codes(clause.lemma_.lower()))
        if not proposing and (noun.lemma_.lower() not in ACT_REFERENCES or _reaction(clause, idx)):
            continue
        if any(o.lower_ not in RELATIVE_PRONOUNS for o in children_with(clause, {"dobj"})):
            continue
        if any(not children_with(x, OBJECT_DEPS) for x in children_with(clause, {"xcomp"})):
            continue
        keys += [
            k for s in children_with(clause, SUBJECT_DEPS) if s.lower_ not in RELATIVE_PRONOUNS for k in idx.actors(s)
        ]
    return keys


def object_owner(verb, theme, entry, idx) -> Found | None:
    """Whose the rejected or answered thing is: "rejected the Greek proposal", "a proposal by Japan",
    "an offer from Iran", "Israel's demand" (the object's modifiers and its "by" and "from" phrases),
    "the plan which Qatar proposed" (`proposers`); else the other side of it ("rejected a deal with
    Cuba", "refused any compromise with Kosovo": who is to be party to the thing rejected)."""
    if theme is None or theme.i == verb.i or theme.pos_ != "NOUN":
        return None
    keys = forum_owners(theme, idx) or noun_modifier_agents(theme, idx)
    keys += [k for _, o in noun_prep_objects(theme, {"from"}) for k in idx.actors(o)]
    keys += [k for o in hung_on_verb(verb, theme, {"by", "from"}) for k in idx.actors(o)]
    keys = keys or [k for n in restatements(verb, theme) for k in proposers(n, idx)]
    if not keys:
        keys = [k for _, o in noun_prep_objects(theme, {"with"}) for k in idx.actors(o)]
    return _found(keys)


#: Nouns that take up an act named before them in their sentence: "X pulled out and Y welcomed the move".
ACT_REFERENCES = frozenset({"move", "decision", "step", "measure"})
#: PLOVER categories of reactions: a reaction is no act that "the move" could take up.
REACTION_CATEGORIES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})


def _act_reference(theme) -> bool:
    """True for a bare "the move", "this decision": an act noun with a determiner and nothing else."""
    return (
        theme.lemma_.lower() in ACT_REFERENCES
        and any(True for _ in theme.children)
        and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in theme.children)
    )


def verb_categories(verb, idx) -> set:
    """Return the PLOVER categories a verb may code: its lexicon relations' and its pattern's relation's."""
    entries = idx.lex.triggers.get((verb.lemma_.lower(), "VERB"), ())
    coded = code_trigger(verb)
    relations = {e["relation"] for e in entries} | ({coded.relation} if coded is not None and coded.relation else set())
    return {idx.lex.info(r).plover for r in relations}


def _reaction(verb, idx) -> bool:
    """True for a verb of reaction: criticising, backing or rejecting (`REACTION_CATEGORIES`)."""
    return not verb_categories(verb, idx).isdisjoint(REACTION_CATEGORIES)


def earlier_act_owners(verb, theme, entry, idx) -> Found | None:
    """Whose act "the move" or "the decision" takes up: the owner of an act noun before it in the sentence
    ("criticized a UN decision to …, but Y welcomed the move"), or the subject of the verb the
    reaction is coordinated with ("Israel pulled out of Gaza and Egypt welcomed the move").

    Only when that names one actor other than the reaction's subject; a reaction is no act to
    take up ("X criticized Y and Z welcomed the move" may welcome either).
    """
    if theme is None or theme.i == verb.i or not _act_reference(theme):
        return None
    before = [t for t in idx.sent(verb) if t.i < verb.i and t.pos_ == "NOUN" and t.lemma_.lower() in ACT_REFERENCES]
    keys = [k for t in before for k in noun_modifier_agents(t, idx)]
    head = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None
    if head is not None and not _reaction(head, idx):
        keys += subjects(head, idx)
    found = set(keys) - set(subjects(verb, idx))
    return Found(tuple(found)) if len(found) == 1 else None


def accepted_owner(verb, theme, entry, idx) -> Found | None:
    """Whose proposal or request is agreed to: "agreed to a French request", "agreed to the European plan".

    Not an event of its own ("invited to EU talks", "agreed to a ceasefire"): only a noun that is no
    event, or an appeal, intent or demand (CAMEO 02, 03, 10), is someone's to accept.
    """
    keys = []
    nouns = [noun for _, noun in prep_objects(verb, {"to"})]
    nouns += [  # "agreed to meet a US request", "agreed to honour the Greek proposal"
        o
        for x in children_with(verb, {"xcomp"})
        if x.lemma_.lower() in ACCEPTING_VERBS
        for o in children_with(x, OBJECT_DEPS)
        if not idx.actors(o)  # "agreed to meet Chinese officials": a meeting, not their proposal
    ]
    for noun in nouns:
        coded = match_noun(noun) if noun.pos_ == "NOUN" else None
        if noun.pos_ == "NOUN" and (coded is None or (coded.cameo or "")[:2] in PROPOSAL_ROOTS):
            keys += noun_modifier_agents(noun, idx) + [
                k for _, o in noun_prep_objects(noun, {"from"}) for k in idx.actors(o)
            ]
    return _found(keys)


def people_of(verb, theme, entry, idx) -> Found | None:
    """Whose people an act on people targets: "released six Egyptian students", "arrested a Saudi national".

    The state named by a demonym, name or possessor on the object, whatever the noun (students,
    nationals, citizens are no group nouns, so `ArgumentIndex.inside` does not count them).
    """
    if theme is None or theme.i == verb.i:
        return None
    keys = []
    for noun in [theme, *theme.conjuncts]:
        for c in children_of(noun):
            m = idx.mention(c) if c.dep_ in ("amod", "compound", "poss", "nmod") else None
            if m is not None and m.type == "state" and c.i == m.start:
                keys.append(m.key)
    return _found(keys)


#: Adverbs a withdrawal's "from" phrase may hang on: "pulled back from Rafah", "moved away from the border".
AWAY_WORDS = frozenset({"back", "away", "out"})


#: Nouns of a number of people: "dozens of Brotherhood members", "a group of Hamas activists".
QUANTITY_NOUNS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores", "number", "handful", "group"}
)


def counted_people(verb, theme, entry, idx) -> Found | None:
    """Whose people an act on a number of them targets: "detained dozens of Muslim Brotherhood members",
    "arrested three of the PKK suspects" (the "of" object of a number or a quantity noun, read as the object)."""
    if theme is None or not (theme.tag_ == "CD" or theme.lemma_.lower() in QUANTITY_NOUNS):
        return None
    for _, counted in prep_objects(theme, {"of"}):
        found = object_inside(verb, counted, entry, idx) or people_of(verb, counted, entry, idx)
        if found is not None:
            return found
    return None


def origins(token, theme, entry, idx) -> Found | None:
    """Where a withdrawal leaves: "withdrew its troops from Lebanon", "the pull-out from Gaza", "pulled
    its soldiers out of Iraq", "pulled back from the Gaza town of Rafah" (a region for its state)."""
    heads = [t for t in [token, theme] if t is not None]
    away = [c for c in children_of(token) if c.lower_ in AWAY_WORDS and c.dep_ in ("prt", "advmod", "prep")]
    places = [o for t in heads + away for _, o in noun_prep_objects(t, {"from"})]
    places += [o for t in away if t.lower_ == "out" for _, o in prep_objects(t, {"of"})]
    return _found([k for o in places for k in idx.inside(o) or [place_state(o) or region_state(o, idx)] if k])


def stationed_in(token, theme, entry, idx) -> Found | None:
    """Where the forces a withdrawal takes away, or a build-up adds to, are: "reduce its troops in Iraq",
    "cut the number of its soldiers in Kosovo", "increase its forces in Darfur" (the theme, or its
    "of" object, a force noun with "in X")."""
    if theme is None:
        return None
    nouns = [theme, *(o for _, o in noun_prep_objects(theme, {"of"}))]
    forces = [n for n in nouns if not noun_lemmas(n).isdisjoint(idx.lex.force_nouns)]
    keys = []
    for noun in forces:
        for _, place in noun_prep_objects(noun, {"in"}):
            found = idx.actors(place, groups=False, locative=True) or [place_state(place) or region_state(place, idx)]
            keys += [k for k in found if k]
    return _found(keys)


def verb_prep_targets(verb, theme, entry, idx) -> Found | None:
    """A target in a prepositional phrase of the verb: "warned against Iran", "fired on Israel".

    Not an act the verb's subject does "with" (`accompanying_act`): in "fought with the backing of
    Iran" Iran backs the fighters.
    """
    phrases = [(p, o) for p, o in prep_objects(verb, TARGET_PREPS - {"in", "of"}) if not accompanying_act(o, idx)]
    return _found(_inside_all(phrases, idx))


#: Acts one does "with" another's: "with the support of Iran", "with Russian help".
ACCOMPANYING_NOUNS = frozenset({"support", "backing", "help", "aid", "assistance", "blessing", "approval", "consent"})


def accompanying_act(noun, idx) -> bool:
    """True for an act its clause's subject does "with": "with the support of Iran", "with Russian
    help", "with the backing of the UN". Its owner does that act; the noun is no side. Not an
    act the subject joins ("aligned itself with US-led sanctions").
    """
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in ACCOMPANYING_NOUNS
        and (noun.lemma_.lower(), "NOUN") in idx.lex.triggers
    )


def _demonym_owners(pairs, idx) -> list[str]:
    """Return the states named by a demonym on the objects of `pairs` ("the Chilean decision").

    Not on people, forces or groups, whom `ArgumentIndex.actors` reads ("the Palestinian group
    Hamas" is Hamas, "Syrian rebels" are no state's).
    """
    lex = idx.lex
    people = lex.group_nouns | lex.force_nouns | lex.movement_nouns | lex.follower_nouns
    things = [o for _, o in pairs if noun_lemmas(o).isdisjoint(people) and not children_with(o, {"appos"})]
    return [k for o in things for c in o.children for k in demonym_agent(c, idx)]


def verb_prep_owners(verb, theme, entry, idx) -> Found | None:
    """Whose the thing in a phrase of a reaction is, named by a demonym: "complained about the Chilean
    decision", "protested against Greek military exercises" (tried after `verb_prep_targets`)."""
    return _found(_demonym_owners(prep_objects(verb, TARGET_PREPS - {"in", "of"}), idx))


def noun_prep_owners(noun, theme, entry, idx) -> Found | None:
    """Whose the thing in a phrase of a reaction noun is, named by a demonym: "support for the
    Palestinian proposal", "criticism of the French plan"."""
    return _found(_demonym_owners(noun_prep_objects(noun, TARGET_PREPS - {"in"}), idx))


#: Prepositions of whom an attack is aimed at: "fired on", "struck against", "shot at", "an attack on".
AIMED_PREPS = frozenset({"on", "upon", "against", "at"})


def aimed_demonym_targets(token, theme, entry, idx) -> Found | None:
    """The state a demonym names on whom an attack is aimed at: "fired on an Egyptian patrol", "struck against
    Kenyan targets", "an attack on Afghan positions" (`_demonym_owners`, as on the direct object,
    `theme_makers`); people named by an agent noun are a mention of their own ("Lebanese journalists")."""
    pairs = noun_prep_objects(token, AIMED_PREPS) if token.pos_ == "NOUN" else prep_objects(token, AIMED_PREPS)
    return _found(_demonym_owners([(p, t) for p, o in pairs for t in (o, *o.conjuncts)], idx))


def infinitive_subject_targets(verb, theme, entry, idx) -> Found | None:
    """The one let or made to act: "allowed Arafat to return", "forced Iraq to withdraw", where the small
    model reads that one as the subject of the infinitive, not the object of the verb. Named actors only."""
    own = set(subjects(verb, idx))
    clauses = [c for c in children_with(verb, {"ccomp", "xcomp"}) if to_infinitive(c)]
    named = [s for c in clauses for s in children_with(c, SUBJECT_DEPS) if s.pos_ != "PRON"]
    return _found([k for s in named for k in idx.actors(s) if k not in own])


def condition_targets(verb, theme, entry, idx) -> Found | None:
    """Whoever must meet a threat's condition is its target: "threatened to kill the hostage unless
    Britain withdrew its troops", "warned it would retaliate if Japan sent ships".

    The condition clause hangs on the threat verb or on the threatened act (its complement, or
    the trigger itself when that is the act: "threatened to kill" coded as a threat, "threatened
    attacks on X unless …").
    """
    heads = [verb] + ([verb.head] if verb.dep_ in ("xcomp", "dobj") and verb.head.i != verb.i else [])
    heads += [c for h in list(heads) for c in children_with(h, {"xcomp", "ccomp"})]
    clauses = [
        c
        for h in heads
        for c in children_with(h, {"advcl"})
        if any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(c))
    ]
    # named ones only: "has threatened to intervene if it secedes" leaves "it" to a reader
    named = [s for c in clauses for s in children_with(c, SUBJECT_DEPS) if s.pos_ != "PRON"]
    own = set(subjects(verb, idx))
    return _found([k for s in named for k in idx.actors(s) if k not in own])


def act_targets(act, idx) -> list[str]:
    """Return the targets of a threatened act: its object or whose it is, and the phrases on it and on
    its object ("to attack Israel", "to cut ties with Serbia", "to impose sanctions on Iran")."""
    objects = children_with(act, OBJECT_DEPS)
    preps = TARGET_PREPS - {"in", "of"}
    keys = [k for o in objects for k in idx.inside(o, led=False)]
    keys += _inside_all(prep_objects(act, preps), idx)
    return keys + [k for o in objects for k in _inside_all(prep_objects(o, preps), idx)]


def complement_act_targets(verb, theme, entry, idx) -> Found | None:
    """The target of the act threatened or warned of: "threatened to attack Israel", "warned on Friday
    that it would cut ties with Serbia"; when someone else is to act, that one: "warned that Iran
    would attack".
    """
    own = set(subjects(verb, idx))
    for clause in children_with(verb, {"xcomp", "ccomp"}):
        agents = [k for k in subjects(clause, idx) if k not in own]
        keys = agents if agents else [k for k in act_targets(clause, idx) if k not in own]
        if keys:
            return _found(keys)
    return None


def noun_act_targets(noun, theme, entry, idx) -> Found | None:
    """The target of the act a threat noun names in its infinitive: "its threat to attack Israel",
    "a warning to cut ties with Serbia" (the noun's "to" clause, as `complement_act_targets` reads a verb's)."""
    own = set(noun_modifier_agents(noun, idx))
    clauses = [c for c in children_with(noun, {"acl"}) if to_infinitive(c)]
    if not clauses and noun.dep_ in OBJECT_DEPS:
        # "renewed its threats to continue attacks on X": the small model hangs the infinitive on the verb
        late = children_with(noun.head, {"advcl"})
        clauses = [c for c in late if c.i > noun.i and to_infinitive(c) and not children_with(c, SUBJECT_DEPS)]
    return _found([k for c in clauses for k in act_targets(c, idx) if k not in own])


def complement_targets(verb, theme, entry, idx) -> Found | None:
    """The agents of a clause complement are what a claim is about: "denied that its troops were sent"."""
    return _found(complement_agents(verb, idx))


def complaint_targets(verb, theme, entry, idx) -> Found | None:
    """Whom a complaint's "that" clause names is accused: "complained to the UN that Iraq had
    violated the truce", "charged that Syria was arming the rebels" (not the one told); a clause
    without "that" too, after the verb or before it: "alleged Syria was smuggling arms", "Iran is
    arming the militias, US officials alleged"."""
    clauses = [c for c in children_with(verb, {"ccomp"}) if _stated_clause(c)]
    own = set(subjects(verb, idx))
    return _found([k for c in clauses for s in children_with(c, SUBJECT_DEPS) for k in idx.actors(s) if k not in own])


def _stated_clause(clause) -> bool:
    """True for a finite clause that states something: "that Iraq had violated …", "Syria was smuggling …"
    (not "whether …", not an infinitive)."""
    marks = [m.lower_ for m in children_of(clause) if m.dep_ == "mark"]
    return marks == ["that"] or (not marks and not to_infinitive(clause) and clause.pos_ in ("VERB", "AUX"))


def at_war(noun, idx) -> bool:
    """True for a bare conflict noun after "at": "X is at war with Y", "X and Y have been at war"."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "at"
        and noun.lemma_.lower() in idx.lex.conflict_nouns
        and not children_with(noun, {"det", "poss"})
    )


def at_war_agents(noun, theme, entry, idx) -> Found | None:
    """Whoever is at war wages it: "Russia is at war with Ukraine" (the clause's subject)."""
    return _found(clause_agents(noun.head, idx)) if at_war(noun, idx) else None


def _under_attack(noun):
    """Return the verb of "X came under attack" (`noun` the object of "under" on a verb), else None."""
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and verb.pos_ in ("VERB", "AUX"):
        return verb
    return None


def under_attack_targets(noun, theme, entry, idx) -> Found | None:
    """Forces that come under attack are its target: "Iraqi troops came under attack from ISIL".

    Only forces (`force_nouns`): "the minister came under attack from Italy" is criticism.
    """
    verb = _under_attack(noun)
    if verb is None:
        return None
    forces = [s for s in children_with(verb, SUBJECT_DEPS) if s.lemma_.lower() in idx.lex.force_nouns]
    return _found([k for s in forces for k in idx.actors(s)])


def under_attack_agents(noun, theme, entry, idx) -> Found | None:
    """Whoever an attack one comes under is by or from: "came under attack by Boko Haram"."""
    verb = _under_attack(noun)
    if verb is None:
        return None
    return _found([k for _, o in prep_objects(verb, {"by", "from"}) for k in idx.actors(o)])


def noun_clause_targets(noun, theme, entry, idx) -> Found | None:
    """Whom an accusation's "that" clause speaks of: "accusations by Kenya that Somalia armed the
    militias", "the charge that it had sheltered rebels" (the clause's subject, not the accuser)."""
    clauses = [
        c
        for c in children_with(noun, {"acl", "ccomp"})
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    own = set(noun_modifier_agents(noun, idx))
    return _found([k for c in clauses for s in children_with(c, SUBJECT_DEPS) for k in idx.actors(s) if k not in own])


#: Objects that make a verb the subject's own answer: "defended itself against the charges".
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})


def answered_targets(noun, theme, entry, idx) -> Found | None:
    """Whoever answers an accusation is accused: "Kenya rejected charges by Somalia", "Kenya defended
    itself against accusations by Somalia" (the subject of a verb that rejects or denies the noun,
    or of a reflexive verb the noun is "against"). Only for accusations and criticism (ACCUSE)."""
    if "relation" not in entry or idx.lex.info(entry["relation"]).plover != "ACCUSE":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "against" and verb.head.pos_ == "VERB":
        verb = verb.head if any(o.lower_ in REFLEXIVES for o in children_with(verb.head, {"dobj"})) else None
    elif noun.dep_ in OBJECT_DEPS and verb.pos_ == "VERB":
        verb = verb if "REJECT" in verb_categories(verb, idx) else None
    else:
        return None
    return _found(subjects(verb, idx)) if verb is not None else None


def noun_destinations(noun, theme, entry, idx) -> Found | None:
    """Where a deployment named by a noun goes: "the dispatch of troops to Russia"."""
    return _found(destinations(noun, idx))


#: Dependencies of a purpose infinitive on a deployment, its forces or its governing verb.
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def purpose_places(token, theme, entry, idx) -> Found | None:
    """Where forces sent to do something do it: "sent 500 troops to protect civilians in Darfur",
    "deployed soldiers to help keep the peace in the Liberian capital", "the deployment of AU troops
    to monitor a truce in the western Sudanese region" (a place's or region's state).

    Only when the deployment names no destination itself (the frame tries this last), and only
    the "in" phrases of the to-infinitive (or its chain, "help keep") and of its object. A verb
    needs a subject of its own: in "raised alarm over North Korea sending troops to join the war in
    Ukraine" the parser leaves "sending" none, and the alarmed would be read as the senders.
    """
    if token.pos_ == "VERB" and not children_with(token, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return None
    heads = [token, *([theme] if theme is not None else [])]
    if token.pos_ == "NOUN" and token.dep_ in OBJECT_DEPS:
        heads.append(token.head)  # "approved the deployment of troops to monitor …"
    verbs = [c for h in heads for c in children_with(h, PURPOSE_DEPS) if c.pos_ == "VERB" and to_infinitive(c)]
    for verb in verbs:
        verbs += [c for c in children_with(verb, {"xcomp"}) if c not in verbs]
    objects = [o for v in verbs for o in children_with(v, {"dobj"})]
    places = [o for h in verbs + objects for _, o in prep_objects(h, {"in"})]
    return _found(
        [
            k
            for o in places
            for k in idx.actors(o, groups=False, locative=True) or [place_state(o) or region_state(o, idx)]
            if k
        ]
    )


def noun_partners(noun, theme, entry, idx) -> Found | None:
    """The other side of a joint event noun: "talks with Seoul", "the accord reached between X and Y"."""
    return Found(tuple(k for _, o in noun_prep_objects(noun, {"with", "between"}) for k in idx.actors(o)))


def noun_recipients(noun, theme, entry, idx) -> Found | None:
    """Whoever a transfer named by a noun goes to: "deliveries of arms to Russia".

    The parser often hangs "to X" on the thing given rather than on the noun.
    """
    heads = [noun] if theme is None else [noun, theme]
    return Found(tuple(k for h in heads for _, o in prep_objects(h, RECIPIENT_PREPS) for k in idx.actors(o)))


def conjunct_prep_targets(noun, theme, entry, idx) -> Found | None:
    """A target the event noun shares with a later noun it is coordinated with: "an arms embargo and a
    travel ban on Eritrea", "an embargo and other sanctions against Zimbabwe" (the phrase on the last)."""
    later = [c for c in noun.conjuncts if c.i > noun.i]
    return _found(_inside_all([p for c in later for p in noun_prep_objects(c, TARGET_PREPS - {"in", "of"})], idx))


def noun_prep_targets(preps: frozenset[str]) -> Construction:
    """Return the construction taking the target from the event noun's `preps` phrases: "the attack on Kyiv"."""

    def construction(noun, theme, entry, idx):
        return _found(_inside_all(noun_prep_objects(noun, preps), idx))

    return construction


def light_verb_prep_targets(preps: frozenset[str]) -> Construction:
    """Return the construction taking the target from the light verb's `preps` phrases.

    "launched an offensive against Y": the parser often hangs the target on the light verb. A phrase
    before the verb sets the scene ("In Syria, coalition forces conducted strikes against ISIL").
    """

    def construction(noun, theme, entry, idx):
        if noun.dep_ in OBJECT_DEPS and noun.head.lemma_.lower() in LIGHT_VERBS:
            verb = noun.head
            return _found(_inside_all([(p, o) for p, o in prep_objects(verb, preps) if o.i > verb.i], idx))
        return None

    return construction


def subject_verb_targets(noun, theme, entry, idx) -> Found | None:
    """ "Saudi airstrikes delivered 30 munitions against Houthi positions": whom the "against" phrase of the
    verb an event noun is the subject of names, on the verb or on its object (the parser's choice)."""
    if noun.dep_ not in SUBJECT_DEPS or noun.head.pos_ != "VERB":
        return None
    heads = [noun.head, *children_with(noun.head, {"dobj"})]
    return _found([k for o in phrase_objects(heads, {"against"}) for k in idx.inside(o, led=False)])


# --- Both sides at once ------------------------------------------------------------------------


def accompanied_pair(noun, theme, entry, idx) -> Found | None:
    """ "With the support of Iran, Hezbollah fought …", "Kurdish forces, with US backing, …": the
    owner of an act done "with" (`accompanying_act`) does it to the subject of the clause, or to
    the noun the phrase hangs on. The owner first, then the ones it acts on."""
    if not accompanying_act(noun, idx):
        return None
    owners = noun_modifier_agents(noun, idx) + [k for _, o in prep_objects(noun, {"of", "from"}) for k in idx.actors(o)]
    governor = noun.head.head
    sides = subjects(governor, idx) if governor.pos_ in ("VERB", "AUX") else idx.actors(governor)
    sides = [k for k in sides if k not in owners]
    return _found([owners[0], *sides]) if owners and sides else None


def between_pair(noun, theme, entry, idx) -> Found | None:
    """ "talks between Seoul and Warsaw": both sides in one phrase (at least two actors)."""
    found = [k for _, o in noun_prep_objects(noun, {"between"}) for k in idx.actors(o)]
    return Found(tuple(found)) if len(found) >= 2 else None


def conflict_between(noun, theme, entry, idx) -> Found | None:
    """ "clashes between X and Y", "fighting broke out between X and Y", "clashes that broke out between
    X and Y": both sides of a fight, the "between" phrase on the noun, on the verb it is the subject
    of, or on its relative clause (at least two actors)."""
    heads = [noun, noun.head] if noun.dep_ in SUBJECT_DEPS else [noun]
    heads += children_with(noun, {"relcl"})
    found = [k for h in heads for _, o in noun_prep_objects(h, {"between"}) for k in idx.actors(o)]
    return Found(tuple(dict.fromkeys(found))) if len(set(found)) >= 2 else None


def fighting_between(verb, theme, entry, idx) -> Found | None:
    """ "Fighting between X and Y killed 20": a conflict gerund with no subject of its own, parsed as a
    verb, is fought by the sides of its "between" phrase (`conflict_between`)."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in idx.lex.conflict_nouns:
        return None
    return conflict_between(verb, theme, entry, idx)


def of_participants(noun, theme, entry, idx) -> Found | None:
    """ "a summit of Kenya, Uganda and Tanzania", "a meeting of the ministers of Laos and Cambodia":
    the "of" phrase of a joint event noun names its sides (at least two; one is not a pair)."""
    found = [k for _, o in prep_objects(noun, {"of"}) for k in idx.actors(o)]
    return Found(tuple(dict.fromkeys(found))) if len(set(found)) >= 2 else None


def convened_for(noun, theme, entry, idx) -> Found | None:
    """ "Sudan's leaders joined Libya for a summit", "Kenya hosted Uganda for talks": the subject and
    object of a verb that the patterns code as the noun's own kind of joint event, or do not code
    at all, are its sides.

    Not a one-sided act for talks: "visited Japan, China and Korea for talks" is three visits.
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.head.pos_ != "VERB" or "relation" not in entry:
        return None
    verb, own = noun.head.head, idx.lex.info(entry["relation"])
    coded = code_trigger(verb)
    readings = [
        idx.lex.info(e["relation"])
        for e in idx.lex.triggers.get((verb.lemma_.lower(), "VERB"), ())
        if not e.get("object")
    ]  # "join forces" aside
    if coded is not None and coded.cameo is not None:  # no code: the verb says nothing by itself ("joined")
        if coded.relation is None or coded.plover != own.plover:
            return None
        readings.append(idx.lex.info(coded.relation))
    if not all(r.symmetric for r in readings):
        return None
    sides = subjects(verb, idx) + [k for o in children_with(verb, OBJECT_DEPS) for k in idx.actors(o)]
    return Found(tuple(dict.fromkeys(sides))) if len(set(sides)) >= 2 else None


def hyphenated_pair(noun, theme, entry, idx) -> Found | None:
    """ "Russia-Iran talks", "the U.S.-Philippine partnership": both sides in one modifier."""
    return _found(hyphen_pair(noun, idx))
