"""Select part of an actorgraph graph: some relations, some actor types, or actors merged into their state.

Every function returns a new graph and leaves the caller's graph untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

import networkx as nx

from .errors import UnknownNameError
from .lexicon import AFFILIATION_RELATIONS
from .vocab import actor_types, relation_types

__all__ = [
    "RELATIONS",
    "AFFILIATION_RELATIONS",
    "TYPES",
    "MERGED_TYPES",
    "relation_names",
    "filter_relations",
    "drop_affiliations",
    "collapse_actors",
    "filter_types",
    "filter_graph",
]

#: Relations the extractor knows (`actorgraph.vocab`'s registry order); a graph may hold others, which are valid too.
RELATIONS = tuple(relation_types())

#: Actor types, as in the graph file's schema (the registry's order).
TYPES = tuple(actor_types())

#: Actor types that `collapse_actors` merges into the actor named by their ``affiliation``.
MERGED_TYPES = frozenset(name for name, t in actor_types().items() if t.folds_into_affiliation)


def _relation(key: str, data: dict) -> str:
    return data.get("relation", key)


def _keep_edges(G: nx.MultiDiGraph, keep: Callable[[str], bool]) -> nx.MultiDiGraph:
    """Return a copy of `G` with every node and only the edges whose relation satisfies `keep`."""
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if keep(_relation(k, d)))
    return H


def relation_names(G: nx.MultiDiGraph) -> tuple[str, ...]:
    """Return the relations valid for `G`: the known `RELATIONS`, then any other relation `G` holds, sorted.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="quarantines", relation="quarantines")
    >>> relation_names(G)[-2:]
    ('abducts', 'quarantines')
    """
    extra = {_relation(k, d) for _, _, k, d in G.edges(keys=True, data=True)} - set(RELATIONS)
    return RELATIONS + tuple(sorted(extra))


def filter_relations(G: nx.MultiDiGraph, relations: Collection[str]) -> nx.MultiDiGraph:
    """Return a copy of `G` keeping every actor but only the edges of the given relations.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph.
    relations : iterable of str
        Relation names, each from `relation_names` of `G`.

    Returns
    -------
    MultiDiGraph

    Raises
    ------
    UnknownNameError
        If a relation is neither known nor present in `G`; the message lists the valid names.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="warns", relation="warns")
    >>> _ = G.add_edge("a", "b", key="meets", relation="meets")
    >>> list(filter_relations(G, ["meets"]).edges(keys=True))
    [('a', 'b', 'meets')]
    >>> filter_relations(G, ["invades"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    actorgraph.errors.UnknownNameError: unknown relation 'invades'; choose from supplies, deploys, ...
    """
    valid = relation_names(G)
    wanted = set(relations)
    for name in relations:
        if name not in valid:
            raise UnknownNameError("relation", name, valid)
    return _keep_edges(G, wanted.__contains__)


def drop_affiliations(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of `G` without the org-chart edges (``leads``, ``part_of``, ``member_of``).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("yoon", "south-korea", key="leads", relation="leads")
    >>> _ = G.add_edge("yoon", "poland", key="meets", relation="meets")
    >>> list(drop_affiliations(G).edges(keys=True))
    [('yoon', 'poland', 'meets')]
    """
    return _keep_edges(G, lambda relation: relation not in AFFILIATION_RELATIONS)


def _root(G: nx.MultiDiGraph, node: str) -> str:
    """Return the actor `node` merges into: follow ``affiliation`` while the actor is a leader or agency."""
    chain = [node]
    while True:
        data = G.nodes[chain[-1]]
        parent = data.get("affiliation")
        if data.get("type") not in MERGED_TYPES or parent is None or parent not in G:
            return chain[-1]
        if parent in chain:  # a cycle of affiliations: its smallest id stands for all of it
            return min(chain[chain.index(parent) :])
        chain.append(parent)


def collapse_actors(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy of `G` where leaders and agencies are merged into the state or alliance they belong to.

    An actor of a type in `MERGED_TYPES` whose ``affiliation`` is an actor of `G` is merged into it,
    following chains (an agency of a ministry of a state ends in the state). Its edges are re-pointed;
    edges that become self-loops (``yoon leads south-korea``) are dropped; edges that meet an existing
    edge of the same relation add their ``weight`` to it (their other attributes are the first edge's).
    A merged actor's id is listed in the ``merged`` attribute of the actor it went into.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("south-korea", type="state", affiliation=None)
    >>> G.add_node("yoon", type="leader", affiliation="south-korea")
    >>> G.add_node("poland", type="state", affiliation=None)
    >>> _ = G.add_edge("yoon", "south-korea", key="leads", relation="leads", weight=1)
    >>> _ = G.add_edge("yoon", "poland", key="meets", relation="meets", weight=1)
    >>> _ = G.add_edge("south-korea", "poland", key="meets", relation="meets", weight=2)
    >>> H = collapse_actors(G)
    >>> sorted(H), H.nodes["south-korea"]["merged"]
    (['poland', 'south-korea'], ['yoon'])
    >>> list(H.edges(keys=True, data="weight"))
    [('south-korea', 'poland', 'meets', 3)]
    """
    root = {n: _root(G, n) for n in G}
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if root[n] == n)
    for n, r in root.items():
        if r != n:
            H.nodes[r]["merged"] = [*H.nodes[r].get("merged", []), n]
    for u, v, k, d in G.edges(keys=True, data=True):
        u, v = root[u], root[v]
        if u == v:
            continue
        if H.has_edge(u, v, k):
            H[u][v][k]["weight"] = H[u][v][k].get("weight", 1) + d.get("weight", 1)
        else:
            H.add_edge(u, v, k, **d)
    return H


def filter_types(G: nx.MultiDiGraph, types: Collection[str]) -> nx.MultiDiGraph:
    """Return the subgraph of `G` induced by the actors of the given types (a copy).

    Raises
    ------
    UnknownNameError
        If a type is not one of `TYPES`.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("russia", type="state")
    >>> G.add_node("putin", type="leader")
    >>> list(filter_types(G, ["state"]))
    ['russia']
    >>> filter_types(G, ["country"])
    Traceback (most recent call last):
    ...
    actorgraph.errors.UnknownNameError: unknown type 'country'; choose from state, leader, agency, alliance, other, group
    """
    for name in types:
        if name not in TYPES:
            raise UnknownNameError("type", name, TYPES)
    wanted = set(types)
    return G.subgraph(n for n, t in G.nodes(data="type") if t in wanted).copy()


def filter_graph(
    G: nx.MultiDiGraph,
    *,
    relations: Collection[str] | None = None,
    types: Collection[str] | None = None,
    collapse: bool = False,
    affiliations: bool = True,
) -> nx.MultiDiGraph:
    """Return the part of `G` an analysis asks for; the shared pipeline of ``central`` and ``--communities``.

    The steps run in this order: keep `relations`; drop the org-chart relations unless
    `affiliations`; merge leaders and agencies into their state if `collapse`; keep the actors
    of `types` (so ``collapse=True, types=["state"]`` ranks states with their leaders' actions).

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph; not modified.
    relations : iterable of str, optional
        Keep only these relations (all when None).
    types : iterable of str, optional
        Keep only actors of these types (all when None).
    collapse : bool, optional
        Merge leaders and agencies into their affiliation (see `collapse_actors`).
    affiliations : bool, optional
        Keep the ``leads``/``part_of``/``member_of`` edges (default True).

    Returns
    -------
    MultiDiGraph
        A new graph.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("kor", type="state")
    >>> G.add_node("yoon", type="leader", affiliation="kor")
    >>> _ = G.add_edge("yoon", "kor", key="leads", relation="leads")
    >>> H = filter_graph(G, affiliations=False, types=["leader"])
    >>> list(H.nodes), H.number_of_edges(), G.number_of_edges()
    (['yoon'], 0, 1)
    """
    H = G
    if relations is not None:
        H = filter_relations(H, relations)
    if not affiliations:
        H = drop_affiliations(H)
    if collapse:
        H = collapse_actors(H)
    if types is not None:
        H = filter_types(H, types)
    return H if H is not G else G.copy()
