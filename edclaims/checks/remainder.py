"""remainder: 其余/剩余/另有 N against the whole minus the parts stated between them (4876 − 4835 = 41)."""

from __future__ import annotations

from collections.abc import Iterator

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "remainder"


@register_check(NAME)
def check_remainder(ctx: ClaimContext) -> Iterator[Finding]:
    for rest in ctx.claims:
        prefix = ctx.prefix(rest)
        if not cues.REMAINDER.search(prefix[-6:]) or rest.dimension is None:
            continue
        same = [c for c in ctx.earlier(rest, sentences_back=1) if ctx.same_dimension(c, rest)]
        matching = [c for c in same if subjects_match(c.subject, rest.subject)]
        if matching:
            whole, confidence = matching[-1], "high"  # the earliest matching one: parts lie between it and us
        elif same:
            whole, confidence = same[-1], "medium"
        else:
            continue
        parts = [c for c in same if whole.q_start < c.q_start < rest.q_start]
        if not parts:
            continue
        yield _judge(whole, parts, rest, confidence)


def _judge(whole: Claim, parts: list[Claim], rest: Claim, confidence: str) -> Finding:
    parts = sorted(parts, key=lambda c: c.q_start)
    claims = (whole, *parts, rest)
    ivs = [arith.interval(c) for c in claims]
    stated = arith.value(rest)
    tol = arith.rounding_tolerance(rest)
    if any(iv is None for iv in ivs):
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            "A number of this remainder is redacted or missing.",
            stated=stated,
            tolerance=tol,
            confidence=confidence,
        )
    whole_iv, *part_ivs, rest_iv = ivs
    expected_iv = whole_iv  # type: ignore[assignment]
    for iv in part_ivs:
        expected_iv = expected_iv - iv  # type: ignore[operator]
    values = [arith.value(c) for c in claims]
    expected = None
    if all(v is not None for v in values):
        expected = values[0] - sum(values[1:-1])  # type: ignore[operator]
    parts_text = " − ".join(arith.show(v) for v in values[:-1] if v is not None)
    sums = f"{parts_text} = {arith.show(expected)}" if expected is not None else parts_text
    if expected_iv.overlaps(rest_iv):  # type: ignore[union-attr,arg-type]
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{sums}, stated remainder {arith.show(stated or 0)}: agrees.",
            stated=stated,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
        )
    status = Status.MISMATCH if confidence == "high" else Status.UNVERIFIABLE
    doubt = "" if status is Status.MISMATCH else " (the whole is uncertain)"
    return Finding(
        NAME,
        status,
        claims,
        f"{sums}, but the remainder is stated as {arith.show(stated or 0)}{doubt}.",
        stated=stated,
        expected=expected,
        tolerance=tol,
        confidence=confidence,
    )
