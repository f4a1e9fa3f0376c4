"""Read, write, validate and export actorgraph graph files (node-link JSON, format version 1).

The graph file is the contract between every command: ``build`` writes it,
``html``, ``central`` and ``diff`` read it. Its JSON Schema is
``data/graph.schema.json``; a change to the shape needs a new ``FORMAT_VERSION``.
"""

from __future__ import annotations

import datetime
import functools
import json
import os
import re
from collections.abc import Iterable
from typing import IO, Any

import networkx as nx

from . import FORMAT_VERSION, __version__
from .atomic import atomic_open
from .errors import GraphFileError
from .resources import data_file

__all__ = ["new_graph", "to_data", "from_data", "read_graph", "write_graph", "validate", "schema", "EXPORT_FORMATS"]

EXPORT_FORMATS = ("json", "graphml", "gexf")


@functools.cache
def schema() -> dict:
    """Return the graph file's JSON Schema (``data/graph.schema.json``) as a dict: what `validate` checks against."""
    return json.loads(data_file("graph.schema.json").read_text(encoding="utf-8"))


def new_graph(
    *, articles: Iterable[dict] = (), snapshot: str | None = None, model: str | None = None
) -> nx.MultiDiGraph:
    """Return an empty actorgraph MultiDiGraph with its metadata filled in.

    Examples
    --------
    >>> G = new_graph(snapshot="2024-W43")
    >>> G.graph["format"], G.graph["format_version"], G.graph["snapshot"]
    ('actorgraph', 1, '2024-W43')
    """
    G = nx.MultiDiGraph()
    G.graph.update(
        format="actorgraph",
        format_version=FORMAT_VERSION,
        tool_version=__version__,
        created=datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat(),
        snapshot=snapshot,
        model=model,
        articles=[dict(a) for a in articles],
    )
    return G


def to_data(G: nx.MultiDiGraph) -> dict:
    """Return the node-link dict of `G` (``edges="edges"``, explicit across networkx versions)."""
    return nx.node_link_data(G, edges="edges")


def validate(data: Any) -> dict:
    """Check a node-link dict against the schema; returns it, or raises `GraphFileError`.

    The format version is checked first so that a file from a newer actorgraph
    gets a message that says so rather than a schema complaint.
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
    import fastjsonschema

    try:
        _compiled_schema()(data)
    except fastjsonschema.JsonSchemaException as fast_error:
        raise GraphFileError(f"not a valid actorgraph graph at {_schema_error(data, fast_error)}") from None
    _check_endpoints(data)
    return data


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
def _compiled_schema() -> Any:
    """Return the schema compiled to a Python function by fastjsonschema.

    jsonschema, which walks the schema for every value, took 42 s to check a graph of 20,000
    relations that the compiled function checks in 1 s.
    """
    import fastjsonschema

    return fastjsonschema.compile(schema())


def _schema_error(data: dict, fast_error: Exception) -> str:
    """Return "where: what" of a file that fails the schema, as jsonschema's best match says it.

    The compiled check stops at the first failure it meets; jsonschema (run only on failure)
    picks the most relevant one and names its path.
    """
    import jsonschema

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema()).iter_errors(data))
    if error is None:  # the two disagree: fall back on fastjsonschema's own words
        return f"{'/'.join(fast_error.path[1:]) or 'top level'}: {fast_error.message[:200]}"
    where = "/".join(str(p) for p in error.absolute_path) or "top level"
    return f"{where}: {error.message[:200]}"


def from_data(data: dict) -> nx.MultiDiGraph:
    """Return the MultiDiGraph of a node-link dict, once `validate` has accepted it (the reverse of `to_data`)."""
    validate(data)
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


def read_graph(path: str | os.PathLike) -> nx.MultiDiGraph:
    """Read an actorgraph graph file; returns a MultiDiGraph or raises `GraphFileError`.

    `path` may be ``"-"`` for standard input. Parsed by orjson, which refuses what
    would break a command later: text that is not UTF-8, lone surrogates
    (``"\\ud800"``), nesting deeper than 1,024 levels.
    """
    import orjson

    try:
        data = orjson.loads(_graph_bytes(path))
    except (orjson.JSONDecodeError, RecursionError) as e:
        raise GraphFileError(f"{path} is not JSON: {e}") from None
    try:
        return from_data(data)
    except GraphFileError as e:
        raise GraphFileError(f"{path}: {e}") from None


#: Characters XML 1.0 does not allow (a GraphML or GEXF file holding one does not parse).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _flat(value: Any) -> Any:
    """Return `value` as a GraphML/GEXF-friendly scalar: lists of text joined, records as JSON, no XML-illegal characters."""
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(x, str) for x in value):
        value = "; ".join(value)
    elif isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return _NOT_XML.sub("", value) if isinstance(value, str) else value


def _flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of `G` whose attributes are all scalars, for GraphML and GEXF writers."""
    H = nx.MultiDiGraph()
    H.graph.update({k: _flat(v) for k, v in G.graph.items() if k != "articles"})
    H.graph["articles"] = _flat([a["id"] for a in G.graph.get("articles", [])])
    H.add_nodes_from((n, {k: _flat(v) for k, v in d.items()}) for n, d in G.nodes(data=True))
    H.add_edges_from((u, v, k, {a: _flat(x) for a, x in d.items()}) for u, v, k, d in G.edges(keys=True, data=True))
    return H


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


def write_graph(G: nx.MultiDiGraph, path: str | os.PathLike, *, format: str = "json") -> str | os.PathLike:
    """Write `G` atomically to `path` as actorgraph JSON, GraphML or GEXF; returns `path`.

    JSON is validated before writing, so a bug never leaves an invalid file.
    GraphML and GEXF (for Gephi and yEd) flatten list attributes to text.
    """
    if format not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {format!r}; choose from {', '.join(EXPORT_FORMATS)}")
    if format == "json":
        data = validate(to_data(G))
        with atomic_open(path, "wb") as f:
            _dump(data, f)
        return path
    H = _flatten(G)
    writer = nx.write_graphml if format == "graphml" else nx.write_gexf
    with atomic_open(path, "wb") as f:
        writer(H, f)
    return path
