"""The markup of hand-written releases with relations (`annotations/src/relations_heldout.txt`).

    # a comment
    == hr01 | 学前教育 | 工作总结
    全县共有幼儿园{{a|126所}}，其中公办幼儿园{{b|78所}}，占{{c|61.9%}}。
    今年发放资助资金{{d|两千三百万元|23000000}}。
    > percent_of_whole consistent whole=a part=b percent=c | 78/126=61.90% -> 61.9%
    > sum mismatch total=e item=f item=g | 120+35=155, stated 165 | the total is off by a digit

`== ID | topic | style` starts a release; the lines after it, up to its relation lines, are its paragraphs
(joined with "\n"). `{{id|text}}` marks a related number: `text` is the number with its unit, as the
release prints it, and stays in the release; `{{id|text|value}}` gives the value when the text is not
plain digits (Chinese numerals, 百分之…). Digit figures get their value from the digits and a following
万/亿 (or 萬/億; 「9300多万元」 → 93000000, 「1.3万个」 → 13000); a figure with x, X or × is redacted (value null).
`> kind verdict role=id … | computed | note` lists one relation: the numbers in the order given, roles as
`ROLES` allows for the kind. Each relation's arithmetic must agree with its verdict (`holds`), every mark
must be used by a relation, and `{{`/`}}` cannot appear in the text otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from edclaims.benchmark.arith import holds
from edclaims.benchmark.relations import VERDICTS, plain_digits, stated_value

# kind → role → (minimum, maximum) occurrences
ROLES: dict[str, dict[str, tuple[int, int]]] = {
    "percent_of_whole": {"whole": (1, 1), "part": (1, 1), "percent": (1, 1)},
    "sum": {"total": (1, 1), "item": (2, 99)},
    "remainder": {"whole": (1, 1), "part": (1, 99), "remainder": (1, 1)},
    "part_le_whole": {"whole": (1, 1), "part": (1, 99)},
    "change": {"before": (1, 1), "after": (1, 1), "delta": (0, 1)},  # delta: a stated amount 「减少263人」
    "restatement": {"before": (1, 1), "after": (1, 1)},
    "comparison": {"part": (1, 1), "target": (1, 1)},
    "count_enumeration": {"count": (1, 1)},
    "bounds": {"percent": (1, 1)},
    "average": {"total": (1, 1), "count": (1, 1), "average": (1, 1)},
    "growth": {"before": (1, 1), "after": (1, 1), "rate": (1, 1)},
    "share_sum": {"part": (2, 99), "total": (0, 1)},
}

_MARK = re.compile(r"\{\{([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}\}")
_ID = re.compile(r"[A-Za-z0-9_-]+$")
_HEADER = re.compile(r"==\s*([A-Za-z0-9_-]+)\s*(?:\|\s*([^|]*?)\s*)?(?:\|\s*(.*?)\s*)?$")
_LEADING_FIGURE = re.compile(r"([0-9０-９][0-9０-９,，.．]*)([多余餘]?)(万亿|亿|万|萬億|億|萬)?")
_MAGNITUDES = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8, "万亿": Decimal(10) ** 12}
_MAGNITUDES |= {"萬": _MAGNITUDES["万"], "億": _MAGNITUDES["亿"], "萬億": _MAGNITUDES["万亿"]}
_REDACTED = re.compile(r"[xX×ｘＸ]")


class MarkupError(Exception):
    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class _Mark:
    text: str
    start: int
    end: int
    value: Decimal | None
    line: int
    used: bool = False


def mark_value(text: str, given: str | None, line: int) -> Decimal | None:
    """A mark's value: null when redacted, the given value, or the value of its leading digits."""
    if _REDACTED.search(text):
        if given is not None:
            raise MarkupError(line, f"{{{{…|{text}|{given}}}}}: a redacted figure has no value")
        return None
    if given is not None:
        try:
            return Decimal(given.strip())
        except ArithmeticError:
            raise MarkupError(line, f"value {given!r} of {text!r} is not a number") from None
    match = _LEADING_FIGURE.match(text)
    if match is None:
        raise MarkupError(
            line, f"{text!r} does not start with digits: give its value, {{{{id|{text}|VALUE}}}}"
        )
    value = Decimal(plain_digits(match.group(1)))
    return value * _MAGNITUDES[match.group(3)] if match.group(3) else value


