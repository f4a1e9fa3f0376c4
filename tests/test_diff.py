"""graph.diff: what changed between two graphs; properties on generated graphs, facts on the sample."""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.build import assemble
from actorgraph.counts import count_evidence, recount
from actorgraph.diff import MODALITY_ORDER, apply_diff, diff_graphs, has_changes, modality, reverse_diff, validate_diff
from actorgraph.errors import DiffError, UnknownNameError
from actorgraph.fileformat import new_graph, to_data, validate

# A small universe, so that two graphs drawn from it share many actors, relations and evidence
# records and differ in few: every kind of change turns up.
IDS = ("north-korea", "russia", "ukraine", "south-korea", "nato")
LABELS = ("North Korea", "DPRK", "Russia", "Ukraine", "NATO", "<script>x</script>")
TYPES = ("state", "leader", "alliance")
ALIASES = ("Pyongyang", "the North", "Moscow", "Kyiv")
ARTICLES = ("a1", "a2", "a3")
DATES = ("2024-10-18", "2024-10-21", None)
RELATIONS = ("deploys", "warns", "meets")
MODALITIES = ("asserted", "reported", "alleged", "denied")


@st.composite
def graphs(draw):
    """Draw a valid actorgraph graph from the small universe, ordered as `assemble` orders lists."""
    articles = []
    for a in draw(st.lists(st.sampled_from(ARTICLES), unique=True)):
        articles.append(
            {
                "id": a,
                "title": draw(st.sampled_from(("Troops", "Talks"))),
                "date": draw(st.sampled_from(DATES)),
                "source": None,
                "url": None,
                "sha256": "0" * 64,
            }
        )
    articles.sort(key=lambda a: (a["date"] or "", a["id"]))
    G = new_graph(articles=articles, snapshot=draw(st.sampled_from(("w42", "w43"))))
    ids = draw(st.lists(st.sampled_from(IDS), unique=True))
    for n in ids:
        G.add_node(
            n,
            label=draw(st.sampled_from(LABELS)),
            type=draw(st.sampled_from(TYPES)),
            aliases=draw(st.lists(st.sampled_from(ALIASES), unique=True, max_size=2)),
            mentions=draw(st.integers(0, 3)),
            articles=draw(st.lists(st.sampled_from(ARTICLES), unique=True)),
            affiliation=draw(st.sampled_from((None,) + IDS)),
        )
    if len(ids) >= 2:
        keys = draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(ids), st.sampled_from(RELATIONS)).filter(
                    lambda t: t[0] != t[1]
                ),
                unique=True,
                max_size=6,
            )
        )
        for u, v, rel in keys:
            spots = draw(
                st.lists(
                    st.tuples(st.sampled_from(ARTICLES), st.sampled_from((0, 40))), unique=True, min_size=1, max_size=3
                )
            )
            evidence = [
                {
                    "article": a,
                    "date": "2024-10-21" if a == "a2" else "2024-10-18",
                    "sentence": draw(st.sampled_from(("Pyongyang sent troops.", "<img src=x onerror=alert(1)>"))),
                    "start": start,
                    "end": start + 20,
                    "said_by": draw(st.sampled_from((None, u))),
                    "modality": draw(st.sampled_from(MODALITIES)),
                    "quantity": None,
                    "location": None,
                    "trigger": "sent",
                }
                for a, start in spots
            ]
            evidence.sort(key=lambda e: (e["date"] or "", e["article"], e["start"]))
            dates = sorted(e["date"] for e in evidence)
            G.add_edge(
                u,
                v,
                key=rel,
                relation=rel,
                **count_evidence(evidence),
                first_seen=dates[0],
                last_seen=dates[-1],
                cameo=draw(st.sampled_from((None, "15"))),
                plover=None,
                contested=draw(st.booleans()),
                evidence=evidence,
            )
    return G


def _refresh(d):
    """Make an edge's summary attributes agree with its evidence again."""
    d["evidence"].sort(key=lambda e: (e["date"] or "", e["article"], e["start"]))
    dates = sorted(e["date"] for e in d["evidence"])
    d.update(
        **count_evidence(d["evidence"]),
        first_seen=dates[0],
        last_seen=dates[-1],
    )


