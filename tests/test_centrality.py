"""Tests of graph.centrality, graph.filters and graph.communities on graphs small enough to compute by hand."""

import math
import pathlib

import networkx as nx
import pytest

from actorgraph import centrality as centrality_module
from actorgraph.centrality import COLUMNS, MEASURES, aggregate, centrality, node_scores, sampled_closeness
from actorgraph.communities import communities
from actorgraph.errors import ActorgraphWarning, CentralityError, UnknownNameError
from actorgraph.fileformat import read_graph
from actorgraph.filters import collapse_actors, filter_graph

FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "small_graph.json"


def ranking(records, key="score"):
    """Return ``[(rank, id, score)]`` with scores rounded, for comparing to hand-computed values."""
    return [(r["rank"], r["id"], round(r[key], 4)) for r in records]


# Hand-computed rankings, one per measure -----------------------------------------------------------


def test_centrality_degree_star_centre_first(make_graph):
    G = make_graph(edges=[("c", "warns", "x"), ("c", "warns", "y"), ("c", "warns", "z"), ("w", "supports", "c")])
    assert ranking(centrality(G, measure="degree")) == [
        (1, "c", 1.0),
        (2, "w", 0.25),
        (2, "x", 0.25),
        (2, "y", 0.25),
        (2, "z", 0.25),
    ]


def test_centrality_in_degree_counts_who_is_acted_on(make_graph):
    G = make_graph(edges=[("x", "warns", "c"), ("y", "warns", "c"), ("c", "supports", "z")])
    assert ranking(centrality(G, measure="in-degree")) == [
        (1, "c", 0.6667),
        (2, "z", 0.3333),
        (3, "x", 0.0),
        (3, "y", 0.0),
    ]


def test_centrality_out_degree_counts_who_acts(make_graph):
    G = make_graph(edges=[("c", "warns", "x"), ("c", "warns", "y"), ("x", "supports", "y")])
    assert ranking(centrality(G, measure="out-degree")) == [(1, "c", 1.0), (2, "x", 0.5), (3, "y", 0.0)]


def test_centrality_betweenness_path_middle_first(make_graph):
    G = make_graph(edges=[("a", "supplies", "b"), ("b", "supplies", "c")])
    # one pair (a, c) of the (n-1)(n-2) = 2 ordered pairs goes through b
    assert ranking(centrality(G, measure="betweenness")) == [(1, "b", 0.5), (2, "a", 0.0), (2, "c", 0.0)]


def test_centrality_closeness_uses_inward_distance(make_graph):
    G = make_graph(edges=[("a", "supplies", "b"), ("b", "supplies", "c")])
    # c is reached by both others at distances 1 and 2: (2/3) * (2/2); b by a alone: (1/1) * (1/2)
    assert ranking(centrality(G, measure="closeness")) == [(1, "c", 0.6667), (2, "b", 0.5), (3, "a", 0.0)]


def test_centrality_pagerank_in_star_centre_first(make_graph):
    G = make_graph(edges=[("x", "warns", "c"), ("y", "warns", "c"), ("z", "warns", "c")])
    ranks = [(r["rank"], r["id"]) for r in centrality(G, measure="pagerank")]
    assert ranks == [(1, "c"), (2, "x"), (2, "y"), (2, "z")]


def test_centrality_eigenvector_symmetric_star(make_graph):
    edges = [(u, "supports", v) for leaf in "xyz" for u, v in (("c", leaf), (leaf, "c"))]
    # the star's adjacency has eigenvalue sqrt(3): centre 1/sqrt(2), leaves 1/sqrt(6)
    assert ranking(centrality(make_graph(edges=edges), measure="eigenvector")) == [
        (1, "c", 0.7071),
        (2, "x", 0.4082),
        (2, "y", 0.4082),
        (2, "z", 0.4082),
    ]


def test_centrality_hits_ranks_by_authority_and_shows_hub(make_graph):
    G = make_graph(edges=[("c", "warns", "x"), ("c", "warns", "y"), ("c", "warns", "z")])
    records = centrality(G, measure="hits")
    assert ranking(records) == [(1, "x", 0.3333), (1, "y", 0.3333), (1, "z", 0.3333), (4, "c", 0.0)]
    assert ranking(records, "hub") == [(1, "x", 0.0), (1, "y", 0.0), (1, "z", 0.0), (4, "c", 1.0)]


