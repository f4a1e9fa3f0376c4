"""Centrality of actors in an actorgraph MultiDiGraph."""

import networkx as nx

__all__ = ["aggregate", "node_scores", "MEASURES"]

MEASURES = ("degree", "pagerank")


def aggregate(G):
    """Return a weighted simple DiGraph merging the parallel relations of `G`.

    The weight of ``u -> v`` is the sum of the evidence counts (``weight``) of all
    relations from ``u`` to ``v``; node attributes are kept. Self-loops are dropped.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="warns", weight=2)
    >>> _ = G.add_edge("a", "b", key="meets", weight=1)
    >>> aggregate(G)["a"]["b"]["weight"]
    3
    """
    H = nx.DiGraph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, w in G.edges(data="weight", default=1):
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def node_scores(G, *, measure="pagerank"):
    """Return ``{node: score}`` for one centrality measure on the aggregated graph.

    An empty graph gives ``{}``.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> max(node_scores(G).items(), key=lambda kv: kv[1])[0]
    'b'
    """
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}; choose from {', '.join(MEASURES)}")
    if len(G) == 0:
        return {}
    H = aggregate(G)
    if measure == "degree":
        return nx.degree_centrality(H)
    return nx.pagerank(H, weight="weight")
