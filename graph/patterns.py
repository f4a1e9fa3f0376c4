"""CAMEO verb patterns and event nouns: the most specific CAMEO code, PLOVER category and relation a trigger's words give.

The patterns are generated from the PETRARCH2 verb dictionary by ``scripts/build_cameo.py``
(``data/cameo_verbs.jsonl``, ``cameo_classes.jsonl``, ``cameo_nouns.jsonl``, ``cameo_modes.json``;
MIT and CC BY-SA 4.0, see ``data/LICENSE-openeventdata``). They are read once per process into an
index by verb lemma, each lemma's patterns most specific first, so a trigger is matched against its
own lemma's few dozen patterns, never against all of them. As in PETRARCH, a verb with its object,
particle and prepositions beats the verb alone: "imposed sanctions" is 163, "lifted sanctions" 085.
"""

from __future__ import annotations

import dataclasses
import functools
import json

from .resources import data_file, read_jsonl
from .tokens import CONDITION_MARKS, children_of

__all__ = [
    "PatternMatch",
    "CameoCode",
    "cameo_code",
    "cameo_codes",
    "match_verb",
    "match_noun",
    "match_trigger",
    "mode_of",
    "with_mode",
    "code_trigger",
    "code_threat",
    "trigger_lemmas",
    "in_class",
    "bare_codes",
    "rebuffing_verbs",
    "class_heads",
    "two_way_verbs",
]

#: Where the words a pattern constrains hang off its verb: its objects (an object-like child, or the
#: noun a participle modifies), its "subject" (the words PETRARCH puts before the verb: subjects and
#: pre-verbal adverbs, "sharply attacked"), its particles and prepositions.
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "acomp", "advmod", "npadvmod", "nsubjpass", "dative"})
BEFORE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "advmod", "npadvmod", "compound"})
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "agent"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
#: The modes an act code has a mirror code for in ``cameo_modes.json``.
MODES = ("intent", "refusal", "threat", "forgo")

#: Auxiliaries that put the act in the future ("will meet") or, negated, refuse it ("would not provide").
#: A future act is not an intent: the dictionary's maintainers took WILL out of the intent codes
#: because it "resulted in massively over-coding this category" (CAMEO.2.0.txt, 19.03.05).
FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
REFUSAL_AUX = FUTURE_AUX | {"would", "'d"}


@dataclasses.dataclass(frozen=True)
class CameoCode:
    """One CAMEO code of ``data/cameo_codes.jsonl``: its name, PLOVER category and actorgraph relation."""

    code: str
    name: str | None
    plover: str | None
    relation: str | None


@dataclasses.dataclass(frozen=True)
class PatternMatch:
    """The pattern that codes a trigger: its id in ``data/cameo_verbs.jsonl`` (or ``noun:LEMMA``), its code.

    `cameo` is None for a null pattern (the dictionary says these words are no event);
    `reverse` means the event goes from target to source (``[:173]``, "appeared in court");
    `mode` is ``intent`` or ``refusal`` when `with_mode` recoded the act, and `modality`
    the modality that recoding implies (``hypothetical`` for an intent) and `act` the relation of
    the act recoded (its arguments are read as the act's: "plans to withdraw from Iraq"); `has_object` says the
    pattern names the verb's object (or is an event noun's), what tells "lift sanctions" apart;
    `governor` is the index in the Doc of the verb whose modality a threat takes ("threatened" in
    "X threatened to attack Y": the threat was made, whatever its attack is), else None.
    """

    pattern: str
    cameo: str | None
    plover: str | None
    relation: str | None
    specificity: int = 0
    reverse: bool = False
    symmetric: bool = False
    text: str = ""
    mode: str | None = None
    modality: str | None = None
    has_object: bool = False
    governor: int | None = None
    act: str | None = None


@dataclasses.dataclass(frozen=True)
class _Noun:
    head: str
    mods: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class _Pattern:
    id: str
    words: tuple[str, ...]  # words after the verb lemma in a multi-word verb ("call off": ("off",))
    particle: str | None
    obj: _Noun | None
    preps: tuple[tuple[str, _Noun | None], ...]
    before: _Noun | None
    match: PatternMatch