def test_centrality_hits_repeated_singular_value_is_even_and_repeatable(make_graph):
    # two separate pairs: nx.hits (scipy svds) in networkx 3.6 returns arbitrary mixed-sign scores here
    G = make_graph(edges=[("a", "warns", "b"), ("c", "warns", "d")])
    for _ in range(3):
        assert ranking(centrality(G, measure="hits")) == [(1, "b", 0.5), (1, "d", 0.5), (3, "a", 0.0), (3, "c", 0.0)]


def test_centrality_eigenvector_on_dag_falls_back_to_undirected(make_graph):
    G = make_graph(edges=[("a", "supplies", "b"), ("b", "supplies", "c")])
    with pytest.warns(ActorgraphWarning, match="undirected"):
        records = centrality(G, measure="eigenvector")
    # the undirected path's eigenvector is (1/2, 1/sqrt(2), 1/2)
    assert ranking(records) == [(1, "b", 0.7071), (2, "a", 0.5), (2, "c", 0.5)]


# Same scores as networkx on the aggregated graph ---------------------------------------------------

NETWORKX = {
    "degree": lambda H: {"degree": nx.degree_centrality(H)},
    "in-degree": lambda H: {"in-degree": nx.in_degree_centrality(H)},
    "out-degree": lambda H: {"out-degree": nx.out_degree_centrality(H)},
    "betweenness": lambda H: {"betweenness": nx.betweenness_centrality(H, weight="distance")},
    "closeness": lambda H: {"closeness": nx.closeness_centrality(H, distance="distance")},
    "pagerank": lambda H: {"pagerank": nx.pagerank(H, weight="weight")},
    "eigenvector": lambda H: {"eigenvector": nx.eigenvector_centrality(H, weight="weight", max_iter=1000, tol=1e-10)},
    "hits": lambda H: dict(zip(("hub", "authority"), nx.hits(H, nstart=dict.fromkeys(H, 1.0)))),
}


@pytest.mark.parametrize("measure", MEASURES)
def test_centrality_scores_equal_networkx_on_aggregated_graph(measure):
    G = read_graph(FIXTURE)
    expected = NETWORKX[measure](aggregate(G))
    records = centrality(G, measure="all")
    for column, scores in expected.items():
        assert {r["id"]: r[column] for r in records} == pytest.approx(scores, abs=1e-6), column


def test_centrality_node_scores_is_the_ranking_score():
    G = read_graph(FIXTURE)
    for measure in MEASURES:
        scores = node_scores(G, measure=measure)
        assert scores == {r["id"]: r["score"] for r in centrality(G, measure=measure)}
    assert node_scores(G, measure="hub") == {r["id"]: r["hub"] for r in centrality(G, measure="hits")}


def test_centrality_all_has_one_key_per_measure():
    record = centrality(read_graph(FIXTURE), measure="all")[0]
    assert list(record) == ["rank", "id", "label", "type", *COLUMNS, "relations"]
    assert record["id"] == "north-korea"  # ranked by pagerank


# Aggregation and weights ---------------------------------------------------------------------------


def test_centrality_a_symmetric_relation_counts_both_ways(make_graph):
    """ "a meets b" is "b meets a": stored once, it links both ways; "a warns b" links one way."""
    H = aggregate(make_graph(edges=[("a", "meets", "b", 2), ("a", "warns", "c")]))
    assert (H["a"]["b"]["weight"], H["b"]["a"]["weight"]) == (2, 2)
    assert H.has_edge("a", "c") and not H.has_edge("c", "a")
    G = make_graph(edges=[("a", "meets", "b"), ("c", "warns", "b")])
    [a] = [r for r in centrality(G, measure="in-degree") if r["id"] == "a"]
    assert a["score"] > 0 and [str(link) for link in a["relations"]] == ["B meets (1)"]


