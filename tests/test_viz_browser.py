"""The network page in a real headless Chromium, loaded from file:// with the network blocked.

Chromium is Debian's ``/usr/bin/chromium`` (``.ci/run`` installs it), driven by
Playwright's Python package; never ``playwright install``. Waits use the
``data-ready`` attribute the page sets after ``stabilizationIterationsDone``
(selector waits work under the page's CSP; string predicates would need eval).
The ``browser`` and ``open_page`` fixtures are in conftest.py.
"""

import csv
import io
import json
import re
import time

import pytest
from conftest import IMG_PAYLOAD, SCRIPT_PAYLOAD, malicious_data
from playwright.sync_api import expect
from randomgraph import make_random_graph

from actorgraph.fileformat import from_data
from actorgraph.viz.page import MAX_TEXT, render_page, write_page

# Page coordinates of a node's centre, checked to hit that node. Browsers report whole
# pixels, so points are rounded before they are checked.
NODE_POINT = """actor => {
  const net = actorgraph.network, box = document.getElementById('ag-network').getBoundingClientRect();
  const id = actorgraph.node(actor) || actor, p = net.canvasToDOM(net.getPositions([id])[id]);
  const x = Math.round(box.left + p.x), y = Math.round(box.top + p.y);
  return net.getNodeAt({x: x - box.left, y: y - box.top}) === id ? {x, y} : null;
}"""

# Page coordinates of a point well inside an edge's hit band, clear of nodes and other
# edges: walk along and across the chord. vis hits an edge within 10 canvas units, and
# its tooltip takes the last edge in range, not the nearest, so rivals must be out of range.
EDGE_POINT = """id => {
  const net = actorgraph.network, box = document.getElementById('ag-network').getBoundingClientRect();
  const [a, b] = net.getConnectedNodes(id), pos = net.getPositions([a, b]);
  const pa = net.canvasToDOM(pos[a]), pb = net.canvasToDOM(pos[b]);
  const dx = pb.x - pa.x, dy = pb.y - pa.y, len = Math.hypot(dx, dy) || 1, reach = 11 * net.getScale();
  const ring = (p, r) => [0, 1, 2, 3, 4, 5, 6, 7].map(k => ({x: p.x + r * Math.cos(k * Math.PI / 4),
                                                            y: p.y + r * Math.sin(k * Math.PI / 4)}));
  for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {
    for (const off of [0, 3, -3, 6, -6, 10, -10, 15, -15, 20, -20, 30, -30, 40, -40, 55, -55]) {
      const x = Math.round(box.left + pa.x + t * dx - off * dy / len);
      const y = Math.round(box.top + pa.y + t * dy + off * dx / len);
      const p = {x: x - box.left, y: y - box.top};
      if (p.x < reach || p.y < reach || p.x > box.width - reach || p.y > box.height - reach) continue;
      const inner = [p].concat(ring(p, 3)), outer = ring(p, reach);
      if (inner.every(q => net.getEdgeAt(q) === id && net.getNodeAt(q) === undefined) &&
          outer.every(q => net.getNodeAt(q) === undefined && [id, undefined].includes(net.getEdgeAt(q))))
        return {x, y};
    }
  }
  return null;
}"""

# Page coordinates of a point on no node and no edge (moving there hides the tooltip).
EMPTY_POINT = """() => {
  const net = actorgraph.network, box = document.getElementById('ag-network').getBoundingClientRect();
  for (let y = 4; y < box.height; y += 12) for (let x = 4; x < box.width; x += 12)
    if (net.getNodeAt({x, y}) === undefined && net.getEdgeAt({x, y}) === undefined)
      return {x: box.left + x, y: box.top + y};
}"""


@pytest.fixture(scope="session")
def pages(tmp_path_factory, small_data):
    """Write the test pages once: the small graph, a payload graph without its CSP, 300 actors."""
    folder = tmp_path_factory.mktemp("pages")
    write_page(from_data(small_data), folder / "small.html")
    page = render_page(from_data(malicious_data(small_data)))
    # Without the CSP, only the page's own escaping stands between a payload and the DOM.
    page, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert n == 1
    (folder / "malicious.html").write_text(page, encoding="utf-8")
    write_page(make_random_graph(300, 1500, seed=2), folder / "medium.html")
    return folder


def panel_text(loaded):
    return loaded.page.inner_text("#ag-panel")


