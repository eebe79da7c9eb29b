"""part_le_whole: a part cannot exceed the whole it belongs to.

Parts are recognised by their wording: a single 其中 item; the items of a breakdown that may be partial
and fall short of its total (sum leaves those alone); 「14个乡镇中的13个」; 已竣工/已完成 progress against a
plan stated before; claims following a 全部 statement (「8所……已全部完工,5所已竣工,3所投入使用」); a figure
that a 全市/全省 total of the same thing follows (「认定71所,全市434所」); what an item says it includes
(「普惠性幼儿园(含公办园……)」 holds 「公办幼儿园583所」); a group said to hold a part (「小学教师计划中含……12名」);
a single 其中 item in 个 of schools counted in 所; nested grade rates of one test (优秀 ⊂ 优良 ⊂ 合格/及格).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from edclaims.checks import arith, cues
from edclaims.checks.breakdown import INCLUSIVE, SET_AFTER, SET_INLINE, breakdowns, is_exhaustive
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import Link, is_base_or_change, link_earlier
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "part_le_whole"
ALL_REACH = 3  # clauses after a 全部 statement that may list its parts


def _is_done_part(ctx: ClaimContext, claim: Claim) -> bool:
    clause = ctx.clause_text(claim)
    return bool(cues.DONE_PART.search(clause)) and not cues.ALL.search(clause)


def _whole_before(ctx: ClaimContext, part: Claim) -> Link | None:
    """The plan a progress figure belongs to (see linking.py); another progress figure is never a whole, and
    the amount of a change in its sentence is no progress figure (「由42家减少到2家,40家已注销」)."""
    if _is_change_amount(ctx, part):
        return None
    # a figure in a bracket closed before the part is an aside (「(其中农村学校236所)」), not its whole; nor is
    # what is left undone (「剩余3个将于年底前完工;已完工的运动场中25个已投入使用」): what is done lies outside it
    return link_earlier(
        ctx,
        part,
        accept=lambda c: (
            not _is_done_part(ctx, c)
            and not ctx.in_closed_bracket(c, part)
            and not cues.REMAINDER.search(ctx.prefix(c)[-6:])
        ),
    )


def _is_change_amount(ctx: ClaimContext, claim: Claim) -> bool:
    value = arith.value(claim)
    return value is not None and any(
        pair.after.sentence == claim.sentence
        and ctx.same_dimension(pair.after, claim)
        and (a := arith.value(pair.before)) is not None
        and (b := arith.value(pair.after)) is not None
        and abs(a - b) == value
        for pair in change_pairs(ctx)
    )


def _antecedent(ctx: ClaimContext, whole: Claim) -> Claim | None:
    """A 全部 whole often restates a count from the sentence before (「幼儿园11所。……11个项目全部竣工」)."""
    for claim in ctx.earlier(whole, sentences_back=1):
        if claim.sentence == whole.sentence - 1 and (claim.dimension or "").startswith("count:"):
            if claim.quantity.value is not None and claim.quantity.value == whole.quantity.value:
                return claim
    return None


def _short_of(total: Claim, items: list[Claim]) -> bool:
    """The items add up to less than the total (however rounded): the case sum does not judge."""
    total_iv, added = arith.interval(total), arith.total_interval(items)
    return total_iv is not None and added is not None and added.high < total_iv.low


OF_WHICH = re.compile(r"[^,;。、\d]{0,8}(?<![初高其集])(?:中|当中)的$")  # not 「高中18名、初中35名」


def _of_which(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    """「覆盖全县14个乡镇中的13个」: a figure, its noun and 中的, then the part."""
    claims = list(ctx.claims)
    for whole, part in itertools.pairwise(claims):
        if (
            whole.sentence == part.sentence
            and ctx.same_dimension(whole, part)
            and whole.dimension not in {"percent", "pp"}
            and OF_WHICH.fullmatch(ctx.text[whole.end : part.start])
        ):
            yield whole, part


def _label(ctx: ClaimContext, claim: Claim) -> str:
    """What a figure is called: its clause before the number, after the last 、 or 其中."""
    return re.split(r"[、,;:]|其中", ctx.prefix(claim))[-1]


def _figures_before(ctx: ClaimContext, claim: Claim) -> list[Claim]:
    """Figures of the claim's unit before it, in its sentence or the one before: where a whole it names is."""
    return [
        c
        for c in ctx.earlier(claim, sentences_back=1)
        if ctx.same_dimension(c, claim) and not is_base_or_change(ctx, c)
    ]


