"""The terminal report of a diff: sections with counts, ``+``/``-``/``~`` lines and the new evidence."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .agreement import format_agreement
from .counts import factual
from .diff import ACTOR_FIELDS
from .explore import evidence_text

__all__ = ["format_diff", "describe_side", "describe_actor_change", "describe_relation_change"]


def _n(count: int, noun: str) -> str:
    """Return ``"1 actor"``, ``"2 actors"``."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def describe_side(side: dict) -> str:
    """Return one line about the ``old`` or ``new`` section of a diff: name, snapshot, articles, size.

    Examples
    --------
    >>> describe_side({"name": "w43.json", "snapshot": "2024-W43", "articles": 3, "date_from": "2024-10-21",
    ...                "date_to": "2024-10-24", "actors": 20, "relations": 18})
    'w43.json · snapshot 2024-W43 · 3 articles, 2024-10-21 to 2024-10-24 · 20 actors, 18 relations'
    """
    parts = [side["name"] or "graph"]
    if side["snapshot"]:
        parts.append(f"snapshot {side['snapshot']}")
    span = ""
    if side["date_from"]:
        span = f", {side['date_from']}" + (f" to {side['date_to']}" if side["date_to"] != side["date_from"] else "")
    parts.append(_n(side["articles"], "article") + span)
    parts.append(f"{_n(side['actors'], 'actor')}, {_n(side['relations'], 'relation')}")
    return " · ".join(parts)


#: Article titles longer than this are cut in the report (a title can be a whole first paragraph).
TITLE_WIDTH = 90


def _title(article: dict) -> str:
    title = article.get("title") or article["id"]
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1].rstrip() + "…"


def _counts(name: str, section: dict, kinds: Iterable[str]) -> str:
    return f"{name}: " + ", ".join(f"{len(section[k]):,} {k}" for k in kinds)


def _listing(values: Iterable[object]) -> str:
    return ", ".join(map(str, values)) or "none"


def describe_actor_change(record: dict, labels: dict[str, str]) -> list[str]:
    """Return the changes of a changed actor as short phrases: ``label A → B``, ``aliases + X``.

    `labels` maps actor ids to labels (the diff's ``labels``). Only `actorgraph.diff.ACTOR_FIELDS`
    are described, then mentions and articles.

    Examples
    --------
    >>> record = {"id": "kim", "label": "Kim Jong Un", "changes": {
    ...     "label": {"old": "Kim Jong-Un", "new": "Kim Jong Un"},
    ...     "aliases": {"old": ["Kim"], "new": ["Kim", "Kim Jong Un"]},
    ...     "affiliation": {"old": None, "new": "north-korea"}, "mentions": {"old": 2, "new": 9}}}
    >>> describe_actor_change(record, {"north-korea": "North Korea"})
    ['label Kim Jong-Un → Kim Jong Un', 'aliases + Kim Jong Un', 'affiliation none → North Korea', 'mentions 2 → 9']
    """
    phrases = []
    changes = record["changes"]
    for field in ACTOR_FIELDS + ("mentions", "articles"):
        if field not in changes:
            continue
        old, new = changes[field]["old"], changes[field]["new"]
        if field == "articles":
            phrases.append(f"articles {len(old or [])} → {len(new or [])}")
        elif field == "aliases":
            gained = [a for a in new or [] if a not in (old or [])]
            lost = [a for a in old or [] if a not in (new or [])]
            phrases.append(
                "aliases "
                + " ".join(
                    part for part in (gained and "+ " + ", ".join(gained), lost and "− " + ", ".join(lost)) if part
                )
            )
        elif field == "affiliation":
            phrases.append(
                f"affiliation {labels.get(old, old) if old else 'none'} → {labels.get(new, new) if new else 'none'}"
            )
        else:
            phrases.append(f"{field} {old} → {new}")
    return phrases


#: Edge attributes the report leaves out: they follow from the evidence it lists.
_DERIVED = ("weight", "sources", "counts", "first_seen", "last_seen", "contested")


