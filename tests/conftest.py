"""Shared fixtures: the hand-written small graph and a graph full of HTML payloads."""

import copy
import json
import pathlib

import pytest

from graph.fileformat import from_data

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
    article.update(title=f"Troops {SCRIPT_PAYLOAD} {IMG_PAYLOAD}", source=IMG_PAYLOAD,
                   url="javascript:window.__pwned=1")
    node = next(n for n in data["nodes"] if n["id"] == "north-korea")
    node["label"] = f"North Korea {SCRIPT_PAYLOAD}"
    node["aliases"] += [IMG_PAYLOAD, "</script><script>window.__pwned=1</script>"]
    edge = next(e for e in data["edges"] if e["relation"] == "deploys")
    edge["plover"] = IMG_PAYLOAD
    evidence = edge["evidence"][0]
    evidence.update(sentence=f"{IMG_PAYLOAD} Pyongyang sent troops {SCRIPT_PAYLOAD}",
                    said_by=f"</script>{SCRIPT_PAYLOAD}", quantity=IMG_PAYLOAD,
                    location=SCRIPT_PAYLOAD, trigger="<b onmouseover=window.__pwned=1>send</b>")
    return data


@pytest.fixture
def malicious_graph(small_data):
    """A valid graph file whose names, aliases, sentences and titles carry script payloads."""
    return from_data(malicious_data(small_data))
