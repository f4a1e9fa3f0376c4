"""Export a graph to Neo4j: an idempotent Cypher script, or the CSV files of ``neo4j-admin database import``.

The database holds the graph file's content as an analyst queries it:

- ``(:Actor:State {id, label, type, aliases, mentions, articles, affiliation})``: one node per
  actor; the second label is its type from ``data/actor_types.jsonl`` (``State``, ``Leader``…).
- ``(a)-[:SUPPLIES {relation, weight, sources, counts_asserted, …, first_seen, last_seen, cameo, plover, contested}]->(b)``:
  one relationship per edge, typed by its relation (upper case).
- ``(:Evidence {id, relation, date, sentence, modality, …})`` with ``-[:SOURCE]->`` and ``-[:TARGET]->``
  to the edge's actors, ``-[:IN]->(:Article)`` and ``-[:SAID_BY]->`` the actor quoted.

Evidence is a node, not a list property, because Neo4j properties hold only scalars and arrays of
scalars: a list of records would have to be cut into parallel arrays that no query can sort or
filter together, while nodes answer "the evidence of this edge in date order" and "what did this
article say" with one ``MATCH``.
"""

from __future__ import annotations

import functools
import os
import re

from .atomic import atomic_open, make_folder
from .errors import OutputError
from .vocab import actor_types

__all__ = [
    "DB_FORMATS",
    "cypher_string",
    "cypher_literal",
    "cypher_name",
    "type_label",
    "relationship_type",
    "evidence_id",
    "cypher_statements",
    "write_cypher",
    "neo4j_tables",
    "csv_field",
    "write_neo4j_csv",
    "import_command",
    "export_graph",
]

#: The database formats of ``actorgraph export --to``.
DB_FORMATS = ("cypher", "neo4j-csv")
#: Rows per ``UNWIND`` statement of the Cypher script.
BATCH = 200
_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_UNSAFE = re.compile(r"[\\'\x00-\x1f\x7f\u2028\u2029]")
#: Graph attributes that stay out of the database (the multigraph key equals the relation).
_SKIP_EDGE = frozenset({"key", "evidence"})


def cypher_string(text: str) -> str:
    """Return `text` as a single-quoted Cypher string literal that nothing in it can end early.

    Quotes and backslashes are escaped, control characters and line separators written as
    ``\\uXXXX`` or their short escapes; other non-ASCII text stays as it is (the script is UTF-8).

    Examples
    --------
    >>> print(cypher_string("O'Brien \\\\ Kyiv\\n"))
    'O\\'Brien \\\\ Kyiv\\n'
    >>> print(cypher_string("Łódź"))
    'Łódź'
    """

    def escape(match):
        ch = match.group()
        return _ESCAPES.get(ch) or f"\\u{ord(ch):04x}"

    return "'" + _UNSAFE.sub(escape, text) + "'"


@functools.lru_cache(maxsize=1024)
def cypher_name(name: str) -> str:
    """Return a label, type or key for a Cypher script: as it is when plain, else in backticks (doubled inside).

    Examples
    --------
    >>> cypher_name("State"), cypher_name("odd name`")
    ('State', '`odd name```')
    """
    return name if _PLAIN_NAME.match(name) else "`" + name.replace("`", "``") + "`"