@dataclasses.dataclass(frozen=True)
class _Patterns:
    """The patterns of one verb lemma, most specific first, keyed by a word each needs near the verb so
    that a verb token is tried only against the patterns its words can fit (`_Context.candidates`):
    a literal object head (``("obj", "sanction")``), else its particle, else its first preposition;
    the others are tried always."""

    ordered: tuple  # of _Pattern
    always: tuple  # positions in `ordered`
    keyed: dict  # (kind, word) -> positions in `ordered`

    @classmethod
    def of(cls, ordered) -> _Patterns:
        """Return the `_Patterns` of one lemma's patterns, `ordered` most specific first."""
        always, keyed = [], {}
        for n, p in enumerate(ordered):
            if p.obj is not None and not p.obj.head.startswith("&"):
                keyed.setdefault(("obj", p.obj.head), []).append(n)
            elif p.particle:
                keyed.setdefault(("part", p.particle), []).append(n)
            elif p.preps:
                keyed.setdefault(("prep", p.preps[0][0]), []).append(n)
            else:
                always.append(n)
        return cls(tuple(ordered), tuple(always), {k: tuple(v) for k, v in keyed.items()})

    def __iter__(self):
        return iter(self.ordered)


@dataclasses.dataclass(frozen=True)
class _Index:
    verbs: dict  # verb lemma -> _Patterns, most specific first
    classes: dict  # class name -> {head lemma: tuple of modifier tuples}
    nouns: dict  # event noun lemma -> record of cameo_nouns.jsonl
    intent_verbs: frozenset
    threat_verbs: frozenset
    refusal_verbs: frozenset
    acts: tuple  # (act prefix, {"intent"|"refusal"|"threat"|"forgo": code}), longest prefix first


@functools.cache
def cameo_codes() -> dict[str, CameoCode]:
    """Return ``{code: CameoCode}`` for every CAMEO code (read once per process).

    Examples
    --------
    >>> c = cameo_codes()["163"]
    >>> c.name, c.plover, c.relation
    ('Impose embargo, boycott, or sanctions', 'COERCE', 'sanctions')
    """
    return {r["code"]: CameoCode(**r) for r in read_jsonl("cameo_codes.jsonl")}


def cameo_code(code: str) -> CameoCode:
    """Return the `CameoCode` of `code` (KeyError for a code CAMEO does not have)."""
    return cameo_codes()[code]


def _noun(spec: dict | None) -> _Noun | None:
    return None if spec is None else _Noun(spec["head"], tuple(spec["mods"]))


def _specificity(p: dict) -> int:
    """Count what a pattern asks for beyond its verb: the more, the more specific (PETRARCH's rule).

    A bare verb without a code ("meet with" alone) asks nothing: it is no null pattern.
    """
    if p["cameo"] is None and p["object"] is None and p["subject"] is None and not p["preps"] and not p["particle"]:
        return 0
    nouns = [p["object"], p["subject"], *(q["object"] for q in p["preps"])]
    return (
        (len(p["verbs"][0].split()) - 1)
        + (p["particle"] is not None)
        + len(p["preps"])
        + sum(2 + len(n["mods"]) for n in nouns if n is not None)
    )


def _patterns(record: dict) -> list[tuple[str, _Pattern]]:
    """Return ``(verb lemma, _Pattern)`` for each verb a pattern record applies to."""
    match = PatternMatch(
        pattern=record["id"],
        cameo=record["cameo"],
        plover=record["plover"],
        relation=record["relation"],
        specificity=_specificity(record),
        reverse=record["reverse"],
        symmetric=record["symmetric"],
        text=record["text"],
        has_object=record["object"] is not None,
    )
    found = []
    for verb in record["verbs"]:
        lemma, *words = verb.split()
        preps = tuple((q["prep"], _noun(q["object"])) for q in record["preps"])
        pattern = _Pattern(
            record["id"],
            tuple(words),
            record["particle"],
            _noun(record["object"]),
            preps,
            _noun(record["subject"]),
            match,
        )
        found.append((lemma, pattern))
    return found


