"""Random but valid actorgraph graphs of any size, for tests and ``bench/``."""

import datetime
import hashlib
import itertools
import random

from actorgraph.counts import count_evidence
from actorgraph.fileformat import new_graph

__all__ = ["make_random_graph", "evolve", "RELATIONS"]

RELATIONS = (
    "warns",
    "meets",
    "supplies",
    "deploys",
    "denies",
    "sanctions",
    "accuses",
    "supports",
    "attacks",
    "negotiates",
    "condemns",
    "praises",
    "leads",
    "part_of",
    "visits",
    "threatens",
)
TYPES = ("state", "state", "state", "leader", "leader", "agency", "alliance", "other")
MODALITIES = (
    "asserted",
    "asserted",
    "asserted",
    "reported",
    "reported",
    "alleged",
    "hypothetical",
    "negated",
    "denied",
)
START = datetime.date(2024, 1, 1)


def make_random_graph(n_actors, n_relations, seed=0):
    """Return a valid actorgraph MultiDiGraph with `n_actors` actors and about `n_relations` relations.

    Endpoints follow a heavy-tailed popularity, as in news, so a few actors hold
    most relations. Drawing an existing ``(source, target, relation)`` again adds
    evidence to it instead, so the edge count can fall a little short of
    `n_relations` on small graphs. The same `seed` gives the same graph. As in a
    built graph, each piece of evidence has its own ``(article, start)`` and an
    edge's evidence is ordered by date, article and start.

    Examples
    --------
    >>> from actorgraph.fileformat import to_data, validate
    >>> G = make_random_graph(30, 60, seed=1)
    >>> len(G), G.number_of_edges() <= 60, bool(validate(to_data(G)))
    (30, True, True)
    """
    rng = random.Random(seed)
    n_articles = max(1, n_relations // 8)
    articles = []
    for i in range(n_articles):
        day = START + datetime.timedelta(days=rng.randrange(300))
        articles.append(
            {
                "id": f"art-{i}",
                "title": f"Report {i} on world affairs",
                "date": day.isoformat(),
                "source": rng.choice(["Example News", "Daily Wire Service", None]),
                "url": f"https://news.example/{i}",
                "sha256": hashlib.sha256(f"{seed}-{i}".encode()).hexdigest(),
            }
        )
    G = new_graph(articles=articles, snapshot=f"random {n_actors}x{n_relations} seed {seed}")
    ids = [f"actor-{i}" for i in range(n_actors)]
    seen = {n: set() for n in ids}
    for i, n in enumerate(ids):
        G.add_node(
            n,
            label=f"Actor {i}",
            type=rng.choice(TYPES),
            aliases=[f"Actor {i}", f"A{i}"],
            mentions=rng.randrange(1, 200),
            articles=[],
            affiliation=None,
        )
    popularity = list(itertools.accumulate(1 / (i + 1) ** 0.8 for i in range(n_actors)))
    for i in range(n_relations if n_actors > 1 else 0):
        u, v = rng.choices(ids, cum_weights=popularity, k=2)
        while v == u:
            v = rng.choice(ids)
        rel = rng.choice(RELATIONS)
        art = rng.choice(articles)
        evidence = {
            "article": art["id"],
            "date": art["date"],
            "start": 60 * i,
            "end": 60 * i + 40,
            "sentence": f"{G.nodes[u]['label']} {rel} {G.nodes[v]['label']}, officials said.",
            "said_by": None,
            "modality": rng.choice(MODALITIES),
            "quantity": None,
            "location": None,
            "trigger": rel,
        }
        if G.has_edge(u, v, key=rel):
            d = G.edges[u, v, rel]
            d["evidence"].append(evidence)
            d.update(count_evidence(d["evidence"]))
            d["first_seen"] = min(d["first_seen"], art["date"])
            d["last_seen"] = max(d["last_seen"], art["date"])
        else:
            G.add_edge(
                u,
                v,
                key=rel,
                relation=rel,
                **count_evidence([evidence]),
                first_seen=art["date"],
                last_seen=art["date"],
                cameo=f"{rng.randrange(1, 21):02d}",
                plover=None,
                contested=rng.random() < 0.05,
                evidence=[evidence],
            )
        for n in (u, v):
            if art["id"] not in seen[n]:
                seen[n].add(art["id"])
                G.nodes[n]["articles"].append(art["id"])
    for _, _, d in G.edges(data=True):
        d["evidence"].sort(key=lambda e: (e["date"], e["article"], e["start"]))
    return G


def evolve(G, *, seed=0, fraction=0.05):
    """Return a later version of the random graph `G`: what a further week of news might make of it.

    About `fraction` of the relations are dropped, as many are added (some to new actors) and as
    many gain evidence from new articles (asserted, so some become firmer); `fraction` / 5 of the
    actors are dropped with their relations, as many are added, and as many are relabelled with
    an extra alias. `G` is not modified; the result is valid per the graph schema.

    Examples
    --------
    >>> G = make_random_graph(50, 200, seed=1)
    >>> H = evolve(G, seed=2, fraction=0.1)
    >>> from actorgraph.fileformat import to_data, validate
    >>> bool(validate(to_data(H))), len(set(H) - set(G)) > 0, len(set(G) - set(H)) > 0
    (True, True, True)
    """
    rng = random.Random(seed)
    H = G.copy()
    H.graph = dict(G.graph, snapshot=f"{G.graph.get('snapshot')} evolved seed {seed}")
    n_new = max(1, round(len(G.graph["articles"]) * fraction))
    first = len(G.graph["articles"])
    new_articles = []
    for i in range(first, first + n_new):
        day = START + datetime.timedelta(days=300 + rng.randrange(7))
        new_articles.append(
            {
                "id": f"art-{i}",
                "title": f"Report {i} on world affairs",
                "date": day.isoformat(),
                "source": None,
                "url": f"https://news.example/{i}",
                "sha256": hashlib.sha256(f"evolve-{seed}-{i}".encode()).hexdigest(),
            }
        )
    H.graph["articles"] = G.graph["articles"] + new_articles
    nodes = sorted(H)
    k_actors = max(1, round(len(nodes) * fraction / 5))
    H.remove_nodes_from(rng.sample(nodes, min(k_actors, len(nodes) - 2)))
    for n in rng.sample(sorted(H), min(k_actors, len(H))):
        label = H.nodes[n]["label"] + " (renamed)"
        H.nodes[n].update(label=label, aliases=H.nodes[n]["aliases"] + [label])
    for i in range(k_actors):
        n = f"new-actor-{seed}-{i}"
        H.add_node(
            n,
            label=f"New actor {i}",
            type=rng.choice(TYPES),
            aliases=[f"New actor {i}"],
            mentions=1,
            articles=[],
            affiliation=None,
        )
    edges = sorted(H.edges(keys=True))
    k_edges = max(1, round(len(edges) * fraction))
    H.remove_edges_from(rng.sample(edges, min(k_edges, len(edges))))
    ids = sorted(H)
    offset = 60 * (10 * G.number_of_edges() + 1)  # evidence starts beyond any of G's
    for j, (u, v, k) in enumerate(rng.sample(sorted(H.edges(keys=True)), min(k_edges, H.number_of_edges()))):
        art = rng.choice(new_articles)
        d = H.edges[u, v, k]
        evidence = d["evidence"] + [
            {
                **d["evidence"][0],
                "article": art["id"],
                "date": art["date"],
                "start": offset + 60 * j,
                "end": offset + 60 * j + 40,
                "modality": "asserted",
            }
        ]
        d.update(
            evidence=evidence,
            **count_evidence(evidence),
            last_seen=max(d["last_seen"], art["date"]),
        )
    for j in range(k_edges):
        u, v = rng.sample(ids, 2)
        rel = rng.choice(RELATIONS)
        if H.has_edge(u, v, rel):
            continue
        art = rng.choice(new_articles)
        start = offset + 60 * (k_edges + j)
        H.add_edge(
            u,
            v,
            key=rel,
            relation=rel,
            first_seen=art["date"],
            last_seen=art["date"],
            cameo=None,
            plover=None,
            contested=False,
            evidence=[
                {
                    "article": art["id"],
                    "date": art["date"],
                    "start": start,
                    "end": start + 40,
                    "sentence": f"{H.nodes[u]['label']} {rel} {H.nodes[v]['label']}.",
                    "said_by": None,
                    "modality": rng.choice(MODALITIES),
                    "quantity": None,
                    "location": None,
                    "trigger": rel,
                }
            ],
        )
        for n in (u, v):
            seen = H.nodes[n]["articles"]
            H.nodes[n].update(
                mentions=H.nodes[n]["mentions"] + 1, articles=seen if art["id"] in seen else seen + [art["id"]]
            )
        H.edges[u, v, rel].update(count_evidence(H.edges[u, v, rel]["evidence"]))
    return H
