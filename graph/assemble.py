"""Assembling a corpus's Extractions into the actor-relation graph: resolution, then one edge per relation."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .actors import registry
from .counts import count_evidence
from .fileformat import new_graph
from .records import Evidence, Extraction
from .resolve import Resolver
from .stories import Stories
from .vocab import relation_types

__all__ = ["assemble"]


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


def _evidence(extractions: list[Extraction], resolver: Resolver) -> dict[tuple, list[Evidence]]:
    """Return ``{(source, target, relation): [Evidence]}``: each event resolved, once per edge and sentence.

    A symmetric relation keeps the direction it was first seen in: `assemble` reads the articles
    by date, so that is the direction of its earliest report (whatever order the files came in),
    and a later snapshot, adding later articles, does not turn it round.
    """
    types, edges, seen = relation_types(), {}, set()  # seen: (edge key, article, sentence start)
    for x in extractions:
        article = x.article
        codes = {}
        for m in x.mentions:
            if m.cameo:
                codes.setdefault(m.key, m.cameo)
        for e in x.events:
            u, v = resolver.resolve(article["id"], e.agent), resolver.resolve(article["id"], e.target)
            if u is None or v is None or u == v:
                continue
            key = (
                (v, u, e.relation)
                if types[e.relation].symmetric and (v, u, e.relation) in edges
                else (u, v, e.relation)
            )
            if (key, article["id"], e.start) in seen:
                continue
            seen.add((key, article["id"], e.start))
            said_by = resolver.resolve(article["id"], e.said_by) if e.said_by else None
            sides = (codes.get(e.agent), codes.get(e.target))
            sides = sides if key[0] == u else sides[::-1]
            edges.setdefault(key, []).append(Evidence.of(e, article, said_by, sides))
    return edges


def _edge_attributes(relation: str, evidence: list[Evidence], stories: dict | None = None) -> dict:
    """Return an edge's attributes from its evidence: the records in date order, counts (`count_evidence`), dates, codes.

    `stories` maps an article id to its story's (near-duplicates share one).
    """
    evidence = sorted(evidence, key=lambda ev: (ev.date or "", ev.article, ev.start))
    dates = sorted(ev.date for ev in evidence if ev.date)
    info = relation_types()[relation]
    records = [ev.as_dict() for ev in evidence]
    return {
        "evidence": records,
        "relation": relation,
        **count_evidence(records, stories=stories),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "cameo": info.cameo,
        "plover": info.plover,
        "contested": False,
    }


def _edges(extractions: list[Extraction], resolver: Resolver, stories: dict | None = None) -> dict[tuple, dict]:
    """Return ``{(source, target, relation): attributes}`` from the resolved events of all articles."""
    found = _evidence(extractions, resolver)
    edges = {key: _edge_attributes(key[2], evidence, stories) for key, evidence in found.items()}
    _contested(edges)
    return edges


def _state_of(node, nodes):
    """Return the state, alliance or named organisation a node belongs to, following agency affiliations.

    A named group ends the chain: the commander of al-Qaeda or of Human Rights Watch belongs to it.
    """
    seen = set()
    while node and node not in seen:
        seen.add(node)
        record = nodes.get(node) or registry().get(node)
        if record is None or record["type"] in ("state", "alliance", "other"):
            return node
        node = record.get("affiliation")
    return None


def assemble(
    extractions: Iterable[Extraction],
    *,
    snapshot: str | None = None,
    model: str | None = None,
    stories: Stories | None = None,
) -> nx.MultiDiGraph:
    """Return the actor-relation MultiDiGraph of a corpus's Extractions.

    Mentions are resolved across the whole corpus (`actorgraph.resolve.Resolver`);
    events become one edge per (source, target, relation) carrying all their
    evidence. Organisations that are not in the gazetteer, are not agencies and
    take part in no relation are left out. `stories` (`actorgraph.stories.Stories`,
    fed the articles' texts) says which articles are near-duplicates; without it each
    article is its own story.
    """
    extractions = sorted(extractions, key=lambda x: (x.article["date"] or "", x.article["id"]))
    resolver = Resolver()
    for x in extractions:
        resolver.add(x.article["id"], x.mentions)
    story = stories.of(x.article for x in extractions) if stories else {}
    edges = _edges(extractions, resolver, story)
    nodes = resolver.nodes()
    in_edges = {n for u, v, _ in edges for n in (u, v)}
    for n in sorted(in_edges - nodes.keys()):  # an office named only in a title ("Ukraine's military intelligence")
        nodes[n] = resolver.placeholder(n)
    articles = [dict(x.article, story=story.get(x.article["id"], x.article["id"])) for x in extractions]
    G = new_graph(articles=articles, snapshot=snapshot, model=model)
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