def json_value(value: Decimal | None) -> int | str | None:
    """Integers as JSON numbers; other values as strings, which keep their stated decimals exactly."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return str(value)


def parse_relations_markup(source: str) -> list[dict[str, Any]]:
    """Every release of a markup file as a JSON-ready record; raise MarkupError at the first problem."""
    records: list[dict[str, Any]] = []
    current: _Release | None = None
    for number, raw in enumerate(source.split("\n"), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            if current is not None:
                records.append(current.finish())
            header = _HEADER.match(line)
            if header is None:
                raise MarkupError(number, "a release header reads '== ID | topic | style'")
            if any(r["meta"]["id"] == header.group(1) for r in records):
                raise MarkupError(number, f"release id {header.group(1)!r} is used twice")
            current = _Release(header.group(1), header.group(2) or "", header.group(3) or "", number)
        elif current is None:
            raise MarkupError(number, "text before the first '== ID' header")
        elif line.startswith(">"):
            current.add_relation(line[1:].strip(), number)
        else:
            current.add_paragraph(line, number)
    if current is not None:
        records.append(current.finish())
    if not records:
        raise MarkupError(1, "no releases ('== ID | topic | style' headers)")
    return records


class _Release:
    def __init__(self, id: str, topic: str, style: str, line: int) -> None:
        self.id, self.topic, self.style, self.line = id, topic, style, line
        self.paragraphs: list[str] = []
        self.length = 0  # characters of text so far, paragraph breaks included
        self.marks: dict[str, _Mark] = {}
        self.relations: list[dict[str, Any]] = []

    def add_paragraph(self, line: str, number: int) -> None:
        if self.relations:
            raise MarkupError(number, "release text after its relation lines")
        if self.paragraphs:
            self.length += 1  # the "\n" joining paragraphs
        pieces: list[str] = []
        position = 0
        for match in _MARK.finditer(line):
            pieces.append(line[position : match.start()])
            self.length += match.start() - position
            mark_id, text, given = match.group(1).strip(), match.group(2), match.group(3)
            if not _ID.match(mark_id):
                raise MarkupError(number, f"mark id {mark_id!r}: letters, digits, - and _ only")
            if mark_id in self.marks:
                raise MarkupError(number, f"mark id {mark_id!r} is used twice in release {self.id}")
            if not text or text != text.strip():
                raise MarkupError(number, f"mark {match.group(0)!r}: empty or padded text")
            value = mark_value(text, given, number)
            self.marks[mark_id] = _Mark(text, self.length, self.length + len(text), value, number)
            pieces.append(text)
            self.length += len(text)
            position = match.end()
        pieces.append(line[position:])
        self.length += len(line) - position
        paragraph = "".join(pieces)
        if "{{" in paragraph or "}}" in paragraph:
            raise MarkupError(number, "a malformed mark: expected {{id|text}} or {{id|text|value}}")
        self.paragraphs.append(paragraph)

    def add_relation(self, line: str, number: int) -> None:
        head, _, rest = line.partition("|")
        computed, _, note = rest.partition("|")
        tokens = head.split()
        if len(tokens) < 3:
            raise MarkupError(number, "a relation reads '> kind verdict role=id … | computed | note'")
        kind, verdict, pairs = tokens[0], tokens[1], tokens[2:]
        if kind not in ROLES:
            raise MarkupError(number, f"unknown kind {kind!r}; one of {', '.join(ROLES)}")
        if verdict not in VERDICTS:
            raise MarkupError(number, f"unknown verdict {verdict!r}; one of {', '.join(VERDICTS)}")
        numbers = []
        for pair in pairs:
            role, equals, mark_id = pair.partition("=")
            if not equals or role not in ROLES[kind]:
                raise MarkupError(number, f"{pair!r}: expected role=id, role one of {', '.join(ROLES[kind])}")
            mark = self.marks.get(mark_id)
            if mark is None:
                raise MarkupError(number, f"no mark {mark_id!r} in release {self.id}")
            mark.used = True
            numbers.append((role, mark))
        for role, (least, most) in ROLES[kind].items():
            count = sum(1 for r, _ in numbers if r == role)
            if not least <= count <= most:
                wanted = str(least) if least == most else f"{least}–{most}"
                raise MarkupError(number, f"{kind} needs {wanted} {role!r} numbers, not {count}")
        computed, note = computed.strip(), note.strip()
        stated = [None if m.value is None else stated_value(m.text, m.value) for _, m in numbers]
        result = holds(kind, [r for r, _ in numbers], stated, computed)
        expected = {"consistent": True, "mismatch": False, "unverifiable": None}[verdict]
        if result is not expected:
            raise MarkupError(
                number, f"{kind} {computed!r} is annotated {verdict} but its arithmetic gives {result}"
            )
        self.relations.append(
            {
                "kind": kind,
                "numbers": [
                    {"text": m.text, "start": m.start, "end": m.end, "value": json_value(m.value), "role": r}
                    for r, m in numbers
                ],
                "computed": computed,
                "verdict": verdict,
                "note": note,
            }
        )

    def finish(self) -> dict[str, Any]:
        if not self.paragraphs:
            raise MarkupError(self.line, f"release {self.id} has no text")
        if not self.relations:
            raise MarkupError(self.line, f"release {self.id} has no relations")
        unused = [k for k, m in self.marks.items() if not m.used]
        if unused:
            mark = self.marks[unused[0]]
            raise MarkupError(mark.line, f"mark {unused[0]!r} ({mark.text}) is in no relation")
        meta = {"id": self.id, "split": "heldout", "source": "gold-relations"}
        if self.topic:
            meta["topic"] = self.topic
        if self.style:
            meta["style"] = self.style
        return {"text": "\n".join(self.paragraphs), "spans": [], "meta": meta, "relations": self.relations}
