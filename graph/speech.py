"""Speech acts a report makes without a verb of accusing or demanding.

Wire copy often accuses by saying who did wrong: "Venezuela said the United States was behind
the coup attempt", "Belgrade has failed to hand over the general, the prosecutor told the
Security Council", "Pakistan held India responsible for the raid"; and headlines name a speaker
after a colon: "Iran must halt enrichment: Britain". Each yields the speaker's own act (an
accusation, CAMEO 112; a demand, CAMEO 10) besides whatever event the clause reports.
"""

from __future__ import annotations

from .arguments import OBJECT_DEPS, children_with, prep_objects
from .constructions import act_targets, noun_modifier_agents, object_owner, own_subjects, subjects, theme_of
from .modality import modality_of, speaker_of
from .patterns import PatternMatch, code_trigger, match_noun
from .tokens import children_of, to_infinitive

__all__ = [
    "ACCUSATION",
    "HEADLINE_DEMAND",
    "REFUSAL",
    "speech_lemmas",
    "reported_wrongs",
    "headline_demands",
    "refused_acceptances",
    "defences",
    "appeals_for",
    "demand_clauses",
    "incitements",
    "conditional_refusals",
]

#: An accusation told by a verb of saying (its modality is the saying's) or "according to" (stated).
ACCUSATION = PatternMatch("", "112", "ACCUSE", "accuses")
_STATED_ACCUSATION = PatternMatch("", "112", "ACCUSE", "accuses", modality="asserted")
#: A headline's demand ("Iran must halt enrichment: Britain"): the speaker's own act, stated.
HEADLINE_DEMAND = PatternMatch("", "10", "REQUEST", "requests", modality="asserted")

#: A refusal to accept what another offers or is party to ("will not accept a deal with Israel"): stated.
REFUSAL = PatternMatch("", "12", "REJECT", "rejects", modality="asserted")
#: Verbs of accepting whose refusal rejects: "refused to accept a compromise with Kosovo".
REFUSED_VERBS = frozenset({"accept", "heed"})
#: Verbs of refusing whose object's maker is rejected: "refused a Russian proposal".
REFUSING_VERBS = frozenset({"refuse"})
#: Nouns of demand whose clause names who is to act: "Egypt's call for Israel to halt the raids",
#: "Beijing's demand that Tokyo apologise"; a deadline or ultimatum for someone is a threat (CAMEO 139).
DEMAND_NOUNS = frozenset({"demand", "call", "appeal", "plea", "request"})
DEADLINE_NOUNS = frozenset({"deadline", "ultimatum"})
#: Verbs of urging others to act: "urged Muslims to attack American targets" incites an attack.
INCITING_VERBS = frozenset({"ask", "urge", "order", "call", "instruct", "tell", "encourage", "exhort", "incite"})
#: An attack one urges others (followers, not one's forces) to make: a threat of force (CAMEO 138).
INCITED_THREAT = PatternMatch("", "138", "THREATEN", "threatens")
#: Verbs of appeal that take "for X to V": "called for Iran to suspend enrichment" asks it of Iran.
APPEAL_VERBS = frozenset({"call", "appeal", "press", "push", "plead", "lobby"})

#: Verbs of defending oneself against a charge: "defended itself against criticism from the EU" denies it.
DEFENCE_VERBS = frozenset({"defend"})

#: Words that lay a wrong at someone's door: "was behind the bombing", "is responsible for the
#: attack", "held Syria accountable for".
RESPONSIBLE_WORDS = frozenset({"responsible", "accountable", "behind"})
#: Verbs whose subject a speaker says did wrong: "failed to hand over", "plotted to kill", "conspired to".
WRONG_VERBS = frozenset({"fail", "plot", "conspire"})
#: PLOVER categories of the acts one is said to be behind or responsible for ("the bombing", "the siege").
HOSTILE_CATEGORIES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
#: Modals of a demand in a headline: "Pakistan should do more: Karzai".
DEMAND_MODALS = frozenset({"must", "should"})
#: How a headline names its speaker ("…: Putin"), and the mark of a condition a refusal sets
#: ("will not resume talks until Washington changes its policy"): the marks `actorgraph.relations` looks up.
ATTRIBUTION_MARKS = frozenset({":", "until"})
#: A headline's speaker is a short name after the colon, no clause.
MAX_SPEAKER_WORDS = 5


