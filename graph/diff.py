"""What changed between two actorgraph graphs: articles, actors, relations, evidence and centrality.

`diff_graphs` compares two graphs and returns a plain, JSON-ready dict (the *diff*, format
`DIFF_FORMAT_VERSION`, JSON Schema ``data/diff.schema.json``). Identity is stable: an actor is its
id, a relation its ``(source, target, relation)`` and a piece of evidence its ``(article, start)``,
so a renamed actor is a change, not a removal and an addition. The diff carries everything that
differs, in full, so that `apply_diff` turns the old graph into the new one and `reverse_diff`
turns a diff into the one that undoes it.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NoReturn

import networkx as nx

from .agreement import agreement, reverse_agreement
from .centrality import MEASURES, node_scores, ranks
from .counts import recount
from .errors import DiffError, UnknownNameError
from .resources import data_file
from .vocab import modalities

__all__ = [
    "DIFF_FORMAT",
    "DIFF_FORMAT_VERSION",
    "MODALITY_ORDER",
    "ACTOR_FIELDS",
    "TOP_CENTRAL",
    "modality",
    "diff_graphs",
    "has_changes",
    "reverse_diff",
    "apply_diff",
    "diff_schema",
    "validate_diff",
]

DIFF_FORMAT = "actorgraph-diff"

#: Version of the diff's JSON shape (``data/diff.schema.json``); a change of shape needs a new one.
DIFF_FORMAT_VERSION = 2

#: Evidence modalities from the firmest claim that the relation happened to the weakest, in
#: `actorgraph.vocab`'s order. An edge's modality (`modality`) is the firmest among its evidence;
#: denied and negated come last because they speak against the relation.
MODALITY_ORDER = modalities()

#: Actor attributes whose change makes an actor *changed*. An actor whose other attributes
#: (``mentions``, ``articles``) changed and these did not is *recounted*: more of the same news.
ACTOR_FIELDS = ("label", "type", "aliases", "affiliation", "cameo", "sector")

#: How many of each graph's most central actors the diff's ``old`` and ``new`` sections list.
TOP_CENTRAL = 5

#: Graph metadata the diff's ``new`` section carries for `apply_diff`.
_META = ("snapshot", "created", "tool_version", "model")


def modality(evidence: Iterable[dict]) -> str | None:
    """Return the modality of a relation: the firmest modality among its evidence, or None if it has none.

    Firmness follows `MODALITY_ORDER`: a relation asserted once and alleged five times is
    asserted; one that is only alleged is alleged. So a relation's modality changes from
    ``reported`` to ``asserted`` when the news starts stating as fact what it first attributed
    to a source, and back when the firmer evidence is gone.

    Examples
    --------
    >>> modality([{"modality": "alleged"}, {"modality": "reported"}])
    'reported'
    >>> modality([{"modality": "denied"}, {"modality": "hypothetical"}])
    'hypothetical'
    >>> modality([]) is None
    True
    """
    firmness = [
        MODALITY_ORDER.index(e["modality"]) if e.get("modality") in MODALITY_ORDER else len(MODALITY_ORDER)
        for e in evidence
    ]
    best = min(firmness, default=None)
    return None if best is None or best == len(MODALITY_ORDER) else MODALITY_ORDER[best]


def _evidence_key(e: dict) -> tuple[str, int]:
    return e["article"], e["start"]


def _evidence_order(e: dict) -> tuple[str, str, int]:
    """Where a piece of evidence goes in its edge's list: by date, article and offset, as `assemble` puts it."""
    return e.get("date") or "", e["article"], e["start"]


def _article_order(a: dict) -> tuple[str, str]:
    """Where an article goes in the graph's list: by date and id, as `assemble` puts it."""
    return a.get("date") or "", a["id"]


def _changes(old: dict, new: dict, *, skip: Iterable[str] = ()) -> dict[str, dict]:
    """Return ``{attribute: {"old": ..., "new": ...}}`` for the attributes whose values differ."""
    return {
        k: {"old": old.get(k), "new": new.get(k)}
        for k in sorted(old.keys() | new.keys())
        if k not in skip and old.get(k) != new.get(k)
    }


