"""Validating what a reviewer sends: a decision with its note, or a document's corrected spans.

Spans are held to the same rules as `edclaims annotations check` (its `check_record`), so whatever the
server accepts exports to a file that check passes. Every problem is one line, returned as HTTP 400.
"""

from __future__ import annotations

import json
from typing import Any

from edclaims.annotations.check import check_record
from edclaims.annotations.record import LABELS, AnnotatedSpan, Record
from edclaims.review.store import DECISIONS, SpanEdit

MAX_NOTE = 4000
MAX_SPANS = 10000


class InputError(Exception):
    """Bad input from the page or an API client; the message is one line."""


def document_index(body: dict[str, Any], count: int) -> int:
    index = body.get("doc")
    if not isinstance(index, int) or isinstance(index, bool):
        raise InputError('"doc" must be the document\'s index (an integer)')
    if not 0 <= index < count:
        raise InputError(f"no document {index} (the report has {count})")
    return index


def decision_of(body: dict[str, Any]) -> tuple[str | None, str]:
    """(decision, note); a null decision clears the finding's decision."""
    decision = body.get("decision")
    if decision is not None and decision not in DECISIONS:
        raise InputError(f"unknown decision {_show(decision)} (expected {', '.join(DECISIONS)} or null)")
    note = body.get("note", "")
    if note is None:
        note = ""
    if not isinstance(note, str):
        raise InputError('"note" must be a string')
    if len(note) > MAX_NOTE:
        raise InputError(f"note too long ({len(note)} characters, at most {MAX_NOTE})")
    return decision, note


def finding_key_of(body: dict[str, Any]) -> str:
    key = body.get("finding_key")
    if not isinstance(key, str) or not key:
        raise InputError('"finding_key" must be a non-empty string')
    return key


def spans_of(body: dict[str, Any], text: str) -> tuple[SpanEdit, ...]:
    raw = body.get("spans")
    if not isinstance(raw, list):
        raise InputError('"spans" must be a list of {"start", "end", "label"}')
    if len(raw) > MAX_SPANS:
        raise InputError(f"too many spans ({len(raw)}, at most {MAX_SPANS})")
    spans = []
    for number, span in enumerate(raw, start=1):
        if not isinstance(span, dict):
            raise InputError(f"span #{number} must be an object")
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise InputError(f"span #{number}: start and end must be integers")
        if label not in LABELS:
            raise InputError(f"span #{number}: unknown label {_show(label)} (expected {', '.join(LABELS)})")
        spans.append(SpanEdit(start, end, label))
    record = Record(text, tuple(AnnotatedSpan(s.start, s.end, s.label) for s in spans))
    # An empty text with no spans is a legitimate (if dull) document; with spans, their offsets say why.
    reasons = [reason for reason in check_record(record) if reason != "empty text"]
    if reasons:
        more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
        raise InputError(reasons[0] + more)
    return tuple(spans)


def _show(value: object) -> str:
    # JSON escapes newlines, so the message stays one line whatever the client sent.
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = type(value).__name__
    return text if len(text) <= 40 else text[:37] + "..."
