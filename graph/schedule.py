"""Scheduling the parse: the parse cache first, then this process, a process pool or a Dask cluster.

Every article comes back as an `actorgraph.records.Extraction`, in input order, whichever way it
was parsed; `parse_all` is what `actorgraph.build.build` and `actorgraph.snapshots` parse through.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import dataclasses
import functools
import threading
from collections.abc import Callable, Iterable, Iterator

from .budget import PIECE_CHARS, pipe
from .cache import ExtractionCache, fingerprint
from .errors import ClusterError
from .extract import extract, merge_pieces
from .ingest import Article, boilerplate_spans
from .parallel import Runner
from .pipeline import load_pipeline, pieces, release_pipelines
from .records import Event, Extraction, ParseOptions, ParseStats

__all__ = ["parse", "parse_all", "RELEASE_MODEL_AFTER"]

#: A build that parsed at least this many articles frees the model before assembling the graph
#: (`actorgraph.pipeline.release_pipelines`): for a big corpus the graph needs that memory more.
RELEASE_MODEL_AFTER = 500

_TASK_LOCK = threading.Lock()
_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))


def parse_here(articles: Iterable[Article], *, model: str, batch_size: int) -> Iterator[Extraction]:
    """Yield the Extraction of each article, parsing in this process with ``nlp.pipe``.

    Articles longer than `actorgraph.budget.PIECE_CHARS` are parsed in pieces cut at line breaks,
    batched by characters (`actorgraph.budget.pipe`), so that memory stays bounded.
    """
    nlp = load_pipeline(model)

    def jobs():
        for article in articles:
            skip = boilerplate_spans(article.text)
            cuts = list(pieces(article.text, min(PIECE_CHARS, nlp.max_length - 1)))
            for n, (offset, text) in enumerate(cuts):
                yield text, (article, offset, skip, n == len(cuts) - 1)

    parts = []
    for doc, (article, offset, skip, last) in pipe(nlp, jobs(), batch_size=batch_size):  # within the memory budget
        parts.append(extract(doc, article, offset=offset, skip=skip))
        if last:
            yield merge_pieces(parts)
            parts = []


def _extract_task(articles: list[Article], *, model: str, batch_size: int) -> list[Extraction]:
    """Parse `articles` where this runs (a worker) and return their Extractions: small, never Docs.

    The pipeline is loaded once per process (`load_pipeline` caches it); one task at
    a time per process, so that a Dask worker with several threads shares it safely.
    """
    with _TASK_LOCK:
        return list(parse_here(articles, model=model, batch_size=batch_size))


class _Shared:
    """Shares equal values between Extractions, which all stay in memory until the graph is assembled.

    A corpus names the same actors in the same words again and again: one record per
    distinct mention, one string per distinct word or sentence in events (a
    sentence with several relations comes back once per relation).
    """

    def __init__(self):
        self.mentions, self.strings = {}, {}

    def __call__(self, x: Extraction) -> Extraction:
        share = self.strings.setdefault
        events = tuple(
            Event(*(share(v, v) if isinstance(v, str) else v for v in map(e.__getattribute__, _EVENT_FIELDS)))
            for e in x.events
        )
        mentions = tuple(self.mentions.setdefault(m, m) for m in x.mentions)
        return Extraction(article=x.article, mentions=mentions, events=events)


class _Batch:
    """Articles sent to be parsed together; their Extractions once the task is done."""

    def __init__(self):
        self.articles, self.future, self.done = [], None, None

    def extraction(self, i, cache, stats, progress, shared):
        """Return the i-th Extraction, collecting the task's results (and caching them) on the first call."""
        if self.done is None:
            try:
                self.done = [shared(x) for x in self.future.result()]
            except concurrent.futures.BrokenExecutor:
                raise ClusterError("a parsing process died (out of memory?); try fewer --jobs") from None
            if cache is not None:
                cache.put([(a.sha256, a.text, x.to_cache()) for a, x in zip(self.articles, self.done)])
            stats.parsed += len(self.done)
            for a in self.articles:
                if progress:
                    progress(a)
            self.articles = None  # the texts are no longer needed
        return self.done[i]


