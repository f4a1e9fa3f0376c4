"""Network pages of change: a diff of two graphs, and a timeline of snapshots with a slider.

Both are the network page of `actorgraph.viz.page` (same template, script, side panel, filters, escaping
and Content-Security-Policy) drawn on a merge of several graphs, with one more layer of data:
``diff`` (each actor and relation's state, what changed, and the legend of states) or
``timeline`` (the snapshots, and in which of them each actor and relation is).
"""

import networkx as nx

from actorgraph.atomic import write_text
from actorgraph.centrality import node_scores
from actorgraph.diffreport import describe_actor_change, describe_relation_change, describe_side

from .page import _cut, _relation, page_data, render_data

__all__ = [
    "DIFF_COLORS",
    "diff_page_data",
    "render_diff_page",
    "write_diff_page",
    "timeline_page_data",
    "render_timeline_page",
    "write_timeline_page",
]

#: Colour of each state on the diff page; removed elements are also faded.
DIFF_COLORS = {"added": "#2ca02c", "removed": "rgba(214, 39, 40, 0.35)", "changed": "#f0a202", "unchanged": "#b4b4b4"}

#: What the panel says of an element in each state.
STATE_PHRASES = {
    "added": "Added: only in the new graph",
    "removed": "Removed: only in the old graph",
    "changed": "Changed",
    "unchanged": "Unchanged",
}

FADED_TEXT = "rgba(34, 34, 34, 0.45)"
NEUTRAL = "#777777"  # the type and relation legends: on the diff page, colour tells the state


def _merge(graphs):
    """Return a MultiDiGraph of all the actors and relations of `graphs`, later graphs' attributes winning.

    The metadata is the last graph's, with the articles of all of them.
    """
    U = nx.MultiDiGraph()
    articles = {}
    for G in graphs:
        articles.update((a["id"], a) for a in G.graph.get("articles") or [])
        for n, d in G.nodes(data=True):
            U.add_node(n)
            U.nodes[n].clear()
            U.nodes[n].update(d)
        for u, v, k, d in G.edges(keys=True, data=True):
            U.add_edge(u, v, key=k)
            U.edges[u, v, k].clear()
            U.edges[u, v, k].update(d)
    U.graph.update(graphs[-1].graph, articles=list(articles.values()))
    return U


def _edge_keys(data, U):
    """Return the ``(u, v, key)`` of each relation record of `page_data`.

    It lists, in order, every edge between the actors it kept.
    """
    kept = {a["id"] for a in data["actors"]}
    keys = [k for k in U.edges(keys=True) if k[0] in kept and k[1] in kept]
    if len(keys) != len(data["relations"]):
        raise RuntimeError(f"page data lists {len(data['relations'])} relations for {len(keys)} edges")
    return keys


def _state(key, section):
    for state in ("added", "removed", "changed"):
        if key in section[state]:
            return state
    return "unchanged"


def _mark_actors(data, diff):
    """Give each actor record of the diff page its state and the phrases of its change."""
    actors = {state: {a["id"]: a for a in diff["actors"][state]} for state in ("added", "removed", "changed")}
    recounted = {a["id"]: a for a in diff["actors"]["recounted"]}
    for a in data["actors"]:
        a["state"] = _state(a["id"], actors)
        record = actors["changed"].get(a["id"]) or recounted.get(a["id"])
        a["changes"] = describe_actor_change(record, diff["labels"]) if record else []
        if a["id"] in recounted:
            a["changes"] = ["only counts changed: " + ", ".join(a["changes"])]


def _mark_relations(data, diff, U, old):
    """Give each relation record of the diff page its state, its change phrases and its new and lost evidence."""
    relations = {
        state: {(r["source"], r["target"], r.get("key", r["relation"])): r for r in diff["relations"][state]}
        for state in ("added", "removed", "changed")
    }
    for r, key in zip(data["relations"], _edge_keys(data, U)):
        r["state"] = _state(key, relations)
        change = relations["changed"].get(key)
        r["changes"] = describe_relation_change(change, counted=diff.get("counted")) if change else []
        if r["state"] == "added":
            for e in r["evidence"]:
                e["new"] = True
        if change:
            new_keys = {(e["article"], e["start"]) for e in change["evidence"]["added"]}
            for e, source in zip(r["evidence"], U.edges[key]["evidence"]):
                e["new"] = (source["article"], source["start"]) in new_keys
            r["removed_evidence"] = _relation(old, 0, *key[:2], {"evidence": change["evidence"]["removed"]})["evidence"]


