"""Shared fixtures: the pipeline and the sample graph are built once per test session."""

import copy
import json
import os
import pathlib
from dataclasses import dataclass, field

import pytest

from actorgraph.build import build
from actorgraph.counts import count_evidence
from actorgraph.fileformat import from_data, new_graph, write_graph
from actorgraph.pipeline import load_pipeline
from actorgraph.resources import data_file


@pytest.fixture(scope="session", autouse=True)
def _cache_in_tmp(tmp_path_factory):
    """Point the CLI's default parse cache (``ACTORGRAPH_CACHE``) at a temp file: tests never touch ~/.cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ACTORGRAPH_CACHE", str(tmp_path_factory.mktemp("cache") / "extractions.sqlite"))
        yield


@pytest.fixture(scope="session")
def nlp():
    """The actorgraph spaCy pipeline (model + gazetteer ruler), loaded once."""
    return load_pipeline()


@pytest.fixture(scope="session")
def sample_graph():
    """The graph of the five bundled sample reports."""
    return build([str(data_file("articles"))])


def graph_json(G):
    """Return the node-link JSON text of a graph without its creation time, for comparing builds."""
    from actorgraph.fileformat import to_data

    data = to_data(G)
    data["graph"] = {k: v for k, v in data["graph"].items() if k != "created"}
    return json.dumps(data, sort_keys=False, ensure_ascii=False)


@pytest.fixture(scope="session")
def sample_json(sample_graph):
    """`graph_json` of the sample graph built in one process without a cache: what every other way must give."""
    return graph_json(sample_graph)


@pytest.fixture(scope="session")
def sample_extractions():
    """The `actorgraph.build.Extraction` of each sample report, parsed once (tests assemble subsets of them)."""
    from actorgraph.build import parse
    from actorgraph.ingest import read_articles

    return list(parse(read_articles([str(data_file("articles"))])))


@pytest.fixture(scope="session")
def extract_sentences(nlp):
    """Return a function: text -> (mentions, events) for hand-written sentences."""
    from actorgraph.actors import find_mentions
    from actorgraph.relations import find_events

    def run(text):
        doc = nlp(text)
        mentions = find_mentions(doc)
        return mentions, find_events(doc, mentions)

    return run


@pytest.fixture(scope="session")
def reading(nlp):
    """Return ``read(text, trigger, construction, **entry) -> (keys, theme text) or None``: one construction
    of `actorgraph.constructions` asked about one trigger word of a hand-written sentence."""
    from actorgraph.actors import find_mentions
    from actorgraph.arguments import ArgumentIndex
    from actorgraph.constructions import theme_of

    def read(text, trigger, construction, **entry):
        doc = nlp(text)
        idx = ArgumentIndex(doc, find_mentions(doc))
        token = next(t for t in doc if t.text == trigger)
        theme = theme_of(token) if token.pos_ in ("VERB", "AUX") else None
        found = construction(token, theme, entry, idx)
        if found is None:
            return None
        return list(found.keys), (found.theme.text if found.theme is not None else None)

    return read


# Small valid actorgraph graphs built from a few lines of data.

ARTICLE = {"id": "a1", "title": "Test article", "date": "2024-10-24", "source": None, "url": None, "sha256": "0" * 64}


def _node(node_id, attrs):
    label = attrs.get("label", node_id.replace("-", " ").title())
    return {
        "label": label,
        "type": "state",
        "aliases": [label],
        "mentions": 1,
        "articles": ["a1"],
        "affiliation": None,
        **attrs,
    }


def _evidence(i):
    return {
        "article": "a1",
        "date": "2024-10-24",
        "sentence": f"Sentence {i}.",
        "start": 10 * i,
        "end": 10 * i + 9,
        "said_by": None,
        "modality": "asserted",
        "quantity": None,
        "location": None,
        "trigger": "trigger",
    }


def build_graph(nodes=(), edges=()):
    """Return an actorgraph MultiDiGraph that is valid per the schema, from short descriptions.

    `nodes`: ids, or ``(id, {attribute: value})`` pairs; a node's type defaults to ``state``, its
    label to its id in title case. `edges`: ``(source, relation, target)`` or
    ``(source, relation, target, weight)``, each with `weight` evidence records. Actors named only
    in `edges` are added as states.
    """
    G = new_graph(articles=[ARTICLE], snapshot="test")
    for node in nodes:
        node_id, attrs = (node, {}) if isinstance(node, str) else node
        G.add_node(node_id, **_node(node_id, attrs))
    for source, relation, target, *weight in edges:
        weight = weight[0] if weight else 1
        for node_id in (source, target):
            if node_id not in G:
                G.add_node(node_id, **_node(node_id, {}))
        G.add_edge(
            source,
            target,
            key=relation,
            relation=relation,
            **count_evidence([_evidence(i) for i in range(weight)]),
            first_seen="2024-10-24",
            last_seen="2024-10-24",
            cameo=None,
            plover=None,
            contested=False,
            evidence=[_evidence(i) for i in range(weight)],
        )
    return G


@pytest.fixture
def make_graph():
    """The function `build_graph(nodes, edges)`: a valid actorgraph graph in memory."""
    return build_graph


@pytest.fixture
def graph_file(tmp_path):
    """A function `graph_file(nodes, edges, name="graph.json")` writing `build_graph` to tmp_path; returns the path."""

    def write(nodes=(), edges=(), name="graph.json"):
        return str(write_graph(build_graph(nodes, edges), tmp_path / name))

    return write


# Fixtures of the page tests: the hand-written small graph and one full of HTML payloads.
FIXTURES = pathlib.Path(__file__).parent / "fixtures"

#: Payloads that would set ``window.__pwned`` if any of them ever ran.
SCRIPT_PAYLOAD = "<script>window.__pwned=1</script>"
IMG_PAYLOAD = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="session")
def small_data():
    """The node-link dict of ``tests/fixtures/small_graph.json`` (do not modify: copy it)."""
    return json.loads((FIXTURES / "small_graph.json").read_text(encoding="utf-8"))


@pytest.fixture
def small_graph(small_data):
    """A fresh MultiDiGraph of the small hand-written graph."""
    return from_data(copy.deepcopy(small_data))


def malicious_data(small_data):
    """Return the small graph with payloads in every free-text field a news article can fill."""
    data = copy.deepcopy(small_data)
    data["graph"]["snapshot"] = f"week {IMG_PAYLOAD}"
    article = data["graph"]["articles"][0]
    article.update(
        title=f"Troops {SCRIPT_PAYLOAD} {IMG_PAYLOAD}", source=IMG_PAYLOAD, url="javascript:window.__pwned=1"
    )
    node = next(n for n in data["nodes"] if n["id"] == "north-korea")
    node["label"] = f"North Korea {SCRIPT_PAYLOAD}"
    node["aliases"] += [IMG_PAYLOAD, "</script><script>window.__pwned=1</script>"]
    edge = next(e for e in data["edges"] if e["relation"] == "deploys")
    edge["plover"] = IMG_PAYLOAD
    evidence = edge["evidence"][0]
    evidence.update(
        sentence=f"{IMG_PAYLOAD} Pyongyang sent troops {SCRIPT_PAYLOAD}",
        said_by=f"</script>{SCRIPT_PAYLOAD}",
        quantity=IMG_PAYLOAD,
        location=SCRIPT_PAYLOAD,
        trigger="<b onmouseover=window.__pwned=1>send</b>",
    )
    return data


@pytest.fixture
def malicious_graph(small_data):
    """A valid graph file whose names, aliases, sentences and titles carry script payloads."""
    return from_data(malicious_data(small_data))


# Headless Chromium for the page tests: Debian's /usr/bin/chromium driven by Playwright (never
# ``playwright install``), one browser per session, a fresh context per page.

import sys  # noqa: E402

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "scripts"))
from chromium import ARGS, CHROMIUM  # noqa: E402  (the one list of launch flags, shared with scripts/)

TIMEOUT = 30_000  # ms; generous, the machine is shared


@dataclass
class Loaded:
    """A page loaded from file://, with every request it made and every error it logged."""

    page: object
    requests: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def count(self, expression):
        return self.page.evaluate(expression)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=TIMEOUT)
        yield b
        b.close()


@pytest.fixture
def open_page(browser):
    """Return a function loading a file into a fresh context with every non-file request aborted."""
    contexts = []

    def load(path):
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        loaded = Loaded(context.new_page())
        page = loaded.page
        page.set_default_timeout(TIMEOUT)

        def route(r):
            loaded.requests.append(r.request.url)
            r.continue_() if r.request.url.startswith("file:") else r.abort()

        page.route("**/*", route)
        page.on("pageerror", lambda e: loaded.errors.append(str(e)))
        page.on("console", lambda m: m.type == "error" and loaded.errors.append(m.text))
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready=true]", state="attached")
        return loaded

    yield load
    for context in contexts:
        context.close()