@functools.cache
def _index() -> _Index:
    """Read the generated pattern files once and index the patterns by verb lemma, most specific first."""
    verbs: dict[str, list[_Pattern]] = {}
    for record in read_jsonl("cameo_verbs.jsonl"):
        for lemma, pattern in _patterns(record):
            verbs.setdefault(lemma, []).append(pattern)
    classes = {}
    for record in read_jsonl("cameo_classes.jsonl"):
        heads: dict[str, list] = {}
        for phrase in record["nouns"]:
            *mods, head = phrase.split()
            heads.setdefault(head, []).append(tuple(mods))
        classes[record["class"]] = {h: tuple(m) for h, m in heads.items()}
    modes = json.loads(data_file("cameo_modes.json").read_text(encoding="utf-8"))
    acts = sorted(
        ((a["act"], {k: a.get(k) for k in MODES if a.get(k)}) for a in modes["acts"]),
        key=lambda a: -len(a[0]),
    )
    return _Index(
        verbs={v: _Patterns.of(sorted(ps, key=lambda p: -p.match.specificity)) for v, ps in verbs.items()},
        classes=classes,
        nouns={r["lemma"]: r for r in read_jsonl("cameo_nouns.jsonl")},
        intent_verbs=frozenset(modes["intent_verbs"]),
        threat_verbs=frozenset(modes["threat_verbs"]),
        refusal_verbs=frozenset(modes["refusal_verbs"]),
        acts=tuple(acts),
    )


def _lemmas(token) -> set[str]:
    """Return the lower-case lemma and form of a token (a proper noun's lemma is its form)."""
    return {token.lemma_.lower(), token.lower_}


def _word_fits(word: str, token, index: _Index) -> bool:
    """True when `token` is `word`, or is a noun of the class ``&WORD`` (with that member's modifiers)."""
    if not word.startswith("&"):
        return word in _lemmas(token)
    members = index.classes.get(word[1:], {})
    return any(_mods_fit(mods, token, index) for lemma in _lemmas(token) for mods in members.get(lemma, ()))


def in_class(token, name: str) -> bool:
    """Return True when `token` is a noun of the dictionary's class ``&NAME`` ("missile", "battle tank" in &WEAPON).

    The classes are CAMEO.2.0's synonym sets (``data/cameo_classes.jsonl``); rules outside the
    patterns ask them what a word is, so that no second list of weapons is kept by hand.

    Examples
    --------
    >>> class T: lemma_, lower_, children = "missile", "missiles", ()
    >>> in_class(T, "WEAPON"), in_class(T, "AIRCRAFT")
    (True, False)
    """
    return _word_fits("&" + name, token, _index())


def _mods_fit(mods: tuple[str, ...], token, index: _Index) -> bool:
    """True when every modifier word is among the token's left children ("{AIR STRIKE}": "air strikes")."""
    if not mods:
        return True
    children = [c for c in children_of(token) if c.i < token.i]
    return all(any(_word_fits(m, c, index) for c in children) for m in mods)


def _noun_fits(noun: _Noun, token, index: _Index) -> bool:
    return _word_fits(noun.head, token, index) and _mods_fit(noun.mods, token, index)


#: Nouns of a share, whose "of" phrase is what a verb acts on: "cancelled 80 percent of the debt".
PARTITIVE_NOUNS = frozenset({"percent", "cent", "part", "portion", "share", "half", "third", "quarter", "bulk"})