def _keyed_changes(old: dict, new: dict, order: Callable[[dict], tuple]) -> tuple[list[dict], list[dict]]:
    """Return ``(added, removed)``: records of `new` not equal in `old` and the reverse, each sorted by `order`."""
    added = sorted((r for k, r in new.items() if old.get(k) != r), key=order)
    removed = sorted((r for k, r in old.items() if new.get(k) != r), key=order)
    return added, removed


def _actors(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Return the diff's ``actors`` section."""
    old_ids, new_ids = set(old), set(new)
    section = {
        "added": [{"id": n, **new.nodes[n]} for n in sorted(new_ids - old_ids)],
        "removed": [{"id": n, **old.nodes[n]} for n in sorted(old_ids - new_ids)],
        "changed": [],
        "recounted": [],
    }
    for n in sorted(old_ids & new_ids):
        a, b = old.nodes[n], new.nodes[n]
        if a == b:
            continue
        changes = _changes(a, b)
        kind = "changed" if changes.keys() & set(ACTOR_FIELDS) else "recounted"
        section[kind].append({"id": n, "label": b.get("label", n), "changes": changes})
    return section


def _edge_dict(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict]:
    return {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)}


def _changed_relation(key: tuple[str, str, str], a: dict, b: dict) -> dict | None:
    """Return the diff record of an edge present in both graphs, or None if only its evidence order differs."""
    changes = _changes(a, b, skip=("evidence",))
    old_ev, new_ev = a.get("evidence") or [], b.get("evidence") or []
    added, removed = _keyed_changes(
        {_evidence_key(e): e for e in old_ev}, {_evidence_key(e): e for e in new_ev}, _evidence_order
    )
    if not changes and not added and not removed:
        return None
    before, after = modality(old_ev), modality(new_ev)
    shift = None
    if before != after:
        rank = {m: i for i, m in enumerate(MODALITY_ORDER + (None,))}
        shift = {"old": before, "new": after, "direction": "firmer" if rank[after] < rank[before] else "weaker"}
    u, v, k = key
    return {
        "source": u,
        "target": v,
        "relation": k,
        "changes": changes,
        "evidence": {"added": added, "removed": removed},
        "modality": shift,
    }


def _relations(a: dict, b: dict) -> dict[str, list[dict]]:
    """Return the diff's ``relations`` section from the ``{(u, v, key): attributes}`` of the old and new graph."""

    def record(key, d):
        u, v, k = key
        return {"source": u, "target": v, "key": k, **d}

    # ids and keys are strings (the graph schema says so): plain tuple order
    changed = (_changed_relation(key, a[key], b[key]) for key in sorted(a.keys() & b.keys()) if a[key] != b[key])
    return {
        "added": [record(key, b[key]) for key in sorted(b.keys() - a.keys())],
        "removed": [record(key, a[key]) for key in sorted(a.keys() - b.keys())],
        "changed": [r for r in changed if r is not None],
    }


