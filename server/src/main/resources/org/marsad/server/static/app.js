// marsad dashboard: plain ES module, no build step. Leaflet and markercluster come from WebJars
// as classic scripts (window.L). All text from the API is inserted with textContent.

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const COLORS = {
  AGREE: "#2e7d32", CONSULT: "#1565c0", SUPPORT: "#00897b", CONCEDE: "#7cb342", COOPERATE: "#43a047",
  AID: "#26a69a", RETREAT: "#8d6e63", REQUEST: "#5e35b1", ACCUSE: "#f9a825", REJECT: "#fb8c00",
  THREATEN: "#ef6c00", PROTEST: "#8e24aa", SANCTION: "#6d4c41", MOBILIZE: "#c62828", COERCE: "#ad1457",
  ASSAULT: "#b71c1c",
};
const STATUSES = ["occurred", "planned", "threatened", "denied"];
const COUNTRIES = ["IQ", "SY", "YE", "LY", "SD", "LB", "PS", "EG", "JO", "SA", "TN", "DZ", "MA", "IL", "IR", "TR"];
const PAGE = 100;
const SEEN_KEY = "marsad.seen";
const TOTAL_KEY = "marsad.lastTotal";
const MAX_SEEN = 5000;
// OSM tiles are tried unless ?offline=1; the bundled outlines are used when they do not load.
const OFFLINE = new URLSearchParams(location.search).has("offline");
const TILE_PROBE_MS = 3000;

const I18N = {
  ar: {
    title: "مرصد", from: "من", to: "إلى", type: "النوع", status: "الحالة", country: "البلد", admin1: "المحافظة",
    actor: "الفاعل", q: "بحث", minConfidence: "الثقة الدنيا", reset: "مسح", events: "الأحداث", more: "المزيد", all: "الكل",
    brush: "اسحب على الشريط الزمني لتحديد فترة", lang: "English", newSince: (n) => `${n} جديد منذ زيارتك الأخيرة`,
    newTag: "جديد", total: (n) => `${n} حدث`, article: "المقال", sentence: "الجملة", place: "المكان", date: "التاريخ",
    trigger: "الفعل", confidence: "الثقة", none: "لا أحداث لهذه المرشحات", recipient: "المتلقي", size: "الضحايا",
    footer: "الخرائط: OpenStreetMap أو حدود الدول من Natural Earth", close: "إغلاق",
    types: { AGREE: "اتفاق", CONSULT: "تشاور وزيارة", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون",
      AID: "مساعدات", RETREAT: "انسحاب", REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد",
      PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "حشد", COERCE: "قمع واعتقال", ASSAULT: "هجوم" },
    statuses: { occurred: "وقع", planned: "مخطط", threatened: "تهديد", denied: "منفي" },
    countries: { IQ: "العراق", SY: "سوريا", YE: "اليمن", LY: "ليبيا", SD: "السودان", LB: "لبنان", PS: "فلسطين",
      EG: "مصر", JO: "الأردن", SA: "السعودية", TN: "تونس", DZ: "الجزائر", MA: "المغرب", IL: "إسرائيل",
      IR: "إيران", TR: "تركيا" },
  },
  en: {
    title: "Marsad", from: "From", to: "To", type: "Type", status: "Status", country: "Country", admin1: "Governorate",
    actor: "Actor", q: "Search", minConfidence: "Min. confidence", reset: "Clear", events: "Events", more: "More", all: "All",
    brush: "Drag across the timeline to pick a period", lang: "عربي", newSince: (n) => `${n} new since your last visit`,
    newTag: "new", total: (n) => `${n} events`, article: "Article", sentence: "Sentence", place: "Place", date: "Date",
    trigger: "Trigger", confidence: "Confidence", none: "No events for these filters", recipient: "Recipient",
    size: "Casualties", footer: "Maps: OpenStreetMap or Natural Earth country outlines", close: "Close",
    types: Object.fromEntries(TYPES.map((t) => [t, t.charAt(0) + t.slice(1).toLowerCase()])),
    statuses: { occurred: "Occurred", planned: "Planned", threatened: "Threatened", denied: "Denied" },
    countries: { IQ: "Iraq", SY: "Syria", YE: "Yemen", LY: "Libya", SD: "Sudan", LB: "Lebanon", PS: "Palestine",
      EG: "Egypt", JO: "Jordan", SA: "Saudi Arabia", TN: "Tunisia", DZ: "Algeria", MA: "Morocco", IL: "Israel",
      IR: "Iran", TR: "Turkey" },
  },
};

