"""Extracting one parsed article: its actor mentions and events, as an `Extraction` (no I/O)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from .actors import find_mentions
from .records import Event, Extraction, MentionRecord
from .relations import find_events

__all__ = ["extract", "merge_pieces"]

_MENTION_FIELDS = tuple(f.name for f in dataclasses.fields(MentionRecord))


def extract(doc, article, *, offset: int = 0, skip: Sequence[tuple[int, int]] = ()) -> Extraction:
    """Return the `Extraction` of one parsed piece of an article starting at character `offset`.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parse of ``article.text[offset:offset + len(doc.text)]``.
    article : actorgraph.ingest.Article
    offset : int
        Where the piece starts in the article: events' offsets are the article's.
    skip : sequence of (start, end)
        Character ranges of the article to ignore (boilerplate).

    Returns
    -------
    Extraction
        Its events carry their sentence, stripped, with offsets to match.
    """
    local_skip = [(s - offset, e - offset) for s, e in skip]
    mentions = find_mentions(doc, local_skip, date=article.date)
    events = tuple(_placed(e, article.text, offset) for e in find_events(doc, mentions, skip=local_skip))
    records = tuple(MentionRecord(**{f: getattr(m, f) for f in _MENTION_FIELDS}) for m in mentions)
    return Extraction(article=article.meta(), mentions=records, events=events)


def _placed(event: Event, text: str, offset: int) -> Event:
    """Return `event` with its sentence's article offsets and stripped text."""
    start, end = event.start + offset, event.end + offset
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    sentence = raw.strip()
    return dataclasses.replace(event, start=start, end=start + len(sentence), sentence=sentence)


def merge_pieces(parts: Sequence[Extraction]) -> Extraction:
    """Return one Extraction from the Extractions of an article's pieces, in order."""
    return Extraction(
        article=parts[0].article,
        mentions=tuple(m for p in parts for m in p.mentions),
        events=tuple(e for p in parts for e in p.events),
    )
