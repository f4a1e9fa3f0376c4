"""The event table: one row per piece of evidence, in the shape of event-data exports, as CSV, JSONL or Parquet.

Event datasets (GDELT's event export, ICEWS, PLOVER's) are tables of dated source-action-target
rows that analysts load into pandas, R, BigQuery or a spreadsheet; this is the graph file in
that shape. Every column is in `COLUMNS` with its type and meaning; `DTYPES` are the pandas
dtypes the documented readers give.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator

import networkx as nx

from .atomic import atomic_open
from .counts import story_map
from .errors import OutputError

__all__ = ["COLUMNS", "DTYPES", "FORMATS", "event_rows", "write_events"]

FORMATS = ("csv", "jsonl", "parquet")

#: ``(name, type, meaning)`` of each column, in order. Types: ``string`` (may be null),
#: ``int64`` (may be null), ``bool``.
COLUMNS = (
    ("date", "string", "date of the article (YYYY-MM-DD), or null"),
    ("source_id", "string", "actor doing it: node id"),
    ("source_label", "string", "its canonical name"),
    ("source_type", "string", "its actor type (state, leader, agency, alliance, other)"),
    ("source_cameo", "string", "its CAMEO actor code, when known"),
    ("relation", "string", "relation type (data/relations.jsonl)"),
    ("target_id", "string", "actor it is done to: node id"),
    ("target_label", "string", "its canonical name"),
    ("target_type", "string", "its actor type"),
    ("target_cameo", "string", "its CAMEO actor code, when known"),
    ("cameo", "string", "CAMEO event code: the evidence's own when it has one, else the relation's"),
    ("plover", "string", "PLOVER event category: the evidence's own when it has one, else the relation's"),
    ("modality", "string", "how it is told: asserted, reported, alleged, hypothetical, denied, negated"),
    ("counted", "bool", "whether the modality is one the graph's weights count (--modality)"),
    ("said_by", "string", "id of the actor quoted, or null"),
    ("said_by_label", "string", "its name"),
    ("quantity", "string", "a figure given with it ('10,000 soldiers'), or null"),
    ("location", "string", "a place named with it ('Kursk'), or null"),
    ("trigger", "string", "the word that signalled the relation"),
    ("article_id", "string", "article the sentence is from"),
    ("story", "string", "id of the article's story: near-duplicate articles share one"),
    ("title", "string", "article title"),
    ("url", "string", "article URL, or null"),
    ("publisher", "string", "article source (publication), or null"),
    ("sentence", "string", "the sentence"),
    ("start", "int64", "character offset of the sentence in the article text"),
    ("end", "int64", "character offset of its end"),
    ("contested", "bool", "whether the relation is contested (one of its actors denies the other)"),
)

#: pandas dtype of each column as the documented readers give it (see the README).
DTYPES = {name: {"string": "string", "int64": "Int64", "bool": "boolean"}[kind] for name, kind, _ in COLUMNS}
_NAMES = tuple(name for name, _, _ in COLUMNS)


def event_rows(G: nx.MultiDiGraph) -> Iterator[dict]:
    """Yield one dict per evidence record of `G` (keys `COLUMNS`), edge by edge, in the edges' evidence order.

    `G` counts the modalities of ``G.graph["counted"]`` (see `actorgraph.counts.recount`).

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> G = new_graph(articles=[{"id": "a1", "title": "Troops", "date": "2024-10-21", "source": None,
    ...                          "url": None, "sha256": "0" * 64}])
    >>> G.add_node("north-korea", label="North Korea", type="state")
    >>> ev = {"article": "a1", "date": "2024-10-21", "sentence": "Pyongyang has not sent troops.", "start": 0,
    ...       "end": 30, "said_by": None, "modality": "negated", "quantity": None, "location": None, "trigger": "sent"}
    >>> _ = G.add_edge("north-korea", "russia", key="deploys", relation="deploys", cameo="15", evidence=[ev])
    >>> [(r["source_label"], r["relation"], r["target_id"], r["cameo"], r["modality"], r["counted"], r["story"])
    ...  for r in event_rows(G)]
    [('North Korea', 'deploys', 'russia', '15', 'negated', False, 'a1')]
    """
    counted = set(G.graph.get("counted") or ())
    stories = story_map(G)
    articles = {a["id"]: a for a in G.graph.get("articles") or []}
    labels = {n: d.get("label", n) for n, d in G.nodes(data=True)}
    for u, v, k, d in G.edges(keys=True, data=True):
        s, t = G.nodes[u], G.nodes[v]
        edge = {
            "source_id": u,
            "source_label": s.get("label", u),
            "source_type": s.get("type"),
            "source_cameo": s.get("cameo"),
            "relation": d.get("relation", k),
            "target_id": v,
            "target_label": t.get("label", v),
            "target_type": t.get("type"),
            "target_cameo": t.get("cameo"),
        }
        contested = bool(d.get("contested"))
        for e in d.get("evidence") or ():
            article = articles.get(e["article"], {})
            yield {
                "date": e.get("date"),
                **edge,
                "cameo": e.get("cameo") or d.get("cameo"),
                "plover": e.get("plover") or d.get("plover"),
                "modality": e["modality"],
                "counted": e["modality"] in counted,
                "said_by": e.get("said_by"),
                "said_by_label": labels.get(e["said_by"], e["said_by"]) if e.get("said_by") else None,
                "quantity": e.get("quantity"),
                "location": e.get("location"),
                "trigger": e.get("trigger"),
                "article_id": e["article"],
                "story": stories.get(e["article"], e["article"]),
                "title": article.get("title"),
                "url": article.get("url"),
                "publisher": article.get("source"),
                "sentence": e.get("sentence"),
                "start": e.get("start"),
                "end": e.get("end"),
                "contested": contested,
            }


def _csv(rows, f):
    """Write rows as CSV (RFC 4180, header line; null is an empty field, booleans true/false)."""
    text = io.TextIOWrapper(f, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(_NAMES)
    for r in rows:
        writer.writerow(
            ["" if x is None else ("true" if x is True else "false" if x is False else x) for x in r.values()]
        )
    text.detach()


def _jsonl(rows, f):
    import orjson

    for r in rows:
        f.write(orjson.dumps(r) + b"\n")


def _arrow_table(rows):
    """Return the rows as a pyarrow Table with the types of `COLUMNS`."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
    schema = pa.schema([pa.field(name, types[kind], nullable=True) for name, kind, _ in COLUMNS])
    columns = {name: [] for name in _NAMES}
    for r in rows:
        for name in _NAMES:
            columns[name].append(r[name])
    return pa.table(columns, schema=schema)


def _parquet(rows, f):
    import pyarrow.parquet as pq

    pq.write_table(_arrow_table(rows), f, compression="zstd")


_WRITERS = {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}


def write_events(G: nx.MultiDiGraph, path: str | os.PathLike, *, format: str = "csv") -> int:
    """Write the event table of `G` (`event_rows`) atomically to `path` (``-``: standard output); returns the row count.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph; its ``counted`` modalities set the ``counted`` column.
    path : str or path
    format : {"csv", "jsonl", "parquet"}

    Raises
    ------
    OutputError
        If `path` cannot be written, or Parquet is asked for without pyarrow installed.
    ValueError
        For an unknown `format`.
    """
    if format not in _WRITERS:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
    rows = list(event_rows(G))
    if format == "parquet":
        try:
            import pyarrow.parquet  # noqa: F401  (checked before the file is opened)
        except ImportError:
            raise OutputError("Parquet needs pyarrow: pip install 'actorgraph[parquet]'") from None
    with atomic_open(path, "wb") as f:
        _WRITERS[format](rows, f)
    return len(rows)
