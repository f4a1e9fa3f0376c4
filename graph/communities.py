"""Communities of actors (Louvain, seeded) and the brokers who link them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from .centrality import LINKS_SHOWN, MEASURES, SEED, aggregate_selected, measure_scores
from .errors import UnknownNameError

__all__ = ["Member", "Broker", "communities", "COMMUNITY_COLUMNS"]

#: Columns of `communities`' records, for output.
COMMUNITY_COLUMNS = ("community", "size", "members", "brokers")


@dataclasses.dataclass(frozen=True)
class Member:
    """An actor of a community and its score by the measure the members are ordered by; printed as its label."""

    id: str
    label: str
    score: float

    def __str__(self) -> str:
        return self.label


@dataclasses.dataclass(frozen=True)
class Broker:
    """An actor with relations into other communities (their numbers) and its betweenness.

    Printed as ``Russia (links 2, 3)``.
    """

    id: str
    label: str
    betweenness: float
    links: tuple[int, ...]

    def __str__(self) -> str:
        return f"{self.label} (links {', '.join(map(str, self.links))})"


def _brokers(
    H: nx.DiGraph, part: Iterable[str], number: Mapping[str, int], betweenness: Mapping[str, float]
) -> list[Broker]:
    """Return the `LINKS_SHOWN` members of `part` that lie on shortest paths and touch other communities."""
    found = []
    for node in part:
        others = {number[m] for m in nx.all_neighbors(H, node)} - {number[node]}
        if others and betweenness[node] > 0:
            found.append(Broker(node, H.nodes[node].get("label", node), betweenness[node], tuple(sorted(others))))
    found.sort(key=lambda b: (-b.betweenness, b.id))
    return found[:LINKS_SHOWN]


def communities(
    G: nx.MultiDiGraph,
    *,
    measure: str = "pagerank",
    top: int | None = None,
    resolution: float = 1.0,
    seed: int = SEED,
    **selection: Any,
) -> list[dict]:
    """Find communities of actors with Louvain and the brokers between them.

    The graph is narrowed and aggregated as in `actorgraph.centrality.centrality`; Louvain
    (`networkx.community.louvain_communities`, directed modularity, edge weight as in `aggregate`)
    runs with a fixed `seed`, so the result is repeatable.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph; not modified.
    measure : str, optional
        One of `actorgraph.centrality.MEASURES`: the order of the members of each community.
    **selection
        ``relations``, ``types``, ``collapse``, ``affiliations`` and ``weight``, as in
        `actorgraph.centrality.centrality` (see `actorgraph.centrality.aggregate_selected`).
    top : int, optional
        Return only the `top` largest communities.
    resolution : float, optional
        Louvain's resolution: above 1 gives more, smaller communities.
    seed : int, optional
        Louvain's random seed.

    Returns
    -------
    list of dict
        One record per community, largest first (ties: by the id of the first member), with the keys
        ``community`` (its number, from 1), ``size``, ``members`` (`Member` records, best first by
        `measure`) and ``brokers``: up to three members with relations into other communities and
        betweenness above 0, highest betweenness first (`Broker` records).

    Raises
    ------
    UnknownNameError
        For an unknown measure, relation, type or weight.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> for u, v in [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "d")]:
    ...     _ = G.add_edge(u, v, weight=3 if {u, v} <= {"a", "b"} or {u, v} <= {"d", "e"} else 1)
    >>> for c in communities(G):
    ...     print(c["community"], [m.id for m in c["members"]], [str(b) for b in c["brokers"]])
    1 ['d', 'e', 'c'] ['c (links 2)']
    2 ['b', 'a'] ['b (links 1)']
    """
    if measure not in MEASURES:
        raise UnknownNameError("measure", measure, MEASURES)
    F, H = aggregate_selected(G, **selection)
    if len(F) == 0:
        return []
    weighted = selection.get("weight", "evidence") == "evidence"
    scores = measure_scores(H, measure, weighted=weighted)["authority" if measure == "hits" else measure]
    betweenness = measure_scores(H, "betweenness", weighted=weighted)["betweenness"]
    parts = [
        sorted(p, key=lambda n: (-scores[n], n))
        for p in nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    ]
    parts.sort(key=lambda p: (-len(p), min(p)))
    number = {n: i for i, part in enumerate(parts, 1) for n in part}
    records = []
    for i, part in enumerate(parts[:top], 1):
        members = [Member(n, H.nodes[n].get("label", n), scores[n]) for n in part]
        records.append(
            {"community": i, "size": len(part), "members": members, "brokers": _brokers(H, part, number, betweenness)}
        )
    return records