INCLUDED_NAMES = re.compile(r"和|与|及|、")


def _included(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    """「普惠性幼儿园(含公办园和普惠性民办园)1,019所」 beside 「公办幼儿园583所」: an item that says it
    includes another names its part (sum leaves such overlapping items alone)."""
    for whole in ctx.claims:
        inclusive = INCLUSIVE.search(ctx.prefix(whole))
        if inclusive is None:
            continue
        others = [
            c
            for c in ctx.claims
            if c is not whole and abs(c.sentence - whole.sentence) <= 1 and ctx.same_dimension(c, whole)
        ]
        for name in INCLUDED_NAMES.split(inclusive.group(1) or inclusive.group(2) or ""):
            named = [c for c in others if len(name) >= 2 and name[:2] in _label(ctx, c)]
            if len(named) == 1:
                yield whole, named[0]


# 「小学教师计划中含特殊教育教师12名」: a part of the figure of the group named before 中含
KEPT_IN = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:计划|岗位|指标)?中(?:含|包含|包括|含有)[^,;。\d]{0,12}$")


def _kept_in_plan(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    for part in ctx.claims:
        kept = KEPT_IN.search(ctx.prefix(part))
        if kept is None:
            continue
        named = [c for c in _figures_before(ctx, part) if c.subject and c.subject in kept.group(1)]
        # the most specific name: 「小学教师」 372, not 「教师」 860 of which it is a part too
        longest = max((len(c.subject or "") for c in named), default=0)
        named = [c for c in named if len(c.subject or "") == longest]
        if len(named) == 1:
            yield named[0], part


# 「……其中本科院校56所、高职院校62所,本科院校中有“双一流”建设高校4所」: a clause that opens by naming the set an
# earlier figure counts (「在这些本科院校中,」 too) and then states a figure holds a part of that figure
NAMED_SET_CLAUSE = re.compile(
    r"[,;]\s*(?:在)?(?:这些|这)?([^,;。:、\d]{1,11}[^,;。:、\d初高其集心空之当正])(?:中|当中)[,:]?"
    r"(?:有|共有|包括|含)?[^,;。\d]{0,14}"
)


def _named_set_clause(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    claims = list(ctx.claims)
    for previous, part in itertools.pairwise(claims):
        if previous.sentence != part.sentence or part.dimension in {None, "percent", "pp"}:
            continue
        opened = NAMED_SET_CLAUSE.fullmatch(ctx.text, previous.end, part.q_start)
        if opened is None:
            continue
        name = opened.group(1)
        named = [
            c
            for c in _figures_before(ctx, part)
            if c.sentence == part.sentence and name in _label(ctx, c) + (c.subject or "")
        ]
        if len(named) == 1:
            yield named[0], part


# 「小规模学校有48所,占63.2%,其中教学点31个」: schools counted in 所, a kind of them in 个
SCHOOL_WORDS = {"count:所", "count:个"}


def _of_which_in_ge(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    """A single 其中 item counted in the other of 所/个 than the figure before it (sum takes items of its
    unit only)."""
    for match in cues.BREAKDOWN.finditer(ctx.text):
        sentence = ctx.segs.sentence_of(match.start())
        # a figure in another unit is no item (「其中学生不足10人的教学点17个」: 10人 picks the kind out)
        after = [
            c
            for c in ctx.claims
            if c.sentence == sentence and c.q_start >= match.end() and c.dimension in SCHOOL_WORDS
        ]
        before = [
            c
            for c in ctx.claims
            if c.sentence == sentence
            and c.q_end <= match.start()
            and c.dimension not in {"percent", "pp", None}
        ]
        if len(after) != 1 or not before:
            continue
        whole, part = before[-1], after[0]
        if {whole.dimension, part.dimension} == SCHOOL_WORDS and not is_base_or_change(ctx, whole):
            yield whole, part


# grade rates of one test, each grade within the next: 优秀 ⊂ 优良 ⊂ 合格/及格
GRADES = (("优秀率",), ("优良率",), ("合格率", "及格率"))


def _grade(ctx: ClaimContext, claim: Claim) -> int | None:
    label = _label(ctx, claim)
    for rank, names in enumerate(GRADES):
        if any(re.search(rf"{name}(?:为|是|达到?)?$", label) for name in names):
            return rank
    return None


def _nested_grades(ctx: ClaimContext) -> Iterator[tuple[Claim, Claim]]:
    """「学生优良率56.2%、合格率93.7%」: in one sentence about one test, a higher grade's rate is a part of a
    lower grade's (those who reach 优良 have passed)."""
    rates = [c for c in ctx.claims if c.dimension == "percent" and not is_base_or_change(ctx, c)]
    for a, b in itertools.combinations(rates, 2):
        ga, gb = _grade(ctx, a), _grade(ctx, b)
        if a.sentence == b.sentence and ga is not None and gb is not None and ga != gb:
            yield (a, b) if ga > gb else (b, a)


class Group(NamedTuple):
    whole: Claim
    parts: list[Claim]
    antecedent: Claim | None  # the count a 全部 whole restates
    links: dict[str, Link]  # part id → how a part stated apart from its whole was paired with it


def _same_noun_after(ctx: ClaimContext, a: Claim, b: Claim) -> bool:
    """Two untagged subjects that are the same noun right after the measure word (「11个项目……5个项目」)."""
    if a.subject or b.subject:
        return False
    after_a, after_b = ctx.text[a.end : a.end + 2], ctx.text[b.end : b.end + 2]
    return len(after_a) == 2 and after_a == after_b and all("\u4e00" <= ch <= "\u9fff" for ch in after_a)


def relations(ctx: ClaimContext) -> dict[str, Group]:
    """whole id → its group."""
    groups: dict[str, Group] = {}

    def add(whole: Claim, part: Claim, link: Link | None = None) -> None:
        if whole.id not in groups:
            antecedent = _antecedent(ctx, whole) if cues.ALL.search(ctx.clause_text(whole)) else None
            groups[whole.id] = Group(whole, [], antecedent, {})
        group = groups[whole.id]
        if part not in group.parts and part is not whole:
            group.parts.append(part)
            if link is not None:
                group.links[part.id] = link

    for total, items, rest, closed, bracketed, uncertain in breakdowns(ctx):
        # 其中 opening a sentence after several figures of its unit: the whole is a guess
        guess = (
            Link(total, "medium", "其中 after a sentence of several such figures; the last")
            if uncertain
            else None
        )
        if len(items) == 1 and total.dimension not in {"percent", "pp"}:
            add(
                total, items[0], guess
            )  # rates are not parts of one another (81.0% of one group, 81.6% a year ago)
        elif len(items) > 1 and not (rest or closed or bracketed) and _short_of(total, items):
            # 「研学线路18条,其中红色线路6条、自然生态线路5条」: parts that may not be all of the total
            # (sum leaves them alone) can still be checked against it one by one
            if not is_exhaustive(ctx, total, items):
                for item in items:
                    add(total, item, guess)
    for whole, part in _of_which(ctx):
        add(whole, part)
    for whole, part in (
        *_included(ctx),
        *_kept_in_plan(ctx),
        *_of_which_in_ge(ctx),
        *_nested_grades(ctx),
        *_named_set_clause(ctx),
    ):
        add(whole, part)
    for claim in ctx.claims:
        if claim.dimension in {None, "percent", "pp"}:
            continue  # shares are not parts of one another: 82.36% of one whole and 100% of another
        clause = ctx.clause_text(claim)
        if cues.ALL.search(clause):
            for later in ctx.later_in_sentence(claim):
                if later.clause - claim.clause > ALL_REACH or ";" in ctx.between(claim, later):
                    break  # a 全部 statement governs the clauses right after it, not the next topic
                if SET_INLINE.match(ctx.suffix(later)) or SET_AFTER.match(ctx.suffix(later)):
                    break  # 「14个乡镇全部建成……,186个村中有172个……」: a new set is named, the 全部 statement is over
                if ctx.same_dimension(later, claim) and (
                    later.subject_inherited
                    or subjects_match(later.subject, claim.subject)
                    or _same_noun_after(ctx, later, claim)
                ):
                    add(claim, later)
        elif _is_done_part(ctx, claim):
            link = _whole_before(ctx, claim)
            if link is not None:
                add(link.claim, claim, link)
        if cues.SCOPE_WHOLE.search(ctx.prefix(claim)):
            for part in ctx.earlier(claim):
                if (
                    ctx.same_dimension(part, claim)
                    and subjects_match(part.subject, claim.subject)
                    and not cues.SCOPE_WHOLE.search(ctx.prefix(part))
                ):
                    add(claim, part)
    return groups


@register_check(NAME)
def check_part_le_whole(ctx: ClaimContext) -> Iterator[Finding]:
    for group in relations(ctx).values():
        links = list(group.links.values())
        confidence = "medium" if any(link.confidence != "high" for link in links) else "high"
        sentences = {part.id: part.sentence for part in group.parts}
        far = [link.reason for pid, link in group.links.items() if sentences[pid] != group.whole.sentence]
        finding = _judge(
            group.whole, sorted(group.parts, key=lambda c: c.q_start), group.antecedent, confidence
        )
        yield replace(finding, pairing="; ".join(dict.fromkeys(far)) or None)


def _judge(whole: Claim, parts: list[Claim], antecedent: Claim | None, confidence: str) -> Finding:
    claims = tuple(c for c in (antecedent, whole, *parts) if c is not None)
    stated = arith.value(whole)
    whole_iv = arith.interval(whole)
    ivs = [arith.interval(p) for p in parts]
    listing = ", ".join(arith.show(arith.value(p) or 0) for p in parts)
    if whole_iv is None or any(iv is None for iv in ivs):
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            "A number of this part–whole pair is redacted or missing.",
            stated=stated,
            confidence=confidence,
        )
    too_big = [p for p, iv in zip(parts, ivs, strict=True) if iv.low > whole_iv.high]  # type: ignore[union-attr]
    if not too_big:
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{'The parts' if len(parts) > 1 else 'The part'} ({listing}) "
            f"{'do' if len(parts) > 1 else 'does'} not exceed the whole "
            f"({arith.show(stated or 0)}).",
            stated=stated,
            expected=stated,
            tolerance=Decimal(0),
            confidence=confidence,
        )
    big = ", ".join(arith.show(arith.value(p) or 0) for p in too_big)
    if confidence != "high":
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"A part ({big}) is larger than the figure ({arith.show(stated or 0)}) it seems to belong to, "
            "but it is unclear that they are part and whole.",
            stated=arith.value(too_big[0]),
            expected=stated,
            tolerance=Decimal(0),
            confidence=confidence,
        )
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        f"A part ({big}) is larger than the whole it belongs to ({arith.show(stated or 0)}).",
        stated=arith.value(too_big[0]),
        expected=stated,
        tolerance=Decimal(0),
        confidence=confidence,
    )
