"""Articles in, a typed actor-relation MultiDiGraph out."""

import collections
import collections.abc
import concurrent.futures
import contextlib
import dataclasses
import functools
import threading

from .actors import find_mentions, registry
from .cache import ExtractionCache, fingerprint
from .errors import ClusterError, InputError
from .fileformat import new_graph
from .ingest import boilerplate_spans, count_inputs, read_articles
from .lexicon import load_lexicon
from .parallel import Runner
from .pipeline import DEFAULT_MODEL, load_pipeline, model_label, model_meta, pieces, release_pipelines
from .relations import Event, find_events
from .resolve import Resolver
from .vocab import relation_types

__all__ = ["extract", "parse", "parse_all", "assemble", "build", "Extraction", "ParseStats", "TASK_SIZE"]

_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))
#: The keys of an event record of an Extraction: Event's fields and its sentence.
EVENT_KEYS = _EVENT_FIELDS + ("sentence",)


class EventRecord(collections.abc.Mapping):
    """One event of an Extraction, read like a dict (``e["agent"]``), stored in slots.

    A corpus's Extractions stay in memory until the graph is assembled; a dict per event
    was most of that memory (about 650 bytes each, against about 120 here).
    """

    __slots__ = EVENT_KEYS

    def __init__(self, values):
        for key in EVENT_KEYS:
            setattr(self, key, values[key])

    def __getitem__(self, key):
        try:
            return getattr(self, key)
        except (AttributeError, TypeError):
            raise KeyError(key) from None

    def __iter__(self):
        return iter(EVENT_KEYS)

    def __len__(self):
        return len(EVENT_KEYS)

    def __repr__(self):
        return f"EventRecord({dict(self)!r})"


@dataclasses.dataclass(frozen=True)
class Extraction:
    """What one article yields: its metadata, actor mentions and events, as plain JSON values.

    Small and self-contained, so that it can be cached or sent back from a worker.
    """

    article: dict  # Article.meta()
    mentions: list  # dicts: key, text, type, role, affiliation, title, heads_office
    events: list  # dicts: Event fields plus "sentence"


def extract(doc, article, *, offset=0, skip=()):
    """Return the `Extraction` of one parsed piece of an article starting at character `offset`."""
    local_skip = [(s - offset, e - offset) for s, e in skip]
    mentions = find_mentions(doc, local_skip, date=article.date)
    events = []
    for e in find_events(doc, mentions, skip=local_skip):
        start, end = e.start + offset, e.end + offset
        raw = article.text[start:end]
        start += len(raw) - len(raw.lstrip())
        sentence = raw.strip()
        events.append(_fields(e) | {"start": start, "end": start + len(sentence), "sentence": sentence})
    fields = ("key", "text", "type", "role", "affiliation", "title", "heads_office", "cameo", "sector")
    return Extraction(
        article=article.meta(), events=events, mentions=[{f: getattr(m, f) for f in fields} for m in mentions]
    )


def _fields(event):
    """Return an Event's fields as a dict (its values are plain: no deep copy needed, unlike `asdict`)."""
    return {f: getattr(event, f) for f in _EVENT_FIELDS}


def _merge(parts):
    """Return one Extraction from the Extractions of an article's pieces."""
    first = parts[0]
    return Extraction(
        article=first.article,
        mentions=[m for p in parts for m in p.mentions],
        events=[e for p in parts for e in p.events],
    )


#: A build that parsed at least this many articles frees the model before assembling the graph
#: (`actorgraph.pipeline.release_pipelines`): for a big corpus the graph needs that memory more.
RELEASE_MODEL_AFTER = 500

#: Articles handed to a worker at once: enough to amortise the hand-over, few enough to balance the workers.
TASK_SIZE = 32
_TASK_LOCK = threading.Lock()


@dataclasses.dataclass
class ParseStats:
    """What one `parse` run did: articles parsed, and articles whose extraction came from the cache."""

    parsed: int = 0
    cached: int = 0
    cache: bool = False  # whether a cache was used at all

    def __str__(self):
        """``parsed 10 articles, 990 from cache`` (or ``(no cache)``)."""
        tail = f", {self.cached} from cache" if self.cache else " (no cache)"
        return f"parsed {self.parsed} article{'s' if self.parsed != 1 else ''}{tail}"