def _objects(verb) -> list:
    """Return the tokens a verb's object pattern may match: object-like children and their conjuncts,
    what a share of it names ("80 percent of the debt"), and the noun a participle modifies ("sanctions
    imposed on Iran")."""
    found = [c for c in children_of(verb) if c.dep_ in OBJECT_DEPS]
    found += [k for c in found for k in c.conjuncts]
    found += [
        o
        for c in found
        if c.lemma_.lower() in PARTITIVE_NOUNS
        for p in children_of(c)
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in children_of(p)
        if o.dep_ == "pobj"
    ]
    if verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        found.append(verb.head)
    return found


class _Context:
    """What the patterns of one verb token look at, read once: near words, particles, objects, prepositions."""

    def __init__(self, verb, index: _Index):
        self.children = children = list(children_of(verb))
        self.verb, self.index, self._fit = verb, index, {}
        self.particles = {c.lower_ for c in children if c.dep_ in PARTICLE_DEPS}
        self.objects = _objects(verb)
        self.object_words = {w for o in self.objects for w in _lemmas(o)}
        heads = [verb, *self.objects]
        self.preps = {p.lower_ for h in heads for p in children_of(h) if p.dep_ in PREP_DEPS}
        self.before = [c for c in children if c.dep_ in BEFORE_DEPS and c.i < verb.i]

    @functools.cached_property
    def near(self) -> set[str]:
        """The lemmas and forms of the verb's children and grandchildren (a multi-word verb's words)."""
        children = self.children
        return {w for t in children + [g for c in children for g in children_of(c)] for w in _lemmas(t)}

    def candidates(self, patterns: _Patterns) -> list[_Pattern]:
        """Return the patterns of `patterns` whose key word is here, most specific first (`_Patterns`)."""
        found, keyed = list(patterns.always), patterns.keyed
        for kind, words in (("obj", self.object_words), ("part", self.particles), ("prep", self.preps)):
            for w in words:
                found += keyed.get((kind, w), ())
        ordered = patterns.ordered
        return [ordered[n] for n in sorted(found)]

    def fits(self, noun: _Noun, token) -> bool:
        """`_noun_fits`, remembered for this verb (many patterns ask about the same object)."""
        key = (noun, token.i)
        if key not in self._fit:
            self._fit[key] = _noun_fits(noun, token, self.index)
        return self._fit[key]

    def prep_fits(self, prep: str, noun: _Noun | None, heads: list) -> bool:
        """True when one of `heads` has a `prep` phrase whose object fits `noun` (any object when None)."""
        if prep not in self.preps:
            return False
        for head in heads:
            for p in children_of(head):
                if p.dep_ in PREP_DEPS and p.lower_ == prep:
                    objects = [o for o in children_of(p) if o.dep_ in ("pobj", "pcomp")]
                    if noun is None or any(self.fits(noun, o) for o in objects):
                        return True
        return False


def _fits(p: _Pattern, ctx: _Context) -> bool:
    """True when every word the pattern asks for hangs off the verb where PETRARCH would look for it."""
    if p.particle and p.particle not in ctx.particles:
        return False
    if p.words and not all(w in ctx.near for w in p.words):
        return False
    objects = ctx.objects
    if p.obj is not None:
        if not p.obj.head.startswith("&") and p.obj.head not in ctx.object_words:
            return False
        objects = [o for o in objects if ctx.fits(p.obj, o)]
        if not objects:
            return False
    if any(not ctx.prep_fits(prep, noun, [ctx.verb, *objects]) for prep, noun in p.preps):
        return False
    return p.before is None or any(ctx.fits(p.before, c) for c in ctx.before)


#: The verb patterns found in the last Doc looked at, by token index: a verb is asked about as a
#: trigger, as its object's light verb and as the carrier of an event noun.
_FOUND: dict = {"doc": None, "patterns": {}}


def _verb_pattern(token) -> _Pattern | None:
    if _FOUND["doc"] is not token.doc:
        _FOUND["doc"], _FOUND["patterns"] = token.doc, {}
    found = _FOUND["patterns"]
    if token.i not in found:
        index, lemma = _index(), token.lemma_.lower()
        patterns = index.verbs.get(lemma)
        ctx = _Context(token, index) if patterns else None
        p = next((p for p in ctx.candidates(patterns) if _fits(p, ctx)), None) if patterns else None
        if p is not None and not p.match.specificity and lemma in rebuffing_verbs():
            p = _as_rejection(ctx, index) or p
        found[token.i] = p
    return found[token.i]


