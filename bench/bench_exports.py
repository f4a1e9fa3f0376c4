"""Time the exports of a generated graph of 100,000 relations (run by hand, not in tests).

    python bench/bench_exports.py                      # 20,000 actors, about 100,000 relations
    python bench/bench_exports.py --relations 20000

The graph is ``tests/randomgraph.make_random_graph``. Baselines, measured in the same run on the
same graph: writing the graph file (JSON, validated) and reading it back. Steps: recounting for
another modality selection (``--modality``), the event table as CSV, JSONL and Parquet, the
relations CSV rows, GEXF 1.3 and GraphML (with pagerank sizes). Each step is timed once; sizes
are the files'.
"""

import argparse
import os
import pathlib
import sys
import tempfile
import time

BENCH = pathlib.Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH.parent / "tests")]

from randomgraph import make_random_graph  # noqa: E402

from actorgraph.counts import recount  # noqa: E402
from actorgraph.events import write_events  # noqa: E402
from actorgraph.explore import relation_rows  # noqa: E402
from actorgraph.fileformat import read_graph, write_graph  # noqa: E402
from actorgraph.output import print_csv, print_table  # noqa: E402
from actorgraph.vocab import modalities  # noqa: E402


def timed(fn):
    """Return ``(result, seconds)`` of one call of `fn`."""
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def relations_csv(G, f):
    """Write the rows of ``actorgraph relations --format csv`` to `f`."""
    rows = relation_rows(G)
    print_csv(rows, [c for c in rows[0] if c != "evidence"], file=f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=20_000)
    ap.add_argument("--relations", type=int, default=100_000)
    args = ap.parse_args()
    G, made = timed(lambda: make_random_graph(args.actors, args.relations, seed=0))
    evidence = sum(len(d["evidence"]) for _, _, d in G.edges(data=True))
    print(
        f"graph: {len(G):,} actors, {G.number_of_edges():,} relations, {evidence:,} evidence records "
        f"(made in {made:.1f} s)"
    )
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(folder)

        def step(name, fn, path=None):
            result, seconds = timed(fn)
            rows.append(
                {
                    "step": name,
                    "seconds": round(seconds, 2),
                    "MB": round(os.path.getsize(path) / 1e6, 1) if path else "",
                }
            )
            return result

        step("write graph JSON (baseline)", lambda: write_graph(G, out / "g.json"), out / "g.json")
        step("read graph JSON (baseline)", lambda: read_graph(out / "g.json"))
        step("recount, all modalities", lambda: recount(G, list(modalities())))
        for fmt in ("csv", "jsonl", "parquet"):
            path = out / f"events.{fmt}"
            step(f"events --format {fmt}", lambda path=path, fmt=fmt: write_events(G, path, format=fmt), path)
        with open(out / "relations.csv", "w", encoding="utf-8") as f:
            step("relations --format csv", lambda: relations_csv(G, f))
        for fmt in ("gexf", "graphml"):
            path = out / f"g.{fmt}"
            step(f"build --format {fmt}", lambda path=path, fmt=fmt: write_graph(G, path, format=fmt), path)
    base = rows[0]["seconds"]
    for r in rows:
        r["x JSON write"] = round(r["seconds"] / base, 2) if base else ""
    print_table(rows, ["step", "seconds", "MB", "x JSON write"])


if __name__ == "__main__":
    main()
