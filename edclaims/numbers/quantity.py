"""One quantity text to exact numbers: its point value, the bounds its wording allows, and its precision.

Input is what a tagger labelled QUANTITY: the number with its magnitude characters and the approximation
words inside the number phrase (「约1325万」「9300多万」「近三」「111至114万」「xx.xx万」). Units are not
part of it, except where the words themselves carry the unit (三成, 一半, 百分之三十, 翻一番).

Bounds follow the wording, not rounding: rounding tolerance is left to the checks, which read `place`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Context, Decimal, localcontext
from typing import Literal

from edclaims.numbers.numerals import (
    BIG_PLACES,
    DIGITS,
    is_digit_string,
    parse_chinese_numeral,
    split_point,
)
from edclaims.numbers.units import Unit, lookup_unit

Direction = Literal["above", "below", "around"]

# Plenty of digits so that no product of a stated number and its magnitude is ever rounded.
_EXACT = Context(prec=80)


@dataclass(frozen=True)
class Approximation:
    marker: str  # as written: 多 余 近 约 大约 将近 接近 超过 逾 以上 左右 上下 不足 不到 以下 以内 至少 …
    direction: Direction


@dataclass(frozen=True)
class Quantity:
    text: str  # the QUANTITY text that was parsed
    value: Decimal | None  # point value incl. magnitude; None when redacted or a range
    low: Decimal | None  # lowest value the wording allows (None = unbounded/unknown)
    high: Decimal | None  # highest value the wording allows (None = unbounded/unknown)
    place: Decimal | None  # place value of the last stated digit incl. magnitude (99.2 → 0.1, 19.66万 → 100)
    magnitude: Decimal  # 1, 1000 (千), 10000 (万), 100000000 (亿), 10^12 (万亿)
    approx: Approximation | None
    redacted: bool  # x, xx, x.xx, ××, **, 1?3: a digit was withheld or lost; never read as zero
    is_range: bool
    implied_unit: Unit | None  # when the words carry the unit: 三成 → 30 %, 翻一番 → 2 倍


# Markers written before the number, longest first so that 大约 wins over 约 and 超过 over 超.
PREFIX_MARKERS: dict[str, Direction] = {
    "不少于": "above", "不低于": "above", "不超过": "below", "不高于": "below",
    "大约": "around", "将近": "below", "接近": "below", "超过": "above", "不足": "below", "不到": "below",
    "至少": "above", "最少": "above", "最多": "below", "多于": "above", "高于": "above", "大于": "above",
    "少于": "below", "低于": "below", "小于": "below",
    "约": "around", "近": "below", "超": "above", "逾": "above",
}  # fmt: skip
# Markers written after the number or after its unit.
SUFFIX_MARKERS: dict[str, Direction] = {
    "左右": "around", "上下": "around", "以上": "above", "开外": "above", "有余": "above",
    "以下": "below", "以内": "below", "之内": "below",
}  # fmt: skip
# 多 / 余 right after the digits: more than the number, less than the next step of its last digit.
INNER_MARKERS: dict[str, Direction] = {"多": "above", "余": "above"}
# After a unit, 多 / 余 add less than one unit (「3年多」 is 3 to 4 years).
TRAILING_STEP_MARKERS = frozenset({"多", "余", "有余"})

# 约 / 左右 say nothing about how far off the figure may be. We allow the larger of one step of the last
# stated digit and 5 % of the value: 「约300」 is 285..315, 「约1325万」 is 13,250,000 ± 662,500, and a
# one-digit figure 「约8成」 moves by a whole step (70..90 %).
AROUND_SHARE = Decimal("0.05")

_MAGNITUDES: dict[str, int] = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "十亿": 10**9, "亿": 10**8,
    "千万": 10**7, "百万": 10**6, "十万": 10**5, "万": 10**4, "千": 1000, "百": 100,
}  # fmt: skip
MAGNITUDE_PATTERN = "|".join(sorted(_MAGNITUDES, key=len, reverse=True))
REDACTION_CHARS = frozenset("xX×*＊?")

ARABIC_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?"
# a redacted figure keeps its thousands separators: 「x,xxx个」 is one hidden four-digit number
REDACTED_GROUPED = r"[xX×]{1,3}(?:,[xX×]{3})+(?:\.[xX×]+)?"
ARABIC_OR_REDACTED = r"[0-9xX×*＊][0-9xX×*＊?]*(?:\.[0-9xX×*＊?]+)?"
CHINESE_NUMBER = (
    r"[〇○零一二两兩三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億]+"
    r"(?:点[〇○零一二三四五六七八九]+[万亿萬億]*)?"
)
RANGE_SEPARATOR = r"——|—|–|-|~|～|至|到"

_SIMPLE = re.compile(
    rf"(?P<num>{ARABIC_GROUPED}|{REDACTED_GROUPED}|{ARABIC_OR_REDACTED}|{CHINESE_NUMBER})"
    rf"[ \u3000\u00a0]{{0,2}}(?P<mag1>{MAGNITUDE_PATTERN})?(?P<more>[多余])?(?P<mag2>万亿|亿|万)?"
)
_RANGE = re.compile(rf"(?P<a>.+?)\s*(?:{RANGE_SEPARATOR})\s*(?P<b>.+)")
_DOUBLING = re.compile(r"翻了?(?P<n>[一两二三四]?)番")
_HALF_WORDS = frozenset({"一半", "半数"})
_PERCENT_WORDS = {"百分之": "%", "千分之": "‰"}
_TENTHS = re.compile(r"(?P<num>.+?)成(?P<more>[多余])?")


@dataclass(frozen=True)
class _Number:
    """A single stated number before any approximation or range is applied."""

    value: Decimal | None  # None when redacted
    place: Decimal
    magnitude: Decimal
    step: Decimal  # the next step of the last non-zero digit, what 多 / 余 stays below
    more: str | None  # the 多 / 余 written inside the number
    redacted: bool


def _pow10(exponent: int) -> Decimal:
    return Decimal(1).scaleb(exponent)


def _last_nonzero_step(value: Decimal) -> Decimal:
    if value.is_zero():
        return Decimal(1)
    return _pow10(value.normalize().as_tuple().exponent)  # type: ignore[arg-type]


def _chinese_magnitude(text: str) -> int:
    """The 万 / 亿 / 万亿 a Chinese numeral ends with (两千三百万 → 10000); 1 if none."""
    if len(text) > 1 and text[-1] in BIG_PLACES:
        if len(text) > 2 and text[-2] in BIG_PLACES and BIG_PLACES[text[-2]] < BIG_PLACES[text[-1]]:
            return BIG_PLACES[text[-2]] * BIG_PLACES[text[-1]]  # 万亿
        return BIG_PLACES[text[-1]]
    return 1


def _parse_number(text: str) -> _Number | None:
    match = _SIMPLE.fullmatch(text.strip())
    if match is None:
        return None
    num = match["num"]
    mag1 = Decimal(_MAGNITUDES[match["mag1"]]) if match["mag1"] else Decimal(1)
    mag2 = Decimal(_MAGNITUDES[match["mag2"]]) if match["mag2"] else Decimal(1)
    if match["mag2"] and not match["more"]:
        return None  # 「3万万」 is not a number
    redacted = any(ch in REDACTION_CHARS for ch in num)
    if num[0] in DIGITS or num[0] in "十百千廿卅拾佰仟":
        value = parse_chinese_numeral(num)
        if value is None:
            return None
        own = Decimal(_chinese_magnitude(num))
        parts = split_point(num.rstrip("万亿萬億"))
        decimals = len(parts[1]) if parts else 0
        place = _pow10(-decimals) * own
        magnitude = own
    elif num[0].isdigit() or num[0] in REDACTION_CHARS:
        digits = num.replace(",", "").replace(" ", "")
        if not redacted and len(digits.split(".")[0]) > 1 and digits[0] == "0":
            return None  # a leading zero is a code or a phone number, not an amount
        exponent = -len(digits.split(".")[1]) if "." in digits else 0
        place = _pow10(exponent)
        value = None if redacted else Decimal(digits)
        magnitude = Decimal(1)
    else:
        return None  # 万 or 亿 on its own is a word, not a number
    with localcontext(_EXACT):
        first = value * mag1 if value is not None else None
        step = _last_nonzero_step(first) * mag2 if first is not None else place * mag1 * mag2
        return _Number(
            value=first * mag2 if first is not None else None,
            place=place * mag1 * mag2,
            magnitude=magnitude * mag1 * mag2,
            step=step,
            more=match["more"],
            redacted=redacted,
        )


def _exact(
    text: str,
    value: Decimal,
    place: Decimal,
    magnitude: Decimal,
    implied: Unit | None,
    approx: Approximation | None = None,
    high: Decimal | None = None,
) -> Quantity:
    """A stated point value: its bounds are the value itself unless an inner 多 / 余 raises the top."""
    top = value if high is None else high
    return Quantity(text, value, value, top, place, magnitude, approx, False, False, implied)


def _from_number(text: str, number: _Number) -> Quantity:
    if number.redacted or number.value is None:
        approx = Approximation(number.more, INNER_MARKERS[number.more]) if number.more else None
        return Quantity(text, None, None, None, number.place, number.magnitude, approx, True, False, None)
    if number.more:
        with localcontext(_EXACT):
            high = number.value + number.step
        approx = Approximation(number.more, INNER_MARKERS[number.more])
        return _exact(text, number.value, number.place, number.magnitude, None, approx=approx, high=high)
    return _exact(text, number.value, number.place, number.magnitude, None)


def _fuzzy_chinese_range(text: str) -> tuple[str, str] | None:
    """Low and high spellings of 十几, 几十, 两三, 三四十, 十五六: Chinese ranges with no separator."""
    if "几" in text:
        if text.count("几") != 1 or text == "几":
            return None
        i = text.index("几")
        after = text[i + 1 : i + 2]
        # a leading 几 or one before 十/百/千 is at least 一 (几十 ≥ 10); a trailing one may be 〇 (十几 ≥ 10)
        low_digit = "一" if i == 0 or after in ("十", "百", "千") else "〇"
        return text[:i] + low_digit + text[i + 1 :], text[:i] + "九" + text[i + 1 :]
    pairs = [i for i in range(len(text) - 1) if text[i] in DIGITS and text[i + 1] in DIGITS]
    if len(pairs) != 1:
        return None
    i = pairs[0]
    first, second = DIGITS[text[i]], DIGITS[text[i + 1]]
    if first == 0 or second != first + 1:
        return None
    return text[: i + 1] + text[i + 2 :], text[:i] + text[i + 1 :]


def _range_quantity(text: str, low: _Number, high: _Number) -> Quantity | None:
    if low.redacted or high.redacted:
        place = min(low.place, high.place)
        return Quantity(text, None, None, None, place, high.magnitude, None, True, True, None)
    if low.more or high.more or low.value is None or high.value is None:
        return None
    low_value, low_place = low.value, low.place
    with localcontext(_EXACT):
        # 「111至114万」: the magnitude written once at the end belongs to both ends
        if low.magnitude == 1 and high.magnitude > 1 and low.value * high.magnitude <= high.value:
            low_value, low_place = low.value * high.magnitude, low.place * high.magnitude
    if low_value > high.value:
        return None
    place = min(low_place, high.place)
    return Quantity(text, None, low_value, high.value, place, high.magnitude, None, False, True, None)


def _parse_range(text: str) -> Quantity | None:
    fuzzy = _fuzzy_chinese_range(text)
    if fuzzy is not None:
        low, high = _parse_number(fuzzy[0]), _parse_number(fuzzy[1])
        if low is None or high is None:
            return None
        return _range_quantity(text, low, high)
    match = _RANGE.fullmatch(text)
    if match is None:
        return None
    low, high = _parse_number(match["a"]), _parse_number(match["b"])
    if low is None or high is None:
        return None
    return _range_quantity(text, low, high)


def _parse_worded(text: str) -> Quantity | None:
    """Quantities whose words carry the unit: 一半, 翻一番, 百分之三十, 三成."""
    if text in _HALF_WORDS:
        return _exact(text, Decimal(50), Decimal(1), Decimal(1), lookup_unit("%"))
    doubling = _DOUBLING.fullmatch(text)
    if doubling is not None:
        times = DIGITS[doubling["n"]] if doubling["n"] else 1
        value = Decimal(2**times)  # each 番 doubles: 翻两番 is ×4
        return _exact(text, value, Decimal(1), Decimal(1), lookup_unit("倍"))
    for word, unit_text in _PERCENT_WORDS.items():
        if text.startswith(word) and len(text) > len(word):
            inner = text[len(word) :]
            number = _parse_number(inner) if inner != "百" else _parse_number("一百")
            if number is None or number.more:
                return None
            return replace(_from_number(text, number), implied_unit=lookup_unit(unit_text))
    tenths = _TENTHS.fullmatch(text)
    if tenths is not None:
        number = _parse_number(tenths["num"] + (tenths["more"] or ""))
        if number is None:
            return None
        with localcontext(_EXACT):
            ten = Decimal(10)
            tenfold = _Number(
                value=number.value * ten if number.value is not None else None,
                place=number.place * ten,
                magnitude=number.magnitude,
                step=number.step * ten,
                more=number.more,
                redacted=number.redacted,
            )
        return replace(_from_number(text, tenfold), implied_unit=lookup_unit("%"))
    return None


def _parse_core(text: str) -> Quantity | None:
    worded = _parse_worded(text)
    if worded is not None:
        return worded
    ranged = _parse_range(text)
    if ranged is not None:
        return ranged
    number = _parse_number(text)
    return _from_number(text, number) if number is not None else None


def _apply(q: Quantity, approx: Approximation) -> Quantity:
    """The bounds `q` allows once `approx` is said; inner bounds (多, ranges) are kept and widened."""
    if q.redacted:
        return replace(q, approx=approx)
    base_low = q.low if q.low is not None else q.value
    base_high = q.high if q.high is not None else q.value
    low, high = q.low, q.high
    with localcontext(_EXACT):
        if approx.direction == "above":
            low = base_low
            step = q.place if approx.marker in TRAILING_STEP_MARKERS else None
            high = base_high + step if step is not None and base_high is not None else None
        elif approx.direction == "below":
            low, high = None, base_high
        else:
            reference = q.value if q.value is not None else base_high
            if reference is not None:
                tolerance = max(q.place or Decimal(0), abs(reference) * AROUND_SHARE)
                low = base_low - tolerance if base_low is not None else None
                high = base_high + tolerance if base_high is not None else None
    return replace(q, low=low, high=high, approx=approx)


def with_approximation(q: Quantity, approx: Approximation) -> Quantity:
    """Apply a marker found after the unit (左右 以上 以下 以内 上下, or 多 in 「3年多」)."""
    return _tidy(_apply(q, approx))


def _tidy_decimal(d: Decimal | None) -> Decimal | None:
    """Drop trailing zeros that multiplication leaves behind (38548000.0 → 38548000) without an exponent."""
    if d is None or not d.is_finite():
        return d
    with localcontext(_EXACT):
        if d == d.to_integral_value():
            return d.quantize(Decimal(1))
        return d.normalize()


def _tidy(q: Quantity) -> Quantity:
    return replace(
        q,
        value=_tidy_decimal(q.value),
        low=_tidy_decimal(q.low),
        high=_tidy_decimal(q.high),
        place=_tidy_decimal(q.place),
        magnitude=_tidy_decimal(q.magnitude) or Decimal(1),
    )


def split_prefix_marker(text: str) -> tuple[str | None, str]:
    """The approximation marker a quantity text starts with, and the rest."""
    for marker in PREFIX_MARKERS:
        if text.startswith(marker) and len(text) > len(marker):
            return marker, text[len(marker) :]
    return None, text


def parse_quantity(text: str) -> Quantity | None:
    """Parse ONE quantity text (what a tagger labelled QUANTITY); None if it is not a quantity."""
    stripped = text.strip()
    if not stripped:
        return None
    suffix: str | None = None
    for marker in SUFFIX_MARKERS:
        if stripped.endswith(marker) and len(stripped) > len(marker):
            suffix, stripped = marker, stripped[: -len(marker)].rstrip()
            break
    marker, rest = split_prefix_marker(stripped)
    core = _parse_core(rest.strip())
    if core is None and marker is not None:
        core = _parse_core(stripped)  # the marker was part of the number after all
        marker = None
    if core is None:
        return None
    core = replace(core, text=text)
    if marker is not None:
        core = _apply(core, Approximation(marker, PREFIX_MARKERS[marker]))
    if suffix is not None:
        core = _apply(core, Approximation(suffix, SUFFIX_MARKERS[suffix]))
    return _tidy(core)


def is_year_like(text: str) -> bool:
    """Four digits in the range years are written in (the scanner drops them before 年); a year with its last
    digits redacted (20xx, 201x) is still a year."""
    if len(text) != 4 or not text[:2].isdigit():
        return False
    if text.isdigit():
        return 1000 <= int(text) <= 2199
    return text[:2] in ("19", "20", "21") and all(ch.isdigit() or ch in "xX×" for ch in text[2:])


def is_chinese_digit_string(text: str) -> bool:
    """二〇二一 and other digit-by-digit Chinese numerals (not a range such as 两三)."""
    return is_digit_string(text) and _fuzzy_chinese_range(text) is None
