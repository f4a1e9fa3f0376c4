"""Near-duplicate articles: one story republished with small edits, found by MinHash over word shingles.

Wire stories are republished with a new headline, a changed word or an added line; counted as
many articles, a copy looks like corroboration. `Stories` estimates the Jaccard similarity of
the articles' word 3-shingles with datasketch's MinHash and finds candidates with its LSH index,
so each article costs one signature and one index query, whatever the corpus size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .ingest import normalise

__all__ = ["Stories", "THRESHOLD", "SHINGLE_WORDS", "MIN_WORDS", "NUM_PERM"]

#: Estimated Jaccard similarity of two articles' shingle sets above which they are one story. Edited
#: copies of a 300-word story that change one word in 20 keep about 0.7 of their 3-shingles; two
#: reports of one event written apart share well under 0.2.
THRESHOLD = 0.5
#: Words per shingle.
SHINGLE_WORDS = 3
#: Articles shorter than this (in words) are each their own story: too few shingles to compare.
MIN_WORDS = 40
#: MinHash permutations: the estimate's standard error is about 1 / sqrt(NUM_PERM) (0.09).
NUM_PERM = 128

_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[bytes]:
    """Return the set of `SHINGLE_WORDS`-word shingles of `text`, case and punctuation ignored.

    Examples
    --------
    >>> sorted(shingles("North Korea sent troops."))
    [b'korea sent troops', b'north korea sent']
    """
    words = _WORD.findall(normalise(text).casefold())
    return {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)}


class Stories:
    """Groups articles into stories as they are read: an article joins the story of a near-duplicate seen before.

    Examples
    --------
    >>> body = " ".join(f"word{i}" for i in range(60))
    >>> stories = Stories()
    >>> stories.add("a", body)
    >>> stories.add("b", body.replace("word7 ", "changed "))
    >>> stories.add("c", "an unrelated short note")
    >>> stories.of([{"id": "b", "date": "2024-10-02"}, {"id": "a", "date": "2024-10-03"}, {"id": "c", "date": None}])
    {'b': 'b', 'a': 'b', 'c': 'c'}
    """

    def __init__(self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        self.threshold, self.num_perm = threshold, num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures = {}
        self._parent = {}  # article id -> an earlier article of its story (union-find)

    def _root(self, article_id: str) -> str:
        while self._parent.get(article_id, article_id) != article_id:
            article_id = self._parent[article_id]
        return article_id

    def add(self, article_id: str, text: str) -> None:
        """Take in one article: join it to the story of every earlier near-duplicate (checked, not only LSH-hashed)."""
        from datasketch import MinHash

        found = shingles(text)
        if len(found) + SHINGLE_WORDS - 1 < MIN_WORDS or article_id in self._signatures:
            return
        signature = MinHash(num_perm=self.num_perm)
        signature.update_batch(found)
        self._parent[article_id] = article_id
        for other in self._lsh.query(signature):
            if self._signatures[other].jaccard(signature) >= self.threshold:
                self._parent[self._root(article_id)] = self._root(other)
        self._lsh.insert(article_id, signature)
        self._signatures[article_id] = signature

    def watch(self, articles: Iterable) -> Iterator:
        """Yield `articles` (with ``id`` and ``text``) unchanged, taking each in (`add`) as it passes."""
        for article in articles:
            self.add(article.id, article.text)
            yield article

    def of(self, records: Iterable[dict]) -> dict[str, str]:
        """Return ``{article id: story id}`` for article records: a story's id is its first article's (by date, id).

        Only the articles of `records` are counted, so that a graph of part of a corpus names its
        stories by articles it holds.
        """
        records = list(records)
        first = {}
        for r in sorted(records, key=lambda r: (r.get("date") or "", r["id"])):
            first.setdefault(self._root(r["id"]), r["id"])
        return {r["id"]: first[self._root(r["id"])] for r in records}