_SPEECH_LEMMAS = (
    RESPONSIBLE_WORDS
    | WRONG_VERBS
    | REFUSED_VERBS
    | REFUSING_VERBS
    | DEFENCE_VERBS
    | APPEAL_VERBS
    | INCITING_VERBS
    | DEMAND_NOUNS
    | DEADLINE_NOUNS
)


def speech_lemmas() -> frozenset[str]:
    """Return the lemmas the speech acts start from (a Doc's tokens are looked up once by them)."""
    return _SPEECH_LEMMAS


def _hostile(noun, idx) -> bool:
    """True when `noun` (or a compound of it: "coup attempt") names a hostile act: an attack, a siege, a threat."""
    lex = idx.lex
    for t in (noun, *(c for c in children_of(noun) if c.dep_ == "compound")):
        if t.pos_ != "NOUN":
            continue
        plovers = {lex.info(e["relation"]).plover for e in lex.triggers.get((t.lemma_.lower(), "NOUN"), ())}
        match = match_noun(t)
        if match is not None and match.plover:
            plovers.add(match.plover)
        if plovers & HOSTILE_CATEGORIES:
            return True
    return False


def _wrong_of(word, idx) -> bool:
    """True when a responsibility word names a hostile act: "behind the bombing", "responsible for the raids"."""
    if word.lower_ == "behind":
        acts = children_with(word, {"pobj"})
    else:
        acts = [o for _, o in prep_objects(word, {"for"})]
    return any(_hostile(a, idx) for a in acts)


def _wrongdoers(word, idx) -> list[str]:
    """Return who a speaker says did wrong at `word` ("Syria" in "said Syria was behind the raid"), else []."""
    lemma = word.lemma_.lower()
    if lemma in INCITING_VERBS:
        return subjects(word, idx) if _incited_act(word, idx) is not None else []
    if lemma in WRONG_VERBS:
        if word.pos_ != "VERB":
            return []
        acts = [c for c in children_with(word, {"xcomp"}) if to_infinitive(c)]
        if lemma != "fail":
            acts += [o for o in children_with(word, OBJECT_DEPS) if _hostile(o, idx)]
        return subjects(word, idx) if acts else []
    if not _wrong_of(word, idx):
        return []
    head = word.head
    if word.dep_ in ("acomp", "prep", "attr") and head.lemma_.lower() == "be":
        return own_subjects(head, idx)
    return []


def _held_responsible(word, idx) -> tuple[list[str], list[str], object] | None:
    """Return ``(agents, targets, verb)`` for "held India responsible for the attack", else None."""
    verb, held = word.head, None
    if word.dep_ == "amod" and verb.dep_ == "dobj":  # the small model hangs "responsible" on the object
        verb, held = verb.head, verb
    if word.lower_ == "behind" or verb.lemma_.lower() != "hold" or word.dep_ not in ("amod", "oprd", "acomp", "ccomp"):
        return None
    if not _wrong_of(word, idx):
        return None
    targets = [k for o in ([held] if held is not None else children_with(verb, {"dobj"})) for k in idx.actors(o)]
    return subjects(verb, idx), targets, verb


