"""Sentences built piece by piece, so that every span's offsets are known as the string grows.

Nothing here ever searches the finished text: a span's offsets are the length of the text before it
when it was appended. Relations point at `NumberRef`s, which are resolved to paragraph offsets only
when the sentences are joined (a lead sentence can then be placed before the body it restates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

LABELS = ("QUANTITY", "UNIT", "SUBJECT")


@dataclass(frozen=True)
class Rendered:
    """A number as it will be written: its QUANTITY text, its UNIT text and the value it states."""

    quantity: str
    unit: str | None
    value: Decimal | None  # in the unit's canonical measure (1.3万个 → 13000); None when redacted
    unit_first: bool = False  # 百分之三十 writes the unit before the number
    exact: bool = True  # False for 约/近/多/ranges: never an operand of an exact relation
    redacted: bool = False


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass
class Sentence:
    """One sentence under construction; offsets are local to it until the paragraph is joined."""

    pieces: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, label: str | None = None) -> tuple[int, int]:
        if label is not None and label not in LABELS:
            raise ValueError(f"unknown label {label!r}")
        start = self.length
        self.pieces.append(text)
        self.length += len(text)
        if label is not None:
            if not text or text != text.strip():
                raise ValueError(f"a {label} span must be non-empty and not padded: {text!r}")
            self.spans.append(Span(start, self.length, label))
        return start, self.length

    def num(self, rendered: Rendered, role: str = "") -> NumberRef:
        """Append a number with its unit; the reference covers both, like the seed relations' `text`."""
        start = self.length
        if rendered.unit_first and rendered.unit:
            self.add(rendered.unit, "UNIT")
            self.add(rendered.quantity, "QUANTITY")
        else:
            self.add(rendered.quantity, "QUANTITY")
            if rendered.unit:
                self.add(rendered.unit, "UNIT")
        return NumberRef(self, start, self.length, rendered, role)

    @property
    def text(self) -> str:
        return "".join(self.pieces)


@dataclass(frozen=True)
class NumberRef:
    sentence: Sentence
    start: int  # local to the sentence
    end: int
    rendered: Rendered
    role: str

    def as_role(self, role: str) -> NumberRef:
        """The same number filling another role (a remainder that is also the total of a 其中 list)."""
        return NumberRef(self.sentence, self.start, self.end, self.rendered, role)


@dataclass
class Relation:
    kind: str
    numbers: list[NumberRef]
    verdict: str  # consistent | mismatch | unverifiable
    computed: str = ""
    note: str = ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    spans: list[Span]
    relations: list[dict[str, object]]


def join(sentences: list[Sentence], relations: list[Relation]) -> Paragraph:
    """Concatenate sentences and resolve every span and number to paragraph offsets."""
    offsets: dict[int, int] = {}
    spans: list[Span] = []
    position = 0
    for sentence in sentences:
        offsets[id(sentence)] = position
        spans.extend(Span(s.start + position, s.end + position, s.label) for s in sentence.spans)
        position += sentence.length
    text = "".join(s.text for s in sentences)
    resolved: list[dict[str, object]] = []
    for relation in relations:
        numbers: list[dict[str, object]] = []
        for ref in relation.numbers:
            base = offsets[id(ref.sentence)]  # KeyError here means a sentence was left out: a bug
            start, end = ref.start + base, ref.end + base
            numbers.append(
                {
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    "value": ref.rendered.value,
                    "role": ref.role,
                }
            )
        resolved.append(
            {
                "kind": relation.kind,
                "numbers": numbers,
                "computed": relation.computed,
                "verdict": relation.verdict,
                "note": relation.note,
            }
        )
    # in reading order, like a hand-made relations file
    resolved.sort(key=lambda r: [(n["start"], n["end"]) for n in r["numbers"]])  # type: ignore[index,union-attr]
    return Paragraph(text, spans, resolved)
