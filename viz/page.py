"""Self-contained HTML network pages of actorgraph graphs, drawn by pyvis and vis-network.

The page is one file that works from ``file://`` with no network: vis-network
(from pyvis's bundled copy), the page's own script and stylesheet are inlined,
and a Content-Security-Policy forbids every request and every script but those.
Article text never enters the markup: the page chrome is a Jinja template with
autoescape, and the graph travels as JSON inside ``<script type="application/json">``
that the page script turns into DOM nodes with ``textContent`` only.
"""

import base64
import colorsys
import functools
import hashlib
import importlib.resources
import json
import math
import re
import warnings
import zlib
from collections import Counter

import jinja2
from markupsafe import Markup
from pyvis.network import Network

from actorgraph.atomic import write_text
from actorgraph.centrality import node_scores
from actorgraph.communities import communities
from actorgraph.vocab import actor_types, modalities, relation_types, weak_modalities

__all__ = [
    "render_page",
    "render_data",
    "write_page",
    "page_data",
    "actor_style",
    "relation_color",
    "BIG_GRAPH",
    "CLUSTER_MIN",
    "MAX_STRONGEST",
    "MAX_LABEL",
    "MAX_TEXT",
]

#: Above this many actors the layout drops vis-network's improvedLayout and curved edges.
BIG_GRAPH = 150
#: From this many actors on, the page groups each Louvain community into one cluster node.
CLUSTER_MIN = 300

CONTESTED_COLOR = "rgba(214, 39, 40, 0.35)"
MAX_STRONGEST = 8  # relations listed in an actor's panel
MAX_OMITTED_LISTED = 50  # names listed when --max-nodes leaves actors out
MAX_ALIASES = 30  # aliases carried per actor
MAX_LABEL = 120  # characters of a name, alias or title the page carries
MAX_TEXT = 1500  # characters of an evidence sentence the page carries
MIN_SIZE, MAX_SIZE = 10, 40

VIS_DIR = ("lib", "vis-9.1.2")  # the vis-network build pyvis 0.3.2 inlines for cdn_resources="in_line"

