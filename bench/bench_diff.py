"""Time `actorgraph.diff.diff_graphs` on two generated graphs of 100,000 relations each (run by hand, not in tests).

    python bench/bench_diff.py                         # 20,000 actors, >= 100,000 relations, 5 % changed
    python bench/bench_diff.py --relations 20000 --fraction 0.2 --runs 3

Graph A is ``tests/randomgraph.make_random_graph`` (heavy-tailed popularity, evidence from
articles over 300 days); graph B is ``evolve(A)``: a further week of news, where about `--fraction`
of the relations are dropped, as many added and as many gain evidence, and a fifth as many actors
are dropped, added and renamed. Both hold at least `--relations` relations.

Baselines, measured in the same run on the same graphs:

  keys   set differences of the node ids and the edge keys of A and B: the least any diff does.
  copy   ``G.copy()`` of A and of B: one pass over every node and edge attribute dict.

Steps: the diff without centrality (``measure=None``: the comparison itself), the diff with
pagerank ranks (the default of ``actorgraph diff``: two pagerank runs on the aggregated graphs),
``apply_diff`` (A + diff == B, checked), and the diff as JSON. Times are medians of `--runs`.
"""

import argparse
import json
import pathlib
import statistics
import sys
import time

BENCH = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH.parent / "tests")]

from randomgraph import evolve, make_random_graph  # noqa: E402

from actorgraph.diff import apply_diff, diff_graphs  # noqa: E402
from actorgraph.output import print_table  # noqa: E402


def timed(fn, runs):
    """Return ``(last result, median seconds)`` of `runs` calls of `fn`."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, statistics.median(times)


def graphs(actors, relations, fraction, seed):
    """Return A and B = evolve(A), both with at least `relations` relations."""
    asked = relations
    while True:
        A = make_random_graph(actors, asked, seed=seed)
        B = evolve(A, seed=seed + 1, fraction=fraction)
        if min(A.number_of_edges(), B.number_of_edges()) >= relations:
            return A, B
        asked += relations - min(A.number_of_edges(), B.number_of_edges()) + relations // 100


def key_sets(A, B):
    nodes = set(A) ^ set(B)
    edges = set(A.edges(keys=True)) ^ set(B.edges(keys=True))
    return len(nodes), len(edges)


def same(G, H):
    return dict(G.nodes(data=True)) == dict(H.nodes(data=True)) and {
        (u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)
    } == {(u, v, k): d for u, v, k, d in H.edges(keys=True, data=True)}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=100_000, help="at least this many in each graph")
    parser.add_argument("--fraction", type=float, default=0.05, help="share of relations changed")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    A, B = graphs(args.actors, args.relations, args.fraction, args.seed)
    print(
        f"A: {len(A):,} actors, {A.number_of_edges():,} relations; B: {len(B):,} actors, "
        f"{B.number_of_edges():,} relations; generated in {time.perf_counter() - start:.1f} s"
    )

    _, keys = timed(lambda: key_sets(A, B), args.runs)
    _, copy = timed(lambda: (A.copy(), B.copy()), args.runs)
    d, plain = timed(lambda: diff_graphs(A, B, measure=None), args.runs)
    _, ranked = timed(lambda: diff_graphs(A, B), args.runs)
    C, applied = timed(lambda: apply_diff(A, d), args.runs)
    text, dumped = timed(lambda: json.dumps(d, ensure_ascii=False), args.runs)
    if not same(C, B):
        sys.exit("apply_diff(A, diff(A, B)) != B")

    counts = {
        k: len(v)
        for section in ("actors", "relations")
        for k, v in ((f"{section} {kind}", d[section][kind]) for kind in d[section])
    }
    print(", ".join(f"{n:,} {k}" for k, n in counts.items()) + f"; diff JSON {len(text) / 1e6:.1f} MB")
    rows = [
        {"step": name, "seconds": seconds, "keys": seconds / keys, "copy": seconds / copy}
        for name, seconds in [
            ("baseline: key set differences", keys),
            ("baseline: copy both graphs", copy),
            ("diff_graphs(measure=None)", plain),
            ("diff_graphs (pagerank)", ranked),
            ("apply_diff", applied),
            ("json.dumps(diff)", dumped),
        ]
    ]
    print_table(rows, {"step": "step", "seconds": "seconds", "keys": "× keys", "copy": "× copy"})


if __name__ == "__main__":
    main()