def diff_page_data(old, new, diff, *, size_by="pagerank", title=None, max_nodes=None):
    """Return the `actorgraph.viz.page.page_data` of the diff page: both graphs merged, each element in its state.

    The diff page exists to show where in the network a change happened: added actors and
    relations are green, removed ones faded red, changed ones amber, the rest grey; the legend
    counts each state and filters by it, and the side panel says what changed and marks the
    new evidence sentences (and lists the lost ones).

    Parameters
    ----------
    old, new : MultiDiGraph
        The two graphs; not modified.
    diff : dict
        ``actorgraph.diff.diff_graphs(old, new)``.
    size_by : str, optional
        Centrality measure sizing each actor, scored in its own graph (the new one, or the old
        one for removed actors).
    title : str, optional
        Page title; by default the two snapshot labels (or names).
    max_nodes : int, optional
        Draw at most this many actors: first those a change touches (an actor added,
        removed or changed, or at the end of such a relation), then the most central.

    Returns
    -------
    dict
        `page_data`'s result with ``meta["mode"] = "diff"``, a ``state`` (``added``,
        ``removed``, ``changed`` or ``unchanged``) and ``changes`` (phrases) on each actor and
        relation record, ``new`` on new evidence, ``removed_evidence`` on changed relations, and
        ``diff``: ``states`` (name, colour, counts), ``phrases`` and the legend ``note``. Actors
        whose only change is their mention counts (*recounted*) are unchanged.

    Examples
    --------
    >>> from actorgraph.diff import diff_graphs
    >>> from actorgraph.fileformat import new_graph
    >>> old, new = new_graph(snapshot="w42"), new_graph(snapshot="w43")
    >>> old.add_node("russia", label="Russia", type="state")
    >>> new.add_node("poland", label="Poland", type="state")
    >>> data = diff_page_data(old, new, diff_graphs(old, new))
    >>> sorted((a["id"], a["state"]) for a in data["actors"]), data["meta"]["title"]
    ([('poland', 'added'), ('russia', 'removed')], 'actorgraph diff: w42 → w43')
    """
    U = _merge([old, new])
    scores = {**node_scores(old, measure=size_by), **node_scores(new, measure=size_by)}
    names = [side["snapshot"] or side["name"] or label for side, label in ((diff["old"], "old"), (diff["new"], "new"))]
    touched = {a["id"] for state in ("added", "removed", "changed") for a in diff["actors"][state]} | {
        end
        for state in ("added", "removed", "changed")
        for r in diff["relations"][state]
        for end in (r["source"], r["target"])
    }
    data = page_data(
        U,
        size_by=size_by,
        title=title or f"actorgraph diff: {names[0]} → {names[1]}",
        scores=scores,
        max_nodes=max_nodes,
        first=touched,
    )

    _mark_actors(data, diff)
    _mark_relations(data, diff, U, old)

    _colour(data)
    counts = {
        state: (sum(a["state"] == state for a in data["actors"]), sum(r["state"] == state for r in data["relations"]))
        for state in DIFF_COLORS
    }
    data["meta"].update(
        mode="diff",
        snapshot=None,
        notes=[
            "old: " + describe_side(diff["old"]),
            "new: " + describe_side(diff["new"]),
            " · ".join(
                f"{state}: {counts[state][0]:,} actors, {counts[state][1]:,} relations" for state in DIFF_COLORS
            ),
        ],
    )
    data["diff"] = {
        "states": [
            {"name": state, "color": color, "actors": counts[state][0], "relations": counts[state][1]}
            for state, color in DIFF_COLORS.items()
        ],
        "phrases": STATE_PHRASES,
        "note": "Removed actors and relations are faded. Grey actors are unchanged or only mentioned more or less.",
    }
    return data


def _colour(data):
    """Colour the vis-network nodes and edges of `data` by state; neutral legends for type and relation."""
    for node, a in zip(data["nodes"], data["actors"]):
        node["color"] = DIFF_COLORS[a["state"]]
        if a["state"] == "removed":
            node["font"] = {"color": FADED_TEXT}
    for edge, r in zip(data["edges"], data["relations"]):
        edge["color"] = DIFF_COLORS[r["state"]]
        if r["state"] == "removed":
            edge["font"] = {"color": FADED_TEXT}
    for legend in data["types"] + data["relation_types"]:
        legend["color"] = NEUTRAL


