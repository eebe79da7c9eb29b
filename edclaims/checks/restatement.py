"""restatement: the same figure stated twice in one release (lead vs body, a summary vs its paragraph).

Equal values under the same subject and unit are reported as consistent. Different values are flagged only
when the two mentions are clearly the same figure: near-identical wording around them, a subject repeated
at the start of the next sentence (「……中小学幼儿园15所。15所中小学幼儿园建设项目……」), or a long, specific
rate name. A shared value under different subjects (「443所学校」 / 「违规443所」) is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from decimal import Decimal

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "restatement"
DIGITS = re.compile(r"[0-9.,xX×]+")
SIMILAR_CONTEXT = 0.75


def _masked_clause(ctx: ClaimContext, claim: Claim) -> str:
    return DIGITS.sub("#", ctx.clause_text(claim)).strip()


def _time_conflict(ctx: ClaimContext, a: Claim, b: Claim) -> bool:
    ya, yb = ctx.years(a), ctx.years(b)
    if ya and yb and not ya & yb:
        return True
    ta = {w for w in cues.TIME_WORDS if w in ctx.sentence_text(a)}
    tb = {w for w in cues.TIME_WORDS if w in ctx.sentence_text(b)}
    return bool(ta and tb and not ta & tb)


def _topic_restatement(ctx: ClaimContext, first: Claim, second: Claim) -> bool:
    """「15所中小学幼儿园……」 opening the sentence after 「中小学幼儿园15所」 restates it."""
    if second.sentence != first.sentence + 1:
        return False
    opening = [c for c in ctx.claims if c.sentence == second.sentence]
    if not opening or opening[0] is not second or not second.subject:
        return False
    start, _ = ctx.segs.sentence_bounds(second.sentence)
    lead_in = ctx.text[start : second.q_start].strip(" ,")
    topic_form = ctx.text[second.end :].startswith(second.subject)
    return topic_form and lead_in in {"", "目前", "截至目前", "当前", "今年"}


def _confidence(ctx: ClaimContext, first: Claim, second: Claim) -> str:
    if SequenceMatcher(None, _masked_clause(ctx, first), _masked_clause(ctx, second)).ratio() >= SIMILAR_CONTEXT:
        return "high"
    if _topic_restatement(ctx, first, second):
        return "high"
    if first.dimension == "percent" and min(len(first.subject or ""), len(second.subject or "")) >= 5:
        return "high"
    return "low"


def candidate_pairs(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    claims = [c for c in ctx.claims if c.subject and not c.subject_inherited and c.dimension]
    # nearest earlier statement first, so that each later mention is paired with the closest one
    for j, second in enumerate(claims):
        for first in reversed(claims[:j]):
            if second.sentence == first.sentence or not ctx.same_dimension(first, second):
                continue
            if first.dimension == "pp" or not subjects_match(first.subject, second.subject):
                continue
            if _time_conflict(ctx, first, second):
                continue
            yield first, second


@register_check(NAME)
def check_restatement(ctx: ClaimContext) -> Iterator[Finding]:
    seen: set[str] = set()
    for first, second in candidate_pairs(ctx):
        if second.id in seen:
            continue  # one restatement finding per later mention: its nearest earlier statement wins
        a, b = arith.interval(first), arith.interval(second)
        if a is None or b is None:
            if first.redacted and second.redacted:
                continue  # two redacted figures say nothing about each other
            seen.add(second.id)
            yield Finding(NAME, Status.UNVERIFIABLE, (first, second),
                          f"「{first.subject}」 is stated twice but one figure is redacted.", confidence="low")
            continue
        va, vb = arith.value(first), arith.value(second)
        if a.overlaps(b):
            seen.add(second.id)
            yield Finding(NAME, Status.CONSISTENT, (first, second),
                          f"「{second.subject}」 is stated twice with the same figure ({arith.show(vb or 0)}).",
                          stated=vb, expected=va, tolerance=Decimal(0))
            continue
        confidence = _confidence(ctx, first, second)
        if confidence == "high":
            seen.add(second.id)
            yield Finding(NAME, Status.MISMATCH, (first, second),
                          f"「{first.subject}」 is stated as {arith.show(va or 0)} and later as {arith.show(vb or 0)}.",
                          stated=vb, expected=va, tolerance=arith.rounding_tolerance(second), confidence=confidence)