def _cached(cache: ExtractionCache | None, article: Article) -> Extraction | None:
    """Return the cached Extraction of `article`, or None (also for an entry of another shape: a miss)."""
    found = cache.get(article.sha256, article.text) if cache is not None else None
    if found is None:
        return None
    try:
        return Extraction.from_cache(article.meta(), found)
    except ValueError:
        return None


def parse(
    articles: Iterable[Article],
    options: ParseOptions | None = None,
    *,
    progress: Callable[[Article], None] | None = None,
    stats: ParseStats | None = None,
) -> Iterator[Extraction]:
    """Yield one `Extraction` per article, in input order.

    Articles are read lazily from `articles`, and only those being parsed are held,
    so that memory does not grow with the corpus. Each is looked up in the open
    cache ``options.cache`` first; the others are parsed in tasks of
    ``options.task_size`` articles, with ``nlp.pipe``, in this process, in
    ``options.jobs`` worker processes or on the Dask cluster ``options.dask``, each
    worker loading the model once and sending back Extractions only. The
    Extractions do not depend on where they were made.

    Parameters
    ----------
    articles : iterable of Article
    options : ParseOptions
        ``cache`` must be an open `actorgraph.cache.ExtractionCache` or None here (see `parse_all`).
    progress : callable, optional
        Called with each article once its Extraction is known.
    stats : ParseStats, optional
        Updated with the number of articles parsed and taken from the cache.

    Raises
    ------
    ModelError, ClusterError
    """
    options = options or ParseOptions()
    cache = options.cache
    stats = ParseStats() if stats is None else stats
    stats.cache = cache is not None and getattr(cache, "db", True) is not None  # a disabled cache is none
    task = functools.partial(_extract_task, model=options.model, batch_size=options.batch_size)
    slots = collections.deque()  # Extraction, or (batch, index) while its task runs
    in_flight = collections.deque()
    batch, shared = _Batch(), _Shared()
    with Runner(task, jobs=options.jobs, dask=options.dask) as runner:

        def send(last=False):
            nonlocal batch
            batch.future = runner.submit(batch.articles, last=last)
            in_flight.append(batch)
            batch = _Batch()

        def ready(limit):
            """Yield the Extractions at the head that are done, waiting while more than `limit` tasks run."""
            while slots:
                head = slots[0]
                if isinstance(head, tuple):
                    pending, i = head
                    if pending.future is None or (len(in_flight) <= limit and not pending.future.done()):
                        return
                    head = pending.extraction(i, cache, stats, progress, shared)
                    if in_flight and in_flight[0] is pending:
                        in_flight.popleft()
                slots.popleft()
                yield head

        for article in articles:
            found = _cached(cache, article)
            if found is None:
                batch.articles.append(article)
                slots.append((batch, len(batch.articles) - 1))
                if len(batch.articles) >= options.task_size:
                    send()
            else:
                slots.append(shared(found))
                stats.cached += 1
                if progress:
                    progress(article)
            yield from ready(runner.window)
        if batch.articles:
            send(last=True)
        yield from ready(0)


def parse_all(
    articles: Iterable[Article],
    options: ParseOptions,
    *,
    meta: dict,
    progress: Callable[[Article], None] | None = None,
    stats: ParseStats | None = None,
) -> list[Extraction]:
    """Return the list of `parse`'s Extractions of `articles`, through the parse cache at ``options.cache``.

    `meta` is the model's (`actorgraph.pipeline.model_meta`), for the cache's fingerprint.
    A parse of `RELEASE_MODEL_AFTER` articles or more frees the model afterwards, for the graph.
    """
    stats = ParseStats() if stats is None else stats
    with _open_cache(options.cache, meta) as store:
        opened = dataclasses.replace(options, cache=store)
        extractions = list(parse(articles, opened, progress=progress, stats=stats))
    if stats.parsed >= RELEASE_MODEL_AFTER:
        release_pipelines()
    return extractions


def _open_cache(cache, meta):
    """Return a context manager giving the ExtractionCache at path `cache` (or `cache` itself, or None)."""
    if cache is None or isinstance(cache, ExtractionCache):
        return contextlib.nullcontext(cache)
    return ExtractionCache(cache, fingerprint(meta))
