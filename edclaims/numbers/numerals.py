"""Chinese numerals to exact Decimals: 十五, 一百二十, 一千零五, 两千三百万, 一万四百, 二〇二一, 三点五.

Two writing systems meet here. Positional numerals put a place character after each digit (三千五百);
digit strings spell one digit per character (二〇二一) and are how years and codes are written. Whether a
digit string is a year is the scanner's decision, not this module's.
"""

from __future__ import annotations

from decimal import Decimal

DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0,
    "一": 1, "壹": 1,
    "二": 2, "贰": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}  # fmt: skip
SMALL_PLACES: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_PLACES: dict[str, int] = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
# 廿 and 卅 are single characters for 二十 and 三十 (廿一 = 21).
CONTRACTIONS: dict[str, str] = {"廿": "二十", "卅": "三十"}
POINT = "点"

NUMERAL_CHARS: frozenset[str] = frozenset(DIGITS) | frozenset(SMALL_PLACES) | frozenset(BIG_PLACES)
NUMERAL_CHARS |= frozenset(CONTRACTIONS)


def _expand(text: str) -> str:
    for short, long in CONTRACTIONS.items():
        text = text.replace(short, long)
    return text


def is_digit_string(text: str) -> bool:
    """Whether `text` spells digits one by one with no place characters (二〇二一, 一九四九)."""
    return len(text) >= 2 and all(ch in DIGITS for ch in text)


def _digit_string_value(text: str) -> int:
    return int("".join(str(DIGITS[ch]) for ch in text))


def _positional_value(text: str) -> int | None:
    """Value of a positional numeral without a decimal point, or None when it is not well formed."""
    if not text:
        return None
    total = 0  # everything closed by 万/亿 so far
    section = 0  # the part below the last 万/亿
    digit: int | None = None  # a digit waiting for its place character
    last_small: int | None = None  # place of the last small place character in this section
    last_big: int | None = None
    after_zero = False  # a 零 means the next digit is in the units (一千零五 = 1005)
    for index, ch in enumerate(text):
        if ch in DIGITS:
            value = DIGITS[ch]
            if digit is not None:
                return None  # two digits in a row (三四) is a digit string or a range, not positional
            if value == 0:
                after_zero = True
                continue
            digit = value
        elif ch in SMALL_PLACES:
            place = SMALL_PLACES[ch]
            if last_small is not None and place >= last_small:
                return None  # places must fall within a section (三百四千 is malformed)
            if digit is None:
                # 十五 / 一百十 leave the 一 unsaid; a leading 百 or 千 does too (百万, 千万)
                if place == 10 or (index == 0 and place in (100, 1000)):
                    digit = 1
                else:
                    return None
            section += digit * place
            digit, last_small, after_zero = None, place, False
        elif ch in BIG_PLACES:
            place = BIG_PLACES[ch]
            if digit is not None:
                section += digit
                digit = None
            if section == 0 and total == 0:
                if index != 0:
                    return None
                section = 1  # a leading 万 or 亿 stands for 一万 / 一亿
            if last_big is not None and place > last_big:
                total = (total + section) * place  # 三万亿: the 万 section is multiplied again
            else:
                if section == 0:
                    return None  # 一亿万 is malformed
                total += section * place
            section, last_small, last_big, after_zero = 0, None, place, False
        else:
            return None
    if digit is not None:
        if after_zero or (last_small is None and last_big is None):
            section += digit
        elif last_small is not None:
            section += digit * last_small // 10  # 三千五 = 3500, 一百二 = 120, 十五 = 15
        elif last_big is not None:
            section += digit * last_big // 10  # 一万四 = 14000
    return total + section


def parse_chinese_integer(text: str) -> int | None:
    """An integer written in Chinese numerals, positional or digit by digit; None if malformed."""
    text = _expand(text)
    if not text or any(ch not in NUMERAL_CHARS for ch in text):
        return None
    if is_digit_string(text):
        return _digit_string_value(text)
    if len(text) == 1 and text in DIGITS:
        return DIGITS[text]
    return _positional_value(text)


def split_point(text: str) -> tuple[str, str] | None:
    """Split 「三点五」 into 「三」 and 「五」; None when there is no well-formed decimal point."""
    if POINT not in text:
        return None
    whole, _, fraction = text.partition(POINT)
    if not whole or not fraction or any(ch not in DIGITS for ch in fraction):
        return None
    return whole, fraction


def parse_chinese_numeral(text: str) -> Decimal | None:
    """Chinese numerals to an exact Decimal: 十五 → 15, 一万四百 → 10400, 三点五 → 3.5, 三点五万 → 35000.

    A decimal may be followed by 万 / 亿 / 万亿 (三点五万); digits after 点 are read one by one.
    """
    text = _expand(text.strip())
    core, magnitude = _strip_big_suffix(text)
    parts = split_point(core)
    if parts is None:
        if POINT in text:
            return None
        value = parse_chinese_integer(text)
        return Decimal(value) if value is not None else None
    whole, fraction = parts
    whole_value = parse_chinese_integer(whole)
    if whole_value is None:
        return None
    digits = "".join(str(DIGITS[ch]) for ch in fraction)
    return (Decimal(whole_value) + Decimal(f"0.{digits}")) * magnitude


def _strip_big_suffix(text: str) -> tuple[str, int]:
    """Split trailing 万 / 亿 / 万亿 off a decimal numeral (三点五万 → 三点五, 10000)."""
    magnitude = 1
    while text and text[-1] in BIG_PLACES and POINT in text:
        magnitude *= BIG_PLACES[text[-1]]
        text = text[:-1]
    return text, magnitude