def render_diff_page(old, new, diff, **kwargs):
    """Return the diff page as one self-contained HTML document (arguments of `diff_page_data`)."""
    return render_data(diff_page_data(old, new, diff, **kwargs))


def write_diff_page(old, new, diff, path, **kwargs):
    """Write the diff page to `path` atomically; returns `path`."""
    return write_text(path, render_diff_page(old, new, diff, **kwargs))


def timeline_page_data(snapshots, *, size_by="pagerank", title=None, max_nodes=None):
    """Return the `actorgraph.viz.page.page_data` of the timeline page: all snapshots merged, a slider over them.

    The timeline page exists to watch a network grow: one layout of every actor and relation
    that appears in any snapshot, and a slider that shows the ones of the chosen snapshot.

    Parameters
    ----------
    snapshots : sequence of (str, MultiDiGraph)
        Labelled graphs in time order, usually cumulative; not modified.
    size_by : str, optional
        Centrality measure sizing each actor, scored in the last snapshot it is in.
    title : str, optional
        Page title; by default the first and last snapshot labels.
    max_nodes : int, optional
        Draw at most this many actors, the most central.

    Returns
    -------
    dict
        `page_data`'s result with ``meta["mode"] = "timeline"``, ``snapshots`` (indices into
        the timeline) on each actor and relation record, and ``timeline``: ``snapshots``, one
        ``{"label", "actors", "relations", "articles", "article_ids"}`` per snapshot (the cited
        articles it holds: the page counts a relation's evidence from those only). Each actor
        and relation shows as it is in the last snapshot it is in; ``snapshot_mentions`` gives an
        actor's mentions in each snapshot (None where it is absent).

    Raises
    ------
    ValueError
        If there are no snapshots.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> w42 = new_graph(snapshot="w42")
    >>> w42.add_node("russia", label="Russia", type="state")
    >>> w43 = w42.copy()
    >>> w43.add_node("poland", label="Poland", type="state")
    >>> data = timeline_page_data([("w42", w42), ("w43", w43)])
    >>> [(a["id"], a["snapshots"]) for a in data["actors"]]
    [('russia', [0, 1]), ('poland', [1])]
    """
    if not snapshots:
        raise ValueError("a timeline needs at least one snapshot")
    labels = [label for label, _ in snapshots]
    U = _merge([G for _, G in snapshots])
    nodes, edges, scores = {}, {}, {}
    for i, (_, G) in enumerate(snapshots):
        scores.update(node_scores(G, measure=size_by))
        for n in G:
            nodes.setdefault(n, []).append(i)
        for key in G.edges(keys=True):
            edges.setdefault(key, []).append(i)
    span = labels[0] if len(labels) == 1 else f"{labels[0]} to {labels[-1]}"
    data = page_data(
        U, size_by=size_by, title=title or f"actorgraph timeline: {span}", scores=scores, max_nodes=max_nodes
    )
    for a in data["actors"]:
        a["snapshots"] = nodes[a["id"]]
        a["snapshot_mentions"] = [G.nodes[a["id"]].get("mentions") if a["id"] in G else None for _, G in snapshots]
    for r, key in zip(data["relations"], _edge_keys(data, U)):
        r["snapshots"] = edges[key]
    data["meta"].update(
        mode="timeline",
        snapshot=None,
        notes=[f"{len(labels)} snapshots, {span}: move the slider to see the network at each."],
    )
    cited = {e.get("article") for r in data["relations"] for e in r["evidence"]}
    data["timeline"] = {
        "snapshots": [
            {
                "label": label,
                "actors": len(G),
                "relations": G.number_of_edges(),
                "articles": len(G.graph.get("articles") or []),
                "article_ids": [i for i in (_cut(a.get("id")) for a in G.graph.get("articles") or []) if i in cited],
            }
            for label, G in snapshots
        ]
    }
    return data


def render_timeline_page(snapshots, **kwargs):
    """Return the timeline page as one self-contained HTML document (arguments of `timeline_page_data`)."""
    return render_data(timeline_page_data(snapshots, **kwargs))


def write_timeline_page(snapshots, path, **kwargs):
    """Write the timeline page to `path` atomically; returns `path`."""
    return write_text(path, render_timeline_page(snapshots, **kwargs))
