// actorgraph network page. Every piece of article text reaches the DOM through
// textContent or a vis-network plain-string title; nothing here uses innerHTML.
// Actor ids, names and relation names are data, so they live in Maps and Sets, never as
// keys of plain objects (an actor called "constructor" or "__proto__" is just a name), and
// vis-network only ever sees the page's own ids (n0, n1…, e0, e1…, c1, c2…).
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("ag-data").textContent);
  var CFG = DATA.config;
  var actors = new Map(), relations = new Map(), byActor = new Map(), byNode = new Map();
  DATA.actors.forEach(function (a) { actors.set(a.id, a); byNode.set(a.node, a); byActor.set(a.id, []); });
  DATA.relations = DATA.relations.filter(function (r) { return actors.has(r.from) && actors.has(r.to); });
  DATA.relations.forEach(function (r) {
    relations.set(r.id, r);
    byActor.get(r.from).push(r);
    if (r.to !== r.from) byActor.get(r.to).push(r);
  });
  var articles = new Map(Object.entries(DATA.articles));
  var weak = new Set(CFG.weak);
  var snapArticles = DATA.timeline ? DATA.timeline.snapshots.map(function (s) { return new Set(s.article_ids); }) : null;
  var communities = new Map((DATA.communities || []).map(function (c) { return [c.id, c]; }));

  var nodes = new vis.DataSet(DATA.nodes.concat(Array.from(communities.values(), function (c) {
    return { id: "c" + c.id, hidden: true, physics: false, shape: "dot", size: 20, borderWidth: 2,
      color: { background: "#d5dde8", border: "#52667d", highlight: { background: "#c3cfdf", border: "#111111" } } };
  })));
  var edges = new vis.DataSet(DATA.edges);
  var panel = document.getElementById("ag-panel");
  var status = document.getElementById("ag-status");
  var physics = document.getElementById("ag-physics");
  var state = {
    ready: false, readyAt: null, network: null, nodes: nodes, edges: edges, data: DATA,
    view: null, selected: null, focus: null, highlight: null, labels: [], edgeLabels: [],
    node: function (id) { return actors.has(id) ? actors.get(id).node : null; },
    actor: function (node) { return byNode.has(node) ? byNode.get(node).id : null; }
  };
  window.actorgraph = state;

  // ---- small DOM helpers (text only) ----
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function row(dl, term, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", term));
    dl.appendChild(el("dd", value));
  }
  function num(x) { return Number(x).toLocaleString("en"); }
  function label(id) { return actors.has(id) ? actors.get(id).label : String(id); }
  function arrow(r) { return label(r.from) + " \u2192 " + r.relation + " \u2192 " + label(r.to); }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function plural(n, word) { return num(n) + " " + word + (n === 1 ? "" : "s"); }
  function byModality(list) {
    var counts = new Map();
    list.forEach(function (e) { var m = e.modality || "unmarked"; counts.set(m, (counts.get(m) || 0) + 1); });
    return Array.from(counts, function (kv) { return kv[0] + " " + kv[1]; }).join(", ");
  }

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();
    document.documentElement.setAttribute("data-ready", "true");
  }

  // ---- what the filters count ----
  var dateFrom = document.getElementById("ag-date-from");
  var dateTo = document.getElementById("ag-date-to");
  var slider = document.getElementById("ag-slider");
  var hops = document.getElementById("ag-hops");
  var isolated = document.getElementById("ag-isolated");
  var clustersBox = document.getElementById("ag-clusters");
  function checked(name) {
    var set = new Set();
    document.querySelectorAll("input[name=" + name + "]").forEach(function (box) { if (box.checked) set.add(box.value); });
    return set;
  }
  function readFilters() {
    return {
      types: checked("type"), rels: checked("relation"), mods: checked("modality"),
      states: DATA.diff ? checked("state") : null, step: DATA.timeline ? Number(slider.value) : null,
      from: dateFrom.value || null, to: dateTo.value || null, isolated: isolated.checked, hops: Number(hops.value)
    };
  }
  // The evidence of `r` that the filters count: a ticked modality, dated inside the window, in the snapshot.
  function counted(r, f) {
    var arts = f.step === null ? null : snapArticles[f.step];
    return r.evidence.filter(function (e) {
      if (e.modality !== undefined && !f.mods.has(e.modality)) return false;
      if (e.date && ((f.from && e.date < f.from) || (f.to && e.date > f.to))) return false;
      return !(arts && e.article !== undefined && !arts.has(e.article));
    });
  }
  function outsideDates(r, f) {
    return (f.from && r.last_seen && r.last_seen < f.from) || (f.to && r.first_seen && r.first_seen > f.to);
  }
  function inStep(item, f) { return f.step === null || item.snapshots.indexOf(f.step) !== -1; }

  // Relations shown (id -> counted evidence) and actors shown, before any focus.
  function shownItems(f) {
    var rel = new Map(), act = new Set();
    DATA.relations.forEach(function (r) {
      var a = actors.get(r.from), b = actors.get(r.to);
      if (!f.rels.has(r.relation) || !f.types.has(a.type) || !f.types.has(b.type) || !inStep(r, f)) return;
      if (f.states && !f.states.has(r.state)) return;
      var list = r.evidence.length ? counted(r, f) : null;  // a relation without evidence records: its weight
      if (list ? list.length : !outsideDates(r, f)) rel.set(r.id, list);
    });
    rel.forEach(function (_list, id) { act.add(relations.get(id).from); act.add(relations.get(id).to); });
    DATA.actors.forEach(function (a) {
      if (act.has(a.id) || !f.types.has(a.type) || !inStep(a, f)) return;
      var changed = f.states && a.state !== "unchanged" && f.states.has(a.state);  // the change is the actor
      if (changed || (f.isolated && (!f.states || f.states.has(a.state)))) act.add(a.id);
    });
    return { rel: rel, act: act };
  }

  // Actors within `depth` hops of `start` over the shown relations.
  function around(start, depth, rel) {
    var adj = new Map(), seen = new Set([start]), frontier = [start];
    rel.forEach(function (_list, id) {
      var r = relations.get(id);
      if (!adj.has(r.from)) adj.set(r.from, []);
      if (!adj.has(r.to)) adj.set(r.to, []);
      adj.get(r.from).push(r.to);
      adj.get(r.to).push(r.from);
    });
    for (var k = 0; k < depth; k++) {
      var next = [];
      frontier.forEach(function (x) {
        (adj.get(x) || []).forEach(function (y) { if (!seen.has(y)) { seen.add(y); next.push(y); } });
      });
      frontier = next;
    }
    return seen;
  }

  function count(list, r) { return list ? list.length : Math.max(1, r.weight || 1); }

  // Scores of the shown actors from the counted evidence: pagerank and degrees are recomputed,
  // any other measure keeps the whole graph's score.
  function scores(v) {
    var measure = DATA.meta.size_by, out = new Map(), pair = new Map();
    v.act.forEach(function (id) { out.set(id, 0); });
    v.rel.forEach(function (list, id) {
      var r = relations.get(id), key = r.from + "\u0000" + r.to;
      if (!pair.has(key)) pair.set(key, { u: r.from, v: r.to, w: 0 });
      pair.get(key).w += count(list, r);
    });
    if (measure === "pagerank") return pagerank(v.act, Array.from(pair.values()));
    if (measure === "degree" || measure === "in-degree" || measure === "out-degree") {
      pair.forEach(function (p) {
        if (measure !== "in-degree") out.set(p.u, out.get(p.u) + 1);
        if (measure !== "out-degree") out.set(p.v, out.get(p.v) + 1);
      });
      return out;
    }
    v.act.forEach(function (id) { out.set(id, actors.get(id).score); });
    return out;
  }
  function pagerank(ids, links) {
    var list = Array.from(ids), n = list.length, index = new Map(), weightOut = new Float64Array(n);
    list.forEach(function (id, i) { index.set(id, i); });
    links.forEach(function (p) { weightOut[index.get(p.u)] += p.w; });
    var rank = new Float64Array(n).fill(1 / n);
    for (var it = 0; it < 100 && n; it++) {
      var next = new Float64Array(n), dangling = 0;
      for (var i = 0; i < n; i++) if (!weightOut[i]) dangling += rank[i];
      links.forEach(function (p) { var a = index.get(p.u); next[index.get(p.v)] += 0.85 * rank[a] * p.w / weightOut[a]; });
      var base = (0.15 + 0.85 * dangling) / n, delta = 0;
      for (i = 0; i < n; i++) { next[i] += base; delta += Math.abs(next[i] - rank[i]); }
      rank = next;
      if (delta < n * 1e-6) break;
    }
    var out = new Map();
    list.forEach(function (id, i) { out.set(id, rank[i]); });
    return out;
  }
  function sizes(score) {
    var values = Array.from(score.values()), lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var out = new Map();
    score.forEach(function (s, id) {
      out.set(id, hi > lo ? Math.round(10 * (CFG.min_size + (CFG.max_size - CFG.min_size) * Math.sqrt((s - lo) / (hi - lo)))) / 10
        : (CFG.min_size + CFG.max_size) / 2);
    });
    return out;
  }

  // ---- applying the filters to the drawing ----
  var drawn = new Map();  // vis id -> the last update sent, so only changes are sent
  function send(id, item, updates) {
    var key = JSON.stringify(item), last = drawn.get(id);
    if (last === key) return;
    drawn.set(id, key);
    item.id = id;
    updates.push(item);
  }
  function applyFilters() {
    var f = readFilters(), v = shownItems(f);
    if (f.hops > 0 && state.focus !== null && v.act.has(state.focus)) {
      var keep = around(state.focus, f.hops, v.rel);
      v.act.forEach(function (id) { if (!keep.has(id)) v.act.delete(id); });
      v.rel.forEach(function (_l, id) { var r = relations.get(id); if (!keep.has(r.from) || !keep.has(r.to)) v.rel.delete(id); });
    }
    v.filters = f;
    v.score = scores(v);
    v.groups = grouping(v);
    v.drawn = new Map();  // relation id -> the vis edge that draws it (its own, or its groups' edge)
    var size = sizes(v.score), nodeUpdates = [], edgeUpdates = [];
    DATA.actors.forEach(function (a) {
      var shown = v.act.has(a.id) && !v.groups.has(a.community);
      send(a.node, shown ? { hidden: false, size: size.get(a.id) } : { hidden: true }, nodeUpdates);
    });
    communities.forEach(function (c) {
      var m = v.groups.get(c.id);
      send("c" + c.id, m ? { hidden: false, size: 12 + 2 * Math.sqrt(m.size), title: "Community " + c.id +
        " \u00b7 " + plural(m.size, "actor") + " shown\n" + c.top.join(", ") + "\nClick to open it." } : { hidden: true }, nodeUpdates);
    });
    var grouped = new Map();
    DATA.relations.forEach(function (r) {
      var list = v.rel.get(r.id), shown = v.rel.has(r.id), n = shown ? count(list, r) : 0;
      var u = rep(v, r.from), w = rep(v, r.to), direct = shown && u === actors.get(r.from).node && w === actors.get(r.to).node;
      if (shown && !direct && u !== w) {
        var key = "g:" + u + ">" + w;
        if (!grouped.has(key)) grouped.set(key, { id: key, from: u, to: w, n: 0, relations: 0 });
        grouped.get(key).n += n;
        grouped.get(key).relations += 1;
        v.drawn.set(r.id, key);
      } else if (direct) v.drawn.set(r.id, r.id);
      var dashed = direct && (list ? list.every(function (e) { return weak.has(e.modality); }) : r.weak);
      send(r.id, direct ? { hidden: false, width: width(n), dashes: dashed } : { hidden: true }, edgeUpdates);
    });
    state.view = v;
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    groupEdges(grouped);
    orderLabels();
    setHighlight();
    report(f, v);
    refreshPanel();
  }
  function width(n) { return Math.round(100 * (1 + 1.5 * Math.log2(Math.max(n, 1)))) / 100; }
  // The vis node that draws actor `id`: its own, or its community's while that is closed.
  function rep(v, id) {
    var a = actors.get(id);
    return v.groups.has(a.community) ? "c" + a.community : a.node;
  }

  // ---- communities drawn as groups: one node each, opened on click ----
  // Louvain communities of two or more shown actors that are not opened; none until the layout is done.
  function grouping(v) {
    var groups = new Map();
    if (!state.laidOut || !clustersBox || !clustersBox.checked) return groups;
    v.act.forEach(function (id) {
      var c = actors.get(id).community;
      if (c === null || c === undefined || state.opened.has(c)) return;
      if (!groups.has(c)) groups.set(c, new Set());
      groups.get(c).add(id);
    });
    groups.forEach(function (m, c) { if (m.size < 2) groups.delete(c); });
    return groups;
  }
  var groupEdgeIds = new Set();
  function groupEdges(grouped) {
    var gone = [];
    groupEdgeIds.forEach(function (id) { if (!grouped.has(id)) gone.push(id); });
    edges.remove(gone);
    groupEdgeIds = new Set(grouped.keys());
    edges.update(Array.from(grouped.values(), function (g) {
      return { id: g.id, from: g.from, to: g.to, width: Math.min(8, 1 + 0.8 * Math.log2(Math.max(g.n, 1))),
        color: { color: "#8c96a8", opacity: 0.55 },
        smooth: false, title: plural(g.relations, "relation") + ", " + plural(g.n, "evidence sentence") + " counted" };
    }));
  }
  function report(f, v) {
    var mods = Array.from(f.mods).join(", ") || "no";
    document.getElementById("ag-filter-status").textContent = "Showing " + num(v.rel.size) + " of " +
      num(DATA.relations.length) + " relations and " + num(v.act.size) + " of " + num(DATA.actors.length) +
      " actors; counting " + mods + " evidence" + (f.hops > 0 && state.focus !== null ? ", " + f.hops +
      " hop" + (f.hops === 1 ? "" : "s") + " around " + label(state.focus) : "") + ".";
    if (f.step !== null) {
      var snap = DATA.timeline.snapshots[f.step];
      document.getElementById("ag-slider-label").textContent = snap.label + " \u00b7 " + num(snap.actors) +
        " actors, " + num(snap.relations) + " relations \u00b7 " + num(snap.articles) + " articles";
    }
  }

  // ---- side panel ----
  // What the diff page (DATA.diff) and the timeline page (DATA.timeline) add about an item.
  function changeParts(item) {
    var parts = [];
    if (DATA.diff && item.state) {
      parts.push(el("p", DATA.diff.phrases[item.state], "ag-state ag-state-" + item.state));
      if (item.changes && item.changes.length) {
        var list = el("ul", null, "ag-changes");
        item.changes.forEach(function (c) { list.appendChild(el("li", c)); });
        parts.push(list);
      }
    }
    if (DATA.timeline && item.snapshots && item.snapshots.length) {
      var names = DATA.timeline.snapshots, first = item.snapshots[0], last = item.snapshots[item.snapshots.length - 1];
      parts.push(el("p", "In snapshot" + (first === last ? " " + names[first].label
        : "s " + names[first].label + " to " + names[last].label), "ag-note"));
    }
    return parts;
  }

  function showHint() {
    state.selected = null;
    panel.replaceChildren(el("p", "Select an actor or a relation to see its details and evidence.", "ag-hint"));
  }
  function refreshPanel() {
    if (!state.selected) return;
    if (state.selected.kind === "actor") showActor(state.selected.id);
    else showRelation(state.selected.id);
  }
  function mentions(a) {
    var f = state.view.filters;
    if (f.step === null) return a.mentions === null || a.mentions === undefined ? null : num(a.mentions);
    var m = a.snapshot_mentions[f.step];
    return m === null || m === undefined ? "not in " + DATA.timeline.snapshots[f.step].label
      : num(m) + " in " + DATA.timeline.snapshots[f.step].label;
  }

  function showActor(id) {
    var a = actors.get(id);
    if (!a) return showHint();
    state.selected = { kind: "actor", id: id };
    var v = state.view, mine = byActor.get(id), shown = mine.filter(function (r) { return v.rel.has(r.id); });
    var evidence = [];
    shown.forEach(function (r) { evidence = evidence.concat(v.rel.get(r.id) || []); });
    var dl = el("dl");
    row(dl, "Type", a.type);
    row(dl, "Aliases", a.aliases.join(", "));
    row(dl, "Affiliation", a.affiliation_label);
    row(dl, "Mentions", mentions(a));
    row(dl, "Articles", num(a.articles));
    row(dl, "Relations shown", num(shown.length) + " of " + num(mine.length));
    row(dl, "Evidence counted", evidence.length ? num(evidence.length) + " (" + byModality(evidence) + ")" : "none");
    if (v.score.has(id)) row(dl, "Centrality (" + a.measure + ")", Number(v.score.get(id)).toPrecision(3));
    if (!v.act.has(id)) row(dl, "Shown", "no: hidden by the filters");
    var strongest = shown.slice().sort(function (x, y) { return count(v.rel.get(y.id), y) - count(v.rel.get(x.id), x); })
      .slice(0, CFG.max_strongest);
    var list = el("ol", null, "ag-strongest");
    strongest.forEach(function (r) {
      var b = el("button", arrow(r) + " (" + count(v.rel.get(r.id), r) + ")", "ag-link");
      b.type = "button";
      b.addEventListener("click", function () { selectRelation(r.id); });
      list.appendChild(el("li")).appendChild(b);
    });
    panel.replaceChildren.apply(panel, [el("h2", a.label)].concat(changeParts(a), [dl,
      el("h3", strongest.length ? "Strongest relations" : "No relations shown"), list]));
  }

  function showRelation(id) {
    var r = relations.get(id);
    if (!r) return showHint();
    state.selected = { kind: "relation", id: id };
    var v = state.view, list = v.rel.get(id), kept = list || (v.rel.has(id) ? r.evidence : []);
    var left = r.evidence.filter(function (e) { return kept.indexOf(e) === -1; });
    var dl = el("dl");
    row(dl, "Relation", r.relation);
    row(dl, "CAMEO", r.cameo);
    row(dl, "PLOVER", r.plover);
    row(dl, "Counted", plural(kept.length, "evidence sentence") + (kept.length ? " (" + byModality(kept) + ")" : ""));
    row(dl, "Not counted", left.length ? num(left.length) + " (" + byModality(left) + ")" : "none");
    row(dl, "Weight in the file", r.weight);
    row(dl, "Articles", r.sources);
    row(dl, "First seen", r.first_seen);
    row(dl, "Last seen", r.last_seen);
    row(dl, "Contested", r.contested ? "yes: the sources disagree" : "no");
    if (!v.rel.has(id)) row(dl, "Shown", "no: hidden by the filters");
    var parts = [el("h2", arrow(r))].concat(changeParts(r), [dl]);
    if (r.weak) parts.push(el("p", "Every piece of evidence is " + CFG.weak.join(", ") + ".", "ag-note"));
    parts.push(el("h3", "Evidence counted (" + kept.length + ")"));
    parts.push(evidenceList(kept));
    if (left.length) {
      var more = el("details", null, "ag-more");
      more.appendChild(el("summary", "Not counted: other modalities, dates or snapshots (" + left.length + ")"));
      more.appendChild(evidenceList(left));
      parts.push(more);
    }
    if (r.removed_evidence && r.removed_evidence.length) {
      parts.push(el("h3", "No longer in the evidence (" + r.removed_evidence.length + ")"));
      parts.push(evidenceList(r.removed_evidence, "gone"));
    }
    panel.replaceChildren.apply(panel, parts);
  }
  function evidenceList(list, badge) {
    var ol = el("ol", null, "ag-evidence" + (badge ? " ag-gone" : ""));
    list.forEach(function (e) { ol.appendChild(evidenceItem(e, badge)); });
    return ol;
  }

  // One evidence record as a list item; the diff page marks new ones, and lists lost ones as "gone".
  function evidenceItem(e, badge) {
    var li = el("li");
    if (badge || e.new) li.appendChild(el("span", badge || "new", "ag-badge" + (badge ? " ag-badge-removed" : "")));
    li.appendChild(el("blockquote", e.sentence));
    if (e.sentence_length) li.appendChild(el("p", "(cut: " + num(e.sentence_length) + " characters in all)", "ag-note"));
    var art = articles.get(e.article) || {};
    var src = el("p", null, "ag-source");
    var url = safeUrl(art.url);
    var title = art.title || e.article;
    if (url) {
      var a = el("a", title);
      a.href = url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      src.appendChild(a);
    } else {
      src.appendChild(el("cite", title));
    }
    if (art.source) src.appendChild(document.createTextNode(" (" + art.source + ")"));
    var date = e.date || art.date;
    if (date) src.appendChild(document.createTextNode(" \u00b7 " + date));
    li.appendChild(src);
    var facts = el("dl", null, "ag-facts");
    row(facts, "Modality", e.modality);
    row(facts, "Said by", e.said_by_label);
    row(facts, "Quantity", e.quantity);
    row(facts, "Location", e.location);
    row(facts, "Trigger", e.trigger);
    li.appendChild(facts);
    return li;
  }

  // ---- selection, highlight and focus ----
  function setHighlight() {
    var s = state.selected, v = state.view, hl = null;
    if (s && s.kind === "actor" && v.act.has(s.id)) {
      hl = { nodes: new Set([rep(v, s.id)]), edges: new Set() };
      byActor.get(s.id).forEach(function (r) {
        if (!v.drawn.has(r.id)) return;
        hl.edges.add(v.drawn.get(r.id));
        hl.nodes.add(rep(v, r.from));
        hl.nodes.add(rep(v, r.to));
      });
    } else if (s && s.kind === "relation" && v.drawn.has(s.id)) {
      var r = relations.get(s.id);
      hl = { nodes: new Set([rep(v, r.from), rep(v, r.to)]), edges: new Set([v.drawn.get(r.id)]) };
    }
    state.highlight = hl;
    if (state.network) state.network.redraw();
  }
  function selectActor(id, options) {
    var a = actors.get(id);
    if (!a) return showHint();
    var refocus = state.focus !== id && Number(hops.value) > 0;
    state.focus = id;
    state.selected = { kind: "actor", id: id };
    var opened = state.network ? openGroupOf(a) : false;
    if (refocus || opened) applyFilters();
    if (state.network && state.view.act.has(id)) state.network.selectNodes([a.node]);
    setHighlight();
    showActor(id);
    if (state.network && options && options.center && state.view.act.has(id)) {
      state.network.focus(a.node, { scale: Math.max(state.network.getScale(), 1.2), animation: { duration: 300 } });
    } else if (refocus) fitView();
  }
  function selectRelation(id) {
    var r = relations.get(id);
    if (!r) return showHint();
    state.selected = { kind: "relation", id: id };
    if (state.network) {
      var opened = [openGroupOf(actors.get(r.from)), openGroupOf(actors.get(r.to))];
      if (opened[0] || opened[1]) applyFilters();
      if (state.view.rel.has(id)) {
        state.network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
      }
    }
    setHighlight();
    showRelation(id);
  }
  state.showActor = function (id) { selectActor(id); };
  state.showRelation = selectRelation;

  // ---- where groups and opened groups are drawn ----
  state.opened = new Set();
  state.laidOut = false;
  var home = new Map(), groupAt = new Map();
  function members(c) { return DATA.actors.filter(function (a) { return a.community === c; }); }
  // After the layout: each community's node at its members' centre, then pushed apart until none overlap.
  function placeGroups() {
    var body = state.network.body;
    DATA.actors.forEach(function (a) {  // actors hidden during the layout have no place of their own yet
      var n = body.nodes[a.node];
      home.set(a.node, Number.isFinite(n.x) && Number.isFinite(n.y) && !n.options.hidden ? { x: n.x, y: n.y } : null);
    });
    var spots = Array.from(communities.values(), function (c) {
      var m = members(c.id).filter(function (a) { return home.get(a.node); }), x = 0, y = 0;
      m.forEach(function (a) { x += home.get(a.node).x; y += home.get(a.node).y; });
      return { id: c.id, x: m.length ? x / m.length : 0, y: m.length ? y / m.length : 0, r: 48 + 2 * Math.sqrt(c.size) };
    });
    for (var it = 0; it < 200; it++) {
      var moved = false;
      spots.forEach(function (p, i) {
        spots.slice(i + 1).forEach(function (q) {
          var dx = q.x - p.x, dy = q.y - p.y, d = Math.hypot(dx, dy) || 0.01, gap = p.r + q.r - d;
          if (gap <= 0) return;
          moved = true;
          p.x -= dx / d * gap / 2; p.y -= dy / d * gap / 2; q.x += dx / d * gap / 2; q.y += dy / d * gap / 2;
        });
      });
      if (!moved) break;
    }
    nodes.update(spots.map(function (p) { groupAt.set(p.id, p); return { id: "c" + p.id, x: p.x, y: p.y }; }));
    state.laidOut = true;
  }
  // Opening a community draws its members around its node, in their layout's arrangement, scaled to fit.
  function openGroup(c) {
    if (state.opened.has(c) || !groupAt.has(c)) return;
    state.opened.add(c);
    var m = members(c).filter(function (a) { return home.get(a.node); }), at = groupAt.get(c), cx = 0, cy = 0, spread = 0;
    m.forEach(function (a) { cx += home.get(a.node).x / m.length; cy += home.get(a.node).y / m.length; });
    m.forEach(function (a) { spread += Math.hypot(home.get(a.node).x - cx, home.get(a.node).y - cy) / m.length; });
    var k = (40 + 28 * Math.sqrt(m.length)) / (spread || 1);
    nodes.update(m.map(function (a) {
      var h = home.get(a.node);
      return { id: a.node, x: at.x + (h.x - cx) * k, y: at.y + (h.y - cy) * k };
    }));
  }
  // Open the group drawing actor `a`; true when one was opened (the caller then applies the filters).
  function openGroupOf(a) {
    if (!state.view.groups.has(a.community)) return false;
    openGroup(a.community);
    return true;
  }
  function ungroup() {  // back to the layout's own places
    state.opened.clear();
    var back = [];
    home.forEach(function (h, id) { if (h) back.push({ id: id, x: h.x, y: h.y }); });
    nodes.update(back);
  }

  // ---- labels, drawn in screen pixels ----
  var widths = new Map();
  function textWidth(ctx, text) {  // at 10px, scaled linearly
    if (!widths.has(text)) { ctx.font = "10px system-ui, sans-serif"; widths.set(text, ctx.measureText(text).width); }
    return widths.get(text);
  }
  function short(text, n) { return text.length > n ? text.slice(0, n - 1) + "\u2026" : text; }
  function nodeText(id) {
    if (byNode.has(id)) return short(byNode.get(id).label, 40);
    var c = communities.get(Number(id.slice(1)));
    return c ? short(c.top.slice(0, 2).join(", "), 40) + " +" + num(Math.max(0, c.size - 2)) : "";
  }
  // Vis ids in the order labels are placed: biggest first (clusters among them by size).
  function orderLabels() {
    if (!state.network) return;
    var body = state.network.body;
    state.labelOrder = body.nodeIndices.filter(function (id) { return !body.nodes[id].options.hidden; })
      .sort(function (x, y) { return body.nodes[y].options.size - body.nodes[x].options.size; });
  }
  function Grid(cell) { this.cell = cell; this.cells = new Map(); }
  Grid.prototype.keys = function (b) {
    var out = [];
    for (var i = Math.floor(b.x / this.cell); i <= Math.floor((b.x + b.w) / this.cell); i++)
      for (var j = Math.floor(b.y / this.cell); j <= Math.floor((b.y + b.h) / this.cell); j++) out.push(i + "," + j);
    return out;
  };
  Grid.prototype.free = function (b) {
    var cells = this.cells;
    return this.keys(b).every(function (k) {
      return !(cells.get(k) || []).some(function (o) { return b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h; });
    });
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (k) { if (!cells.has(k)) cells.set(k, []); cells.get(k).push(b); });
  };
  // Draw `text` at the first of `spots` ([centre x, top y]) where it is on screen and over no other
  // label (`must`: at the first spot whatever is there); returns its box, or null when none is free.
  function put(ctx, grid, text, spots, px, weight, must) {
    var w = textWidth(ctx, text) * px / 10, W = ctx.canvas.clientWidth, H = ctx.canvas.clientHeight;
    for (var i = 0; i < spots.length; i++) {
      var x = spots[i][0], y = spots[i][1], box = { x: x - w / 2 - 2, y: y, w: w + 4, h: px + 3 };
      if (box.x > W || box.x + box.w < 0 || box.y > H || box.y + box.h < 0) continue;
      if (!(must && i === 0) && !grid.free(box)) continue;
      grid.add(box);
      ctx.font = weight + " " + px + "px system-ui, sans-serif";
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
      return { text: text, x: Math.round(box.x), y: Math.round(box.y), w: Math.round(box.w), h: box.h, px: px };
    }
    return null;
  }
  // Below a node, else above it, else to its right or left.
  function nodeSpots(ctx, text, x, y, r, px) {
    var half = textWidth(ctx, text) * px / 20;
    return [[x, y + r + 2], [x, y - r - px - 4], [x + r + half + 5, y - px / 2 - 1], [x - r - half - 5, y - px / 2 - 1]];
  }
  var LABEL_MIN = 12, LABEL_RANGE = 5, EDGE_LABEL_SCALE = 0.9, MAX_LABELS = 400;
  function drawLabels(ctx) {
    var net = state.network, body = net.body, scale = net.getScale(), t = body.view.translation;
    var ratio = net.canvas.pixelRatio || 1, hl = state.highlight, grid = new Grid(64), done = new Set();
    var visible = new Set(body.nodeIndices), placed = [], edgePlaced = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.lineWidth = 3; ctx.lineJoin = "round";
    ctx.strokeStyle = "rgba(255,255,255,0.92)"; ctx.fillStyle = "#1d1d1d";
    var order = (hl ? Array.from(hl.nodes) : []).concat(state.labelOrder || []);
    var selected = state.selected && state.selected.kind === "actor" && actors.has(state.selected.id) ? actors.get(state.selected.id).node : null;
    for (var i = 0; i < order.length && placed.length < MAX_LABELS; i++) {
      var id = order[i], node = body.nodes[id];
      if (done.has(id) || !node || !visible.has(id) || node.options.hidden || (hl && !hl.nodes.has(id))) continue;
      done.add(id);
      var size = node.options.size || CFG.min_size, fraction = Math.max(0, Math.min(1, (size - CFG.min_size) / (CFG.max_size - CFG.min_size)));
      var px = Math.round(LABEL_MIN + LABEL_RANGE * fraction) + (id === selected ? 2 : 0);
      var text = nodeText(id), spots = nodeSpots(ctx, text, node.x * scale + t.x, node.y * scale + t.y, size * scale, px);
      var spot = put(ctx, grid, text, spots, px, id === selected || !byNode.has(id) ? "600" : "400", id === selected);
      if (spot) { spot.id = id; placed.push(spot); }
    }
    ctx.fillStyle = "#3b3b3b";
    var wanted = hl ? Array.from(hl.edges) : [];
    if (scale >= EDGE_LABEL_SCALE) wanted = wanted.concat(body.edgeIndices);
    for (i = 0; i < wanted.length && edgePlaced.length < MAX_LABELS; i++) {
      var edge = body.edges[wanted[i]];
      if (!edge || done.has(wanted[i]) || !relations.has(edge.id) || edge.options.hidden || !visible.has(edge.fromId) || !visible.has(edge.toId)) continue;
      if (hl && !hl.edges.has(edge.id)) continue;
      done.add(edge.id);
      var p = edge.edgeType.getPoint(0.5);
      var at = put(ctx, grid, short(relations.get(edge.id).relation, 30), [[p.x * scale + t.x, p.y * scale + t.y - 6]], 11, "400", false);
      if (at) { at.id = edge.id; edgePlaced.push(at); }
    }
    ctx.restore();
    state.labels = placed;
    state.edgeLabels = edgePlaced;
  }
  function fade(ctx) {
    var net = state.network, body = net.body, hl = state.highlight, visible = new Set(body.nodeIndices);
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255,255,255,0.8)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    hl.edges.forEach(function (id) {
      var e = body.edges[id];
      if (!e || !e.connected || e.options.hidden || !visible.has(e.fromId) || !visible.has(e.toId)) return;
      e.draw(ctx);
      e.drawArrows(ctx);
    });
    hl.nodes.forEach(function (id) { var n = body.nodes[id]; if (n && visible.has(id) && !n.options.hidden) n.draw(ctx); });
  }

  // ---- search ----
  var names = [];
  DATA.actors.forEach(function (a) {
    [a.label].concat(a.aliases).forEach(function (n) { names.push({ key: n.toLowerCase(), id: a.id, name: n }); });
  });
  var datalist = document.getElementById("ag-names");
  var seen = new Set();
  names.forEach(function (n) {
    if (seen.has(n.name)) return;
    seen.add(n.name);
    var option = document.createElement("option");
    option.value = n.name;
    datalist.appendChild(option);
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var exact = names.filter(function (n) { return n.key === q; });
    var hits = exact.length ? exact : names.filter(function (n) { return n.key.indexOf(q) !== -1; });
    hits.sort(function (x, y) { return actors.get(y.id).score - actors.get(x.id).score; });
    return hits.length ? hits[0].id : null;
  }
  document.getElementById("ag-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("ag-search").value;
    var id = find(query);
    var out = document.getElementById("ag-search-status");
    if (id === null) {
      out.textContent = query.trim() ? "No actor matches \u201c" + short(query.trim(), 80) + "\u201d." : "";
      return;
    }
    out.textContent = "Found " + actors.get(id).label + (state.view.act.has(id) ? "." : " (hidden by the filters).");
    selectActor(id, { center: true });
  });

  // ---- export of the view ----
  function download(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }
  function visibleData() {
    var v = state.view, f = v.filters;
    return {
      title: DATA.meta.title,
      filters: { modalities: Array.from(f.mods), from: f.from, to: f.to, types: Array.from(f.types),
        relations: Array.from(f.rels), focus: f.hops > 0 ? state.focus : null, hops: f.hops,
        snapshot: f.step === null ? null : DATA.timeline.snapshots[f.step].label },
      actors: DATA.actors.filter(function (a) { return v.act.has(a.id); }).map(function (a) {
        return { id: a.id, label: a.label, type: a.type, score: v.score.get(a.id) };
      }),
      relations: DATA.relations.filter(function (r) { return v.rel.has(r.id); }).map(function (r) {
        var list = v.rel.get(r.id);
        return { source: r.from, relation: r.relation, target: r.to, evidence: count(list, r),
          modalities: list ? byModality(list) : "", first_seen: r.first_seen, last_seen: r.last_seen };
      })
    };
  }
  function csvCell(x) {
    var s = x === null || x === undefined ? "" : String(x);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;  // no formulas when opened in a spreadsheet
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(data) {
    var cols = ["source", "source_label", "relation", "target", "target_label", "evidence", "modalities", "first_seen", "last_seen"];
    var lines = [cols.join(",")];
    data.relations.forEach(function (r) {
      var rec = Object.assign({ source_label: label(r.source), target_label: label(r.target) }, r);
      lines.push(cols.map(function (c) { return csvCell(rec[c]); }).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }
  document.getElementById("ag-export-json").addEventListener("click", function () {
    download(new Blob([JSON.stringify(visibleData(), null, 1)], { type: "application/json" }), "actorgraph-view.json");
  });
  document.getElementById("ag-export-csv").addEventListener("click", function () {
    download(new Blob([csv(visibleData())], { type: "text/csv" }), "actorgraph-view.csv");
  });
  document.getElementById("ag-export-png").addEventListener("click", function () {
    var canvas = document.querySelector("#ag-network canvas");
    if (canvas) canvas.toBlob(function (blob) { download(blob, "actorgraph-view.png"); }, "image/png");
  });

  // ---- controls ----
  document.querySelectorAll("#ag-types input, #ag-relations input, #ag-states input, #ag-modalities input").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  if (slider) slider.addEventListener("input", applyFilters);
  [dateFrom, dateTo, isolated].forEach(function (c) { c.addEventListener("change", applyFilters); });
  hops.addEventListener("change", function () { applyFilters(); fitView(); });
  if (clustersBox) clustersBox.addEventListener("change", function () { ungroup(); applyFilters(); fitView(); });

  // ---- network ----
  applyFilters();
  if (!DATA.actors.length) {
    markReady();
    return;
  }
  state.timings = { start: performance.now() };
  var network = new vis.Network(document.getElementById("ag-network"), { nodes: nodes, edges: edges }, DATA.options);
  state.network = network;
  state.timings.network = performance.now();

  // Frame the shown nodes with room for their labels: the largest scale at which every node and
  // its label (fixed screen size) fit the frame, found by bisection.
  function fitView() {
    var body = network.body, ctx = network.canvas.getContext(), frame = document.getElementById("ag-network");
    var items = body.nodeIndices.filter(function (id) { return !body.nodes[id].options.hidden; }).map(function (id) {
      var n = body.nodes[id];
      return { x: n.x, y: n.y, s: n.options.size || 10, half: Math.min(160, textWidth(ctx, nodeText(id)) * 0.85) + 4 };
    });
    if (!items.length) return;
    function extent(scale) {
      var l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
      items.forEach(function (n) {
        l = Math.min(l, n.x * scale - Math.max(n.half, n.s * scale)); r = Math.max(r, n.x * scale + Math.max(n.half, n.s * scale));
        t = Math.min(t, (n.y - n.s) * scale); b = Math.max(b, (n.y + n.s) * scale + 22);
      });
      return { l: l, t: t, r: r, b: b };
    }
    var lo = 0.01, hi = 1.5, W = frame.clientWidth - 16, H = frame.clientHeight - 16;
    for (var k = 0; k < 30; k++) {
      var mid = (lo + hi) / 2, e = extent(mid);
      if (e.r - e.l <= W && e.b - e.t <= H) lo = mid; else hi = mid;
    }
    var box = extent(lo);
    network.moveTo({ position: { x: (box.l + box.r) / 2 / lo, y: (box.t + box.b) / 2 / lo }, scale: lo });
  }
  state.fitView = fitView;

  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  network.on("afterDrawing", function (ctx) {
    if (state.highlight) fade(ctx);
    drawLabels(ctx);
  });
  network.on("click", function (params) {
    var id = params.nodes[0];
    if (id !== undefined && !byNode.has(id) && communities.has(Number(String(id).slice(1)))) {
      openGroup(Number(String(id).slice(1)));
      applyFilters();
    } else if (id !== undefined && byNode.has(id)) selectActor(byNode.get(id).id);
    else if (params.edges.length && relations.has(params.edges[0])) selectRelation(params.edges[0]);
    else { showHint(); setHighlight(); }
  });
  network.on("stabilizationProgress", function (params) {
    if (!state.timings.progress) state.timings.progress = performance.now();
    status.textContent = "Laying out the network\u2026 " + Math.round(100 * params.iterations / params.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    physics.checked = false;
    status.textContent = "";
    status.hidden = true;
    state.timings.stabilized = performance.now();
    if (communities.size) {
      placeGroups();
      applyFilters();
      state.timings.grouped = performance.now();
    }
    orderLabels();
    network.once("afterDrawing", function () {  // the drawing knows the shown items: frame them, then draw
      fitView();
      network.once("afterDrawing", function () { state.timings.drawn = performance.now(); markReady(); });
      network.redraw();
    });
    network.redraw();
  });
  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked } });
  });
})();
