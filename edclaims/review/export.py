"""`edclaims review REPORT.json --export FILE`: reviewed documents as annotation JSONL for `edclaims train`.

One record per reviewed document (a decision or a span correction in the database; every document with
`all_documents`), holding the report's text and its spans — the reviewer's where they corrected them, the
report's otherwise — and meta {"source": "review", "id", "text_sha256", "document"}. Spans that
`edclaims annotations check` would reject (a tagger's span on whitespace, an overlap in a hand-edited
report) are left out and counted, so the file always passes the check. Documents whose text appears twice
are written once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from edclaims.annotations.check import check_record
from edclaims.annotations.io import write_jsonl
from edclaims.annotations.record import AnnotatedSpan, Record
from edclaims.review.report_file import ReportDocument
from edclaims.review.store import ReviewStore, SpanEdit


@dataclass(frozen=True)
class ExportSummary:
    records: int
    spans: int
    corrected: int  # records whose spans a reviewer corrected
    dropped: int  # spans left out because the annotation check would reject them


def export_records(
    documents: Sequence[ReportDocument], store: ReviewStore, all_documents: bool = False
) -> tuple[list[Record], ExportSummary]:
    reviewed = store.reviewed_hashes()
    records: list[Record] = []
    seen: set[str] = set()
    corrected_count = dropped = 0
    for doc in documents:
        if doc.text_sha256 in seen or not doc.text.strip():
            continue
        if not all_documents and doc.text_sha256 not in reviewed:
            continue
        seen.add(doc.text_sha256)
        corrected = store.corrected_spans(doc.text_sha256)
        kept, lost = clean_spans(doc.text, corrected.spans if corrected else doc.spans)
        corrected_count += corrected is not None
        dropped += lost
        meta = {
            "source": "review",
            "id": f"review-{doc.text_sha256[:12]}",
            "text_sha256": doc.text_sha256,
            "document": doc.source,
        }
        records.append(Record(doc.text, kept, meta))
    summary = ExportSummary(len(records), sum(len(r.spans) for r in records), corrected_count, dropped)
    return records, summary


def export_annotations(
    documents: Sequence[ReportDocument], store: ReviewStore, target: Path, all_documents: bool = False
) -> ExportSummary:
    """Write the JSONL file (atomically); raise `AnnotationError` if it cannot be written."""
    records, summary = export_records(documents, store, all_documents)
    write_jsonl(records, target)
    return summary


def clean_spans(text: str, spans: Iterable[SpanEdit]) -> tuple[tuple[AnnotatedSpan, ...], int]:
    """The spans the annotation check accepts, in text order, and how many were left out.

    Each span is checked alone first; then overlaps are resolved by taking spans in order of their end and
    keeping each that does not overlap one already kept: the most spans any choice could keep, and a
    stable rule, so exporting twice gives the same file.
    """
    candidates = sorted(
        (AnnotatedSpan(s.start, s.end, s.label) for s in spans), key=lambda s: (s.end, s.start, s.label)
    )
    kept: list[AnnotatedSpan] = []
    for span in candidates:
        if check_record(Record(text, (span,))):
            continue
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return tuple(sorted(kept, key=lambda s: s.start)), len(candidates) - len(kept)