#: The verb whose object patterns say what a rejection rejects (the dictionary's REFUSE block).
REJECTING_VERB = "reject"


def _rejections(patterns) -> list[_Pattern]:
    """Return the patterns of `patterns` that code their object's rejection (CAMEO 12)."""
    return [p for p in patterns if p.obj is not None and (p.match.cameo or "")[:2] == "12"]


@functools.cache
def rebuffing_verbs() -> frozenset[str]:
    """Return the verbs of disapproval (coded 11 by themselves) that the dictionary codes as
    rejections (12) with something "reject" rejects too: "rebuffed the offer", "snubbed the talks".

    The dictionary lists a few such objects for each ("rebuff": demand, offer); `_as_rejection`
    gives them every object "reject" codes so ("rebuffed the suggestion").

    Examples
    --------
    >>> {"rebuff", "snub"} <= rebuffing_verbs(), "condemn" in rebuffing_verbs()
    (True, False)
    """
    index = _index()
    rejected = {p.obj.head for p in _rejections(index.verbs[REJECTING_VERB])}
    return frozenset(
        lemma
        for lemma, patterns in index.verbs.items()
        if lemma != REJECTING_VERB
        and any(code[:2] == "11" for code in bare_codes(lemma))
        and any(p.obj.head in rejected for p in _rejections(patterns))
    )


def _as_rejection(ctx: _Context, index: _Index) -> _Pattern | None:
    """Return the pattern "reject" codes the verb's object with as a rejection, else None."""
    return next((p for p in _rejections(ctx.candidates(index.verbs[REJECTING_VERB])) if _fits(p, ctx)), None)


def match_verb(token) -> PatternMatch | None:
    """Return the most specific pattern of a verb trigger (None when the dictionary has no pattern for it).

    Parameters
    ----------
    token : spacy.tokens.Token
        A verb of a parsed Doc.

    Returns
    -------
    PatternMatch or None
        With ``cameo`` None when the words match a null pattern: the dictionary says they are
        no event ("hold a session").

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> words = ["Russia", "lifted", "sanctions", "on", "Iran"]
    >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"], lemmas=["Russia", "lift", "sanction", "on", "Iran"])
    >>> m = match_verb(doc[1])
    >>> m.cameo, m.plover, m.relation, m.text
    ('085', 'RETREAT', 'eases', '- * SANCTION [085]')
    """
    p = _verb_pattern(token)
    return None if p is None else p.match


def match_noun(token) -> PatternMatch | None:
    """Return the pattern of an event noun: its light verb's pattern ("held talks"), else the noun's own code.

    A noun that codes one thing under every light verb ("talks", "protest", "embargo") is an
    event by itself ("the talks between X and Y"): its match's pattern is ``noun:LEMMA``. Other
    nouns ("fire": held fire is a ceasefire, set fire an attack) code only under their verb.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["the", "talks"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
    ...           lemmas=["the", "talk"])
    >>> m = match_noun(doc[1])
    >>> m.pattern, m.cameo, m.relation
    ('noun:talk', '046', 'meets')
    """
    index, lemma, head = _index(), token.lemma_.lower(), token.head
    if token.dep_ in OBJECT_DEPS and head.i != token.i and head.pos_ in ("VERB", "AUX"):
        p = _verb_pattern(head)
        if p is not None and p.obj is not None and _noun_fits(p.obj, token, index):
            return p.match
    entry = index.nouns.get(lemma)
    if entry is None:
        return None
    code = entry["by_verb"].get(head.lemma_.lower()) if token.dep_ in OBJECT_DEPS else None
    if code is None and not entry["standalone"]:
        return None
    info = cameo_code(code or entry["cameo"])
    return PatternMatch(f"noun:{lemma}", info.code, info.plover, info.relation, 1, text=lemma.upper(), has_object=True)


