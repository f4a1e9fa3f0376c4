"""Cooperation: support and solidarity whose other side the parse hangs away from the verb.

Constructions in the form of `actorgraph.constructions` (``construction(trigger, theme, entry,
idx) -> Found | None``): `stood_with`, whoever one stands with, by or behind is the one
supported ("Canada stands with Ukraine", "stood shoulder to shoulder with Finland", "will
stand by Lithuania's side"); `particle_holders`, the words such a particle may hang on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import SUBJECT_DEPS, children_with, prep_objects
from .constructions import Found
from .tokens import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import ArgumentIndex

__all__ = ["SIDE_WORDS", "SOLIDARITY_PREPS", "SOLIDARITY_VERBS", "particle_holders", "stood_with"]

#: Verbs of solidarity with the one named on a `SOLIDARITY_PREPS` phrase: "stands with Kyiv".
SOLIDARITY_VERBS = frozenset({"stand"})
#: Prepositions naming the one stood with: "stand with", "stand by", "stand behind".
SOLIDARITY_PREPS = frozenset({"with", "by", "behind"})
#: Words of closeness a solidarity phrase may hang on: "shoulder to shoulder with", "side by side with", "by X's side".
SIDE_WORDS = frozenset({"shoulder", "side"})


def particle_holders(verb: Token) -> list[Token]:
    """Return `verb` and the closeness words under it that a phrase of its may hang on.

    "stand shoulder to shoulder with Finland" hangs "with" on the second "shoulder", "stand side by
    side with Kyiv" on the second "side": for a solidarity verb those words hold its phrases too.

    >>> from actorgraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Sweden stands shoulder to shoulder with Finland.")
    >>> [t.text for t in particle_holders(doc[1])]
    ['stands', 'shoulder', 'shoulder']
    """
    if verb.lemma_.lower() not in SOLIDARITY_VERBS:
        return [verb]
    holders = [verb]
    for child in children_of(verb):
        if child.lemma_.lower() in SIDE_WORDS:
            holders.append(child)  # "shoulder to shoulder": the first and (advcl) the second
        elif child.dep_ == "prep":
            holders += [o for o in children_of(child) if o.dep_ == "pobj" and o.lemma_.lower() in SIDE_WORDS]
    return holders


def stood_with(verb, theme, entry, idx: ArgumentIndex) -> Found | None:
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
