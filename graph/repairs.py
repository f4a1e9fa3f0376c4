"""Parse repairs: arcs the small English model gets wrong in a way the rules can name, set right once.

A pipeline component (after the lemmatizer, see `actorgraph.pipeline.load_pipeline`), so that
mentions and arguments read one tree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["repair_parse", "repair_coordination", "repair_bracket_breaks"]

#: The most words between brackets that an aside may have (`repair_bracket_breaks`).
BRACKET_WORDS = 16


def repair_parse(doc: Doc) -> Doc:
    """Run every repair of this module on a parsed Doc (the pipeline component). Returns the Doc.

    The repairs move arcs, so they read the Doc's tokens themselves, never `actorgraph.tokens.parse_of`:
    that cache, made once per Doc, must first be made after them.
    """
    if doc.has_annotation("DEP"):
        repair_bracket_breaks(doc)
        repair_coordination(doc)
    return doc


def repair_coordination(doc: Doc) -> Doc:
    """Undo a coordination the parser folds into a modifier: "Turkey's government and PKK rebels".

    The small model reads "[government and FARC] rebels", "government" an ``nmod`` of "rebels" with
    "FARC" its conjunct, so "Colombia's government" is lost as a side and "FARC rebels" is cut in
    two. When such an ``nmod`` is a noun for a body or force (``group_nouns``, ``force_nouns``) with
    an owner of its own (a possessive or article, or the head's possessive before it), an "and",
    and one conjunct that is a name or an adjective, the two are coordinated phrases: the ``nmod``
    takes the head's place, the head becomes its conjunct and the conjunct the head's compound.
    "the oil and gas companies" is left alone. Returns the Doc.

    >>> from actorgraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("Uganda's army and LRA rebels clashed near the border.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc[2:6]]
    [('army', 'nsubj', 'clashed'), ('and', 'cc', 'army'), ('LRA', 'compound', 'rebels'), ('rebels', 'conj', 'army')]
    """
    lex = load_lexicon()
    bodies = lex.group_nouns | lex.force_nouns
    for modifier in _nmods(doc):
        if modifier.pos_ != "NOUN" or modifier.lemma_.lower() not in bodies:
            continue
        head = modifier.head
        if head.i < modifier.i or head.pos_ not in ("NOUN", "PROPN"):
            continue
        conjuncts = [c for c in modifier.children if c.dep_ == "conj" and c.i < head.i]
        owned = [c for c in head.children if c.dep_ == "poss" and c.i < modifier.i]
        if len(conjuncts) != 1 or not _names(conjuncts[0]):
            continue
        if not any(c.lower_ == "and" for c in modifier.children):
            continue
        if owned or any(c.dep_ in ("poss", "det") for c in modifier.children):
            _recoordinate(modifier, head, conjuncts[0], owned)
    return doc


def _nmods(doc) -> list:
    """Return the Doc's ``nmod`` tokens, found in its dependency column (no Token made per word)."""
    import numpy
    from spacy.attrs import DEP

    nmod = doc.vocab.strings["nmod"]
    return [doc[int(i)] for i in numpy.flatnonzero(doc.to_array([DEP]).reshape(-1) == nmod)]


def _names(token) -> bool:
    """True for a word that can name the second side: a name or an adjective, or a capitalised word
    (the tagger takes "FARC" for a plural noun)."""
    return token.pos_ in ("PROPN", "ADJ") or token.text[:1].isupper()


def _recoordinate(modifier, head, conjunct, owned) -> None:
    """Set "A and B H" (A an nmod of H, B A's conjunct) to "A and [B H]" (A in H's place)."""
    modifier.head = modifier if head.head.i == head.i else head.head  # a headline's root stays the root
    modifier.dep_ = head.dep_
    for c in owned:
        c.head = modifier
    head.head, head.dep_ = modifier, "conj"
    conjunct.head, conjunct.dep_ = head, "compound"


def repair_bracket_breaks(doc: Doc) -> Doc:
    """Join a sentence the parser ends at a closing bracket to the phrase it cuts off.

    The small model ends a sentence after a list in brackets ("opening the G3 (Norway, Sweden,
    Finland) | Justice Ministers meeting held in Oslo"), so the noun phrase after the
    bracket loses the name before it. When a sentence ends with ")" closing a short aside (at most
    `BRACKET_WORDS` words, one line) that follows a noun, and the next sentence on that line is a
    noun phrase with no verb of its own at its root, that phrase is set in apposition to the noun:
    one sentence again. Returns the Doc.

    >>> from actorgraph.pipeline import load_pipeline
    >>> text = "Police must share data, said the minister, opening the G3 (Norway, Sweden, Finland) Justice Ministers meeting."
    >>> len(list(load_pipeline()(text).sents))
    1
    """
    sentences = list(doc.sents)
    for before, after in zip(sentences, sentences[1:]):
        closing = before[-1]
        if closing.text != ")" or "\n" in closing.whitespace_ or after.root.pos_ not in ("NOUN", "PROPN"):
            continue
        opening = next((t for t in reversed(before[:-1]) if t.text in ("(", ")")), None)
        if opening is None or opening.text != "(" or closing.i - opening.i > BRACKET_WORDS or opening.i == before.start:
            continue
        named = doc[opening.i - 1]
        if named.pos_ in ("NOUN", "PROPN") and not any("\n" in t.text for t in doc[opening.i : after.end]):
            after.root.head, after.root.dep_ = named, "appos"
    return doc
