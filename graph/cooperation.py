"""Cooperation: support and solidarity whose other side the parse hangs away from the verb.

Constructions in the form of `actorgraph.constructions` (``construction(trigger, theme, entry,
idx) -> Found | None``): `stood_with`, whoever one stands with, by or behind is the one
supported ("Canada stands with Ukraine", "stood shoulder to shoulder with Finland", "will
stand by Lithuania's side"); `particle_holders`, the words such a particle may hang on;
`exercised_with`, whoever one holds drills with cooperates militarily (CAMEO 062);
`joined_in`, what one joins another in doing is done to its own object, not to the one joined;
`helped_to`, whoever one helps rebuild or defend is the one helped;
`invested_in`, the state one invests in is the partner of that economic cooperation (CAMEO
061); and `debt_owners`, whoever owes a debt cancelled or forgiven receives that aid (CAMEO 071).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from .arguments import SUBJECT_DEPS, children_with, prep_objects
from .constructions import Found, found_keys
from .lexicon import load_lexicon
from .tokens import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import ArgumentIndex

__all__ = [
    "DEBT_NOUNS",
    "exercise_nouns",
    "HELPED_ACTS",
    "HELP_VERBS",
    "INVEST_VERBS",
    "JOINING_VERBS",
    "SIDE_WORDS",
    "SOLIDARITY_PREPS",
    "SOLIDARITY_VERBS",
    "debt_owners",
    "exercised_with",
    "helped_to",
    "invested_in",
    "joined_in",
    "particle_holders",
    "stood_with",
]

#: Verbs of solidarity with the one named on a `SOLIDARITY_PREPS` phrase: "stands with Kyiv".
SOLIDARITY_VERBS = frozenset({"stand"})
#: Prepositions naming the one stood with: "stand with", "stand by", "stand behind".
SOLIDARITY_PREPS = frozenset({"with", "by", "behind"})
#: Words of closeness a solidarity phrase may hang on: "shoulder to shoulder with", "side by side with", "by X's side".
SIDE_WORDS = frozenset({"shoulder", "side"})


def particle_holders(verb: Token) -> list[Token]:
    """Return `verb` and the closeness words under it that a phrase of its may hang on.

    "stand shoulder to shoulder with Finland" hangs "with" on the second "shoulder", "stand side by
    side with Kyiv" on the second "side": for a solidarity verb those words hold its phrases too. An
    exercise noun that is a verb's object shares the verb's phrases ("held drills with France").

    >>> from actorgraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Sweden stands shoulder to shoulder with Finland.")
    >>> [t.text for t in particle_holders(doc[1])]
    ['stands', 'shoulder', 'shoulder']
    """
    lemma = verb.lemma_.lower()
    if lemma in exercise_nouns() and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        return [verb, verb.head]
    if lemma not in SOLIDARITY_VERBS:
        return [verb]
    holders = [verb]
    for child in children_of(verb):
        if child.lemma_.lower() in SIDE_WORDS:
            holders.append(child)  # "shoulder to shoulder": the first and (advcl) the second
        elif child.dep_ == "prep":
            holders += [o for o in children_of(child) if o.dep_ == "pobj" and o.lemma_.lower() in SIDE_WORDS]
    return holders


def stood_with(verb: Token, theme: Token | None, entry: dict, idx: ArgumentIndex) -> Found | None:
    """Whoever one stands with, by or behind is the one supported: "Japan stands firmly with the people of
    Taiwan", "Poland will stand by Lithuania's side", "stood shoulder to shoulder with Finland".

    For a solidarity verb only, and it settles the target (an empty Found when none is named). A
    participle with no subject of its own sets a scene ("Standing with Macron, Biden said …"): no support.
    """
    if verb.lemma_.lower() not in SOLIDARITY_VERBS:
        return None
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not children_with(verb, SUBJECT_DEPS):
        return Found(())
    keys = []
    for holder in particle_holders(verb):
        for _, obj in prep_objects(holder, SOLIDARITY_PREPS):
            if obj.lemma_.lower() not in SIDE_WORDS:
                keys += idx.actors(obj)
                continue
            owners = [c for c in children_of(obj) if c.dep_ == "poss"]  # "by Lithuania's side"
            keys += [k for o in [*owners, *(o for _, o in prep_objects(obj, {"of"}))] for k in idx.actors(o)]
    return Found(tuple(dict.fromkeys(keys)))


@functools.cache
def exercise_nouns() -> frozenset[str]:
    """Return the nouns of joint military exercises: the lexicon's ``cooperates`` nouns with a "with"
    particle ("naval drills with France"), so that the list is kept in one place, ``data/lexicon.jsonl``.

    >>> sorted(exercise_nouns())[:2]
    ['drill', 'exercise']
    """
    return frozenset(
        lemma
        for (lemma, pos), entries in load_lexicon().triggers.items()
        if pos == "NOUN" and any(e["relation"] == "cooperates" and e.get("particle") == "with" for e in entries)
    )


def exercised_with(noun: Token, theme: Token | None, entry: dict, idx: ArgumentIndex) -> Found | None:
    """Whoever one holds exercises or drills with is the partner of that military cooperation:
    "India held naval drills with France", "conducted exercises with US forces" (the phrase on the
    noun or on the verb it is the object of). For an exercise noun only."""
    if noun.lemma_.lower() not in exercise_nouns():
        return None
    keys = [k for h in particle_holders(noun) for _, o in prep_objects(h, {"with"}) for k in idx.actors(o)]
    return found_keys(keys)


#: Verbs of investing, whose "in" phrase names the economy invested in: "will invest $5bn in Kenya".
INVEST_VERBS = frozenset({"invest"})


def invested_in(verb: Token, theme: Token | None, entry: dict, idx: ArgumentIndex) -> Found | None:
    """The state one invests in is the partner of that economic cooperation: "Japan will invest $4bn in
    Kenya", "invested heavily in Vietnam's power sector" (whose sector it is).

    For an investing verb only: elsewhere an "in" phrase is where an act happens.
    """
    if verb.lemma_.lower() not in INVEST_VERBS:
        return None
    keys = [k for _, o in prep_objects(verb, {"in"}) for k in idx.inside(o)]
    return found_keys(keys)


#: Nouns of what is owed, whose relief (cancelled, forgiven) aids the one owing it.
DEBT_NOUNS = frozenset({"debt", "arrears"})


def _debt(theme):
    """Return the debt noun an object names: itself, or the debt a share of it is ("60 percent of the debt")."""
    if theme is None:
        return None
    if theme.lemma_.lower() in DEBT_NOUNS:
        return theme
    for _, o in prep_objects(theme, {"of"}):
        if o.lemma_.lower() in DEBT_NOUNS or any(
            c.lemma_.lower() in DEBT_NOUNS for c in children_with(o, {"compound"})
        ):
            return o
    return None


def debt_owners(verb: Token, theme: Token | None, entry: dict, idx: ArgumentIndex) -> Found | None:
    """Whoever owes a debt a verb relieves receives that aid: "cancelled the debts of Mali", "forgave
    Ghana's debt", "wrote off the debt owed by Ecuador", "the debt that Iraq owes".

    The object (or what it is a share of: "60 percent of the debt") must be a debt; its owner is
    its possessor or "of" phrase, the "by" phrase of "owed", or the subject of a clause on it with
    "owe". A debt noun read as the compound of its owner ("the debt Zambia owes", the small
    model's parse) names that owner.
    """
    debt = _debt(theme)
    if debt is None:
        return None
    owners = idx.inside(debt) if debt.lemma_.lower() in DEBT_NOUNS else idx.actors(debt)
    for clause in children_with(debt, {"acl", "relcl"}):
        if clause.lemma_.lower() == "owe":
            owners += [k for _, o in prep_objects(clause, {"by"}) for k in idx.actors(o)]
            owners += [k for s in children_with(clause, SUBJECT_DEPS) for k in idx.actors(s)]
    return found_keys(owners)


#: Verbs of help whose infinitive may name the one helped as its object: "will help rebuild Haiti".
HELP_VERBS = frozenset({"help", "assist"})
#: Acts done for the one they act on, so that helping to do them helps it: "help rebuild Iraq", "help defend Kyiv".
HELPED_ACTS = frozenset({"rebuild", "reconstruct", "stabilize", "stabilise", "defend", "protect"})


def helped_to(verb: Token, theme: Token | None, entry: dict, idx: ArgumentIndex) -> Found | None:
    """Whoever one helps rebuild, stabilise or defend is the one helped: "the EU will help rebuild
    Liberia", "pledged to help defend Ukraine" (the infinitive's object, or whose it is).

    Only for `HELPED_ACTS`: in "helped fight the rebels" the rebels are the ones fought, not helped.
    A verb of help with an object of its own names the one helped there ("helped Haiti rebuild").
    """
    if verb.lemma_.lower() not in HELP_VERBS or children_with(verb, {"dobj"}):
        return None
    acts = [x for x in children_with(verb, {"xcomp"}) if x.lemma_.lower() in HELPED_ACTS]
    keys = [k for x in acts for o in children_with(x, {"dobj"}) for k in idx.inside(o)]
    return found_keys(keys)


#: Verbs of joining another in an act: "Sweden joined Finland in condemning the attack".
JOINING_VERBS = frozenset({"join"})


def joined_in(verb: Token, theme: Token | None, entry: dict, idx: ArgumentIndex) -> Found | None:
    """What one joins another in doing is done to the act's own object: "Sweden joined Finland in
    condemning Russia's attack" condemns Russia, not Finland, who is a fellow condemner.

    For a joining verb whose "in" phrase is a gerund (the dictionary's JOIN (IN CONDEMNING) lines
    code the joining verb with the gerund's act); it settles the target, empty when the gerund's
    object names no actor ("joined Finland in condemning the attack").
    """
    if verb.lemma_.lower() not in JOINING_VERBS:
        return None
    acts = [o for _, o in prep_objects(verb, {"in"}) if o.tag_ == "VBG"]
    if not acts:
        return None
    keys = [k for act in acts for o in children_with(act, {"dobj"}) for k in idx.inside(o)]
    return Found(tuple(dict.fromkeys(keys)))
