"""Snapshots over time: one graph per day, ISO week or month of a dated corpus, each article parsed once."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Iterable, Sequence

import networkx as nx

from .assemble import assemble
from .atomic import make_folder
from .errors import InputError, UnknownNameError
from .fileformat import write_graph
from .ingest import read_articles
from .pipeline import model_label, model_meta
from .records import Extraction, ParseOptions, ParseStats
from .schedule import parse_all
from .stories import Stories

__all__ = ["PERIODS", "UNDATED", "period", "group_by_period", "snapshot_graphs", "build_snapshots", "write_snapshots"]

#: The lengths of period a snapshot can cover.
PERIODS = ("day", "week", "month")

#: Label (and file name) of the snapshot of the articles that have no date.
UNDATED = "undated"


def period(date: str | None, by: str) -> str:
    """Return the label of the period of an ISO date: ``2024-10-18``, ``2024-W42`` or ``2024-10``.

    Weeks are ISO 8601 weeks (Monday to Sunday; the week-numbering year can differ from the
    calendar year at New Year). Labels of one kind sort in time order. A missing date gives
    `UNDATED`.

    Examples
    --------
    >>> [period("2024-10-24", by) for by in PERIODS]
    ['2024-10-24', '2024-W43', '2024-10']
    >>> period("2024-12-30", "week"), period(None, "month")
    ('2025-W01', 'undated')
    """
    if by not in PERIODS:
        raise UnknownNameError("period", by, PERIODS)
    if not date:
        return UNDATED
    day = datetime.date.fromisoformat(date)
    if by == "day":
        return day.isoformat()
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def group_by_period(
    extractions: Iterable[Extraction], *, by: str, cumulative: bool = False
) -> list[tuple[str, list[Extraction]]]:
    """Return ``[(label, extractions)]``, one per period that has articles, in time order.

    Parameters
    ----------
    extractions : iterable of actorgraph.records.Extraction
        What `actorgraph.schedule.parse` yields; each holds its article's metadata.
    by : {"day", "week", "month"}
    cumulative : bool, optional
        False: each snapshot holds the articles of its period. True: each holds every dated
        article up to the end of its period.

    Returns
    -------
    list of (str, list)
        Periods without articles are left out. Undated articles come last, under `UNDATED`,
        in both modes: having no date, they belong to no period and come after none.

    Examples
    --------
    >>> from actorgraph.build import Extraction
    >>> xs = [Extraction({"id": i, "date": d}, [], []) for i, d in
    ...       [("a", "2024-10-18"), ("b", "2024-10-24"), ("c", None), ("d", "2024-10-21")]]
    >>> [(label, [x.article["id"] for x in group]) for label, group in group_by_period(xs, by="week")]
    [('2024-W42', ['a']), ('2024-W43', ['b', 'd']), ('undated', ['c'])]
    >>> [(label, len(group)) for label, group in group_by_period(xs, by="week", cumulative=True)]
    [('2024-W42', 1), ('2024-W43', 3), ('undated', 1)]
    """
    periods, undated = {}, []
    for x in extractions:
        label = period(x.article.get("date"), by)
        (undated if label == UNDATED else periods.setdefault(label, [])).append(x)
    groups, so_far = [], []
    for label in sorted(periods):
        so_far = so_far + periods[label]
        groups.append((label, so_far if cumulative else periods[label]))
    if undated:
        groups.append((UNDATED, undated))
    return groups


def snapshot_graphs(
    extractions: Iterable[Extraction],
    *,
    by: str,
    cumulative: bool = False,
    model: str | None = None,
    stories: Stories | None = None,
) -> list[tuple[str, nx.MultiDiGraph]]:
    """Return ``[(label, graph)]``: `actorgraph.build.assemble` run on each group of `group_by_period`.

    Each graph is labelled with its period in the ``snapshot`` metadata. Actors are resolved
    within each snapshot's own articles, as ``actorgraph build`` of those articles would;
    `stories` (`actorgraph.stories.Stories`) finds near-duplicates across the whole corpus.
    """
    return [
        (label, assemble(group, snapshot=label, model=model, stories=stories))
        for label, group in group_by_period(extractions, by=by, cumulative=cumulative)
    ]


def build_snapshots(
    paths: Sequence[str],
    *,
    by: str,
    cumulative: bool = False,
    keep_undated: bool = True,
    options: ParseOptions | None = None,
    default_date: str | None = None,
    strict: bool = False,
    warn: Callable[[str], None] | None = None,
    progress: Callable[[int], Callable] | None = None,
    stats: ParseStats | None = None,
    reading: dict | None = None,
) -> list[tuple[str, nx.MultiDiGraph]]:
    """Return ``[(label, graph)]`` for the articles in `paths`, one graph per period (`reading`: see `build`).

    Each article is read and parsed once (`actorgraph.schedule.parse`); each snapshot is then
    assembled from the parses of its articles, so that asking for weeks costs one parse of
    the corpus, not one per week. This exists for ``actorgraph snapshots`` and
    ``actorgraph timeline``.

    Parameters
    ----------
    paths, options, default_date, strict, warn, progress, stats
        As for `actorgraph.build.build`: the parses come from the parse cache and the workers too.
    by, cumulative
        As for `group_by_period`.
    keep_undated : bool, optional
        False leaves undated articles out (a timeline has no place for them) instead of making
        the `UNDATED` snapshot of them.

    Returns
    -------
    list of (str, MultiDiGraph)
        In time order, the `UNDATED` snapshot last.

    Raises
    ------
    InputError
        When no article could be read.
    UnknownNameError
        If `by` is not one of `PERIODS`.

    Warns
    -----
    Through `warn`: how many articles have no date, and that they went into the `UNDATED`
    snapshot or were left out.
    """
    period(None, by)  # check `by` before the slow part
    warn = warn or (lambda message: None)
    stories = Stories()
    articles = list(
        stories.watch(read_articles(paths, default_date=default_date, strict=strict, warn=warn, **(reading or {})))
    )
    if not articles:
        raise InputError(f"no readable articles in {', '.join(map(str, paths))}")
    undated = [a.origin or a.id for a in articles if not a.date]
    if undated:
        listed = ", ".join(undated[:3]) + (f" and {len(undated) - 3} more" if len(undated) > 3 else "")
        where = f"in the '{UNDATED}' snapshot" if keep_undated else "left out"
        warn(
            f"{len(undated)} article{'s have' if len(undated) > 1 else ' has'} no date ({listed}): "
            f"{where}; add a 'date:' header line or use --date"
        )
        if not keep_undated:
            articles = [a for a in articles if a.date]
    if not articles:
        raise InputError("no dated articles: a timeline needs dates")
    tick = progress(len(articles)) if progress else None
    options = options or ParseOptions()
    meta = model_meta(options.model)
    extractions = parse_all(articles, options, meta=meta, progress=tick, stats=stats)
    return snapshot_graphs(extractions, by=by, cumulative=cumulative, model=model_label(meta), stories=stories)


def write_snapshots(snapshots: Iterable[tuple[str, nx.MultiDiGraph]], folder: str | os.PathLike) -> list[str]:
    """Write each ``(label, graph)`` to ``folder/<label>.json`` (atomically; the folder is made); returns the paths.

    This is what ``actorgraph snapshots`` writes: one graph file per period, named by it.
    """
    make_folder(folder)
    return [write_graph(G, os.path.join(folder, f"{label}.json")) for label, G in snapshots]
