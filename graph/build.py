"""Articles in, a typed actor-relation MultiDiGraph out."""

import dataclasses

from .actors import find_mentions, registry
from .fileformat import new_graph
from .errors import InputError
from .ingest import boilerplate_spans, read_articles
from .lexicon import AFFILIATION_RELATIONS, load_lexicon
from .pipeline import DEFAULT_MODEL, load_pipeline, pieces
from .relations import Event, find_events
from .resolve import Resolver

__all__ = ["extract", "parse", "assemble", "build", "Extraction"]

_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))


@dataclasses.dataclass(frozen=True)
class Extraction:
    """What one article yields: its metadata, actor mentions and events, as plain JSON values.

    Small and self-contained, so that it can be cached or sent back from a worker.
    """

    article: dict            # Article.meta()
    mentions: list           # dicts: key, text, type, role, affiliation, title, heads_office
    events: list             # dicts: Event fields plus "sentence"


def extract(doc, article, *, offset=0, skip=()):
    """Return the `Extraction` of one parsed piece of an article starting at character `offset`."""
    local_skip = [(s - offset, e - offset) for s, e in skip]
    mentions = find_mentions(doc, local_skip)
    events = []
    for e in find_events(doc, mentions, skip=local_skip):
        start, end = e.start + offset, e.end + offset
        raw = article.text[start:end]
        start += len(raw) - len(raw.lstrip())
        sentence = raw.strip()
        events.append(_fields(e) | {"start": start, "end": start + len(sentence), "sentence": sentence})
    fields = ("key", "text", "type", "role", "affiliation", "title", "heads_office")
    return Extraction(article=article.meta(), events=events,
                      mentions=[{f: getattr(m, f) for f in fields} for m in mentions])


def _fields(event):
    """Return an Event's fields as a dict (its values are plain: no deep copy needed, unlike `asdict`)."""
    return {f: getattr(event, f) for f in _EVENT_FIELDS}


def _merge(parts):
    """Return one Extraction from the Extractions of an article's pieces."""
    first = parts[0]
    return Extraction(article=first.article, mentions=[m for p in parts for m in p.mentions],
                      events=[e for p in parts for e in p.events])


def parse(articles, *, model=DEFAULT_MODEL, batch_size=16, progress=None):
    """Yield one `Extraction` per article, parsing with ``nlp.pipe``.

    Articles longer than the pipeline's ``max_length`` are parsed in pieces cut
    at line breaks. `progress`, if given, is called once per finished article.
    """
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
            if progress:
                progress(article)


def _contested(edges):
    """Mark each edge contested when one of its own actors denies the other in an article that reports it."""
    denials = {}
    for (u, v, rel), data in edges.items():
        if rel == "denies":
            denials.setdefault(frozenset((u, v)), set()).update(ev["article"] for ev in data["evidence"])
    for (u, v, rel), data in edges.items():
        if rel in AFFILIATION_RELATIONS or rel == "denies":
            continue
        articles = denials.get(frozenset((u, v)), set())
        data["contested"] = bool(articles & {ev["article"] for ev in data["evidence"]}) or any(
            ev["modality"] == "denied" for ev in data["evidence"])


def _edges(extractions, resolver, lex):
    """Return ``{(source, target, relation): attributes}`` from the resolved events of all articles."""
    edges = {}
    for x in extractions:
        article = x.article
        for e in x.events:
            u, v = resolver.resolve(article["id"], e["agent"]), resolver.resolve(article["id"], e["target"])
            if u is None or v is None or u == v:
                continue
            rel = e["relation"]
            key = (u, v, rel)
            if lex.info(rel)["symmetric"] and (v, u, rel) in edges:
                key = (v, u, rel)
            said_by = resolver.resolve(article["id"], e["said_by"]) if e["said_by"] else None
            evidence = {"article": article["id"], "date": article["date"], "sentence": e["sentence"],
                        "start": e["start"], "end": e["end"], "said_by": said_by, "modality": e["modality"],
                        "quantity": e["quantity"], "location": e["location"], "trigger": e["trigger"]}
            data = edges.setdefault(key, {"evidence": []})
            if not any(ev["article"] == evidence["article"] and ev["start"] == evidence["start"]
                       for ev in data["evidence"]):
                data["evidence"].append(evidence)
    for (u, v, rel), data in edges.items():
        data["evidence"].sort(key=lambda ev: (ev["date"] or "", ev["article"], ev["start"]))
        dates = sorted(ev["date"] for ev in data["evidence"] if ev["date"])
        info = lex.info(rel)
        data.update(relation=rel, weight=len(data["evidence"]),
                    sources=len({ev["article"] for ev in data["evidence"]}),
                    first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
                    cameo=info["cameo"], plover=info["plover"], contested=False)
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

    Mentions are resolved across the whole corpus (`graph.resolve.Resolver`);
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
    for n in in_edges - nodes.keys():  # an office named only in a title ("Ukraine's military intelligence")
        nodes[n] = resolver.placeholder(n)
    G = new_graph(articles=[x.article for x in extractions], snapshot=snapshot, model=model)
    for n, attrs in nodes.items():
        if attrs["type"] == "other" and n not in in_edges and n not in registry():
            continue
        office = attrs.pop("office", None)
        attrs["affiliation"] = _state_of(attrs["affiliation"] or office, nodes) if attrs["type"] in (
            "leader", "agency") else attrs["affiliation"]
        G.add_node(n, **attrs)
    for (u, v, rel), data in edges.items():
        G.add_edge(u, v, key=rel, **data)
    return G


def build(paths, *, model=DEFAULT_MODEL, default_date=None, strict=False, warn=None, snapshot=None,
          progress=None):
    """Return the graph of the articles found in `paths` (files, folders, JSONL, ``-``).

    See `graph.ingest.read_articles` for the inputs and `assemble` for the graph.
    `progress`, if given, is called with the number of articles and returns the
    callback `parse` calls per finished article. Raises `InputError` when no
    article could be read.
    """
    nlp = load_pipeline(model)
    articles = list(read_articles(paths, default_date=default_date, strict=strict, warn=warn))
    if not articles:
        raise InputError(f"no readable articles in {', '.join(map(str, paths))}")
    tick = progress(len(articles)) if progress else None
    name = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', model)} {nlp.meta.get('version', '')}".strip()
    return assemble(parse(articles, model=model, progress=tick), snapshot=snapshot, model=name)
