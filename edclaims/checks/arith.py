"""Exact interval arithmetic over claims: what range of true values each stated number allows.

A count stated to the unit (「4835个」) is exact; a rounded figure allows half its last place (「99.2%」
±0.05, 「19.66万人」 ±50); approximations (多, 约, 不足 …) widen to the bounds the parser gives; ranges are
their ends. Everything is Decimal: no float ever reaches a user.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from edclaims.records import Claim

INF = Decimal("Infinity")
EXACT_DIMENSIONS = ("count:", "money", "time:")


@dataclass(frozen=True)
class Interval:
    low: Decimal
    high: Decimal

    def overlaps(self, other: Interval) -> bool:
        return self.low <= other.high and other.low <= self.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    @property
    def width(self) -> Decimal:
        return self.high - self.low


def rounding_tolerance(claim: Claim) -> Decimal:
    """Half the place of the last stated digit, in canonical units; 0 for whole counts stated to the unit."""
    q = claim.quantity
    if q.place is None:
        return Decimal(0)
    dimension = claim.dimension or ""
    if q.place * q.magnitude <= 1 and q.magnitude == 1 and dimension.startswith(EXACT_DIMENSIONS):
        return Decimal(0)
    return q.place / 2 * claim.scale


def value(claim: Claim) -> Decimal | None:
    """The stated point value in canonical units (None when redacted or a range)."""
    if claim.quantity.value is None:
        return None
    return claim.quantity.value * claim.scale


def interval(claim: Claim) -> Interval | None:
    q = claim.quantity
    if q.redacted:
        return None
    scale = claim.scale
    if q.is_range or q.approx is not None:
        low = q.low * scale if q.low is not None else -INF
        high = q.high * scale if q.high is not None else INF
        return Interval(low, high)
    if q.value is None:
        return None
    tol = rounding_tolerance(claim)
    point = q.value * scale
    return Interval(point - tol, point + tol)


def total_interval(claims: list[Claim]) -> Interval | None:
    """What the figures add up to, each within its rounding; None if one is redacted or there are none."""
    ivs = [interval(c) for c in claims]
    if not ivs or any(iv is None for iv in ivs):
        return None
    added = ivs[0]
    for iv in ivs[1:]:
        added = added + iv  # type: ignore[operator]
    return added


def ratio_percent(part: Interval, whole: Interval) -> Interval | None:
    if whole.low <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        return Interval(part.low / whole.high * 100, part.high / whole.low * 100)


def show(value: Decimal, places: int | None = None) -> str:
    """An exact decimal for people: no exponent, no trailing zeros, optionally rounded to `places`."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if text not in {"-0", ""} else "0"


def decimals_of(claim: Claim) -> int:
    """How many decimals the stated number has (99.2 → 1, 4835 → 0)."""
    place = claim.quantity.place
    if place is None or place >= 1:
        return 0
    return -place.normalize().as_tuple().exponent  # type: ignore[operator]


def as_written(claim: Claim) -> str:
    """The figure as the release wrote it, for messages: 「3.26万人次」, 「99.2%」."""
    unit = claim.unit.text if claim.unit is not None else ""
    return f"{claim.quantity.text}{unit}" if not unit.endswith("之") else f"{unit}{claim.quantity.text}"


TYPO_MIN_DIGITS = 3  # two stated digits are one digit apart too often by chance (「18条」 and 6 + 5 = 11)


def one_typo_apart(stated: Claim, computed: Decimal) -> bool:
    """Whether a computed figure, written to the stated figure's last digit, differs from it as a typo would:
    one digit changed (4835 / 4735, 2765万 / 2665万) or two neighbouring digits swapped (4835 / 4385). Only
    for exact figures of at least three stated digits, and a computed figure that needs no rounding to be
    written that way: otherwise the digits to compare are not there."""
    q = stated.quantity
    if q.value is None or q.place is None or q.approx is not None or q.is_range or q.redacted:
        return False
    written, other = q.value / q.place, computed / (q.place * stated.scale)
    if written != written.to_integral_value() or other != other.to_integral_value():
        return False
    a, b = format(written.to_integral_value(), "f"), format(other.to_integral_value(), "f")
    if not (a.isdigit() and b.isdigit()) or len(a) != len(b) or len(a) < TYPO_MIN_DIGITS:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])
