"""Find the few tokens a rule looks at without visiting every token of a Doc."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CONDITION_MARKS", "entity_text", "to_infinitive", "tokens_with"]

#: Conjunctions of a condition clause: "threatened to kill the hostage unless Britain withdrew".
CONDITION_MARKS = frozenset({"unless", "if"})


def to_infinitive(verb: Token) -> bool:
    """True for a verb with "to" before it ("agreed to meet", "a threat to attack", "Blair to put")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def entity_text(token: Token) -> str:
    """Return the text of the named entity `token` is in (``Doc.ents`` builds every entity's Span on each access).

    Examples
    --------
    >>> from actorgraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("They met in New York City.")
    >>> entity_text(doc[3]), entity_text(doc[5])
    ('New York City', 'New York City')
    """
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def tokens_with(
    doc: Doc, *, lemmas: Collection[str] = frozenset(), lowers: Collection[str] = frozenset()
) -> list[Token]:
    """Return, in text order, the tokens whose lower-cased lemma is in `lemmas` or whose lower-cased text is in `lowers`.

    Rules look for a few dozen words. Making a `Token` for each token of a Doc, in
    each rule, was most of the extraction time; here the lemma and lower-case
    columns are read as arrays (``Doc.to_array``) and each distinct string is tested once.

    Examples
    --------
    >>> from actorgraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("NATO members met. Finland joined.")
    >>> [t.text for t in tokens_with(doc, lemmas={"member", "join"})]
    ['members', 'joined']
    """
    import numpy

    if not len(doc):
        return []
    wanted = numpy.zeros(len(doc), dtype=bool)
    for (strings, where), words in zip(_columns(doc), (lemmas, lowers)):
        if words:
            wanted |= numpy.fromiter((s in words for s in strings), dtype=bool, count=len(strings))[where]
    return [doc[int(i)] for i in numpy.flatnonzero(wanted)]


def _columns(doc: Doc) -> list[tuple[list[str], object]]:
    """Return, for the lemma and the lower-case text, the Doc's distinct strings (lower-cased) and where each token's is.

    Computed once per Doc and kept in its ``user_data``: each rule asks.
    """
    found = doc.user_data.get(_KEY)
    if found is None:
        import numpy
        from spacy.attrs import LEMMA, LOWER

        table, found = doc.to_array([LEMMA, LOWER]), []
        for column in range(2):
            distinct, where = numpy.unique(table[:, column], return_inverse=True)
            found.append(([doc.vocab.strings[int(h)].lower() for h in distinct], where))
        doc.user_data[_KEY] = found
    return found


_KEY = "actorgraph.columns"