def reported_wrongs(tokens, idx):
    """Yield ``(accuser, accused, token, match)`` for the wrongs told at `tokens` (`speech_lemmas` words).

    A speaker who says another was behind or responsible for a hostile act, failed to do what it
    should or plotted one accuses it (CAMEO 112): "Venezuela said the United States was behind
    the coup attempt", "Serbia has failed to arrest the fugitives, the prosecutor told the
    council", "rebels plotted to kill the president, according to Peru's interior minister".
    Whoever holds another responsible accuses it too. A wrong denied or negated ("said Syria was not
    behind") is no accusation; the token is the speaker's verb (or "according"), which tells the act.
    """
    lex = idx.lex
    for word in tokens:
        held = _held_responsible(word, idx)
        if held is not None:
            agents, targets, verb = held
            yield from ((a, t, verb, ACCUSATION) for a in agents for t in targets)
            continue
        accused = _wrongdoers(word, idx)
        if not accused or modality_of(word, lex) in ("negated", "denied"):
            continue
        found = speaker_of(word, idx, lex)
        if found is None:
            continue
        speaker, told = found
        match = _STATED_ACCUSATION if told.lower_ == "according" else ACCUSATION
        for target in accused:
            yield speaker, target, told, match


def _headline_speaker(mark, idx) -> str | None:
    """Return the actor a headline names after its colon ("Iran must halt enrichment: Britain"), else None."""
    sent = idx.sent(mark)
    if sent.root.i > mark.i:
        return None
    tail = [t for t in sent[mark.i - sent.start + 1 :] if not t.is_punct]
    if not tail or len(tail) > MAX_SPEAKER_WORDS:
        return None
    found = {idx.mention(t) for t in tail}
    if None in found or len(found) != 1:
        return None
    return found.pop().key


def headline_demands(tokens, idx):
    """Yield ``(speaker, addressee, mark, match)`` for a headline's demand at `tokens` (its colons).

    "India must open its markets: Blair", "Pakistan should do more against militants: Karzai":
    what the speaker after the colon says another must or should do is their demand on it
    (CAMEO 10), as in "X said Y must …" (`actorgraph.relations`).
    """
    for mark in tokens:
        if mark.lower_ != ":":
            continue
        speaker = _headline_speaker(mark, idx)
        if speaker is None:
            continue
        root = idx.sent(mark).root
        for verb in (root, *children_with(root, {"conj"})):
            if any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in children_of(verb)):
                for addressee in _headline_subjects(verb, idx):
                    yield speaker, addressee, mark, HEADLINE_DEMAND


def _headline_subjects(verb, idx) -> list[str]:
    """Return the actors of a headline verb's subjects, with a name listed before them by a comma
    ("India, Russia must …": headlines write "and" as a comma, and the small model reads the first
    name as an adverbial)."""
    found = own_subjects(verb, idx)
    subject = next(iter(children_with(verb, {"nsubj"})), None)
    if subject is None:
        return found
    listed = [c for c in children_with(verb, {"npadvmod"}) if c.i < subject.i and c.doc[c.i + 1].lower_ == ","]
    return [*(k for c in listed for k in idx.actors(c)), *found]


def _refusal(verb, lex) -> bool:
    """True for a refused acceptance ("will not accept", "refused to accept") or a refusal of a thing
    ("refused a Russian proposal": its object a noun, not an act)."""
    lemma = verb.lemma_.lower()
    if lemma in REFUSING_VERBS:
        return any(o.pos_ == "NOUN" for o in children_with(verb, {"dobj"})) and modality_of(verb, lex) == "asserted"
    return lemma in REFUSED_VERBS and modality_of(verb, lex) == "negated"


def refused_acceptances(tokens, idx):
    """Yield ``(agent, target, verb, match)`` for a refusal to accept at `tokens` (`speech_lemmas` words).

    "The Kurds will not accept any arrangement with Baghdad", "Serbia refused to accept a compromise
    with Kosovo", "did not accept the Russian offer": whoever made or is party to the thing not
    accepted (`actorgraph.constructions.object_owner`) is rejected (CAMEO 12), whatever the thing is;
    the CAMEO patterns code only some objects of "accept" ("a plan", "a proposal").
    """
    lex = idx.lex
    for verb in tokens:
        if verb.pos_ != "VERB" or not _refusal(verb, lex):
            continue
        found = object_owner(verb, theme_of(verb), {}, idx)
        if found is None:
            continue
        for agent in subjects(verb, idx):
            for target in found.keys:
                yield agent, target, verb, REFUSAL


