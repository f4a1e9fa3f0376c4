"""Centrality of actors in an actorgraph graph: which actors matter, by the measure asked for.

The graph file is a multigraph: one edge per (source, target, relation). Every measure here runs
on the *aggregated* graph (`aggregate`): one edge ``u -> v`` per pair of actors that are related
at all, weighing the evidence count of all their relations (or 1 each with ``weight="none"``).
Betweenness and closeness take ``distance = 1 / weight``, so well-attested ties are short.
"""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Collection, Iterable, Iterator
from typing import Any

import networkx as nx
from networkx.algorithms.link_analysis import hits_alg

from .errors import ActorgraphWarning, CentralityError, UnknownNameError
from .filters import filter_graph
from .vocab import relation_types

__all__ = [
    "MEASURES",
    "COLUMNS",
    "WEIGHTS",
    "BETWEENNESS_EXACT_MAX",
    "BETWEENNESS_SAMPLES",
    "CLOSENESS_EXACT_MAX",
    "CLOSENESS_SAMPLES",
    "SEED",
    "Link",
    "aggregate",
    "aggregate_selected",
    "measure_scores",
    "node_scores",
    "sampled_closeness",
    "centrality",
    "ranking_columns",
    "ranks",
]

#: Measures `centrality` takes (plus ``"all"``); ``hits`` ranks by authority and shows the hub score.
MEASURES = ("degree", "in-degree", "out-degree", "betweenness", "closeness", "pagerank", "eigenvector", "hits")

#: The score columns of ``measure="all"``, one per measure (``hits`` gives two).
COLUMNS = (
    "degree",
    "in-degree",
    "out-degree",
    "betweenness",
    "closeness",
    "pagerank",
    "eigenvector",
    "hub",
    "authority",
)

#: What an aggregated edge weighs: its evidence count, or 1.
WEIGHTS = ("evidence", "none")

#: Above this many actors, betweenness is estimated from `BETWEENNESS_SAMPLES` sampled sources.
#: Exact betweenness costs one shortest-path search per actor: 8 s for 1,000 actors and 8,900
#: links, 110 s for 3,000 and 27,000; there 100 sampled sources took 6 s and found 9 of the
#: exact top 10 (``python bench/bench_central.py --sampling-check 3000``).
BETWEENNESS_EXACT_MAX = 1000
BETWEENNESS_SAMPLES = 100

#: Above this many actors, closeness is estimated from `CLOSENESS_SAMPLES` sampled source actors
#: (Eppstein and Wang's estimator). Exact closeness costs one shortest-path search per actor: 87 min
#: estimated for 20,000 actors and 188,000 links (``python bench/bench_central.py``).
CLOSENESS_EXACT_MAX = 2000
CLOSENESS_SAMPLES = 100

#: Seed of every random choice (betweenness sampling, Louvain communities): results are repeatable.
SEED = 0

#: How many of an actor's relations the ranking shows.
LINKS_SHOWN = 3

#: Which of an actor's relations explain each measure: incoming, outgoing or both.
_LINK_DIRECTIONS = {
    "in-degree": ("in",),
    "out-degree": ("out",),
    "closeness": ("in",),
    "pagerank": ("in",),
    "eigenvector": ("in",),
    "hits": ("in",),
}

#: The measure `measure="all"` ranks by.
_ALL_RANKED_BY = "pagerank"

#: Power iterations (eigenvector, HITS): at most this many steps, to this tolerance; scores below
#: `_NOISE` times the largest are the iteration's residue, not a signal, and are reported as 0.
_MAX_ITER = 1000
_TOL = 1e-10
_NOISE = 1e-8


