"""Annotated relations and the releases they belong to, read from either relations file format.

  seed format     {"seed": FILE, "relations": [...]}: the release is FILE in a folder of releases
  inline format   {"text": ..., "relations": [...], "meta": {"id"}, ...}: our held-out releases and the
                  synthetic generator's (which also carries "seed" as the paragraph's name)

A relation is {"kind", "numbers": [{"text", "start", "end", "value", "role"}], "computed", "verdict",
"note"}; offsets index the release text, `value` is a JSON number, a string parsable as Decimal, or null
for a redacted figure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from edclaims.benchmark.arith import Interval, holds
from edclaims.ingest import InputError, decode

VERDICTS = ("consistent", "mismatch", "unverifiable")


class BenchmarkInputError(Exception):
    """A relations file (or a release it names) that cannot be read: one line for the user."""


@dataclass(frozen=True)
class Number:
    text: str  # the number with its unit, as in the release
    start: int
    end: int
    value: Decimal | None  # as annotated (magnitude applied); None when redacted
    role: str

    @property
    def stated(self) -> Decimal | Interval | None:
        """The value with its stated precision (see `stated_value`), what `holds` takes."""
        return None if self.value is None else stated_value(self.text, self.value)


@dataclass(frozen=True)
class Relation:
    kind: str
    numbers: tuple[Number, ...]
    computed: str
    verdict: str
    note: str = ""

    @property
    def roles(self) -> list[str]:
        return [n.role for n in self.numbers]

    def holds(self) -> bool | None:
        return holds(self.kind, self.roles, [n.stated for n in self.numbers], self.computed)


@dataclass(frozen=True)
class Release:
    id: str
    text: str
    relations: tuple[Relation, ...]


_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
# one written figure: digits with thousands separators (「1,376」「6 300」) and decimals
DIGIT_GROUP = re.compile(r"[0-9０-９](?:[0-9０-９,，  \u2009\u202f]*[0-9０-９])?(?:[.．][0-9０-９]+)?")
_SEPARATORS = re.compile(r"[,  \u2009\u202f]")
# 多/余 after a figure, before or after its magnitude word: 「9300多万」, 「1.2万余」
_APPROXIMATE = re.compile(r"(?:万亿|亿|万|萬億|億|萬|千|百)?[多余餘]")


def plain_digits(group: str) -> str:
    """A digit group in ASCII without separators: 「1,376」 → "1376", 「９９．２」 → "99.2"."""
    return _SEPARATORS.sub("", group.translate(_FULL_WIDTH))


def written_value(group: str) -> Decimal:
    """The Decimal a digit group spells."""
    return Decimal(plain_digits(group))


def stated_value(text: str, value: Decimal) -> Decimal | Interval:
    """`value` with the precision its text states: 「1.3万个」 with 13000 gives Decimal("1.3E+4").

    The exponent is that of the written digits shifted by the magnitude word, found as the power of ten
    between the written digits and the value. Without digits (「两千三百名」) or without such a power of ten
    the value is returned as it is. A figure followed by 多/余 (「9300多万元」, 「1.2万余人」) is the interval
    from the value up to one unit of its last non-zero digit: [93 000 000, 94 000 000].
    """
    match = DIGIT_GROUP.search(text)
    if match is None:
        return value
    written = written_value(match.group(0))
    if written == 0 or value == 0:
        return value
    ratio = value / written
    shift = ratio.adjusted()
    if ratio != Decimal(1).scaleb(shift):
        return value
    if _APPROXIMATE.match(text, match.end()):
        last_place = written.normalize().as_tuple().exponent
        assert isinstance(last_place, int), "written digits are finite"
        return Interval(value, value + Decimal(1).scaleb(last_place + shift))
    return written.scaleb(shift)


def parse_value(raw: Any, where: str) -> Decimal | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise BenchmarkInputError(f"{where}: value must be a number, a numeric string or null")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise BenchmarkInputError(f"{where}: value {raw!r} is not a number") from None
    if not value.is_finite():
        raise BenchmarkInputError(f"{where}: value {raw!r} is not a finite number")
    return value


def relation_from_dict(obj: Any, text: str, where: str) -> Relation:
    if not isinstance(obj, dict):
        raise BenchmarkInputError(f"{where}: a relation must be an object")
    for key in ("kind", "numbers", "verdict"):
        if key not in obj:
            raise BenchmarkInputError(f'{where}: relation without "{key}"')
    if obj["verdict"] not in VERDICTS:
        raise BenchmarkInputError(f"{where}: verdict {obj['verdict']!r} is not one of {', '.join(VERDICTS)}")
    if not isinstance(obj["numbers"], list) or not obj["numbers"]:
        raise BenchmarkInputError(f"{where}: a relation needs a non-empty list of numbers")
    numbers = []
    for index, raw in enumerate(obj["numbers"], start=1):
        here = f"{where}: number #{index}"
        if not isinstance(raw, dict) or any(k not in raw for k in ("text", "start", "end", "role")):
            raise BenchmarkInputError(f'{here}: needs "text", "start", "end", "role" (and "value")')
        start, end = raw["start"], raw["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise BenchmarkInputError(f"{here}: offsets {start}-{end} are outside the text")
        if text[start:end] != raw["text"]:
            raise BenchmarkInputError(
                f"{here}: text[{start}:{end}] is {text[start:end]!r}, not {raw['text']!r}"
            )
        numbers.append(Number(raw["text"], start, end, parse_value(raw.get("value"), here), str(raw["role"])))
    return Relation(
        str(obj["kind"]),
        tuple(numbers),
        str(obj.get("computed", "")),
        obj["verdict"],
        str(obj.get("note", "")),
    )


def load_releases(path: Path, seeds: Path | None = None) -> list[Release]:
    """Every release of a relations file, in file order. Seed-format records read their release from
    `seeds` (default: the folder `seeds` beside the file's folder, as in ../shared/dev + ../shared/seeds)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError) as error:
        raise BenchmarkInputError(
            f"{path}: cannot read: {getattr(error, 'strerror', None) or error}"
        ) from None
    folder = seeds if seeds is not None else path.resolve().parent.parent / "seeds"
    releases = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as error:
            raise BenchmarkInputError(f"{where}: invalid JSON: {error.msg}") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("relations"), list):
            raise BenchmarkInputError(f'{where}: expected an object with a "relations" list')
        text, name = _release_text(obj, folder, where)
        relations = tuple(relation_from_dict(r, text, where) for r in obj["relations"])
        releases.append(Release(name, text, relations))
    if not releases:
        raise BenchmarkInputError(f"{path}: no releases")
    return releases


def _release_text(obj: dict[str, Any], seeds: Path, where: str) -> tuple[str, str]:
    meta = obj.get("meta") if isinstance(obj.get("meta"), dict) else {}
    if "text" in obj:
        if not isinstance(obj["text"], str):
            raise BenchmarkInputError(f'{where}: "text" must be a string')
        name = meta.get("id") or obj.get("seed") or where
        return obj["text"], str(name)
    seed = obj.get("seed")
    if not isinstance(seed, str):
        raise BenchmarkInputError(f'{where}: a record needs "text" or "seed"')
    release = seeds / seed
    try:
        return decode(release.read_bytes(), seed), seed
    except OSError as error:
        raise BenchmarkInputError(f"{where}: cannot read {release}: {error.strerror or error}") from None
    except InputError as error:
        raise BenchmarkInputError(f"{where}: {error}") from None
