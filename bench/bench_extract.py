"""CPU seconds of extraction (everything after spaCy's parse) against the parse, in one process.

    python bench/bench_extract.py [N] [--corpus FILE.jsonl] [--repeat R] [--profile OUT]

Parses N articles of bench/make_corpus.py (or the articles of --corpus) once, up front,
keeping the Docs; then, R times, runs the stages a build runs after the parse over those
Docs and prints the best CPU seconds (``time.process_time``) of each: mentions
(`actorgraph.actors.find_mentions`), events (`actorgraph.relations.find_events`), the
whole `actorgraph.extract.extract` (both, plus the records) and
`actorgraph.assemble.assemble` over the Extractions, and extraction's share of the parse.
CPU time of one process is steadier than wall time on a shared machine; the best of R
drops the repeats another job slowed down. ``--profile OUT`` writes a cProfile of one
extraction pass to OUT (read it with ``python -m pstats OUT``).
"""

import argparse
import cProfile
import tempfile
import time
from pathlib import Path

from actorgraph.actors import find_mentions
from actorgraph.assemble import assemble
from actorgraph.extract import extract
from actorgraph.ingest import boilerplate_spans, read_articles
from actorgraph.pipeline import load_pipeline
from actorgraph.relations import find_events

HERE = Path(__file__).resolve().parent


def corpus_articles(n, corpus):
    """Return the articles to time: the first `n` of `corpus`, else `n` generated ones."""
    if corpus is None:
        import sys

        sys.path.insert(0, str(HERE))
        from make_corpus import write

        corpus = write(n, Path(tempfile.mkdtemp()) / "corpus.jsonl", jsonl=True)
    return list(read_articles([str(corpus)]))[:n]


def parsed(nlp, articles):
    """Return ``[(doc, article, skip)]`` and the CPU seconds the parse took."""
    start = time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    seconds = time.process_time() - start
    return [(d, a, boilerplate_spans(a.text)) for d, a in zip(docs, articles)], seconds


def stages(items):
    """Return ``{stage: CPU seconds}`` of one pass of each post-parse stage over `items`."""
    times = {}
    start = time.process_time()
    mentions = [find_mentions(d, s, date=a.date) for d, a, s in items]
    times["mentions"] = time.process_time() - start
    start = time.process_time()
    for (d, _, s), m in zip(items, mentions):
        list(find_events(d, m, skip=s))
    times["events"] = time.process_time() - start
    start = time.process_time()
    extractions = [extract(d, a, skip=s) for d, a, s in items]
    times["extract"] = time.process_time() - start
    start = time.process_time()
    assemble(extractions)
    times["assemble"] = time.process_time() - start
    return times


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=300, help="articles (default 300)")
    ap.add_argument("--corpus", help="a JSONL or folder of articles instead of generated ones")
    ap.add_argument("--repeat", type=int, default=5, help="passes; the best is printed (default 5)")
    ap.add_argument("--profile", help="write a cProfile of one extract+assemble pass here")
    args = ap.parse_args()
    nlp = load_pipeline()
    items, parse_s = parsed(nlp, corpus_articles(args.n, args.corpus))
    if args.profile:
        cProfile.runctx("stages(items)", globals(), {"items": items}, args.profile)
    runs = [stages(items) for _ in range(args.repeat)]
    best = {k: min(r[k] for r in runs) for k in runs[0]}
    tokens = sum(len(d) for d, _, _ in items)
    print(f"{len(items)} articles, {tokens:,} tokens; parse {parse_s:.2f} CPU s")
    for k, v in best.items():
        print(f"  {k:<9} {v:7.3f} CPU s  ({v / parse_s:6.1%} of the parse)")
    post = best["extract"] + best["assemble"]
    print(f"  extract+assemble {post:.3f} CPU s = {post / parse_s:.1%} of the parse")


if __name__ == "__main__":
    main()
