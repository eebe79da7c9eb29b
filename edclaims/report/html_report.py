"""The HTML report: one self-contained page (inline CSS and JS, nothing fetched) rendered from the report dict.

Every string that comes from a release or from the report goes through :func:`html.escape`; the page also
carries a Content-Security-Policy that only admits our own inline style and script (by hash), so markup in a
release can neither run nor restyle the page even if an escaping bug slipped through.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any, TypeVar

STATUSES = ("mismatch", "unverifiable", "consistent")
MARK = {"mismatch": "✗", "unverifiable": "?", "consistent": "✓"}
LABELS = ("QUANTITY", "UNIT", "SUBJECT")
_T = TypeVar("_T", bound=tuple)


@dataclass(frozen=True)
class Wrap:
    """An element around text[start:end]; `open` and `close` are finished (already escaped) HTML."""

    start: int
    end: int
    open: str
    close: str


def _e(value: object) -> str:
    return escape(str(value), quote=True)


def _slug(value: object) -> str:
    """A class-name-safe form of a label, status or check name (the escaped original goes in data-*)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(value))


def _dec(value: str | None) -> str:
    return "—" if value is None else _e(value)


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def non_overlapping(items: Iterable[_T], limit: int, low: int = 0) -> list[_T]:
    """The items (tuples starting with start, end) that can be marked: inside [low, limit), not empty, and
    not overlapping an item that starts earlier (or at the same offset and is longer): the later one loses.
    Our taggers never produce overlaps; this keeps a hand-edited or foreign report from breaking the page."""
    kept: list[_T] = []
    reach = max(0, low)
    for item in sorted(items, key=lambda i: (i[0], -i[1])):
        start, end = item[0], item[1]
        if start < reach or start >= end or end > limit:
            continue
        kept.append(item)
        reach = end
    return kept


def marked_text(
    text: str,
    wraps: Iterable[Wrap],
    anchors: dict[int, list[str]] | None = None,
    lo: int = 0,
    hi: int | None = None,
) -> str:
    """Escape text[lo:hi] with the wraps applied (overlapping ones skipped, see :func:`non_overlapping`)
    and anchors (finished HTML) inserted at their offsets; the result is always well nested."""
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, lo)
    accepted = [w for _, _, w in non_overlapping(((w.start, w.end, w) for w in wraps), hi, lo)]
    inserts: dict[int, list[str]] = {}
    for wrap in accepted:  # at one offset: closes first, then anchors, then opens, so nesting stays valid
        inserts.setdefault(wrap.end, []).append(wrap.close)
    for offset, items in (anchors or {}).items():
        if lo <= offset < hi:
            inserts.setdefault(offset, []).extend(items)
    for wrap in accepted:
        inserts.setdefault(wrap.start, []).append(wrap.open)
    out: list[str] = []
    cursor = lo
    for offset in sorted(inserts):
        out.append(escape(text[cursor:offset], quote=True))
        out.extend(inserts[offset])
        cursor = offset
    out.append(escape(text[cursor:hi], quote=True))
    return "".join(out)


def _number_id(doc_id: str, start: int, end: int) -> str:
    return f"{doc_id}-n{start}-{end}"


def _finding_numbers(doc: dict[str, Any]) -> dict[tuple[int, int], set[str]]:
    """Each number offset pair used by a finding, with the statuses of the findings using it."""
    used: dict[tuple[int, int], set[str]] = {}
    for finding in doc["findings"]:
        for start, end in finding["spans"]:
            used.setdefault((int(start), int(end)), set()).add(str(finding["status"]))
    return used


