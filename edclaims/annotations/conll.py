"""CoNLL-style BIO: one character a line, `char<TAB>TAG`, a blank line after each record.

Tags are `O`, `B-LABEL`, `I-LABEL`. A space is written `<SP>` and any other whitespace or non-printable
character `<U+XXXX>`, so every line keeps exactly two columns and no character can end a line early.
(A character is always one column entry, so these escapes cannot be confused with text.)

Lossy by nature: meta is not kept, and an empty text or overlapping spans cannot be written (both raise).
Reading is strict: an `I-` tag must continue a span of the same label.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import read_bytes, write_text_atomic
from edclaims.annotations.record import AnnotatedSpan, Record

_ESCAPE = re.compile(r"<U\+([0-9A-F]{4,6})>")


def encode_char(char: str) -> str:
    if char == " ":
        return "<SP>"
    if char.isspace() or not char.isprintable():
        return f"<U+{ord(char):04X}>"
    return char


def decode_char(token: str) -> str | None:
    if token == "<SP>":
        return " "
    match = _ESCAPE.fullmatch(token)
    if match:
        code = int(match.group(1), 16)
        return chr(code) if code <= 0x10FFFF else None
    return token if len(token) == 1 else None


def to_conll(record: Record, index: int = 1) -> str:
    if not record.text:
        raise AnnotationError(None, f"record {index}: an empty text cannot be written as CoNLL")
    tags = ["O"] * len(record.text)
    for span in sorted(record.spans, key=lambda s: (s.start, s.end)):
        if any(tag != "O" for tag in tags[span.start : span.end]):
            raise AnnotationError(None, f"record {index}: overlapping spans cannot be written as CoNLL")
        tags[span.start] = f"B-{span.label}"
        for position in range(span.start + 1, span.end):
            tags[position] = f"I-{span.label}"
    return (
        "".join(f"{encode_char(char)}\t{tag}\n" for char, tag in zip(record.text, tags, strict=True)) + "\n"
    )


def write_conll(records: Iterable[Record], path: str | os.PathLike[str]) -> None:
    write_text_atomic(path, "".join(to_conll(record, index) for index, record in enumerate(records, start=1)))


def read_conll(path: str | os.PathLike[str]) -> list[Record]:
    try:
        content = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise AnnotationError(None, f"not UTF-8 (byte {error.start + 1})") from None
    return parse_conll(content)


def parse_conll(content: str) -> list[Record]:
    records: list[Record] = []
    chars: list[str] = []
    spans: list[AnnotatedSpan] = []
    open_start: int | None = None
    open_label = ""

    def close(position: int) -> None:
        nonlocal open_start
        if open_start is not None:
            spans.append(AnnotatedSpan(open_start, position, open_label))
            open_start = None

    # Split on "\n" only (after \r\n folding): U+2028 and the like are escaped on writing, but a file from
    # elsewhere may hold them raw in the character column.
    lines = content.replace("\r\n", "\n").split("\n")
    for number, line in enumerate([*lines, ""], start=1):
        if not line.strip():
            if chars:
                close(len(chars))
                records.append(Record("".join(chars), tuple(spans), {}))
                chars, spans = [], []
            continue
        columns = line.split("\t")
        if len(columns) != 2:
            raise AnnotationError(number, f"expected char<TAB>TAG, got {len(columns)} column(s)")
        char = decode_char(columns[0])
        if char is None:
            raise AnnotationError(number, f"{columns[0]!r} is not one character, <SP> or <U+XXXX>")
        tag = columns[1].strip()
        position = len(chars)
        if tag == "O":
            close(position)
        elif tag.startswith("B-") and len(tag) > 2:
            close(position)
            open_start, open_label = position, tag[2:]
        elif tag.startswith("I-") and len(tag) > 2:
            if open_start is None or open_label != tag[2:]:
                raise AnnotationError(number, f"{tag} does not continue a {tag[2:]} span")
        else:
            raise AnnotationError(number, f"unknown tag {tag!r} (expected O, B-LABEL or I-LABEL)")
        chars.append(char)
    return records
