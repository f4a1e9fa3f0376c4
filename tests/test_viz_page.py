"""The network page without a browser: markup, embedded data, escaping, options, the CLI."""

import base64
import copy
import hashlib
import html.parser
import json
import os
import re

import pytest
from click.testing import CliRunner
from conftest import FIXTURES, IMG_PAYLOAD, SCRIPT_PAYLOAD
from randomgraph import make_random_graph

from actorgraph.centrality import MEASURES, node_scores
from actorgraph.cli import cli
from actorgraph.fileformat import new_graph, to_data, validate
from actorgraph.viz.page import (
    BIG_GRAPH,
    CLUSTER_MIN,
    MAX_LABEL,
    MAX_STRONGEST,
    MAX_TEXT,
    actor_style,
    page_data,
    render_page,
    write_page,
)
from actorgraph.vocab import actor_types, modalities, relation_types, weak_modalities

SMALL = str(FIXTURES / "small_graph.json")


class Tags(html.parser.HTMLParser):
    """Collect every start tag with its attributes, and the text of each ``<script>``."""

    def __init__(self, text):
        super().__init__()
        self.tags, self.scripts, self._in_script = [], [], None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append([dict(attrs), ""])

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts[-1][1] += data

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None


def embedded_data(page):
    """Return the JSON the page carries in ``<script type="application/json">``."""
    [(attrs, text)] = [s for s in Tags(page).scripts if s[0].get("type") == "application/json"]
    return json.loads(text)


def test_page_has_no_remote_src_or_href(small_graph):
    page = render_page(small_graph)
    tags = Tags(page).tags
    links = [(t, a[k]) for t, a in tags for k in ("src", "href") if k in a]
    assert links == []
    assert not any(t == "link" for t, _ in tags)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.IGNORECASE)


def test_page_csp_allows_only_its_own_inline_scripts(small_graph):
    page = render_page(small_graph)
    parsed = Tags(page)
    [csp] = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["default-src"] == "'none'"
    code = [text for attrs, text in parsed.scripts if attrs.get("type") != "application/json"]
    assert len(code) == 2  # vis-network, page.js
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() + "'" for c in code}
    assert set(directives["script-src"].split()) == hashes


def test_page_json_embedding_escapes_script_end(small_graph):
    nasty = "</script><script>alert(1)</script><!-- & ->"
    small_graph.nodes["russia"]["label"] = nasty
    page = render_page(small_graph)
    assert "</script><script>alert(1)" not in page
    assert "\\u003c/script\\u003e" in page
    data = embedded_data(page)
    assert [a["label"] for a in data["actors"] if a["id"] == "russia"] == [nasty]


def test_page_escapes_text_outside_the_data(malicious_graph):
    page = render_page(malicious_graph, title=SCRIPT_PAYLOAD)
    parsed = Tags(page)
    assert [t for t, _ in parsed.tags if t in ("img", "b")] == []
    assert len(parsed.scripts) == 3  # the data, vis-network, page.js
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page  # <title> and <h1>
    assert "week &lt;img src=x onerror=&#34;window.__pwned=1&#34;&gt;" in page  # snapshot
    data = embedded_data(page)
    assert data["meta"]["title"] == SCRIPT_PAYLOAD
    [korea] = [a for a in data["actors"] if a["id"] == "north-korea"]
    assert IMG_PAYLOAD in korea["aliases"]


def test_page_data_keeps_parallel_edges(small_graph):
    data = page_data(small_graph)
    assert len(data["edges"]) == small_graph.number_of_edges() == 10
    node = {a["id"]: a["node"] for a in data["actors"]}
    pair = [e for e in data["edges"] if {e["from"], e["to"]} == {node["north-korea"], node["russia"]}]
    assert len(pair) == 3  # deploys and denies one way, denies back
    assert len({e["id"] for e in pair}) == 3
    assert len({e["smooth"]["roundness"] for e in pair}) == 3


def test_page_data_leaves_graph_unchanged(small_graph):
    before = copy.deepcopy(to_data(small_graph))
    render_page(small_graph, max_nodes=4, size_by="degree")
    assert to_data(small_graph) == before


