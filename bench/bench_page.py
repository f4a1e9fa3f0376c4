"""Time to a still layout and file size of the network page, at 200 and 2,000 actors.

Usage: python bench/bench_page.py [--sizes 200 2000] [--runs 3] [--pyvis-timeout 180]

For each size it writes three pages of the same random graph (about 5 relations
per actor) into bench/out/ and opens each in headless Chromium from file://,
with every other request aborted:

  page    ``actorgraph.viz.page.write_page``: time from navigation start until the page
          sets ``data-ready`` (stabilised, physics off, first frame drawn).
  floor   the same page with a stabilisation budget of 0 iterations: loading,
          parsing, building the network and drawing, but no physics. The
          difference to ``page`` is what the layout costs.
  pyvis   pyvis 0.3.2's own page (``Network.generate_html``, default options:
          1000 iterations, dynamic smooth edges), timed to
          ``stabilizationIterationsDone``; abandoned after --pyvis-timeout.

On each loaded ``page`` it then times three interactions, from the call until two
animation frames later (the change drawn): ``focus`` (select the most central
actor, then focus on 1 hop around it), ``filter`` (tick one more modality) and
``dates`` (narrow the date window to its second half). ``page_s`` is with the
communities grouped (the default from 300 actors on); ``flat_s`` is the same page
with grouping off (its interactions are ``flat_*``).

Times are medians of --runs loads (pyvis: one load). The machine is shared, so
read ratios rather than absolute seconds.
"""

import argparse
import json
import pathlib
import statistics
import sys
import time

from playwright.sync_api import sync_playwright

BENCH = pathlib.Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "scripts")]

from chromium import launch  # noqa: E402
from pyvis.network import Network  # noqa: E402
from randomgraph import make_random_graph  # noqa: E402

import actorgraph.viz.page  # noqa: E402, F401  (binds viz.page)
from actorgraph import viz  # noqa: E402

OUT = BENCH / "out"
PYVIS_HOOK = (
    '<script>network.once("stabilizationIterationsDone", function () {'
    " window.__doneAt = performance.now(); });</script>\n</body>"
)


def write_pages(G, n):
    """Write the page, floor and pyvis pages of `G`; returns {name: (path, render seconds)}."""
    pages = {}
    t = time.perf_counter()
    viz.page.write_page(G, OUT / f"page-{n}.html")
    pages["page"] = (OUT / f"page-{n}.html", time.perf_counter() - t)

    budget = viz.page._iterations
    viz.page._iterations = lambda n_nodes: 0  # the same page, no physics
    try:
        viz.page.write_page(G, OUT / f"floor-{n}.html")
    finally:
        viz.page._iterations = budget
    pages["floor"] = (OUT / f"floor-{n}.html", None)

    t = time.perf_counter()
    net = Network(directed=True, cdn_resources="in_line")
    for node, d in G.nodes(data=True):
        net.add_node(node, label=d["label"], title=d["label"])
    for u, v, d in G.edges(data=True):
        net.add_edge(u, v, title=d["relation"], value=d["weight"])
    html = net.generate_html().replace("</body>", PYVIS_HOOK, 1)
    (OUT / f"pyvis-{n}.html").write_text(html, encoding="utf-8")
    pages["pyvis"] = (OUT / f"pyvis-{n}.html", time.perf_counter() - t)
    return pages


def load(browser, path, ready, timeout):
    """Open `path` and return the page's own clock (seconds) when `ready` holds, or None on timeout."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri(), timeout=timeout * 1000)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            at = page.evaluate(ready)
            if at is not None:
                return at / 1000
            time.sleep(0.1)
        return None
    finally:
        page.close()


INTERACT = """async ([what, top]) => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const change = (el) => el.dispatchEvent(new Event("change"));
  const t0 = performance.now();
  if (what === "flat") { const b = document.getElementById("ag-clusters"); if (b) { b.checked = false; change(b); } }
  if (what === "focus") { actorgraph.showActor(top); const h = document.getElementById("ag-hops"); h.value = "1"; change(h); }
  if (what === "filter") { const b = document.querySelector("#ag-modalities input:not(:checked)"); b.checked = true; change(b); }
  if (what === "dates") {
    const from = document.getElementById("ag-date-from"), a = Date.parse(from.min), b = Date.parse(from.max);
    from.value = new Date((a + b) / 2).toISOString().slice(0, 10); change(from);
  }
  await frames();
  return (performance.now() - t0) / 1000;
}"""


def interactions(browser, path, top, *, flat=False):
    """Load `path`, run the interactions and return ``{name: seconds}`` (``flat``: grouping off first)."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    try:
        page.goto(path.as_uri(), timeout=120_000)
        page.wait_for_selector("html[data-ready=true]", state="attached", timeout=120_000)
        out = {"ungroup": page.evaluate(INTERACT, ["flat", top])} if flat else {}
        for what in ("focus", "filter", "dates"):
            out[what] = page.evaluate(INTERACT, [what, top])
        return out
    finally:
        page.close()


def measure(browser, G, n, pages, runs, pyvis_timeout):
    """Return the result row of one size."""
    ours = "window.actorgraph && window.actorgraph.ready ? actorgraph.readyAt : null"
    theirs = "window.__doneAt === undefined ? null : window.__doneAt"
    row = {
        "actors": n,
        "relations": G.number_of_edges(),
        "iterations": viz.page._iterations(n),
        "render_s": round(pages["page"][1], 2),
    }
    for name in ("page", "floor"):
        times = [load(browser, pages[name][0], ours, 120) for _ in range(runs)]
        row[f"{name}_s"] = round(statistics.median(t for t in times if t is not None), 2)
        row[f"{name}_mb"] = round(pages[name][0].stat().st_size / 1e6, 2)
    top = max(G, key=lambda a: G.degree(a))
    for flat in (False, True):
        runs_ = [interactions(browser, pages["page"][0], top, flat=flat) for _ in range(runs)]
        for what in runs_[0]:
            row[("flat_" if flat else "") + what + "_s"] = round(statistics.median(r[what] for r in runs_), 2)
    t = load(browser, pages["pyvis"][0], theirs, pyvis_timeout)
    row["pyvis_s"] = round(t, 2) if t is not None else f">{pyvis_timeout:g}"
    row["pyvis_mb"] = round(pages["pyvis"][0].stat().st_size / 1e6, 2)
    row["layout_s"] = round(row["page_s"] - row["floor_s"], 2)
    row["page_vs_floor"] = round(row["page_s"] / row["floor_s"], 2)
    if t is not None:
        row["pyvis_vs_page"] = round(t / row["page_s"], 2)
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pyvis-timeout", type=float, default=180)
    args = parser.parse_args(argv)
    OUT.mkdir(exist_ok=True)
    results = []
    with sync_playwright() as p:
        browser = launch(p)
        for n in args.sizes:
            G = make_random_graph(n, 5 * n, seed=1)
            row = measure(browser, G, n, write_pages(G, n), args.runs, args.pyvis_timeout)
            results.append(row)
            print(json.dumps(row), flush=True)
        browser.close()
    (OUT / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