def match_trigger(token) -> PatternMatch | None:
    """Return `match_verb` for a verb, `match_noun` for a noun, else None."""
    if token.pos_ in ("VERB", "AUX"):
        return match_verb(token)
    return match_noun(token) if token.pos_ == "NOUN" else None


def _clause_verb(token):
    """Return the verb whose auxiliaries and governor tell a trigger's mode: the verb, or a noun's light verb."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    if token.dep_ in OBJECT_DEPS and token.head.pos_ == "VERB":
        return token.head
    return None


def _mode(token):
    """Return ``(mode, governor)``: `mode_of`, and the verb that announces, threatens or refuses the act (or None)."""
    index, verb = _index(), _clause_verb(token)
    if verb is None:
        return None, None
    if verb.i != token.i and verb.lemma_.lower() in index.threat_verbs:  # "threatened attacks on Britain"
        return "threat", verb
    aux = {c.lower_ for c in children_of(verb) if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in children_of(verb))
    if negated:
        return ("refusal" if aux & REFUSAL_AUX else None), None
    if aux & (FUTURE_AUX | {"would"}) and _on_condition(verb):
        return "condition", verb  # "would attack the rebels unless they disarm", "will strike if": a threat, if hostile
    if aux & FUTURE_AUX:
        return "future", None
    governor = verb.head if verb.dep_ == "xcomp" else None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "declined from attending"
        governor = verb.head.head
    if governor is None or any(c.dep_ == "neg" for c in children_of(governor)):
        return None, None
    lemma = governor.lemma_.lower()
    if lemma in index.refusal_verbs:
        return "refusal", governor
    if verb.dep_ != "xcomp":
        return None, None
    if lemma in index.threat_verbs:
        return "threat", governor
    return ("intent", governor) if lemma in index.intent_verbs else (None, None)


#: PLOVER categories of the acts that, announced on a condition, threaten ("would attack unless").
HOSTILE_PLOVER = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def _on_condition(verb) -> bool:
    """True for a verb with an "unless" or "if" clause: "would attack rebels unless they were disarmed"."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in children_of(c))
        for c in children_of(verb)
    )


def _conditional_threat(match: PatternMatch, verb) -> PatternMatch:
    """Return a threat made by a conditional statement with the statement's modality: the clause
    it is reported in ("insisted that it would attack … unless"), else asserted (the threat was made)."""
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
        return dataclasses.replace(match, governor=verb.head.i)
    return dataclasses.replace(match, governor=None, modality="asserted")


def _conditional(mode: str | None, plover: str | None) -> str | None:
    """Return the mode of an act announced on a condition: a threat when hostile, else a future act."""
    if mode != "condition":
        return mode
    return "threat" if plover in HOSTILE_PLOVER else "future"


def mode_of(token) -> str | None:
    """Return ``intent`` when the trigger's act is announced, ``threat`` when it is threatened,
    ``refusal`` when it is refused, ``future`` when it is only to come, ``condition`` when it is to
    come unless something is done (a threat when the act is hostile), else None.

    "offered to mediate", "pledged to provide", "plans to meet" are intents (the governing verbs
    are those the dictionary codes as intent, ``cameo_modes.json``); "threatened to attack" a
    threat; "refused to attend", "would not provide", "declined from attending" refusals; "will
    meet" a future act. "did not meet" is none of these: a negated act, which the modality rules tell.

    Examples
    --------
    >>> from spacy.vocab import Vocab
    >>> from spacy.tokens import Doc
    >>> doc = Doc(Vocab(), words=["Iran", "refused", "to", "attend"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp"], pos=["PROPN", "VERB", "PART", "VERB"],
    ...           lemmas=["Iran", "refuse", "to", "attend"])
    >>> mode_of(doc[3]), mode_of(doc[1])
    ('refusal', None)
    """
    return _mode(token)[0]


