"""What an edge's evidence counts for: its weight, its independent sources and its records per modality.

An edge keeps every piece of evidence that names it, whatever its modality, but only
evidence that says the event happened counts towards the numbers analyses use. Which
modalities count is a *selection*; by default (`FACTUAL`) the registry's modalities that
are not weak (``data/modalities.jsonl``: asserted and reported). Copies of one story
(near-duplicate articles, see `actorgraph.stories`) count once.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Iterable, Mapping, Sequence

import networkx as nx

from .errors import UnknownNameError
from .vocab import modalities, weak_modalities

__all__ = ["story_map", "factual", "selection", "count_evidence", "recount", "EDGE_COUNT_FIELDS"]

#: The edge attributes `count_evidence` gives, which `recount` replaces.
EDGE_COUNT_FIELDS = ("weight", "sources", "counts")


@functools.cache
def factual() -> tuple[str, ...]:
    """Return the modalities counted by default: those that say the event happened (not weak), firmest first.

    Examples
    --------
    >>> factual()
    ('asserted', 'reported')
    """
    weak = weak_modalities()
    return tuple(m for m in modalities() if m not in weak)


def selection(names: Iterable[str] | None = None) -> tuple[str, ...]:
    """Return the modalities `names` in registry order, checked; `factual()` when `names` is empty or None.

    Raises
    ------
    UnknownNameError
        For a name that is not a modality of the registry.

    Examples
    --------
    >>> selection(["alleged", "asserted"])
    ('asserted', 'alleged')
    >>> selection() == factual()
    True
    """
    names = list(names or ())
    if not names:
        return factual()
    known = modalities()
    for name in names:
        if name not in known:
            raise UnknownNameError("modality", name, known)
    wanted = set(names)
    return tuple(m for m in known if m in wanted)


def count_evidence(
    evidence: Iterable[dict], *, counted: Sequence[str] | None = None, stories: Mapping[str, str] | None = None
) -> dict:
    """Return ``{"weight", "sources", "counts"}`` of an edge's evidence records.

    Parameters
    ----------
    evidence : iterable of dict
        Evidence records (``article`` and ``modality`` are read).
    counted : sequence of str, optional
        Modalities that count (default `factual()`).
    stories : mapping, optional
        ``{article id: story id}``: articles of one story are near-duplicates of each other.
        An article missing from it is its own story.

    Returns
    -------
    dict
        ``counts``: ``{modality: n}`` for every modality of the registry, where `n` counts the
        records of that modality, each story once (the article of the story with the most
        such records); ``weight``: the sum of ``counts`` over the `counted` modalities;
        ``sources``: the number of stories with a counted record.

    Examples
    --------
    >>> ev = [{"article": "a", "modality": "asserted"}, {"article": "a", "modality": "negated"},
    ...       {"article": "b", "modality": "asserted"}, {"article": "c", "modality": "hypothetical"}]
    >>> c = count_evidence(ev)
    >>> c["weight"], c["sources"], c["counts"]["negated"], c["counts"]["hypothetical"]
    (2, 2, 1, 1)
    >>> count_evidence(ev, stories={"b": "a"})["sources"]  # b is a copy of a
    1
    >>> count_evidence(ev, counted=("asserted", "hypothetical"))["weight"]
    3
    """
    counted = factual() if counted is None else counted
    stories = stories or {}
    per_article = collections.Counter((e["article"], e["modality"]) for e in evidence)
    best = collections.defaultdict(int)  # (story, modality) -> records of the story's fullest copy
    for (article, modality), n in per_article.items():
        key = (stories.get(article, article), modality)
        best[key] = max(best[key], n)
    counts = dict.fromkeys(modalities(), 0)
    for (_story, modality), n in best.items():
        counts[modality] += n
    return {
        "weight": sum(counts[m] for m in counted),
        "sources": len({story for story, modality in best if modality in counted}),
        "counts": counts,
    }


def story_map(G: nx.MultiDiGraph) -> dict[str, str]:
    """Return ``{article id: story id}`` of the graph's article records (an article without one is its own)."""
    return {a["id"]: a.get("story", a["id"]) for a in G.graph.get("articles") or []}


def recount(G: nx.MultiDiGraph, modalities: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """Return `G`, or a copy of it counting the modalities `modalities`, with ``graph["counted"]`` set.

    It exists so that every analysis (centrality, pages, diffs, exports) can count another
    selection of evidence than the one the file was written with, without touching the file.
    The copy shares node and evidence records with `G`; only edge attribute dicts are new.

    Parameters
    ----------
    G : MultiDiGraph
        An actorgraph graph.
    modalities : sequence of str, optional
        Names of the modalities to count (default `factual()`), checked by `selection`.

    Returns
    -------
    MultiDiGraph
        `G` itself when it already counts that selection.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> G = new_graph()
    >>> ev = [{"article": "a", "modality": "asserted"}, {"article": "a", "modality": "hypothetical"}]
    >>> G.add_edge("x", "y", key="supplies", evidence=ev, **count_evidence(ev))
    'supplies'
    >>> recount(G) is G, recount(G, ["hypothetical"]).edges["x", "y", "supplies"]["weight"]
    (True, 1)
    """
    chosen = selection(modalities)
    if tuple(G.graph.get("counted") or ()) == chosen:
        return G
    stories = story_map(G)
    H = G.__class__()
    H.graph.update(G.graph, counted=list(chosen))
    H.add_nodes_from(G.nodes(data=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **(d | count_evidence(d.get("evidence") or (), counted=chosen, stories=stories)))
    return H
