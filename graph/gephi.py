"""GraphML and GEXF 1.3 files for Gephi, yEd and other graph tools: unique ids, colours, sizes, time.

The graph file is a MultiDiGraph whose edge key is the relation, so two actors' ``supplies`` and
``meets`` share a key; readers such as Gephi reject such duplicate edge ids. Here each edge's id is
``source:relation:target``. GEXF 1.3 adds what Gephi shows: the registry's colours
(``data/actor_types.jsonl``, ``data/relations.jsonl``), node sizes by a centrality measure, edge
thickness by weight, the graph's metadata and each actor's and relation's dates as a
``start``/``end`` spell, so that Gephi's timeline plays the corpus. Relations of weight 0 (no
evidence of the counted modalities) are left out: Gephi drops zero-weight edges on import.
"""

from __future__ import annotations

import datetime
import io
import json
import os
import re

import networkx as nx

from . import __version__
from .atomic import atomic_open
from .centrality import node_scores
from .vocab import actor_types, modalities, relation_types

__all__ = ["FORMATS", "gephi_graph", "write_gephi", "edge_id", "GEXF_VERSION"]

FORMATS = ("graphml", "gexf")
GEXF_VERSION = "1.3"
#: Node sizes in GEXF: the smallest and the largest actor.
SIZE_RANGE = (10.0, 50.0)
#: GEXF viz shapes of the registry's page shapes (vis-network names); others are left to the reader.
_SHAPES = {"dot": "disc", "square": "square", "triangle": "triangle", "diamond": "diamond"}
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def edge_id(u: str, v: str, relation: str) -> str:
    """Return the file id of an edge: unique in a graph, since it holds one edge per (source, target, relation).

    Examples
    --------
    >>> edge_id("north-korea", "russia", "deploys")
    'north-korea:deploys:russia'
    """
    return f"{u}:{relation}:{v}"


#: Characters XML 1.0 does not allow (a GraphML or GEXF file holding one does not parse).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _flat(value):
    """Return `value` as a GraphML/GEXF scalar: lists of text joined by ``; ``, records as JSON text, no XML-illegal characters."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        value = "; ".join(value)
    elif isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _rgb(color: str) -> dict:
    return {"r": int(color[1:3], 16), "g": int(color[3:5], 16), "b": int(color[5:7], 16), "a": 1.0}


def _sizes(scores: dict) -> dict:
    """Return node sizes in `SIZE_RANGE`, linear in the scores (all the smallest when the scores are equal)."""
    low, high = min(scores.values(), default=0.0), max(scores.values(), default=0.0)
    span = (high - low) or 1.0
    return {n: round(SIZE_RANGE[0] + (SIZE_RANGE[1] - SIZE_RANGE[0]) * (s - low) / span, 3) for n, s in scores.items()}


def _spans(G) -> dict:
    """Return ``{node: (first date, last date)}`` from the dates of the node's relations and articles."""
    dates = {a["id"]: a.get("date") for a in G.graph.get("articles") or []}
    spans = {}

    def see(n, day):
        if day:
            first, last = spans.get(n, (day, day))
            spans[n] = (min(first, day), max(last, day))

    for n, d in G.nodes(data=True):
        for article in d.get("articles") or ():
            see(n, dates.get(article))
    for u, v, d in G.edges(data=True):
        for day in (d.get("first_seen"), d.get("last_seen")):
            see(u, day)
            see(v, day)
    return spans


def _node(n, d, *, size, span, gexf):
    attrs = {k: _flat(x) for k, x in d.items()}
    if span:
        attrs["start"], attrs["end"] = span
    kind = actor_types().get(d.get("type"))
    if gexf:
        viz = {"size": size}
        if kind:
            viz["color"] = _rgb(kind.color)
            if kind.shape in _SHAPES:
                viz["shape"] = _SHAPES[kind.shape]
        attrs["viz"] = viz
    else:
        attrs.update(size=size, color=kind.color if kind else "")
    return attrs


def _edge(u, v, k, d, *, gexf):
    attrs = {a: _flat(x) for a, x in d.items() if a != "counts"}
    attrs.update({m: (d.get("counts") or {}).get(m, 0) for m in modalities()})
    attrs["id"] = edge_id(u, v, d.get("relation", k))
    if d.get("first_seen"):
        attrs["start"], attrs["end"] = d["first_seen"], d.get("last_seen") or d["first_seen"]
    rel = relation_types().get(d.get("relation", k))
    if gexf:
        attrs["label"] = _flat(d.get("relation", k))
        attrs["viz"] = {"thickness": max(float(d.get("weight", 1)), 0.5)}
        if rel:
            attrs["viz"]["color"] = _rgb(rel.color)
    else:
        attrs["color"] = rel.color if rel else ""
    return attrs