def visible(loaded, kind):
    """Ids of the actors (or relations) the filters leave visible."""
    ids = loaded.page.evaluate(f"actorgraph.{kind}.get({{filter: x => !x.hidden}}).map(x => x.id)")
    if kind == "nodes":
        return {loaded.page.evaluate("id => actorgraph.actor(id)", i) for i in ids}
    return set(ids)


def show_everything(page):
    """Tick every modality and show actors without relations: the page then draws the whole file."""
    for box in page.locator("#ag-modalities input").all():
        box.check()
    page.check("#ag-isolated")


def test_browser_loads_offline_with_all_items(open_page, pages):
    loaded = open_page(pages / "small.html")
    assert loaded.requests == [(pages / "small.html").as_uri()]
    assert loaded.errors == []
    assert loaded.count("[actorgraph.nodes.length, actorgraph.edges.length]") == [9, 10]
    assert loaded.count("Object.keys(actorgraph.network.getPositions()).length") == 9
    assert len(visible(loaded, "edges")) == 9  # south-korea warns russia is only hypothetical
    assert "counting asserted, reported evidence" in loaded.page.inner_text("#ag-filter-status")
    assert "2 articles · 2024-10-18 to 2024-10-24" in loaded.page.inner_text("#ag-corpus")


def test_browser_click_node_shows_actor(open_page, pages):
    loaded = open_page(pages / "small.html")
    point = loaded.page.evaluate(NODE_POINT, "south-korea")
    loaded.page.mouse.click(point["x"], point["y"])
    loaded.page.wait_for_selector("#ag-panel h2")
    text = panel_text(loaded)
    assert loaded.page.inner_text("#ag-panel h2") == "South Korea"
    assert "South Korea, Seoul" in text  # aliases
    assert (
        "Strongest relations" in text and "South Korea → supplies → Ukraine (1)" in text
    )  # its negated evidence is not counted
    assert "Relations shown\n3 of 4" in text and "Evidence counted\n3 (asserted 3)" in text


def test_browser_click_edge_shows_evidence(open_page, pages):
    loaded = open_page(pages / "small.html")
    point = loaded.page.evaluate(EDGE_POINT, "e0")  # North Korea deploys to Russia, contested
    assert point is not None
    loaded.page.mouse.click(point["x"], point["y"])
    loaded.page.wait_for_selector("#ag-panel .ag-evidence")
    text = panel_text(loaded)
    assert loaded.page.inner_text("#ag-panel h2") == "North Korea → deploys → Russia"
    for expected in (
        "CAMEO\n15",
        "PLOVER\nMOBILIZE",
        "Counted\n2 evidence sentences (asserted 1, reported 1)",
        "Not counted\nnone",
        "yes: the sources disagree",
        "Pyongyang had sent 10,000 soldiers to Russia.",
        "North Korean troops head to Russia",
        "Seoul vows response",
        "2024-10-24",
        "Said by\nNational Intelligence Service",
        "Modality\nreported",
        "Modality\nasserted",
    ):
        assert expected in text
    assert loaded.page.get_attribute("#ag-panel a", "href") == "https://example.org/a2"


def test_browser_filters_hide_edges_and_the_actors_they_orphan(open_page, pages):
    loaded = open_page(pages / "small.html")
    relation = dict(loaded.page.evaluate("actorgraph.data.relations.map(r => [r.id, r])"))
    factual = {i for i, r in relation.items() if r["relation"] != "warns" or r["from"] != "south-korea"}
    loaded.page.uncheck("#ag-relations input[value=denies]")
    assert visible(loaded, "edges") == {i for i in factual if relation[i]["relation"] != "denies"}
    assert loaded.page.inner_text("#ag-filter-status").startswith("Showing 7 of 10 relations and 9 of 9 actors")
    loaded.page.uncheck("#ag-relations input[value=part_of]")
    assert "south-korea-intelligence" not in visible(loaded, "nodes")  # left without relations
    loaded.page.check("#ag-isolated")
    assert "south-korea-intelligence" in visible(loaded, "nodes")
    loaded.page.uncheck("#ag-isolated")
    loaded.page.check("#ag-relations input[value=denies]")
    loaded.page.check("#ag-relations input[value=part_of]")
    loaded.page.uncheck("#ag-types input[value=leader]")
    assert visible(loaded, "nodes") == {
        "north-korea",
        "russia",
        "south-korea",
        "ukraine",
        "nato",
        "south-korea-intelligence",
    }  # Poland's only relation was its leader's
    assert len(visible(loaded, "edges")) == 6  # meets and two leads go with the leaders


