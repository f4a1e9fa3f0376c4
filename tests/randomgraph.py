"""Random but valid actorgraph graphs of any size, for tests and ``bench/``."""

import datetime
import hashlib
import itertools
import random

from graph.fileformat import new_graph

__all__ = ["make_random_graph", "RELATIONS"]

RELATIONS = ("warns", "meets", "supplies", "deploys", "denies", "sanctions", "accuses", "supports",
             "attacks", "negotiates", "condemns", "praises", "leads", "part_of", "visits", "threatens")
TYPES = ("state", "state", "state", "leader", "leader", "agency", "alliance", "other")
MODALITIES = ("asserted", "asserted", "asserted", "reported", "reported", "alleged",
              "hypothetical", "negated", "denied")
START = datetime.date(2024, 1, 1)


def make_random_graph(n_actors, n_relations, seed=0):
    """Return a valid actorgraph MultiDiGraph with `n_actors` actors and about `n_relations` relations.

    Endpoints follow a heavy-tailed popularity, as in news, so a few actors hold
    most relations. Drawing an existing ``(source, target, relation)`` again adds
    evidence to it instead, so the edge count can fall a little short of
    `n_relations` on small graphs. The same `seed` gives the same graph.

    Examples
    --------
    >>> from graph.fileformat import to_data, validate
    >>> G = make_random_graph(30, 60, seed=1)
    >>> len(G), G.number_of_edges() <= 60, bool(validate(to_data(G)))
    (30, True, True)
    """
    rng = random.Random(seed)
    n_articles = max(1, n_relations // 8)
    articles = []
    for i in range(n_articles):
        day = START + datetime.timedelta(days=rng.randrange(300))
        articles.append({"id": f"art-{i}", "title": f"Report {i} on world affairs", "date": day.isoformat(),
                         "source": rng.choice(["Example News", "Daily Wire Service", None]),
                         "url": f"https://news.example/{i}",
                         "sha256": hashlib.sha256(f"{seed}-{i}".encode()).hexdigest()})
    G = new_graph(articles=articles, snapshot=f"random {n_actors}x{n_relations} seed {seed}")
    ids = [f"actor-{i}" for i in range(n_actors)]
    seen = {n: set() for n in ids}
    for i, n in enumerate(ids):
        G.add_node(n, label=f"Actor {i}", type=rng.choice(TYPES), aliases=[f"Actor {i}", f"A{i}"],
                   mentions=rng.randrange(1, 200), articles=[], affiliation=None)
    popularity = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(n_actors)))
    for _ in range(n_relations if n_actors > 1 else 0):
        u, v = rng.choices(ids, cum_weights=popularity, k=2)
        while v == u:
            v = rng.choice(ids)
        rel = rng.choice(RELATIONS)
        art = rng.choice(articles)
        evidence = {"article": art["id"], "date": art["date"], "start": 0, "end": 40,
                    "sentence": f"{G.nodes[u]['label']} {rel} {G.nodes[v]['label']}, officials said.",
                    "said_by": None, "modality": rng.choice(MODALITIES), "quantity": None,
                    "location": None, "trigger": rel}
        if G.has_edge(u, v, key=rel):
            d = G.edges[u, v, rel]
            d["evidence"].append(evidence)
            d["weight"] += 1
            d["sources"] = len({e["article"] for e in d["evidence"]})
            d["first_seen"] = min(d["first_seen"], art["date"])
            d["last_seen"] = max(d["last_seen"], art["date"])
        else:
            G.add_edge(u, v, key=rel, relation=rel, weight=1, sources=1, first_seen=art["date"],
                       last_seen=art["date"], cameo=f"{rng.randrange(1, 21):02d}", plover=None,
                       contested=rng.random() < 0.05, evidence=[evidence])
        for n in (u, v):
            if art["id"] not in seen[n]:
                seen[n].add(art["id"])
                G.nodes[n]["articles"].append(art["id"])
    return G
