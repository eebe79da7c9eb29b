"""Whether an annotated relation's arithmetic holds for given values: the benchmark's ground truth.

`holds(kind, roles, values, computed)` is written from the relation kinds' meaning, not from the check code,
so that planting an error ("does this edit break the relation?") does not depend on what edclaims believes.

Precision travels in each value's Decimal exponent (see `relations.stated_value`): 「1.3万」 is
`Decimal("1.3E+4")`, a figure rounded to the thousand, so it stands for anything in [12 500, 13 500];
「4876」 (exponent 0) is an exact count. Percentages, rates, averages and shares are always rounded
figures, so 「95%」 stands for [94.5, 95.5]. Sums, remainders and averages are checked with interval
arithmetic over those bounds; a percentage of a whole (and a growth rate) may also be the truncation of the
exact value, as releases often truncate. Restatements compare the stated figures themselves.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

# roles whose figure is a rounded rate or share even when written without decimals
ROUNDED_ROLES: dict[str, frozenset[str]] = {
    "percent_of_whole": frozenset({"percent"}),
    "growth": frozenset({"rate"}),
    "average": frozenset({"average"}),
    "share_sum": frozenset({"part", "total"}),
    "bounds": frozenset({"percent"}),
    "change": frozenset({"rate", "points"}),
}

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Interval:
    """The exact values a stated figure may stand for."""

    lo: Decimal
    hi: Decimal

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def ratio(self, other: Interval) -> Interval | None:
        """self / other for a positive divisor; None when the divisor may be zero or negative."""
        if other.lo <= 0:
            return None
        candidates = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(candidates), max(candidates))

    def absolute(self) -> Interval:
        """The sizes |x| for x in the interval."""
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return Interval(-self.hi, -self.lo)
        return Interval(Decimal(0), max(-self.lo, self.hi))

    def negated(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def times(self, factor: Decimal) -> Interval:
        return Interval(self.lo * factor, self.hi * factor)


def half_unit(value: Decimal, rounded: bool) -> Decimal:
    """Half a unit of the value's last stated place; 0 for an exact count (exponent 0, not a rate)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int), "values are finite"
    if exponent == 0 and not rounded:
        return Decimal(0)
    return Decimal(5).scaleb(exponent - 1)


def interval(value: Decimal, rounded: bool) -> Interval:
    half = half_unit(value, rounded)
    return Interval(value - half, value + half)


def direction(computed: str) -> str | None:
    """ "rise" or "fall" when the computed string says so (the annotation's reading of the verb)."""
    rise, fall = "rise" in computed, "fall" in computed
    if rise == fall:
        return None
    return "rise" if rise else "fall"


_COMPARATORS: tuple[tuple[tuple[str, ...], str], ...] = (
    # the negated forms first: 「不低于」 contains 「低于」
    (("不低于", "不少于", ">=", "≥"), ">="),
    (("不高于", "不超过", "<=", "≤"), "<="),
    (("高于", "超过", ">"), ">"),
    (("低于", "<"), "<"),
)


def comparator(computed: str) -> str | None:
    for words, operator in _COMPARATORS:
        if any(word in computed for word in words):
            return operator
    return None


_INTEGER = re.compile(r"\d+")


def enumerated_items(computed: str) -> int | None:
    """The number of items a count_enumeration's computed string gives: the integer after its last '='."""
    tail = computed.rpartition("=")[2]
    found = _INTEGER.findall(tail)
    return int(found[-1]) if found else None


def holds(
    kind: str, roles: Sequence[str], values: Sequence[Decimal | None], computed: str = ""
) -> bool | None:
    """True/False for the relation's arithmetic; None when a value is redacted (None), a role the kind
    needs is absent, or the kind has no arithmetic here."""
    if len(roles) != len(values):
        raise ValueError(f"{len(roles)} roles but {len(values)} values")
    if any(v is None for v in values):
        return None
    stated: dict[str, list[Decimal]] = defaultdict(list)
    bounds: dict[str, list[Interval]] = defaultdict(list)
    rounded_roles = ROUNDED_ROLES.get(kind, frozenset())
    for role, value in zip(roles, values, strict=True):
        assert value is not None
        if isinstance(value, Interval):
            stated[role].append(value.lo)
            bounds[role].append(value)
        else:
            stated[role].append(value)
            bounds[role].append(interval(value, role in rounded_roles))
    check = _KINDS.get(kind)
    if check is None:
        return None
    try:
        return check(stated, bounds, computed)
    except (IndexError, KeyError):
        return None  # a role the kind needs is missing


Stated = dict[str, list[Decimal]]
Bounds = dict[str, list[Interval]]


def _matches_percent(exact: Interval, percent: Decimal, truncation: bool) -> bool:
    """Whether a stated percentage may be the rounding (or truncation) of a value in `exact`."""
    half = half_unit(percent, rounded=True)
    top = percent + 2 * half if truncation else percent + half
    return exact.hi >= percent - half and (exact.lo < top if truncation else exact.lo <= top)