_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def _script_json(obj):
    """Return `obj` as JSON that cannot end the ``<script>`` element it is put in.

    ``<``, ``>`` and ``&`` become ``\\u003c``-style escapes, which JSON.parse reads
    back unchanged, so ``</script>`` or ``<!--`` inside article text stays data.

    Examples
    --------
    >>> _script_json({"name": "</script><b>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_SCRIPT_ESCAPES)


@functools.cache
def _asset(package, *parts):
    """Return the text of a bundled JS or CSS file, refusing one that could end its element."""
    text = importlib.resources.files(package).joinpath(*parts).read_text(encoding="utf-8")
    if re.search(r"</(script|style)", text, re.IGNORECASE):
        raise RuntimeError(f"{package}/{'/'.join(parts)} contains a closing tag; cannot inline it")
    return text


@functools.cache
def _environment():
    """Return the Jinja environment of the page template (autoescape on, undefined is an error)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("actorgraph.viz", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _csp_hash(script):
    """Return the CSP source expression that allows exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def _cut(text, limit=MAX_LABEL):
    """Return `text` cut to `limit` characters (an ellipsis marks the cut); None and short texts unchanged.

    A page carries each name many times (node, tooltip, panel, search list), so a 10 MB name
    would make a page of many times that; a cut keeps the page small and quick to draw.

    Examples
    --------
    >>> _cut("Democratic People's Republic of Korea", 10), _cut("Iran"), _cut(None)
    ('Democrati…', 'Iran', None)
    """
    if not isinstance(text, str) or len(text) <= limit:
        return text
    return text[: limit - 1] + "…"


def actor_style(kind):
    """Return ``{"shape", "color"}`` of actor type `kind` from ``data/actor_types.jsonl`` (unknown: ``other``'s).

    Examples
    --------
    >>> actor_style("state")
    {'shape': 'dot', 'color': '#4e79a7'}
    """
    types = actor_types()
    t = types.get(kind) or types.get("other") or next(iter(types.values()))
    return {"shape": t.shape, "color": t.color}


def relation_color(name):
    """Return the fixed colour of relation `name`: its ``color`` in ``data/relations.jsonl``, else a hue from the name.

    The same relation has the same colour on every page, however often it occurs.

    Examples
    --------
    >>> relation_color("meets"), relation_color("meets") == relation_color("meets")
    ('#17becf', True)
    """
    known = relation_types().get(name)
    if known is not None:
        return known.color
    hue = (zlib.crc32(str(name).encode()) % 360) / 360
    r, g, b = colorsys.hls_to_rgb(hue, 0.42, 0.55)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _sizes(scores):
    """Return ``{node: size}`` scaling scores to node sizes (by square root, so area follows score)."""
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    if hi <= lo:
        return {n: (MIN_SIZE + MAX_SIZE) / 2 for n in scores}
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt((s - lo) / (hi - lo)), 1) for n, s in scores.items()}


def _kept_nodes(G, scores, max_nodes, first=frozenset()):
    """Return the nodes to draw: all, or the `max_nodes` highest scores (ties by id), those in `first` first."""
    if max_nodes is None or max_nodes >= len(G):
        return list(G)
    ranked = sorted(G, key=lambda n: (n not in first, -scores.get(n, 0.0), str(n)))
    return ranked[:max_nodes]


def _is_weak(evidence):
    """True when every evidence record has a weak modality (`actorgraph.vocab.weak_modalities`)."""
    weak = weak_modalities()
    return bool(evidence) and all(e.get("modality") in weak for e in evidence)


def _corpus(G):
    """Return the header facts: number of articles, first and last article date, the modalities the weights count."""
    articles = G.graph.get("articles") or []
    dates = sorted(a["date"] for a in articles if a.get("date"))
    if not dates:  # fall back on the relations' own dates
        dates = sorted(d for _u, _v, e in G.edges(data=True) for d in (e.get("first_seen"), e.get("last_seen")) if d)
    return {
        "articles": len(articles),
        "date_from": dates[0] if dates else None,
        "date_to": dates[-1] if dates else None,
        "counted": G.graph.get("counted"),
    }


def _iterations(n_nodes):
    """Return the stabilisation budget: the full 1000 for small graphs, less as ticks get dearer.

    A Barnes-Hut tick costs about ``n log n``; capping iterations near ``200000 / n``
    keeps time to a still layout within seconds at 2,000 actors.

    Examples
    --------
    >>> _iterations(50), _iterations(500), _iterations(2000), _iterations(20000)
    (1000, 400, 100, 100)
    """
    if n_nodes <= BIG_GRAPH:
        return 1000
    return max(100, min(400, 200_000 // n_nodes))


def _options(n_nodes):
    """Return the vis-network options: bounded stabilisation, cheaper physics and drawing for big graphs.

    Node and edge labels are not vis-network's: the page script draws them in screen pixels.
    """
    big = n_nodes > BIG_GRAPH
    return {
        "autoResize": True,
        "layout": {"improvedLayout": not big, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            # theta 1 (coarser Barnes-Hut) halves the cost of a tick on big graphs
            "barnesHut": {
                "gravitationalConstant": -6000,
                "centralGravity": 0.25,
                "springLength": 140,
                "springConstant": 0.03,
                "damping": 0.4,
                "theta": 1.0 if big else 0.5,
                "avoidOverlap": 0 if big else 0.1,
            },
            "minVelocity": 1,
            "stabilization": {"enabled": True, "iterations": _iterations(n_nodes), "updateInterval": 20, "fit": True},
        },
        "nodes": {"borderWidth": 1, "borderWidthSelected": 4, "color": {"highlight": {"border": "#111111"}}},
        "edges": {
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.25},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"inherit": False},
            "selectionWidth": 4,
            "hoverWidth": 1.5,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "keyboard": False,
        },
    }


def _label(G, n):
    """Return the display name of node `n` (its label, else its id), cut to `MAX_LABEL`."""
    return _cut(str(G.nodes[n].get("label") or n)) if n in G else _cut(str(n))


def _actor(G, i, n, score, size_by):
    """Return the panel record of actor `n`, drawn as vis node ``n{i}`` (plain JSON values, long texts cut).

    The page never hands actor ids to vis-network (an id like ``constructor`` or
    ``__proto__`` would collide with a JavaScript object property); ``node`` is the id it uses.
    """
    d = G.nodes[n]
    aff = d.get("affiliation")
    aliases = [_cut(str(x)) for x in (d.get("aliases") or [])[:MAX_ALIASES]]
    return {
        "id": n,
        "node": f"n{i}",
        "label": _label(G, n),
        "type": d.get("type") or "other",
        "aliases": list(dict.fromkeys(aliases)),
        "mentions": d.get("mentions"),
        "articles": len(d.get("articles") or []),
        "affiliation": aff,
        "affiliation_label": _label(G, aff) if aff is not None else None,
        "score": score,
        "measure": size_by,
    }


EVIDENCE_FIELDS = ("article", "date", "sentence", "said_by", "modality", "quantity", "location", "trigger")


def _evidence(G, e):
    """Return the page record of one evidence record: empty fields left out, long texts cut (with the full length)."""
    record = {k: e.get(k) for k in EVIDENCE_FIELDS}
    sentence = record["sentence"]
    if isinstance(sentence, str) and len(sentence) > MAX_TEXT:
        record["sentence"], record["sentence_length"] = _cut(sentence, MAX_TEXT), len(sentence)
    for k in ("quantity", "location", "trigger", "said_by", "article"):
        record[k] = _cut(record[k]) if isinstance(record[k], str) else record[k]
    if e.get("said_by") is not None:
        record["said_by_label"] = _label(G, e["said_by"])
    return {k: x for k, x in record.items() if x is not None}


def _relation(G, i, u, v, d):
    """Return the panel record of relation ``u -> v`` (plain JSON values; empty evidence fields left out).

    Evidence names its article by id; the page looks titles up in ``articles``. Every evidence
    record keeps its ``modality`` and ``date``: the page counts evidence itself, inside its date
    window and modality filter, whatever the edge-level counts say.
    """
    return {
        "id": f"e{i}",
        "from": u,
        "to": v,
        "relation": _cut(d.get("relation")),
        "weight": d.get("weight", 1),
        "sources": d.get("sources"),
        "first_seen": d.get("first_seen"),
        "last_seen": d.get("last_seen"),
        "cameo": _cut(d.get("cameo")),
        "plover": _cut(d.get("plover")),
        "contested": bool(d.get("contested")),
        "weak": _is_weak(d.get("evidence")),
        "evidence": [_evidence(G, e) for e in d.get("evidence") or []],
    }


def _curves(relations):
    """Return ``{relation id: smooth option}`` fanning parallel relations apart (their labels apart too)."""
    groups = {}
    for r in relations:
        groups.setdefault(frozenset((r["from"], r["to"])), []).append(r)
    curves = {}
    for group in groups.values():
        if len(group) > 1:
            for k, r in enumerate(group):
                curves[r["id"]] = {"enabled": True, "type": "curvedCW", "roundness": 0.15 + 0.2 * k}
    return curves


def _tooltip_node(a):
    """Return the plain-text hover tooltip of an actor (vis-network shows strings as text)."""
    kind = a["type"] + (f" of {a['affiliation_label']}" if a["affiliation_label"] else "")
    mentions = f"{a['mentions']} mentions · " if a["mentions"] is not None else ""
    return f"{a['label']}\n{kind}\n{mentions}{a['measure']} {a['score']:.3g}"


def _tooltip_edge(r, labels):
    """Return the plain-text hover tooltip of a relation."""
    arrow = "↔" if _symmetric(r["relation"]) else "→"
    lines = [
        f"{labels[r['from']]} {arrow} {r['relation']} {arrow} {labels[r['to']]}",
        f"{len(r['evidence'])} evidence in all · seen {r['first_seen'] or '?'} to {r['last_seen'] or '?'}",
    ]
    if r["contested"]:
        lines.append("contested")
    if r["weak"]:
        lines.append("only " + ", ".join(m for m in modalities() if m in weak_modalities()) + " evidence")
    return "\n".join(lines)


def _symmetric(relation: str) -> bool:
    """True for a relation that goes both ways ("meets"): its edge is drawn with an arrow at each end."""
    types = relation_types()
    return relation in types and types[relation].symmetric


def _network(actors, relations):
    """Return pyvis's node and edge dicts for the page, built from the graph file's records.

    The MultiDiGraph is not handed to ``Network.from_nx``: that changes the
    caller's graph (pops ``weight``, sets ``size``) and drops parallel edges.
    """
    net = Network(directed=True, cdn_resources="in_line")
    for a in actors:
        net.add_node(a["node"], size=a["size"], title=_tooltip_node(a), **actor_style(a["type"]))
    labels = {a["id"]: a["label"] for a in actors}
    node = {a["id"]: a["node"] for a in actors}
    curves = _curves(relations)
    for r in relations:
        options = {
            "id": r["id"],
            "color": relation_color(r["relation"]),
            "title": _tooltip_edge(r, labels),
            "width": round(1 + 1.5 * math.log2(max(r["weight"], 1)), 2),
            "dashes": r["weak"],
        }
        arrows = {}
        if _symmetric(r["relation"]):
            arrows["from"] = {"enabled": True, "scaleFactor": 0.6}  # A meets B is B meets A
        if r["contested"]:
            arrows["middle"] = {"enabled": True, "type": "bar", "scaleFactor": 0.9}
            options["background"] = {"enabled": True, "color": CONTESTED_COLOR, "size": 9}
        if arrows:
            options["arrows"] = {"to": {"enabled": True, "scaleFactor": 0.6}, **arrows}
        if r["id"] in curves:
            options["smooth"] = curves[r["id"]]
        net.add_edge(node[r["from"]], node[r["to"]], **options)
    for n in net.nodes:
        del n["label"]  # the page script draws the labels
    return net.nodes, net.edges


def _communities(G, kept):
    """Return ``({actor: community number}, [community records])`` for pages of `CLUSTER_MIN` actors or more.

    The communities are the project's Louvain ones (`actorgraph.communities.communities`) on the
    drawn actors; each record names its three most central members for the cluster's label.
    """
    if len(kept) < CLUSTER_MIN:
        return {}, []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # sampled betweenness (brokers): not shown here
        found = communities(G.subgraph(kept), measure="degree")
    number, records = {}, []
    for c in found:
        if c["size"] < 2:
            continue
        for m in c["members"]:
            number[m.id] = c["community"]
        records.append({"id": c["community"], "size": c["size"], "top": [_cut(m.label) for m in c["members"][:3]]})
    return number, records


def _legends(actors, relations, counted=None):
    """Return the type, relation and modality legends (registry order first, then any others met).

    A modality is ticked at first when it is `counted` (the graph's ``counted``, set by
    ``--modality``; by default the factual ones).
    """
    type_counts = Counter(a["type"] for a in actors)
    rel_counts = Counter(r["relation"] for r in relations)
    mod_counts = Counter(e.get("modality") for r in relations for e in r["evidence"])
    types = [dict(actor_style(t), name=t, count=type_counts[t]) for t in actor_types()]
    types += [dict(actor_style(t), name=t, count=c) for t, c in type_counts.items() if t not in actor_types()]
    rels = [n for n in relation_types() if n in rel_counts] + [n for n in rel_counts if n not in relation_types()]
    mods = list(modalities()) + sorted(str(m) for m in mod_counts if m not in modalities() and m is not None)
    weak = weak_modalities()
    counted = set(counted or (m for m in modalities() if m not in weak))
    return {
        "types": types,
        "relation_types": [{"name": n, "color": relation_color(n), "count": rel_counts[n]} for n in rels],
        "modalities": [
            {"name": m, "count": mod_counts[m], "factual": m in modalities() and m not in weak, "counted": m in counted}
            for m in mods
        ],
    }


def _config():
    """Return the settings the page script reads (so it hard-codes none of them)."""
    weak = weak_modalities()
    return {
        "max_strongest": MAX_STRONGEST,
        "modalities": list(modalities()),
        "factual": [m for m in modalities() if m not in weak],
        "weak": [m for m in modalities() if m in weak],
        "min_size": MIN_SIZE,
        "max_size": MAX_SIZE,
        "cluster_min": CLUSTER_MIN,
    }


def page_data(G, *, size_by="pagerank", max_nodes=None, title=None, scores=None, first=frozenset()):
    """Return everything the network page shows, as plain JSON-ready values.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actorgraph graph (as returned by `actorgraph.fileformat.read_graph`). Not modified.
    size_by : str
        Centrality measure sizing the nodes, one of `actorgraph.centrality.MEASURES`.
    max_nodes : int or None
        Keep only this many actors, the most central by `size_by`; the
        relations of the others are left out too.
    title : str or None
        Page title; defaults to the graph's snapshot label.
    scores : dict or None
        ``{node: score}`` to size the nodes by instead of computing `size_by` on `G` (the diff
        and timeline pages draw a merge of several graphs and score each actor in its own graph).
    first : set, optional
        Actors kept before any other when `max_nodes` leaves some out (the diff page keeps
        the ones a change touches).

    Returns
    -------
    dict
        ``meta`` (header facts and what was left out; ``mode`` is None, or ``"diff"`` or
        ``"timeline"`` once `actorgraph.viz.changes` has added its layer), ``config`` (settings
        the page script reads: modalities, the factual ones, `MAX_STRONGEST`), ``nodes`` and
        ``edges`` (vis-network items made by pyvis; nodes are ``n0``, ``n1``… so no actor id
        reaches vis-network), ``actors`` and ``relations`` (the panel records, in the same
        order; actor ``node`` is its vis id, ``community`` its Louvain community when the page
        has `CLUSTER_MIN` actors or more), ``communities``, ``articles``, the legends ``types``,
        ``relation_types`` and ``modalities``, and ``options`` (vis-network options). Names,
        titles and sentences are cut to `MAX_LABEL` / `MAX_TEXT` characters.
        The page template and the tests both read this one structure.

    Raises
    ------
    ValueError
        If `size_by` is not a known measure or `max_nodes` is below 1.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> G = new_graph(snapshot="demo")
    >>> G.add_node("a", label="A", type="state")
    >>> G.add_edge("a", "a", key="meets", relation="meets", weight=1, evidence=[])
    'meets'
    >>> d = page_data(G)
    >>> d["meta"]["title"], d["nodes"][0]["id"], d["edges"][0]["from"], d["actors"][0]["id"]
    ('actorgraph: demo', 'n0', 'n0', 'a')
    """
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    scores = node_scores(G, measure=size_by) if scores is None else scores
    kept = _kept_nodes(G, scores, max_nodes, first)
    kept_set = set(kept)
    sizes = _sizes({n: scores.get(n, 0.0) for n in kept})
    number, groups = _communities(G, kept)
    actors = [
        dict(_actor(G, i, n, scores.get(n, 0.0), size_by), size=sizes[n], community=number.get(n))
        for i, n in enumerate(kept)
    ]
    edges = [(u, v, d) for u, v, d in G.edges(data=True) if u in kept_set and v in kept_set]
    relations = [_relation(G, i, u, v, d) for i, (u, v, d) in enumerate(edges)]
    nodes, vis_edges = _network(actors, relations)
    cited = {e.get("article") for r in relations for e in r["evidence"]}
    return {
        "meta": _meta(G, kept_set, scores, actors, relations, title=title, size_by=size_by),
        "config": _config(),
        "nodes": nodes,
        "edges": vis_edges,
        "actors": actors,
        "relations": relations,
        "communities": groups,
        "articles": _articles(G, cited),
        **_legends(actors, relations, G.graph.get("counted")),
        "options": _options(len(actors)),
    }


def _articles(G, cited):
    """Return ``{article id: {title, date, source, url}}`` of the cited articles, texts cut."""
    return {
        _cut(a["id"]): {f: _cut(a.get(f)) if f != "url" else a.get(f) for f in ("title", "date", "source", "url")}
        for a in G.graph.get("articles") or []
        if a.get("id") in cited
    }


def _meta(G, kept, scores, actors, relations, *, title, size_by):
    """Return the header facts of the page: corpus, what was drawn and left out, the date window's ends."""
    omitted = sorted((n for n in G if n not in kept), key=lambda n: (-scores.get(n, 0.0), str(n)))
    dates = sorted({e["date"] for r in relations for e in r["evidence"] if isinstance(e.get("date"), str)})
    return dict(
        _corpus(G),
        mode=None,
        notes=[],
        title=_cut(title, 300) if title else f"actorgraph: {_cut(G.graph.get('snapshot'), 200) or 'network'}",
        snapshot=_cut(G.graph.get("snapshot"), 200),
        created=G.graph.get("created"),
        tool_version=G.graph.get("tool_version"),
        size_by=size_by,
        actors_total=len(G),
        relations_total=G.number_of_edges(),
        actors_shown=len(actors),
        relations_shown=len(relations),
        omitted_count=len(omitted),
        omitted=[_label(G, n) for n in omitted[:MAX_OMITTED_LISTED]],
        dates=[dates[0], dates[-1]] if dates else [None, None],
    )


def render_page(G, *, size_by="pagerank", max_nodes=None, title=None):
    """Return the network page of `G` as one self-contained HTML document.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        An actorgraph graph. Not modified.
    size_by, max_nodes, title
        As for `page_data`.

    Returns
    -------
    str
        HTML that loads nothing from anywhere: vis-network, the page script and
        its stylesheet are inlined, and its Content-Security-Policy allows only
        those scripts (by hash) and no requests, so the file works offline from
        ``file://`` and a payload in article text could not run even if it
        reached the markup.

    Raises
    ------
    ValueError
        As for `page_data`.

    Examples
    --------
    >>> from actorgraph.fileformat import new_graph
    >>> html = render_page(new_graph(snapshot="<b>week</b>"))
    >>> "&lt;b&gt;week&lt;/b&gt;" in html, "<b>week" in html
    (True, False)
    """
    return render_data(page_data(G, size_by=size_by, max_nodes=max_nodes, title=title))


def render_data(data):
    """Return the network page of `page_data`'s result (possibly extended by `actorgraph.viz.changes`) as HTML.

    The one place where the template, the inlined scripts and the Content-Security-Policy come
    together, so that every page (network, diff, timeline) has the same safety.
    """
    scripts = [_asset("pyvis", *VIS_DIR, "vis-network.min.js"), _asset("actorgraph.viz", "assets", "page.js")]
    csp = "; ".join(
        [
            "default-src 'none'",
            "script-src " + " ".join(_csp_hash(s) for s in scripts),
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    return (
        _environment()
        .get_template("page.html")
        .render(
            meta=data["meta"],
            types=data["types"],
            relation_types=data["relation_types"],
            modalities=data["modalities"],
            communities=data["communities"],
            diff=data.get("diff"),
            timeline=data.get("timeline"),
            csp=csp,
            data_json=Markup(_script_json(data)),
            styles=[
                Markup(_asset("pyvis", *VIS_DIR, "vis-network.css")),
                Markup(_asset("actorgraph.viz", "assets", "page.css")),
            ],
            scripts=[Markup(s) for s in scripts],
        )
    )


def write_page(G, path, **kwargs):
    """Write the network page of `G` to `path` atomically; returns `path`.

    `path` may be ``"-"`` for standard output. Keyword arguments are those of
    `render_page`. The page is rendered in full before the file is touched,
    so an error leaves any earlier page in place.

    Examples
    --------
    >>> import os, tempfile
    >>> from actorgraph.fileformat import new_graph
    >>> p = write_page(new_graph(), os.path.join(tempfile.mkdtemp(), "g.html"))
    >>> open(p, encoding="utf-8").read().startswith("<!DOCTYPE html>")
    True
    """
    return write_text(path, render_page(G, **kwargs))
