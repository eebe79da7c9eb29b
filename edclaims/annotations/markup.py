"""The authoring markup of `annotations/src/*.txt`: one paragraph a line, spans marked inline.

    全市农村[[4876|Q]][[个|U]][[行政村|S]]

`[[text|Q]]`, `[[text|U]]`, `[[text|S]]` mark QUANTITY, UNIT and SUBJECT. Lines starting with `#` are
comments; `# variant: NAME` sets meta.variant for the lines after it (until the next such comment; each file
starts at "plain", the guideline's name for an ordinary paragraph). Blank lines are skipped, and whitespace
around a paragraph is dropped. Marks do not nest, and `[[` / `]]` cannot appear in the text itself; the last
`|` in a mark separates the label, so the marked text may contain `|`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.record import AnnotatedSpan, Record

MARK_LABELS = {"Q": "QUANTITY", "U": "UNIT", "S": "SUBJECT"}
DEFAULT_VARIANT = "plain"
_VARIANT = re.compile(r"#\s*variant\s*:\s*(\S.*?)\s*$")


@dataclass(frozen=True)
class MarkedLine:
    """A paragraph parsed from markup, with the source line it came from (for error messages)."""

    line: int
    record: Record


def parse_paragraph(
    line: str, line_number: int | None = None, column_base: int = 0
) -> tuple[str, tuple[AnnotatedSpan, ...]]:
    """Strip the marks from one paragraph: its plain text and its spans. Malformed marks raise with the line.

    `column_base` is how many characters were cut from the start of the source line, so that error columns
    point into the line as the author sees it.
    """
    text: list[str] = []
    spans: list[AnnotatedSpan] = []
    length = 0  # characters of plain text so far: the next span's start
    position = 0
    while position < len(line):
        opening = line.find("[[", position)
        closing = line.find("]]", position)
        if closing != -1 and (opening == -1 or closing < opening):
            raise _error(line_number, column_base + closing, '"]]" without an opening "[["')
        if opening == -1:
            text.append(line[position:])
            break
        text.append(line[position:opening])
        length += opening - position
        end = line.find("]]", opening + 2)
        if end == -1:
            raise _error(line_number, column_base + opening, 'unclosed "[["')
        inner = line[opening + 2 : end]
        if "[[" in inner:
            raise _error(line_number, column_base + opening, "marks cannot nest")
        marked, bar, code = inner.rpartition("|")
        if not bar:
            raise _error(line_number, column_base + opening, f'mark "[[{inner}]]" has no "|LABEL"')
        if code not in MARK_LABELS:
            raise _error(
                line_number,
                column_base + opening,
                f'mark "[[{inner}]]": unknown label "{code}" (expected Q, U or S)',
            )
        if not marked:
            raise _error(line_number, column_base + opening, f'mark "[[{inner}]]" marks no text')
        spans.append(AnnotatedSpan(length, length + len(marked), MARK_LABELS[code]))
        text.append(marked)
        length += len(marked)
        position = end + 2
    return "".join(text), tuple(spans)


def parse_markup(source: str, stem: str) -> list[MarkedLine]:
    """Parse a whole src file. Meta: id `<stem>-<nnnn>` (1-based per file), source, split, variant."""
    split = "heldout" if "heldout" in stem else "train"
    variant = DEFAULT_VARIANT
    parsed: list[MarkedLine] = []
    for number, raw in enumerate(source.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            match = _VARIANT.match(line)
            if match:
                variant = match.group(1)
            continue
        text, spans = parse_paragraph(line, number, len(raw) - len(raw.lstrip()))
        meta: dict[str, Any] = {
            "id": f"{stem}-{len(parsed) + 1:04d}",
            "source": "gold",
            "split": split,
            "variant": variant,
        }
        parsed.append(MarkedLine(number, Record(text, spans, meta)))
    return parsed


def to_markup(record: Record) -> str:
    """The inverse of `parse_paragraph` for clean records (no overlaps): handy for reviewing JSONL by eye."""
    codes = {label: code for code, label in MARK_LABELS.items()}
    pieces: list[str] = []
    position = 0
    for span in sorted(record.spans, key=lambda s: s.start):
        pieces.append(record.text[position : span.start])
        pieces.append(f"[[{record.text[span.start : span.end]}|{codes[span.label]}]]")
        position = span.end
    pieces.append(record.text[position:])
    return "".join(pieces)


def _error(line_number: int | None, column: int, reason: str) -> AnnotationError:
    return AnnotationError(line_number, f"column {column + 1}: {reason}")
