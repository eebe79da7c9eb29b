"""The JSON report. Field names are fixed by docs/report-schema.md; offsets index each document's `text`."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal
from importlib.resources import files
from typing import Any

from edclaims import __version__
from edclaims.checks.arith import show
from edclaims.records import Claim, DocumentResult, Finding, Status

SCHEMA_PATH = files("edclaims") / "report" / "report.schema.json"
STATUS_ORDER = {Status.MISMATCH: 0, Status.UNVERIFIABLE: 1, Status.CONSISTENT: 2}


def text_sha256(text: str) -> str:
    """The document's identity across reports: review decisions are matched to a release by it."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else show(value)


def sorted_findings(findings: Sequence[Finding]) -> list[Finding]:
    """Mismatches first, then unverifiable, then consistent; in text order within each."""
    return sorted(findings, key=lambda f: (STATUS_ORDER[f.status], min(c.q_start for c in f.claims)))


def _claim(doc: DocumentResult, claim: Claim) -> dict[str, Any]:
    start, end = doc.norm.to_original(claim.start, claim.end)
    q_start, q_end = doc.norm.to_original(claim.q_start, claim.q_end)
    approx = claim.quantity.approx
    unit = claim.unit or claim.quantity.implied_unit
    return {
        "id": claim.id,
        "value": _dec(claim.quantity.value),
        "low": _dec(claim.quantity.low),
        "high": _dec(claim.quantity.high),
        "unit": unit.text if unit else None,
        "dimension": claim.dimension,
        "canonical_value": _dec(claim.quantity.value * claim.scale)
        if claim.quantity.value is not None
        else None,
        "subject": claim.subject,
        "approx": None if approx is None else {"marker": approx.marker, "direction": approx.direction},
        "redacted": claim.quantity.redacted,
        "start": start,
        "end": end,
        "number_start": q_start,
        "number_end": q_end,
        "text": doc.norm.original[start:end],
    }


def _finding(doc: DocumentResult, finding: Finding, index: int) -> dict[str, Any]:
    spans = [list(doc.norm.to_original(c.q_start, c.q_end)) for c in finding.claims]
    sentences = sorted({_sentence_bounds(doc, c.q_start, c.end) for c in finding.claims})
    return {
        "id": f"f{index}",
        "check": finding.check,
        "status": str(finding.status),
        "claims": [c.id for c in finding.claims],
        "spans": spans,
        "stated": _dec(finding.stated),
        "expected": _dec(finding.expected),
        "tolerance": _dec(finding.tolerance),
        "message": finding.message,
        "confidence": finding.confidence,
        "note": finding.note,
        "pairing": finding.pairing,
        "sentences": [list(doc.norm.to_original(start, end)) for start, end in sentences],
    }


def _sentence_bounds(doc: DocumentResult, first: int, last: int) -> tuple[int, int]:
    text = doc.norm.text
    start = max(text.rfind(ch, 0, first) for ch in "。!?\n") + 1
    ends = [i for i in (text.find(ch, last) for ch in "。!?\n") if i != -1]
    end = min(ends) + 1 if ends else len(text)
    return start, min(end, len(text))


def document_dict(doc: DocumentResult) -> dict[str, Any]:
    spans = []
    for span in doc.spans:
        start, end = doc.norm.to_original(span.start, span.end)
        spans.append(
            {"label": str(span.label), "start": start, "end": end, "text": doc.norm.original[start:end]}
        )
    return {
        "source": doc.source,
        "text": doc.norm.original,
        "text_sha256": text_sha256(doc.norm.original),
        "spans": spans,
        "claims": [_claim(doc, c) for c in doc.claims],
        "findings": [_finding(doc, f, i) for i, f in enumerate(sorted_findings(doc.findings), start=1)],
    }


def build_report(docs: Sequence[DocumentResult], errors: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    counts: Counter[str] = Counter(str(f.status) for d in docs for f in d.findings)
    return {
        "tool": {"name": "edclaims", "version": __version__},
        "documents": [document_dict(d) for d in docs],
        "summary": {
            "documents": len(docs),
            "consistent": counts[Status.CONSISTENT],
            "mismatch": counts[Status.MISMATCH],
            "unverifiable": counts[Status.UNVERIFIABLE],
            "errors": [{"source": source, "message": message} for source, message in errors],
        },
    }
