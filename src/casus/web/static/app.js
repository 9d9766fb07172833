// The casus page: a map of incidents, a timeline that filters by brushing, and for one incident the
// sources' positions side by side with the sentences they come from. Text from documents is
// attacker-controlled: it only ever reaches the page through textContent, never as HTML.
"use strict";

const state = { incidents: [], range: null, country: "", type: "", source: "", selected: null };
let map = null;
let markers = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else if (key === "title") node.title = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) q.set(key, value);
  return q.toString();
}

// -- filters --------------------------------------------------------------------------------------------
function visible() {
  return state.incidents.filter((i) => {
    if (state.country && !i.countries.includes(state.country)) return false;
    if (state.type && !i.event_types.includes(state.type)) return false;
    if (state.source && !i.sources.includes(state.source)) return false;
    if (state.range && (i.time.end < state.range[0] || i.time.start > state.range[1])) return false;
    return true;
  });
}

function fillSelect(id, values) {
  const select = document.getElementById(id);
  for (const value of values) select.append(el("option", {}, value));
  select.addEventListener("change", () => {
    state[id.slice(2)] = select.value;
    render();
  });
}

function updateExports() {
  const params = {
    start: state.range ? state.range[0] : "", end: state.range ? state.range[1] : "",
    country: state.country, type: state.type, source: state.source,
  };
  for (const format of ["acled", "geojson", "plover"]) {
    const name = format === "acled" ? "acled-csv" : format;
    document.getElementById(`x-${format}`).href = `/api/export?${query({ format: name, ...params })}`;
  }
  document.getElementById("f-range").textContent = state.range ? `${state.range[0]} – ${state.range[1]}` : "";
}

// -- map --------------------------------------------------------------------------------------------------
async function initMap() {
  if (typeof L === "undefined") { // static/vendor/leaflet.js did not load: say so, and show the rest
    document.getElementById("map").append(el("p", { class: "hint missing", id: "map-missing" },
      "The map library (Leaflet) is not installed: /static/vendor/leaflet.js did not load. " +
      "Run scripts/setup.sh with npm to vendor it; the list, timeline and claims work without it."));
    return;
  }
  map = L.map("map", { attributionControl: false, worldCopyJump: true }).setView([30, 20], 2);
  try {
    const topo = await api("/static/vendor/countries-50m.json");
    const countries = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, { style: { color: "#8a8a8a", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false }).addTo(map);
  } catch (error) {
    document.getElementById("map").append(el("p", { class: "hint" }, "Country outlines are not installed."));
  }
  markers = L.layerGroup().addTo(map);
}

function place(incident) {
  const spot = incident.locations.find((l) => l.precision !== "country") || incident.locations[0];
  return spot ? [spot.lat, spot.lon] : null;
}

// -- timeline ---------------------------------------------------------------------------------------------
const DAY = 86400000;

function days(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY);
}

function addDays(date, n) {
  return new Date(Date.parse(date) + n * DAY).toISOString().slice(0, 10);
}

function drawTimeline(shown) {
  const svg = document.getElementById("timeline");
  svg.replaceChildren();
  if (!state.incidents.length) return;
  const first = state.incidents.reduce((m, i) => (i.time.start < m ? i.time.start : m), "9999-12-31");
  const last = state.incidents.reduce((m, i) => (i.time.end > m ? i.time.end : m), "0000-01-01");
  const span = Math.max(1, days(first, last) + 1);
  const width = svg.clientWidth || 600;
  const height = svg.clientHeight || 80;
  const counts = new Array(span).fill(0);
  for (const i of state.incidents) counts[Math.max(0, days(first, i.time.start))] += 1;
  const peak = Math.max(...counts);
  const ns = "http://www.w3.org/2000/svg";
  const step = width / span;
  const shownStarts = new Set(shown.map((i) => i.time.start));
  counts.forEach((n, k) => {
    if (!n) return;
    const bar = document.createElementNS(ns, "rect");
    const h = ((height - 16) * n) / peak;
    bar.setAttribute("x", String(k * step));
    bar.setAttribute("y", String(height - 14 - h));
    bar.setAttribute("width", String(Math.max(2, step - 1)));
    bar.setAttribute("height", String(h));
    bar.setAttribute("class", shownStarts.has(addDays(first, k)) ? "bar" : "bar out");
    svg.append(bar);
  });
  for (const [x, label, anchor] of [[2, first, "start"], [width - 2, last, "end"]]) {
    const text = document.createElementNS(ns, "text");
    text.setAttribute("x", String(x));
    text.setAttribute("y", String(height - 3));
    text.setAttribute("text-anchor", anchor);
    text.textContent = label;
    svg.append(text);
  }
  svg.dataset.first = first;
  svg.dataset.span = String(span);
}