def _mirror(code: str, mode: str) -> str | None:
    """Return the code that announces, threatens or refuses act `code` (its longest prefix's), or None."""
    return next((codes[mode] for act, codes in _index().acts if code.startswith(act) and mode in codes), None)


def with_mode(match: PatternMatch | None, mode: str | None) -> PatternMatch | None:
    """Return `match` recoded for its mode, as CAMEO codes announced, threatened and refused acts.

    An intent to meet, aid, cooperate or yield is the matching 03x code (``hypothetical``); a
    refusal of one the matching 12x code (``asserted``: the refusal happened). A threat of an act
    is the matching 13x code (130 when CAMEO has none narrower), and so is an announced hostile
    act, which CAMEO has no intent code for ("vowed to crush the rebels" threatens, 137); its
    modality is that of the threatening verb (`PatternMatch.governor`). An act already coded as
    intent, threat or rejection keeps its code; a refused attack or rejection is left as it is (a
    negated act: "would not oppose the talks" rejects nothing);
    a ``future`` act keeps its code, as ``hypothetical``. A restriction that is forgone (mode ``forgo``:
    "will not ban the party") is the easing that mirrors it (`_forgone`); any other act forgone
    so is refused.

    Examples
    --------
    >>> act = PatternMatch("MEET_PEOPLE/meet", "040", "CONSULT", "meets")
    >>> m = with_mode(act, "intent")
    >>> m.cameo, m.plover, m.relation, m.modality
    ('036', 'AGREE', 'pledges', 'hypothetical')
    >>> with_mode(act, "refusal").cameo, with_mode(PatternMatch("x", "072", "AID", "supplies"), "refusal").cameo
    ('125', '1222')
    >>> attack = PatternMatch("x", "190", "ASSAULT", "attacks")
    >>> with_mode(attack, "threat").cameo, with_mode(attack, "intent").cameo, with_mode(attack, "intent").mode
    ('1384', '1384', 'threat')
    >>> ban = PatternMatch("x", "1722", "COERCE", "restricts")
    >>> m = with_mode(ban, "forgo")
    >>> m.cameo, m.plover, m.modality, with_mode(act, "forgo").cameo
    ('0812', 'CONCEDE', 'hypothetical', '125')
    """
    if match is None or mode is None or match.cameo is None:
        return match
    if mode == "future":
        return dataclasses.replace(match, mode=mode, modality="hypothetical")
    code = match.cameo
    if mode == "forgo":
        return _forgone(match) or with_mode(match, "refusal")
    if mode == "refusal" and code[:2] == "12":
        return match  # "would not oppose the talks": no rejection, a negated one (the modality rules tell)
    if code[:2] == "13" or (code[:2] in ("03", "12") and mode != "threat" and (mode, code[:2]) != ("refusal", "03")):
        recoded = code
    else:
        recoded = _mirror(code, mode) or ("130" if mode == "threat" else None)
    if recoded is None:
        return dataclasses.replace(match, mode=mode, modality="hypothetical") if mode == "intent" else match
    info = cameo_code(recoded)
    if recoded[:2] == "13":
        mode = "threat"  # an announced hostile act: CAMEO's intent codes (03) are for cooperation only
    modality = {"intent": "hypothetical", "refusal": "asserted", "threat": None}[mode]
    return dataclasses.replace(
        match,
        cameo=info.code,
        plover=info.plover,
        relation=info.relation,
        mode=mode,
        modality=modality,
        act=match.act or match.relation,
    )


def _forgone(match: PatternMatch) -> PatternMatch | None:
    """Return a restriction promised not to be imposed as the easing CAMEO mirrors it with, or None.

    "will not bar him from returning" eases a ban (081), hypothetical: the promise is of what is to
    come. Only restrictions have such a mirror (``forgo`` in ``cameo_modes.json``); "would not
    attack" forgoes nothing CAMEO codes.
    """
    recoded = _mirror(match.cameo, "forgo")
    if recoded is None:
        return None
    info = cameo_code(recoded)
    return dataclasses.replace(
        match,
        cameo=info.code,
        plover=info.plover,
        relation=info.relation,
        mode="forgo",
        modality="hypothetical",
        act=match.act or match.relation,
    )