@st.composite
def edited(draw, A):
    """Draw a later version of `A`: some actors recounted, renamed or dropped, evidence added or
    dropped, modalities and contested flags changed, actors and relations of another graph added."""
    B = copy.deepcopy(A)
    for n in sorted(B):
        edit = draw(st.sampled_from(("keep", "keep", "recount", "rename", "drop")))
        if edit == "recount":
            B.nodes[n]["mentions"] += 1
        elif edit == "rename":
            B.nodes[n].update(label=B.nodes[n]["label"] + " (renamed)")
        elif edit == "drop":
            B.remove_node(n)
    for u, v, k, d in sorted(B.edges(keys=True, data=True), key=lambda e: e[:3]):
        edit = draw(st.sampled_from(("keep", "keep", "evidence", "unsay", "modality", "contested", "drop")))
        if edit == "evidence":
            d["evidence"].append(
                {
                    **d["evidence"][0],
                    "article": "a2",
                    "date": "2024-10-21",
                    "start": 80 + len(d["evidence"]),
                    "modality": "asserted",
                }
            )
        elif edit == "unsay" and len(d["evidence"]) > 1:
            d["evidence"].pop(0)
        elif edit == "modality":
            d["evidence"][-1]["modality"] = draw(st.sampled_from(MODALITIES))
        elif edit == "contested":
            d["contested"] = not d["contested"]
        elif edit == "drop":
            B.remove_edge(u, v, k)
        _refresh(d)
    other = draw(graphs())
    for n, d in other.nodes(data=True):
        if n not in B and draw(st.booleans()):
            B.add_node(n, **d)
    for u, v, k, d in other.edges(keys=True, data=True):
        if u in B and v in B and not B.has_edge(u, v, k) and draw(st.booleans()):
            B.add_edge(u, v, key=k, **d)
    return B


#: Two graphs: independent ones (everything differs) or a graph and a later version of it.
pairs = st.one_of(st.tuples(graphs(), graphs()), graphs().flatmap(lambda A: st.tuples(st.just(A), edited(A))))


def same_graph(G, H):
    """Assert that two graphs are equal: metadata, nodes with attributes, edges with keys and attributes."""
    assert G.graph == H.graph
    assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)} == {
        (u, v, k): d for u, v, k, d in H.edges(keys=True, data=True)
    }


PROPERTY = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(graphs())
def test_diff_of_a_graph_with_itself_is_empty(A):
    validate(to_data(A))  # the strategy draws valid graph files
    d = diff_graphs(A, copy.deepcopy(A))
    validate_diff(d)
    assert not has_changes(d)
    assert all(not d[s][k] for s in ("articles", "actors", "relations") for k in d[s]) and d["centrality"] == []


@PROPERTY
@given(pairs)
def test_diff_backwards_is_the_diff_mirrored(pair):
    A, B = pair
    forward, backward = diff_graphs(A, B, top=None), diff_graphs(B, A, top=None)
    validate_diff(forward)
    assert reverse_diff(forward) == backward
    assert reverse_diff(backward) == forward
    assert has_changes(forward) == has_changes(backward)


@PROPERTY
@given(pairs)
def test_diff_applied_to_old_gives_new(pair):
    A, B = pair
    d = diff_graphs(A, B)
    before = copy.deepcopy(A)
    same_graph(apply_diff(A, d), B)
    same_graph(apply_diff(B, reverse_diff(d)), A)
    same_graph(A, before)  # apply_diff copies
    # the diff survives JSON (what `actorgraph diff --format json` prints)
    same_graph(apply_diff(A, json.loads(json.dumps(d))), B)


def test_diff_changes_of_one_relation(make_graph):
    A = make_graph(["north-korea", "russia"], [("north-korea", "deploys", "russia", 2)])
    first, second = A.edges["north-korea", "russia", "deploys"]["evidence"]
    first["modality"], second["modality"] = "reported", "alleged"
    B = copy.deepcopy(A)
    confirmed = {
        **first,
        "start": 500,
        "end": 520,
        "sentence": "Seoul confirmed the deployment.",
        "modality": "asserted",
    }
    B.edges["north-korea", "russia", "deploys"].update(evidence=[second, confirmed], contested=True)
    d = diff_graphs(A, B)
    validate_diff(d)
    [changed] = d["relations"]["changed"]
    assert (changed["source"], changed["relation"], changed["target"]) == ("north-korea", "deploys", "russia")
    assert changed["changes"] == {"contested": {"old": False, "new": True}}  # weight 2 -> 2
    assert changed["evidence"] == {"added": [confirmed], "removed": [first]}
    assert changed["modality"] == {"old": "reported", "new": "asserted", "direction": "firmer"}
    assert reverse_diff(d)["relations"]["changed"][0]["modality"] == {
        "old": "asserted",
        "new": "reported",
        "direction": "weaker",
    }


