"""Cost and yield of near-duplicate detection (`actorgraph.stories`), against a cold build in the same run.

    python bench/bench_stories.py [--articles 10000] [--copies 0.1] [--build 1000] [--jobs 1]

(a) MinHash + LSH over `--articles` generated articles (bench/make_corpus.py) plus edited
    copies of a `--copies` share of them (a dateline, a word changed, a paragraph cut, a credit
    line): seconds, per article, and how many copies were found and how many independent
    articles were wrongly joined.
(b) A cold build (no cache) of `--build` articles, and the same detection on those texts:
    the detection's share of the build. Target: under 10%. `--build 0` skips it.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_corpus import articles as corpus

from actorgraph.build import assemble
from actorgraph.ingest import Article
from actorgraph.records import ParseOptions
from actorgraph.schedule import parse
from actorgraph.stories import Stories


def edited(text, rng):
    """Return `text` republished with small edits."""
    lines = text.split("\n")
    if len(lines) > 3:
        del lines[rng.randrange(2, len(lines))]
    words = lines[1].split()
    words[rng.randrange(len(words))] = "reportedly"
    lines[1] = "LONDON (Wire) - " + " ".join(words)
    return "\n".join(lines) + "\n(Updated with comment)"


def detection(n, share, seed=0):
    """Print the cost and yield of `Stories` over `n` articles and their edited copies."""
    rng = random.Random(seed)
    texts = [(a["id"], a["text"]) for a in corpus(n, seed)]
    originals = rng.sample(range(n), int(share * n))
    texts += [(f"copy-{i}", edited(texts[i][1], rng)) for i in originals]
    stories = Stories()
    t0 = time.perf_counter()
    for article_id, text in texts:
        stories.add(article_id, text)
    took = time.perf_counter() - t0
    story = stories.of({"id": i, "date": None} for i, _ in texts)
    found = sum(story[f"copy-{i}"] == story[texts[i][0]] for i in originals)
    joined = len(texts[:n]) - len({story[i] for i, _ in texts[:n]})
    print(
        f"detection: {len(texts)} articles ({n} generated + {len(originals)} edited copies) in {took:.2f} s, "
        f"{1000 * took / len(texts):.2f} ms/article"
    )
    print(f"  copies found {found}/{len(originals)}; generated articles joined to another {joined}/{n}")


def build_share(n, jobs, seed=1):
    """Print a cold build of `n` articles and the detection's share of it."""
    items = [Article(id=a["id"], text=a["text"], title=a["title"], date=a["date"]) for a in corpus(n, seed)]
    t0 = time.perf_counter()
    G = assemble(parse(items, ParseOptions(jobs=jobs)))
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    stories = Stories()
    for a in items:
        stories.add(a.id, a.text)
    assemble([], stories=stories)
    detect = time.perf_counter() - t0
    print(
        f"cold build of {n} articles (jobs {jobs}, no cache, no stories): {bare:.1f} s, {G.number_of_edges()} relations"
    )
    print(f"  detection on the same texts {detect:.2f} s = {100 * detect / bare:.2f}% of the build (target < 10%)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--copies", type=float, default=0.1, help="share of articles republished edited")
    ap.add_argument("--build", type=int, default=1000, help="articles of the cold build (0: none)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    detection(args.articles, args.copies)
    if args.build:
        build_share(args.build, args.jobs)


if __name__ == "__main__":
    main()