def _charge(noun, lex) -> bool:
    """True when `noun` is a charge one may answer: an accusation, criticism, allegation or claim."""
    lemma = noun.lemma_.lower()
    entries = lex.triggers.get((lemma, "NOUN"), ())
    if lemma in lex.allege_words or any(lex.info(e["relation"]).plover == "ACCUSE" for e in entries):
        return True
    match = match_noun(noun)
    return match is not None and match.plover == "ACCUSE"


def defences(tokens, idx):
    """Yield ``(agent, accuser, verb)`` for a defence against a charge at `tokens` (`speech_lemmas` words).

    "Libya defended itself against criticism from the European Union", "Seoul defended its
    policy against Japanese accusations": whoever defends against another's charge denies it
    (PLOVER REJECT), as "rejected the accusations by X" does; the charge stays the accuser's.
    """
    lex = idx.lex
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DEFENCE_VERBS:
            continue
        # "defended its record against charges": the small model hangs the phrase on the object
        phrases = [p for h in (verb, *children_with(verb, {"dobj"})) for p in prep_objects(h, {"against"})]
        charges = [o for _, o in phrases if o.pos_ == "NOUN" and _charge(o, lex)]
        accusers = [k for c in charges for k in noun_modifier_agents(c, idx)]
        accusers += [k for c in charges for _, o in prep_objects(c, {"from"}) for k in idx.actors(o)]
        for agent in subjects(verb, idx):
            for accuser in accusers:
                yield agent, accuser, verb


def appeals_for(tokens, idx):
    """Yield ``(agent, addressee, verb)`` for an appeal for another to act at `tokens` (`speech_lemmas` words).

    "The EU called for Iran to suspend enrichment", "Britain pressed for Syria to withdraw": the
    subject of the "for … to" clause is asked to act (CAMEO 10), as in "called on Iran to".
    """
    for verb in tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in APPEAL_VERBS:
            continue
        for clause in children_with(verb, {"advcl", "ccomp"}):
            if to_infinitive(clause) and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(clause)):
                for agent in subjects(verb, idx):
                    for addressee in own_subjects(clause, idx):
                        yield agent, addressee, verb


def _addressed_clauses(head) -> list:
    """Return the clauses of `head` that name who is to act: "for X to V" (an infinitive with "for")
    or "that X V" (a finite or subjunctive clause with "that")."""
    found = []
    for clause in children_with(head, {"acl", "advcl", "ccomp", "relcl"}):
        marks = {m.lower_ for m in children_of(clause) if m.dep_ == "mark"}
        if ("for" in marks and to_infinitive(clause)) or (marks == {"that"} and not to_infinitive(clause)):
            found.append(clause)
    return found


def _demanders(noun, idx) -> list[str]:
    """Return who makes a demand noun: its modifiers ("Egypt's call"), else the subject of the verb it is
    the object of ("Washington set a deadline for …", "Moscow renewed its demand that …")."""
    found = noun_modifier_agents(noun, idx)
    if not found and noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":
        found = subjects(noun.head, idx)
    return found


def demand_clauses(tokens, idx):
    """Yield ``(agent, addressee, noun, relation)`` for a demand noun's clause at `tokens` (`speech_lemmas` words).

    "Egypt's call for Israel to halt the raids", "Beijing's demand that Tokyo apologise": the subject
    of the clause is asked to act (``requests``); "Washington set a deadline for Damascus to hand over
    the suspects": a deadline or ultimatum threatens it (``threatens``, CAMEO 139).
    """
    for noun in tokens:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in DEMAND_NOUNS | DEADLINE_NOUNS:
            continue
        clauses = _addressed_clauses(noun)
        if noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":  # "set a deadline for Damascus to …"
            clauses += [c for c in _addressed_clauses(noun.head) if c.i > noun.i]
        addressees = [k for c in clauses for k in own_subjects(c, idx)]
        if not addressees:
            continue
        relation = "threatens" if lemma in DEADLINE_NOUNS else "requests"
        for agent in _demanders(noun, idx):
            for addressee in addressees:
                yield agent, addressee, noun, relation