def test_page_data_max_nodes_keeps_most_central(small_graph):
    scores = node_scores(small_graph)
    top = sorted(small_graph, key=lambda n: (-scores[n], n))  # ties by id
    data = page_data(small_graph, max_nodes=3)
    assert [a["id"] for a in data["actors"]] == top[:3]
    assert all(r["from"] in top[:3] and r["to"] in top[:3] for r in data["relations"])
    meta = data["meta"]
    assert (meta["actors_shown"], meta["actors_total"], meta["omitted_count"]) == (3, 9, 6)
    assert meta["omitted"] == [small_graph.nodes[n]["label"] for n in top[3:]]
    assert "6 actors and" in render_page(small_graph, max_nodes=3)


def test_page_data_max_nodes_must_be_positive(small_graph):
    with pytest.raises(ValueError, match="at least 1"):
        page_data(small_graph, max_nodes=0)


@pytest.mark.parametrize("measure", MEASURES)
def test_page_data_sizes_by_each_measure(small_graph, measure):
    scores = node_scores(small_graph, measure=measure)
    data = page_data(small_graph, size_by=measure)
    sizes = {a["id"]: n["size"] for n, a in zip(data["nodes"], data["actors"])}
    assert sizes[max(scores, key=scores.get)] == max(sizes.values())
    assert all(10 <= s <= 40 for s in sizes.values())
    assert data["meta"]["size_by"] == measure


def test_page_data_unknown_measure_is_an_error(small_graph):
    with pytest.raises(ValueError, match="choose from"):
        page_data(small_graph, size_by="nonsense")


def test_page_data_styles_nodes_by_type_from_the_registry(small_graph):
    data = page_data(small_graph)
    for node, actor in zip(data["nodes"], data["actors"]):
        kind = actor_types()[small_graph.nodes[actor["id"]]["type"]]
        assert (node["shape"], node["color"]) == (kind.shape, kind.color)
        assert node["id"] == actor["node"] and "label" not in node  # the page script draws labels
        assert actor["label"] == small_graph.nodes[actor["id"]]["label"]
        assert isinstance(node["title"], str)
    assert [t["name"] for t in data["types"]] == list(actor_types())


def test_page_data_unknown_type_takes_the_registry_fallback(make_graph):
    G = make_graph([("x", {"type": "militia"})], [("x", "meets", "y")])
    data = page_data(G)
    assert data["nodes"][0]["shape"] == actor_style("other")["shape"]
    assert [t["name"] for t in data["types"]][-1] == "militia"


def test_page_data_dashes_edges_only_when_all_evidence_is_weak(small_graph):
    data = page_data(small_graph)
    edges = {(r["from"], r["to"], r["relation"]): e for e, r in zip(data["edges"], data["relations"])}
    assert edges["south-korea", "russia", "warns"]["dashes"] is True  # hypothetical only
    assert edges["south-korea", "ukraine", "supplies"]["dashes"] is False  # asserted and negated
    assert edges["north-korea", "russia", "deploys"]["dashes"] is False


def test_page_data_marks_contested_edges(small_graph):
    data = page_data(small_graph)
    [deploys] = [e for e, r in zip(data["edges"], data["relations"]) if r["contested"]]
    assert deploys["background"]["enabled"] is True
    assert deploys["arrows"]["middle"]["enabled"] is True
    assert "contested" in deploys["title"]


def test_page_data_draws_a_symmetric_relation_both_ways(make_graph):
    G = make_graph(edges=[("chile", "meets", "peru"), ("chile", "attacks", "peru")])
    data = page_data(G)
    edges = {r["relation"]: e for e, r in zip(data["edges"], data["relations"])}
    assert edges["meets"]["arrows"]["from"]["enabled"] and edges["meets"]["arrows"]["to"]["enabled"]
    assert "↔ meets ↔" in edges["meets"]["title"]
    assert edges["attacks"]["arrows"] == "to" and "→ attacks →" in edges["attacks"]["title"]