def gephi_graph(G: nx.MultiDiGraph, *, size_by: str = "pagerank", gexf: bool = True) -> nx.MultiDiGraph:
    """Return a copy of `G` whose attributes GraphML and GEXF writers take, ids unique, with colours, sizes and dates.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph; its weights count ``G.graph["counted"]``.
    size_by : str, optional
        Centrality measure (`actorgraph.centrality.MEASURES`) that sizes the nodes.
    gexf : bool, optional
        True: ``viz`` records (colour, size, shape, thickness) for the GEXF writer; False: plain
        ``color`` (``#rrggbb``) and ``size`` attributes for GraphML.

    Returns
    -------
    MultiDiGraph
        Edge keys are `edge_id`; every attribute is a scalar (lists joined, records as JSON
        text, ``counts`` one attribute per modality); nodes and edges have ``start``/``end``
        dates where their evidence is dated. Edges of weight 0 are left out (Gephi would
        drop them); every actor is kept.

    Examples
    --------
    >>> from actorgraph.fileformat import read_graph
    >>> H = gephi_graph(read_graph("tests/fixtures/small_graph.json"))
    >>> d = H.edges["north-korea", "russia", "north-korea:deploys:russia"]
    >>> d["weight"], d["start"], d["viz"]["color"]
    (2, '2024-10-18', {'r': 214, 'g': 39, 'b': 40, 'a': 1.0})
    """
    sizes = _sizes(node_scores(G, measure=size_by))
    spans = _spans(G)
    H = nx.MultiDiGraph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if k != "articles"})
    H.graph.update(articles=len(G.graph.get("articles") or []), size_by=size_by)
    H.graph["name"] = _flat(G.graph.get("snapshot") or "actorgraph")
    for n, d in G.nodes(data=True):
        H.add_node(n, **_node(n, d, size=sizes.get(n, SIZE_RANGE[0]), span=spans.get(n), gexf=gexf))
    for u, v, k, d in G.edges(keys=True, data=True):
        if d.get("weight", 1) == 0:
            continue
        attrs = _edge(u, v, k, d, gexf=gexf)
        H.add_edge(u, v, key=attrs["id"], **attrs)
    return H


def _description(G, size_by):
    """Return the GEXF meta description: what the graph is, in one line."""
    counted = ", ".join(G.graph.get("counted") or ())
    parts = [
        f"actorgraph graph of {len(G.graph.get('articles') or [])} articles",
        f"snapshot {G.graph['snapshot']}" if G.graph.get("snapshot") else None,
        f"built {G.graph.get('created')}" if G.graph.get("created") else None,
        f"model {G.graph.get('model')}" if G.graph.get("model") else None,
        f"weights count {counted} evidence" if counted else None,
        f"node size: {size_by}",
    ]
    return "; ".join(p for p in parts if p)


class _Writer(nx.readwrite.gexf.GEXFWriter):
    """networkx's GEXF writer with the XML Schema instance namespace of GEXF 1.3 spelt as the standard has it."""

    versions = {
        **nx.readwrite.gexf.GEXFWriter.versions,
        GEXF_VERSION: {**nx.readwrite.gexf.GEXFWriter.versions[GEXF_VERSION], "NS_XSI": _XSI},
    }


def _gexf_bytes(G, H, size_by) -> bytes:
    """Return the GEXF 1.3 document of the flat graph `H`, with `G`'s metadata in its ``meta`` element."""
    from xml.etree.ElementTree import SubElement

    writer = _Writer(encoding="utf-8", prettyprint=True, version=GEXF_VERSION)
    meta = writer.xml.find("meta")
    meta.set("lastmodifieddate", (G.graph.get("created") or datetime.date.today().isoformat())[:10])
    meta.find("creator").text = f"actorgraph {__version__} (NetworkX {nx.__version__})"
    SubElement(meta, "keywords").text = _flat(", ".join(filter(None, ("actorgraph", G.graph.get("snapshot")))))
    SubElement(meta, "description").text = _flat(_description(G, size_by))
    writer.add_graph(H)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write_gephi(
    G: nx.MultiDiGraph, path: str | os.PathLike, *, format: str = "gexf", size_by: str = "pagerank"
) -> str | os.PathLike:
    """Write `G` atomically to `path` as GEXF 1.3 or GraphML (see `gephi_graph`); returns `path`.

    Raises
    ------
    ValueError
        For an unknown `format`.
    UnknownNameError
        For an unknown `size_by` measure.
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
    H = gephi_graph(G, size_by=size_by, gexf=format == "gexf")
    data = _gexf_bytes(G, H, size_by) if format == "gexf" else None
    with atomic_open(path, "wb") as f:
        if data is not None:
            f.write(data)
        else:
            nx.write_graphml(H, f, edge_id_from_attribute="id")
    return path
