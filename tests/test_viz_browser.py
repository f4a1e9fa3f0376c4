"""The network page in a real headless Chromium, loaded from file:// with the network blocked.

Chromium is Debian's ``/usr/bin/chromium`` (``.ci/run`` installs it), driven by
Playwright's Python package; never ``playwright install``. Waits use the
``data-ready`` attribute the page sets after ``stabilizationIterationsDone``
(selector waits work under the page's CSP; string predicates would need eval).
The ``browser`` and ``open_page`` fixtures are in conftest.py.
"""

import re
import time

import pytest
from conftest import IMG_PAYLOAD, SCRIPT_PAYLOAD, malicious_data
from playwright.sync_api import expect
from randomgraph import make_random_graph

from actorgraph.fileformat import from_data
from actorgraph.viz.page import render_page, write_page

# Page coordinates of a node's centre, checked to hit that node. Browsers report whole
# pixels, so points are rounded before they are checked.
NODE_POINT = """id => {
  const net = actorgraph.network, box = document.getElementById('ag-network').getBoundingClientRect();
  const p = net.canvasToDOM(net.getPositions([id])[id]);
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
    """Ids of the nodes or edges the filters leave visible."""
    return set(loaded.page.evaluate(f"actorgraph.{kind}.get({{filter: x => !x.hidden}}).map(x => x.id)"))


def test_browser_loads_offline_with_all_items(open_page, pages):
    loaded = open_page(pages / "small.html")
    assert loaded.requests == [(pages / "small.html").as_uri()]
    assert loaded.errors == []
    assert loaded.count("[actorgraph.nodes.length, actorgraph.edges.length]") == [9, 10]
    assert loaded.count("Object.keys(actorgraph.network.getPositions()).length") == 9
    assert "2 articles · 2024-10-18 to 2024-10-24" in loaded.page.inner_text("#ag-corpus")


def test_browser_click_node_shows_actor(open_page, pages):
    loaded = open_page(pages / "small.html")
    point = loaded.page.evaluate(NODE_POINT, "south-korea")
    loaded.page.mouse.click(point["x"], point["y"])
    loaded.page.wait_for_selector("#ag-panel h2")
    text = panel_text(loaded)
    assert loaded.page.inner_text("#ag-panel h2") == "South Korea"
    assert "South Korea, Seoul" in text  # aliases
    # supplies has one asserted and one negated record: its weight counts the asserted one
    assert "Strongest relations" in text and "South Korea → supplies → Ukraine (1)" in text


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
        "2 evidence sentences",
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


def test_browser_filters_hide_edges(open_page, pages):
    loaded = open_page(pages / "small.html")
    relation = dict(loaded.page.evaluate("actorgraph.data.relations.map(r => [r.id, r])"))
    loaded.page.uncheck("#ag-relations input[value=denies]")
    assert visible(loaded, "edges") == {i for i, r in relation.items() if r["relation"] != "denies"}
    assert "Showing 8 of 10 relations." == loaded.page.inner_text("#ag-filter-status")
    loaded.page.check("#ag-relations input[value=denies]")
    loaded.page.uncheck("#ag-types input[value=leader]")
    assert visible(loaded, "nodes") == {
        "north-korea",
        "russia",
        "south-korea",
        "ukraine",
        "poland",
        "nato",
        "south-korea-intelligence",
    }
    assert len(visible(loaded, "edges")) == 7  # meets and two leads go with the leaders
    loaded.page.check("#ag-types input[value=leader]")
    loaded.page.fill("#ag-date-from", "2024-10-20")
    assert visible(loaded, "edges") == {i for i, r in relation.items() if r["last_seen"] >= "2024-10-20"}
    assert len(visible(loaded, "edges")) == 8  # NATO's warning and part_of were seen on 10-18 only


def test_browser_search_focuses_actor(open_page, pages):
    loaded = open_page(pages / "small.html")
    loaded.page.fill("#ag-search", "seoul")
    loaded.page.press("#ag-search", "Enter")
    loaded.page.wait_for_selector("#ag-panel h2")
    assert loaded.page.inner_text("#ag-search-status") == "Found South Korea."
    assert loaded.page.inner_text("#ag-panel h2") == "South Korea"
    assert loaded.count("actorgraph.network.getSelectedNodes()") == ["south-korea"]
    distance = """() => { const net = actorgraph.network, v = net.getViewPosition(),
                          p = net.getPositions(['south-korea'])['south-korea'];
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
    assert page.evaluate("window.__pwned") is None
    assert loaded.requests == [(pages / "malicious.html").as_uri()]  # no <img src=x> was ever fetched


def test_browser_medium_graph_stabilises_and_stops(open_page, pages):
    loaded = open_page(pages / "medium.html")
    assert loaded.count("actorgraph.nodes.length") == 300
    assert loaded.count("actorgraph.data.options.layout.improvedLayout") is False
    before = loaded.count("actorgraph.network.getPositions()")
    loaded.page.wait_for_timeout(300)
    assert loaded.count("actorgraph.network.getPositions()") == before
    assert loaded.errors == []
