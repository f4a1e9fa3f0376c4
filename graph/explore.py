"""Summaries and row listings of a graph, for the terminal (``actors``, ``relations``, ``build``)."""

from __future__ import annotations

import collections
from collections.abc import Collection, Iterable

import networkx as nx

__all__ = [
    "summary",
    "actor_rows",
    "relation_rows",
    "relation_line",
    "find_actor",
    "evidence_line",
    "evidence_text",
]


def summary(G: nx.MultiDiGraph) -> str:
    """Return a few lines describing a graph: articles, dates, actors by type, relations by type.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> print(summary(new_graph()))
    0 articles
    0 actors
    0 relations
    """
    articles = G.graph.get("articles", [])
    dates = sorted(a["date"] for a in articles if a.get("date"))
    span = f" ({dates[0]} to {dates[-1]})" if dates else ""
    types = collections.Counter(t for _, t in G.nodes(data="type"))
    relations = collections.Counter(k for _, _, k in G.edges(keys=True))
    lines = [
        f"{len(articles)} articles{span}",
        f"{len(G)} actors" + (": " + ", ".join(f"{n} {t}" for t, n in types.most_common()) if types else ""),
        f"{G.number_of_edges()} relations"
        + (": " + ", ".join(f"{n} {r}" for r, n in relations.most_common()) if relations else ""),
    ]
    return "\n".join(lines)


def actor_rows(G: nx.MultiDiGraph, *, types: Collection[str] | None = None) -> list[dict]:
    """Return one dict per actor (id, label, type, CAMEO code, sector, mentions, articles, weight, affiliation,
    aliases), most mentioned first.

    These are the rows ``actorgraph actors`` prints; `types`, when given, keeps only actors of those types.
    ``weight`` sums the weights of the actor's relations, in and out: its counted evidence. Graph files
    written before CAMEO codes have empty ones.
    """
    weight = collections.Counter()
    for u, v, w in G.edges(data="weight", default=0):
        weight[u] += w
        weight[v] += w if v != u else 0
    rows = [
        {
            "id": n,
            "label": d["label"],
            "type": d["type"],
            "cameo": d.get("cameo") or "",
            "sector": d.get("sector") or "",
            "mentions": d["mentions"],
            "articles": len(d["articles"]),
            "weight": weight[n],
            "affiliation": d["affiliation"] or "",
            "aliases": "; ".join(a for a in d["aliases"] if a != d["label"]),
        }
        for n, d in G.nodes(data=True)
        if not types or d["type"] in types
    ]
    return sorted(rows, key=lambda r: (-r["mentions"], r["id"]))


def find_actor(G: nx.MultiDiGraph, name: str) -> str | None:
    """Return the id of the actor called `name` (id, label or alias, any case), or None.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("north-korea", label="North Korea", aliases=["Pyongyang"])
    >>> find_actor(G, "pyongyang")
    'north-korea'
    """
    wanted = name.casefold().strip()
    for n, d in G.nodes(data=True):
        if (
            wanted == n
            or wanted == d.get("label", "").casefold()
            or wanted in (a.casefold() for a in d.get("aliases", []))
        ):
            return n
    return None