def _release_text(doc: dict[str, Any], doc_id: str) -> str:
    """The release text with every span marked; numbers used by findings carry the ids the links target."""
    text: str = doc["text"]
    used = _finding_numbers(doc)
    spans = [(int(s["start"]), int(s["end"]), str(s["label"])) for s in doc["spans"]]
    kept = non_overlapping(spans, len(text))
    wraps = []
    for start, end, label in kept:
        classes = ["span", f"span-{_slug(label)}"]
        ident = ""
        if (start, end) in used:
            classes.append("used")
            classes.extend(f"used-{_slug(status)}" for status in sorted(used[(start, end)]))
            ident = f' id="{_e(_number_id(doc_id, start, end))}"'
        wraps.append(
            Wrap(
                start,
                end,
                f'<mark class="{" ".join(classes)}"{ident} data-label="{_e(label)}" data-start="{start}"'
                f' data-end="{end}" title="{_e(label)}">',
                "</mark>",
            )
        )
    # A finding number with no mark of its own (or whose mark lost to an overlap) still gets a target.
    marked = {(start, end) for start, end, _ in kept}
    anchors: dict[int, list[str]] = {}
    for start, end in sorted(used):
        if (start, end) not in marked and 0 <= start < len(text):
            anchors.setdefault(start, []).append(
                f'<span class="anchor" id="{_e(_number_id(doc_id, start, end))}"></span>'
            )
    return f'<div class="release-text" lang="zh-CN">{marked_text(text, wraps, anchors)}</div>'


def _finding_item(doc: dict[str, Any], doc_id: str, finding: dict[str, Any]) -> str:
    text: str = doc["text"]
    status, check = str(finding["status"]), str(finding["check"])
    ident = f"{doc_id}-{finding['id']}"
    links = []
    for start, end in finding["spans"]:
        start, end = int(start), int(end)
        # the number as written, so that it reads the same as the offsets beside it
        shown = text[start:end]
        links.append(
            f'<a class="number" href="#{_e(_number_id(doc_id, start, end))}">{_e(shown)}</a>'
            f'<span class="offsets">@{start}–{end}</span>'
        )
    parts = [
        f'<li class="finding status-{_slug(status)}" id="{_e(ident)}" data-status="{_e(status)}"'
        f' data-check="{_e(check)}">',
        '<div class="finding-head">',
        f'<span class="badge badge-{_slug(status)}">{MARK.get(status, "·")} {_e(status)}</span>',
        f'<span class="check">{_e(check)}</span>',
        f'<a class="fid" href="#{_e(ident)}">{_e(finding["id"])}</a>',
        f'<span class="confidence">confidence: {_e(finding.get("confidence") or "—")}</span>',
        "</div>",
        f'<p class="message">{_e(finding.get("message", ""))}</p>',
        '<dl class="values">',
        f"<div><dt>stated</dt><dd>{_dec(finding.get('stated'))}</dd></div>",
        f"<div><dt>expected</dt><dd>{_dec(finding.get('expected'))}</dd></div>",
        f"<div><dt>tolerance</dt><dd>{'±' if finding.get('tolerance') else ''}"
        f"{_dec(finding.get('tolerance'))}</dd></div>",
        "</dl>",
        f'<p class="numbers">numbers: {" · ".join(links)}</p>',
    ]
    if finding.get("note"):
        parts.append(f'<p class="note">note: {_e(finding["note"])}</p>')
    if finding.get("pairing"):
        parts.append(f'<p class="pairing">paired by: {_e(finding["pairing"])}</p>')
    review = finding.get("review")
    if isinstance(review, dict) and (review.get("decision") or review.get("note")):
        # Added by `edclaims review` when a reviewer has looked at the finding; a note may come alone.
        decision = review.get("decision") or "no decision"
        note = f" — {_e(review['note'])}" if review.get("note") else ""
        parts.append(
            f'<p class="review review-{_slug(decision)}">review: <strong>{_e(decision)}</strong>{note}</p>'
        )
    number_wraps = [
        Wrap(int(s), int(e), '<b class="num">', "</b>") for s, e in finding["spans"] if int(s) < int(e)
    ]
    for start, end in finding.get("sentences", []):
        excerpt = marked_text(text, number_wraps, lo=int(start), hi=int(end))
        parts.append(f'<blockquote class="sentence" lang="zh-CN">{excerpt.strip()}</blockquote>')
    parts.append("</li>")
    return "".join(parts)


