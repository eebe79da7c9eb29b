"""Pairing a figure with one stated earlier, possibly sentences or a paragraph before: the whole of a part.

Releases often state a whole in one sentence or paragraph and its parts, share or progress in the next
(「全县有行政村320个。」 … 「已建幼儿园的行政村达到296个,覆盖率92.5%」). A candidate must have the same
dimension and must not belong to another year; it is then judged by its subject and its distance:

| pairing | confidence |
|---|---|
| same subject (or the subject named in the clause of a figure that has none), same or previous sentence of the paragraph | high |
| same subject, a paragraph that opens with 其中 right after the whole's paragraph | high |
| the whole named by the share (「占报名人数的」), the one figure of that name in this paragraph or the one before | high |
| same subject, further back in the paragraph or in the paragraph before | medium |
| no subject to compare, the only figure of that unit in the sentence (for a share, with none there: the one figure of the sentence before) | medium |

Every finding carries the confidence and the reason (`Finding.pairing`), and checks report a mismatch only
for a high-confidence pairing: anything less is `unverifiable`, never a false alarm.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.records import Claim

CONTINUES = re.compile(r"\s*(?:其中|这其中|在这些|这些)")  # matched at the paragraph start


@dataclass(frozen=True)
class Link:
    claim: Claim
    confidence: str  # high | medium
    reason: str  # how the pairing was made, for the finding
    # what the pairing rests on, for checks that weigh it further: "subject" (same subject), "named" (the
    # whole the text names), "named_before" (named in the anchor's clause), "only_in_sentence" and
    # "only_before" (the one figure of the unit there), or "" (other)
    basis: str = ""


def distance(earlier: Claim, later: Claim) -> str:
    if earlier.paragraph != later.paragraph:
        gap = later.paragraph - earlier.paragraph
        return "the paragraph before" if gap == 1 else f"{gap} paragraphs before"
    if earlier.sentence == later.sentence:
        return "same clause" if earlier.clause == later.clause else "same sentence"
    gap = later.sentence - earlier.sentence
    return "the sentence before" if gap == 1 else f"{gap} sentences before"


def frames_conflict(ctx: ClaimContext, a: Claim, b: Claim) -> bool:
    """Both figures name their year and the years differ (2020年 vs 今年): never one whole and its part."""
    fa, fb = ctx.time_frame(a), ctx.time_frame(b)
    return fa is not None and fb is not None and fa != fb


def _continues(ctx: ClaimContext, claim: Claim) -> bool:
    """The claim's paragraph opens by pointing back (「其中,……」): it continues the paragraph before."""
    start = ctx.segs.paragraph_starts[claim.paragraph]
    return bool(CONTINUES.match(ctx.text, start, claim.q_start))


def _noun_after(ctx: ClaimContext, claim: Claim) -> str | None:
    """「共有671名选手获奖」: a figure without a subject is often followed by its noun."""
    after = ctx.text[claim.end : claim.end + 2]
    return after if len(after) == 2 and all("\u4e00" <= ch <= "\u9fff" for ch in after) else None


def _named_before(ctx: ClaimContext, candidate: Claim, anchor: Claim) -> bool:
    """A figure without a subject of its own whose clause names the candidate's (「新建幼儿园已竣工10所」)."""
    return (
        anchor.subject is None
        and candidate.subject is not None
        and len(candidate.subject) >= 2
        and candidate.subject in ctx.prefix(anchor)
    )


# a base (比去年的A) or a change (增加C); and the whole inside a share (占符合条件教师3210名的20%)
COMPARED = re.compile(
    r"(?:(?<!占)比(?!例|重|率)|较)[^,;。]{0,8}$|(?:增加|增长|减少|下降|提高|降低|上升|扩大|缩小|净增|净减)了?$"
)
SHARE_WHOLE = re.compile(r"占[^,;。占]{1,16}$")