def _parse_here(articles, *, model, batch_size):
    """Yield the Extraction of each article, parsing in this process with ``nlp.pipe``."""
    nlp = load_pipeline(model)

    def jobs():
        for article in articles:
            skip = boilerplate_spans(article.text)
            cuts = list(pieces(article.text, nlp.max_length - 1))
            for n, (offset, text) in enumerate(cuts):
                yield text, (article, offset, skip, n == len(cuts) - 1)

    parts = []
    for doc, (article, offset, skip, last) in nlp.pipe(jobs(), as_tuples=True, batch_size=batch_size):
        parts.append(extract(doc, article, offset=offset, skip=skip))
        if last:
            yield _merge(parts)
            parts = []


def _extract_task(articles, *, model, batch_size):
    """Parse `articles` where this runs (a worker) and return their Extractions as dicts: small, never Docs.

    The pipeline is loaded once per process (`load_pipeline` caches it); one task at
    a time per process, so that a Dask worker with several threads shares it safely.
    """
    with _TASK_LOCK:
        return [dict(vars(x)) for x in _parse_here(articles, model=model, batch_size=batch_size)]


class _Shared:
    """Shares equal values between Extractions, which all stay in memory until the graph is assembled.

    A corpus names the same actors in the same words again and again: one dict per
    distinct mention, one string per distinct word or sentence in events (a
    sentence with several relations comes back once per relation).
    """

    def __init__(self):
        self.mentions, self.strings = {}, {}

    def __call__(self, x):
        share = self.strings.setdefault
        events = [EventRecord({k: share(v, v) if isinstance(v, str) else v for k, v in e.items()}) for e in x.events]
        mentions = [self.mentions.setdefault(tuple(m.items()), m) for m in x.mentions]
        return dataclasses.replace(x, mentions=mentions, events=events)


class _Batch:
    """Articles sent to be parsed together; their Extractions once the task is done."""

    def __init__(self):
        self.articles, self.future, self.done = [], None, None

    def extraction(self, i, cache, stats, progress, shared):
        """Return the i-th Extraction, collecting the task's results (and caching them) on the first call."""
        if self.done is None:
            try:
                self.done = [shared(Extraction(**x)) for x in self.future.result()]
            except concurrent.futures.BrokenExecutor:
                raise ClusterError("a parsing process died (out of memory?); try fewer --jobs") from None
            if cache is not None:
                cache.put(
                    [
                        (a.sha256, a.text, {"mentions": x.mentions, "events": [dict(e) for e in x.events]})
                        for a, x in zip(self.articles, self.done)
                    ]
                )
            stats.parsed += len(self.done)
            for a in self.articles:
                if progress:
                    progress(a)
            self.articles = None  # the texts are no longer needed
        return self.done[i]


