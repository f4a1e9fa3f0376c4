"""Read, write, validate and export actorgraph graph files (node-link JSON, format version 2).

The graph file is the contract between every command: ``build`` writes it,
``html``, ``central`` and ``diff`` read it. Its JSON Schema is
``data/graph.schema.json``; a change to the shape needs a new ``FORMAT_VERSION``.
Files of format version 1 (``data/graph-1.schema.json``) are read and upgraded in memory
(`upgrade_v1`); files newer than this actorgraph knows are refused.
"""

from __future__ import annotations

import datetime
import functools
import json
import os
from collections.abc import Iterable
from typing import IO, Any

import networkx as nx

from . import FORMAT_VERSION, __version__
from .atomic import atomic_open
from .counts import count_evidence, factual, recount
from .errors import GraphFileError
from .resources import data_file

__all__ = [
    "new_graph",
    "to_data",
    "from_data",
    "read_graph",
    "write_graph",
    "validate",
    "upgrade_v1",
    "schema",
    "EXPORT_FORMATS",
]

EXPORT_FORMATS = ("json", "graphml", "gexf")


@functools.cache
def schema(version: int = FORMAT_VERSION) -> dict:
    """Return the JSON Schema of graph file format `version` (this one by default, or 1) as a dict: what `validate` checks against."""
    name = "graph.schema.json" if version == FORMAT_VERSION else f"graph-{version}.schema.json"
    return json.loads(data_file(name).read_text(encoding="utf-8"))


def new_graph(
    *, articles: Iterable[dict] = (), snapshot: str | None = None, model: str | None = None
) -> nx.MultiDiGraph:
    """Return an empty actorgraph MultiDiGraph with its metadata filled in.

    Examples
    --------
    >>> G = new_graph(snapshot="2024-W43")
    >>> G.graph["format"], G.graph["format_version"], G.graph["snapshot"]
    ('actorgraph', 2, '2024-W43')
    >>> G.graph["counted"]
    ['asserted', 'reported']
    """
    G = nx.MultiDiGraph()
    G.graph.update(
        format="actorgraph",
        format_version=FORMAT_VERSION,
        tool_version=__version__,
        created=datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat(),
        snapshot=snapshot,
        model=model,
        counted=list(factual()),
        articles=[{**a, "story": a.get("story") or a["id"]} for a in articles],
    )
    return G


def to_data(G: nx.MultiDiGraph) -> dict:
    """Return the node-link dict of `G` (``edges="edges"``, explicit across networkx versions)."""
    return nx.node_link_data(G, edges="edges")


def validate(data: Any) -> dict:
    """Check a node-link dict against the schema; returns it, or raises `GraphFileError`.

    The format version is checked first so that a file from a newer actorgraph
    gets a message that says so rather than a schema complaint. A version 1 file
    is checked against its own schema and returned upgraded (`upgrade_v1`).
    """
    if not isinstance(data, dict) or not isinstance(data.get("graph"), dict):
        raise GraphFileError("not an actorgraph graph: expected a JSON object with a 'graph' key")
    meta = data["graph"]
    if meta.get("format") != "actorgraph":
        raise GraphFileError("not an actorgraph graph: graph.format is not 'actorgraph'")
    version = meta.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise GraphFileError(
            f"graph format version {version} is newer than this actorgraph "
            f"understands ({FORMAT_VERSION}); upgrade actorgraph"
        )
    if version == 1:
        return _check(upgrade_v1(_check(data, 1)), FORMAT_VERSION)
    return _check(data, FORMAT_VERSION)


def _check(data: Any, version: int) -> dict:
    """Return `data` if it fits the schema of format `version`, else raise `GraphFileError` saying where."""
    import fastjsonschema

    try:
        _compiled_schema(version)(data)
    except fastjsonschema.JsonSchemaException as fast_error:
        where = _schema_error(data, fast_error, version)
        raise GraphFileError(f"not a valid actorgraph graph (format version {version}) at {where}") from None
    _check_endpoints(data)
    return data


def upgrade_v1(data: dict) -> dict:
    """Return the node-link dict of a valid format-1 graph as format 2 (a new dict; `data` is not changed).

    Version 1 had no near-duplicate stories and weighed every piece of evidence: each
    article becomes its own story, and weight, sources and counts are counted afresh from
    the evidence, the default modalities (`actorgraph.counts.factual`) counting.

    Examples
    --------
    >>> ev = {"article": "a", "modality": "negated"}
    >>> old = {"graph": {"format_version": 1, "articles": [{"id": "a"}]},
    ...        "edges": [{"weight": 1, "sources": 1, "evidence": [ev]}]}
    >>> new = upgrade_v1(old)
    >>> new["graph"]["format_version"], new["graph"]["articles"][0]["story"], new["edges"][0]["weight"]
    (2, 'a', 0)
    """
    meta = dict(data["graph"], format_version=FORMAT_VERSION, counted=list(factual()))
    meta["articles"] = [{**a, "story": a["id"]} for a in meta.get("articles") or []]
    edges = []
    for e in data.get("edges") or []:
        counted = count_evidence(e["evidence"])
        edge = {}
        for k, v in e.items():  # the counts go where weight and sources were
            edge[k] = counted.get(k, v)
            if k == "sources":
                edge["counts"] = counted["counts"]
        edges.append(edge | counted)
    return dict(data, graph=meta, edges=edges)