def describe_relation_change(record: dict, *, counted: Iterable[str] | None = None) -> list[str]:
    """Return the changes of a changed relation as short phrases: weight, uncounted evidence, modality, codes.

    The records of the modalities the weight does not count (`counted`, by default
    `actorgraph.counts.factual`) are named when their number changed ("negated 0 → 4").

    Examples
    --------
    >>> record = {"changes": {"weight": {"old": 3, "new": 10}, "contested": {"old": False, "new": True},
    ...                       "sources": {"old": 2, "new": 5}},
    ...           "evidence": {"added": [{}] * 7, "removed": []},
    ...           "modality": {"old": "reported", "new": "asserted", "direction": "firmer"}}
    >>> describe_relation_change(record)
    ['weight 3 → 10', 'modality reported → asserted (firmer)', 'now contested']
    >>> describe_relation_change({"changes": {}, "evidence": {"added": [{}], "removed": [{}]}, "modality": None})
    ['evidence changed: 1 sentence new, 1 gone, weight the same']
    >>> counts = {"old": {"asserted": 1, "negated": 0}, "new": {"asserted": 1, "negated": 4}}
    >>> describe_relation_change({"changes": {"counts": counts}, "evidence": {"added": [{}] * 4, "removed": []},
    ...                           "modality": None})
    ['negated 0 → 4']
    """
    changes, phrases = record["changes"], []
    counted = factual() if counted is None else counted
    uncounted = [
        f"{m} {n} → {changes['counts']['new'].get(m, 0)}"
        for m, n in changes.get("counts", {}).get("old", {}).items()
        if m not in counted and n != changes["counts"]["new"].get(m, 0)
    ]
    if "weight" in changes:
        phrases.append(f"weight {changes['weight']['old']} → {changes['weight']['new']}")
    elif (record["evidence"]["added"] or record["evidence"]["removed"]) and not uncounted:
        added, removed = len(record["evidence"]["added"]), len(record["evidence"]["removed"])
        phrases.append(f"evidence changed: {added} sentence{'s' * (added != 1)} new, {removed} gone, weight the same")
    phrases += uncounted
    if record["modality"]:
        m = record["modality"]
        phrases.append(f"modality {m['old'] or 'none'} → {m['new'] or 'none'} ({m['direction']})")
    if "contested" in changes:
        phrases.append("now contested" if changes["contested"]["new"] else "no longer contested")
    phrases += [f"{k} {c['old']} → {c['new']}" for k, c in changes.items() if k not in _DERIVED]
    return phrases


def format_diff(diff: dict) -> str:
    """Return the terminal report of a diff (from `actorgraph.diff.diff_graphs`) as text.

    The report is what ``actorgraph diff`` prints: a ``---``/``+++`` line per graph, then
    sections for articles, actors, relations and centrality, each headed by its counts. Added
    lines start with ``+``, removed with ``-``, changed with ``~``; under each added or changed
    relation come its new evidence sentences (``+``) and the ones it lost (``-``).

    Examples
    --------
    >>> from actorgraph.diff import diff_graphs
    >>> from actorgraph.fileformat import new_graph
    >>> A, B = new_graph(snapshot="w42"), new_graph(snapshot="w43")
    >>> B.add_node("poland", label="Poland", type="state", affiliation=None)
    >>> print(format_diff(diff_graphs(A, B, names=("a.json", "b.json"))))
    --- a.json · snapshot w42 · 0 articles · 0 actors, 0 relations
    +++ b.json · snapshot w43 · 0 articles · 1 actor, 0 relations
    <BLANKLINE>
    Actors: 1 added, 0 removed, 0 changed
      + Poland (poland): state
    """
    label = _labeller(diff["labels"])
    lines = ["--- " + describe_side(diff["old"]), "+++ " + describe_side(diff["new"])]
    for section in (_articles_lines, _actors_lines, _relations_lines, _centrality_lines):
        lines += section(diff, label)
    if len(lines) == 2:
        lines += ["", "No changes."]
    else:
        lines += _agreement_lines(diff, label)
    return "\n".join(lines)