def test_centrality_aggregate_sums_parallel_relations(make_graph):
    G = make_graph(edges=[("a", "warns", "b", 2), ("a", "supports", "b", 3), ("b", "supports", "a")])
    H = aggregate(G)
    assert (H["a"]["b"]["weight"], H["b"]["a"]["weight"], H["a"]["b"]["distance"]) == (5, 1, 0.2)
    assert aggregate(G, weight="none")["a"]["b"]["weight"] == 1


def test_centrality_betweenness_distance_is_one_over_weight(make_graph):
    G = make_graph(
        edges=[("a", "supports", "b"), ("b", "supports", "d"), ("a", "supplies", "c", 5), ("c", "supplies", "d", 5)]
    )
    # a -> c -> d has length 0.4 and a -> b -> d length 2: only c lies on the shortest path (1 of 6 pairs)
    assert ranking(centrality(G, measure="betweenness"))[:2] == [(1, "c", 0.1667), (2, "a", 0.0)]
    # unweighted, both routes are two hops and share the pair
    assert ranking(centrality(G, measure="betweenness", weight="none"))[:2] == [(1, "b", 0.0833), (1, "c", 0.0833)]


def test_centrality_degree_counts_directed_ties_not_relations(make_graph):
    G = make_graph(
        edges=[("a", "warns", "b", 4), ("a", "supports", "b"), ("c", "supports", "b"), ("b", "supports", "c")]
    )
    # b: a -> b (two relations, one tie), c -> b and b -> c (two ties); (1 + 2) / (n - 1)
    assert ranking(centrality(G, measure="degree")) == [(1, "b", 1.5), (2, "c", 1.0), (3, "a", 0.5)]


# Filters: collapse, affiliations, relations, types -------------------------------------------------


@pytest.fixture
def leaders_act(make_graph):
    """Leaders do the acting; their states only appear through ``leads``."""
    nodes = [
        "kor",
        "pol",
        "usa",
        "rus",
        ("yoon", {"type": "leader", "affiliation": "kor"}),
        ("duda", {"type": "leader", "affiliation": "pol"}),
        ("biden", {"type": "leader", "affiliation": "usa"}),
        ("nis", {"type": "agency", "affiliation": "kor"}),
    ]
    edges = [
        ("yoon", "supports", "duda"),
        ("yoon", "supports", "biden"),
        ("yoon", "leads", "kor"),
        ("nis", "warns", "rus"),
        ("nis", "part_of", "kor"),
        ("biden", "warns", "rus"),
    ]
    return make_graph(nodes, edges)


def test_centrality_collapse_ranks_states_not_people(leaders_act):
    assert centrality(leaders_act, measure="degree")[0]["id"] == "yoon"
    records = centrality(leaders_act, measure="degree", collapse=True)
    # kor supports pol and usa and warns rus; the leads and part_of edges became self-loops and went
    assert ranking(records) == [(1, "kor", 1.0), (2, "rus", 0.6667), (2, "usa", 0.6667), (4, "pol", 0.3333)]
    assert [str(link) for link in records[0]["relations"]] == ["supports Pol (1)", "supports Usa (1)", "warns Rus (1)"]


def test_centrality_collapse_follows_affiliation_chains(make_graph):
    G = make_graph(
        [
            ("spy", {"type": "agency", "affiliation": "ministry"}),
            ("ministry", {"type": "agency", "affiliation": "kor"}),
            "kor",
            ("alice", {"type": "leader", "affiliation": "bob"}),
            ("bob", {"type": "leader", "affiliation": "alice"}),
        ],
        [("spy", "warns", "rus", 2), ("ministry", "warns", "rus"), ("bob", "supports", "rus")],
    )
    H = collapse_actors(G)
    assert sorted(H) == ["alice", "kor", "rus"]  # a cycle of affiliations merges into its smallest id
    assert H.nodes["kor"]["merged"] == ["spy", "ministry"]
    assert H["kor"]["rus"]["warns"]["weight"] == 3
    assert list(H.in_edges("rus", keys=True)) == [("kor", "rus", "warns"), ("alice", "rus", "supports")]


def test_centrality_collapse_then_type_keeps_leaders_actions(leaders_act):
    records = centrality(leaders_act, measure="degree", collapse=True, types=["state"])
    assert records[0]["id"] == "kor"
    assert centrality(leaders_act, types=["state"], measure="degree")[0]["score"] == 0.0  # no collapse: no ties


