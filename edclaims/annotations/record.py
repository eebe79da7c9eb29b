"""One annotated paragraph: its text, its character spans and free-form meta.

Offsets are Python string indices (code points) into `text`. The dataclasses do not enforce types on
purpose: a file is read into records as it is, and `check.check_record` says what is wrong with them, so that
one pass can report every problem with its line number instead of stopping at the first bad value.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

LABELS: tuple[str, ...] = ("QUANTITY", "UNIT", "SUBJECT")


@dataclass(frozen=True)
class AnnotatedSpan:
    start: int
    end: int
    label: str

    def describe(self) -> str:
        """`40-44 (UNIT)`: how messages name a span."""
        return f"{_show(self.start)}-{_show(self.end)} ({_show_label(self.label)})"


@dataclass(frozen=True)
class Record:
    text: str
    spans: tuple[AnnotatedSpan, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)

    def span_text(self, span: AnnotatedSpan) -> str:
        return self.text[span.start : span.end]


def _show(value: object) -> str:
    # Integers print bare; anything else (a string, a float, null) prints as JSON so the reader sees the type.
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _show_label(value: object) -> str:
    return value if isinstance(value, str) else _show(value)
