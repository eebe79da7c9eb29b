"""Reading the JSON report a review is about (`edclaims verify -f json -o REPORT.json`).

Only what the review needs is checked — each document's text, spans and findings' checks and offsets — so a
report from an older or newer edclaims still opens; everything else in a finding is passed to the page as
it is. Problems are one line naming the place (`documents[0].findings[2]: ...`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edclaims.review.keys import finding_keys, text_sha256
from edclaims.review.store import SpanEdit


class ReportError(Exception):
    """The report cannot be read or is not an edclaims report; the message is one line."""


@dataclass(frozen=True)
class ReportFinding:
    key: str
    data: dict[str, Any]


@dataclass(frozen=True)
class ReportDocument:
    index: int
    source: str
    text: str
    text_sha256: str
    spans: tuple[SpanEdit, ...]
    findings: tuple[ReportFinding, ...] = field(default=())

    def finding(self, key: str) -> ReportFinding | None:
        return next((f for f in self.findings if f.key == key), None)


def load_report(path: Path) -> list[ReportDocument]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReportError(f"cannot read: {error.strerror or error}") from None
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ReportError("not a JSON report: not UTF-8") from None
    except json.JSONDecodeError as error:
        raise ReportError(
            f"not a JSON report: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    return parse_report(obj)


def parse_report(obj: Any) -> list[ReportDocument]:
    if not isinstance(obj, dict) or not isinstance(obj.get("documents"), list):
        raise ReportError('not an edclaims report: no "documents" list')
    return [_document(index, doc) for index, doc in enumerate(obj["documents"])]


def _document(index: int, doc: Any) -> ReportDocument:
    where = f"documents[{index}]"
    if not isinstance(doc, dict):
        raise ReportError(f"{where}: not an object")
    text = doc.get("text")
    if not isinstance(text, str):
        raise ReportError(f'{where}: "text" must be a string')
    source = doc.get("source")
    spans = _list(doc, "spans", where)
    findings = _list(doc, "findings", where)
    parsed_spans = tuple(_span(f"{where}.spans[{i}]", span, len(text)) for i, span in enumerate(spans))
    checked = [_finding(f"{where}.findings[{i}]", f, len(text)) for i, f in enumerate(findings)]
    keys = finding_keys((f["check"], f["spans"]) for f in checked)
    return ReportDocument(
        index=index,
        source=source if isinstance(source, str) else f"document {index + 1}",
        text=text,
        text_sha256=text_sha256(text),
        spans=parsed_spans,
        findings=tuple(ReportFinding(key, f) for key, f in zip(keys, checked, strict=True)),
    )


def _list(doc: dict[str, Any], key: str, where: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise ReportError(f'{where}: "{key}" must be a list')
    return value


def _offsets(where: str, start: Any, end: Any, length: int) -> tuple[int, int]:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise ReportError(f"{where}: offsets must be integers")
    if not 0 <= start <= end <= length:
        raise ReportError(f"{where}: offsets {start}-{end} outside a text of {length} characters")
    return start, end


def _span(where: str, span: Any, length: int) -> SpanEdit:
    if not isinstance(span, dict) or not isinstance(span.get("label"), str):
        raise ReportError(f'{where}: a span must be an object with a "label"')
    start, end = _offsets(where, span.get("start"), span.get("end"), length)
    return SpanEdit(start, end, span["label"])


def _finding(where: str, finding: Any, length: int) -> dict[str, Any]:
    if not isinstance(finding, dict) or not isinstance(finding.get("check"), str):
        raise ReportError(f'{where}: a finding must be an object with a "check"')
    spans = finding.get("spans")
    if not isinstance(spans, list) or not all(isinstance(s, list) and len(s) == 2 for s in spans):
        raise ReportError(f'{where}: "spans" must be a list of [start, end] pairs')
    for start, end in spans:
        _offsets(where, start, end, length)
    return finding