def test_centrality_no_affiliations_ranks_who_acts_on_whom(make_graph):
    G = make_graph(
        ["kor", ("yoon", {"type": "leader"}), ("nis", {"type": "agency"}), ("han", {"type": "leader"})],
        [
            ("yoon", "leads", "kor"),
            ("nis", "part_of", "kor"),
            ("han", "member_of", "kor"),
            ("rus", "attacks", "ukr"),
            ("rus", "warns", "kor"),
            ("rus", "deploys", "blr"),
        ],
    )
    assert centrality(G, measure="degree")[0]["id"] == "kor"
    records = centrality(G, measure="degree", affiliations=False)
    assert ranking(records)[:2] == [(1, "rus", 0.5), (2, "blr", 0.1667)]


def test_centrality_relation_filter(make_graph):
    G = make_graph(edges=[("a", "warns", "b"), ("c", "supports", "a"), ("d", "supports", "a")])
    assert centrality(G, measure="in-degree")[0]["id"] == "a"
    assert centrality(G, measure="in-degree", relations=["warns"])[0]["id"] == "b"


def test_centrality_filters_leave_the_graph_alone(leaders_act):
    before = nx.node_link_data(leaders_act, edges="edges")
    filter_graph(leaders_act, relations=["supports", "leads"], affiliations=False, collapse=True, types=["state"])
    with pytest.warns(ActorgraphWarning, match="eigenvector"):
        centrality(leaders_act, measure="all", collapse=True)
    assert nx.node_link_data(leaders_act, edges="edges") == before


def test_centrality_graph_relation_not_in_known_list_is_valid(make_graph):
    G = make_graph(edges=[("a", "blockades", "b")])
    assert centrality(G, relations=["blockades"], measure="in-degree")[0]["id"] == "b"


@pytest.mark.parametrize(
    "options, message",
    [
        ({"relations": ["invades"]}, "unknown relation 'invades'; choose from supplies, deploys, "),
        ({"types": ["country"]}, "unknown type 'country'; choose from state, leader, agency, alliance, other"),
        ({"measure": "katz"}, "unknown measure 'katz'; choose from degree, in-degree, "),
        ({"weight": "sources"}, "unknown weight 'sources'; choose from evidence, none"),
    ],
)
def test_centrality_unknown_name_lists_valid_names(options, message):
    with pytest.raises(UnknownNameError, match="^" + message) as info:
        centrality(read_graph(FIXTURE), **options)
    assert "\n" not in str(info.value)


def test_centrality_node_scores_unknown_measure_is_a_value_error():
    with pytest.raises(ValueError, match="hub, authority"):
        node_scores(read_graph(FIXTURE), measure="all")


# Degenerate graphs, ties, top, the relations shown -------------------------------------------------


@pytest.mark.parametrize("measure", MEASURES + ("all",))
def test_centrality_empty_graph_gives_no_records(make_graph, measure):
    assert centrality(make_graph(), measure=measure) == []
    assert node_scores(make_graph(), measure=measure if measure != "all" else "pagerank") == {}


@pytest.mark.parametrize("measure", MEASURES + ("all",))
def test_centrality_one_actor_and_no_edges(make_graph, measure):
    records = centrality(make_graph(["kor", "rus"]), measure=measure)
    assert [r["rank"] for r in records] == [1, 1]


def test_centrality_everything_filtered_out_gives_no_records(leaders_act):
    assert centrality(leaders_act, types=["alliance"]) == []


def test_centrality_top_cuts_the_ranking():
    assert [r["rank"] for r in centrality(read_graph(FIXTURE), top=2)] == [1, 2]


def test_centrality_shows_three_heaviest_relations(make_graph):
    G = make_graph(
        edges=[
            ("a", "warns", "b"),
            ("a", "supplies", "c", 3),
            ("d", "attacks", "a", 2),
            ("e", "supports", "a"),
            ("a", "supports", "e"),
        ]
    )
    record = centrality(G, measure="degree")[0]
    assert record["id"] == "a"
    assert [str(link) for link in record["relations"]] == ["supplies C (3)", "D attacks (2)", "E supports (1)"]
    out_only = centrality(G, measure="out-degree")[0]
    assert [str(link) for link in out_only["relations"]] == ["supplies C (3)", "supports E (1)", "warns B (1)"]


