// actorgraph network page. Every piece of article text reaches the DOM through
// textContent or a vis-network plain-string title; nothing here uses innerHTML.
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("ag-data").textContent);
  var actors = {}, relations = {}, byActor = {};
  DATA.actors.forEach(function (a) { actors[a.id] = a; byActor[a.id] = []; });
  DATA.relations.forEach(function (r) {
    relations[r.id] = r;
    byActor[r.from].push(r);
    if (r.to !== r.from) byActor[r.to].push(r);
  });

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var panel = document.getElementById("ag-panel");
  var status = document.getElementById("ag-status");
  var physics = document.getElementById("ag-physics");
  var state = { ready: false, readyAt: null, network: null, nodes: nodes, edges: edges, data: DATA };
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
  function label(id) { return actors[id] ? actors[id].label : id; }
  function arrow(r) { return label(r.from) + " \u2192 " + r.relation + " \u2192 " + label(r.to); }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.readyAt = performance.now();
    document.documentElement.setAttribute("data-ready", "true");
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
    panel.replaceChildren(el("p", "Select an actor or a relation to see its details and evidence.", "ag-hint"));
  }

  function showActor(id) {
    var a = actors[id];
    if (!a) return showHint();
    var dl = el("dl");
    row(dl, "Type", a.type);
    row(dl, "Aliases", a.aliases.join(", "));
    row(dl, "Affiliation", a.affiliation_label);
    row(dl, "Mentions", a.mentions === null ? null : num(a.mentions));
    row(dl, "Articles", num(a.articles));
    row(dl, "Centrality (" + a.measure + ")", Number(a.score).toPrecision(3));
    var strongest = byActor[id].slice().sort(function (x, y) { return y.weight - x.weight; }).slice(0, 8);
    var list = el("ol", null, "ag-strongest");
    strongest.forEach(function (r) {
      var b = el("button", arrow(r) + " (" + r.weight + ")", "ag-link");
      b.type = "button";
      b.addEventListener("click", function () { selectRelation(r.id); });
      list.appendChild(el("li")).appendChild(b);
    });
    panel.replaceChildren.apply(panel, [el("h2", a.label)].concat(changeParts(a), [dl,
      el("h3", strongest.length ? "Strongest relations" : "No relations shown"), list]));
  }

  function showRelation(id) {
    var r = relations[id];
    if (!r) return showHint();
    var dl = el("dl");
    row(dl, "Relation", r.relation);
    row(dl, "CAMEO", r.cameo);
    row(dl, "PLOVER", r.plover);
    row(dl, "Weight", r.weight + " evidence sentence" + (r.weight === 1 ? "" : "s"));
    row(dl, "Articles", r.sources);
    row(dl, "First seen", r.first_seen);
    row(dl, "Last seen", r.last_seen);
    row(dl, "Contested", r.contested ? "yes: the sources disagree" : "no");
    var parts = [el("h2", arrow(r))].concat(changeParts(r), [dl]);
    if (r.weak) parts.push(el("p", "Every piece of evidence is hypothetical, alleged, negated or denied.", "ag-note"));
    parts.push(el("h3", "Evidence (" + r.evidence.length + ")"));
    var list = el("ol", null, "ag-evidence");
    r.evidence.forEach(function (e) { list.appendChild(evidenceItem(e)); });
    parts.push(list);
    if (r.removed_evidence && r.removed_evidence.length) {
      parts.push(el("h3", "No longer in the evidence (" + r.removed_evidence.length + ")"));
      var gone = el("ol", null, "ag-evidence ag-gone");
      r.removed_evidence.forEach(function (e) { gone.appendChild(evidenceItem(e, "gone")); });
      parts.push(gone);
    }
    panel.replaceChildren.apply(panel, parts);
  }

  // One evidence record as a list item; the diff page marks new ones, and lists lost ones as "gone".
  function evidenceItem(e, badge) {
    var li = el("li");
    if (badge || e.new) li.appendChild(el("span", badge || "new", "ag-badge" + (badge ? " ag-badge-removed" : "")));
    li.appendChild(el("blockquote", e.sentence));
    var art = DATA.articles[e.article] || {};
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

  // ---- filters ----
  var dateFrom = document.getElementById("ag-date-from");
  var dateTo = document.getElementById("ag-date-to");
  function checked(name) {
    var set = {};
    document.querySelectorAll("input[name=" + name + "]").forEach(function (box) {
      if (box.checked) set[box.value] = true;
    });
    return set;
  }
  function outsideDates(r, from, to) {
    if (from && r.last_seen && r.last_seen < from) return true;
    if (to && r.first_seen && r.first_seen > to) return true;
    return false;
  }
  var slider = document.getElementById("ag-slider");
  function applyFilters() {
    var types = checked("type"), rels = checked("relation");
    var states = DATA.diff ? checked("state") : null;
    var step = DATA.timeline ? Number(slider.value) : null;
    // an item of the diff page shows when its state is ticked; one of the timeline when it is in the snapshot
    function present(item) {
      return (!states || states[item.state]) && (step === null || item.snapshots.indexOf(step) !== -1);
    }
    var from = dateFrom.value || null, to = dateTo.value || null;
    var hiddenNode = {}, nodeUpdates = [], edgeUpdates = [], shown = 0;
    DATA.actors.forEach(function (a) {
      hiddenNode[a.id] = !types[a.type] || !present(a);
      nodeUpdates.push({ id: a.id, hidden: hiddenNode[a.id] });
    });
    DATA.relations.forEach(function (r) {
      var hide = !rels[r.relation] || hiddenNode[r.from] || hiddenNode[r.to] || outsideDates(r, from, to) ||
        !present(r);
      if (!hide) shown++;
      edgeUpdates.push({ id: r.id, hidden: hide });
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    document.getElementById("ag-filter-status").textContent =
      "Showing " + num(shown) + " of " + num(DATA.relations.length) + " relations.";
    if (step !== null) {
      var snap = DATA.timeline.snapshots[step];
      document.getElementById("ag-slider-label").textContent = snap.label + " \u00b7 " + num(snap.actors) +
        " actors, " + num(snap.relations) + " relations \u00b7 " + num(snap.articles) + " articles";
    }
  }
  document.querySelectorAll("#ag-types input, #ag-relations input, #ag-states input").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  if (slider) slider.addEventListener("input", applyFilters);
  dateFrom.addEventListener("change", applyFilters);
  dateTo.addEventListener("change", applyFilters);

  // ---- search ----
  var names = [];
  DATA.actors.forEach(function (a) {
    [a.label].concat(a.aliases).forEach(function (n) { names.push({ key: n.toLowerCase(), id: a.id, name: n }); });
  });
  var datalist = document.getElementById("ag-names");
  var seen = {};
  names.forEach(function (n) {
    if (seen[n.name]) return;
    seen[n.name] = true;
    var option = document.createElement("option");
    option.value = n.name;
    datalist.appendChild(option);
  });
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var exact = names.filter(function (n) { return n.key === q; });
    var hits = exact.length ? exact : names.filter(function (n) { return n.key.indexOf(q) !== -1; });
    hits.sort(function (x, y) { return actors[y.id].score - actors[x.id].score; });
    return hits.length ? hits[0].id : null;
  }
  function focusActor(id) {
    state.network.selectNodes([id]);
    state.network.focus(id, { scale: Math.max(state.network.getScale(), 1.2), animation: { duration: 300 } });
    showActor(id);
  }
  document.getElementById("ag-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("ag-search").value;
    var id = find(query);
    var out = document.getElementById("ag-search-status");
    if (id === null) {
      out.textContent = query.trim() ? "No actor matches \u201c" + query.trim() + "\u201d." : "";
      return;
    }
    var hidden = nodes.get(id).hidden;
    out.textContent = "Found " + actors[id].label + (hidden ? " (hidden by the filters)." : ".");
    focusActor(id);
  });

  // ---- selection ----
  function selectRelation(id) {
    state.network.setSelection({ nodes: [], edges: [id] }, { unselectAll: true, highlightEdges: false });
    showRelation(id);
  }

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
  state.showActor = showActor;
  state.showRelation = showRelation;

  // network.fit() frames the shapes only; long labels at the rim would be cut off.
  function fitWithLabels() {
    var l = Infinity, t = Infinity, r = -Infinity, b = -Infinity;
    nodes.getIds().forEach(function (id) {
      var box = network.getBoundingBox(id);
      l = Math.min(l, box.left); t = Math.min(t, box.top); r = Math.max(r, box.right); b = Math.max(b, box.bottom);
    });
    var frame = document.getElementById("ag-network");
    var scale = Math.min(frame.clientWidth / (r - l + 40), frame.clientHeight / (b - t + 40), 1.5);
    network.moveTo({ position: { x: (l + r) / 2, y: (t + b) / 2 }, scale: scale });
  }

  network.on("click", function (params) {
    if (params.nodes.length) showActor(params.nodes[0]);
    else if (params.edges.length) showRelation(params.edges[0]);
    else showHint();
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
    network.once("afterDrawing", function () {  // labels are measured when first drawn
      fitWithLabels();
      markReady();
    });
  });
  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked } });
  });
})();
