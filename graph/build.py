"""Articles in, a typed actor-relation MultiDiGraph out: read, parse (through the cache and workers), assemble.

The stages, each in its own module, in the order an article goes through them:
`actorgraph.ingest` (reading articles), `actorgraph.extract` (one parsed article's mentions and
events), `actorgraph.schedule` (cache, process pool, Dask) and `actorgraph.assemble` (resolution
and edges). The records passed between them are in `actorgraph.records`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import networkx as nx

from .assemble import assemble
from .errors import InputError
from .ingest import count_inputs, read_articles
from .parallel import worker_count
from .pipeline import model_label, model_meta
from .records import Extraction, ParseOptions, ParseStats
from .schedule import parse, parse_all
from .stories import Stories

__all__ = ["build", "assemble", "parse", "parse_all", "Extraction", "ParseOptions", "ParseStats"]


def build(
    paths: Sequence[str],
    options: ParseOptions | None = None,
    *,
    default_date: str | None = None,
    strict: bool = False,
    warn: Callable[[str], None] | None = None,
    snapshot: str | None = None,
    progress: Callable[[int], Callable] | None = None,
    stats: ParseStats | None = None,
    reading: dict | None = None,
) -> nx.MultiDiGraph:
    """Return the graph of the articles found in `paths` (files, folders, JSONL, CSV, ``-``).

    See `actorgraph.ingest.read_articles` for the inputs (`reading` holds more of its options:
    ``input_format``, ``columns``), `actorgraph.schedule.parse` for `options` and `stats`, and
    `actorgraph.assemble.assemble` for the graph. `progress`, if given, is called with an
    estimate of the number of articles (`actorgraph.ingest.count_inputs`) and returns the
    callback called per finished article. No more worker processes start than there are tasks.

    Raises
    ------
    InputError
        When no article could be read.
    ModelError
        When the model is not installed (before any reading).
    """
    options = options or ParseOptions()
    meta = model_meta(options.model)  # an uninstalled model fails here, before any reading
    stories = Stories()  # near-duplicates, found as the texts pass (`actorgraph.stories`)
    articles = stories.watch(
        read_articles(paths, default_date=default_date, strict=strict, warn=warn, **(reading or {}))
    )
    total = count_inputs(paths)
    tick = progress(total) if progress else None
    if "-" not in map(str, paths):  # standard input is not counted
        options = dataclasses.replace(options, jobs=worker_count(options.jobs, tasks=-(-total // options.task_size)))
    extractions = parse_all(articles, options, meta=meta, progress=tick, stats=stats)
    if not extractions:
        raise InputError(f"no readable articles in {', '.join(map(str, paths))}")
    return assemble(extractions, snapshot=snapshot, model=model_label(meta), stories=stories)