def _labeller(labels: dict[str, str]) -> Callable[[str], str]:
    """Return the function naming an actor id by its label in the diff (the id itself when it has none)."""
    return lambda n: labels.get(n, n)


def _articles_lines(diff: dict, label: Callable[[str], str]) -> list[str]:
    """Return the report's articles section (no lines when no article was added or removed)."""
    articles = diff["articles"]
    if not (articles["added"] or articles["removed"]):
        return []
    lines = ["", _counts("Articles", articles, ("added", "removed"))]
    for sign, kind in (("+", "added"), ("-", "removed")):
        lines += [f"  {sign} {a['date'] or 'undated'}  {_title(a)}" for a in articles[kind]]
    return lines


def _actors_lines(diff: dict, label: Callable[[str], str]) -> list[str]:
    """Return the report's actors section: counts, added and removed actors, then the changed ones."""
    actors = diff["actors"]
    if not any(actors.values()):
        return []
    recounted = len(actors["recounted"])
    lines = [
        "",
        _counts("Actors", actors, ("added", "removed", "changed"))
        + (f" ({recounted:,} more only mentioned more or less)" if recounted else ""),
    ]
    for sign, kind in (("+", "added"), ("-", "removed")):
        for a in actors[kind]:
            of = f" of {label(a['affiliation'])}" if a.get("affiliation") else ""
            lines.append(f"  {sign} {a.get('label', a['id'])} ({a['id']}): {a.get('type')}{of}")
    labels = diff["labels"]
    lines += [
        f"  ~ {a['label']} ({a['id']}): " + "; ".join(describe_actor_change(a, labels)) for a in actors["changed"]
    ]
    return lines


def _relations_lines(diff: dict, label: Callable[[str], str]) -> list[str]:
    """Return the report's relations section: each added, removed and changed relation with its evidence."""
    relations = diff["relations"]
    if not any(relations.values()):
        return []

    def arrow(r):
        return f"{label(r['source'])} -{r['relation']}-> {label(r['target'])}"

    def evidence(e, sign):
        return f"      {sign} " + evidence_text(e, said_by=label(e["said_by"]) if e.get("said_by") else None)

    lines = ["", _counts("Relations", relations, ("added", "removed", "changed"))]
    for r in relations["added"]:
        lines.append(f"  + {arrow(r)}  weight {r.get('weight')}" + ("  (contested)" if r.get("contested") else ""))
        lines += [evidence(e, "+") for e in r.get("evidence") or []]
    lines += [f"  - {arrow(r)}  weight {r.get('weight')}" for r in relations["removed"]]
    for r in relations["changed"]:
        lines.append(f"  ~ {arrow(r)}  " + "; ".join(describe_relation_change(r, counted=diff.get("counted"))))
        lines += [evidence(e, "+") for e in r["evidence"]["added"]]
        lines += [evidence(e, "-") for e in r["evidence"]["removed"]]
    return lines


def _centrality_lines(diff: dict, label: Callable[[str], str]) -> list[str]:
    """Return the report's centrality section: the most central before and now, then the biggest movers."""
    movers = diff["centrality"]
    if not movers:
        return []
    width = max(len(str(m["old_rank"])) for m in movers)
    return [
        "",
        f"Centrality ({diff['measure']}): the {_n(len(movers), 'biggest mover')} in rank",
        f"  most central before: {_listing(label(t['id']) for t in diff['old']['top'])}",
        f"  most central now:    {_listing(label(t['id']) for t in diff['new']['top'])}",
        *(f"  {m['old_rank']:>{width}} → {m['new_rank']:<{width}}  {m['change']:+d}  {label(m['id'])}" for m in movers),
    ]


def _agreement_lines(diff: dict, label: Callable[[str], str]) -> list[str]:
    """Return the report's agreement section (none when neither graph holds a relation, or the diff has none)."""
    if not diff.get("agreement") or not (diff["old"]["relations"] or diff["new"]["relations"]):
        return []
    return ["", *format_agreement(diff["agreement"])]