function initBrush() {
  const svg = document.getElementById("timeline");
  let from = null;
  let box = null;
  const dateAt = (x) => {
    const width = svg.clientWidth || 600;
    const k = Math.floor((Math.min(Math.max(x, 0), width - 1) / width) * Number(svg.dataset.span || 1));
    return addDays(svg.dataset.first, k);
  };
  svg.addEventListener("mousedown", (event) => {
    from = event.offsetX;
    box = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    box.setAttribute("class", "brush");
    box.setAttribute("y", "0");
    box.setAttribute("height", String(svg.clientHeight || 80));
    svg.append(box);
  });
  svg.addEventListener("mousemove", (event) => {
    if (from === null) return;
    box.setAttribute("x", String(Math.min(from, event.offsetX)));
    box.setAttribute("width", String(Math.abs(event.offsetX - from)));
  });
  svg.addEventListener("mouseup", (event) => {
    if (from === null) return;
    const a = dateAt(Math.min(from, event.offsetX));
    const b = dateAt(Math.max(from, event.offsetX));
    from = null;
    state.range = [a, b];
    render();
  });
  document.getElementById("f-clear").addEventListener("click", () => {
    state.range = null;
    render();
  });
}

// -- list and map markers ---------------------------------------------------------------------------------
function render() {
  const shown = visible();
  const list = document.getElementById("incident-list");
  list.replaceChildren();
  if (markers) markers.clearLayers();
  const points = [];
  for (const incident of shown) {
    const places = [...new Set(incident.locations.map((l) => l.name))].slice(0, 4).join(", ");
    const item = el("li", { "data-id": incident.id, class: incident.id === state.selected ? "selected" : "" },
      `${incident.time.start} · ${incident.countries.join("–")} · ${incident.event_types.join(", ")} · `,
      `${incident.documents.length} document(s)`, places ? ` · ${places}` : "",
      incident.disputes.length ? ` · disputed: ${incident.disputes.map((d) => d.about).join(", ")}` : "");
    item.addEventListener("click", () => openIncident(incident.id));
    list.append(item);
    const spot = map ? place(incident) : null;
    if (spot) {
      points.push(spot);
      const marker = L.circleMarker(spot, { radius: 6 + Math.min(10, incident.documents.length * 2),
        className: "incident-marker", weight: 1, fillOpacity: 0.85 });
      marker.on("click", () => openIncident(incident.id));
      marker.addTo(markers);
    }
  }
  if (points.length && !state.fitted) {
    map.fitBounds(points, { maxZoom: 8, padding: [30, 30] });
    state.fitted = true;
  }
  drawTimeline(shown);
  updateExports();
  document.getElementById("incident-list").dataset.count = String(shown.length);
}

// -- one incident: positions side by side -----------------------------------------------------------------
function column(position, sides) {
  const countries = position.source_countries || [];
  const index = sides.findIndex((c) => countries.includes(c));
  return index >= 0 ? index : sides.length;
}

