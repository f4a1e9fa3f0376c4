"""How an event is told: its modality, who said it, the figures and the place given with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import CONDITION_MARKS, children_of, entity_text, parse_of, to_infinitive
from .vocab import modalities

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token

    from .arguments import ArgumentIndex
    from .lexicon import Lexicon

__all__ = ["modality_of", "said_by_of", "speaker_of", "quantity_of", "location_of", "MODALITIES"]

#: The modalities `modality_of` returns, firmest first (`actorgraph.vocab`'s order).
MODALITIES = modalities()
MODAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d", "will", "'ll", "shall"})
#: "is to visit", "is set to sign", "is due to hold": a scheduled event, told as hypothetical.
SCHEDULE_HEADS = frozenset({"be", "set", "due", "schedule", "slate"})
#: An event noun under these is the background of its clause ("in its war against Ukraine"):
#: the clause's modals and verbs of intent are not about it.
BACKGROUND_PREPS = frozenset({"in", "during", "amid", "of", "since", "throughout", "at"})


def _path(token: Token) -> list[Token]:
    """Return the tokens from `token` up to the root of its clause, `token` first.

    Climbing stops above an adverbial or relative clause: "Seoul vows response as
    troops head to Ukraine" does not make the heading a vow.
    """
    path = [token]
    while path[-1].head.i != path[-1].i and len(path) < 12 and path[-1].dep_ not in ("advcl", "relcl"):
        path.append(path[-1].head)
    return path


# A negation reaches a trigger through these links: "refrained from supplying", "did not hold talks",
# "is not a member".
_NEGATION_CLIMB = frozenset({"xcomp", "pcomp", "prep", "pobj", "dobj", "attr", "compound", "conj"})


def _negated(token: Token, lex: Lexicon) -> bool:
    """True when the trigger, or the verb chain whose complement it is, is negated or a refusal."""
    t = token
    while True:
        if any(c.dep_ == "neg" or (c.lower_ in ("no", "never") and c.dep_ == "det") for c in children_of(t)):
            return True
        if t.i != token.i and t.lemma_.lower() in lex.negating_verbs:
            return True
        if (t.i != token.i and t.pos_ == "VERB") or t.dep_ not in _NEGATION_CLIMB or t.head.i == t.i:
            return False
        t = t.head


def _cues(token: Token) -> Iterator[tuple[Token, str]]:
    """Yield the lemmas of the trigger, its modifiers and its governing words, nearest first."""
    for t in _path(token):
        yield t, t.lemma_.lower()
        for c in children_of(t):
            if c.dep_ in ("aux", "amod", "advmod", "mark", "acomp", "neg"):
                yield c, c.lower_


def _schedule_head(token: Token) -> int | None:
    """Return the index of "is"/"set"/"due" when `token`'s verb chain is "is to …", "is set to …", else None."""
    path = _path(token)
    for child, head in zip(path, path[1:]):
        if child.dep_ in ("xcomp", "advcl", "acomp") and to_infinitive(child) and head.lemma_.lower() in SCHEDULE_HEADS:
            return head.i
    return None


#: Words of a time to come on a verb in the present: "visits Canada next week", "meets Putin tomorrow".
_TIME_TO_COME = frozenset({"next", "tomorrow", "upcoming", "coming"})


def _time_to_come(token: Token) -> bool:
    """True for a verb in the present with a time to come: "Bush visits Canada next week" has not happened."""
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None or verb.tag_ not in ("VBZ", "VBP"):
        return False
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "xcomp")]  # "visits neighbouring Chile next week"
    times = [c for h in heads for c in children_of(h) if c.dep_ in ("npadvmod", "tmod", "advmod")]
    times += [o for h in heads for p in children_of(h) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    return any(t.lower_ in _TIME_TO_COME or any(c.lower_ in _TIME_TO_COME for c in children_of(t)) for t in times)


def _headline_infinitive(token: Token) -> bool:
    """True for a headline's "X to V": "Poland to Reduce Troops in Iraq" announces a plan.

    The infinitive is the sentence's root, or hangs on its subject (the small model reads "Blair
    to put troops …" as a relative clause), and the sentence has no finite verb.
    """
    verb = _path(token)[-1] if token.pos_ == "NOUN" else token
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if not to_infinitive(verb):
        return False
    if verb.dep_ == "ROOT":
        sent = verb.sent
    elif verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN"):
        sent = verb.head.sent
    else:
        return False
    return not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in sent)


def _background_limit(token: Token) -> int | None:
    """Return the index of the preposition above a background event noun, else None (see `BACKGROUND_PREPS`)."""
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPS:
        return token.head.i
    return None


def _directed(token: Token, lex: Lexicon) -> bool:
    """True for an act someone is told, urged, warned or kept from doing: it has not happened.

    "warned Georgia against joining NATO", "barred Iran from buying arms", "urged Iran not to
    attack" (the "not" is part of the advice, so the attack is no negated fact). An infinitive
    under a verb of saying, intent or demand that has an object ("told Norway's nationals to
    leave"); a gerund under "against", or under "from" with an object ("warned against",
    "was barred from"). Not "forced Iraq to withdraw": forcing is no saying.
    """
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        kept = head.lower_ == "from" and any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(head.head))
        return head.lower_ == "against" or kept
    addressed = [c for c in children_of(head) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))]
    if token.dep_ != "xcomp" or not any(c.i < token.i for c in addressed):  # "told X to", "called on X to"
        return False
    lemma = head.lemma_.lower()
    return lemma in lex.report_verbs or lemma in lex.hypothetical_verbs or _is_directive(lemma, lex)


def _purpose(token: Token) -> bool:
    """True for the verb of a purpose clause: "sent troops to fight alongside Russia" says what the
    troops are for, not that they fought."""
    return token.pos_ == "VERB" and token.dep_ == "advcl" and to_infinitive(token)


