"""restatement: the same figure stated twice in one release (lead vs body, a summary vs its paragraph).

Equal values under the same subject and unit are reported as consistent. Different values are flagged only
when the two mentions are clearly the same figure: near-identical wording around them, a subject repeated
at the start of the next sentence (「……中小学幼儿园15所。15所中小学幼儿园建设项目……」), a long, specific
rate name, or a headline figure and the body's first figure of its subject and unit. A shared value under different subjects (「443所学校」 / 「违规443所」) is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from edclaims.checks import arith
from edclaims.checks.breakdown import breakdowns, in_headline
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "restatement"
DIGITS = re.compile(r"[0-9.,xX×]+")
CONTEXT_CHARS = 30
SHARED_CONTEXT = 12  # 「总建设面积#万平方米」 (10) is generic wording; a lead and its body share far more


def _shared_context(ctx: ClaimContext, a: Claim, b: Claim) -> int:
    """How many characters of wording the two mentions share right around their numbers (digits masked)."""
    before_a = DIGITS.sub("#", ctx.text[max(a.q_start - CONTEXT_CHARS, 0) : a.q_start])
    before_b = DIGITS.sub("#", ctx.text[max(b.q_start - CONTEXT_CHARS, 0) : b.q_start])
    after_a = DIGITS.sub("#", ctx.text[a.q_end : a.q_end + CONTEXT_CHARS])
    after_b = DIGITS.sub("#", ctx.text[b.q_end : b.q_end + CONTEXT_CHARS])
    return _common_prefix(before_a[::-1], before_b[::-1]) + _common_prefix(after_a, after_b)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# 「力争……比例超过85%」, 「到2026年将基地总数增加到60个」: a target, not a figure already reached
PLANNED = re.compile(r"(力争|争取|(?<!即)将(?!近)|预计|目标|今后|明年|到20\d\d年)")


def _planned(ctx: ClaimContext, claim: Claim) -> bool:
    return bool(PLANNED.search(ctx.prefix(claim)))


def _time_conflict(ctx: ClaimContext, a: Claim, b: Claim, headline: bool = False) -> bool:
    fa, fb = ctx.time_frame(a), ctx.time_frame(b)
    if fa is None or fb is None or fa == fb:
        return False
    # without the release's date, 今年 may be any year the text names (「2025年高考报名……」 / 「今年……」), and so
    # may a headline's 去年 (「去年投入3.46亿元」 / the body's 「2024年……投入资金3.46亿元」), written from the day
    # of publication while the body names the year
    relative = {"今年", "去年", "上年"} if headline else {"今年"}
    return not ({fa, fb} & relative and (fa.isdigit() or fb.isdigit()))


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
    return topic_form and bool(LEAD_IN.fullmatch(lead_in))


# what may open the sentence before a restated figure: a time (「截至10月底,18个项目中……」)
LEAD_IN = re.compile(
    r"(?:目前|当前|今年|截至目前|截至[^,;。\d]{0,2}\d{1,2}月(?:底|末|\d{1,2}日)?|截至年底)?,?"
)


def _confidence(ctx: ClaimContext, first: Claim, second: Claim) -> str:
    # the same wording around both numbers (lead vs body) counts only for the very same subject:
    # 「幼儿园8所」 and 「农村幼儿园11所」 read alike but are two programmes
    if first.subject == second.subject and _shared_context(ctx, first, second) >= SHARED_CONTEXT:
        return "high"
    if _topic_restatement(ctx, first, second):
        return "high"
    if first.dimension == "percent" and min(len(first.subject or ""), len(second.subject or "")) >= 5:
        return "high"
    if _headline_restated(ctx, first, second):
        return "high"
    return "low"


INCREMENT = re.compile(r"(新建|新增|新招|新认定|认定|新开|新设|增加|净增|新购|购置)")


def _increment(ctx: ClaimContext, claim: Claim) -> bool:
    return bool(INCREMENT.search(ctx.prefix(claim)))


_is_title = in_headline  # the release's first line when it is a headline (sum reads the same test)


def _headline_restated(ctx: ClaimContext, first: Claim, second: Claim) -> bool:
    """A headline figure and the first figure of the body with its subject and unit: the body's statement
    of the headline (「……惠及3.6万名农村学生」 / 「覆盖……学生3.6万名」)."""
    if not _is_title(ctx, first) or _increment(ctx, first) != _increment(ctx, second):
        return False  # 「基地增至45个」 (the stock) is not 「新建……基地18个」 (this year's additions)
    body = [
        c
        for c in ctx.claims
        if c.paragraph > 0 and ctx.same_dimension(c, first) and subjects_match(c.subject, first.subject)
    ]
    return bool(body) and body[0] is second


TYPO_SURE = 4  # with a typo-like difference, wording this close makes the pair certain


def _bigrams(text: str) -> set[str]:
    text = DIGITS.sub("", text)
    return {
        text[i : i + 2]
        for i in range(len(text) - 1)
        if all("\u4e00" <= ch <= "\u9fff" for ch in text[i : i + 2])
    }


def _wording(ctx: ClaimContext, claim: Claim) -> set[str]:
    """The words around a figure: its clause before it and a few characters after its unit."""
    sentence_start, _ = ctx.segs.sentence_bounds(claim.sentence)
    before = re.split(r"[,;]", ctx.text[sentence_start : claim.q_start])[-1]
    after = re.split(r"[,;。\n]", ctx.text[claim.end : claim.end + 8])[0]
    return _bigrams(before[-14:] + "|" + after)


def headline_pairs(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim, bool]]:
    """(headline figure, the body figure that states it, whether the pairing is certain): the body figure of
    the headline's unit whose wording shares the most words with the headline's (「压减……培训机构269家」 /
    「……培训机构已压减296家」), and at least two. Certain when no other body figure of that unit comes close."""
    for head in ctx.claims:
        if not _is_title(ctx, head) or head.dimension is None:
            continue
        words = _wording(ctx, head)
        scored = []
        for body in ctx.claims:
            if body.paragraph == 0 or not ctx.same_dimension(body, head) or body.dimension is None:
                continue
            if _time_conflict(ctx, head, body, headline=True) or _whole_and_part(ctx, head, body):
                continue
            if _planned(ctx, head) != _planned(ctx, body):
                continue  # 「到2027年将累计新增学位近8万个」 is a target, not the headline's figure restated
            if _increment(ctx, head) != _increment(ctx, body) and arith.value(head) != arith.value(body):
                continue  # 「基地增至45个」 (the stock) is not 「新建……基地18个」 (this year's additions)
            scored.append((len(words & _wording(ctx, body)), body))
        # the body states the headline's very figure in words that share at least one word with it
        equal = [
            b for s, b in scored if s and arith.value(b) == arith.value(head) and arith.value(b) is not None
        ]
        if equal:
            yield head, equal[0], True
            continue
        if not any(s for s, _ in scored):
            continue
        best = max(s for s, _ in scored)
        top = [b for s, b in scored if s == best]
        runner_up = max((s for s, _ in scored if s < best), default=0)
        if len(top) == 1:
            # certain: clearly the closest wording, or close wording (the check then also wants a typo)
            # certain: clearly the closest wording, close wording, or the only body figure of the unit that
            # shares any word with the headline (the check then also wants a typo-like difference)
            yield head, top[0], best - runner_up >= 2 or best >= TYPO_SURE or runner_up == 0


def _typo_apart(a: Claim, b: Claim) -> bool:
    """The two figures differ as a typo makes them: one digit changed or two neighbours swapped."""
    da, db = re.sub(r"\D", "", a.quantity.text), re.sub(r"\D", "", b.quantity.text)
    if len(da) != len(db) or da == db or a.scale != b.scale:
        return False
    diffs = [i for i in range(len(da)) if da[i] != db[i]]
    if len(diffs) == 1:
        return True
    return (
        len(diffs) == 2
        and diffs[1] == diffs[0] + 1
        and da[diffs[0]] == db[diffs[1]]
        and da[diffs[1]] == db[diffs[0]]
    )


def _whole_and_part(ctx: ClaimContext, a: Claim, b: Claim) -> bool:
    """One figure is an item of a breakdown of the other: 「新建改扩建学校11所」 / 「新建学校四所、改扩建学校7
    所」 is a sum across headline and body (sum's), not the figure stated twice."""
    pairs = ctx.memo(
        "restatement_whole_parts", lambda: {(b.total.id, i.id) for b in breakdowns(ctx) for i in b.items}
    )
    return (a.id, b.id) in pairs or (b.id, a.id) in pairs


def candidate_pairs(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    # where a change started (「由2020年的79.7%提高到84.6%」) is an earlier state, never a restatement
    starts = {pair.before.id for pair in change_pairs(ctx)}
    claims = [
        c for c in ctx.claims if c.subject and not c.subject_inherited and c.dimension and c.id not in starts
    ]
    # nearest earlier statement first, so that each later mention is paired with the closest one
    for j, second in enumerate(claims):
        for first in reversed(claims[:j]):
            if second.sentence == first.sentence or not ctx.same_dimension(first, second):
                continue
            if first.dimension == "pp" or not subjects_match(first.subject, second.subject):
                continue
            if _time_conflict(ctx, first, second) or _planned(ctx, first) != _planned(ctx, second):
                continue  # another year's figure, or a plan against an achievement
            if _whole_and_part(ctx, first, second):
                continue
            yield first, second


def _named_in_label(ctx: ClaimContext, first: Claim, second: Claim) -> bool:
    """「乡村小规模学校(在校生不足100人)64所」 … 「小规模学校由81所减少到64所」: the later figure's subject is
    spelled out in the clause of the earlier one, whatever subject the earlier was read with."""
    subject = second.subject or ""
    changed = CHANGE_TOPIC.match(ctx.prefix(second))
    if changed and not second.subject:
        subject = changed.group(
            1
        )  # 「小规模学校由81所减少到64所」: the noun before 由 is what the figure counts
    return len(subject) >= 3 and subject in ctx.prefix(first)


CHANGE_TOPIC = re.compile(r"([\u4e00-\u9fff]{3,10}?)(?:数量|总数)?(?:由|从)")


def _same_figure(first: Claim, second: Claim, a: arith.Interval, b: arith.Interval) -> bool:
    """Stated to the same precision, one figure reads the same both times (80.57 is not 80.58);
    at different precisions (1.3万 and 13000) the rounder one only has to contain the other."""
    qa, qb = first.quantity, second.quantity
    same_precision = qa.place is not None and qa.place * first.scale == (qb.place or 0) * second.scale
    if same_precision and not qa.approx and not qb.approx and not qa.is_range and not qb.is_range:
        return arith.value(first) == arith.value(second)
    return a.overlaps(b)


@register_check(NAME)
def check_restatement(ctx: ClaimContext) -> Iterator[Finding]:
    seen: set[str] = set()
    heads: set[str] = set()  # headline figures already paired with their body statement
    for head, body, certain in headline_pairs(ctx):
        a, b = arith.interval(head), arith.interval(body)
        if a is None or b is None:
            continue  # the subject pairing below reports a redacted restatement
        if _same_figure(head, body, a, b):
            seen.add(body.id)
            heads.add(head.id)
            yield Finding(
                NAME,
                Status.CONSISTENT,
                (head, body),
                f"The headline's {arith.as_written(head)} is stated again in the body.",
                stated=arith.value(body),
                expected=arith.value(head),
                tolerance=Decimal(0),
                pairing="the headline and the body figure worded most like it",
            )
        elif certain and _typo_apart(head, body) and not _planned(ctx, head) and not _planned(ctx, body):
            seen.add(body.id)
            heads.add(head.id)
            yield Finding(
                NAME,
                Status.MISMATCH,
                (head, body),
                f"The headline says {arith.as_written(head)}, the body {arith.as_written(body)}: "
                "the same figure worded alike, its digits differing as a typo would.",
                stated=arith.value(body),
                expected=arith.value(head),
                tolerance=arith.rounding_tolerance(body),
                pairing="the headline and the only body figure worded like it",
            )
    for first, second in candidate_pairs(ctx):
        if second.id in seen or first.id in heads:
            continue  # one restatement finding per later mention: its nearest earlier statement wins
        a, b = arith.interval(first), arith.interval(second)
        if a is None or b is None:
            if first.redacted and second.redacted:
                continue  # two redacted figures say nothing about each other
            seen.add(second.id)
            yield Finding(
                NAME,
                Status.UNVERIFIABLE,
                (first, second),
                f"「{first.subject}」 is stated twice but one figure is redacted.",
                confidence="low",
            )
            continue
        va, vb = arith.value(first), arith.value(second)
        if _same_figure(first, second, a, b):
            seen.add(second.id)
            yield Finding(
                NAME,
                Status.CONSISTENT,
                (first, second),
                f"「{second.subject}」 is stated twice with the same figure ({arith.as_written(second)}).",
                stated=vb,
                expected=va,
                tolerance=Decimal(0),
            )
            continue
        confidence = _confidence(ctx, first, second)
        if confidence == "high":
            seen.add(second.id)
            yield Finding(
                NAME,
                Status.MISMATCH,
                (first, second),
                f"「{first.subject}」 is stated as {arith.as_written(first)} and later as "
                f"{arith.as_written(second)}.",
                stated=vb,
                expected=va,
                tolerance=arith.rounding_tolerance(second),
                confidence=confidence,
            )
    # the same value again under a name the earlier clause spells out: one figure restated (never a mismatch:
    # the pairing rests on the value itself)
    claims = [c for c in ctx.claims if c.dimension and c.dimension != "pp"]
    for j, second in enumerate(claims):
        if second.id in seen:
            continue
        for first in reversed(claims[:j]):
            if (
                first.sentence != second.sentence
                and ctx.same_dimension(first, second)
                and not subjects_match(first.subject, second.subject)
                and _named_in_label(ctx, first, second)
                and arith.value(first) is not None
                and arith.value(first) == arith.value(second)
                and not _time_conflict(ctx, first, second)
                and not _whole_and_part(ctx, first, second)
            ):
                seen.add(second.id)
                yield Finding(
                    NAME,
                    Status.CONSISTENT,
                    (first, second),
                    f"{arith.as_written(first)} is stated again, under the name its first clause gives.",
                    stated=arith.value(second),
                    expected=arith.value(first),
                    tolerance=Decimal(0),
                    confidence="medium",
                    pairing="the later subject is named in the earlier figure's clause",
                )
                break