async function openIncident(id) {
  state.selected = id;
  for (const li of document.querySelectorAll("#incident-list li")) li.classList.toggle("selected", li.dataset.id === id);
  const incident = await api(`/api/incidents/${encodeURIComponent(id)}`);
  const panel = document.getElementById("incident-panel");
  const sides = incident.countries.slice(0, 2);
  const dead = incident.toll.dead;
  panel.replaceChildren(
    el("h2", {}, `Incident ${incident.id}: ${incident.time.start} – ${incident.time.end}`),
    el("p", {}, `${incident.event_types.join(", ")} · ${incident.documents.length} document(s) · dead (conservative): `,
      dead.best !== null ? String(dead.best) : dead.low !== null ? `at least ${dead.low}` : "unknown"),
  );
  const tolls = incident.tolls || [];
  if (!incident.disputes.length && !tolls.length) {
    panel.append(el("p", { class: "hint" }, "The sources of this incident do not contradict each other."));
    return;
  }
  const head = el("tr", {}, el("th", {}, "dispute"), ...sides.map((c) => el("th", {}, `${c} side says`)),
    el("th", {}, "others say"));
  const table = el("table", { class: "disputes" }, el("thead", {}, head));
  const body = el("tbody");
  const evidenceButton = (docId, span) => {
    const button = el("button", { class: "evidence", title: "show in the document" }, span.text);
    button.type = "button";
    button.addEventListener("click", () => showDocument(docId, span));
    return button;
  };
  // a toll row lists each claimant's figures for that side in date order (oldest first), in its country's column
  const tollRow = (label, kind, side) => {
    const cells = [...sides, "other"].map(() => el("td", { class: "dispute-column" }));
    for (const figure of tolls.filter((t) => t.kind === kind && t.side === side)) {
      const box = el("div", { class: "position toll-figure" }, el("div", { class: "value" }, String(figure.value)),
        el("div", { class: "sources" }, [figure.as_of || "undated", figure.claimed_by || "unknown outlet"].join(" · ")));
      box.append(evidenceButton(...figure.evidence));
      const index = sides.indexOf(figure.claimant_country);
      cells[index >= 0 ? index : sides.length].append(box);
    }
    body.append(el("tr", {}, el("th", {}, label), ...cells));
  };
  const shown = new Set();
  for (const dispute of incident.disputes) {
    const label = [dispute.about, dispute.kind, dispute.side, dispute.attacker].filter(Boolean).join(" ");
    if (dispute.about === "toll" && tolls.some((t) => t.kind === dispute.kind && t.side === dispute.side)) {
      tollRow(label, dispute.kind, dispute.side);
      shown.add(`${dispute.kind} ${dispute.side}`);
      continue;
    }
    const cells = [...sides, "other"].map(() => el("td", { class: "dispute-column" }));
    for (const position of dispute.positions) {
      const box = el("div", { class: "position" }, el("div", { class: "value" }, position.value),
        el("div", { class: "sources" }, position.sources.join("; ")));
      for (const [docId, span] of position.evidence) box.append(evidenceButton(docId, span));
      cells[column(position, sides)].append(box);
    }
    body.append(el("tr", {}, el("th", {}, label), ...cells));
  }
  for (const key of new Set(tolls.filter((t) => t.side !== "?").map((t) => `${t.kind} ${t.side}`))) {
    if (!shown.has(key)) tollRow(`toll ${key} (no dispute)`, ...key.split(" "));
  }
  table.append(body);
  panel.append(table);
}

async function showDocument(docId, span) {
  const record = await api(`/api/documents/${encodeURIComponent(docId)}`);
  const text = record.doc.text;
  const view = document.getElementById("document-view");
  const mark = el("mark", {}, text.slice(span.start, span.end));
  view.replaceChildren(
    el("h3", {}, record.doc.title || record.doc.path),
    el("p", { class: "hint" }, [record.doc.publisher, record.doc.published.date, record.doc.path].filter(Boolean).join(" · ")),
    el("div", { class: "text" }, text.slice(0, span.start), mark, text.slice(span.end)),
  );
  mark.scrollIntoView({ block: "center" });
}

// -- start ------------------------------------------------------------------------------------------------
async function main() {
  await initMap();
  initBrush();
  const page = await api("/api/incidents?limit=200");
  state.incidents = page.items.map((i) => ({
    ...i, sources: [...new Set(i.disputes.flatMap((d) => d.positions.flatMap((p) => p.sources)))],
  }));
  const sources = await api("/api/sources?limit=200");
  fillSelect("f-country", [...new Set(state.incidents.flatMap((i) => i.countries))].sort());
  fillSelect("f-type", [...new Set(state.incidents.flatMap((i) => i.event_types))].sort());
  fillSelect("f-source", sources.map((s) => s.name));
  render();
  document.body.dataset.ready = "yes";
}

main().catch((error) => {
  document.getElementById("incident-panel").replaceChildren(el("p", {}, `casus could not load: ${error.message}`));
});