def _overlaps(a: Interval, b: Interval) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _total(intervals: list[Interval]) -> Interval:
    result = Interval(Decimal(0), Decimal(0))
    for part in intervals:
        result = result + part
    return result


def _percent_of_whole(stated: Stated, bounds: Bounds, computed: str) -> bool | None:
    ratio = bounds["part"][0].ratio(bounds["whole"][0])
    if ratio is None:
        return None
    return _matches_percent(ratio.times(HUNDRED), stated["percent"][0], truncation=True)


def _sum(stated: Stated, bounds: Bounds, computed: str) -> bool:
    return _overlaps(_total(bounds["item"]), bounds["total"][0])


def _remainder(stated: Stated, bounds: Bounds, computed: str) -> bool:
    left = bounds["whole"][0] - _total(bounds["part"])
    return _overlaps(left, bounds["remainder"][0])


def _part_le_whole(stated: Stated, bounds: Bounds, computed: str) -> bool:
    whole = bounds["whole"][0]
    return all(part.lo <= whole.hi for part in bounds["part"])


def _restatement(stated: Stated, bounds: Bounds, computed: str) -> bool:
    return stated["before"][0] == stated["after"][0]


def _direction_holds(stated: Stated, computed: str) -> bool | None:
    before, after = stated["before"][0], stated["after"][0]
    said = direction(computed)
    if said is None:
        return None
    return after > before if said == "rise" else after < before


def _change(stated: Stated, bounds: Bounds, computed: str) -> bool | None:
    """Direction as the verb says; the generator's change relations may also carry the stated amount
    (delta), percentage points or rate of the change, which must then agree with |after − before|."""
    before, after = bounds["before"][0], bounds["after"][0]
    magnitude = (after - before).absolute()
    results: list[bool] = []
    for role in ("delta", "points"):
        if role in bounds:
            results.append(_overlaps(magnitude, bounds[role][0]))
    if "rate" in bounds:
        rate = magnitude.ratio(before)
        if rate is None:
            return None
        results.append(_matches_percent(rate.times(HUNDRED), stated["rate"][0], truncation=False))
    said = _direction_holds(stated, computed)
    if said is not None:
        results.append(said)
    return all(results) if results else None


def _growth(stated: Stated, bounds: Bounds, computed: str) -> bool | None:
    """A rate of change stated with both ends: percent (default), percentage points, or times (是…的N倍).
    The rate is stated as a size (「下降12.5%」); the annotated direction gives its sign."""
    before, after = bounds["before"][0], bounds["after"][0]
    said = direction(computed)
    if "times" in computed:
        ratio = after.ratio(before)
        if ratio is None:
            return None
        ok = _overlaps(ratio, bounds["rate"][0])
    else:
        moved = after - before
        if said == "fall":
            moved = moved.negated()
        elif said is None:
            moved = moved.absolute()
        if "points" in computed:
            ok = _overlaps(moved, bounds["rate"][0])
        else:
            share = moved.ratio(before)
            if share is None:
                return None
            ok = _matches_percent(share.times(HUNDRED), stated["rate"][0], truncation=True)
    return ok and _direction_holds(stated, computed) is not False


def _comparison(stated: Stated, bounds: Bounds, computed: str) -> bool | None:
    operator = comparator(computed)
    if operator is None:
        return None
    pairs = zip(stated["part"], stated["target"], strict=True)
    if operator == ">=":
        return all(p >= t for p, t in pairs)
    if operator == "<=":
        return all(p <= t for p, t in pairs)
    if operator == ">":
        return all(p > t for p, t in pairs)
    return all(p < t for p, t in pairs)


def _count_enumeration(stated: Stated, bounds: Bounds, computed: str) -> bool | None:
    items = enumerated_items(computed)
    return None if items is None else stated["count"][0] == items


def _bounds(stated: Stated, bounds: Bounds, computed: str) -> bool:
    return stated["percent"][0] <= HUNDRED


def _average(stated: Stated, bounds: Bounds, computed: str) -> bool | None:
    exact = bounds["total"][0].ratio(bounds["count"][0])
    if exact is None:
        return None
    return _overlaps(exact, bounds["average"][0])


def _share_sum(stated: Stated, bounds: Bounds, computed: str) -> bool:
    total = bounds["total"][0] if "total" in bounds else Interval(HUNDRED, HUNDRED)
    return _overlaps(_total(bounds["part"]), total)


_KINDS = {
    "percent_of_whole": _percent_of_whole,
    "sum": _sum,
    "remainder": _remainder,
    "part_le_whole": _part_le_whole,
    "restatement": _restatement,
    "change": _change,
    "growth": _growth,
    "comparison": _comparison,
    "count_enumeration": _count_enumeration,
    "bounds": _bounds,
    "average": _average,
    "share_sum": _share_sum,
}

KINDS = frozenset(_KINDS)
