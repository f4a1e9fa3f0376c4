"""The diff and timeline pages in headless Chromium, from file:// with every other request aborted."""

import copy
import re

import pytest
from conftest import IMG_PAYLOAD, SCRIPT_PAYLOAD, malicious_data

from actorgraph.build import assemble
from actorgraph.diff import diff_graphs
from actorgraph.fileformat import from_data
from actorgraph.snapshots import snapshot_graphs
from actorgraph.timeline import timeline
from actorgraph.viz.changes import DIFF_COLORS, render_diff_page, write_diff_page, write_timeline_page

# The colour vis-network draws each node and edge with, counted by colour.
NODE_COLOURS = """Object.values(actorgraph.network.body.nodes).reduce(
  (count, n) => (count[n.options.color.background] = (count[n.options.color.background] || 0) + 1, count), {})"""
EDGE_COLOURS = """Object.values(actorgraph.network.body.edges).reduce(
  (count, e) => (count[e.options.color.color] = (count[e.options.color.color] || 0) + 1, count), {})"""


def colour_counts(d, old, new):
    """The number of actors and relations the diff puts in each state, by the state's colour."""
    actors = {
        "added": len(d["actors"]["added"]),
        "removed": len(d["actors"]["removed"]),
        "changed": len(d["actors"]["changed"]),
    }
    actors["unchanged"] = len(set(old) | set(new)) - sum(actors.values())
    relations = {k: len(d["relations"][k]) for k in ("added", "removed", "changed")}
    relations["unchanged"] = len(set(old.edges(keys=True)) | set(new.edges(keys=True))) - sum(relations.values())
    by_colour = lambda counts: {DIFF_COLORS[k]: n for k, n in counts.items() if n}  # noqa: E731
    return by_colour(actors), by_colour(relations)


def show_everything(page):
    """Tick every modality and show actors without relations: the page then draws everything the files hold."""
    for box in page.locator("#ag-modalities input").all():
        box.check()
    page.check("#ag-isolated")


def shown_actors(page):
    """The actor ids the page leaves visible."""
    return set(page.evaluate("actorgraph.nodes.get({filter: x => !x.hidden}).map(x => actorgraph.actor(x.id))"))


def evil_pair(small_data):
    """Return (old, new): the payload graph and a later version with payloads in what changed."""
    old = from_data(malicious_data(small_data))
    new = copy.deepcopy(old)
    new.remove_edge("south-korea", "russia", "warns")
    new.nodes["russia"].update(label=f"Russia {IMG_PAYLOAD}", aliases=["Moscow", SCRIPT_PAYLOAD])
    new.add_node("evil", **{**new.nodes["poland"], "label": f"Evil {SCRIPT_PAYLOAD}", "aliases": [IMG_PAYLOAD]})
    evidence = {
        **new.edges["north-korea", "russia", "deploys"]["evidence"][0],
        "start": 2000,
        "end": 2050,
        "sentence": f"New {IMG_PAYLOAD} sentence {SCRIPT_PAYLOAD}",
        "said_by": "evil",
    }
    new.add_edge("evil", "russia", key="warns", **{**new.edges["nato", "north-korea", "warns"], "evidence": [evidence]})
    edge = new.edges["north-korea", "russia", "deploys"]
    edge.update(evidence=edge["evidence"][1:] + [evidence], contested=False)
    return old, new


@pytest.fixture(scope="module")
def diff_pages(tmp_path_factory, small_data, sample_extractions):
    """Write the diff pages: the sample's first two reports against all five, and the payload pair without CSP."""
    folder = tmp_path_factory.mktemp("diff-pages")
    early = [x for x in sample_extractions if x.article["date"] <= "2024-10-21"]
    sample = assemble(early, snapshot="18-21 Oct"), assemble(sample_extractions, snapshot="sample")
    sample_diff = diff_graphs(*sample)
    write_diff_page(*sample, sample_diff, folder / "sample.html")
    old, new = evil_pair(small_data)
    evil_diff = diff_graphs(old, new)
    page, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", render_diff_page(old, new, evil_diff))
    assert n == 1  # without the CSP, only the page's own escaping stands between a payload and the DOM
    (folder / "evil.html").write_text(page, encoding="utf-8")
    return folder, {"sample": (sample, sample_diff), "evil": ((old, new), evil_diff)}


