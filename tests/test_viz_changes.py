"""The diff and timeline pages without a browser: states, snapshots, markup, escaping."""

import copy
import re

import pytest
from conftest import IMG_PAYLOAD, SCRIPT_PAYLOAD
from test_viz_page import Tags, embedded_data

from actorgraph.diff import diff_graphs
from actorgraph.viz.changes import (
    DIFF_COLORS,
    diff_page_data,
    render_diff_page,
    render_timeline_page,
    timeline_page_data,
)


@pytest.fixture
def pair(make_graph):
    old = make_graph(
        ["kim", "north-korea", "russia"],
        [("north-korea", "deploys", "russia", 1), ("kim", "leads", "north-korea"), ("russia", "warns", "kim")],
    )
    new = make_graph(
        [("kim", {"label": "Kim Jong Un"}), "north-korea", "russia", "ukraine"],
        [("north-korea", "deploys", "russia", 3), ("russia", "attacks", "ukraine"), ("russia", "warns", "kim")],
    )
    return old, new


def test_diff_page_data_states(pair):
    old, new = pair
    before = copy.deepcopy((old, new))
    data = diff_page_data(old, new, diff_graphs(old, new))
    assert {a["id"]: a["state"] for a in data["actors"]} == {
        "kim": "changed",
        "north-korea": "unchanged",
        "russia": "unchanged",
        "ukraine": "added",
    }
    states = {(r["from"], r["relation"], r["to"]): r["state"] for r in data["relations"]}
    assert states == {
        ("north-korea", "deploys", "russia"): "changed",
        ("russia", "attacks", "ukraine"): "added",
        ("kim", "leads", "north-korea"): "removed",
        ("russia", "warns", "kim"): "unchanged",
    }
    colours = {e["id"]: e["color"] for e in data["edges"]}
    assert {colours[r["id"]] for r in data["relations"] if r["state"] == "removed"} == {DIFF_COLORS["removed"]}
    [deploys] = [r for r in data["relations"] if r["relation"] == "deploys"]
    assert deploys["changes"] == ["weight 1 → 3"]
    assert [e.get("new", False) for e in deploys["evidence"]] == [False, True, True]
    assert data["diff"]["states"][0] == {"name": "added", "color": DIFF_COLORS["added"], "actors": 1, "relations": 1}
    assert data["meta"]["mode"] == "diff" and data["meta"]["title"] == "actorgraph diff: test → test"
    assert [t["color"] for t in data["types"]] == ["#777777"] * len(data["types"])
    for G, H in zip((old, new), before):  # neither graph changed
        assert dict(G.nodes(data=True)) == dict(H.nodes(data=True))
        assert list(G.edges(keys=True, data=True)) == list(H.edges(keys=True, data=True))


def test_diff_page_recounted_actor_is_grey(make_graph):
    old, new = make_graph(["russia"]), make_graph([("russia", {"mentions": 4})])
    [actor] = diff_page_data(old, new, diff_graphs(old, new))["actors"]
    assert actor["state"] == "unchanged" and actor["changes"] == ["only counts changed: mentions 1 → 4"]


def test_diff_page_markup_is_offline_and_escaped(pair):
    old, new = pair
    new.nodes["ukraine"]["label"] = SCRIPT_PAYLOAD
    d = diff_graphs(old, new, names=(IMG_PAYLOAD, "new.json"))
    page = render_diff_page(old, new, d)
    parsed = Tags(page)
    assert [(t, a) for t, a in parsed.tags if "src" in a or "href" in a or t in ("img", "link")] == []
    assert len(parsed.scripts) == 3  # the data, vis-network, page.js
    assert "old: &lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in page  # the header's notes
    assert SCRIPT_PAYLOAD not in page and IMG_PAYLOAD not in page
    assert re.search(r'<input type="checkbox" name="state" value="removed" checked>', page)
    assert embedded_data(page)["diff"]["phrases"]["added"] == "Added: only in the new graph"


def test_timeline_page_data_marks_snapshots(make_graph):
    w42 = make_graph(["russia", "kim"], [("kim", "leads", "russia")])
    w43 = make_graph(["russia", "ukraine"], [("russia", "attacks", "ukraine")])  # kim left the network
    data = timeline_page_data([("w42", w42), ("w43", w43)])
    assert {a["id"]: a["snapshots"] for a in data["actors"]} == {"russia": [0, 1], "kim": [0], "ukraine": [1]}
    assert {r["relation"]: r["snapshots"] for r in data["relations"]} == {"leads": [0], "attacks": [1]}
    assert data["timeline"]["snapshots"] == [
        {"label": "w42", "actors": 2, "relations": 1, "articles": 1, "article_ids": ["a1"]},
        {"label": "w43", "actors": 2, "relations": 1, "articles": 1, "article_ids": ["a1"]},
    ]
    assert {a["id"]: a["snapshot_mentions"] for a in data["actors"]} == {
        "russia": [1, 1],
        "kim": [1, None],
        "ukraine": [None, 1],
    }
    assert data["meta"]["title"] == "actorgraph timeline: w42 to w43"
    page = render_timeline_page([("w42", w42), ("w43", w43)], title=SCRIPT_PAYLOAD)
    assert 'max="1"' in page and 'value="1"' in page and SCRIPT_PAYLOAD not in page
    with pytest.raises(ValueError, match="at least one snapshot"):
        timeline_page_data([])


def test_diff_page_max_nodes_keeps_what_changed_first(make_graph):
    # a hub the change does not touch would win on centrality alone
    hub = [("hub", "meets", x) for x in ("b", "c", "d")] + [(x, "warns", "hub") for x in ("b", "c", "d")]
    old = make_graph(["hub", "b", "c", "d", "a"], hub)
    new = make_graph(["hub", "b", "c", "d", "a", "e"], hub + [("e", "attacks", "a")])
    data = diff_page_data(old, new, diff_graphs(old, new), max_nodes=2)
    assert {a["id"]: a["state"] for a in data["actors"]} == {"a": "unchanged", "e": "added"}
    assert [(r["from"], r["relation"], r["to"], r["state"]) for r in data["relations"]] == [
        ("e", "attacks", "a", "added")
    ]
    assert (data["meta"]["actors_shown"], data["meta"]["omitted_count"]) == (2, 4)
    assert diff_page_data(old, new, diff_graphs(old, new), max_nodes=3)["actors"][2]["id"] == "hub"


def test_timeline_page_max_nodes_keeps_the_most_central(make_graph):
    w42 = make_graph(["russia", "kim"], [("kim", "leads", "russia")])
    w43 = make_graph(
        ["russia", "ukraine", "kim"],
        [("kim", "leads", "russia"), ("russia", "attacks", "ukraine"), ("ukraine", "warns", "russia")],
    )
    data = timeline_page_data([("w42", w42), ("w43", w43)], max_nodes=2)
    assert {a["id"] for a in data["actors"]} == {"russia", "ukraine"}
    assert {r["relation"]: r["snapshots"] for r in data["relations"]} == {"attacks": [1], "warns": [1]}