def test_browser_date_window_hides_actors_and_recounts(open_page, pages):
    loaded = open_page(pages / "small.html")
    page = loaded.page
    width = "id => actorgraph.edges.get(id).width"
    size = "actor => actorgraph.nodes.get(actorgraph.node(actor)).size"
    before = {"deploys": page.evaluate(width, "e0"), "ukraine": page.evaluate(size, "ukraine")}
    page.fill("#ag-date-from", "2024-10-20")
    relation = dict(page.evaluate("actorgraph.data.relations.map(r => [r.id, r])"))
    counted = {
        i
        for i, r in relation.items()
        if any(e["date"] >= "2024-10-20" and e["modality"] in ("asserted", "reported") for e in r["evidence"])
    }
    assert visible(loaded, "edges") == counted
    assert len(counted) == 6  # supplies keeps only its negated sentence after the 20th
    assert visible(loaded, "nodes") == {
        "north-korea",
        "russia",
        "south-korea",
        "yoon-suk-yeol",
        "andrzej-duda",
        "poland",
    }
    assert page.evaluate(width, "e0") < before["deploys"]  # deploys: one sentence of two left
    page.evaluate("actorgraph.showRelation('e0')")
    text = panel_text(loaded)
    assert "Counted\n1 evidence sentence (reported 1)" in text and "Not counted\n1 (asserted 1)" in text
    assert "Shown" not in text
    page.evaluate("actorgraph.showActor('nato')")
    assert "Shown\nno: hidden by the filters" in panel_text(loaded)
    page.fill("#ag-date-from", "2024-10-18")
    page.fill("#ag-date-to", "2024-10-18")
    # sizes follow the window: on the 18th, NATO -> North Korea -> Russia and the intelligence
    # service -> South Korea -> Ukraine are twin chains, so Ukraine's pagerank rises to Russia's
    assert page.evaluate(size, "ukraine") == page.evaluate(size, "russia") == 40 > before["ukraine"]
    assert "russia" in visible(loaded, "nodes") and "poland" not in visible(loaded, "nodes")


def test_browser_modality_filter_counts_what_is_ticked(open_page, pages):
    loaded = open_page(pages / "small.html")
    page = loaded.page
    warns = page.evaluate("actorgraph.data.relations.find(r => r.from === 'south-korea' && r.relation === 'warns').id")
    assert warns not in visible(loaded, "edges")
    assert "only factual evidence (asserted, reported)" in page.inner_text("#ag-modalities")
    page.check("#ag-modalities input[value=hypothetical]")
    assert warns in visible(loaded, "edges")
    assert page.evaluate("id => actorgraph.edges.get(id).dashes", warns) is True
    page.check("#ag-modalities input[value=negated]")
    page.evaluate("actorgraph.showActor('south-korea')")
    assert "South Korea → supplies → Ukraine (2)" in panel_text(loaded)
    page.uncheck("#ag-modalities input[value=asserted]")
    page.uncheck("#ag-modalities input[value=reported]")
    supplies = page.evaluate("actorgraph.data.relations.find(r => r.relation === 'supplies').id")
    assert visible(loaded, "edges") == {warns, supplies}
    assert page.evaluate("id => actorgraph.edges.get(id).dashes", supplies) is True  # only its negated sentence


def test_browser_search_focuses_actor(open_page, pages):
    loaded = open_page(pages / "small.html")
    loaded.page.fill("#ag-search", "seoul")
    loaded.page.press("#ag-search", "Enter")
    loaded.page.wait_for_selector("#ag-panel h2")
    assert loaded.page.inner_text("#ag-search-status") == "Found South Korea."
    assert loaded.page.inner_text("#ag-panel h2") == "South Korea"
    assert loaded.count("actorgraph.network.getSelectedNodes().map(actorgraph.actor)") == ["south-korea"]
    distance = """() => { const net = actorgraph.network, v = net.getViewPosition(), id = actorgraph.node('south-korea'),
                          p = net.getPositions([id])[id];
                          return Math.hypot(v.x - p.x, v.y - p.y); }"""
    deadline = time.monotonic() + 10
    while loaded.page.evaluate(distance) > 1 and time.monotonic() < deadline:
        loaded.page.wait_for_timeout(100)  # the focus animation takes 300 ms
    assert loaded.page.evaluate(distance) <= 1
    loaded.page.fill("#ag-search", "Atlantis")
    loaded.page.press("#ag-search", "Enter")
    assert loaded.page.inner_text("#ag-search-status") == "No actor matches “Atlantis”."


