"""Write screenshots of the network page: the sample's, or a generated graph's, in one of its views.

Usage: python scripts/screenshot.py [GRAPH] [--random N] [--view relation|plain|focus|groups|flat] [-o PNG]
       python scripts/screenshot.py --docs   (every screenshot of docs/html.md)

GRAPH defaults to the graph of the bundled sample articles, built on the fly; ``--random N``
draws tests/randomgraph.py's graph of N actors and 5N relations instead. Views: ``plain`` (the page as it opens), ``relation``
(the strongest relation selected), ``focus`` (a well-connected actor selected, 1 hop around it:
the most connected of a small graph, the tenth of a big one, whose hub touches half the graph), ``groups`` (the default view as it opens: communities grouped from
300 actors on) and ``flat`` (grouping off: every actor drawn).
"""

import argparse
import pathlib
import sys
import tempfile

from chromium import launch, open_page
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from actorgraph.build import build  # noqa: E402
from actorgraph.fileformat import read_graph  # noqa: E402
from actorgraph.viz.page import write_page  # noqa: E402

VIEWS = {
    "relation": """() => {
      const rels = actorgraph.data.relations.filter(r => !actorgraph.edges.get(r.id).hidden)
        .sort((a, b) => b.contested - a.contested || b.evidence.length - a.evidence.length);
      if (rels.length) actorgraph.showRelation(rels[0].id);
    }""",
    "focus": """top => {
      actorgraph.showActor(top);
      const hops = document.getElementById('ag-hops');
      hops.value = '1';
      hops.dispatchEvent(new Event('change'));
    }""",
    "plain": "() => {}",
    "groups": "() => {}",
    "flat": """() => {
      const box = document.getElementById('ag-clusters');
      if (box) { box.checked = false; box.dispatchEvent(new Event('change')); }
    }""",
}

DOCS = [  # (output, --random, view)
    ("screenshot.png", None, "relation"),
    ("screenshot-sample.png", None, "plain"),
    ("screenshot-sample-focus.png", None, "focus"),
    ("screenshot-2000-groups.png", 2000, "groups"),
    ("screenshot-2000-flat.png", 2000, "flat"),
    ("screenshot-2000-focus.png", 2000, "focus"),
]


def graph(path, random):
    """Return the graph to draw: a file, a generated graph of `random` actors, or the sample's."""
    if random:
        from randomgraph import make_random_graph

        return make_random_graph(random, 5 * random, seed=1)
    return read_graph(path) if path else build([ROOT / "data" / "articles"], snapshot="sample")


def shoot(browser, G, view, output, folder):
    """Write the page of `G` into `folder`, open it, set up `view` and save the screenshot to `output`."""
    html = write_page(G, pathlib.Path(folder) / "graph.html")
    page = open_page(browser, html, width=1280, height=760)
    ranked = sorted(G, key=lambda n: (-G.degree(n), str(n)))
    top = ranked[min(9, len(ranked) - 1) if len(G) > 300 else 0] if len(G) else None
    page.evaluate(VIEWS[view], top)
    page.wait_for_timeout(400)
    output.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(output))
    page.close()
    print(f"{output} ({output.stat().st_size // 1024} KB)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", nargs="?", help="graph file (default: build data/articles)")
    parser.add_argument("--random", type=int, help="draw a generated graph of this many actors instead")
    parser.add_argument("--view", choices=sorted(VIEWS), default="relation")
    parser.add_argument("-o", "--output", default=ROOT / "docs" / "screenshot.png", type=pathlib.Path)
    parser.add_argument("--docs", action="store_true", help="write every screenshot of docs/html.md")
    args = parser.parse_args(argv)
    shots = [(ROOT / "docs" / name, random, view) for name, random, view in DOCS] if args.docs else []
    shots = shots or [(args.output, args.random, args.view)]
    graphs = {}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = launch(p)
        for output, random, view in shots:
            if random not in graphs:
                graphs[random] = graph(args.graph, random)
            shoot(browser, graphs[random], view, output, tmp)
        browser.close()


if __name__ == "__main__":
    main()