const state = {
  lang: localStorage.getItem("marsad.lang") || "ar",
  cursor: null,
  selected: null,
  seen: new Set(JSON.parse(localStorage.getItem(SEEN_KEY) || "[]")),
  firstVisit: localStorage.getItem(TOTAL_KEY) === null,
  lastTotal: Number(localStorage.getItem(TOTAL_KEY) || "0"),
  byDay: [],
  fitted: false,
};
const t = () => I18N[state.lang];
const $ = (id) => document.getElementById(id);

// ---------------------------------------------------------------- language

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach((el) => {
    const v = t()[el.dataset.i18n];
    if (typeof v === "string") el.textContent = v;
  });
  $("lang").textContent = t().lang;
  fillSelect($("f-type"), TYPES, t().types);
  fillSelect($("f-status"), STATUSES, t().statuses);
  fillSelect($("f-country"), COUNTRIES, t().countries);
  $("new-badge").textContent = t().newSince(state.fresh || 0);
}

function fillSelect(select, values, names) {
  const keep = select.value;
  select.replaceChildren(new Option(t().all, ""), ...values.map((v) => new Option(names[v] || v, v)));
  select.value = keep;
}

// ---------------------------------------------------------------- data

function filterParams() {
  const p = new URLSearchParams();
  for (const el of $("filters").elements) {
    if (el.name && el.value.trim()) p.set(el.name, el.value.trim());
  }
  return p;
}

async function getJson(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

async function refresh() {
  const params = filterParams();
  state.cursor = null;
  try {
    const [page, geo, stats] = await Promise.all([
      getJson("/api/events", withLimit(params, PAGE)),
      getJson("/api/events.geojson", params),
      getJson("/api/stats", params),
    ]);
    renderList(page, false);
    renderMarkers(geo);
    renderStats(stats);
  } catch (e) {
    $("total").textContent = e.message;
  }
}

function withLimit(params, limit) {
  const p = new URLSearchParams(params);
  p.set("limit", String(limit));
  return p;
}

async function loadMore() {
  const p = withLimit(filterParams(), PAGE);
  p.set("cursor", state.cursor);
  renderList(await getJson("/api/events", p), true);
}

// ---------------------------------------------------------------- list

function label(ev) {
  const place = ev.location ? (state.lang === "ar" ? ev.location.name_ar || ev.location.name : ev.location.name) : "";
  return [t().types[ev.type], place, ev.date || ""].filter(Boolean).join(" · ");
}

function renderList(page, append) {
  const list = $("list");
  if (!append) list.replaceChildren();
  for (const ev of page.events) {
    const li = document.createElement("li");
    li.dataset.id = ev.id;
    li.dataset.type = ev.type;
    li.dataset.day = ev.date || "";
    li.dataset.confidence = ev.confidence != null ? String(ev.confidence) : "";
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = COLORS[ev.type];
    li.append(dot, document.createTextNode(label(ev)));
    if (!state.firstVisit && !state.seen.has(ev.id)) {
      const tag = document.createElement("span");
      tag.className = "new";
      tag.textContent = " " + t().newTag;
      li.append(tag);
    }
    const sentence = document.createElement("div");
    sentence.className = "muted";
    sentence.dir = "auto";
    sentence.textContent = ev.evidence.sentence.length > 120 ? ev.evidence.sentence.slice(0, 120) + "…" : ev.evidence.sentence;
    li.append(sentence);
    li.addEventListener("click", () => showEvent(ev.id));
    list.append(li);
    state.seen.add(ev.id);
  }
  if (!append && page.events.length === 0) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = t().none;
    list.append(li);
  }
  state.cursor = page.next_cursor;
  $("more").hidden = !page.next_cursor;
}

// ---------------------------------------------------------------- detail

function highlight(sentence, spans) {
  // spans: [{text, cls}]; the first occurrence of each, longest first, without overlaps
  const marks = [];
  for (const s of [...spans].filter((s) => s.text).sort((a, b) => b.text.length - a.text.length)) {
    const at = sentence.indexOf(s.text);
    if (at < 0) continue;
    const end = at + s.text.length;
    if (marks.some((m) => at < m.end && end > m.start)) continue;
    marks.push({ start: at, end, cls: s.cls });
  }
  marks.sort((a, b) => a.start - b.start);
  const out = [];
  let i = 0;
  for (const m of marks) {
    out.push(document.createTextNode(sentence.slice(i, m.start)));
    const mark = document.createElement("mark");
    mark.className = m.cls;
    mark.textContent = sentence.slice(m.start, m.end);
    out.push(mark);
    i = m.end;
  }
  out.push(document.createTextNode(sentence.slice(i)));
  return out;
}

