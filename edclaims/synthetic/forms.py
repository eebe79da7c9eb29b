"""Ways of writing a number: digits, grouped digits, 万/亿, Chinese numerals, percentages, redactions.

Every renderer returns the exact value the text states (Decimal or int arithmetic only), so a relation
built from rendered numbers can be checked without any rounding surprise.
"""

from __future__ import annotations

import random
from decimal import ROUND_HALF_UP, Decimal

from edclaims.synthetic.builder import Rendered

_DIGITS = "零一二三四五六七八九"


def plain(d: Decimal) -> str:
    """A Decimal as plain positional digits, never in exponent form."""
    return format(d, "f")


def _section(n: int, leading: bool) -> str:
    """0 < n < 10000 in positional numerals; 十五 for a leading 15, 一十五 inside a bigger number."""
    out = ""
    zero_pending = False  # a skipped place is spoken as one 零 before the next digit (一百零五)
    started = False
    for digit, place in zip(
        (n // 1000, n // 100 % 10, n // 10 % 10, n % 10), ("千", "百", "十", ""), strict=True
    ):
        if digit == 0:
            zero_pending = zero_pending or started
            continue
        if zero_pending:
            out += "零"
            zero_pending = False
        out += place if (place == "十" and digit == 1 and leading and not started) else _DIGITS[digit] + place
        started = True
    return out


def chinese(n: int, measure: bool = True) -> str:
    """A positive integer below 10^8 in Chinese numerals (十五, 一百二十, 三万零五百); 两 for 2 before a measure word."""
    if not 0 < n < 10**8:
        raise ValueError(f"no Chinese numeral rendering for {n}")
    if n == 2 and measure:
        return "两"
    high, low = divmod(n, 10000)
    if not high:
        return _section(low, leading=True)
    text = _section(high, leading=True) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _section(low, leading=False)
    return text


def count(n: int, unit: str, rng: random.Random, chinese_ok: bool = True) -> Rendered:
    """An exact count in one of the forms releases use for it."""
    roll = rng.random()
    if chinese_ok and n <= 200 and roll < 0.25:
        text = chinese(n)
    elif n >= 1000 and roll < 0.45:
        text = f"{n:,}"  # int formatting: grouping separators, no float involved
    elif n >= 10000 and n % 100 == 0 and roll < 0.6:
        text = plain(Decimal(n).scaleb(-4).normalize()) + "万"
    else:
        text = str(n)
    return Rendered(text, unit, Decimal(n))


def wan(amount: int, places: int, unit: str = "元") -> Rendered:
    """`amount` hundredths-of-万 … stated as 万 with `places` decimals: 38548 at places=1 → 「3854.8万」."""
    stated = Decimal(amount).scaleb(-places)
    return Rendered(plain(stated) + "万", unit, stated * 10000)


def yi(amount: int, places: int, unit: str = "元") -> Rendered:
    """Like `wan`, in 亿: 125 at places=2 → 「1.25亿」."""
    stated = Decimal(amount).scaleb(-places)
    return Rendered(plain(stated) + "亿", unit, stated * 100000000)


def round_percent(exact: Decimal, places: int) -> Decimal:
    """Half-up rounding, as statistical releases round."""
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent(stated: Decimal, rng: random.Random, worded_ok: bool = True) -> Rendered:
    """A stated percentage: 「99.2%」, or 「百分之九十七」 when it is a whole number."""
    if worded_ok and stated == stated.to_integral_value() and 0 < stated < 100 and rng.random() < 0.3:
        return Rendered(chinese(int(stated), measure=False), "百分之", stated, unit_first=True)
    return Rendered(plain(stated), "%", stated)


def points(stated: Decimal) -> Rendered:
    return Rendered(plain(stated), "个百分点", stated)


def redact(rendered: Rendered) -> Rendered:
    """The same number with its digits withheld: 4876 → xxxx, 99.2 → xx.x, 3854.8万 → xxxx.x万."""
    if rendered.unit_first or not rendered.quantity[0].isdigit():
        text = "xx"  # a worded number is redacted to its digit count's usual shape
    else:
        text = "".join("x" if ch.isdigit() else ch for ch in rendered.quantity if ch != ",")
    unit = "%" if rendered.unit_first else rendered.unit
    return Rendered(text, unit, None, exact=False, redacted=True)


def shifted(rendered: Rendered, steps: int) -> Decimal:
    """A value `steps` last-place steps away from what `rendered` states, in the same canonical measure."""
    if rendered.value is None:
        raise ValueError("cannot shift a redacted number")
    return rendered.value + steps * place_of(rendered)


def place_of(rendered: Rendered) -> Decimal:
    """The canonical value of one step of the last stated digit (3854.8万 → 1000)."""
    q = rendered.quantity.replace(",", "")
    scale = Decimal(1)
    if q.endswith("万"):
        q, scale = q[:-1], Decimal(10000)
    elif q.endswith("亿"):
        q, scale = q[:-1], Decimal(100000000)
    if not q[0].isdigit():
        return Decimal(1)  # Chinese numerals state whole units here
    decimals = len(q.split(".")[1]) if "." in q else 0
    return Decimal(1).scaleb(-decimals) * scale
