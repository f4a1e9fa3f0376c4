"""Where two coders agree: the relations two graphs both hold, and those only one of them holds, per relation."""

from .vocab import relation_types, symmetric

__all__ = ["agreement", "reverse_agreement", "format_agreement"]


def _keys(G):
    """Return the edge keys of `G`, a symmetric relation's two actors in sorted order (A meets B is B meets A).

    A relation of weight 0 (no evidence of the counted modalities: only denied, negated,
    hypothetical or alleged) is left out: the graph does not say it happened.
    """
    keys = set()
    for u, v, k, weight in G.edges(keys=True, data="weight", default=1):
        if weight == 0:
            continue
        keys.add((*sorted((u, v)), k) if symmetric(k) else (u, v, k))
    return keys


def agreement(old, new) -> dict:
    """Return how far two graphs agree on their relations: counts in both, only in `old`, only in `new`.

    A relation is its (source, target, relation), the two actors in either order for a symmetric
    relation (``meets``, ``agrees``, ``cooperates``); one of weight 0 is in neither graph (its
    evidence says no more than that the event was denied, negated, hypothetical or alleged:
    see `actorgraph.counts`). It exists to compare two coders of the same
    days (GDELT's events and actorgraph's articles), which share actor ids and relation names.

    Returns
    -------
    dict
        ``{"both", "only_old", "only_new", "relations": [{"relation", "both", "only_old",
        "only_new"}]}``, relations in the registry's order, then by name.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> A, B = new_graph(), new_graph()
    >>> for G in (A, B):
    ...     _ = G.add_edge("north-korea", "russia", key="deploys")
    >>> _ = A.add_edge("poland", "south-korea", key="meets")
    >>> _ = B.add_edge("south-korea", "poland", key="meets")
    >>> _ = B.add_edge("russia", "ukraine", key="attacks")
    >>> _ = B.add_edge("russia", "poland", key="attacks", weight=0)  # only negated evidence
    >>> a = agreement(A, B)
    >>> a["both"], a["only_old"], a["only_new"], [r["relation"] for r in a["relations"]]
    (2, 0, 1, ['deploys', 'meets', 'attacks'])
    """
    a, b = _keys(old), _keys(new)
    order = {name: i for i, name in enumerate(relation_types())}
    names = sorted({k for *_, k in a | b}, key=lambda n: (order.get(n, len(order)), n))
    rows = []
    for name in names:
        x, y = {e for e in a if e[2] == name}, {e for e in b if e[2] == name}
        rows.append({"relation": name, "both": len(x & y), "only_old": len(x - y), "only_new": len(y - x)})
    return {"both": len(a & b), "only_old": len(a - b), "only_new": len(b - a), "relations": rows}


def reverse_agreement(section: dict) -> dict:
    """Return the agreement seen from the other side: ``only_old`` and ``only_new`` swapped."""

    def swap(r):
        return dict(r, only_old=r["only_new"], only_new=r["only_old"])

    return dict(swap(section), relations=[swap(r) for r in section["relations"]])


def format_agreement(section: dict) -> list[str]:
    """Return the report lines of an agreement section: a summary line, then a small table per relation.

    Examples
    --------
    >>> section = {"both": 1, "only_old": 0, "only_new": 2, "relations": [
    ...     {"relation": "deploys", "both": 1, "only_old": 0, "only_new": 1},
    ...     {"relation": "attacks", "both": 0, "only_old": 0, "only_new": 1}]}
    >>> print("\\n".join(format_agreement(section)))
    Agreement: 1 relation in both graphs, 0 only in old, 2 only in new (33 % shared)
      relation  both  only old  only new
      deploys      1         0         1
      attacks      0         0         1
    """
    total = section["both"] + section["only_old"] + section["only_new"]
    share = f" ({100 * section['both'] / total:.0f} % shared)" if total else ""
    lines = [
        f"Agreement: {section['both']:,} relation{'s' * (section['both'] != 1)} in both graphs, "
        f"{section['only_old']:,} only in old, {section['only_new']:,} only in new{share}"
    ]
    width = max([len("relation")] + [len(r["relation"]) for r in section["relations"]])
    lines.append(f"  {'relation':<{width}}  both  only old  only new")
    lines += [
        f"  {r['relation']:<{width}}  {r['both']:>4}  {r['only_old']:>8}  {r['only_new']:>8}"
        for r in section["relations"]
    ]
    return lines