def test_page_data_colours_edges_by_relation_from_the_registry(small_graph, make_graph):
    data = page_data(small_graph)
    colors = {t["name"]: t["color"] for t in data["relation_types"]}
    assert colors == {name: relation_types()[name].color for name in colors}
    assert len(colors) == 7
    assert all(e["color"] == colors[r["relation"]] for e, r in zip(data["edges"], data["relations"]))
    # the same relation keeps its colour whatever else is on the page and however often it occurs
    other = page_data(make_graph(edges=[("a", "meets", "b")] + [("a", "warns", f"x{i}") for i in range(5)]))
    assert {t["name"]: t["color"] for t in other["relation_types"]}["meets"] == colors["meets"]
    unknown = page_data(make_graph(edges=[("a", "befriends", "b")]))["relation_types"][0]
    assert unknown["color"] == page_data(make_graph(edges=[("c", "befriends", "d")]))["relation_types"][0]["color"]


def test_page_data_config_comes_from_the_registries(small_graph):
    config = page_data(small_graph)["config"]
    assert config["max_strongest"] == MAX_STRONGEST
    assert config["modalities"] == list(modalities())
    assert set(config["weak"]) == weak_modalities() and set(config["factual"]) == set(modalities()) - weak_modalities()
    legend = page_data(small_graph)["modalities"]
    assert [m["name"] for m in legend] == list(modalities())
    assert sum(m["count"] for m in legend) == sum(len(d["evidence"]) for *_, d in small_graph.edges(data=True))


def test_page_data_evidence_keeps_modality_and_date(small_graph):
    for r in page_data(small_graph)["relations"]:
        assert all(e["modality"] in modalities() and e["date"] for e in r["evidence"])


def test_page_data_header_facts(small_graph):
    meta = page_data(small_graph)["meta"]
    assert (meta["articles"], meta["date_from"], meta["date_to"]) == (2, "2024-10-18", "2024-10-24")
    assert meta["title"] == "actorgraph: hand-written fixture"
    assert "2 articles" in " ".join(render_page(small_graph).split())


def test_page_empty_graph():
    page = render_page(new_graph())
    assert "This graph has no actors." in page
    assert embedded_data(page)["nodes"] == []


def test_page_options_lighten_big_graphs():
    small = page_data(make_random_graph(20, 60, seed=1))["options"]
    big = page_data(make_random_graph(BIG_GRAPH + 50, 800, seed=1))["options"]
    assert small["layout"]["improvedLayout"] is True and big["layout"]["improvedLayout"] is False
    assert big["edges"]["smooth"] is False
    assert big["physics"]["stabilization"]["iterations"] < small["physics"]["stabilization"]["iterations"]


def test_random_graph_is_a_valid_graph_file():
    first, second = (to_data(make_random_graph(60, 300, seed=3)) for _ in range(2))
    validate(first)
    for data in (first, second):
        del data["graph"]["created"]  # a timestamp
    assert first == second


def test_write_page_leaves_old_file_on_error(tmp_path, small_graph):
    path = tmp_path / "g.html"
    assert write_page(small_graph, path) == path
    before = path.read_text(encoding="utf-8")
    with pytest.raises(ValueError):
        write_page(small_graph, path, size_by="nonsense")
    assert path.read_text(encoding="utf-8") == before
    assert os.listdir(tmp_path) == ["g.html"]


def test_cli_html_writes_page(tmp_path):
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["html", SMALL, "-o", str(out), "--size-by", "degree", "--max-nodes", "5"])
    assert result.exit_code == 0, result.output
    assert result.output == f"{out}\n"
    meta = embedded_data(out.read_text(encoding="utf-8"))["meta"]
    assert (meta["size_by"], meta["actors_shown"]) == ("degree", 5)


