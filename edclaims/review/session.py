"""One review session: a report's documents and the review database, and the three things a reviewer does.

The server only moves JSON in and out; everything it answers comes from here: the report as the page sees
it (findings with their key and earlier decision, spans as corrected), a decision, a span correction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from edclaims.annotations.record import LABELS
from edclaims.review.edits import InputError, decision_of, document_index, finding_key_of, spans_of
from edclaims.review.report_file import ReportDocument, ReportFinding
from edclaims.review.store import DECISIONS, Decision, ReviewStore, SpanEdit


class ReviewSession:
    def __init__(self, documents: Sequence[ReportDocument], store: ReviewStore, report_name: str) -> None:
        self.documents = list(documents)
        self.store = store
        self.report_name = report_name

    # what the page reads

    def report_view(self) -> dict[str, Any]:
        return {
            "report": self.report_name,
            "decisions": list(DECISIONS),
            "labels": list(LABELS),
            "documents": [self.document_view(doc) for doc in self.documents],
        }

    def document_view(self, doc: ReportDocument) -> dict[str, Any]:
        decisions = self.store.decisions(doc.text_sha256)
        corrected = self.store.corrected_spans(doc.text_sha256)
        spans = corrected.spans if corrected else doc.spans
        return {
            "doc": doc.index,
            "source": doc.source,
            "text": doc.text,
            "text_sha256": doc.text_sha256,
            "spans": [_span_view(doc.text, span) for span in spans],
            "spans_corrected": corrected is not None,
            "corrected_at": corrected.corrected_at if corrected else None,
            "findings": [_finding_view(doc.text, f, decisions.get(f.key)) for f in doc.findings],
        }

    # what the reviewer does

    def decide(self, body: dict[str, Any]) -> dict[str, Any]:
        doc = self._document(body)
        finding = self._finding(doc, finding_key_of(body))
        decision, note = decision_of(body)
        if decision is None:
            self.store.clear_decision(doc.text_sha256, finding.key)
            return {"doc": doc.index, "finding_key": finding.key, "review": None}
        saved = self.store.set_decision(doc.text_sha256, finding.key, decision, note)
        return {"doc": doc.index, "finding_key": finding.key, "review": saved.as_dict()}

    def correct_spans(self, body: dict[str, Any]) -> dict[str, Any]:
        doc = self._document(body)
        reset = body.get("reset", False)
        if not isinstance(reset, bool):
            raise InputError('"reset" must be true or false')
        if reset:
            self.store.clear_spans(doc.text_sha256)
        else:
            self.store.set_spans(doc.text_sha256, spans_of(body, doc.text))
        view = self.document_view(doc)
        return {key: view[key] for key in ("doc", "spans", "spans_corrected", "corrected_at")}

    def _document(self, body: dict[str, Any]) -> ReportDocument:
        return self.documents[document_index(body, len(self.documents))]

    @staticmethod
    def _finding(doc: ReportDocument, key: str) -> ReportFinding:
        finding = doc.finding(key)
        if finding is None:
            raise InputError(f"document {doc.index} has no finding {key[:80]!r}")
        return finding


def _span_view(text: str, span: SpanEdit) -> dict[str, Any]:
    # The text is sliced here, in code points like every offset: the page's JavaScript counts UTF-16 units.
    return {**span.as_dict(), "text": text[span.start : span.end]}


def _finding_view(text: str, finding: ReportFinding, decision: Decision | None) -> dict[str, Any]:
    data = finding.data
    sentences = data.get("sentences")
    context = []
    if isinstance(sentences, list):
        context = [
            text[s[0] : s[1]]
            for s in sentences
            if isinstance(s, list) and len(s) == 2 and all(isinstance(v, int) for v in s)
        ]
    return {
        **data,
        "key": finding.key,
        "numbers": [text[start:end] for start, end in data["spans"]],
        "context": "".join(context).strip(),
        "review": decision.as_dict() if decision else None,
    }