def test_diff_renamed_actor_is_a_change_not_a_removal(make_graph):
    A = make_graph([("kim", {"label": "Kim Jong-Un", "type": "leader", "affiliation": None})])
    B = make_graph(
        [
            (
                "kim",
                {
                    "label": "Kim Jong Un",
                    "type": "leader",
                    "affiliation": "north-korea",
                    "aliases": ["Kim", "Kim Jong Un"],
                    "mentions": 7,
                },
            )
        ]
    )
    d = diff_graphs(A, B)
    assert d["actors"]["added"] == d["actors"]["removed"] == []
    [changed] = d["actors"]["changed"]
    assert changed["label"] == "Kim Jong Un"
    assert set(changed["changes"]) == {"label", "affiliation", "aliases", "mentions"}
    assert d["labels"]["kim"] == "Kim Jong Un" and reverse_diff(d)["labels"]["kim"] == "Kim Jong-Un"


def test_diff_more_mentions_only_is_recounted(make_graph):
    A = make_graph(["russia"])
    B = make_graph([("russia", {"mentions": 5})])
    d = diff_graphs(A, B)
    assert d["actors"]["changed"] == []
    assert d["actors"]["recounted"] == [
        {"id": "russia", "label": "Russia", "changes": {"mentions": {"old": 1, "new": 5}}}
    ]
    assert has_changes(d)


def test_diff_evidence_order_alone_is_no_change(make_graph):
    A = make_graph([], [("a", "warns", "b", 3)])
    B = copy.deepcopy(A)
    B.edges["a", "b", "warns"]["evidence"].reverse()
    assert not has_changes(diff_graphs(A, B))


def test_diff_centrality_movers(make_graph):
    # b is the hub of A; in B everything points at c
    A = make_graph([], [("a", "warns", "b"), ("c", "warns", "b"), ("d", "warns", "b"), ("b", "warns", "c")])
    B = make_graph([], [("a", "warns", "c"), ("b", "warns", "c"), ("d", "warns", "c"), ("c", "warns", "b")])
    d = diff_graphs(A, B, measure="pagerank")
    moves = {m["id"]: (m["old_rank"], m["new_rank"], m["change"]) for m in d["centrality"]}
    assert moves == {"b": (1, 2, -1), "c": (2, 1, 1)}
    assert [t["id"] for t in d["old"]["top"]][:2] == ["b", "c"] and d["new"]["top"][0]["id"] == "c"
    assert diff_graphs(A, B, top=1)["centrality"] == d["centrality"][:1]
    assert diff_graphs(A, B, measure=None)["centrality"] == []
    with pytest.raises(UnknownNameError, match="choose from degree"):
        diff_graphs(A, B, measure="fame")


def test_diff_does_not_apply_to_another_graph(make_graph):
    A = make_graph([], [("a", "warns", "b")])
    B = make_graph([], [("a", "warns", "b", 2)])
    d = diff_graphs(A, B)
    with pytest.raises(DiffError, match="diff does not apply: relation a -warns-> b has weight 2, the diff expects 1"):
        apply_diff(B, d)
    with pytest.raises(DiffError, match="is not in the graph"):
        apply_diff(make_graph(["a"]), d)


def test_diff_modality_is_the_firmest():
    assert modality([{"modality": m} for m in reversed(MODALITY_ORDER)]) == "asserted"
    assert modality([{"modality": "negated"}, {"modality": "denied"}]) == "denied"