def cypher_literal(value) -> str:
    """Return a JSON-like value (None, bool, number, text, list, dict) as a Cypher literal.

    Examples
    --------
    >>> cypher_literal({"id": "x", "aliases": ["A", "B"], "n": 2, "ok": True, "none": None})
    "{id: 'x', aliases: ['A', 'B'], n: 2, ok: true, none: null}"
    """
    kind = type(value)  # exact types, most frequent first: a script holds millions of values
    if kind is str:
        return cypher_string(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return repr(value)
    if kind is list or kind is tuple:
        return "[" + ", ".join(map(cypher_literal, value)) + "]"
    if kind is dict:
        return "{" + ", ".join(f"{cypher_name(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def type_label(actor_type: str) -> str:
    """Return the node label of an actor type of the registry: ``state`` → ``State``.

    Examples
    --------
    >>> [type_label(t) for t in ("state", "leader")]
    ['State', 'Leader']
    """
    if actor_type not in actor_types():
        raise ValueError(f"unknown actor type {actor_type!r}; choose from {', '.join(actor_types())}")
    return actor_type.title().replace("_", "")


def relationship_type(relation: str) -> str:
    """Return the relationship type of a relation: ``part_of`` → ``PART_OF``.

    Examples
    --------
    >>> relationship_type("part_of")
    'PART_OF'
    """
    return relation.upper()


def evidence_id(source: str, relation: str, target: str, index: int) -> str:
    """Return the id of an edge's `index`-th evidence record: stable, so a second load merges rather than adds a copy.

    Examples
    --------
    >>> evidence_id("north-korea", "deploys", "russia", 0)
    'north-korea>deploys>russia#0'
    """
    return f"{source}>{relation}>{target}#{index}"


def _properties(record, skip=()):
    """Return `record` as Neo4j properties: scalars and lists of scalars kept, a nested record flattened.

    Neo4j holds no maps in properties, so ``geo: {"lat": 51.7}`` becomes ``geo_lat: 51.7``.

    Examples
    --------
    >>> _properties({"n": 1, "geo": {"name": "Kursk", "lat": 51.7}, "geo2": None})
    {'n': 1, 'geo_name': 'Kursk', 'geo_lat': 51.7, 'geo2': None}
    """
    props = {}
    for key, value in record.items():
        if key in skip:
            continue
        if isinstance(value, dict):
            props.update({f"{key}_{k}": v for k, v in value.items() if not isinstance(v, (dict, list))})
        elif not (isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value)):
            props[key] = value
    return props


def _actor_rows(G):
    for node, attrs in G.nodes(data=True):
        props = _properties(attrs)
        yield {"id": node, "label": type_label(attrs["type"]), "props": props}


def _relation_rows(G):
    for u, v, attrs in G.edges(data=True):
        props = _properties(attrs, skip=_SKIP_EDGE)
        yield {"source": u, "target": v, "type": relationship_type(attrs["relation"]), "props": props}


def _evidence_rows(G):
    for u, v, attrs in G.edges(data=True):
        for i, ev in enumerate(attrs["evidence"]):
            props = _properties(ev, skip=("said_by",))
            props["relation"] = attrs["relation"]
            yield {
                "id": evidence_id(u, attrs["relation"], v, i),
                "source": u,
                "target": v,
                "said_by": ev.get("said_by"),
                "props": props,
            }


def _batches(rows, size=BATCH):
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _grouped(rows, key):
    groups = {}
    for row in rows:
        groups.setdefault(row.pop(key), []).append(row)
    return groups


CONSTRAINTS = tuple(
    f"CREATE CONSTRAINT {name.lower()}_id IF NOT EXISTS FOR (n:{name}) REQUIRE n.id IS UNIQUE;"
    for name in ("Actor", "Article", "Evidence")
)


def cypher_statements(G):
    """Yield the statements of the Cypher script of `G`, one line each ending in ``;``.

    Constraints first (they also index the ids every ``MERGE`` looks up), then actors by type,
    articles, relationships by type, evidence and its links. Every write is a ``MERGE`` on an id
    followed by ``SET``, so running the script twice leaves the database as one run does; it adds
    and updates, and never deletes what an earlier graph put there.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> G = new_graph()
    >>> G.add_node("russia", label="Russia", type="state")
    >>> print(list(cypher_statements(G))[3])
    UNWIND [{id: 'russia', props: {label: 'Russia', type: 'state'}}] AS row MERGE (n:Actor {id: row.id}) SET n += row.props, n:State;
    """
    yield from CONSTRAINTS
    for label, rows in _grouped(_actor_rows(G), "label").items():
        for batch in _batches(rows):
            yield f"UNWIND {cypher_literal(batch)} AS row MERGE (n:Actor {{id: row.id}}) SET n += row.props, n:{cypher_name(label)};"
    articles = [{"id": a["id"], "props": dict(a)} for a in G.graph.get("articles", [])]
    for batch in _batches(articles):
        yield f"UNWIND {cypher_literal(batch)} AS row MERGE (n:Article {{id: row.id}}) SET n += row.props;"
    for rel_type, rows in _grouped(_relation_rows(G), "type").items():
        for batch in _batches(rows):
            yield (
                f"UNWIND {cypher_literal(batch)} AS row MATCH (a:Actor {{id: row.source}}), (b:Actor {{id: row.target}}) "
                f"MERGE (a)-[r:{cypher_name(rel_type)}]->(b) SET r += row.props;"
            )
    yield from _evidence_statements(G)


def _evidence_statements(G):
    """Yield the evidence statements: each record merged with its links in one pass (a second lookup by id is slow)."""
    rows = list(_evidence_rows(G))
    quoted = [r for r in rows if r["said_by"] in G]
    plain = [r for r in rows if r["said_by"] not in G]
    match = "MATCH (a:Actor {id: row.source}), (b:Actor {id: row.target}), (d:Article {id: row.article})"
    merge = "MERGE (e)-[:SOURCE]->(a) MERGE (e)-[:TARGET]->(b) MERGE (e)-[:IN]->(d)"
    for group, extra_match, extra_merge in (
        (plain, "", ""),
        (quoted, ", (s:Actor {id: row.said_by})", " MERGE (e)-[:SAID_BY]->(s)"),
    ):
        keys = ("id", "source", "target", "props") + (("said_by",) if extra_match else ())
        records = [{**{k: r[k] for k in keys}, "article": r["props"]["article"]} for r in group]
        for batch in _batches(records):
            yield (
                f"UNWIND {cypher_literal(batch)} AS row MERGE (e:Evidence {{id: row.id}}) SET e += row.props "
                f"WITH e, row {match}{extra_match} {merge}{extra_merge};"
            )


def write_cypher(G, path) -> str:
    """Write the Cypher script of `G` to `path` (``-`` for standard output) atomically; returns `path`.

    Load it with ``cypher-shell -u neo4j -f PATH`` (Neo4j 5).
    """
    with atomic_open(path) as f:
        f.write("// actorgraph graph as Cypher: load with  cypher-shell -f THIS_FILE  (Neo4j 5). Idempotent.\n")
        for statement in cypher_statements(G):
            f.write(statement + "\n")
    return path


# neo4j-admin CSV ---------------------------------------------------------------------------------

#: Candidate array delimiters; the first that no exported text contains is used.
ARRAY_DELIMITERS = (";", "|", "\x1f")


def _csv_type(values) -> str:
    """Return the neo4j-admin header type of a column's values: ``:long``, ``:boolean``, ``:string[]``…"""
    kinds = {type(v) for v in values if v is not None}
    if kinds == {bool}:
        return ":boolean"
    if kinds and kinds <= {int}:
        return ":long"
    if kinds and kinds <= {int, float}:
        return ":double"
    if kinds == {list}:
        return ":string[]"
    return ""


def _columns(records, skip=()):
    """Return the property keys of `records` in first-seen order, less a flattened record's always empty key.

    A record such as ``geo`` is null where it is not flattened into ``geo_lat``, ``geo_name``, ….
    """
    keys = list(dict.fromkeys(k for r in records for k in r if k not in skip))
    flattened = {k for k in keys if any(other.startswith(k + "_") for other in keys)}
    return [k for k in keys if k not in flattened or any(r.get(k) is not None for r in records)]


def _table(records, id_field, id_space, label_of):
    """Return ``(header, rows)`` of a node file: the id column, one typed column per key, then ``:LABEL``."""
    keys = _columns(records, skip=(id_field,))
    header = [f"{id_field}:ID({id_space})"]
    header += [k + _csv_type([r.get(k) for r in records]) for k in keys]
    header.append(":LABEL")
    rows = [[r[id_field], *(r.get(k) for k in keys), label_of(r)] for r in records]
    return header, rows


def neo4j_tables(G) -> dict[str, tuple[list[str], list[list]]]:
    """Return ``{file name: (header, rows)}`` of the neo4j-admin import files of `G`.

    Node files ``actors.csv``, ``articles.csv``, ``evidence.csv``; relationship files
    ``relations.csv`` (actor to actor, typed by relation) and ``evidence_links.csv``
    (``SOURCE``/``TARGET``/``SAID_BY`` to actors) and ``evidence_articles.csv`` (``IN``).
    Id spaces keep an actor and an article of the same id apart. Values are Python values;
    lists are joined by `write_neo4j_csv`.
    """
    actors = [{"id": n, **_properties(d)} for n, d in G.nodes(data=True)]
    articles = [dict(a) for a in G.graph.get("articles", [])]
    evidence = list(_evidence_rows(G))
    tables = {
        "actors.csv": _table(actors, "id", "Actor", lambda r: ["Actor", type_label(r["type"])]),
        "articles.csv": _table(articles, "id", "Article", lambda r: ["Article"]),
        "evidence.csv": _table(
            [{"id": e["id"], **e["props"]} for e in evidence], "id", "Evidence", lambda r: ["Evidence"]
        ),
    }
    relations = list(_relation_rows(G))
    keys = _columns([r["props"] for r in relations])
    header = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"]
    header += [k + _csv_type([r["props"].get(k) for r in relations]) for k in keys]
    rows = [[r["source"], r["target"], r["type"], *(r["props"].get(k) for k in keys)] for r in relations]
    tables["relations.csv"] = (header, rows)
    links = [[e["id"], e["source"], "SOURCE"] for e in evidence] + [[e["id"], e["target"], "TARGET"] for e in evidence]
    links += [[e["id"], e["said_by"], "SAID_BY"] for e in evidence if e["said_by"] in G]
    tables["evidence_links.csv"] = ([":START_ID(Evidence)", ":END_ID(Actor)", ":TYPE"], links)
    tables["evidence_articles.csv"] = (
        [":START_ID(Evidence)", ":END_ID(Article)", ":TYPE"],
        [[e["id"], e["props"]["article"], "IN"] for e in evidence],
    )
    return tables


def _array_delimiter(tables) -> str:
    texts = [
        v
        for _, rows in tables.values()
        for row in rows
        for cell in row
        if isinstance(cell, list)
        for v in cell
        if isinstance(v, str)
    ]
    for delimiter in ARRAY_DELIMITERS:
        if not any(delimiter in t for t in texts):
            return delimiter
    raise OutputError("every array delimiter (; | \\x1f) occurs in a name: the graph cannot go to neo4j-admin CSV")


def csv_field(value, delimiter=";") -> str:
    """Return one CSV field for neo4j-admin: text quoted (quotes doubled), a missing value as an empty field.

    Examples
    --------
    >>> print(*[csv_field(v) for v in (None, "", 'a "b" c', 3, True, ["a", "b"])], sep=",")
    ,"","a ""b"" c",3,true,"a;b"
    """
    kind = type(value)
    if kind is str:
        return '"' + value.replace('"', '""') + '"'
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return repr(value)
    if kind is list:
        value = delimiter.join(map(str, value))
    return '"' + str(value).replace('"', '""') + '"'


def import_command(names, *, array_delimiter=";", database="neo4j") -> str:
    """Return the ``neo4j-admin database import full`` command line for the files `names` written here.

    Examples
    --------
    >>> import_command(["actors.csv", "relations.csv"])
    "neo4j-admin database import full neo4j --nodes=actors.csv --relationships=relations.csv --array-delimiter=';' --multiline-fields=true"
    """
    node_files = ("actors.csv", "articles.csv", "evidence.csv")
    parts = [f"neo4j-admin database import full {database}"]
    parts += [f"--{'nodes' if n in node_files else 'relationships'}={n}" for n in names]
    shown = "'\\x1f'" if array_delimiter == "\x1f" else repr(array_delimiter)
    parts += [f"--array-delimiter={shown}", "--multiline-fields=true"]
    return " ".join(parts)


def write_neo4j_csv(G, folder) -> list[str]:
    """Write the neo4j-admin import files of `G` into `folder` (made if missing), each atomically.

    Returns the paths written, the last one ``import.sh`` with the command that loads them (see
    `import_command`). Strings are always quoted (a quote inside doubled), so an empty string and
    a missing value (an empty field) stay apart; the array delimiter is one no name contains.
    """
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise OutputError(f"cannot write {folder}: it is a file; neo4j-csv writes a folder of files")
    make_folder(folder)
    tables = neo4j_tables(G)
    delimiter = _array_delimiter(tables)
    written = []
    for name, (header, rows) in tables.items():
        with atomic_open(os.path.join(folder, name)) as f:
            f.write(",".join(header) + "\n")  # header names are plain keys: no quoting needed
            for row in rows:
                f.write(",".join(csv_field(v, delimiter) for v in row) + "\n")
        written.append(os.path.join(folder, name))
    script = f"#!/bin/sh\n# Run in this folder, with the Neo4j 5 server stopped.\n{import_command(list(tables), array_delimiter=delimiter)}\n"
    with atomic_open(os.path.join(folder, "import.sh")) as f:
        f.write(script)
    written.append(os.path.join(folder, "import.sh"))
    return written


def export_graph(G, path, *, to: str) -> list[str]:
    """Write `G` for a graph database: ``cypher`` (one script) or ``neo4j-csv`` (a folder); returns the paths."""
    if to == "cypher":
        return [write_cypher(G, path)]
    if to == "neo4j-csv":
        if str(path) == "-":
            raise OutputError("neo4j-csv writes a folder of files, not standard output")
        return write_neo4j_csv(G, path)
    raise ValueError(f"unknown database format {to!r}; choose from {', '.join(DB_FORMATS)}")