def _incited_act(verb, idx):
    """Return the hostile act a verb of urging asks others to make, else None.

    "urged Muslims to attack American targets", "asked followers to mount an assassination attempt
    against the president", "called on his supporters to kill British soldiers": those urged are
    no actor (an actor asked to act is requested to, `actorgraph.relations`) and no forces of the
    urger ("ordered troops to attack" is the attack itself).
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in INCITING_VERBS:
        return None
    urged = [*children_with(verb, {"dobj"}), *(o for _, o in prep_objects(verb, {"on", "upon"}))]
    lex = idx.lex
    if not urged or any(idx.actors(u) or u.lemma_.lower() in lex.force_nouns for u in urged):
        return None
    for act in children_with(verb, {"xcomp"}):
        if not to_infinitive(act):
            continue
        if _hostile_verb(act, lex) or any(_hostile(o, idx) for o in children_with(act, OBJECT_DEPS)):
            return act
    return None


def _hostile_verb(verb, lex) -> bool:
    """True when the lexicon or the CAMEO patterns code `verb` as a hostile act ("attack", "kill")."""
    entries = lex.triggers.get((verb.lemma_.lower(), "VERB"), ())
    if any(lex.info(e["relation"]).plover in HOSTILE_CATEGORIES for e in entries):
        return True
    match = code_trigger(verb)
    return match is not None and match.plover in HOSTILE_CATEGORIES


def _aimed_at(act, idx) -> list[str]:
    """Return whom an urged act is aimed at: its targets (`act_targets`), else the actors its object's
    modifiers name ("to attack American targets": the United States)."""
    found = act_targets(act, idx)
    if found:
        return found
    objects = children_with(act, OBJECT_DEPS)
    named = [idx.mention(c) for o in objects for c in children_of(o) if c.dep_ in ("amod", "compound")]
    return [m.key for m in named if m is not None]


def incitements(tokens, idx):
    """Yield ``(agent, target, verb, match)`` for an attack urged on others at `tokens` (`speech_lemmas` words).

    Whoever urges followers to attack someone threatens that one with force (CAMEO 138): "Bin Laden
    urged Muslims to attack American targets" threatens the United States (`_incited_act`); a
    speaker who tells of it accuses the urger (`reported_wrongs`).
    """
    for verb in tokens:
        act = _incited_act(verb, idx)
        if act is None:
            continue
        agents = subjects(verb, idx)
        for target in _aimed_at(act, idx):
            for agent in agents:
                yield agent, target, verb, INCITED_THREAT


def conditional_refusals(tokens, idx):
    """Yield ``(agent, addressee, act, match)`` for a refusal set on another's act at `tokens` (its "until"s).

    "Iran will not resume talks until the Europeans drop their demands", "Pakistan suspended the
    dialogue until India withdraws its troops": who refuses or stops an act until another does
    something rejects that other (CAMEO 12), stated; the condition's subject must be named (not "it").
    """
    lex = idx.lex
    for mark in tokens:
        clause = mark.head
        if mark.lower_ != "until" or mark.dep_ != "mark" or clause.dep_ != "advcl":
            continue
        act = clause.head
        refused = act.lemma_.lower() in lex.negating_verbs or modality_of(act, lex) == "negated"
        if act.pos_ != "VERB" or not refused:
            continue
        named = [s for s in children_with(clause, {"nsubj", "nsubjpass"}) if s.pos_ != "PRON"]
        addressees = [k for s in named for k in idx.actors(s)]
        for agent in subjects(act, idx):
            for addressee in addressees:
                yield agent, addressee, act, REFUSAL
