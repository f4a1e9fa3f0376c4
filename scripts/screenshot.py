"""Write docs/screenshot.png: the network page of a graph file with its strongest relation selected.

Usage: python scripts/screenshot.py [GRAPH] [-o docs/screenshot.png]
GRAPH defaults to the graph of the bundled sample articles, built on the fly.
"""

import argparse
import pathlib
import sys
import tempfile

from chromium import launch, open_page
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actorgraph.build import build  # noqa: E402
from actorgraph.fileformat import read_graph  # noqa: E402
from actorgraph.viz.page import write_page  # noqa: E402

SELECT = """() => {
  const rels = actorgraph.data.relations.slice().sort((a, b) => b.contested - a.contested || b.weight - a.weight);
  if (!rels.length) return;
  actorgraph.network.setSelection({nodes: [], edges: [rels[0].id]});
  actorgraph.showRelation(rels[0].id);
}"""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", nargs="?", help="graph file (default: build data/articles)")
    parser.add_argument("-o", "--output", default=ROOT / "docs" / "screenshot.png", type=pathlib.Path)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        G = read_graph(args.graph) if args.graph else build([ROOT / "data" / "articles"], snapshot="sample")
        html = write_page(G, pathlib.Path(tmp) / "graph.html")
        browser = launch(p)
        page = open_page(browser, html, width=1100, height=620)
        page.evaluate(SELECT)
        args.output.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.output))
        browser.close()
    print(f"{args.output} ({args.output.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