@dataclasses.dataclass(frozen=True)
class Link:
    """One relation of a ranked actor with another actor.

    ``direction`` is ``"out"`` when the ranked actor is the source, ``"in"`` when it is the target;
    ``other`` and ``label`` name the other actor; ``weight`` is the relation's evidence count.
    Printed as a sentence with the ranked actor left out: ``deploys Russia (2)``, ``NATO warns (1)``.
    """

    relation: str
    direction: str
    other: str
    label: str
    weight: int

    def __str__(self) -> str:
        if self.direction == "out":
            return f"{self.relation} {self.label} ({self.weight})"
        return f"{self.label} {self.relation} ({self.weight})"


def _check(kind: str, name: str, valid: Iterable[str]) -> None:
    if name not in valid:
        raise UnknownNameError(kind, name, valid)


def aggregate(G: nx.MultiDiGraph, *, weight: str = "evidence") -> nx.DiGraph:
    """Return a weighted simple DiGraph merging the parallel relations of `G`.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph (one edge per relation between two actors).
    weight : {"evidence", "none"}, optional
        ``"evidence"``: the weight of ``u -> v`` is the sum of the evidence counts (``weight``)
        of all relations from ``u`` to ``v``. ``"none"``: every aggregated edge weighs 1.
        Either way a relation of weight 0 (no evidence of the counted modalities, see
        `actorgraph.counts`) is left out: it is told, but not as having happened. A symmetric
        relation ("meets", "allies") counts both ways: the file stores it once, from the actor
        whose id sorts first, but B meets A as much as A meets B.

    Returns
    -------
    DiGraph
        Node attributes are kept; each edge has ``weight`` and ``distance = 1 / weight``
        (the length betweenness and closeness use). Self-loops are dropped.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="warns", weight=2)
    >>> _ = G.add_edge("a", "b", key="meets", weight=1)
    >>> H = aggregate(G)
    >>> H["a"]["b"]["weight"], round(H["a"]["b"]["distance"], 3)
    (3, 0.333)
    >>> aggregate(G, weight="none")["a"]["b"]["weight"]
    1
    >>> H["b"]["a"]["weight"]  # b meets a too
    1
    >>> _ = G.add_edge("c", "a", key="supplies", weight=0)
    >>> aggregate(G).has_edge("c", "a")
    False
    """
    _check("weight", weight, WEIGHTS)
    H = nx.DiGraph()
    H.add_nodes_from(G.nodes(data=True))
    types = relation_types()
    for u, v, k, w in G.edges(keys=True, data="weight", default=1):
        if u == v or w == 0:
            continue
        both = k in types and types[k].symmetric
        for a, b in ((u, v), (v, u)) if both else ((u, v),):
            if weight == "none":
                H.add_edge(a, b, weight=1)
            elif H.has_edge(a, b):
                H[a][b]["weight"] += w
            else:
                H.add_edge(a, b, weight=w)
    for _, _, d in H.edges(data=True):
        d["distance"] = 1 / d["weight"]
    return H


def aggregate_selected(
    G: nx.MultiDiGraph, *, weight: str = "evidence", **selection: Any
) -> tuple[nx.MultiDiGraph, nx.DiGraph]:
    """Return the part of `G` an analysis asks for and its aggregate: what `centrality` and communities rank.

    `selection` (``relations``, ``types``, ``collapse``, ``affiliations``) goes to
    `actorgraph.filters.filter_graph`, `weight` to `aggregate`. The filtered multigraph is
    returned too: it keeps each relation, which the ranking shows.

    Raises
    ------
    UnknownNameError
        For an unknown weight, relation or type.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kor", type="state")
    >>> G.add_node("yoon", type="leader", affiliation="kor")
    >>> _ = G.add_edge("yoon", "kor", key="leads", relation="leads", weight=2)
    >>> F, H = aggregate_selected(G, affiliations=False)
    >>> F.number_of_edges(), sorted(H)
    (0, ['kor', 'yoon'])
    """
    _check("weight", weight, WEIGHTS)
    F = filter_graph(G, **selection)
    return F, aggregate(F, weight=weight)


def _warn(message: str) -> None:
    warnings.warn(message, ActorgraphWarning, stacklevel=3)


