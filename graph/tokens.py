"""Find the few tokens a rule looks at without visiting every token of a Doc."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CONDITION_MARKS", "Parse", "children_of", "entity_text", "parse_of", "to_infinitive", "tokens_with"]

#: Conjunctions of a condition clause: "threatened to kill the hostage unless Britain withdrew".
CONDITION_MARKS = frozenset({"unless", "if"})


class Parse:
    """One Doc's parse as plain lists, by token index: its tokens, heads, children and words.

    Each ``doc[i]``, ``token.children`` or ``token.head`` makes new `Token` objects, and each
    ``token.dep_`` or ``token.lower_`` looks its string up: the rules ask such questions millions
    of times per corpus. Read once per Doc (`parse_of`), they are list lookups.

    Examples
    --------
    >>> from actorgraph.pipeline import load_pipeline
    >>> p = parse_of(load_pipeline()("Chile recalled its envoy."))
    >>> [p.deps[j] for j in p.children[1]], p.heads[3], p.lowers[0], p.tokens[3].text
    (['nsubj', 'dobj', 'punct'], 1, 'chile', 'envoy')
    >>> [t.text for t in p.kids[1]]
    ['Chile', 'envoy', '.']
    """

    __slots__ = ("doc", "tokens", "heads", "children", "kids", "deps", "lowers", "lemmas", "_where")

    def __init__(self, doc: Doc):
        from spacy.attrs import DEP, HEAD, LEMMA, LOWER

        self.doc, self.tokens = doc, list(doc)
        table = doc.to_array([DEP, LOWER, LEMMA, HEAD])
        strings = doc.vocab.strings
        self.deps, self.lowers, lemmas = (_strings(table[:, k].tolist(), strings) for k in range(3))
        self.lemmas = [w.lower() for w in lemmas]
        self.heads = [i + h for i, h in enumerate(table[:, 3].astype("int64").tolist())]
        self.children = [[] for _ in self.tokens]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)
        self.kids = [tuple(map(self.tokens.__getitem__, c)) for c in self.children]  # the children as Tokens
        self._where = None

    def where(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """Return ``({lemma: indices}, {lower-cased form: indices})`` (indices in text order), built once."""
        if self._where is None:
            self._where = tuple(_where(words) for words in (self.lemmas, [w.lower() for w in self.lowers]))
        return self._where


def _where(words: list[str]) -> dict[str, list[int]]:
    """Return ``{word: [index, ...]}`` of a column of words."""
    found: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        found.setdefault(w, []).append(i)
    return found


def _strings(hashes: list[int], strings) -> list[str]:
    """Return the strings of a column of hashes, each distinct one looked up once."""
    found = {h: strings[h] for h in set(hashes)}
    return [found[h] for h in hashes]


#: The `Parse` of the last Doc asked about: the rules read one Doc at a time.
_LAST: list = [None, None]


def parse_of(doc: Doc) -> Parse:
    """Return the `Parse` of `doc`, read on the first question about it (one Doc is remembered)."""
    if _LAST[0] is not doc:
        _LAST[1] = Parse(doc)
        _LAST[0] = doc
    return _LAST[1]


def children_of(token: Token) -> tuple[Token, ...]:
    """Return the children of `token` in text order, as ``token.children`` yields them, from its Doc's `Parse`."""
    doc = token.doc
    return (_LAST[1] if _LAST[0] is doc else parse_of(doc)).kids[token.i]


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
    return [p.tokens[i] for i in sorted(set(found))]


def _hits(table: dict[str, list[int]], words: Collection[str]) -> list[int]:
    """Return the indices `table` lists under the strings in `words`, trying the smaller side's strings."""
    if isinstance(words, (set, frozenset)) and len(words) < len(table):
        return [i for w in words if w in table for i in table[w]]
    return [i for w, where in table.items() if w in words for i in where]
