"""The review page: one static HTML document with its CSS and JavaScript inline, no network assets.

The page holds no release text at all: it fetches the report from /api/report and builds every node with
`textContent` / `createTextNode`, so a release containing markup is shown as text, never parsed. The
Content-Security-Policy allows exactly this script and this style (by hash) and requests to this server.
"""

from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; font-size: 15px; color: #1d1d1f; }
body { margin: 0; background: #f6f6f4; }
header.top { position: sticky; top: 0; z-index: 2; display: flex; gap: 1rem; align-items: baseline;
  padding: .6rem 1rem; background: #263238; color: #fff; }
header.top h1 { font-size: 1.1rem; margin: 0; }
#status { margin-left: auto; font-size: .9rem; }
#status.error { color: #ffab91; font-weight: 600; }
#status.ok { color: #c5e1a5; }
.layout { display: grid; grid-template-columns: minmax(12rem, 18rem) 1fr; gap: 1rem; padding: 1rem; }
nav button { display: block; width: 100%; text-align: left; margin-bottom: .4rem; padding: .5rem;
  border: 1px solid #cfd8dc; background: #fff; border-radius: 4px; cursor: pointer; font: inherit; }
nav button[aria-current="true"] { border-color: #263238; box-shadow: inset 4px 0 0 #263238; }
nav .counts { display: block; font-size: .8rem; color: #555; }
section#document { min-width: 0; }
.meta { color: #555; font-size: .85rem; }
article.finding { background: #fff; border: 1px solid #cfd8dc; border-left-width: 6px; border-radius: 4px;
  padding: .6rem .8rem; margin-bottom: .8rem; }
article.finding.mismatch { border-left-color: #c62828; }
article.finding.unverifiable { border-left-color: #f9a825; }
article.finding.consistent { border-left-color: #2e7d32; }
article.finding.decided { background: #fbfbf8; }
.badge { font-size: .75rem; padding: .1rem .4rem; border-radius: 3px; color: #fff; background: #546e7a; }
.badge.mismatch { background: #c62828; } .badge.unverifiable { background: #8d6e00; }
.badge.consistent { background: #2e7d32; }
.fid { color: #666; font-size: .8rem; }
blockquote { margin: .4rem 0; padding: .3rem .6rem; background: #f1f3f4; border-left: 3px solid #b0bec5; }
fieldset { border: none; padding: 0; margin: .4rem 0; display: flex; gap: 1rem; }
textarea { width: 100%; box-sizing: border-box; font: inherit; }
.actions { display: flex; gap: .5rem; align-items: center; margin-top: .3rem; }
.saved { color: #37474f; font-size: .85rem; margin: 0; }
pre.text { white-space: pre-wrap; word-break: break-all; background: #fff; border: 1px solid #cfd8dc;
  padding: .8rem; line-height: 1.9; font-family: inherit; max-height: 28rem; overflow: auto; }
mark { background: none; padding: 0 1px; border-bottom: 3px solid; }
mark.lab-QUANTITY { background: #e3f2fd; border-bottom-style: solid; border-color: #1565c0; }
mark.lab-UNIT { background: #e8f5e9; border-bottom-style: dashed; border-color: #2e7d32; }
mark.lab-SUBJECT { background: #fff3e0; border-bottom-style: dotted; border-color: #e65100; }
table.spans { border-collapse: collapse; background: #fff; margin-top: .5rem; }
table.spans td, table.spans th { border: 1px solid #cfd8dc; padding: .2rem .5rem; text-align: left; }
.add { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; }
.add input { width: 6rem; }
.legend mark { margin-right: .6rem; }
"""

SCRIPT = """
"use strict";
let report = null;
let current = 0;

function h(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (typeof value === "boolean") node[key] = value;
    else node.setAttribute(key, String(value));
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function say(message, isError) {
  const status = document.getElementById("status");
  status.textContent = message;
  status.className = isError ? "error" : "ok";
}

async function api(path, body) {
  const options = body === undefined ? {} : {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
  };
  const response = await fetch(path, options);
  let data = null;
  try { data = await response.json(); } catch (error) { data = {}; }
  if (!response.ok) throw new Error(data.error || ("HTTP " + response.status));
  return data;
}

async function send(path, body, apply, message) {
  try {
    apply(await api(path, body));
    say(message, false);
  } catch (error) {
    say(error.message, true);
  }
}

function plain(span) { return {start: span.start, end: span.end, label: span.label}; }

function labelSelect(chosen, onchange) {
  const select = h("select", {"aria-label": "label", onchange: onchange ? () => onchange(select.value) : null},
    ...report.labels.map((label) => h("option", {value: label, selected: label === chosen, text: label})));
  return select;
}

function renderNav() {
  const nav = document.getElementById("documents");
  nav.replaceChildren(...report.documents.map((doc, index) => {
    const decided = doc.findings.filter((f) => f.review).length;
    const mismatches = doc.findings.filter((f) => f.status === "mismatch").length;
    return h("button", {type: "button", "aria-current": index === current ? "true" : "false",
                        onclick: () => { current = index; renderNav(); renderDocument(); }},
      doc.source,
      h("span", {class: "counts",
                 text: decided + "/" + doc.findings.length + " reviewed · " + mismatches + " mismatch"}));
  }));
}

function findingCard(doc, finding, index) {
  const group = "decision-" + index;
  const note = h("textarea", {rows: "2", "aria-label": "note", placeholder: "note"});
  note.value = finding.review ? finding.review.note : "";
  const saved = h("p", {class: "saved"});
  const card = h("article", {class: "finding " + finding.status});
  const showSaved = () => {
    const review = finding.review;
    saved.textContent = review
      ? "saved: " + review.decision + " · " + review.decided_at + (review.note ? " · " + review.note : "")
      : "not reviewed";
    card.classList.toggle("decided", Boolean(review));
    for (const input of card.querySelectorAll("input[type=radio]")) {
      input.checked = Boolean(review) && input.value === review.decision;
    }
  };
  const decide = (decision) => send("/api/decision",
    {doc: doc.doc, finding_key: finding.key, decision: decision, note: note.value},
    (data) => { finding.review = data.review; showSaved(); renderNav(); },
    decision ? "Saved: " + decision + "." : "Decision cleared.");
  const figures = ["stated", "expected", "tolerance"]
    .filter((key) => finding[key] !== null && finding[key] !== undefined)
    .map((key) => key + " " + finding[key]).join(" · ");
  card.append(
    h("header", {}, h("span", {class: "badge " + finding.status, text: finding.status}), " ",
      h("strong", {text: finding.check}),
      h("span", {class: "fid", text: " " + (finding.id || "") + (finding.confidence ? " · " + finding.confidence : "")})),
    h("p", {text: finding.message || ""}),
    h("p", {class: "meta", text: "numbers: " + finding.numbers.join(" · ") + (figures ? " — " + figures : "")
      + (finding.note ? " — " + finding.note : "")}),
    finding.context ? h("blockquote", {text: finding.context}) : null,
    h("fieldset", {}, h("legend", {class: "meta", text: "decision"}),
      ...report.decisions.map((decision) => h("label", {},
        h("input", {type: "radio", name: group, value: decision}), " " + decision))),
    note,
    h("div", {class: "actions"},
      h("button", {type: "button", text: "Save", onclick: () => {
        const chosen = card.querySelector("input[type=radio]:checked");
        if (!chosen) { say("Choose confirmed, dismissed or follow-up first.", true); return; }
        decide(chosen.value);
      }}),
      h("button", {type: "button", text: "Clear", onclick: () => decide(null)}),
      saved));
  showSaved();
  return card;
}

function textPanel(doc) {
  const chars = Array.from(doc.text);  // offsets count code points, as in Python
  const pre = h("pre", {id: "text", class: "text"});
  const piece = (start, end, span) => h(span ? "mark" : "span", {
    class: span ? "lab-" + span.label : null, "data-start": String(start),
    title: span ? span.label + " " + start + "-" + end : null, text: chars.slice(start, end).join("")});
  let at = 0;
  for (const span of [...doc.spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    if (span.start > at) pre.append(piece(at, span.start, null));
    pre.append(piece(span.start, span.end, span));
    at = span.end;
  }
  if (at < chars.length) pre.append(piece(at, chars.length, null));
  return pre;
}

function pointOffset(pre, node, offset, length) {
  if (node.nodeType === Node.TEXT_NODE) {
    const holder = node.parentElement;
    if (!holder || !pre.contains(holder) || holder.dataset.start === undefined) return null;
    return Number(holder.dataset.start) + Array.from(node.data.slice(0, offset)).length;
  }
  if (node === pre) {
    return offset >= pre.childNodes.length ? length : Number(pre.childNodes[offset].dataset.start);
  }
  if (pre.contains(node) && node.dataset && node.dataset.start !== undefined) {
    return Number(node.dataset.start) + (offset === 0 ? 0 : Array.from(node.textContent).length);
  }
  return null;
}

function selectedOffsets(doc) {
  const pre = document.getElementById("text");
  const selection = window.getSelection();
  if (!pre || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const length = Array.from(doc.text).length;
  const start = pointOffset(pre, range.startContainer, range.startOffset, length);
  const end = pointOffset(pre, range.endContainer, range.endOffset, length);
  return start === null || end === null ? null : [Math.min(start, end), Math.max(start, end)];
}

function saveSpans(doc, body, message) {
  return send("/api/spans", Object.assign({doc: doc.doc}, body), (data) => {
    doc.spans = data.spans;
    doc.spans_corrected = data.spans_corrected;
    doc.corrected_at = data.corrected_at;
    renderSpans(doc);
  }, message);
}

function spanEditor(doc) {
  const rows = doc.spans.map((span, i) => h("tr", {},
    h("td", {text: String(span.start)}), h("td", {text: String(span.end)}), h("td", {text: span.text}),
    h("td", {}, labelSelect(span.label, (label) => saveSpans(doc,
      {spans: doc.spans.map((other, j) => j === i ? Object.assign(plain(other), {label: label}) : plain(other))},
      "Span " + span.start + "-" + span.end + " is now " + label + "."))),
    h("td", {}, h("button", {type: "button", text: "Delete", onclick: () => saveSpans(doc,
      {spans: doc.spans.filter((_, j) => j !== i).map(plain)}, "Span " + span.start + "-" + span.end + " deleted.")}))));
  const start = h("input", {type: "number", min: "0", "aria-label": "start", placeholder: "start"});
  const end = h("input", {type: "number", min: "0", "aria-label": "end", placeholder: "end"});
  const label = labelSelect("QUANTITY", null);
  return h("div", {},
    h("div", {class: "add"},
      start, end, label,
      h("button", {type: "button", text: "Use selected text", onclick: () => {
        const offsets = selectedOffsets(doc);
        if (!offsets) { say("Select part of the text above first.", true); return; }
        start.value = String(offsets[0]);
        end.value = String(offsets[1]);
      }}),
      h("button", {type: "button", text: "Add span", onclick: () => {
        if (start.value === "" || end.value === "") { say("Give the start and end offsets.", true); return; }
        const added = {start: Number(start.value), end: Number(end.value), label: label.value};
        saveSpans(doc, {spans: [...doc.spans.map(plain), added]}, "Span " + added.start + "-" + added.end + " added.");
      }}),
      doc.spans_corrected ? h("button", {type: "button", text: "Reset to the report's spans",
        onclick: () => saveSpans(doc, {reset: true}, "Spans reset to the report's.")}) : null),
    h("table", {class: "spans"},
      h("thead", {}, h("tr", {}, ...["start", "end", "text", "label", ""].map((t) => h("th", {text: t})))),
      h("tbody", {}, ...rows)));
}

function renderSpans(doc) {
  const holder = document.getElementById("spans");
  holder.replaceChildren(
    h("h3", {text: "Spans (" + doc.spans.length + ")"}),
    h("p", {class: "meta", text: doc.spans_corrected
      ? "corrected by a reviewer at " + doc.corrected_at : "as tagged in the report"}),
    h("p", {class: "legend"}, h("mark", {class: "lab-QUANTITY", text: "QUANTITY"}),
      h("mark", {class: "lab-UNIT", text: "UNIT"}), h("mark", {class: "lab-SUBJECT", text: "SUBJECT"})),
    textPanel(doc),
    spanEditor(doc));
}

function renderDocument() {
  const root = document.getElementById("document");
  if (!report.documents.length) {
    root.replaceChildren(h("p", {text: "The report holds no documents."}));
    return;
  }
  const doc = report.documents[current];
  root.replaceChildren(
    h("h2", {text: doc.source}),
    h("p", {class: "meta", text: "text sha256 " + doc.text_sha256.slice(0, 12) + " · "
      + Array.from(doc.text).length + " characters"}),
    h("h3", {text: "Findings (" + doc.findings.length + ")"}),
    ...doc.findings.map((finding, index) => findingCard(doc, finding, index)),
    h("div", {id: "spans"}));
  renderSpans(doc);
}

async function load() {
  try {
    report = await api("/api/report");
  } catch (error) {
    say("Could not load the report: " + error.message, true);
    return;
  }
  document.getElementById("report-name").textContent = report.report;
  renderNav();
  renderDocument();
}

load();
"""

PAGE = f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>edclaims review</title>
<style>{STYLE}</style>
</head>
<body>
<header class="top"><h1>edclaims review</h1><span id="report-name"></span>
<span id="status" role="status" aria-live="polite"></span></header>
<div class="layout">
<nav id="documents" aria-label="documents"></nav>
<section id="document"><p>Loading…</p></section>
</div>
<script>{SCRIPT}</script>
</body>
</html>
"""


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# Only this page's own script and style run, and it may talk to this server alone.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src {_hash(SCRIPT)}; style-src {_hash(STYLE)}; "
    "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