def _degree(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    return {"degree": nx.degree_centrality(H)}


def _in_degree(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    return {"in-degree": nx.in_degree_centrality(H)}


def _out_degree(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    return {"out-degree": nx.out_degree_centrality(H)}


def _betweenness(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    k = None
    if len(H) > BETWEENNESS_EXACT_MAX and len(H) > BETWEENNESS_SAMPLES:
        k = BETWEENNESS_SAMPLES
        _warn(
            f"betweenness: {len(H):,} actors is more than {BETWEENNESS_EXACT_MAX:,}, so it is estimated "
            f"from {k} sampled source actors (seed {SEED})"
        )
    return {"betweenness": nx.betweenness_centrality(H, k=k, weight=distance, seed=SEED)}


def _closeness(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    if len(H) > CLOSENESS_EXACT_MAX and len(H) > CLOSENESS_SAMPLES:
        _warn(
            f"closeness: {len(H):,} actors is more than {CLOSENESS_EXACT_MAX:,}, so it is estimated "
            f"from {CLOSENESS_SAMPLES} sampled source actors (seed {SEED})"
        )
        return {"closeness": sampled_closeness(H, CLOSENESS_SAMPLES, distance=distance, seed=SEED)}
    return {"closeness": nx.closeness_centrality(H, distance=distance)}


def sampled_closeness(H: nx.Graph, k: int, *, distance: str | None = None, seed: int | None = None) -> dict[str, float]:
    """Return the closeness of every node of `H` estimated from `k` sampled source nodes.

    Exact closeness needs a shortest-path search from every node; this runs `k` of them
    (networkx's Dijkstra or breadth-first search) and scales, as Eppstein and Wang's estimator
    does. It keeps the definition of ``nx.closeness_centrality``: *inward* distance on a directed
    graph, and Wasserman-Faust scaling for nodes that only part of the graph reaches. For a node
    `u` that `c` of the sampled sources other than `u` reach, at a total distance `S`, out of
    `m` such sources, the estimate is ``(c / m) * (c / S)``: the share of the graph that reaches
    `u`, times the inverse of its mean distance from there.

    Parameters
    ----------
    H : DiGraph or Graph
    k : int
        Number of sampled sources; all nodes (and the exact result) when ``k >= len(H)``.
    distance : str, optional
        Edge attribute holding the length; hop count when None.
    seed : int, optional
        Seed of the sample, so that results are repeatable.

    Returns
    -------
    dict
        ``{node: estimated closeness}``.

    Examples
    --------
    >>> H = nx.path_graph(5, create_using=nx.DiGraph)
    >>> sampled_closeness(H, 5) == nx.closeness_centrality(H)
    True
    """
    import random

    nodes = list(H)
    sources = random.Random(seed).sample(nodes, min(k, len(nodes)))
    reached, total = dict.fromkeys(nodes, 0), dict.fromkeys(nodes, 0.0)
    for s in sources:
        lengths = (
            nx.single_source_dijkstra_path_length(H, s, weight=distance)
            if distance
            else nx.single_source_shortest_path_length(H, s)
        )
        for u, d in lengths.items():
            if u != s:
                reached[u] += 1
                total[u] += d
    in_sample = set(sources)
    scores = {}
    for u in nodes:
        m = len(sources) - (u in in_sample)
        c = reached[u]
        scores[u] = (c / m) * (c / total[u]) if c and total[u] > 0 and m else 0.0
    return scores


def _pagerank(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    return {"pagerank": nx.pagerank(H, weight="weight")}


def _undirected(H: nx.DiGraph) -> nx.Graph:
    """Return `H` as an undirected Graph, the weights of ``u -> v`` and ``v -> u`` summed."""
    U = nx.Graph()
    U.add_nodes_from(H)
    for u, v, w in H.edges(data="weight"):
        U.add_edge(u, v, weight=w + (U[u][v]["weight"] if U.has_edge(u, v) else 0))
    return U


def _zero_noise(scores: dict[str, float]) -> dict[str, float]:
    """Return `scores` with the values below `_NOISE` times the largest set to 0.0."""
    floor = _NOISE * max(map(abs, scores.values()), default=0.0)
    return {n: s if abs(s) >= floor else 0.0 for n, s in scores.items()}


def _eigenvector(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    try:
        scores = nx.eigenvector_centrality(H, max_iter=_MAX_ITER, tol=_TOL, weight="weight")
    except nx.PowerIterationFailedConvergence:
        _warn(
            "eigenvector: does not converge on this directed graph (its relations form no cycles "
            "to carry it, e.g. a chain or a tree), so it is computed on the undirected graph"
        )
        scores = nx.eigenvector_centrality(_undirected(H), max_iter=_MAX_ITER, tol=_TOL, weight="weight")
    return {"eigenvector": _zero_noise(scores)}


def _hits(H: nx.DiGraph, distance: str | None) -> dict[str, dict]:
    if H.number_of_edges() == 0:
        return {"hub": dict.fromkeys(H, 0.0), "authority": dict.fromkeys(H, 0.0)}
    # networkx 3.6's nx.hits uses scipy's svds, which returns an arbitrary vector with mixed signs
    # when the top singular value repeats (networkx#6289), as in any graph of two separate pairs.
    # Upstream made its power iteration the default (networkx#8620); until that is released, call
    # that power iteration (deterministic, from a uniform start) where it exists.
    hits = getattr(hits_alg, "_hits_python", nx.hits)
    hub, authority = hits(H, max_iter=_MAX_ITER, tol=_TOL)
    return {"hub": _zero_noise(hub), "authority": _zero_noise(authority)}


_MEASURE_FUNCTIONS = {
    "degree": _degree,
    "in-degree": _in_degree,
    "out-degree": _out_degree,
    "betweenness": _betweenness,
    "closeness": _closeness,
    "pagerank": _pagerank,
    "eigenvector": _eigenvector,
    "hits": _hits,
}


def measure_scores(H: nx.DiGraph, measure: str, *, weighted: bool = True) -> dict[str, dict[str, float]]:
    """Return ``{column: {node: score}}`` for `measure` on an aggregated graph `H`.

    Parameters
    ----------
    H : DiGraph
        An aggregated graph, from `aggregate`.
    measure : str
        One of `MEASURES` or ``"all"``. ``"hits"`` gives the columns ``hub`` and ``authority``;
        ``"all"`` gives every column of `COLUMNS`.
    weighted : bool, optional
        Whether betweenness and closeness use ``distance`` (True) or count hops (False).
        Pagerank, eigenvector and HITS always use ``weight`` (1 on an unweighted aggregate).

    Returns
    -------
    dict of str to dict
        Scores as networkx computes them: normalised degree ((in + out) / (n - 1), so a mutual
        relation counts twice and the score can exceed 1), normalised
        betweenness, closeness with Wasserman-Faust scaling and *inward* distance, pagerank
        (alpha 0.85, summing to 1), eigenvector (unit length), HITS (summing to 1). Eigenvector
        and HITS scores below 1e-8 of the largest are the power iteration's residue and set to 0.

    Raises
    ------
    UnknownNameError
        If `measure` is not one of `MEASURES` or ``"all"``.
    CentralityError
        If networkx fails on this graph (for instance, the power iteration does not converge).

    Warns
    -----
    ActorgraphWarning
        When betweenness or closeness is estimated by sampling, or eigenvector
        centrality falls back to the undirected graph.

    Examples
    --------
    >>> H = aggregate(nx.MultiDiGraph([("a", "b"), ("b", "c")]))
    >>> measure_scores(H, "betweenness")
    {'betweenness': {'a': 0.0, 'b': 0.5, 'c': 0.0}}
    >>> sorted(measure_scores(H, "hits"))
    ['authority', 'hub']
    """
    _check("measure", measure, MEASURES + ("all",))
    names = MEASURES if measure == "all" else (measure,)
    distance = "distance" if weighted else None
    result = {}
    for name in names:
        try:
            result.update(_MEASURE_FUNCTIONS[name](H, distance))
        except (nx.NetworkXException, ArithmeticError) as e:
            raise CentralityError(f"{name}: cannot be computed on this graph ({type(e).__name__}: {e})") from None
    return result


def node_scores(G: nx.MultiDiGraph, *, measure: str = "pagerank", weight: str = "evidence") -> dict[str, float]:
    """Return ``{node: score}`` for one measure on the aggregated graph; what the HTML page sizes nodes by.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph.
    measure : str, optional
        One of `MEASURES`, or ``"hub"`` or ``"authority"``; ``"hits"`` means authority.
    weight : {"evidence", "none"}, optional
        See `aggregate`.

    Returns
    -------
    dict
        A score for every node; ``{}`` for an empty graph.

    Raises
    ------
    UnknownNameError
        If `measure` is not valid (it is also a ``ValueError``).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> max(node_scores(G).items(), key=lambda kv: kv[1])[0]
    'b'
    >>> node_scores(G, measure="out-degree")
    {'a': 0.5, 'b': 0.0, 'c': 0.5}
    """
    _check("measure", measure, MEASURES + ("hub", "authority"))
    if len(G) == 0:
        return {}
    name = {"hub": "hits", "authority": "hits"}.get(measure, measure)
    scores = measure_scores(aggregate(G, weight=weight), name, weighted=weight == "evidence")
    return scores["authority" if measure == "hits" else measure]


def _ranked(scores: dict[str, float]) -> Iterator[tuple[int, str]]:
    """Yield ``(rank, node)`` by descending score, ties sharing a rank (1, 2, 2, 4) and ordered by id."""
    key = {n: round(s, 12) for n, s in scores.items()}
    rank, previous = 0, None
    for i, node in enumerate(sorted(key, key=lambda n: (-key[n], str(n))), 1):
        if key[node] != previous:
            rank, previous = i, key[node]
        yield rank, node


def ranks(scores: dict[str, float]) -> dict[str, int]:
    """Return ``{node: rank}`` best first, ties sharing a rank (1, 2, 2, 4); what ``diff`` and ``timeline`` compare.

    The ranking is the one `centrality` prints: scores are compared to 12 decimals (so that float
    noise does not split a tie) and tied nodes are listed by id. The dict is in rank order.

    Examples
    --------
    >>> ranks({"b": 0.2, "a": 0.5, "c": 0.2})
    {'a': 1, 'b': 2, 'c': 2}
    """
    return {node: rank for rank, node in _ranked(scores)}


def _links(F: nx.MultiDiGraph, node: str, directions: Iterable[str]) -> list[Link]:
    """Return the `LINKS_SHOWN` heaviest relations of `node` in `F` in the given directions (weight 0 left out).

    A symmetric relation goes both ways: it is listed in either direction asked for.
    """
    types, directions = relation_types(), set(directions)
    edges = [("out", v, k, d) for _, v, k, d in F.out_edges(node, keys=True, data=True)]
    edges += [("in", u, k, d) for u, _, k, d in F.in_edges(node, keys=True, data=True)]
    links = []
    for way, other, k, d in edges:
        relation = d.get("relation", k)
        if way not in directions:
            if not (relation in types and types[relation].symmetric):
                continue
            way = next(iter(directions))
        links.append(Link(relation, way, other, F.nodes[other].get("label", other), d.get("weight", 1)))
    links.sort(key=lambda link: (-link.weight, link.relation, link.other, link.direction))
    return [link for link in links if link.weight != 0][:LINKS_SHOWN]


def centrality(
    G: nx.MultiDiGraph,
    *,
    measure: str = "pagerank",
    relations: Collection[str] | None = None,
    types: Collection[str] | None = None,
    collapse: bool = False,
    affiliations: bool = True,
    weight: str = "evidence",
    top: int | None = None,
) -> list[dict]:
    """Rank the actors of `G` by a centrality measure.

    The graph is first narrowed by `actorgraph.filters.filter_graph` (`relations`, `affiliations`,
    `collapse`, `types`, in that order), then aggregated (`aggregate`), then scored
    (`measure_scores`).

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph; not modified.
    measure : str, optional
        One of `MEASURES`, or ``"all"`` for one column per measure (ranked by pagerank).
    relations, types : iterable of str, optional
        Keep only these relations / actor types.
    collapse : bool, optional
        Merge leaders and agencies into the state or alliance they belong to.
    affiliations : bool, optional
        False drops the ``leads``/``part_of``/``member_of`` edges.
    weight : {"evidence", "none"}, optional
        What an aggregated edge weighs (see `aggregate`).
    top : int, optional
        Return only the first `top` records.

    Returns
    -------
    list of dict
        One record per actor, best first, with the keys ``rank`` (ties share a rank), ``id``,
        ``label``, ``type``, then ``score`` (``measure="hits"``: the authority score, and ``hub``;
        ``measure="all"``: one key per `COLUMNS` instead of ``score``), then ``relations``: the
        actor's heaviest relations as `Link` records (incoming ones for measures that count what
        an actor receives, such as pagerank; outgoing for out-degree; both for degree and betweenness).

    Raises
    ------
    UnknownNameError
        For an unknown measure, relation, type or weight; the message lists the valid names.
    CentralityError
        If networkx fails on the graph.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for n in "abc":
    ...     G.add_node(n, label=n.upper(), type="state")
    >>> _ = G.add_edge("a", "b", key="warns", relation="warns", weight=2)
    >>> _ = G.add_edge("b", "c", key="meets", relation="meets", weight=1)
    >>> for r in centrality(G, measure="betweenness"):
    ...     print(r["rank"], r["id"], r["score"], [str(link) for link in r["relations"]])
    1 b 0.5 ['A warns (2)', 'meets C (1)']
    2 a 0.0 ['warns B (2)']
    2 c 0.0 ['B meets (1)']
    """
    _check("measure", measure, MEASURES + ("all",))
    F, H = aggregate_selected(
        G, relations=relations, types=types, collapse=collapse, affiliations=affiliations, weight=weight
    )
    if len(F) == 0:
        return []
    scores = measure_scores(H, measure, weighted=weight == "evidence")
    main = {"all": _ALL_RANKED_BY, "hits": "authority"}.get(measure, measure)
    directions = _LINK_DIRECTIONS.get(measure, ("in", "out"))
    records = []
    for rank, node in _ranked(scores[main]):
        if top is not None and len(records) >= top:
            break
        data = F.nodes[node]
        record = {"rank": rank, "id": node, "label": data.get("label", node), "type": data.get("type")}
        if measure == "all":
            record.update((column, scores[column][node]) for column in COLUMNS)
        else:
            record["score"] = scores[main][node]
        if measure == "hits":
            record["hub"] = scores["hub"][node]
        record["relations"] = _links(F, node, directions)
        records.append(record)
    return records


def ranking_columns(measure: str) -> tuple[list[str], dict[str, str]]:
    """Return the columns of `centrality`'s records for output: ``(csv_columns, {key: table_header})``.

    Examples
    --------
    >>> ranking_columns("hits")[1]
    {'rank': 'rank', 'label': 'actor', 'type': 'type', 'score': 'authority', 'hub': 'hub', 'relations': 'top relations'}
    """
    _check("measure", measure, MEASURES + ("all",))
    if measure == "all":
        scores = {column: column for column in COLUMNS}
    else:
        scores = {"score": "authority" if measure == "hits" else measure}
        if measure == "hits":
            scores["hub"] = "hub"
    table = {"rank": "rank", "label": "actor", "type": "type", **scores, "relations": "top relations"}
    return ["rank", "id", "label", "type", *scores, "relations"], table
