"""The typed records an article's facts travel in, from extraction through the cache and the pool to the graph.

An article is read into an `actorgraph.ingest.Article`; extracting it gives an `Extraction`
holding `MentionRecord`s and `Event`s (plain values only, so that it can be cached, pickled to a
worker and back, and held for a whole corpus); assembly resolves each Event into an `Evidence`,
which goes onto its edge as a plain dict (edge attributes hold JSON values only).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping

from .pipeline import DEFAULT_MODEL

__all__ = ["MentionRecord", "Event", "Evidence", "Extraction", "ParseOptions", "ParseStats"]


@dataclasses.dataclass(frozen=True, slots=True)
class MentionRecord:
    """One actor mention as an Extraction keeps it: what resolution needs, no token offsets.

    `key` is a gazetteer id or a provisional ``person:``/``org:`` key (see `actorgraph.actors.Mention`).
    """

    key: str
    text: str
    type: str
    role: str
    affiliation: str | None = None
    title: str | None = None
    heads_office: bool = False
    cameo: str | None = None
    sector: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Event:
    """One relation found in one sentence.

    `agent`, `target` and `said_by` are actor keys of the article's mentions; `start`/`end` are
    the character offsets of the sentence in the article, and `sentence` its stripped text
    (filled in by `actorgraph.extract.extract`). `cameo` and `plover` are the most specific CAMEO
    code and PLOVER category the trigger's words give, and `pattern` the id of the CAMEO pattern
    that gave them (``data/cameo_verbs.jsonl``; None when only the trigger lexicon coded it).
    """

    relation: str
    agent: str
    target: str
    trigger: str
    start: int
    end: int
    modality: str
    said_by: str | None = None
    quantity: str | None = None
    location: str | None = None
    sentence: str = ""
    cameo: str | None = None
    plover: str | None = None
    pattern: str | None = None


@dataclasses.dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of an edge's evidence: an Event of one article with its actors resolved to node ids.

    The graph file's evidence record (``data/graph.schema.json``) is `as_dict`.
    """

    article: str
    date: str | None
    sentence: str
    start: int
    end: int
    said_by: str | None
    modality: str
    quantity: str | None
    location: str | None
    trigger: str
    cameo: str | None = None
    plover: str | None = None
    pattern: str | None = None
    source_cameo: str | None = None
    target_cameo: str | None = None

    @classmethod
    def of(
        cls, event: Event, article: Mapping, said_by: str | None, codes: tuple[str | None, str | None] = (None, None)
    ) -> Evidence:
        """Return the Evidence of `event` in `article` (its ``meta()`` record), `said_by` resolved.

        `codes` are the CAMEO actor codes of its source and target as the article names them
        ("North Korean troops": ``PRKMIL``), so that each record lines up with GDELT's.
        """
        return cls(
            article=article["id"],
            date=article["date"],
            sentence=event.sentence,
            start=event.start,
            end=event.end,
            said_by=said_by,
            modality=event.modality,
            quantity=event.quantity,
            location=event.location,
            trigger=event.trigger,
            cameo=event.cameo,
            plover=event.plover,
            pattern=event.pattern,
            source_cameo=codes[0],
            target_cameo=codes[1],
        )

    def as_dict(self) -> dict:
        """Return the evidence record as the graph keeps it (a new dict of plain values)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


def _fields(record) -> dict:
    """Return a flat record's fields as a dict: `dataclasses.asdict` without its deep copy (a tenth of the time)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@functools.cache
def _field_names(cls) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@dataclasses.dataclass(frozen=True, slots=True)
class Extraction:
    """What one article yields: its metadata record, its actor mentions and its events.

    Small and self-contained, so that it can be cached or sent back from a worker.
    """

    article: dict  # actorgraph.ingest.Article.meta()
    mentions: tuple[MentionRecord, ...]
    events: tuple[Event, ...]

    def to_cache(self) -> dict:
        """Return the mentions and events as JSON values, for the parse cache."""
        return {"mentions": [_fields(m) for m in self.mentions], "events": [_fields(e) for e in self.events]}

    @classmethod
    def from_cache(cls, article: dict, found: Mapping) -> Extraction:
        """Return the Extraction of `article` from what `to_cache` stored.

        Raises
        ------
        ValueError
            If `found` does not have the shape `to_cache` gives (an entry of another layout).
        """
        try:
            return cls(
                article=article,
                mentions=tuple(MentionRecord(**m) for m in found["mentions"]),
                events=tuple(Event(**e) for e in found["events"]),
            )
        except (KeyError, TypeError) as error:
            raise ValueError(f"not an extraction record: {error}") from None


@dataclasses.dataclass(frozen=True)
class ParseOptions:
    """How articles are parsed: which model, and where (this process, `jobs` processes, a Dask cluster).

    `cache` is the path of the parse cache (`actorgraph.cache.ExtractionCache`), an open one, or None.
    """

    model: str = DEFAULT_MODEL
    jobs: int = 1
    dask: str | None = None
    cache: object = None
    batch_size: int = 16
    task_size: int = 32


@dataclasses.dataclass
class ParseStats:
    """What one parse run did: articles parsed, and articles whose extraction came from the cache."""

    parsed: int = 0
    cached: int = 0
    cache: bool = False  # whether a cache was used at all

    def __str__(self) -> str:
        """``parsed 10 articles, 990 from cache`` (or ``(no cache)``)."""
        tail = f", {self.cached} from cache" if self.cache else " (no cache)"
        return f"parsed {self.parsed} article{'s' if self.parsed != 1 else ''}{tail}"
