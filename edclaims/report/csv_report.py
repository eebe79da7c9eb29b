"""The CSV report: one row per finding, for spreadsheets. Rendered from the report dict, like the others.

Values stay the report's exact decimal strings. Files are written with a UTF-8 BOM (`CSV_FILE_ENCODING`)
because Excel otherwise reads Chinese text as the local ANSI code page.
"""

from __future__ import annotations

import csv
import io
from typing import Any

CSV_FILE_ENCODING = "utf-8-sig"

COLUMNS = (
    "source",
    "finding",
    "check",
    "status",
    "confidence",
    "stated",
    "expected",
    "tolerance",
    "message",
    "note",
    "pairing",
    "sentence",
    "numbers",
    "review_decision",
    "review_note",
)

# A cell starting with one of these is run as a formula by Excel and LibreOffice (CSV injection); release
# text and messages are prefixed with an apostrophe, which spreadsheets show as plain text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _decimal_cell(value: object) -> str:
    # Exact decimal strings from the report, untouched: "-3" is a number to a spreadsheet, not a formula.
    return "" if value is None else str(value)


def _sentence(text: str, finding: dict[str, Any]) -> str:
    parts = [text[int(s) : int(e)].strip() for s, e in finding.get("sentences", [])]
    return "\n".join(p for p in parts if p)  # one line per sentence inside the quoted cell


def _numbers(doc: dict[str, Any], finding: dict[str, Any]) -> str:
    """Each number as written with its unit, and its offsets in the text: "4835个@765-770; 99.2%@774-779".

    The claim (number with unit) is used where the finding names it; otherwise the bare number span."""
    claims = {str(c["id"]): c for c in doc.get("claims", [])}
    claim_ids = [str(c) for c in finding.get("claims", [])]
    out = []
    for index, (start, end) in enumerate(finding["spans"]):
        claim = claims.get(claim_ids[index]) if index < len(claim_ids) else None
        if claim is not None and claim.get("text"):
            out.append(f"{claim['text']}@{claim['start']}-{claim['end']}")
        else:
            out.append(f"{doc['text'][int(start) : int(end)]}@{start}-{end}")
    return "; ".join(out)


def finding_rows(report: dict[str, Any]) -> list[list[str]]:
    """The data rows (no header), in report order: documents as given, mismatches first within each."""
    rows = []
    for doc in report["documents"]:
        for finding in doc["findings"]:
            review = finding.get("review") if isinstance(finding.get("review"), dict) else {}
            rows.append(
                [
                    _text_cell(doc["source"]),
                    _text_cell(finding["id"]),
                    _text_cell(finding["check"]),
                    _text_cell(finding["status"]),
                    _text_cell(finding.get("confidence")),
                    _decimal_cell(finding.get("stated")),
                    _decimal_cell(finding.get("expected")),
                    _decimal_cell(finding.get("tolerance")),
                    _text_cell(finding.get("message")),
                    _text_cell(finding.get("note")),
                    _text_cell(finding.get("pairing")),
                    _text_cell(_sentence(doc["text"], finding)),
                    _text_cell(_numbers(doc, finding)),
                    _text_cell(review.get("decision")),
                    _text_cell(review.get("note")),
                ]
            )
    return rows


def render_csv(report: dict[str, Any]) -> str:
    """The header and one row per finding, as CSV text (RFC 4180 quoting, CRLF line ends)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(finding_rows(report))
    return buffer.getvalue()