def parse(
    articles,
    *,
    model=DEFAULT_MODEL,
    batch_size=16,
    progress=None,
    jobs=1,
    cache=None,
    dask=None,
    stats=None,
    task_size=TASK_SIZE,
):
    """Yield one `Extraction` per article, in input order.

    Articles are read lazily from `articles`, and only those being parsed are held,
    so that memory does not grow with the corpus. Each is looked up in `cache`
    first; the others are parsed in tasks of `task_size` articles, with
    ``nlp.pipe`` (`batch_size`), in this process, in `jobs` worker processes or on
    the Dask cluster at `dask`, each worker loading the model once and sending back
    Extractions only. Articles longer than the pipeline's ``max_length`` are parsed
    in pieces cut at line breaks. The Extractions do not depend on where they were
    made.

    Parameters
    ----------
    articles : iterable of Article
    model : str
        Installed spaCy pipeline (see `actorgraph.pipeline.load_pipeline`).
    batch_size : int
        ``nlp.pipe`` batch size.
    progress : callable, optional
        Called with each article once its Extraction is known.
    jobs : int
        Worker processes; 1 parses in this process. A pool starts only when there
        is more than one task of work.
    cache : graph.cache.ExtractionCache, optional
        Where Extractions are looked up, and stored one task at a time.
    dask : str, optional
        ``tcp://HOST:PORT`` of a Dask scheduler, or ``local:N`` (see `actorgraph.parallel.Runner`).
    stats : ParseStats, optional
        Updated with the number of articles parsed and taken from the cache.
    task_size : int
        Articles per task.

    Raises
    ------
    ModelError, ClusterError
    """
    stats = ParseStats(cache=cache is not None) if stats is None else stats
    stats.cache = cache is not None
    task = functools.partial(_extract_task, model=model, batch_size=batch_size)
    slots = collections.deque()  # Extraction, or (batch, index) while its task runs
    in_flight = collections.deque()
    batch, shared = _Batch(), _Shared()
    with Runner(task, jobs=jobs, dask=dask) as runner:

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
            found = cache.get(article.sha256, article.text) if cache is not None else None
            if found is None:
                batch.articles.append(article)
                slots.append((batch, len(batch.articles) - 1))
                if len(batch.articles) >= task_size:
                    send()
            else:
                slots.append(
                    shared(Extraction(article=article.meta(), mentions=found["mentions"], events=found["events"]))
                )
                stats.cached += 1
                if progress:
                    progress(article)
            yield from ready(runner.window)
        if batch.articles:
            send(last=True)
        yield from ready(0)


def _contested(edges):
    """Mark each edge contested when one of its own actors denies the other in an article that reports it."""
    types, denials = relation_types(), {}
    for (u, v, rel), data in edges.items():
        if types[rel].pairing == "denial":
            denials.setdefault(frozenset((u, v)), set()).update(ev["article"] for ev in data["evidence"])
    for (u, v, rel), data in edges.items():
        if types[rel].affiliation or types[rel].pairing == "denial":
            continue
        articles = denials.get(frozenset((u, v)), set())
        data["contested"] = bool(articles & {ev["article"] for ev in data["evidence"]}) or any(
            ev["modality"] == "denied" for ev in data["evidence"]
        )


def _edges(extractions, resolver, lex):
    """Return ``{(source, target, relation): attributes}`` from the resolved events of all articles."""
    edges, seen = {}, collections.defaultdict(set)  # seen: edge key -> {(article, sentence start)}
    for x in extractions:
        article = x.article
        for e in x.events:
            u, v = resolver.resolve(article["id"], e["agent"]), resolver.resolve(article["id"], e["target"])
            if u is None or v is None or u == v:
                continue
            rel = e["relation"]
            key = (u, v, rel)
            if lex.info(rel).symmetric and (v, u, rel) in edges:
                key = (v, u, rel)
            said_by = resolver.resolve(article["id"], e["said_by"]) if e["said_by"] else None
            evidence = {
                "article": article["id"],
                "date": article["date"],
                "sentence": e["sentence"],
                "start": e["start"],
                "end": e["end"],
                "said_by": said_by,
                "modality": e["modality"],
                "quantity": e["quantity"],
                "location": e["location"],
                "trigger": e["trigger"],
            }
            data = edges.setdefault(key, {"evidence": []})
            if (evidence["article"], evidence["start"]) not in seen[key]:
                seen[key].add((evidence["article"], evidence["start"]))
                data["evidence"].append(evidence)
    for (_u, _v, rel), data in edges.items():
        data["evidence"].sort(key=lambda ev: (ev["date"] or "", ev["article"], ev["start"]))
        dates = sorted(ev["date"] for ev in data["evidence"] if ev["date"])
        info = lex.info(rel)
        data.update(
            relation=rel,
            weight=len(data["evidence"]),
            sources=len({ev["article"] for ev in data["evidence"]}),
            first_seen=dates[0] if dates else None,
            last_seen=dates[-1] if dates else None,
            cameo=info.cameo,
            plover=info.plover,
            contested=False,
        )
    _contested(edges)
    return edges


def _state_of(node, nodes):
    """Return the state or alliance a node belongs to, following agency affiliations."""
    seen = set()
    while node and node not in seen:
        seen.add(node)
        record = nodes.get(node) or registry().get(node)
        if record is None or record["type"] in ("state", "alliance"):
            return node
        node = record.get("affiliation")
    return None


