"""Throughput of ``actorgraph build`` against bare spaCy ``nlp.pipe`` on the same texts, in one run.

    python bench/bench_build.py [--repeat N] [PATH ...]

Prints articles/s and tokens/s for (a) bare ``nlp.pipe`` with the same pipeline
and (b) the whole extraction (parse + actors + relations + resolution + graph),
and their ratio. Target: extraction adds at most 15% to spaCy's own parsing time.
"""

import argparse
import time

from actorgraph.build import assemble, parse
from actorgraph.ingest import read_articles
from actorgraph.pipeline import load_pipeline
from actorgraph.resources import data_file


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--repeat", type=int, default=20, help="times the corpus is repeated (default 20)")
    args = ap.parse_args()
    base = list(read_articles(args.paths or [str(data_file("articles"))]))
    articles = base * args.repeat
    nlp = load_pipeline()
    list(nlp.pipe([a.text for a in base]))  # warm-up
    t0 = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe((a.text for a in articles), batch_size=16))
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    G = assemble(parse(articles))
    full = time.perf_counter() - t0
    n = len(articles)
    print(f"articles {n}, tokens {tokens}, graph {G.number_of_nodes()} actors / {G.number_of_edges()} relations")
    print(f"spaCy nlp.pipe     {bare:7.2f} s  {n / bare:8.1f} articles/s  {tokens / bare:9.0f} tokens/s")
    print(f"actorgraph build   {full:7.2f} s  {n / full:8.1f} articles/s  {tokens / full:9.0f} tokens/s")
    print(
        f"ratio build/spaCy  {full / bare:7.3f}  (extraction overhead {100 * (full / bare - 1):+.1f}%; target <= +15%)"
    )


if __name__ == "__main__":
    main()