def test_browser_layout_stops_and_physics_toggles(open_page, pages):
    loaded = open_page(pages / "small.html")
    assert loaded.page.is_checked("#ag-physics") is False
    before = loaded.count("actorgraph.network.getPositions()")
    loaded.page.wait_for_timeout(500)
    assert loaded.count("actorgraph.network.getPositions()") == before
    loaded.page.check("#ag-physics")
    assert loaded.count("actorgraph.network.physics.options.enabled") is True


def test_browser_malicious_text_never_runs(open_page, pages):
    loaded = open_page(pages / "malicious.html")
    page = loaded.page
    show_everything(page)
    ids = page.evaluate("[actorgraph.nodes.getIds(), actorgraph.edges.getIds()]")
    titles = dict(page.evaluate("actorgraph.nodes.get().concat(actorgraph.edges.get()).map(x => [x.id, x.title])"))
    empty, by_mouse = page.evaluate(EMPTY_POINT), 0
    for kind, script in (("node", NODE_POINT), ("edge", EDGE_POINT)):
        for item in ids[0] if kind == "node" else ids[1]:
            point = page.evaluate(script, item)
            if point is None:  # an edge hidden under others: select it the way a click does
                page.evaluate("id => actorgraph.showRelation(id)", item)
                continue
            page.mouse.move(empty["x"], empty["y"])  # vis keeps a tooltip while the pointer is on its item
            page.mouse.move(point["x"], point["y"])
            expect(page.locator("div.vis-tooltip")).to_contain_text(titles[item].split("\n")[0])
            page.mouse.click(point["x"], point["y"])
            page.wait_for_selector("#ag-panel h2")
            by_mouse += 1
    assert by_mouse == len(ids[0]) + len(ids[1])  # every item hovered and clicked for real
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b, script:not([type])').length") == 2  # vis, page.js

    page.evaluate("actorgraph.showActor('north-korea')")
    assert page.inner_text("#ag-panel h2") == f"North Korea {SCRIPT_PAYLOAD}"
    assert IMG_PAYLOAD in panel_text(loaded)
    page.evaluate("actorgraph.showRelation('e0')")
    text = panel_text(loaded)
    assert f"{IMG_PAYLOAD} Pyongyang sent troops {SCRIPT_PAYLOAD}" in text
    assert f"Troops {SCRIPT_PAYLOAD} {IMG_PAYLOAD}" in text  # article title, not a link
    assert page.evaluate("document.querySelectorAll('#ag-panel a').length") == 1  # only the https one
    assert f"week {IMG_PAYLOAD}" in page.inner_text("#ag-corpus")
    page.fill("#ag-search", "</script><script>window.__pwned=1</script>")
    page.press("#ag-search", "Enter")
    assert page.inner_text("#ag-panel h2") == f"North Korea {SCRIPT_PAYLOAD}"
    # the new controls: focus names the actor in the status line, the panel lists what is not counted
    page.select_option("#ag-hops", "1")
    assert f"1 hop around North Korea {SCRIPT_PAYLOAD}." in page.inner_text("#ag-filter-status")
    page.uncheck("#ag-modalities input[value=asserted]")
    page.evaluate("actorgraph.showRelation('e0')")
    page.click("#ag-panel details summary")
    assert f"{IMG_PAYLOAD} Pyongyang sent troops {SCRIPT_PAYLOAD}" in page.inner_text("#ag-panel details")
    with page.expect_download() as download:
        page.click("#ag-export-csv")
    exported = open(download.value.path(), encoding="utf-8").read()
    assert f'"North Korea {SCRIPT_PAYLOAD}"' not in exported and f"North Korea {SCRIPT_PAYLOAD}" in exported
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b, script:not([type])').length") == 2
    assert loaded.requests == [(pages / "malicious.html").as_uri()]  # no <img src=x> was ever fetched