def code_trigger(token) -> PatternMatch | None:
    """Return the CAMEO coding of a trigger: its most specific pattern, recoded for intent, threat or refusal.

    This is what the relation finder calls for each trigger (see `actorgraph.relations`). A
    threat's match names its threatening verb (`PatternMatch.governor`), whose modality it takes.
    """
    found = match_trigger(token)
    if found is None or found.cameo is None:
        return found  # no code for a mode to recode
    mode, governor = _mode(token)
    if mode == "refusal" and governor is None:
        mode = "forgo"  # "will not ban": a promise not to act, which eases a restriction
    match = with_mode(found, _conditional(mode, found.plover))
    if match is not None and match.mode == "threat" and governor is not None:
        if mode == "condition":
            return _conditional_threat(match, governor)
        match = dataclasses.replace(match, governor=governor.i)
    return match


def code_threat(token, act: str | None) -> PatternMatch | None:
    """Return the threat a trigger the patterns do not code makes of its act (`act`: the CAMEO code
    of its relation in the registry), or None: "threatened to attack" (a lexicon verb) threatens, 138.

    Only threats are recoded so: the lexicon's own acts keep their relation when announced or refused.
    """
    found, governor = _mode(token)
    if act not in cameo_codes():
        return None
    info = cameo_code(act)
    mode = _conditional(found, info.plover)
    if mode not in ("intent", "threat"):
        return None
    match = with_mode(PatternMatch("", info.code, info.plover, info.relation), mode)
    if match.mode != "threat" or governor is None:
        return None
    if found == "condition":
        return _conditional_threat(match, governor)
    return dataclasses.replace(match, governor=governor.i)


@functools.cache
def bare_codes(lemma: str) -> frozenset[str]:
    """Return the CAMEO codes the dictionary gives a verb by itself (its patterns with no other word).

    What a verb says whatever its object: rules that ask what kind of act a verb names ("is
    "proposed" a proposal?") ask this, not the match in context, which its object may decide
    ("proposed measures" is a threat, 130).

    Examples
    --------
    >>> sorted(bare_codes("propose")), sorted(bare_codes("snub"))
    (['020'], ['111'])
    """
    patterns = _index().verbs.get(lemma)
    return frozenset(p.match.cameo for p in patterns or () if p.match.cameo and not p.match.specificity)


@functools.cache
def class_heads(name: str) -> frozenset[str]:
    """Return the one-word nouns of the dictionary's class ``&NAME`` (heads listed with no modifier).

    For rules that start from a class by lemma lookup (`actorgraph.campaigns` from &FIGHT) rather
    than ask `in_class` of a token they already have.

    Examples
    --------
    >>> {"war", "battle"} <= class_heads("FIGHT")
    True
    """
    return frozenset(head for head, mods in _index().classes[name].items() if () in mods)


@functools.cache
def trigger_lemmas() -> frozenset[str]:
    """Return the lemmas that may be coded: the verbs of the patterns and the event nouns.

    Examples
    --------
    >>> {"arrest", "expel", "embargo"} <= trigger_lemmas()
    True
    """
    index = _index()
    return frozenset(index.verbs) | frozenset(index.nouns)


@functools.cache
def two_way_verbs(relation: str) -> frozenset[str]:
    """Return the verbs a pattern codes as `relation` done by both sides to each other (PETRARCH's ``[190:190]``).

    "clash", "battle": "X and Y clashed" is each side's attack on the other, where "X and Y
    fought" may be allies fighting a third.

    Examples
    --------
    >>> {"clash", "battle"} <= two_way_verbs("attacks"), "fight" in two_way_verbs("attacks")
    (True, False)
    """
    return frozenset(
        verb
        for verb, patterns in _index().verbs.items()
        if any(p.match.symmetric and p.match.relation == relation for p in patterns)
    )