# 「是上届1090名的2倍」: the base of a multiple; 「上年为2721.65亿元」: last year's figure
TIMES_BASE = re.compile(r"(?:是|相当于)[^,;。\d]{0,6}$")
LAST_YEAR = re.compile(r"(?:上年|去年|上一年|前年|上年同期|去年同期)(?:为|是|有)$")


def is_base_or_change(ctx: ClaimContext, claim: Claim) -> bool:
    """A figure that is a comparison base (比去年的A, 是上届A的2倍) or a change (增加C), not a stated total."""
    prefix = ctx.prefix(claim)
    followed_by_of = ctx.text[claim.end : claim.end + 1] == "的"
    inside_share = SHARE_WHOLE.search(prefix) and followed_by_of
    times_base = TIMES_BASE.search(prefix) and followed_by_of
    return bool(COMPARED.search(prefix) or inside_share or times_base or LAST_YEAR.search(prefix))


PARAGRAPHS_BACK = 1  # a whole is looked for in the anchor's paragraph and the one before


def earlier_candidates(ctx: ClaimContext, anchor: Claim) -> list[Claim]:
    """Claims of the anchor's dimension before it, in its paragraph or the one before,
    nearest first, without those of another year."""
    return [
        c
        for c in sorted(ctx.claims, key=lambda c: -c.q_start)
        if c.q_start < anchor.q_start
        and anchor.paragraph - PARAGRAPHS_BACK <= c.paragraph <= anchor.paragraph
        and ctx.same_dimension(c, anchor)
        and not frames_conflict(ctx, c, anchor)
        and not is_base_or_change(ctx, c)
    ]


def link_earlier(
    ctx: ClaimContext,
    anchor: Claim,
    accept: Callable[[Claim], bool] = lambda _: True,
    subject: str | None = None,
    sentence_before: bool = False,
) -> Link | None:
    """The earlier figure the anchor belongs with (its whole), with the confidence of the pairing; `subject`
    is the whole's name when the text gives it (「占学校总数的」), else the anchor's own subject is matched."""
    candidates = [c for c in earlier_candidates(ctx, anchor) if accept(c)]
    wanted = subject or anchor.subject or _noun_after(ctx, anchor)
    for claim in candidates:
        if subjects_match(claim.subject, wanted):
            how = f"same subject 「{claim.subject}」" if subject is None else f"the whole named 「{subject}」"
            basis = "subject" if subject is None else "named"
        elif _named_before(ctx, claim, anchor):
            how, basis = f"「{claim.subject}」 named before the figure", "named_before"
        else:
            continue
        where = distance(claim, anchor)
        near = claim.paragraph == anchor.paragraph and anchor.sentence - claim.sentence <= 1
        follows = anchor.paragraph == claim.paragraph + 1 and _continues(ctx, anchor)
        # a whole the text names (「占报名人数的57.9%」) is certain when only one figure within reach (this
        # paragraph and the one before) carries that name
        named = subject is not None and sum(1 for c in candidates if subjects_match(c.subject, wanted)) == 1
        confidence = "high" if near or follows or named else "medium"
        return Link(claim, confidence, f"{how}, {where}", basis)
    if subject is not None:
        return None
    in_sentence = [c for c in candidates if c.sentence == anchor.sentence]
    if len(in_sentence) == 1:
        return Link(
            in_sentence[0],
            "medium",
            "the only figure of this unit in the sentence; subjects not compared",
            "only_in_sentence",
        )
    if sentence_before and not in_sentence:
        # 「毕业生2.46万人……。已就业和升学2.31万人」: no subject to go by; the one figure of the sentence before
        before = [
            c for c in candidates if c.paragraph == anchor.paragraph and c.sentence == anchor.sentence - 1
        ]
        if len(before) == 1:
            return Link(
                before[0],
                "medium",
                "the only figure of this unit in the sentence before; subjects differ",
                "only_before",
            )
    return None