async function showEvent(id) {
  const ev = await getJson("/api/events/" + encodeURIComponent(id));
  state.selected = id;
  document.querySelectorAll("#list li").forEach((li) => li.classList.toggle("selected", li.dataset.id === id));
  const d = $("detail");
  d.hidden = false;
  d.replaceChildren();
  const h = document.createElement("h3");
  const dot = document.createElement("span");
  dot.className = "dot";
  dot.style.background = COLORS[ev.type];
  h.append(dot, document.createTextNode(`${t().types[ev.type]} · ${t().statuses[ev.status] || ev.status}`));
  const p = document.createElement("p");
  p.className = "evidence";
  p.dir = "auto";
  p.append(...highlight(ev.evidence.sentence, [
    { text: ev.evidence.trigger, cls: "trigger" },
    { text: ev.actor && ev.actor.text, cls: "actor" },
    { text: ev.location && ev.location.text, cls: "place" },
  ]));
  const dl = document.createElement("dl");
  const row = (k, v) => {
    if (!v) return;
    const dt = document.createElement("dt");
    dt.textContent = k;
    const dd = document.createElement("dd");
    dd.textContent = v;
    dl.append(dt, dd);
  };
  row(t().actor, ev.actor && `${ev.actor.text}${ev.actor.code ? " (" + ev.actor.code + ")" : ""}`);
  row(t().recipient, ev.recipient && ev.recipient.text);
  row(t().place, ev.location && `${ev.location.name_ar || ""} ${ev.location.name} (${ev.location.admin1}, ${ev.location.country})`);
  row(t().date, ev.date);
  row(t().trigger, ev.evidence.trigger);
  const size = ev.size || {};
  row(t().size, [size.dead, size.injured, size.arrested].some((x) => x != null)
    ? `☠ ${size.dead ?? "–"} · ✚ ${size.injured ?? "–"} · ⛓ ${size.arrested ?? "–"}` : "");
  row(t().confidence, ev.confidence != null ? ev.confidence.toFixed(2) : "");
  d.append(h, p, dl);
  if (ev.article) {
    const a = document.createElement("a");
    a.href = `${ev.article.page}?start=${ev.evidence.start}&end=${ev.evidence.end}#evidence`;
    a.target = "_blank";
    a.rel = "noopener";
    a.className = "article-link";
    a.textContent = `${t().article}: ${ev.article.title}`;
    d.append(a);
  }
}

// ---------------------------------------------------------------- map

const map = L.map("map", { zoomControl: true, minZoom: 2, maxZoom: 18 }).setView([30, 40], 4);
const cluster = L.markerClusterGroup({ maxClusterRadius: 40, spiderfyOnMaxZoom: true, showCoverageOnHover: false });
map.addLayer(cluster);

async function basemap() {
  const outlines = () => fetch("/basemap.geojson").then((r) => r.json()).then((geo) => {
    L.geoJSON(geo, { style: { color: "#7a8a99", weight: 1, fillColor: "#e9edf0", fillOpacity: 1 }, interactive: false })
      .addTo(map).bringToBack();
    map.getContainer().style.background = "#c9dde8";
  });
  if (OFFLINE) return outlines();
  const probe = new Promise((resolve) => {
    const img = new Image();
    const timer = setTimeout(() => resolve(false), TILE_PROBE_MS);
    img.onload = () => { clearTimeout(timer); resolve(true); };
    img.onerror = () => { clearTimeout(timer); resolve(false); };
    img.src = "https://tile.openstreetmap.org/0/0/0.png";
  });
  if (await probe) {
    L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 18, attribution: "&copy; OpenStreetMap contributors",
    }).addTo(map);
  } else {
    await outlines();
  }
}

function renderMarkers(geo) {
  cluster.clearLayers();
  const markers = geo.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates;
    const icon = L.divIcon({
      className: "", iconSize: [14, 14],
      html: `<div class="ev-marker" data-id="${encodeURIComponent(f.id)}" data-type="${f.properties.type}" style="width:14px;height:14px;background:${COLORS[f.properties.type] || "#555"}"></div>`,
    });
    const m = L.marker([lat, lon], { icon, title: `${t().types[f.properties.type]} · ${f.properties.place}` });
    m.on("click", () => showEvent(f.id));
    return m;
  });
  cluster.addLayers(markers);
  if (markers.length && !state.fitted) {
    map.fitBounds(cluster.getBounds().pad(0.3), { maxZoom: 7 });
    state.fitted = true;
  }
}

function legend() {
  const c = L.control({ position: "bottomleft" });
  c.onAdd = () => {
    const div = L.DomUtil.create("div", "legend");
    div.id = "legend";
    return div;
  };
  c.addTo(map);
}

function renderLegend(byType) {
  const div = $("legend");
  div.replaceChildren(...byType.map((c) => {
    const row = document.createElement("div");
    const dot = document.createElement("span");
    dot.className = "dot";
    dot.style.background = COLORS[c.key];
    row.append(dot, document.createTextNode(`${t().types[c.key] || c.key} (${c.count})`));
    return row;
  }));
}

// ---------------------------------------------------------------- stats, timeline, "new"

