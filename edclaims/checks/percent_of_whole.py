"""percent_of_whole: a stated percentage against part ÷ whole (「4876个行政村……共4835个,覆盖率99.2%」)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext
from edclaims.checks.linking import Link, link_earlier
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "percent_of_whole"


def _part_for(ctx: ClaimContext, percent: Claim) -> Claim | None:
    """The figure the percentage is a share of: the nearest claim before it, in the same or previous clause."""
    for claim in ctx.earlier(percent):
        if percent.clause - claim.clause > 1:
            return None
        if claim.dimension in {"percent", "pp"} or claim.dimension is None:
            return None
        if cues.SCOPE_WHOLE.search(ctx.prefix(claim)):
            return None  # 「全市……434所」 is a whole: the share is of something not stated here
        return claim
    return None


def _can_contain(whole: Claim, part: Claim, percent: Claim) -> bool:
    """A whole smaller than its part only makes sense for a share above 100 % (完成率120%)."""
    w, p, s = arith.value(whole), arith.value(part), arith.value(percent)
    if w is None or p is None:
        return True
    return w >= p or (s is not None and s > 100)


def _whole_for(ctx: ClaimContext, part: Claim, percent: Claim) -> Link | None:
    """The whole: an earlier claim of the same dimension, the same subject and year (see linking.py)."""
    return link_earlier(ctx, part, accept=lambda c: _can_contain(c, part, percent))


@register_check(NAME)
def check_percent_of_whole(ctx: ClaimContext) -> Iterator[Finding]:
    for percent in ctx.claims:
        if percent.dimension != "percent":
            continue
        prefix = ctx.prefix(percent)
        if cues.RATE_CHANGE.search(prefix) or cues.COMPARISON.search(prefix):
            continue  # a rate of change or a target, not a share of a stated whole
        part = _part_for(ctx, percent)
        if part is None:
            continue
        link = _whole_for(ctx, part, percent)
        if link is None:
            continue
        finding = _judge(percent, part, link.claim, link.confidence)
        yield replace(finding, pairing=link.reason) if link.claim.sentence != part.sentence else finding


def _judge(percent: Claim, part: Claim, whole: Claim, confidence: str) -> Finding:
    claims = (whole, part, percent)
    stated_iv, part_iv, whole_iv = arith.interval(percent), arith.interval(part), arith.interval(whole)
    stated = arith.value(percent)
    tol = arith.rounding_tolerance(percent)
    if stated_iv is None or part_iv is None or whole_iv is None:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            "A number this percentage depends on is redacted or missing.",
            stated=stated,
            tolerance=tol,
            confidence=confidence,
        )
    expected_iv = arith.ratio_percent(part_iv, whole_iv)
    part_v, whole_v = arith.value(part), arith.value(whole)
    if expected_iv is None or part_v is None or whole_v is None or whole_v == 0:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            "The whole is zero or not a single value.",
            stated=stated,
            tolerance=tol,
            confidence=confidence,
        )
    exact = part_v / whole_v * 100
    places = arith.decimals_of(percent) + 1
    expected = Decimal(arith.show(exact, places))
    sums = f"{arith.show(part_v)} / {arith.show(whole_v)} = {arith.show(exact, places)}%"
    if expected_iv.overlaps(stated_iv):
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{sums}, stated {arith.show(stated or 0)}%: agrees.",
            stated=stated,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
        )
    place = percent.quantity.place
    if stated is not None and place is not None and stated <= exact < stated + place:
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{sums}, stated {arith.show(stated)}%: agrees if the figure was truncated, not rounded.",
            stated=stated,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
            note="truncated rather than rounded",
        )
    if confidence == "high":
        return Finding(
            NAME,
            Status.MISMATCH,
            claims,
            f"{sums}, but the text says {arith.show(stated or 0)}% (±{arith.show(tol)}).",
            stated=stated,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
        )
    return Finding(
        NAME,
        Status.UNVERIFIABLE,
        claims,
        f"{sums}, not the stated {arith.show(stated or 0)}%, but it is unclear that these are the "
        "part and the whole the percentage refers to.",
        stated=stated,
        expected=expected,
        tolerance=tol,
        confidence=confidence,
    )
