"""How a network grew: one summary row per cumulative snapshot, each compared with the one before."""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from .centrality import node_scores, ranks
from .diff import diff_graphs
from .fileformat import new_graph

__all__ = ["timeline", "TIMELINE_COLUMNS", "TIMELINE_TABLE", "TOP"]

#: How many of each snapshot's most central actors a row names.
TOP = 5

#: Columns of ``actorgraph timeline --format csv`` (JSON rows also list what was added).
TIMELINE_COLUMNS = (
    "snapshot",
    "date_from",
    "date_to",
    "articles",
    "articles_total",
    "actors",
    "new_actors",
    "removed_actors",
    "relations",
    "new_relations",
    "removed_relations",
    "top",
)

#: Columns of the table and their headers.
TIMELINE_TABLE = {
    "snapshot": "snapshot",
    "articles": "articles",
    "actors": "actors",
    "new_actors": "+actors",
    "removed_actors": "-actors",
    "relations": "relations",
    "new_relations": "+relations",
    "removed_relations": "-relations",
    "top": "most central",
}


def timeline(
    snapshots: Iterable[tuple[str, nx.MultiDiGraph]], *, measure: str = "pagerank", top: int = TOP
) -> list[dict]:
    """Return one summary row per snapshot: what it added to the one before and who is central.

    It exists to tell how a network grew week by week: which actors and relations each period
    brought, and who was central at each point.

    Parameters
    ----------
    snapshots : sequence of (str, MultiDiGraph)
        Labelled graphs in time order, usually cumulative (`actorgraph.snapshots.build_snapshots`
        with ``cumulative=True``). The first is compared with an empty graph.
    measure : str, optional
        Centrality measure of the ``top`` column, one of `actorgraph.centrality.MEASURES`.
    top : int, optional
        How many central actors each row names.

    Returns
    -------
    list of dict
        ``snapshot`` (label), ``date_from``/``date_to`` (dates of the articles the snapshot added),
        ``articles`` (articles added), ``articles_total``, ``actors``, ``new_actors``,
        ``removed_actors``, ``relations``, ``new_relations``, ``removed_relations`` (counts),
        ``top`` (labels of the most central actors, best first), ``top_ids``, and
        ``added_actors`` (``{"id", "label"}``) and ``added_relations``
        (``{"source", "target", "relation"}``). An actor can disappear from a cumulative
        snapshot when more articles resolve its name to another actor.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> A = new_graph(snapshot="w42")
    >>> A.add_node("ru", label="Russia")
    >>> B = A.copy()
    >>> B.add_node("kp", label="North Korea")
    >>> _ = B.add_edge("kp", "ru", key="deploys", relation="deploys", weight=1, evidence=[])
    >>> for row in timeline([("w42", A), ("w43", B)]):
    ...     print(row["snapshot"], row["actors"], row["new_actors"], row["new_relations"], row["top"])
    w42 1 1 0 ['Russia']
    w43 2 1 1 ['Russia', 'North Korea']
    """
    rows, previous = [], new_graph()
    for label, G in snapshots:
        d = diff_graphs(previous, G, measure=None)
        added = d["articles"]["added"]
        dates = sorted(a["date"] for a in added if a.get("date"))
        ranking = list(ranks(node_scores(G, measure=measure)))[:top]
        rows.append(
            {
                "snapshot": label,
                "date_from": dates[0] if dates else None,
                "date_to": dates[-1] if dates else None,
                "articles": len(added),
                "articles_total": d["new"]["articles"],
                "actors": len(G),
                "new_actors": len(d["actors"]["added"]),
                "removed_actors": len(d["actors"]["removed"]),
                "relations": G.number_of_edges(),
                "new_relations": len(d["relations"]["added"]),
                "removed_relations": len(d["relations"]["removed"]),
                "top": [G.nodes[n].get("label", n) for n in ranking],
                "top_ids": ranking,
                "added_actors": [{"id": a["id"], "label": a.get("label", a["id"])} for a in d["actors"]["added"]],
                "added_relations": [
                    {"source": r["source"], "target": r["target"], "relation": r["key"]}
                    for r in d["relations"]["added"]
                ],
            }
        )
        previous = G
    return rows