def relation_rows(G: nx.MultiDiGraph, *, actor: str | None = None, relation: str | None = None) -> list[dict]:
    """Return one dict per edge touching `actor` (an id) with `relation`, heaviest first.

    Each row has source, relation, target (labels), weight, sources, the evidence records per
    modality (one column each, as the edge's ``counts``), modality (the firmest of its evidence,
    `actorgraph.diff.modality`), cameo, plover, said_by (labels of the actors quoted),
    first_seen, last_seen, contested, source_id, target_id and the edge's evidence list: what
    ``actorgraph relations`` prints.
    """
    from .diff import modality
    from .vocab import modalities

    rows = []
    for u, v, k, d in G.edges(keys=True, data=True):
        if (actor and actor not in (u, v)) or (relation and k != relation):
            continue
        speakers = dict.fromkeys(ev["said_by"] for ev in d["evidence"] if ev.get("said_by"))
        counts = d.get("counts") or {}
        rows.append(
            {
                "source": G.nodes[u]["label"],
                "relation": k,
                "target": G.nodes[v]["label"],
                "weight": d["weight"],
                "sources": d["sources"],
                **{m: counts.get(m, 0) for m in modalities()},
                "modality": modality(d["evidence"]),
                "cameo": d.get("cameo"),
                "plover": d.get("plover"),
                "said_by": "; ".join(G.nodes[s]["label"] if s in G else s for s in speakers),
                "first_seen": d["first_seen"] or "",
                "last_seen": d["last_seen"] or "",
                "contested": d["contested"],
                "source_id": u,
                "target_id": v,
                "evidence": d["evidence"],
            }
        )
    return sorted(rows, key=lambda r: (-r["weight"], r["source"], r["relation"], r["target"]))


def relation_line(row: dict, counted: Iterable[str]) -> str:
    """Return the headline of a relation row: its actors, weight (of the `counted` modalities), the rest apart.

    Examples
    --------
    >>> row = {"source": "South Korea", "relation": "supplies", "target": "Ukraine", "weight": 4, "sources": 4,
    ...        "asserted": 4, "reported": 0, "hypothetical": 1, "negated": 4, "first_seen": "2024-10-18",
    ...        "last_seen": "2024-10-30", "contested": False}
    >>> relation_line(row, ("asserted", "reported"))
    'South Korea -supplies-> Ukraine  weight 4, 4 stories, 2024-10-18..2024-10-30; not counted: 1 hypothetical, 4 negated'
    """
    from .vocab import modalities

    apart = ", ".join(f"{row[m]} {m}" for m in modalities() if m not in counted and row.get(m))
    return (
        f"{row['source']} -{row['relation']}-> {row['target']}  weight {row['weight']}, "
        f"{row['sources']} stor{'y' if row['sources'] == 1 else 'ies'}, {row['first_seen']}..{row['last_seen']}"
        + (" (contested)" if row["contested"] else "")
        + (f"; not counted: {apart}" if apart else "")
    )


def evidence_line(G: nx.MultiDiGraph, ev: dict) -> str:
    """Return one evidence record as a line: date, modality, who said it, the sentence.

    The speaker is named by its label in `G`; ``actorgraph relations`` prints these lines under each edge.
    """
    return evidence_text(ev, said_by=G.nodes[ev["said_by"]]["label"] if ev.get("said_by") in G else None)


def evidence_text(ev: dict, *, said_by: str | None = None) -> str:
    """Return one evidence record as a line, given the label of the actor who said it (or None).

    The tags say how the event is told and, when the record has them, its CAMEO code, PLOVER
    category and the id of the CAMEO pattern that matched, so a reader sees why the edge exists.

    Examples
    --------
    >>> ev = {"date": "2024-10-24", "modality": "reported", "quantity": "3,000 troops", "location": None,
    ...       "sentence": "Pyongyang sent 3,000 troops."}
    >>> evidence_text(ev, said_by="NIS")
    '2024-10-24 [reported, said by NIS, 3,000 troops] Pyongyang sent 3,000 troops.'
    >>> evidence_text({**ev, "cameo": "154", "plover": "MOBILIZE", "pattern": "SEND/1a2b3c"})
    '2024-10-24 [reported, 3,000 troops, CAMEO 154 MOBILIZE, pattern SEND/1a2b3c] Pyongyang sent 3,000 troops.'
    """
    tags = ", ".join(
        x
        for x in (
            ev["modality"],
            f"said by {said_by}" if said_by else None,
            ev.get("quantity"),
            ev.get("location") and f"in {ev['location']}",
            ev.get("cameo") and " ".join(x for x in ("CAMEO", ev["cameo"], ev.get("plover")) if x),
            ev.get("pattern") and f"pattern {ev['pattern']}",
        )
        if x
    )
    return f"{ev['date'] or 'undated'} [{tags}] {ev['sentence']}"