def assemble(extractions, *, snapshot=None, model=None):
    """Return the actor-relation MultiDiGraph of a corpus's Extractions.

    Mentions are resolved across the whole corpus (`actorgraph.resolve.Resolver`);
    events become one edge per (source, target, relation) carrying all their
    evidence. Organisations that are not in the gazetteer, are not agencies and
    take part in no relation are left out.
    """
    extractions = sorted(extractions, key=lambda x: (x.article["date"] or "", x.article["id"]))
    resolver = Resolver()
    for x in extractions:
        resolver.add(x.article["id"], x.mentions)
    lex = load_lexicon()
    edges = _edges(extractions, resolver, lex)
    nodes = resolver.nodes()
    in_edges = {n for u, v, _ in edges for n in (u, v)}
    for n in sorted(in_edges - nodes.keys()):  # an office named only in a title ("Ukraine's military intelligence")
        nodes[n] = resolver.placeholder(n)
    G = new_graph(articles=[x.article for x in extractions], snapshot=snapshot, model=model)
    for n, attrs in nodes.items():
        if attrs["type"] == "other" and n not in in_edges and n not in registry():
            continue
        office = attrs.pop("office", None)
        attrs["affiliation"] = (
            _state_of(attrs["affiliation"] or office, nodes)
            if attrs["type"] in ("leader", "agency")
            else attrs["affiliation"]
        )
        G.add_node(n, **attrs)
    for (u, v, rel), data in edges.items():
        G.add_edge(u, v, key=rel, **data)
    return G


def build(
    paths,
    *,
    model=DEFAULT_MODEL,
    default_date=None,
    strict=False,
    warn=None,
    snapshot=None,
    progress=None,
    jobs=1,
    cache=None,
    dask=None,
    stats=None,
):
    """Return the graph of the articles found in `paths` (files, folders, JSONL, ``-``).

    See `actorgraph.ingest.read_articles` for the inputs, `parse` for `jobs`, `dask`
    and `stats`, and `assemble` for the graph. `cache` is the path of a parse
    cache (`actorgraph.cache.ExtractionCache`) or None. `progress`, if given, is called
    with an estimate of the number of articles (`actorgraph.ingest.count_inputs`) and
    returns the callback `parse` calls per finished article. Raises `InputError`
    when no article could be read.
    """
    meta = model_meta(model)  # an uninstalled model fails here, before any reading
    articles = read_articles(paths, default_date=default_date, strict=strict, warn=warn)
    tick = progress(count_inputs(paths)) if progress else None
    extractions = parse_all(
        articles, model=model, meta=meta, cache=cache, progress=tick, jobs=jobs, dask=dask, stats=stats
    )
    if not extractions:
        raise InputError(f"no readable articles in {', '.join(map(str, paths))}")
    return assemble(extractions, snapshot=snapshot, model=model_label(meta))


def parse_all(articles, *, model, meta, cache=None, progress=None, jobs=1, dask=None, stats=None):
    """Return the list of `parse`'s Extractions of `articles`, through the parse cache at path `cache`.

    What `build` and `actorgraph.snapshots.build_snapshots` share: `meta` is the model's
    (`actorgraph.pipeline.model_meta`), for the cache's fingerprint. A parse of
    `RELEASE_MODEL_AFTER` articles or more frees the model afterwards, for the graph.
    """
    stats = ParseStats() if stats is None else stats
    with _open_cache(cache, meta) as store:
        extractions = list(
            parse(articles, model=model, progress=progress, jobs=jobs, cache=store, dask=dask, stats=stats)
        )
    if stats.parsed >= RELEASE_MODEL_AFTER:
        release_pipelines()
    return extractions


def _open_cache(cache, meta):
    """Return a context manager giving the ExtractionCache at path `cache` (or `cache` itself, or None)."""
    if cache is None or isinstance(cache, ExtractionCache):
        return contextlib.nullcontext(cache)
    return ExtractionCache(cache, fingerprint(meta))