@pytest.mark.parametrize("measure, prefix", [("betweenness", "BETWEENNESS"), ("closeness", "CLOSENESS")])
def test_centrality_samples_above_threshold(monkeypatch, leaders_act, measure, prefix):
    monkeypatch.setattr(centrality_module, f"{prefix}_EXACT_MAX", 3)
    monkeypatch.setattr(centrality_module, f"{prefix}_SAMPLES", 4)
    with pytest.warns(
        ActorgraphWarning, match=f"{measure}: 8 actors is more than 3, so it is estimated from 4 sampled"
    ):
        first = centrality(leaders_act, measure=measure)
    with pytest.warns(ActorgraphWarning):
        assert centrality(leaders_act, measure=measure) == first


@pytest.mark.parametrize("weighted", [True, False])
def test_sampled_closeness_with_every_source_is_exact(weighted):
    H = aggregate(nx.MultiDiGraph(nx.gnm_random_graph(60, 150, seed=3, directed=True)))
    distance = "distance" if weighted else None
    exact = nx.closeness_centrality(H, distance=distance)
    assert sampled_closeness(H, len(H), distance=distance, seed=1) == pytest.approx(exact)


def test_sampled_closeness_finds_the_exact_leaders():
    H = aggregate(nx.MultiDiGraph(nx.barabasi_albert_graph(400, 3, seed=2)))
    exact = nx.closeness_centrality(H, distance="distance")
    sampled = sampled_closeness(H, 100, distance="distance", seed=0)
    top = lambda scores: set(sorted(scores, key=scores.get, reverse=True)[:10])  # noqa: E731
    assert len(top(exact) & top(sampled)) >= 8
    assert sampled != exact


def test_centrality_networkx_failure_is_a_centrality_error(monkeypatch, leaders_act):
    def fail(*args, **kwargs):
        raise nx.PowerIterationFailedConvergence(100)

    monkeypatch.setattr(nx, "pagerank", fail)
    with pytest.raises(CentralityError, match="^pagerank: cannot be computed"):
        centrality(leaders_act)


# Communities ---------------------------------------------------------------------------------------


@pytest.fixture
def two_blocs(make_graph):
    """Two triangles of mutual relations, joined only through 'bridge'."""
    edges = [(u, "supports", v) for bloc in ("abc", "xyz") for u in bloc for v in bloc if u != v]
    edges += [("c", "warns", "bridge"), ("bridge", "warns", "x")]
    return make_graph(edges=edges)


def test_centrality_communities_split_the_blocs(two_blocs):
    found = [([m.id for m in c["members"]], [str(b) for b in c["brokers"]]) for c in communities(two_blocs)]
    # the bridge joins the bloc it acts on; c and the bridge are the two ends of the only link
    assert found == [(["x", "y", "z", "bridge"], ["Bridge (links 2)"]), (["c", "a", "b"], ["C (links 1)"])]


def test_centrality_communities_are_repeatable(two_blocs):
    assert communities(read_graph(FIXTURE)) == communities(read_graph(FIXTURE))
    assert communities(two_blocs) == communities(two_blocs)


def test_centrality_communities_members_best_first(two_blocs):
    for c in communities(two_blocs, measure="degree"):
        scores = [m.score for m in c["members"]]
        assert scores == sorted(scores, reverse=True)


def test_centrality_communities_empty_graph(make_graph):
    assert communities(make_graph()) == []


def test_centrality_communities_reject_all(two_blocs):
    with pytest.raises(UnknownNameError, match="unknown measure 'all'"):
        communities(two_blocs, measure="all")


def test_centrality_eigenvector_fallback_values_are_unit_length(make_graph):
    G = make_graph(edges=[("a", "supplies", "b"), ("a", "supplies", "c"), ("c", "warns", "d")])
    with pytest.warns(ActorgraphWarning):
        scores = node_scores(G, measure="eigenvector")
    assert math.isclose(math.fsum(s * s for s in scores.values()), 1.0, rel_tol=1e-9)
