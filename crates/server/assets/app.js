// Entente dashboard: fills the server-rendered panels from the JSON API and draws the charts as
// SVG. No library, nothing fetched but this server's own /api/ endpoints.
"use strict";

(function () {
  const SVG = "http://www.w3.org/2000/svg";

  // Builds an element; `attrs` keys starting with "on" are event listeners.
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    setAll(node, attrs);
    append(node, children);
    return node;
  }

  function svg(tag, attrs, children) {
    const node = document.createElementNS(SVG, tag);
    setAll(node, attrs);
    append(node, children);
    return node;
  }

  function setAll(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (k === "text") node.textContent = String(v);
      else node.setAttribute(k, String(v));
    }
  }

  function append(node, children) {
    for (const c of [].concat(children === undefined ? [] : children).flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.appendChild(typeof c === "object" ? c : document.createTextNode(String(c)));
    }
  }

  function $(id) {
    return document.getElementById(id);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // GET /api/PATH?params; resolves to the JSON body, rejects with the server's error message.
  async function api(path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== undefined && v !== null && String(v).trim() !== "") qs.set(k, String(v).trim());
    }
    const url = "/api/" + path + (qs.toString() ? "?" + qs.toString() : "");
    const resp = await fetch(url, { headers: { Accept: "application/json" } });
    let body = null;
    try {
      body = await resp.json();
    } catch (e) {
      body = null;
    }
    if (!resp.ok) {
      const msg = body && body.error ? body.error : resp.status + " " + resp.statusText;
      const err = new Error(msg);
      err.status = resp.status;
      throw err;
    }
    return body;
  }

  function docLink(docId, sentenceIndex) {
    const anchor = sentenceIndex === undefined || sentenceIndex === null ? "" : "#s" + sentenceIndex;
    return "/doc/" + encodeURIComponent(docId) + anchor;
  }

  function fmt(x, digits) {
    return typeof x === "number" ? x.toFixed(digits) : "-";
  }

  // Colour class of a verdict, trend or signal word: cooperative, moving closer, in between,
  // conflictual, or not known.
  const TONES = {
    normalised: "good", in_progress: "progress", not_normalising: "mixed", deteriorating: "bad", unknown: "unknown",
    improving: "good", worsening: "bad", steady: "mixed", quiet: "unknown",
    formal: "good", cooperation: "good", no_formal: "mixed", rupture: "bad", conflict: "bad", neutral: "unknown",
    cooperative: "good", conflictual: "bad", mixed: "mixed",
  };

  function tone(word) {
    return TONES[String(word || "").toLowerCase()] || "unknown";
  }

  function humanise(word) {
    return String(word || "").replace(/_/g, " ");
  }

  // ---------------------------------------------------------------- ask

  async function runAsk(question, asOf) {
    const status = $("ask-status");
    const result = $("ask-result");
    status.textContent = "Asking…";
    status.className = "status";
    try {
      const answer = await api("ask", { q: question, as_of: asOf });
      renderAnswer(answer);
      status.textContent = answer.understood ? "Understood: " + answer.understood : "";
      const dyad = answer.dyad || [];
      if (dyad[0] && dyad[1]) {
        $("dyad-a").value = dyad[0];
        $("dyad-b").value = dyad[1];
        loadDyad(dyad[0], dyad[1]);
      }
    } catch (e) {
      result.hidden = true;
      status.textContent = e.message;
      status.className = "status error";
    }
  }

  function renderAnswer(a) {
    const verdict = $("verdict");
    clear(verdict);
    const hasPartners = Array.isArray(a.partners) && a.partners.length > 0;
    const word = a.verdict || (hasPartners ? "meetings" : "unknown");
    verdict.className = "verdict verdict-" + (a.verdict ? tone(a.verdict) : "unknown");
    verdict.setAttribute("data-verdict", word);
    const names = (a.names || []).filter(Boolean).join(" – ");
    append(verdict, [
      a.answer ? el("span", { class: "verdict-answer", text: a.answer }) : null,
      el("span", { class: "verdict-word", text: humanise(word) }),
      el("span", { class: "verdict-meta", text: [a.verdict_meaning, names, a.as_of ? "as of " + a.as_of : ""].filter(Boolean).join(" · ") }),
    ]);
    $("summary").textContent = a.summary || "";
    // The status over time: the verdict at each turning point.
    const history = $("history");
    clear(history);
    const points = a.history || [];
    if (points.length > 1) {
      history.appendChild(el("span", { class: "muted", text: "Status over time: " }));
      points.forEach((h, i) => {
        if (i > 0) history.appendChild(document.createTextNode(" → "));
        history.appendChild(el("span", { class: "pill " + tone(h.verdict), text: h.date + " " + humanise(h.verdict) }));
      });
    }

    const timeline = $("timeline");
    clear(timeline);
    for (const p of a.partners || []) {
      timeline.appendChild(
        el("li", { class: "timeline-item good" }, [
          el("span", { class: "kind", text: p.name + " (" + p.code + ")" }),
          " " + p.meetings + " meetings, the latest on " + p.last,
        ])
      );
    }
    for (const t of a.timeline || []) {
      timeline.appendChild(
        el("li", { class: "timeline-item " + tone(t.signal || t.kind) }, [
          el("span", { class: "date", text: t.date || "undated" }),
          " ",
          el("span", { class: "kind", text: humanise(t.kind) }),
          " ",
          t.description || "",
          t.reports > 1 ? " (" + t.reports + " reports)" : "",
          t.doc_id ? [" ", el("a", { href: docLink(t.doc_id, t.sentence_index), text: "source" })] : null,
        ])
      );
    }
    if (!timeline.firstChild) timeline.appendChild(el("li", { class: "muted", text: "nothing dated in the store" }));

    const evidence = $("evidence");
    clear(evidence);
    for (const e of a.evidence || []) {
      const meta = [
        e.date,
        humanise(e.signal || e.kind),
        e.cameo ? "CAMEO " + e.cameo : null,
        e.relation ? humanise(e.relation) : null,
        e.modality,
        e.attribution ? "according to " + e.attribution : null,
        e.published && e.published !== e.date ? "published " + e.published : null,
      ]
        .filter(Boolean)
        .join(" · ");
      evidence.appendChild(
        el("li", { class: "evidence-item " + tone(e.signal) }, [
          el("a", { class: "evidence-sentence", href: docLink(e.doc_id, e.sentence_index), text: e.sentence || "(sentence)" }),
          el("div", { class: "evidence-meta", text: meta + " · " + e.doc_id + " #" + e.sentence_index }),
        ])
      );
    }
    if (!evidence.firstChild) evidence.appendChild(el("li", { class: "muted", text: "no evidence in the store" }));
    $("ask-result").hidden = false;
  }

  // ---------------------------------------------------------------- dyad chart

  function monthRange(first, last) {
    const out = [];
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(y + "-" + String(m).padStart(2, "0"));
      m += 1;
      if (m > 12) {
        m = 1;
        y += 1;
      }
      if (out.length > 1200) break;
    }
    return out;
  }

  async function loadDyad(a, b) {
    const box = $("dyad-chart");
    const status = $("dyad-summary");
    status.textContent = "Loading…";
    status.className = "status";
    try {
      const d = await api("dyad", { a: a, b: b, top: 5 });
      drawDyad(box, d);
      const notable = $("dyad-notable");
      clear(notable);
      for (const e of d.notable || []) {
        notable.appendChild(
          el("li", { class: "timeline-item " + (e.quad_class <= 2 ? "good" : "bad") }, [
            el("span", { class: "date", text: e.date || "undated" }),
            " ",
            el("span", { class: "kind", text: e.source.code + " → " + (e.target ? e.target.code : "-") + " " + e.cameo_name }),
            " ",
            el("a", { href: docLink(e.doc_id, e.sentence_index), text: e.sentence }),
          ])
        );
      }
      const names = (d.a_name || d.a) + " – " + (d.b_name || d.b);
      status.textContent =
        names + ": " + d.events + (d.events === 1 ? " event (" : " events (") + d.cooperation + " cooperative, " + d.conflict + " conflictual), mean Goldstein " +
        fmt(d.goldstein_mean, 2) + (d.undated ? "; " + d.undated + " undated" : "");
    } catch (e) {
      clear(box);
      clear($("dyad-notable"));
      status.textContent = e.message;
      status.className = "status error";
    }
  }

  function drawDyad(box, d) {
    clear(box);
    const months = d.months || [];
    if (!months.length) {
      box.appendChild(el("p", { class: "muted", text: "No dated events between " + d.a + " and " + d.b + "." }));
      return;
    }
    const byMonth = new Map(months.map((m) => [m.month, m]));
    let axis = monthRange(months[0].month, months[months.length - 1].month);
    // A short span is padded to a year, so that one busy month does not fill the chart.
    if (axis.length < 12) {
      const pad = 12 - axis.length;
      const shift = (month, by) => {
        const [y, m] = month.split("-").map(Number);
        const t = y * 12 + (m - 1) + by;
        return Math.floor(t / 12) + "-" + String((t % 12) + 1).padStart(2, "0");
      };
      axis = monthRange(shift(axis[0], -Math.floor(pad / 2)), shift(axis[axis.length - 1], Math.ceil(pad / 2)));
    }
    const W = 640, H = 280, L = 40, R = 44, T = 24, B = 44;
    const iw = W - L - R, ih = H - T - B;
    const maxCount = Math.max(1, ...months.map((m) => Math.max(m.cooperation, m.conflict)));
    const step = iw / axis.length;
    const bw = Math.max(1, Math.min(14, step / 2 - 1));
    const y = (n) => T + ih - (n / maxCount) * ih;
    const g = (v) => T + ih / 2 - (v / 10) * (ih / 2);
    const chart = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "dyad-svg", role: "img", "aria-label": "cooperation and conflict per month" });
    chart.appendChild(svg("title", { text: d.a + " – " + d.b + ": events per month and mean Goldstein" }));
    // grid and axes
    for (const n of [0, Math.ceil(maxCount / 2), maxCount]) {
      chart.appendChild(svg("line", { x1: L, x2: W - R, y1: y(n), y2: y(n), class: "grid-line" }));
      chart.appendChild(svg("text", { x: L - 6, y: y(n) + 4, class: "axis-label", "text-anchor": "end", text: n }));
    }
    for (const v of [-10, 0, 10]) {
      chart.appendChild(svg("text", { x: W - R + 6, y: g(v) + 4, class: "axis-label gold", text: (v > 0 ? "+" : "") + v }));
    }
    chart.appendChild(svg("line", { x1: L, x2: W - R, y1: g(0), y2: g(0), class: "zero-line" }));
    const every = Math.max(1, Math.ceil(axis.length / 8));
    const points = [];
    axis.forEach((month, i) => {
      const x0 = L + i * step + step / 2;
      const m = byMonth.get(month);
      if (i % every === 0) {
        chart.appendChild(svg("text", { x: x0, y: H - B + 16, class: "axis-label", "text-anchor": "middle", text: month }));
      }
      if (!m) return;
      const tip = month + ": " + m.cooperation + " cooperation, " + m.conflict + " conflict, mean Goldstein " + fmt(m.goldstein_mean, 2);
      chart.appendChild(svg("rect", { x: x0 - bw - 0.5, y: y(m.cooperation), width: bw, height: Math.max(0, T + ih - y(m.cooperation)), class: "bar coop" }, [svg("title", { text: tip })]));
      chart.appendChild(svg("rect", { x: x0 + 0.5, y: y(m.conflict), width: bw, height: Math.max(0, T + ih - y(m.conflict)), class: "bar conf" }, [svg("title", { text: tip })]));
      points.push([x0, g(m.goldstein_mean), tip]);
    });
    if (points.length > 1) {
      chart.appendChild(svg("polyline", { points: points.map((p) => p[0].toFixed(1) + "," + p[1].toFixed(1)).join(" "), class: "gold-line" }));
    }
    for (const p of points) {
      chart.appendChild(svg("circle", { cx: p[0], cy: p[1], r: 3, class: "gold-dot" }, [svg("title", { text: p[2] })]));
    }
    // legend
    const lg = [["bar coop", "cooperation (quad 1+2)"], ["bar conf", "conflict (quad 3+4)"], ["gold-dot", "mean Goldstein (right axis)"]];
    lg.forEach(([cls, label], i) => {
      const x = L + i * 190;
      chart.appendChild(svg("rect", { x: x, y: 6, width: 10, height: 10, class: cls }));
      chart.appendChild(svg("text", { x: x + 14, y: 15, class: "axis-label", text: label }));
    });
    box.appendChild(chart);
  }

  // ---------------------------------------------------------------- network

  async function loadNetwork() {
    const box = $("network");
    clear(box);
    box.appendChild(el("p", { class: "muted", text: "Loading…" }));
    try {
      const n = await api("network", { days: $("network-days").value, as_of: $("network-as-of").value, limit: 120 });
      drawNetwork(box, n);
      return n;
    } catch (e) {
      clear(box);
      box.appendChild(el("p", { class: "status error", text: e.message }));
      return null;
    }
  }

  function drawNetwork(box, n) {
    clear(box);
    if (!n.nodes.length) {
      box.appendChild(el("p", { class: "muted", text: "No events between countries in this window." }));
      return;
    }
    const W = 560, H = 460, cx = W / 2, cy = H / 2 + 6;
    const radius = Math.min(W, H) / 2 - 56;
    const pos = new Map();
    n.nodes.forEach((node, i) => {
      const angle = (2 * Math.PI * i) / n.nodes.length - Math.PI / 2;
      pos.set(node.id, [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), angle]);
    });
    const maxEvents = Math.max(1, ...n.edges.map((e) => e.events));
    const maxNode = Math.max(1, ...n.nodes.map((x) => x.events));
    const chart = svg("svg", { viewBox: "0 0 " + W + " " + H, class: "network-svg", role: "img", "aria-label": "network of countries" });
    chart.appendChild(svg("text", { x: 8, y: 16, class: "axis-label", text: (n.from || "") + " to " + (n.to || "") + (n.truncated ? " (most recent events only)" : "") }));
    const cls = { cooperative: "coop", conflictual: "conf", mixed: "mixed" };
    for (const e of n.edges) {
      const [x1, y1] = pos.get(e.a);
      const [x2, y2] = pos.get(e.b);
      const width = 1 + 5 * Math.sqrt(e.events / maxEvents);
      const tip = e.a + " – " + e.b + ": " + e.events + " events, " + e.cooperation + " cooperative, " + e.conflict +
        " conflictual, mean Goldstein " + fmt(e.goldstein_mean, 2) + ", last " + (e.last_date || "-") + " (click for the timeline)";
      chart.appendChild(
        svg("line", {
          x1: x1, y1: y1, x2: x2, y2: y2, "stroke-width": width.toFixed(1),
          class: "edge " + (cls[e.relation] || "mixed"), "data-a": e.a, "data-b": e.b,
          onclick: () => {
            $("dyad-a").value = e.a;
            $("dyad-b").value = e.b;
            loadDyad(e.a, e.b);
            $("dyad-panel").scrollIntoView({ behavior: "smooth" });
          },
        }, [svg("title", { text: tip })])
      );
    }
    for (const node of n.nodes) {
      const [x, y, angle] = pos.get(node.id);
      const r = 4 + 8 * Math.sqrt(node.events / maxNode);
      const lx = x + (r + 6) * Math.cos(angle);
      const ly = y + (r + 6) * Math.sin(angle) + 4;
      const anchor = Math.cos(angle) > 0.3 ? "start" : Math.cos(angle) < -0.3 ? "end" : "middle";
      chart.appendChild(
        svg("g", {
          class: "node",
          onclick: () => {
            $("brief-country").value = node.id;
            loadBrief(node.id);
            $("brief-panel").scrollIntoView({ behavior: "smooth" });
          },
        }, [
          svg("circle", { cx: x, cy: y, r: r.toFixed(1) }),
          svg("text", { x: lx, y: ly, "text-anchor": anchor, class: "node-label", text: node.id }),
          svg("title", { text: node.name + " (" + node.id + "): " + node.events + " events (click for its brief)" }),
        ])
      );
    }
    box.appendChild(chart);
  }

  // ---------------------------------------------------------------- brief

  async function loadBrief(country) {
    const status = $("brief-status");
    const table = $("brief-table");
    status.textContent = "Loading…";
    status.className = "status";
    try {
      const b = await api("brief", { country: country, as_of: $("as_of").value });
      const body = table.tBodies[0];
      clear(body);
      const own = b.country;
      for (const p of b.partners || []) {
        body.appendChild(
          el("tr", { class: "clickable", title: "timeline of " + own + " – " + p.partner, onclick: () => {
            $("dyad-a").value = own;
            $("dyad-b").value = p.partner;
            loadDyad(own, p.partner);
            $("dyad-panel").scrollIntoView({ behavior: "smooth" });
          } }, [
            el("td", { text: p.name ? p.name + " (" + p.partner + ")" : p.partner }),
            el("td", { title: p.reason || "" }, [el("span", { class: "pill " + tone(p.verdict), text: humanise(p.verdict) })]),
            el("td", {}, [el("span", { class: "pill " + tone(p.trend), text: humanise(p.trend) })]),
            el("td", { text: (p.reports !== undefined ? p.reports : p.events) + (p.cooperative !== undefined ? " (" + p.cooperative + " coop., " + p.conflictual + " confl.)" : "") }),
            el("td", { text: (p.last_date || "-") + (p.last ? ": " + p.last : "") }),
          ])
        );
      }
      table.hidden = false;
      status.textContent = (b.partners || []).length + " partners of " + (b.name ? b.name + " (" + own + ")" : own) + (b.as_of ? " as of " + b.as_of : "");
    } catch (e) {
      table.hidden = true;
      status.textContent = e.message;
      status.className = "status error";
    }
  }

  // ---------------------------------------------------------------- events table

  async function loadEvents() {
    const form = $("events-form");
    const params = Object.fromEntries(new FormData(form).entries());
    const status = $("events-status");
    const body = $("events-table").tBodies[0];
    status.textContent = "Loading…";
    status.className = "status";
    try {
      const r = await api("events", params);
      clear(body);
      for (const e of r.events) {
        body.appendChild(
          el("tr", { class: "q" + e.quad_class }, [
            el("td", { text: e.event_id }),
            el("td", { text: e.date || "-" }),
            el("td", { text: e.source.code, title: e.source.name }),
            el("td", { text: e.target ? e.target.code : "-", title: e.target ? e.target.name : "" }),
            el("td", { text: e.cameo + " " + e.cameo_name }),
            el("td", { text: e.quad_class }),
            el("td", { text: fmt(e.goldstein, 1) }),
            el("td", { text: e.modality }),
            el("td", { text: e.num_sources }),
            el("td", {}, [el("a", { href: docLink(e.doc_id, e.sentence_index), text: e.sentence })]),
          ])
        );
      }
      status.textContent = "showing " + r.events.length + " of " + r.total + " events";
    } catch (e) {
      clear(body);
      status.textContent = e.message;
      status.className = "status error";
    }
  }

  // ---------------------------------------------------------------- start

  function start() {
    const url = new URL(window.location.href);
    $("ask-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const q = $("q").value.trim();
      const asOf = $("as_of").value;
      if (!q) return;
      const next = new URL(window.location.href);
      next.search = "";
      next.hash = "";
      next.searchParams.set("q", q);
      if (asOf) next.searchParams.set("as_of", asOf);
      window.history.replaceState(null, "", next.toString());
      runAsk(q, asOf);
    });
    $("dyad-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      loadDyad($("dyad-a").value.trim(), $("dyad-b").value.trim());
    });
    $("network-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      loadNetwork();
    });
    $("brief-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      const c = $("brief-country").value.trim();
      if (c) loadBrief(c);
    });
    $("events-form").addEventListener("submit", (ev) => {
      ev.preventDefault();
      loadEvents();
    });

    const q = url.searchParams.get("q");
    const a = url.searchParams.get("a");
    const b = url.searchParams.get("b");
    if (q) runAsk(q, url.searchParams.get("as_of") || "");
    if (a && b) loadDyad(a, b);
    loadNetwork().then((n) => {
      // Without a question or a dyad, show the busiest pair's timeline.
      if (!q && !(a && b) && n && n.edges.length) {
        $("dyad-a").value = n.edges[0].a;
        $("dyad-b").value = n.edges[0].b;
        loadDyad(n.edges[0].a, n.edges[0].b);
      }
    });
    loadEvents();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