def _counts(findings: Sequence[dict[str, Any]]) -> Counter[str]:
    return Counter(str(f["status"]) for f in findings)


def _document(doc: dict[str, Any], number: int) -> str:
    doc_id = f"doc-{number}"
    findings = doc["findings"]
    counts = _counts(findings)
    items = "\n".join(_finding_item(doc, doc_id, f) for f in findings)
    listing = (
        f'<ol class="findings">\n{items}\n</ol>'
        if findings
        else '<p class="empty">No checkable relation found.</p>'
    )
    label_counts = Counter(str(s["label"]) for s in doc["spans"])
    legend = " ".join(
        f'<mark class="span span-{_slug(label)} legend">{_e(label)} {label_counts[label]}</mark>'
        for label in LABELS
    )
    return (
        f'<section class="document" id="{doc_id}" data-source="{_e(doc["source"])}">\n'
        f'<h2><span class="doc-number">{number}</span> {_e(doc["source"])}</h2>\n'
        f'<p class="doc-counts">{_count_line(counts)} · <span class="shown-count">{len(findings)}</span>'
        f" of {len(findings)} findings shown</p>\n"
        '<div class="columns">\n'
        f'<div class="findings-column"><h3>Findings</h3>\n{listing}\n</div>\n'
        f'<div class="text-column"><h3>Text</h3><p class="legend-line">{legend}'
        '<span class="legend-note">outlined: a number used by a finding (red: by a mismatch)</span></p>\n'
        f"{_release_text(doc, doc_id)}\n</div>\n"
        "</div>\n</section>"
    )


def _count_line(counts: Counter[str]) -> str:
    return " · ".join(
        f'<span class="count count-{status}">{counts[status]} {status}</span>' for status in STATUSES
    )


def _index(report: dict[str, Any]) -> str:
    rows = []
    for number, doc in enumerate(report["documents"], start=1):
        counts = _counts(doc["findings"])
        cells = "".join(f'<td class="num count-{s}">{counts[s]}</td>' for s in STATUSES)
        rows.append(
            f'<tr><td class="num">{number}</td><td><a href="#doc-{number}">{_e(doc["source"])}</a></td>'
            f'{cells}<td class="errors"></td></tr>'
        )
    for error in report["summary"].get("errors", []):
        rows.append(
            f'<tr class="failed"><td></td><td>{_e(error["source"])}</td><td class="num">—</td>'
            f'<td class="num">—</td><td class="num">—</td><td class="errors">{_e(error["message"])}</td></tr>'
        )
    return (
        '<section id="index" class="index">\n<h2>Releases</h2>\n<table>\n'
        "<thead><tr><th>#</th><th>source</th><th>mismatch</th><th>unverifiable</th><th>consistent</th>"
        "<th>errors</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</section>"
    )


def _errors(report: dict[str, Any]) -> str:
    errors = report["summary"].get("errors", [])
    if not errors:
        return ""
    items = "".join(f"<li><code>{_e(e['source'])}</code>: {_e(e['message'])}</li>" for e in errors)
    return f'<section id="errors" class="errors-list">\n<h2>Inputs that could not be read</h2>\n<ul>{items}</ul>\n</section>'


def _summary(report: dict[str, Any]) -> str:
    summary = report["summary"]
    cells = [("documents", summary["documents"])]
    cells += [(status, summary[status]) for status in STATUSES]
    cells.append(("errors", len(summary.get("errors", []))))
    body = "".join(
        f'<div class="tile tile-{name}"><span class="value" data-count="{name}">{_e(value)}</span>'
        f'<span class="name">{name}</span></div>'
        for name, value in cells
    )
    return f'<section id="summary" class="summary">{body}</section>'


