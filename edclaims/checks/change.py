"""change: 由A提高/增加/减少/降至B — the direction must match the verb, and a stated delta or rate must hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "change"
VERB = re.compile(
    r"^[^,;。]{0,8}?(提高|增加|增长|上升|提升|扩大|增至|升至|上调|减少|降低|下降|减至|降至|压减至|压减到|缩减|下调|回落)"
    r"[^,;。]{0,4}$"
)


def pairs(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim, str]]:
    claims = ctx.claims
    for before, after in pairwise(claims):
        if before.sentence != after.sentence or not ctx.same_dimension(before, after):
            continue
        if not cues.CHANGE_FROM.search(ctx.text[: before.q_start][-14:]):
            continue
        verb = VERB.match(ctx.between(before, after))
        if verb is None:
            continue
        between = ctx.between(before, after)
        up, down = cues.UP.search(between), cues.DOWN.search(between)
        if bool(up) == bool(down):
            continue  # no direction, or contradictory words: nothing safe to check
        yield before, after, "up" if up else "down"


@register_check(NAME)
def check_change(ctx: ClaimContext) -> Iterator[Finding]:
    for before, after, direction in pairs(ctx):
        yield _judge(before, after, direction, ctx.between(before, after))


def _judge(before: Claim, after: Claim, direction: str, between: str) -> Finding:
    claims = (before, after)
    a, b = arith.interval(before), arith.interval(after)
    va, vb = arith.value(before), arith.value(after)
    word = (cues.UP if direction == "up" else cues.DOWN).search(between)
    verb = word.group(0) if word else direction
    if a is None or b is None:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"A number of this change ({verb}) is redacted or missing.",
            stated=vb,
        )
    delta = (vb - va) if va is not None and vb is not None else None
    shown = f"{arith.show(va or 0)} → {arith.show(vb or 0)}"
    rises = b.low > a.high
    falls = b.high < a.low
    if (direction == "up" and rises) or (direction == "down" and falls):
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{shown} is a {'rise' if rises else 'fall'}, as 「{verb}」 says.",
            stated=vb,
            expected=None,
            tolerance=Decimal(0),
        )
    if a.width == 0 and b.width == 0 and va == vb:
        return Finding(
            NAME,
            Status.MISMATCH,
            claims,
            f"「{verb}」 says the figure changed, but {shown} is no change.",
            stated=vb,
            expected=None,
            tolerance=Decimal(0),
        )
    if not rises and not falls:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"{shown}: the figures are too close, given their rounding, to tell the direction of 「{verb}」.",
            stated=vb,
            tolerance=Decimal(0),
        )
    said = "rise" if direction == "up" else "fall"
    actual = "fall" if falls else "rise"
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        f"「{verb}」 says a {said}, but {shown} is a {actual} of {arith.show(abs(delta or 0))}.",
        stated=vb,
        expected=None,
        tolerance=Decimal(0),
    )