def test_browser_medium_graph_stabilises_and_stops(open_page, pages):
    loaded = open_page(pages / "medium.html")
    assert loaded.count("actorgraph.data.actors.length") == 300
    assert loaded.count("actorgraph.nodes.length") == 300 + len(loaded.count("actorgraph.data.communities"))
    assert loaded.count("actorgraph.data.options.layout.improvedLayout") is False
    before = loaded.count("actorgraph.network.getPositions()")
    loaded.page.wait_for_timeout(300)
    assert loaded.count("actorgraph.network.getPositions()") == before
    assert loaded.errors == []


def overlapping(boxes):
    """Pairs of label boxes that overlap."""
    return [
        (a["text"], b["text"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["x"] < b["x"] + b["w"]
        and b["x"] < a["x"] + a["w"]
        and a["y"] < b["y"] + b["h"]
        and b["y"] < a["y"] + a["h"]
    ]


# Darkest pixel (sum of RGB) inside a box of the network canvas, in CSS pixels.
DARKEST = """b => { const c = document.querySelector('#ag-network canvas'), r = window.devicePixelRatio || 1;
  const d = c.getContext('2d').getImageData(b.x * r, b.y * r, Math.max(1, b.w * r), Math.max(1, b.h * r)).data;
  let m = 765; for (let i = 0; i < d.length; i += 4) m = Math.min(m, d[i] + d[i + 1] + d[i + 2]); return m; }"""
# Colour (sum of RGB) at the centre of an actor's node.
NODE_PIXEL = """actor => { const net = actorgraph.network, id = actorgraph.node(actor);
  const p = net.canvasToDOM(net.getPositions([id])[id]), r = window.devicePixelRatio || 1;
  const d = document.querySelector('#ag-network canvas').getContext('2d').getImageData(p.x * r, p.y * r, 1, 1).data;
  return d[0] + d[1] + d[2]; }"""


def test_browser_labels_readable_at_the_default_view(open_page, pages):
    for name in ("small.html", "medium.html"):
        loaded = open_page(pages / name)
        labels = loaded.count("actorgraph.labels")
        assert labels and all(label["px"] >= 12 for label in labels)
        assert overlapping(labels + loaded.count("actorgraph.edgeLabels")) == []
        for label in labels[:5]:  # really drawn: dark text inside its box
            assert loaded.page.evaluate(DARKEST, label) < 200, label
    # the small graph fits at a readable zoom, so every actor is named and the relations too
    small = open_page(pages / "small.html")
    assert {label["text"] for label in small.count("actorgraph.labels")} == set(
        small.count("actorgraph.data.actors.map(a => a.label)")
    )
    assert small.count("actorgraph.network.getScale()") >= 0.9 and small.count("actorgraph.edgeLabels.length") > 0


def test_browser_edge_labels_only_zoomed_in_or_selected(open_page, pages):
    loaded = open_page(pages / "medium.html")
    page = loaded.page
    page.uncheck("#ag-clusters")
    page.evaluate("actorgraph.fitView()")
    page.wait_for_timeout(100)
    assert loaded.count("actorgraph.network.getScale()") < 0.9
    assert loaded.count("actorgraph.edgeLabels") == []
    page.evaluate("actorgraph.showActor('actor-3')")
    page.wait_for_timeout(100)
    mine = set(
        loaded.count("actorgraph.data.relations.filter(r => r.from === 'actor-3' || r.to === 'actor-3').map(r => r.id)")
    )
    drawn = {label["id"] for label in loaded.count("actorgraph.edgeLabels")}
    assert drawn and drawn <= mine
    assert overlapping(loaded.count("actorgraph.labels") + loaded.count("actorgraph.edgeLabels")) == []


def test_browser_parallel_relations_fan_out_with_their_labels(open_page, pages):
    loaded = open_page(pages / "small.html")
    page = loaded.page
    page.evaluate("actorgraph.showActor('north-korea')")
    page.wait_for_timeout(100)
    pair = set(
        loaded.count(
            "actorgraph.data.relations.filter(r => [r.from, r.to].sort().join() === 'north-korea,russia').map(r => r.id)"
        )
    )
    assert len(pair) == 3
    middles = loaded.count(
        "actorgraph.data.relations.filter(r => [r.from, r.to].sort().join() === 'north-korea,russia')"
        ".map(r => actorgraph.network.body.edges[r.id].edgeType.getPoint(0.5)).map(p => [Math.round(p.x), Math.round(p.y)])"
    )
    assert len({tuple(m) for m in middles}) == 3  # three curves, three midpoints
    labels = [label for label in loaded.count("actorgraph.edgeLabels") if label["id"] in pair]
    assert len(labels) >= 2 and overlapping(labels) == []


def test_browser_click_fades_all_but_the_neighbourhood(open_page, pages):
    loaded = open_page(pages / "small.html")
    page = loaded.page
    before = {a: page.evaluate(NODE_PIXEL, a) for a in ("nato", "poland", "ukraine")}
    point = page.evaluate(NODE_POINT, "south-korea")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#ag-panel h2")
    page.wait_for_timeout(100)
    highlight = loaded.count("[...actorgraph.highlight.nodes].map(actorgraph.actor)")
    assert set(highlight) == {"south-korea", "ukraine", "yoon-suk-yeol", "south-korea-intelligence"}
    assert page.evaluate(NODE_PIXEL, "ukraine") == before["ukraine"]  # a neighbour keeps its colour
    assert page.evaluate(NODE_PIXEL, "poland") > before["poland"] + 150  # the rest fade towards white
    assert page.evaluate(NODE_PIXEL, "nato") > before["nato"] + 150
    assert loaded.count("actorgraph.network.getSelectedNodes().map(actorgraph.actor)") == ["south-korea"]
    empty = page.evaluate(EMPTY_POINT)
    page.mouse.click(empty["x"], empty["y"])
    page.wait_for_timeout(100)
    assert loaded.count("actorgraph.highlight") is None
    assert page.evaluate(NODE_PIXEL, "poland") == before["poland"]


def test_browser_focus_shows_only_hops_around_the_actor(open_page, pages):
    loaded = open_page(pages / "small.html")
    page = loaded.page
    page.evaluate("actorgraph.showActor('russia')")
    page.select_option("#ag-hops", "1")
    assert visible(loaded, "nodes") == {"russia", "north-korea"}  # warns from South Korea is not counted
    page.select_option("#ag-hops", "2")
    assert visible(loaded, "nodes") == {"russia", "north-korea", "nato"}
    page.evaluate("actorgraph.showActor('south-korea')")  # focus follows the selection
    assert visible(loaded, "nodes") == {
        "south-korea",
        "ukraine",
        "yoon-suk-yeol",
        "south-korea-intelligence",
        "andrzej-duda",
    }
    assert "2 hops around South Korea" in page.inner_text("#ag-filter-status")
    page.select_option("#ag-hops", "0")
    assert len(visible(loaded, "nodes")) == 9


def test_browser_communities_group_open_and_search(open_page, pages):
    loaded = open_page(pages / "medium.html")
    page = loaded.page
    groups = loaded.count("Object.fromEntries([...actorgraph.view.groups].map(([c, m]) => [c, [...m]]))")
    assert len(groups) >= 2
    shown = set(loaded.count("actorgraph.nodes.get({filter: x => !x.hidden}).map(x => x.id)"))
    assert {f"c{c}" for c in groups} <= shown
    grouped = {a for m in groups.values() for a in m}
    assert not grouped & visible(loaded, "nodes")  # members are drawn by their group
    assert page.locator("#ag-clusters").is_checked()
    first = sorted(groups, key=lambda c: -len(groups[c]))[0]
    point = page.evaluate(NODE_POINT, f"c{first}")
    page.mouse.click(point["x"], point["y"])
    assert set(groups[first]) <= visible(loaded, "nodes")
    other = next(c for c in groups if c != first)
    member = groups[other][0]
    page.fill("#ag-search", loaded.count(f"actorgraph.data.actors.find(a => a.id === '{member}').label"))
    page.press("#ag-search", "Enter")
    page.wait_for_selector("#ag-panel h2")
    assert member in visible(loaded, "nodes") and f"c{other}" not in {
        x for x in loaded.count("actorgraph.nodes.get({filter: x => !x.hidden}).map(x => x.id)")
    }
    page.uncheck("#ag-clusters")
    assert grouped <= visible(loaded, "nodes")
    assert loaded.errors == []


def test_browser_exports_the_view(open_page, pages):
    loaded = open_page(pages / "small.html")
    page = loaded.page
    page.uncheck("#ag-relations input[value=leads]")
    files = {}
    for kind in ("png", "json", "csv"):
        with page.expect_download() as download:
            page.click(f"#ag-export-{kind}")
        assert download.value.suggested_filename == f"actorgraph-view.{kind}"
        files[kind] = open(download.value.path(), "rb").read()
    assert files["png"].startswith(b"\x89PNG\r\n\x1a\n") and len(files["png"]) > 5000
    data = json.loads(files["json"])
    assert len(data["relations"]) == len(visible(loaded, "edges")) == 7
    assert {a["id"] for a in data["actors"]} == visible(loaded, "nodes")
    assert data["filters"]["modalities"] == ["asserted", "reported"]
    rows = list(csv.DictReader(io.StringIO(files["csv"].decode("utf-8"))))
    assert len(rows) == 7 and not any(r["relation"] == "leads" for r in rows)
    deploys = next(r for r in rows if r["relation"] == "deploys")
    assert (deploys["source_label"], deploys["target_label"], deploys["evidence"]) == ("North Korea", "Russia", "2")


def test_browser_csv_export_defuses_formulas(open_page, tmp_path, make_graph):
    G = make_graph([("x", {"label": '=HYPERLINK("http://evil")'})], [("x", "meets", "y")])
    loaded = open_page(write_page(G, tmp_path / "formula.html"))
    with loaded.page.expect_download() as download:
        loaded.page.click("#ag-export-csv")
    [row] = list(csv.DictReader(open(download.value.path(), encoding="utf-8")))
    assert row["source_label"] == '\'=HYPERLINK("http://evil")'


JS_NAMES = ("constructor", "toString", "hasOwnProperty", "__proto__", "valueOf")


def test_browser_actor_ids_like_object_properties(open_page, tmp_path, make_graph):
    edges = [(a, "meets", b) for a, b in zip(JS_NAMES, JS_NAMES[1:])] + [("toString", "attacks", "hasOwnProperty")]
    G = make_graph([(n, {"label": n, "aliases": [n]}) for n in JS_NAMES], edges)
    loaded = open_page(write_page(G, tmp_path / "names.html"))
    page = loaded.page
    assert loaded.errors == []
    assert visible(loaded, "nodes") == set(JS_NAMES)
    assert {label["text"] for label in loaded.count("actorgraph.labels")} == set(JS_NAMES)
    for name in JS_NAMES:
        page.fill("#ag-search", name)
        page.press("#ag-search", "Enter")
        assert page.inner_text("#ag-panel h2") == name
        assert page.inner_text("#ag-search-status") == f"Found {name}."
    page.evaluate("actorgraph.showActor('toString')")
    assert "Relations shown\n3 of 3" in panel_text(loaded)
    assert page.locator("#ag-names option").count() == len(JS_NAMES)
    assert loaded.errors == []


def test_browser_huge_sentence_and_label_are_cut(open_page, tmp_path, make_graph):
    huge = "word" * 2_500_000  # 10 MB, one "word"
    G = make_graph([("big", {"label": huge, "aliases": [huge]})], [("big", "meets", "small")])
    G.edges["big", "small", "meets"]["evidence"][0]["sentence"] = huge
    path = write_page(G, tmp_path / "huge.html")
    assert path.stat().st_size < 2_000_000
    loaded = open_page(path)
    page = loaded.page
    page.evaluate("actorgraph.showRelation('e0')")
    text = panel_text(loaded)
    assert "(cut: 10,000,000 characters in all)" in text
    assert len(page.inner_text("#ag-panel blockquote")) == MAX_TEXT
    assert max(len(label["text"]) for label in loaded.count("actorgraph.labels")) <= 40
    assert loaded.errors == []


def test_browser_page_opens_counting_the_graphs_modalities(open_page, tmp_path, small_data):
    # `actorgraph html --modality asserted,reported,hypothetical`: the hypothetical box is ticked on opening
    from actorgraph.counts import recount

    G = recount(from_data(small_data), ["asserted", "reported", "hypothetical"])
    write_page(G, tmp_path / "hypothetical.html")
    loaded = open_page(tmp_path / "hypothetical.html")
    ticked = {box.get_attribute("value") for box in loaded.page.locator("#ag-modalities input:checked").all()}
    assert ticked == {"asserted", "reported", "hypothetical"}
    assert len(visible(loaded, "edges")) == 10  # south-korea warns russia, only hypothetical, is drawn
    assert "counting asserted, reported, hypothetical evidence" in loaded.page.inner_text("#ag-filter-status")
