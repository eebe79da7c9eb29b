"""Whether a relation's arithmetic holds, recomputed exactly from its numbers' values.

The generator runs this on every relation it writes (a consistent relation must hold, a planted mismatch
must not) and the tests run it again on the JSON it wrote.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

from edclaims.synthetic.forms import round_percent


def _decimal(value: Any) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


_DIGITS = re.compile(r"\d+(?:\.(\d+))?")
_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)} | {0xFF0E: ord(".")}


def _places(number: dict[str, Any]) -> int:
    """Decimals stated in the text (「5.0%」 has one even though JSON keeps its value as 5)."""
    match = _DIGITS.search(number["text"].translate(_HALFWIDTH))
    return len(match.group(1)) if match and match.group(1) else 0


def _one(relation: dict[str, Any], role: str) -> dict[str, Any]:
    return next(n for n in relation["numbers"] if n["role"] == role)


def relation_holds(relation: dict[str, Any]) -> bool | None:
    """True/False for the relation's arithmetic; None when a number is redacted (value None)."""
    if any(n["value"] is None for n in relation["numbers"]):
        return None
    by_role: dict[str, list[Decimal]] = defaultdict(list)
    for n in relation["numbers"]:
        by_role[n["role"]].append(_decimal(n["value"]))
    kind = relation["kind"]
    if kind == "percent_of_whole":
        stated, part, whole = by_role["percent"][0], by_role["part"][0], by_role["whole"][0]
        exact = part * 100 / whole
        places = _places(_one(relation, "percent"))
        # a release may truncate rather than round; the checker accepts both, so do we
        return round_percent(exact, places) == stated or stated <= exact < stated + Decimal(1).scaleb(-places)
    if kind == "remainder":
        return by_role["whole"][0] - sum(by_role["part"], Decimal(0)) == by_role["remainder"][0]
    if kind == "sum":
        return sum(by_role["item"], Decimal(0)) == by_role["total"][0]
    if kind == "part_le_whole":
        return all(p <= by_role["whole"][0] for p in by_role["part"])
    if kind == "restatement":
        return by_role["before"][0] == by_role["after"][0]
    if kind in ("change", "growth"):
        before, after = by_role["before"][0], by_role["after"][0]
        if "delta" in by_role or "points" in by_role:
            stated = (by_role.get("delta") or by_role["points"])[0]
            return abs(after - before) == stated
        if "rate" in by_role:
            stated = by_role["rate"][0]
            return (
                round_percent(abs(after - before) * 100 / before, _places(_one(relation, "rate"))) == stated
            )
        rises = "rise" in relation.get("computed", "")
        return after > before if rises else after < before
    raise ValueError(f"unknown relation kind {kind!r}")
