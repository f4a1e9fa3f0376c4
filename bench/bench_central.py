"""Time each centrality measure on a generated actorgraph graph (run by hand, not in tests).

    python bench/bench_central.py                      # 20,000 actors, 200,000 relations
    python bench/bench_central.py --actors 2000 --relations 20000 --write /tmp/g.json
    python bench/bench_central.py --sampling-check 3000   # sampled vs exact betweenness and closeness

The graph is seeded: actors are states, leaders and agencies (affiliated to a state) and
alliances; who acts on whom follows a Zipf-like law (a few actors are in most news), and each
relation is one of the known relations with an evidence count of 1 to 5. The baseline is
`aggregate` on the same graph, measured in the same run; each step is also given as a multiple
of it. Above 1,000 (betweenness) and 2,000 (closeness) actors, `central` samples source actors;
the time exact closeness would take is estimated from `--closeness-sources` single-source
searches and printed beside it.
"""

import argparse
import random
import sys
import time
import warnings

import networkx as nx

from actorgraph.centrality import MEASURES, aggregate, centrality, sampled_closeness
from actorgraph.communities import communities
from actorgraph.fileformat import new_graph, read_graph, write_graph
from actorgraph.filters import RELATIONS
from actorgraph.output import print_table

TYPES = ["state"] * 30 + ["leader"] * 35 + ["agency"] * 25 + ["alliance"] * 2 + ["other"] * 8


def generate(actors, relations, *, seed=0):
    """Return a seeded actorgraph MultiDiGraph with `actors` nodes and `relations` edges, valid per the schema."""
    rng = random.Random(seed)
    G = new_graph(
        articles=[{"id": "a1", "title": None, "date": "2024-10-24", "source": None, "url": None, "sha256": "0" * 64}],
        snapshot="bench",
    )
    ids = [f"actor-{i}" for i in range(actors)]
    types = [rng.choice(TYPES) for _ in ids]
    states = [n for n, t in zip(ids, types) if t == "state"] or ids[:1]
    for n, t in zip(ids, types):
        G.add_node(
            n,
            label=n.replace("-", " ").title(),
            type=t,
            aliases=[],
            mentions=1,
            articles=["a1"],
            affiliation=rng.choice(states) if t in ("leader", "agency") else None,
        )
    popularity = [1 / (i + 1) ** 0.8 for i in range(actors)]
    rng.shuffle(popularity)
    while G.number_of_edges() < relations:
        batch = relations - G.number_of_edges()
        for u, v in zip(rng.choices(ids, popularity, k=batch), rng.choices(ids, popularity, k=batch)):
            relation = rng.choice(RELATIONS)
            if u == v or G.has_edge(u, v, relation):
                continue
            weight = min(5, int(rng.expovariate(1.0)) + 1)
            G.add_edge(
                u,
                v,
                key=relation,
                relation=relation,
                weight=weight,
                sources=1,
                first_seen="2024-10-24",
                last_seen="2024-10-24",
                cameo=None,
                plover=None,
                contested=False,
                evidence=[
                    {
                        "article": "a1",
                        "date": "2024-10-24",
                        "sentence": "Generated.",
                        "start": 0,
                        "end": 10,
                        "said_by": None,
                        "modality": "asserted",
                        "quantity": None,
                        "location": None,
                        "trigger": relation,
                    }
                ]
                * weight,
            )
    return G


def timed(fn):
    """Return ``(result, seconds, warnings said)`` of calling `fn`."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        start = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - start
    return result, seconds, "; ".join(str(w.message) for w in caught)


def closeness_estimate(H, sources, *, seed=0):
    """Return the estimated seconds of exact closeness: `sources` single-source searches, scaled to all actors."""
    R = H.reverse(copy=False)  # networkx closeness uses inward distance: searches run on the reverse
    sample = random.Random(seed).sample(list(H), min(sources, len(H)))
    start = time.perf_counter()
    for u in sample:
        nx.single_source_dijkstra_path_length(R, u, weight="distance")
    return (time.perf_counter() - start) * len(H) / len(sample)


def sampling_check(actors, *, seed=0):
    """Print how far sampled sources are from exact betweenness and closeness on `actors` actors."""
    H = aggregate(generate(actors, 10 * actors, seed=seed))
    top = lambda scores, n: set(sorted(scores, key=lambda u: (-scores[u], u))[:n])  # noqa: E731
    measures = {
        "betweenness": lambda k: nx.betweenness_centrality(H, k=k, weight="distance", seed=0),
        "closeness": lambda k: (
            nx.closeness_centrality(H, distance="distance")
            if k is None
            else sampled_closeness(H, k, distance="distance", seed=0)
        ),
    }
    for name, run in measures.items():
        exact, exact_seconds, _ = timed(lambda: run(None))
        print(f"{name} on {len(H):,} actors, {H.number_of_edges():,} links: exact {exact_seconds:.1f} s")
        for k in (50, 100, 200):
            sampled, seconds, _ = timed(lambda: run(k))
            print(
                f"  k={k}: {seconds:.1f} s, exact top 10 found: {len(top(exact, 10) & top(sampled, 10))}, "
                f"top 20: {len(top(exact, 20) & top(sampled, 20))}",
                flush=True,
            )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=int, default=20_000)
    parser.add_argument("--relations", type=int, default=200_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--closeness-sources",
        type=int,
        default=200,
        help="searches the estimate of exact closeness's time is made from",
    )
    parser.add_argument("--write", metavar="PATH", help="also write the graph there and time reading it back")
    parser.add_argument(
        "--sampling-check",
        metavar="N",
        type=int,
        help="only compare sampled with exact betweenness on a graph of N actors",
    )
    args = parser.parse_args(argv)
    if args.sampling_check:
        return sampling_check(args.sampling_check, seed=args.seed)

    G, seconds, _ = timed(lambda: generate(args.actors, args.relations, seed=args.seed))
    H, baseline, _ = timed(lambda: aggregate(G))
    print(
        f"graph: {len(G):,} actors, {G.number_of_edges():,} relations; aggregated: {H.number_of_edges():,} "
        f"links (generated in {seconds:.1f} s); python {sys.version.split()[0]}, networkx {nx.__version__}",
        flush=True,
    )
    rows = [{"step": "aggregate (baseline)", "seconds": baseline, "x baseline": 1.0, "note": ""}]

    def add(step, fn):
        _, seconds, note = timed(fn)
        rows.append({"step": step, "seconds": seconds, "x baseline": seconds / baseline, "note": note})
        print(f"  {step}: {seconds:.2f} s {note}", file=sys.stderr, flush=True)

    if args.write:
        add("write_graph (JSON)", lambda: write_graph(G, args.write))
        add("read_graph (JSON + schema)", lambda: read_graph(args.write))
    add("nx.degree_centrality (raw multigraph)", lambda: nx.degree_centrality(G))
    for measure in MEASURES:
        add(f"central --measure {measure}", lambda: centrality(G, measure=measure, top=20))
        if measure == "closeness":
            seconds = closeness_estimate(H, args.closeness_sources, seed=args.seed)
            rows.append(
                {
                    "step": "exact closeness (not run)",
                    "seconds": seconds,
                    "x baseline": seconds / baseline,
                    "note": f"estimated from {args.closeness_sources} single-source searches",
                }
            )
    add(
        "central --collapse --no-affiliations (pagerank)",
        lambda: centrality(G, collapse=True, affiliations=False, top=20),
    )
    add("central --communities (Louvain + betweenness)", lambda: communities(G, top=20))
    print_table(rows, ["step", "seconds", "x baseline", "note"], max_width=110)


if __name__ == "__main__":
    main()