function renderStats(stats) {
  $("total").textContent = t().total(stats.total);
  renderLegend(stats.by_type);
  const list = $("admin1-list");
  list.replaceChildren(...stats.by_admin1.map((c) => new Option(`${c.key} (${c.count})`, c.key)));
  if (!filterParams().has("from") && !filterParams().has("to")) {
    state.byDay = stats.by_day;
  }
  drawHistogram();
  if (state.unfiltered === undefined && [...filterParams()].length === 0) {
    state.unfiltered = stats.total;
    state.fresh = state.firstVisit ? 0 : Math.max(0, stats.total - state.lastTotal);
    const badge = $("new-badge");
    badge.hidden = state.fresh === 0;
    badge.textContent = t().newSince(state.fresh);
    localStorage.setItem(TOTAL_KEY, String(stats.total));
  }
}

function drawHistogram() {
  const svg = $("histogram");
  const w = svg.clientWidth || 800;
  const h = svg.clientHeight || 70;
  svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  svg.replaceChildren();
  const days = state.byDay;
  if (!days.length) return;
  const t0 = Date.parse(days[0].key);
  const t1 = Date.parse(days[days.length - 1].key) + 86400000;
  const max = Math.max(...days.map((d) => d.count));
  const x = (ms) => ((ms - t0) / (t1 - t0)) * w;
  const bw = Math.max(1, w / ((t1 - t0) / 86400000) - 1);
  const ns = "http://www.w3.org/2000/svg";
  for (const d of days) {
    const r = document.createElementNS(ns, "rect");
    const bh = Math.max(2, (d.count / max) * (h - 4));
    r.setAttribute("class", "bar");
    r.setAttribute("x", x(Date.parse(d.key)));
    r.setAttribute("y", h - bh);
    r.setAttribute("width", bw);
    r.setAttribute("height", bh);
    const title = document.createElementNS(ns, "title");
    title.textContent = `${d.key}: ${d.count}`;
    r.append(title);
    svg.append(r);
  }
  const from = $("f-from").value;
  const to = $("f-to").value;
  if (from || to) {
    const a = x(from ? Date.parse(from) : t0);
    const b = x(to ? Date.parse(to) + 86400000 : t1);
    const r = document.createElementNS(ns, "rect");
    r.setAttribute("class", "brush");
    r.setAttribute("x", Math.min(a, b));
    r.setAttribute("y", 0);
    r.setAttribute("width", Math.abs(b - a));
    r.setAttribute("height", h);
    svg.append(r);
  }
  for (const [day, anchor, at] of [[days[0].key, "start", 2], [days[days.length - 1].key, "end", w - 2]]) {
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", at);
    label.setAttribute("y", 11);
    label.setAttribute("text-anchor", anchor);
    label.setAttribute("class", "axis");
    label.textContent = day;
    svg.append(label);
  }
  svg.dataset.t0 = t0;
  svg.dataset.t1 = t1;
}

function brushing() {
  const svg = $("histogram");
  let start = null;
  const dayAt = (ev) => {
    const box = svg.getBoundingClientRect();
    const t0 = Number(svg.dataset.t0);
    const t1 = Number(svg.dataset.t1);
    const ms = t0 + ((ev.clientX - box.left) / box.width) * (t1 - t0);
    return new Date(Math.min(Math.max(ms, t0), t1 - 1)).toISOString().slice(0, 10);
  };
  svg.addEventListener("mousedown", (ev) => { if (svg.dataset.t0) start = dayAt(ev); });
  window.addEventListener("mouseup", (ev) => {
    if (start === null) return;
    const end = dayAt(ev);
    [$("f-from").value, $("f-to").value] = start <= end ? [start, end] : [end, start];
    start = null;
    refresh();
  });
}

// ---------------------------------------------------------------- wiring

let debounce = null;
$("filters").addEventListener("input", () => {
  clearTimeout(debounce);
  debounce = setTimeout(refresh, 300);
});
$("filters").addEventListener("change", () => {
  clearTimeout(debounce);
  debounce = setTimeout(refresh, 50);
});
$("filters").addEventListener("reset", () => setTimeout(refresh, 0));
$("filters").addEventListener("submit", (e) => e.preventDefault());
$("more").addEventListener("click", loadMore);
$("lang").addEventListener("click", () => {
  state.lang = state.lang === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", state.lang);
  applyLanguage();
  refresh();
  if (state.selected) showEvent(state.selected);
});
window.addEventListener("pagehide", () => {
  localStorage.setItem(SEEN_KEY, JSON.stringify([...state.seen].slice(-MAX_SEEN)));
});
window.addEventListener("resize", drawHistogram);

applyLanguage();
legend();
brushing();
basemap();
refresh().then(() => document.body.setAttribute("data-ready", "1"));