@pytest.mark.parametrize("name", ["sample", "evil"])
def test_browser_diff_colours_match_the_diff(open_page, diff_pages, name):
    folder, pairs = diff_pages
    (old, new), d = pairs[name]
    loaded = open_page(folder / f"{name}.html")
    assert loaded.requests == [(folder / f"{name}.html").as_uri()] and loaded.errors == []
    actors, relations = colour_counts(d, old, new)
    assert loaded.count(NODE_COLOURS) == actors
    assert loaded.count(EDGE_COLOURS) == relations
    legend = loaded.page.inner_text("#ag-states")
    for state, colour in DIFF_COLORS.items():
        n_actors, n_relations = actors.get(colour, 0), relations.get(colour, 0)
        assert f"{state} {n_actors} actors, {n_relations} relations" in legend


def test_browser_diff_sample_panel_and_state_filter(open_page, diff_pages):
    folder, pairs = diff_pages
    (old, new), d = pairs["sample"]
    loaded = open_page(folder / "sample.html")
    page = loaded.page
    meets = page.evaluate(
        "actorgraph.data.relations.find(r => r.from === 'yoon-suk-yeol' && r.to === 'andrzej-duda'"
        " && r.relation === 'meets').id"
    )
    page.evaluate("id => actorgraph.showRelation(id)", meets)
    assert page.inner_text("#ag-panel .ag-state") == "Added: only in the new graph"
    deploys = page.evaluate(
        "actorgraph.data.relations.find(r => r.from === 'north-korea' && r.to === 'russia'"
        " && r.relation === 'deploys').id"
    )
    page.evaluate("id => actorgraph.showRelation(id)", deploys)
    text = page.inner_text("#ag-panel")
    assert "Changed" in text and "modality reported → asserted (firmer)" in text and "now contested" in text
    [change] = [
        r
        for r in d["relations"]["changed"]
        if (r["source"], r["relation"]) == ("north-korea", "deploys") and r["target"] == "russia"
    ]
    assert page.locator("#ag-panel .ag-badge").count() == len(change["evidence"]["added"])
    show_everything(page)
    page.uncheck("#ag-states input[value=unchanged]")
    page.uncheck("#ag-states input[value=changed]")
    page.uncheck("#ag-states input[value=removed]")
    page.uncheck("#ag-isolated")
    # every added relation shows, with its actors, new or not; added actors show even without relations
    added = {(r["source"], r["relation"], r["target"]) for r in d["relations"]["added"]}
    shown = page.evaluate(
        "actorgraph.data.relations.filter(r => !actorgraph.edges.get(r.id).hidden).map(r => [r.from, r.relation, r.to])"
    )
    assert {tuple(r) for r in shown} == added and len(added) > 3
    ends = {end for r in added for end in (r[0], r[2])}
    assert shown_actors(page) == ends | {a["id"] for a in d["actors"]["added"]}
    assert ends - {a["id"] for a in d["actors"]["added"]}  # some added relations join actors that are not new


def test_browser_diff_payloads_never_run(open_page, diff_pages):
    folder, _ = diff_pages
    loaded = open_page(folder / "evil.html")
    page = loaded.page
    for kind in ("Actor", "Relation"):
        for item in page.evaluate(f"actorgraph.data.{kind.lower()}s.map(x => x.id)"):
            page.evaluate(f"id => actorgraph.show{kind}(id)", item)
    page.evaluate("actorgraph.showActor('evil')")
    assert page.inner_text("#ag-panel h2") == f"Evil {SCRIPT_PAYLOAD}"
    page.evaluate("actorgraph.showActor('russia')")
    assert f"label Russia → Russia {IMG_PAYLOAD}" in page.inner_text("#ag-panel")
    deploys = page.evaluate(
        "actorgraph.data.relations.find(r => r.from === 'north-korea' && r.relation === 'deploys').id"
    )
    page.evaluate("id => actorgraph.showRelation(id)", deploys)
    text = page.inner_text("#ag-panel")
    assert f"New {IMG_PAYLOAD} sentence {SCRIPT_PAYLOAD}" in text and "No longer in the evidence (1)" in text
    assert "no longer contested" in text
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b, script:not([type])').length") == 2  # vis, page.js
    assert loaded.requests == [(folder / "evil.html").as_uri()]  # no <img src=x> was fetched
    assert loaded.errors == []