def _check_endpoints(data: dict) -> None:
    """Raise `GraphFileError` for an edge whose source or target is not a declared node (the schema cannot say it)."""
    declared = {node["id"] for node in data["nodes"]}
    for i, edge in enumerate(data["edges"]):
        for end in ("source", "target"):
            if edge[end] not in declared:
                raise GraphFileError(
                    f"not a valid actorgraph graph at edges/{i}/{end}: {edge[end][:80]!r} is not a declared node"
                )


@functools.cache
def _compiled_schema(version: int = FORMAT_VERSION) -> Any:
    """Return the schema of format `version` compiled to a Python function by fastjsonschema.

    jsonschema, which walks the schema for every value, took 42 s to check a graph of 20,000
    relations that the compiled function checks in 1 s.
    """
    import fastjsonschema

    return fastjsonschema.compile(schema(version))


def _schema_error(data: dict, fast_error: Exception, version: int = FORMAT_VERSION) -> str:
    """Return "where: what" of a file that fails the schema, as jsonschema's best match says it.

    The compiled check stops at the first failure it meets; jsonschema (run only on failure)
    picks the most relevant one and names its path.
    """
    import jsonschema

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema(version)).iter_errors(data))
    if error is None:  # the two disagree: fall back on fastjsonschema's own words
        return f"{'/'.join(fast_error.path[1:]) or 'top level'}: {fast_error.message[:200]}"
    where = "/".join(str(p) for p in error.absolute_path) or "top level"
    return f"{where}: {error.message[:200]}"


def from_data(data: dict) -> nx.MultiDiGraph:
    """Return the MultiDiGraph of a node-link dict, once `validate` has accepted it (a format-1 dict upgraded; the reverse of `to_data`)."""
    data = validate(data)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


#: Largest graph file read (1 GiB); a bigger one is refused before it is read.
MAX_GRAPH_BYTES = 2**30


def _graph_bytes(path: str | os.PathLike) -> bytes:
    """Return the bytes of a graph file (``-``: standard input), refused early when binary or over `MAX_GRAPH_BYTES`."""
    import sys

    if str(path) == "-":
        if sys.stdin is None or getattr(sys.stdin, "buffer", None) is None:
            raise GraphFileError("cannot read -: standard input is closed")
        f, close = sys.stdin.buffer, False
    else:
        try:
            f, close = open(path, "rb"), True
        except OSError as e:
            raise GraphFileError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        head = f.read(8192)
        if b"\x00" in head:
            raise GraphFileError(f"{path} is not JSON: it holds NUL bytes (a binary file?)")
        data = head + f.read(MAX_GRAPH_BYTES + 1 - len(head))
    except OSError as e:
        raise GraphFileError(f"cannot read {path}: {e.strerror or e}") from None
    finally:
        if close:
            f.close()
    if len(data) > MAX_GRAPH_BYTES:
        raise GraphFileError(f"{path} is larger than the {MAX_GRAPH_BYTES >> 30} GiB cap on a graph file")
    return data


def read_graph(path: str | os.PathLike, *, modalities: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Read an actorgraph graph file; returns a MultiDiGraph or raises `GraphFileError`.

    `path` may be ``"-"`` for standard input. Parsed by orjson, which refuses what
    would break a command later: text that is not UTF-8, lone surrogates
    (``"\\ud800"``), nesting deeper than 1,024 levels. The graph's weights and sources
    count the evidence of `modalities` (`actorgraph.counts.recount`; by default those
    that say the event happened); an unknown modality raises `UnknownNameError`.
    """
    import orjson

    try:
        data = orjson.loads(_graph_bytes(path))
    except (orjson.JSONDecodeError, RecursionError) as e:
        raise GraphFileError(f"{path} is not JSON: {e}") from None
    try:
        G = from_data(data)
    except GraphFileError as e:
        raise GraphFileError(f"{path}: {e}") from None
    return recount(G, modalities)


def _dump(data: dict, f: IO[bytes]) -> None:
    """Write the graph JSON `data` to the binary file `f`: one line per actor, relation and top-level key.

    Each record is encoded by orjson on its own, so the text is written as it is made
    (memory stays that of one record) and 20 times faster than the json module's
    indenting encoder; one record per line keeps the file greppable and its diffs small.
    """
    import orjson

    f.write(b"{\n")
    for i, (key, value) in enumerate(data.items()):
        f.write(b" " + orjson.dumps(key) + b": ")
        if isinstance(value, list) and value:
            for j, item in enumerate(value):
                f.write((b"[\n  " if j == 0 else b",\n  ") + orjson.dumps(item))
            f.write(b"\n ]")
        else:
            f.write(orjson.dumps(value))
        f.write(b",\n" if i < len(data) - 1 else b"\n")
    f.write(b"}\n")


def write_graph(
    G: nx.MultiDiGraph, path: str | os.PathLike, *, format: str = "json", size_by: str = "pagerank"
) -> str | os.PathLike:
    """Write `G` atomically to `path` as actorgraph JSON, GraphML or GEXF 1.3; returns `path`.

    JSON is validated before writing, so a bug never leaves an invalid file. GraphML and
    GEXF (for Gephi and yEd) are written by `actorgraph.gephi.write_gephi`: unique edge
    ids, colours, node sizes by the centrality `size_by`, dates.
    """
    if format not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(EXPORT_FORMATS)}")
    if format == "json":
        data = validate(to_data(G))
        with atomic_open(path, "wb") as f:
            _dump(data, f)
        return path
    from .gephi import write_gephi

    return write_gephi(G, path, format=format, size_by=size_by)