def _articles(old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Return the diff's ``articles`` section: article records added and removed (by id)."""
    added, removed = _keyed_changes(
        {a["id"]: a for a in old.graph.get("articles") or []},
        {a["id"]: a for a in new.graph.get("articles") or []},
        _article_order,
    )
    return {"added": added, "removed": removed}


def _side(
    G: nx.MultiDiGraph, name: str | None, n_edges: int, ranking: dict[str, int], scores: dict[str, float]
) -> dict:
    """Return the diff's ``old`` or ``new`` section: what the graph is and its most central actors."""
    dates = sorted(a["date"] for a in G.graph.get("articles") or [] if a.get("date"))
    top = [{"id": n, "rank": r, "score": scores[n]} for n, r in list(ranking.items())[:TOP_CENTRAL]]
    return {
        "name": name,
        **{m: G.graph.get(m) for m in _META},
        "articles": len(G.graph.get("articles") or []),
        "actors": len(G),
        "relations": n_edges,
        "date_from": dates[0] if dates else None,
        "date_to": dates[-1] if dates else None,
        "top": top,
    }


def _movers(
    old_ranks: dict[str, int],
    new_ranks: dict[str, int],
    old_scores: dict[str, float],
    new_scores: dict[str, float],
    top: int | None,
) -> list[dict]:
    """Return the centrality movers: actors in both graphs whose rank changed, biggest move first."""
    movers = [
        {
            "id": n,
            "old_rank": old_ranks[n],
            "new_rank": new_ranks[n],
            "change": old_ranks[n] - new_ranks[n],
            "old_score": old_scores[n],
            "new_score": new_scores[n],
        }
        for n in old_ranks.keys() & new_ranks.keys()
        if old_ranks[n] != new_ranks[n]
    ]
    movers.sort(key=lambda m: (-abs(m["change"]), min(m["old_rank"], m["new_rank"]), str(m["id"])))
    return movers if top is None else movers[:top]


def _named(diff: dict) -> Iterator[str | None]:
    """Yield every actor id the diff's records name."""
    sections = diff["actors"]
    for record in sections["added"] + sections["removed"]:
        yield record["id"]
        yield record.get("affiliation")
    for record in sections["changed"] + sections["recounted"]:
        yield record["id"]
        if "affiliation" in record["changes"]:
            yield record["changes"]["affiliation"]["old"]
            yield record["changes"]["affiliation"]["new"]
    relations = diff["relations"]
    for record in relations["added"] + relations["removed"] + relations["changed"]:
        yield record["source"]
        yield record["target"]
        evidence = record["evidence"]
        for e in evidence if isinstance(evidence, list) else evidence["added"] + evidence["removed"]:
            yield e.get("said_by")
    for record in diff["centrality"] + diff["old"]["top"] + diff["new"]["top"]:
        yield record["id"]


def _labels(diff: dict, old: nx.MultiDiGraph, new: nx.MultiDiGraph) -> dict[str, str]:
    """Return ``{id: label}`` for the actors the diff names: the label in the new graph, else in the old."""
    labels = {}
    for n in set(_named(diff)) - {None}:
        if n in new:
            labels[n] = new.nodes[n].get("label", n)
        elif n in old:
            labels[n] = old.nodes[n].get("label", n)
    return dict(sorted(labels.items(), key=lambda kv: str(kv[0])))


def _check_measure(measure: str | None) -> None:
    if measure is not None and measure not in MEASURES:
        raise UnknownNameError("measure", measure, MEASURES)


def diff_graphs(
    old: nx.MultiDiGraph,
    new: nx.MultiDiGraph,
    *,
    measure: str | None = "pagerank",
    top: int | None = 10,
    names: tuple[str | None, str | None] = (None, None),
    modalities: Iterable[str] | None = None,
) -> dict:
    """Return what changed from graph `old` to graph `new`, as a plain JSON-ready dict.

    The diff exists so that an analyst can see what a week of news changed in the network, and
    so that programs get the same facts in a stable shape (``data/diff.schema.json``).

    Parameters
    ----------
    old, new : MultiDiGraph
        actorgraph graphs (valid per the graph file schema); neither is modified.
    measure : str or None, optional
        Centrality measure for the ``centrality`` section and the ``top`` lists, one of
        `actorgraph.centrality.MEASURES` (``hits`` ranks by authority); None leaves them empty.
    top : int or None, optional
        How many centrality movers to keep (None: all).
    names : pair of str or None, optional
        What to call the two graphs in the ``old`` and ``new`` sections (e.g. their file names).
    modalities : sequence of str, optional
        Modalities whose evidence the weights, sources and centrality of both graphs count
        (`actorgraph.counts.recount`; default: those that say the event happened).

    Returns
    -------
    dict
        ``format`` (``"actorgraph-diff"``), ``format_version``, ``measure``, ``counted`` (the
        modalities counted);
        ``old``/``new``: name, snapshot label, creation time, tool version, model, counts of
        articles, actors and relations, article date range, and the `TOP_CENTRAL` most central
        actors (``id``, ``rank``, ``score``);
        ``articles``: article records ``added`` and ``removed`` (by id);
        ``actors``: ``added`` and ``removed`` (node records as in the graph file, ``id`` first),
        ``changed`` (label, type, aliases or affiliation differ) and ``recounted`` (only mentions or
        articles differ), each ``{"id", "label", "changes": {attribute: {"old", "new"}}}``;
        ``relations``: ``added`` and ``removed`` (edge records as in the graph file) and
        ``changed``: ``{"source", "target", "relation", "changes": {attribute: {"old", "new"}}
        (all but evidence), "evidence": {"added": [...], "removed": [...]}, "modality":
        None or {"old", "new", "direction": "firmer"|"weaker"}}`` (see `modality`);
        ``centrality``: actors in both graphs whose rank moved, ``{"id", "old_rank", "new_rank",
        "change" (positive: moved up), "old_score", "new_score"}``, biggest move first;
        ``labels``: ``{id: label}`` of every actor named anywhere in the diff;
        ``agreement``: the relations in both graphs, only in one, and per relation
        (`actorgraph.agreement.agreement`; optional in the diff format, absent from older diffs).
        Lists are sorted by id, by (source, target, relation), or by (date, article, start).
        Evidence lists that hold the same records in another order are not a change.

    Raises
    ------
    UnknownNameError
        If `measure` is not a known measure.
    CentralityError
        If the measure cannot be computed on one of the graphs.

    See Also
    --------
    has_changes, apply_diff, reverse_diff

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> A = new_graph(snapshot="week 42")
    >>> A.add_node("north-korea", label="North Korea")
    >>> B = new_graph(snapshot="week 43")
    >>> B.add_node("north-korea", label="DPRK")
    >>> ev = {"article": "a1", "date": "2024-10-21", "start": 0, "sentence": "Pyongyang sent troops.",
    ...       "modality": "reported"}
    >>> _ = B.add_edge("north-korea", "russia", key="deploys", relation="deploys", weight=1, evidence=[ev])
    >>> d = diff_graphs(A, B, measure=None)
    >>> [a["id"] for a in d["actors"]["added"]], d["actors"]["changed"][0]["changes"]
    (['russia'], {'label': {'old': 'North Korea', 'new': 'DPRK'}})
    >>> [(r["source"], r["relation"], r["target"]) for r in d["relations"]["added"]]
    [('north-korea', 'deploys', 'russia')]
    >>> has_changes(diff_graphs(B, B, measure=None))
    False
    """
    _check_measure(measure)
    old, new = recount(old, modalities), recount(new, modalities)
    old_scores = node_scores(old, measure=measure) if measure else {}
    new_scores = node_scores(new, measure=measure) if measure else {}
    old_ranks, new_ranks = ranks(old_scores), ranks(new_scores)
    old_edges, new_edges = _edge_dict(old), _edge_dict(new)
    diff = {
        "format": DIFF_FORMAT,
        "format_version": DIFF_FORMAT_VERSION,
        "measure": measure,
        "counted": list(new.graph["counted"]),
        "old": _side(old, names[0], len(old_edges), old_ranks, old_scores),
        "new": _side(new, names[1], len(new_edges), new_ranks, new_scores),
        "articles": _articles(old, new),
        "actors": _actors(old, new),
        "relations": _relations(old_edges, new_edges),
        "centrality": _movers(old_ranks, new_ranks, old_scores, new_scores, top),
    }
    diff["labels"] = _labels(diff, old, new)
    diff["agreement"] = agreement(old, new)
    return diff


def has_changes(diff: dict) -> bool:
    """Return True if the diff holds any change (what makes ``actorgraph diff`` exit with 1).

    Only the graphs' content counts: two builds of the same articles at different times, or
    under different snapshot labels, have no changes.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> has_changes(diff_graphs(new_graph(snapshot="a"), new_graph(snapshot="b")))
    False
    """
    return any(
        diff[section][kind] for section in ("articles", "actors", "relations") for kind in diff[section]
    ) or bool(diff["centrality"])


def _flip(changes: dict) -> dict:
    return {k: {"old": c["new"], "new": c["old"]} for k, c in changes.items()}


def _swap(pair: dict) -> dict:
    return {"added": pair["removed"], "removed": pair["added"]}


def reverse_diff(diff: dict) -> dict:
    """Return the diff that undoes `diff`: ``reverse_diff(diff_graphs(A, B)) == diff_graphs(B, A)``.

    It exists to read a change backwards (what last week had that this week lost) without
    recomputing it, and so that ``apply_diff(B, reverse_diff(d))`` gives back A.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> A, B = new_graph(), new_graph()
    >>> B.add_node("poland", label="Poland")
    >>> r = reverse_diff(diff_graphs(A, B))
    >>> [a["id"] for a in r["actors"]["removed"]], r["actors"]["added"]
    (['poland'], [])
    """
    actors, relations = diff["actors"], diff["relations"]

    def actor(record):
        label = record["changes"]["label"]["old"] if "label" in record["changes"] else record["label"]
        return {"id": record["id"], "label": label, "changes": _flip(record["changes"])}

    def relation(record):
        shift = record["modality"] and {
            "old": record["modality"]["new"],
            "new": record["modality"]["old"],
            "direction": {"firmer": "weaker", "weaker": "firmer"}[record["modality"]["direction"]],
        }
        return dict(record, changes=_flip(record["changes"]), evidence=_swap(record["evidence"]), modality=shift)

    labels = dict(diff["labels"])
    for record in actors["changed"]:
        if "label" in record["changes"] and record["id"] in labels:
            labels[record["id"]] = record["changes"]["label"]["old"]
    return {
        "format": diff["format"],
        "format_version": diff["format_version"],
        "measure": diff["measure"],
        "counted": list(diff["counted"]),
        "old": copy.deepcopy(diff["new"]),
        "new": copy.deepcopy(diff["old"]),
        "articles": copy.deepcopy(_swap(diff["articles"])),
        "actors": copy.deepcopy(
            dict(
                _swap(actors),
                changed=[actor(r) for r in actors["changed"]],
                recounted=[actor(r) for r in actors["recounted"]],
            )
        ),
        "relations": copy.deepcopy(dict(_swap(relations), changed=[relation(r) for r in relations["changed"]])),
        "centrality": [
            {
                "id": m["id"],
                "old_rank": m["new_rank"],
                "new_rank": m["old_rank"],
                "change": -m["change"],
                "old_score": m["new_score"],
                "new_score": m["old_score"],
            }
            for m in diff["centrality"]
        ],
        "labels": labels,
        **({"agreement": reverse_agreement(diff["agreement"])} if "agreement" in diff else {}),
    }


def _fail(message: str) -> NoReturn:
    raise DiffError(f"diff does not apply: {message}")


def _apply_changes(attrs: dict, changes: dict, what: str) -> None:
    """Set the new values of `changes` in `attrs`, checking that the old values are there (``counts`` last)."""
    for k, c in sorted(changes.items(), key=lambda kc: kc[0] == "counts"):
        if attrs.get(k) != c["old"]:
            _fail(f"{what} has {k} {attrs.get(k)!r}, the diff expects {c['old']!r}")
    for k, c in changes.items():
        attrs[k] = copy.deepcopy(c["new"])


def _apply_evidence(attrs: dict, evidence: dict, what: str) -> None:
    """Replace the evidence `evidence` names in the edge attributes `attrs`."""
    if not evidence["added"] and not evidence["removed"]:
        return
    current = {_evidence_key(e): e for e in attrs.get("evidence") or []}
    for e in evidence["removed"]:
        if current.pop(_evidence_key(e), None) != e:
            _fail(f"{what} has no evidence {e['article']}@{e['start']} as the diff gives it")
    for e in evidence["added"]:
        if _evidence_key(e) in current:
            _fail(f"{what} already has evidence {e['article']}@{e['start']}")
        current[_evidence_key(e)] = copy.deepcopy(e)
    attrs["evidence"] = sorted(current.values(), key=_evidence_order)


def apply_diff(G: nx.MultiDiGraph, diff: dict) -> nx.MultiDiGraph:
    """Return a copy of `G` with `diff` applied: ``apply_diff(A, diff_graphs(A, B))`` equals B.

    This is what makes the diff a complete record of a change rather than a summary: a graph can
    be rebuilt from an earlier one and the diffs since, and a test can prove that nothing was
    left out. Evidence and article lists that change come out in the order `actorgraph.build.assemble`
    writes them (by date, then article id and offset), as in every built graph. Graph metadata
    (snapshot, created, tool_version, model, articles) becomes that of the new graph.

    Parameters
    ----------
    G : MultiDiGraph
        The graph the diff was computed from (or an equal one); not modified. It is recounted
        for the diff's ``counted`` modalities first, as `diff_graphs` recounted it.
    diff : dict
        A diff from `diff_graphs` (or read from its JSON).

    Returns
    -------
    MultiDiGraph

    Raises
    ------
    DiffError
        If the diff does not fit `G`: an actor or relation it removes or changes is missing or
        differs from what the diff expects, or one it adds is already there.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> A, B = new_graph(snapshot="a"), new_graph(snapshot="b")
    >>> B.add_node("poland", label="Poland")
    >>> C = apply_diff(A, diff_graphs(A, B))
    >>> dict(C.nodes(data=True)) == dict(B.nodes(data=True)), C.graph["snapshot"]
    (True, 'b')
    >>> apply_diff(C, diff_graphs(A, B))
    Traceback (most recent call last):
    ...
    actorgraph.errors.DiffError: diff does not apply: actor 'poland' is already in the graph
    """
    H = recount(G, diff["counted"]).copy()  # the weights the diff's records were counted with
    actors, relations = diff["actors"], diff["relations"]
    for r in relations["removed"]:
        if not H.has_edge(r["source"], r["target"], r["key"]):
            _fail(f"relation {r['source']} -{r['key']}-> {r['target']} is not in the graph")
        H.remove_edge(r["source"], r["target"], r["key"])
    for a in actors["removed"]:
        if a["id"] not in H:
            _fail(f"actor {a['id']!r} is not in the graph")
        if H.degree(a["id"]):
            _fail(f"actor {a['id']!r} still has relations the diff does not remove")
        H.remove_node(a["id"])
    for a in actors["added"]:
        if a["id"] in H:
            _fail(f"actor {a['id']!r} is already in the graph")
        H.add_node(a["id"], **copy.deepcopy({k: v for k, v in a.items() if k != "id"}))
    for a in actors["changed"] + actors["recounted"]:
        if a["id"] not in H:
            _fail(f"actor {a['id']!r} is not in the graph")
        _apply_changes(H.nodes[a["id"]], a["changes"], f"actor {a['id']!r}")  # G.copy() copied the dict
    for r in relations["added"]:
        if H.has_edge(r["source"], r["target"], r["key"]):
            _fail(f"relation {r['source']} -{r['key']}-> {r['target']} is already in the graph")
        attrs = {k: v for k, v in r.items() if k not in ("source", "target", "key")}
        H.add_edge(r["source"], r["target"], key=r["key"], **copy.deepcopy(attrs))
    for r in relations["changed"]:
        what = f"relation {r['source']} -{r['relation']}-> {r['target']}"
        if not H.has_edge(r["source"], r["target"], r["relation"]):
            _fail(f"{what} is not in the graph")
        attrs = H.edges[r["source"], r["target"], r["relation"]]
        _apply_changes(attrs, r["changes"], what)
        _apply_evidence(attrs, r["evidence"], what)
    _apply_articles(H, diff)
    return H


def _apply_articles(H: nx.MultiDiGraph, diff: dict) -> None:
    """Set the graph metadata of `H` to the diff's new side."""
    articles = {a["id"]: a for a in H.graph.get("articles") or []}
    for a in diff["articles"]["removed"]:
        if articles.pop(a["id"], None) != a:
            _fail(f"article {a['id']!r} is not in the graph as the diff gives it")
    for a in diff["articles"]["added"]:
        if a["id"] in articles:
            _fail(f"article {a['id']!r} is already in the graph")
        articles[a["id"]] = a
    H.graph = copy.deepcopy(
        dict(H.graph, **{m: diff["new"][m] for m in _META}, articles=sorted(articles.values(), key=_article_order))
    )


@functools.cache
def diff_schema() -> dict:
    """Return the diff's JSON Schema (``data/diff.schema.json``) as a dict: what `validate_diff` checks against."""
    return json.loads(data_file("diff.schema.json").read_text(encoding="utf-8"))


@functools.cache
def _validator() -> Any:
    import jsonschema  # imported here: only validation pays for it
    from referencing import Registry, Resource

    from .fileformat import schema

    registry = Registry().with_resource(schema()["$id"], Resource.from_contents(schema()))
    return jsonschema.Draft202012Validator(diff_schema(), registry=registry)


def validate_diff(diff: dict) -> dict:
    """Check a diff against ``data/diff.schema.json``; returns it, or raises `DiffError` saying where it is wrong.

    Actor and relation records are checked against the graph file's own schema, which the diff
    schema refers to. A diff of another format version is refused by name (a version 1 diff
    is not upgraded: diff the graph files again, which reads version 1 graphs).
    """
    import jsonschema

    version = diff.get("format_version") if isinstance(diff, dict) else None
    if version != DIFF_FORMAT_VERSION:
        raise DiffError(
            f"diff format version {version} is not {DIFF_FORMAT_VERSION}, the one this actorgraph reads; "
            "run actorgraph diff on the two graph files again"
        )

    error = jsonschema.exceptions.best_match(_validator().iter_errors(diff))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise DiffError(f"not a valid actorgraph diff at {where}: {error.message[:200]}")
    return diff
