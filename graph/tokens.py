"""Find the few tokens a rule looks at without visiting every token of a Doc."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["CONDITION_MARKS", "Parse", "children_of", "entity_text", "parse_of", "to_infinitive", "tokens_with"]

#: Conjunctions of a condition clause: "threatened to kill the hostage unless Britain withdrew".
CONDITION_MARKS = frozenset({"unless", "if"})


class Parse:
    """One Doc's parse as plain lists, by token index: its heads, children, words and sentences.

    Each ``doc[i]``, ``token.children`` or ``token.head`` makes new `Token` objects, each
    ``token.dep_`` or ``token.lower_`` looks its string up, and ``token.sent`` scans the Doc: the
    rules ask such questions millions of times per corpus. Read once per Doc (`parse_of`), they
    are list lookups. ``sent_starts[i]`` and ``sent_ends[i]`` bound the sentence of token ``i``
    as ``token.sent`` does; ``places[i]`` is `place_state` of token ``i``.

    Examples
    --------
    >>> from actorgraph.pipeline import load_pipeline
    >>> p = parse_of(load_pipeline()("Chile recalled its envoy. Peru objected."))
    >>> [p.deps[j] for j in p.children[1]], p.heads[3], p.lowers[0], p.sent_starts[6], p.sent_ends[0]
    (['nsubj', 'dobj', 'punct'], 1, 'chile', 5, 5)
    """

    __slots__ = (
        "doc",
        "heads",
        "children",
        "deps",
        "lowers",
        "lemmas",
        "ent_types",
        "places",
        "sent_starts",
        "sent_ends",
        "_where",
        "_texts",
        "_kids",
    )

    def __init__(self, doc: Doc):
        from spacy.attrs import DEP, ENT_ID, ENT_TYPE, HEAD, LEMMA, LOWER, SENT_START

        self.doc, strings = doc, doc.vocab.strings
        table = doc.to_array([DEP, LOWER, LEMMA, ENT_TYPE, ENT_ID, HEAD, SENT_START]).reshape(-1, 7)
        self.deps, self.lowers, lemmas, self.ent_types, ids = (_strings(c, strings) for c in table[:, :5].T.tolist())
        self.lemmas = [w.lower() for w in lemmas]
        self.places = [i if t == "PLACE" and i else None for t, i in zip(self.ent_types, ids)]
        offsets, starts = table[:, 5:].astype("int64").T.tolist()  # signed: a head may come before
        self.heads = [i + h for i, h in enumerate(offsets)]
        children: dict[int, list[int]] = {}
        for i, head in enumerate(self.heads):
            if head != i:
                children.setdefault(head, []).append(i)
        # tuples of ints, which the garbage collector stops tracking: a Doc's lists would stay tracked
        self.children = [tuple(children.get(i, ())) for i in range(len(offsets))]
        self.sent_starts, self.sent_ends = _sentences(starts)
        self._where, self._texts, self._kids = None, {}, {}

    def where(self) -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
        """Return ``({lemma: indices}, {lower-cased form: indices})`` (indices in text order), built once."""
        if self._where is None:
            self._where = tuple(_where(words) for words in (self.lemmas, self.lowers))
        return self._where

    def kids(self, i: int) -> tuple[Token, ...]:
        """Return the children of token `i` as Tokens, made on the first question about them."""
        found = self._kids.get(i)
        if found is None:
            found = self._kids[i] = tuple(map(self.doc.__getitem__, self.children[i]))
        return found

    def text(self, span: Span) -> str:
        """Return ``span.text``, remembered: a Span joins its tokens' texts on each access."""
        key = (span.start, span.end)
        if key not in self._texts:
            self._texts[key] = span.text
        return self._texts[key]


def _where(words: list[str]) -> dict[str, tuple[int, ...]]:
    """Return ``{word: [index, ...]}`` of a column of words."""
    found: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        found.setdefault(w, []).append(i)
    return {w: tuple(where) for w, where in found.items()}


def _strings(hashes, strings) -> list[str]:
    """Return the strings of a column of ``Doc.to_array`` hashes, each distinct one looked up once."""
    found = {h: strings[h] for h in set(hashes)}
    return [found[h] for h in hashes]


def _sentences(starts) -> tuple[list[int], list[int]]:
    """Return, per token, where its sentence starts and ends, from the ``SENT_START`` column (1 opens one)."""
    n = len(starts)
    opening = [i for i in range(n) if i == 0 or starts[i] == 1] + [n]
    first, last = [], []
    for a, b in zip(opening, opening[1:]):
        first += [a] * (b - a)
        last += [b] * (b - a)
    return first, last


#: The `Parse` of the last Doc asked about: the rules read one Doc at a time.
_LAST: list = [None, None]


def parse_of(doc: Doc) -> Parse:
    """Return the `Parse` of `doc`, read on the first question about it (one Doc is remembered).

    The Parse is a copy of the tree: a Doc must not be edited after its first `parse_of` (the
    pipeline's repairs, `actorgraph.repairs`, run before any).
    """
    if _LAST[0] is not doc:
        _LAST[1] = Parse(doc)
        _LAST[0] = doc
    return _LAST[1]


def children_of(token: Token) -> tuple[Token, ...]:
    """Return the children of `token` in text order, as ``token.children`` yields them, from its Doc's `Parse`."""
    doc = token.doc
    return (_LAST[1] if _LAST[0] is doc else parse_of(doc)).kids(token.i)


def to_infinitive(verb: Token) -> bool:
    """True for a verb with "to" before it ("agreed to meet", "a threat to attack", "Blair to put")."""
    p = parse_of(verb.doc)
    return any(p.deps[j] == "aux" and p.lowers[j] == "to" for j in p.children[verb.i])


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
    each rule, was most of the extraction time; here each distinct lemma and
    lower-case form of the Doc is looked up once (`Parse.where`), or each word asked
    for when they are fewer.

    Examples
    --------
    >>> from actorgraph.pipeline import load_pipeline
    >>> doc = load_pipeline()("NATO members met. Finland joined.")
    >>> [t.text for t in tokens_with(doc, lemmas={"member", "join"})]
    ['members', 'joined']
    """
    p = parse_of(doc)
    found = [i for table, words in zip(p.where(), (lemmas, lowers)) if words for i in _hits(table, words)]
    return [doc[i] for i in sorted(set(found))]


def _hits(table: dict[str, tuple[int, ...]], words: Collection[str]) -> list[int]:
    """Return the indices `table` lists under the strings in `words`, trying the smaller side's strings."""
    if isinstance(words, (set, frozenset)) and len(words) < len(table):
        return [i for w in words if w in table for i in table[w]]
    return [i for w, where in table.items() if w in words for i in where]