def _filters(report: dict[str, Any]) -> str:
    """Checkboxes for the filter script; hidden until the script runs, so without JS nothing is hidden."""
    checks = sorted({str(f["check"]) for d in report["documents"] for f in d["findings"]})
    statuses = list(STATUSES) + sorted(
        {str(f["status"]) for d in report["documents"] for f in d["findings"]} - set(STATUSES)
    )

    def box(kind: str, value: str) -> str:
        return (
            f'<label><input type="checkbox" data-kind="{kind}" value="{_e(value)}" checked>'
            f" {_e(value)}</label>"
        )

    return (
        '<section id="filters" class="filters" hidden>\n'
        f"<fieldset><legend>status</legend>{''.join(box('status', s) for s in statuses)}</fieldset>\n"
        f"<fieldset><legend>check</legend>{''.join(box('check', c) for c in checks)}</fieldset>\n"
        "</section>"
    )


def render_html(report: dict[str, Any]) -> str:
    """The whole report as one HTML page (a string); open it in any browser, offline."""
    documents = report["documents"]
    tool = report.get("tool", {})
    title = "edclaims report"
    if len(documents) == 1:
        title += f": {documents[0]['source']}"
    entries = len(documents) + len(report["summary"].get("errors", []))
    csp = (
        f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; "
        "img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    sections = [_summary(report), _filters(report)]
    if entries > 1:
        sections.append(_index(report))
    sections.append(_errors(report))
    sections.extend(_document(doc, number) for number, doc in enumerate(documents, start=1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{_e(tool.get("name", "edclaims"))} {_e(tool.get("version", ""))}">\n'
        f"<title>{_e(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1>edclaims report</h1><p class="tool">{_e(tool.get("name", "edclaims"))} '
        f"{_e(tool.get('version', ''))} · findings are listed mismatches first · numbers link to the text"
        "</p></header>\n<main>\n"
        + "\n".join(s for s in sections if s)
        + f"\n</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


# The page's only style and script. Both are inline (the report is one file that works offline) and both
# are admitted by hash in the Content-Security-Policy above, so any edit here updates the policy by itself.
STYLE = """
:root { --mismatch: #c62828; --unverifiable: #b26a00; --consistent: #2e7d32; --line: #d7dbe0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC",
  "WenQuanYi Micro Hei", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2430; background: #f6f7f9; }
header { padding: 14px 28px 6px; background: #1f2a3a; color: #fff; }
header h1 { margin: 0; font-size: 22px; }
header .tool { margin: 2px 0 8px; color: #c4cbd6; font-size: 13px; }
main { padding: 14px 28px 40px; }
h2 { font-size: 19px; margin: 22px 0 6px; }
h3 { font-size: 15px; margin: 8px 0; color: #475063; text-transform: uppercase; letter-spacing: .04em; }
.summary { display: flex; gap: 10px; flex-wrap: wrap; }
.tile { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px 16px;
  min-width: 110px; }
.tile .value { display: block; font-size: 24px; font-weight: 700; }
.tile .name { color: #5b6475; font-size: 13px; }
.tile-mismatch .value { color: var(--mismatch); }
.tile-unverifiable .value { color: var(--unverifiable); }
.tile-consistent .value { color: var(--consistent); }
.filters { display: flex; gap: 14px; flex-wrap: wrap; margin-top: 12px; }
.filters[hidden] { display: none; }
.filters fieldset { border: 1px solid var(--line); border-radius: 8px; background: #fff; padding: 2px 12px 6px; }
.filters legend { font-size: 12px; color: #5b6475; }
.filters label { margin-right: 12px; font-size: 13px; white-space: nowrap; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 3px 10px; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.failed td { color: var(--mismatch); }
.document { margin-top: 18px; background: #fff; border: 1px solid var(--line); border-radius: 10px;
  padding: 4px 20px 16px; }
.doc-number { color: #8a93a3; }
.doc-counts { margin: 0 0 6px; color: #475063; }
.count-mismatch { color: var(--mismatch); } .count-unverifiable { color: var(--unverifiable); }
.count-consistent { color: var(--consistent); }
.columns { display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; }
@media (min-width: 1000px) { .columns { grid-template-columns: minmax(0, 11fr) minmax(0, 10fr); } }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left: 5px solid #8a93a3; border-radius: 6px;
  padding: 6px 12px; margin-bottom: 8px; }
.finding.status-mismatch { border-left-color: var(--mismatch); background: #fff6f6; }
.finding.status-unverifiable { border-left-color: var(--unverifiable); }
.finding.status-consistent { border-left-color: var(--consistent); }
.finding.filtered-out { display: none; }
.finding:target { box-shadow: 0 0 0 3px #ffd54f; }
.finding-head { display: flex; gap: 10px; align-items: baseline; flex-wrap: wrap; font-size: 13px; }
.badge { font-weight: 700; }
.badge-mismatch { color: var(--mismatch); } .badge-unverifiable { color: var(--unverifiable); }
.badge-consistent { color: var(--consistent); }
.check { font-family: ui-monospace, monospace; background: #eef1f5; padding: 0 6px; border-radius: 4px; }
.fid { color: #5b6475; } .confidence { color: #5b6475; margin-left: auto; }
.message { margin: 2px 0; }
.values { display: flex; gap: 18px; margin: 2px 0; font-size: 13px; }
.values div { display: flex; gap: 4px; } .values dt { color: #5b6475; } .values dd { margin: 0;
  font-family: ui-monospace, monospace; }
.numbers { margin: 2px 0; font-size: 13px; } .offsets { color: #8a93a3; font-size: 11px; margin-left: 2px; }
.note, .review { margin: 2px 0; font-size: 13px; color: #475063; }
.review { border-left: 3px solid #5c6bc0; padding-left: 6px; }
.sentence { margin: 4px 0 2px; padding: 2px 10px; border-left: 3px solid var(--line); color: #3a4252;
  font-size: 14px; }
.sentence .num { color: #0d47a1; }
.finding.status-mismatch .sentence .num { color: var(--mismatch); }
.release-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; font-size: 15px; }
mark.span { border-radius: 3px; padding: 0 1px; color: inherit; }
mark.span-QUANTITY { background: #d6e6ff; } mark.span-UNIT { background: #d9f2dc; }
mark.span-SUBJECT { background: #fdebc4; }
mark.used { outline: 1.5px solid #5b6475; } mark.used-mismatch { outline: 2px solid var(--mismatch);
  font-weight: 700; }
mark:target, .anchor:target + mark { background: #ffd54f; }
.legend-line { margin: 0 0 6px; font-size: 12px; } .legend { margin-right: 6px; }
.legend-note { color: #5b6475; }
.empty { color: #5b6475; }
"""

SCRIPT = """
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters) { return; }
  var boxes = Array.prototype.slice.call(filters.querySelectorAll("input[type=checkbox]"));
  // ?status=mismatch,unverifiable&check=sum opens the page already filtered (a link can carry a view).
  var params = new URLSearchParams(window.location.search);
  ["status", "check"].forEach(function (kind) {
    var wanted = params.get(kind);
    if (wanted === null) { return; }
    var values = wanted.split(",");
    boxes.forEach(function (box) {
      if (box.dataset.kind === kind) { box.checked = values.indexOf(box.value) !== -1; }
    });
  });
  function apply() {
    var shown = { status: {}, check: {} };
    boxes.forEach(function (box) { if (box.checked) { shown[box.dataset.kind][box.value] = true; } });
    document.querySelectorAll("section.document").forEach(function (section) {
      var visible = 0;
      section.querySelectorAll("li.finding").forEach(function (item) {
        var on = shown.status[item.dataset.status] === true && shown.check[item.dataset.check] === true;
        item.classList.toggle("filtered-out", !on);
        if (on) { visible += 1; }
      });
      var counter = section.querySelector(".shown-count");
      if (counter) { counter.textContent = String(visible); }
    });
  }
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  filters.hidden = false;
  apply();
})();
"""