def test_browser_timeline_slider_shows_each_snapshot(open_page, tmp_path, sample_extractions):
    snapshots = snapshot_graphs(sample_extractions, by="day", cumulative=True)
    rows = timeline(snapshots)
    path = write_timeline_page(snapshots, tmp_path / "timeline.html")
    loaded = open_page(path)
    page = loaded.page
    show_everything(page)  # the rows count every relation and actor
    visible = (
        "[actorgraph.nodes.get({filter: x => !x.hidden}).length, actorgraph.edges.get({filter: x => !x.hidden}).length]"
    )
    assert loaded.count(visible) == [rows[-1]["actors"], rows[-1]["relations"]]  # the slider starts at the end
    for i in [0, 2, 1, 3, len(rows) - 1]:  # forwards and back
        page.fill("#ag-slider", str(i))
        assert loaded.count(visible) == [rows[i]["actors"], rows[i]["relations"]], rows[i]["snapshot"]
        assert page.inner_text("#ag-slider-label").startswith(
            f"{rows[i]['snapshot']} · {rows[i]['actors']} actors, {rows[i]['relations']} relations"
        )
    page.fill("#ag-slider", "0")
    page.uncheck("#ag-types input[value=leader]")  # the filters still apply within a snapshot
    leaders = sum(d["type"] == "leader" for _, d in snapshots[0][1].nodes(data=True))
    assert loaded.count(visible)[0] == rows[0]["actors"] - leaders
    assert loaded.requests == [path.as_uri()] and loaded.errors == []


def test_browser_diff_max_nodes_draws_the_kept_actors_in_their_states(open_page, tmp_path, diff_pages):
    from actorgraph.viz.changes import diff_page_data

    _, pairs = diff_pages
    (old, new), d = pairs["sample"]
    path = write_diff_page(old, new, d, tmp_path / "top.html", max_nodes=5)
    data = diff_page_data(old, new, d, max_nodes=5)
    loaded = open_page(path)
    assert loaded.errors == []
    want = {}
    for a in data["actors"]:
        want[DIFF_COLORS[a["state"]]] = want.get(DIFF_COLORS[a["state"]], 0) + 1
    assert loaded.count(NODE_COLOURS) == want and sum(want.values()) == 5
    assert loaded.count("Object.keys(actorgraph.network.body.edges).length") == len(data["relations"])


def test_browser_timeline_panel_follows_the_slider(open_page, tmp_path, sample_extractions):
    snapshots = snapshot_graphs(sample_extractions, by="day", cumulative=True)
    path = write_timeline_page(snapshots, tmp_path / "timeline.html")
    loaded = open_page(path)
    page = loaded.page
    first, last = snapshots[0][1], snapshots[-1][1]
    actor = max(first, key=lambda n: (last.nodes[n]["mentions"] - first.nodes[n]["mentions"], n))
    assert last.nodes[actor]["mentions"] > first.nodes[actor]["mentions"]  # it grows over the weeks
    page.evaluate("id => actorgraph.showActor(id)", actor)
    assert f"Mentions\n{last.nodes[actor]['mentions']:,} in {snapshots[-1][0]}" in page.inner_text("#ag-panel")
    page.fill("#ag-slider", "0")
    assert f"Mentions\n{first.nodes[actor]['mentions']:,} in {snapshots[0][0]}" in page.inner_text("#ag-panel")
    # a relation's evidence is counted from the snapshot's articles only
    grown = [
        (u, v, k)
        for u, v, k in first.edges(keys=True)
        if len(last.edges[u, v, k]["evidence"]) > len(first.edges[u, v, k]["evidence"])
    ]
    assert grown
    u, v, k = grown[0]
    rid = page.evaluate(
        "([u, v, k]) => actorgraph.data.relations.find(r => r.from === u && r.to === v && r.relation === k).id",
        [u, v, first.edges[u, v, k]["relation"]],
    )
    page.evaluate("id => actorgraph.showRelation(id)", rid)
    for box in page.locator("#ag-modalities input").all():
        box.check()
    n = len(first.edges[u, v, k]["evidence"])
    assert f"Counted\n{n} evidence sentence" in page.inner_text("#ag-panel")
    page.fill("#ag-slider", str(len(snapshots) - 1))
    n = len(last.edges[u, v, k]["evidence"])
    assert f"Counted\n{n} evidence sentence" in page.inner_text("#ag-panel")
    assert loaded.errors == []