def test_cli_html_to_stdout():
    result = CliRunner().invoke(cli, ["html", SMALL, "-o", "-"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("<!DOCTYPE html>")


def test_cli_html_open_launches_browser(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr("click.launch", lambda url, **kw: opened.append(url))
    out = tmp_path / "page.html"
    result = CliRunner().invoke(cli, ["html", SMALL, "-o", str(out), "--open"])
    assert result.exit_code == 0, result.output
    assert opened == [str(out)]


def test_cli_html_open_needs_a_file():
    result = CliRunner().invoke(cli, ["html", SMALL, "-o", "-", "--open"])
    assert result.exit_code == 2
    assert "--open needs a file" in result.output


def test_cli_html_unreadable_graph(tmp_path):
    result = CliRunner().invoke(cli, ["html", str(tmp_path / "missing.json"), "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 1
    assert result.output == f"Error: cannot read {tmp_path / 'missing.json'}: No such file or directory\n"


def test_cli_html_bad_measure():
    result = CliRunner().invoke(cli, ["html", SMALL, "--size-by", "nope"])
    assert result.exit_code == 2
    assert "'nope' is not one of" in result.output


JS_NAMES = ("constructor", "toString", "hasOwnProperty", "__proto__", "valueOf")


def test_page_data_actor_ids_never_reach_vis_network(make_graph):
    G = make_graph(edges=[(a, "meets", b) for a, b in zip(JS_NAMES, JS_NAMES[1:])])
    data = page_data(G)
    assert [n["id"] for n in data["nodes"]] == [f"n{i}" for i in range(len(JS_NAMES))]
    assert {a["id"] for a in data["actors"]} == set(JS_NAMES)
    assert {(e["from"], e["to"]) for e in data["edges"]} <= {(f"n{i}", f"n{j}") for i in range(5) for j in range(5)}


def test_page_cuts_very_long_texts(make_graph):
    huge = "x" * 10_000_000
    G = make_graph([("big", {"label": "Big" + huge, "aliases": [huge, "B"]})], [("big", "meets", "small")])
    G.edges["big", "small", "meets"]["evidence"][0]["sentence"] = "Long " + huge
    G.graph["articles"][0]["title"] = huge
    page = render_page(G)
    assert len(page) < 2_000_000  # vis-network alone is about 0.5 MB
    data = embedded_data(page)
    [big] = [a for a in data["actors"] if a["id"] == "big"]
    assert len(big["label"]) == MAX_LABEL and big["label"].startswith("Bigxx") and big["label"].endswith("…")
    assert big["aliases"] == ["x" * (MAX_LABEL - 1) + "…", "B"]
    [evidence] = data["relations"][0]["evidence"]
    assert len(evidence["sentence"]) == MAX_TEXT and evidence["sentence_length"] == len(huge) + 5
    assert len(data["articles"]["a1"]["title"]) == MAX_LABEL


def test_page_data_groups_communities_from_a_few_hundred_actors():
    small = page_data(make_random_graph(CLUSTER_MIN - 1, 5 * CLUSTER_MIN, seed=4))
    assert small["communities"] == [] and all(a["community"] is None for a in small["actors"])
    big = page_data(make_random_graph(CLUSTER_MIN, 5 * CLUSTER_MIN, seed=4))
    numbers = {c["id"] for c in big["communities"]}
    assert len(numbers) >= 2
    members = [a["community"] for a in big["actors"] if a["community"] is not None]
    assert set(members) == numbers
    assert sum(c["size"] for c in big["communities"]) == len(members)
    assert "Group communities" in render_page(make_random_graph(CLUSTER_MIN, 5 * CLUSTER_MIN, seed=4))


def test_page_reads_whatever_the_registries_hold(monkeypatch, make_graph):
    import dataclasses

    import actorgraph.viz.page as page

    kinds = dict(actor_types())
    kinds["militia"] = dataclasses.replace(kinds["other"], name="militia", shape="star", color="#123456")
    rels = dict(relation_types())
    rels["evacuates"] = dataclasses.replace(rels["meets"], name="evacuates", color="#abcdef")
    monkeypatch.setattr(page, "actor_types", lambda: kinds)
    monkeypatch.setattr(page, "relation_types", lambda: rels)
    G = make_graph([("m", {"type": "militia"})], [("m", "evacuates", "town")])
    data = page_data(G)
    assert (data["nodes"][0]["shape"], data["nodes"][0]["color"]) == ("star", "#123456")
    assert data["edges"][0]["color"] == "#abcdef"
    assert [t["name"] for t in data["types"]] == list(kinds)  # registry order, the new type included
    html = render_page(G)
    assert 'fill="#123456"' in html and 'stroke="#abcdef"' in html
