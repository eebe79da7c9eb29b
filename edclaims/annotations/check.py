"""Validate records: every reason a span cannot be trained on, named with its offsets and label.

Rejected: non-integer offsets, offsets outside the text, empty or reversed spans (start >= end), unknown
labels, spans that start or end on whitespace, duplicate spans and overlapping spans; and empty texts, which
no format but JSONL can carry and which teach the tagger nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import iter_line_results, parse_line
from edclaims.annotations.record import LABELS, AnnotatedSpan, Record


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class FileReport:
    """What `check_file` found, with the counts the CLI summary needs."""

    problems: list[Problem]
    records: int
    spans: int


def check_record(record: Record) -> list[str]:
    """Every reason this record is unusable, in span order; an empty list means it is clean."""
    reasons: list[str] = []
    if not record.text:
        reasons.append("empty text")
    for span in record.spans:
        reasons.extend(_span_reasons(span, record.text))
    # Misaligned or mislabelled spans still take part in overlap and duplicate checks: their offsets are
    # real, and fixing one problem should not reveal another on the next run.
    placed = [s for s in record.spans if _placed(s, len(record.text))]
    reasons.extend(_pair_reasons(placed))
    return reasons


def check_file(path: str | os.PathLike[str]) -> list[Problem]:
    """Problems in a JSONL file, one per reason, each with its line. Raises `AnnotationError` if unreadable."""
    return check_file_report(path).problems


def check_file_report(path: str | os.PathLike[str]) -> FileReport:
    problems: list[Problem] = []
    records = spans = 0
    for number, line in iter_line_results(path):
        if isinstance(line, AnnotationError):
            problems.append(Problem(number, line.reason))
            records += 1
            continue
        records += 1
        try:
            record = parse_line(number, line)
        except AnnotationError as error:
            problems.append(Problem(number, error.reason))
            continue
        spans += len(record.spans)
        problems.extend(Problem(number, reason) for reason in check_record(record))
    return FileReport(problems, records, spans)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _placed(span: AnnotatedSpan, length: int) -> bool:
    return _is_int(span.start) and _is_int(span.end) and 0 <= span.start < span.end <= length


def _span_reasons(span: AnnotatedSpan, text: str) -> list[str]:
    name = f"span {span.describe()}"
    reasons: list[str] = []
    if span.label not in LABELS:
        reasons.append(f"{name}: unknown label (expected {', '.join(LABELS)})")
    if not (_is_int(span.start) and _is_int(span.end)):
        reasons.append(f"{name}: offsets must be integers")
        return reasons
    if span.start >= span.end:
        reasons.append(f"{name}: start >= end")
        return reasons
    if span.start < 0 or span.end > len(text):
        reasons.append(f"{name}: out of range for a text of {len(text)} characters")
        return reasons
    if text[span.start].isspace():
        reasons.append(f"{name}: misaligned, starts on whitespace")
    if text[span.end - 1].isspace():
        reasons.append(f"{name}: misaligned, ends on whitespace")
    return reasons


def _pair_reasons(spans: list[AnnotatedSpan]) -> list[str]:
    # Compare by (start, end, shown label): a label read from JSON may be a list or an object, which
    # neither hashes nor orders against a string.
    by_key: dict[tuple[int, int, str], list[AnnotatedSpan]] = {}
    for span in spans:
        by_key.setdefault((span.start, span.end, span.describe()), []).append(span)
    unique = sorted(by_key)  # one message per duplicated span, and overlaps counted once
    reasons = [f"duplicate span {key[2]}" for key in unique if len(by_key[key]) > 1]
    # Quadratic, but a paragraph holds tens of spans; comparing every pair names every overlap, not just
    # the first one a sweep would find.
    for i, later in enumerate(unique):
        reasons.extend(
            f"span {later[2]} overlaps span {earlier[2]}" for earlier in unique[:i] if earlier[1] > later[0]
        )
    return reasons