def _is_directive(lemma: str, lex: Lexicon) -> bool:
    """True when the lexicon reads the verb `lemma` as a demand or request (a ``directive`` frame)."""
    return any(lex.info(e["relation"]).frame == "directive" for e in lex.triggers.get((lemma, "VERB"), ()))


def modality_of(token: Token, lex: Lexicon) -> str:
    """Return how a trigger's event is told: asserted, reported, alleged, hypothetical, negated or denied.

    Walks from the trigger up to the sentence root: a negation on the trigger or its
    verb chain gives ``negated``; a governing deny verb ``denied``; "alleged",
    "purported" or a claim verb ``alleged``; a modal ("will" too), "if" or "unless", "is to"/"is set to"
    or a verb of intent (consider, plan, might contemplate) ``hypothetical`` (but not for an event
    noun that is the clause's background: "Russia seeks arms in its war against Ukraine"); a reporting verb or
    "reportedly" ``reported``; a confirming verb keeps it ``asserted``.
    """
    if _directed(token, lex) or _purpose(token) or _headline_infinitive(token) or _time_to_come(token):
        return "hypothetical"
    if _negated(token, lex):
        return "negated"
    background, above, scheduled = _background_limit(token), False, _schedule_head(token)
    for t, word in _cues(token):
        own = t.i == token.i
        above = above or (background is not None and t.i == background)
        if t.i == scheduled:
            return "hypothetical"
        if word in lex.deny_verbs and not own and t.pos_ == "VERB":
            return "denied"
        if word in lex.allege_words and (not own or t.pos_ != "NOUN"):
            return "alleged"
        if not above and (word in MODAL_AUX or word in CONDITION_MARKS or (word in lex.hypothetical_verbs and not own)):
            return "hypothetical"
        if word in lex.confirm_verbs and not own:
            return "asserted"
        if word in lex.allege_verbs and not own and t.pos_ == "VERB":
            return "alleged"
        if (
            (word in lex.report_verbs and not own and t.pos_ == "VERB")
            or word in lex.report_words
            or word == "according"
        ):
            return "reported"
    return "asserted"


def said_by_of(token: Token, idx: ArgumentIndex, lex: Lexicon) -> str | None:
    """Return the actor key of who is quoted for the event ("Zelensky said", "according to X"), or None.

    It fills the evidence's ``said_by``, so that a reader can tell who claims what.
    """
    found = speaker_of(token, idx, lex)
    return found[0] if found else None


def speaker_of(token: Token, idx: ArgumentIndex, lex: Lexicon) -> tuple[str, Token] | None:
    """Return ``(actor key, speech token)`` of who is quoted for what `token` says, or None.

    The speech token is the verb of saying ("said", "says South Korea") or "according" ("according
    to X"); `said_by_of` keeps the key, `actorgraph.speech` the token too (a speaker's own act of
    saying is how an accusation is told).
    """
    speech = lex.speech_verbs
    for t in _path(token)[1:]:
        if t.lemma_.lower() in speech and t.pos_ == "VERB":
            # "…, says South Korea": a speaker after the verb comes first
            for c in sorted(children_of(t), key=lambda c: c.i < t.i):
                if c.dep_ in ("nsubj", "nsubjpass"):
                    keys = idx.actors(c)
                    if keys:
                        return keys[0], t
                if c.dep_ == "dobj" and t.lemma_.lower() == "quote":
                    keys = idx.actors(c)
                    if keys:
                        return keys[0], t
    for t in _according(idx.sent(token)):
        if t.lower_ == "according":
            for pobj in (g for c in children_of(t) for g in c.subtree if g.dep_ == "pobj"):
                keys = idx.actors(pobj) or idx.inside(pobj)
                if keys:
                    return keys[0], t
    return None


def _according(sent) -> list[Token]:
    """Return the "according" tokens of a sentence, looking at its words only when its text has one."""
    p = parse_of(sent.doc)
    if "ccording" not in p.text(sent):
        return []
    return [p.doc[i] for i in range(sent.start, sent.end) if p.lowers[i] == "according"]


def quantity_of(theme: Token) -> str | None:
    """Return the figure given with an event's theme ("10,000 soldiers"), or None.

    It fills the evidence's ``quantity``: how many troops or weapons a report speaks of.
    """
    numbers = [c for c in children_of(theme) if c.dep_ == "nummod" and c.like_num]
    if not numbers and theme.like_num:
        numbers, theme = [theme], theme.head if theme.head.pos_ == "NOUN" else theme
    if not numbers:
        return None
    start = min(t.i for n in numbers for t in n.subtree)
    span = theme.doc[start : max(theme.i, numbers[-1].i) + 1]
    return span.text


def location_of(token: Token, idx: ArgumentIndex) -> str | None:
    """Return the place named with an event ("to Kursk", "signed … in Pyongyang"), or None.

    Only the trigger's own prepositional phrases count (and those of the noun a
    nominal trigger's light verb governs), so a place elsewhere in the sentence
    is not pinned on the event.
    """
    heads = [token] + ([token.head] if token.dep_ in ("dobj", "nsubjpass") else [])
    for head in heads:
        for prep in children_of(head):
            if prep.dep_ != "prep":
                continue
            for pobj in children_of(prep):
                for t in [pobj, *(c for c in children_of(pobj) if c.dep_ in ("compound", "poss"))]:
                    m = idx.mention(t)
                    if t.ent_type_ in ("PLACE", "GPE", "LOC", "FAC") and m is None:
                        return entity_text(t)
                    if m is not None and m.role == "capital" and prep.lower_ in idx.lex.locative_preps:
                        return m.text
    return None