def test_diff_schema_rejects_a_wrong_shape(make_graph):
    d = diff_graphs(make_graph(["a"]), make_graph(["a", "b"]))
    validate_diff(d)
    bad = copy.deepcopy(d)
    bad["actors"]["added"][0]["type"] = "planet"
    with pytest.raises(DiffError, match="actors/added/0/type"):
        validate_diff(bad)
    bad = copy.deepcopy(d)
    bad["centrality"] = [{"id": "a", "old_rank": 1, "new_rank": 1, "change": 0, "old_score": 0.5, "new_score": 0.5}]
    with pytest.raises(DiffError, match="centrality/0/change"):
        validate_diff(bad)


# On the sample: the reports of 18 and 21 October against all five.


@pytest.fixture(scope="session")
def sample_diff(sample_extractions):
    early = [x for x in sample_extractions if x.article["date"] <= "2024-10-21"]
    assert sorted(x.article["date"] for x in early) == ["2024-10-18", "2024-10-21"]
    old, new = assemble(early, snapshot="18-21 Oct"), assemble(sample_extractions, snapshot="sample")
    return old, new, diff_graphs(old, new)


def test_diff_sample_week_adds_poland_duda_and_their_meeting(sample_diff):
    old, new, d = sample_diff
    validate_diff(d)
    added = {a["id"]: a for a in d["actors"]["added"]}
    assert added["poland"]["label"] == "Poland" and added["poland"]["type"] == "state"
    assert added["andrzej-duda"]["label"] == "Andrzej Duda" and added["andrzej-duda"]["affiliation"] == "poland"
    meets = [
        r
        for r in d["relations"]["added"]
        if (r["source"], r["relation"], r["target"]) == ("yoon-suk-yeol", "meets", "andrzej-duda")
    ]
    assert meets and {e["date"] for e in meets[0]["evidence"]} == {"2024-10-24"}
    assert d["actors"]["removed"] == [] and d["relations"]["removed"] == []
    assert [a["date"] for a in d["articles"]["added"]] == ["2024-10-22", "2024-10-24", "2024-10-30"]
    same_graph(apply_diff(old, d), new)


def test_diff_sample_deployment_becomes_asserted_and_contested(sample_diff):
    _, _, d = sample_diff
    changed = {(r["source"], r["relation"], r["target"]): r for r in d["relations"]["changed"]}
    deploys = changed["north-korea", "deploys", "russia"]
    assert deploys["modality"] == {"old": "reported", "new": "asserted", "direction": "firmer"}
    assert deploys["changes"]["contested"] == {"old": False, "new": True}
    added = deploys["evidence"]["added"]
    factual = [e for e in added if e["modality"] in ("asserted", "reported")]
    assert 0 < len(factual) < len(added)  # the weight counts what is said to have happened
    assert deploys["changes"]["weight"]["new"] - deploys["changes"]["weight"]["old"] == len(factual)
    assert all(e["date"] > "2024-10-21" for e in added)


def test_diff_sample_with_itself_is_empty(sample_diff):
    _, new, _ = sample_diff
    assert not has_changes(diff_graphs(new, new))


def test_diff_version_1_is_refused_by_name(make_graph):
    d = diff_graphs(make_graph([], [("a", "warns", "b")]), make_graph([], [("a", "warns", "b", 2)]))
    old = dict(d, format_version=1)
    del old["counted"]
    with pytest.raises(
        DiffError, match="diff format version 1 is not 2.*run actorgraph diff on the two graph files again"
    ):
        validate_diff(old)


def test_diff_counts_the_modalities_it_is_given(make_graph):
    A = make_graph([], [("a", "warns", "b")])
    B = copy.deepcopy(A)
    d = B.edges["a", "b", "warns"]
    d["evidence"].append(dict(d["evidence"][0], start=500, end=510, modality="hypothetical"))
    _refresh(d)
    factual = diff_graphs(A, B)
    (changed,) = factual["relations"]["changed"]
    assert factual["counted"] == ["asserted", "reported"] and "weight" not in changed["changes"]
    assert changed["changes"]["counts"]["new"]["hypothetical"] == 1
    everything = diff_graphs(A, B, modalities=["asserted", "hypothetical"])
    assert everything["relations"]["changed"][0]["changes"]["weight"] == {"old": 1, "new": 2}
    validate_diff(everything)
    same_graph(apply_diff(A, everything), recount(B, ["asserted", "hypothetical"]))
