"""remainder: 其余/剩余/另有/尚有/尚未 N against the whole minus the parts stated between them (4876 − 4835 = 41).

Four ways to the whole: a 其中 breakdown that ends in the rest; the rest of what is done (「共排查63人,已劝返
58人,……其余6人」, 「已入学405人……尚未入学的7人」: the done part, the parts beside it, and the done part's whole,
see linking.py); the rest beside a set whose items already make up its figure (「建档386名,安置入学379名。已安置的
学生中,……;尚有7名」: 386 − 379); else the figure of the rest's subject before it, with the figures between as parts.
A sum carried over (「预算1.52亿元,实际支出1.41亿元,……结转1,300万元」) is the budget less what was spent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from edclaims.checks import arith, cues
from edclaims.checks.breakdown import AVERAGE_BEFORE, adds_up, breakdown_parts, breakdowns, is_total
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import Link, distance, earlier_candidates, is_base_or_change, link_earlier
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "remainder"


@register_check(NAME)
def check_remainder(ctx: ClaimContext) -> Iterator[Finding]:
    done = set()
    for breakdown in breakdowns(ctx):
        total, items, rest = breakdown.total, breakdown.items, breakdown.rest
        # 「食堂136个,其中自营食堂121个,其余16个」: the 其中 total is the whole, whatever subjects were read
        if rest is not None and items:
            done.add(rest.id)
            yield _judge(total, items, rest, "medium" if breakdown.uncertain else "high")
    for rest in ctx.claims:
        prefix = ctx.prefix(rest)
        carried = _carried_over(ctx, rest)
        if carried is not None and rest.id not in done:
            budget, spent = carried
            pairing = "the budget, what was spent of it and what is carried over, in one sentence"
            yield replace(_judge(budget, [spent], rest, "high"), pairing=pairing)
            continue
        posts = _posts_left(ctx, rest) if rest.id not in done else None
        if posts is not None:
            plan, filled = posts
            pairing = "the posts planned, those filled and the posts left, in persons and in posts"
            yield replace(_judge(plan, [filled], rest, "high"), pairing=pairing)
            continue
        if rest.id in done or not (
            cues.REMAINDER.search(prefix[-6:]) or cues.NOT_YET.search(prefix) or _still_not_done(ctx, rest)
        ):
            continue
        if rest.dimension is None:
            continue
        beside = _rest_beside_a_set(ctx, rest)
        if beside is not None:
            whole, part, confidence = beside
            pairing = f"the rest beside the set of {arith.as_written(part)}, whose items make it up"
            yield replace(_judge(whole, [part], rest, confidence), pairing=pairing)
            continue
        progress = _rest_of_progress(ctx, rest)
        if progress is not None:
            whole, part, confidence, pairing = progress
            # 「已竣工11个,在建5个,其余2个」: what stands between the part done and the rest is a part too, but
            # not a breakdown of the part itself, and not at all when the rest denies the part's verb (未入学)
            of_part = {i.id for b in breakdowns(ctx) if b.total is part for i in b.items}
            siblings = [
                c
                for c in _parts(ctx, part, rest)
                if c.sentence == rest.sentence
                and c.id not in of_part
                and c is not whole
                and not cues.NOT_YET.search(ctx.prefix(rest))
            ]
            yield replace(_judge(whole, [part, *siblings], rest, confidence), pairing=pairing)
            continue
        if not cues.REMAINDER.search(prefix[-6:]):
            continue
        # an item of a breakdown (「其中市级培训1,200人次、区级培训2,300人次」) is a part, never the whole of a rest
        items = breakdown_parts(ctx)
        same = [
            c
            for c in ctx.earlier(rest, sentences_back=1)
            if ctx.same_dimension(c, rest) and c.id not in items
        ]
        matching = [c for c in same if subjects_match(c.subject, rest.subject)]
        pairing = None
        whole: Claim | None = None
        if matching:
            whole, confidence = matching[-1], "high"  # the earliest matching one: parts lie between it and us
            if _a_list_item(ctx, whole, rest):
                confidence = "medium"
        elif same:
            whole, confidence = same[-1], "medium"
        if whole is not None and not _parts(ctx, whole, rest):
            # 「共有412人,已入学405人……尚未入学的7人」: the matching figure is the other part; its whole is
            # the figure of the unit right before it
            prior = [c for c in same if c.q_start < whole.q_start]
            # 「摸排出疑似辍学学生57人,……劝返复学49人,对5人……送教上门,另有3人……」: with several figures before it
            # in the rest's sentence, the first is what the others and the rest are taken from
            own = [c for c in prior if c.sentence == rest.sentence]
            if prior:
                whole, confidence = (own[-1] if len(own) > 1 else prior[0]), "medium"
            elif (other := _whole_of_the_part(ctx, whole, rest)) is not None:
                # 「全县79所学校实行食堂供餐,供餐率90.8%,其余8所由企业配送」: the one figure before the rest is the
                # other part; the whole both split is the figure that part is of, further back
                part, whole = whole, other
                pairing = f"the rest beside {arith.as_written(part)}, of the figure before it"
                yield replace(_judge(whole, [part], rest, "medium"), pairing=pairing)
                continue
        if whole is None or not _parts(ctx, whole, rest):
            # the whole may stand further back, in the paragraph before (see linking.py)
            link = link_earlier(ctx, rest, accept=lambda c, r=rest: bool(_parts(ctx, c, r)))
            if link is None:
                continue
            whole, confidence, pairing = link.claim, "medium", link.reason
        yield replace(_judge(whole, _parts(ctx, whole, rest), rest, confidence), pairing=pairing)


def _whole_of_the_part(ctx: ClaimContext, part: Claim, rest: Claim) -> Claim | None:
    """The earlier figure a part beside a rest belongs with: never an item of a breakdown (「(其中寄宿制学校23
    所)」), never a figure of what is done, and only when the part is the one figure of its unit before the rest
    in its sentence."""
    if part.sentence != rest.sentence or _parts(ctx, part, rest):
        return None
    items = breakdown_parts(ctx)
    link = link_earlier(
        ctx,
        part,
        accept=lambda c: c.id not in items and not cues.DONE_PART.search(ctx.prefix(c)),
        sentence_before=True,
    )
    return link.claim if link is not None else None


# words that make a figure a whole: 「共有」, 「全县……总数」, 「现有」, 「累计」
WHOLE_WORDS = re.compile(r"共|总|全|合计|累计|现有")


def _a_list_item(ctx: ClaimContext, whole: Claim, rest: Claim) -> bool:
    """「城区学校到乡村学校126名,乡村学校之间53名,其余35名……」: a figure followed by figures in clauses of their
    own whose labels repeat a word of its label, and no word making it a whole, is one item of a list whose
    whole is elsewhere (「排查适龄儿童63人,劝返58人,其余5人」 names what is done of the 63, not another kind)."""
    parts = _parts(ctx, whole, rest)
    label = ctx.prefix(whole)
    return (
        bool(parts)
        and not WHOLE_WORDS.search(label)
        and all(
            p.clause != whole.clause and any(label[i : i + 2] in ctx.prefix(p) for i in range(len(label) - 1))
            for p in parts
        )
    )


def _rest_beside_a_set(ctx: ClaimContext, rest: Claim) -> tuple[Claim, Claim, str] | None:
    """(whole, set, confidence) for a rest right after the items of a set they already make up: 「建档386名,
    安置入学379名。已安置的学生中,……112名、……203名、……64名;尚有7名……」 is the rest of 386 beside the 379,
    not of the items. The whole is the figure of the unit before the set's figure in its sentence; certain
    when it is the only one."""
    if not cues.REMAINDER.search(ctx.prefix(rest)[-6:]):
        return None
    for total, items, set_rest, *_ in breakdowns(ctx):
        if set_rest is not None or not items or not ctx.same_dimension(total, rest):
            continue
        last = items[-1]
        between = [
            c for c in ctx.claims if last.q_start < c.q_start < rest.q_start and ctx.same_dimension(c, rest)
        ]
        if (
            last.q_end > rest.q_start
            or last.sentence != rest.sentence
            or between
            or not adds_up(total, items)
        ):
            continue
        before = _figures_before(ctx, total)
        if not before:
            return None
        return before[-1], total, "high" if len(before) == 1 else "medium"
    return None


PROGRESS_REACH = 3
OF_THE_SET = re.compile(
    r"[^,;。\d]{0,12}中(?:已有|已经|已)"
)  # sentences back in which the figure of what is done may stand


# 「尚有5.15万人未落实去向」, 「还有3所尚未开工」: the verb the rest denies, after its figure
# (also past a noun and a reason: 「另有两个项目因用地手续尚未开工」)
DENIED = re.compile(r"(?:尚未|还未|仍未|未(?!来)|没有)([\u4e00-\u9fff]{2})")
DENIED_AFTER = re.compile(r"[^,;。\d]{0,8}?" + DENIED.pattern)


# 「预算1.52亿元,实际支出1.41亿元,……结转下年使用1,300万元」: what is left of a budget after what was spent
CARRIED = re.compile(r"(?:结转|结余|节余)[^,;。\d]{0,6}$")
BUDGET = re.compile(r"(?:预算|年度计划|计划安排|安排|下达)[^,;。\d]{0,4}$")
SPENT = re.compile(r"(?:支出|使用|拨付|支付|执行|完成)[^,;。\d]{0,4}$")


def _carried_over(ctx: ClaimContext, rest: Claim) -> tuple[Claim, Claim] | None:
    """(budget, spent) for a carried-over or unspent sum stated after the one budget and the one sum spent of
    its sentence."""
    if not CARRIED.search(ctx.prefix(rest)):
        return None
    before = _figures_before(ctx, rest)
    budgets = [c for c in before if BUDGET.search(ctx.prefix(c))]
    spent = [c for c in before if SPENT.search(ctx.prefix(c)) and c not in budgets]
    if len(budgets) != 1 or len(spent) != 1 or spent[0].q_start < budgets[0].q_start:
        return None
    return budgets[0], spent[0]


# 「尚有12个岗位空缺」, 「另有13个岗位因……核减」, 「剩余14个名额」: posts left, each a person not taken on
POSTS_NOUN = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?:岗位|名额|职位|招聘计划|招生计划)")
POSTS_LEFT_AFTER = re.compile(r"^[^,;。\d]{0,14}(?:空缺|空置|核减|取消|未(?!来)|暂缓|待)")
POSTS_LEFT_BEFORE = re.compile(r"(?:空缺|空余|剩余|未招满)的?(?:岗位|名额|职位)(?:数)?(?:为|有|共)?$")
# the plan the posts are of (「计划招聘520名」, 「设置勤工助学岗位860个」) and what filled them (录用, 上岗)
PLANNED = re.compile(r"计划|岗位|名额|职位")
FILLED = re.compile(r"录用|录取|聘用|上岗|到岗|入职|签约|招聘到|招录")


def _posts_left(ctx: ClaimContext, rest: Claim) -> tuple[Claim, Claim] | None:
    """(plan, filled) for posts left unfilled after a plan and those taken on: 「计划招聘520名,……实际拟录用508
    名,……尚有12个岗位空缺」, 「设置勤工助学岗位860个,已上岗812人,尚有84个岗位正在招募」. A post counted in 个
    is a person counted in 名/人. Certain when the one figure worded as planned stands in the rest's sentence or
    the one before and the one figure of persons taken on sits between it and the rest."""
    prefix, suffix = ctx.prefix(rest), ctx.suffix(rest)
    if rest.dimension != "count:个":
        return None
    named_after = POSTS_NOUN.match(suffix) and (
        cues.REMAINDER.search(prefix[-6:]) or POSTS_LEFT_AFTER.match(suffix)
    )
    if not (named_after or POSTS_LEFT_BEFORE.search(prefix)):
        return None
    persons = {"count:人", "count:个"}
    reach = [
        c
        for c in ctx.claims
        if c.q_start < rest.q_start
        and c.paragraph == rest.paragraph
        and rest.sentence - c.sentence <= 1
        and c.dimension in persons
        and not is_base_or_change(ctx, c)
        and not AVERAGE_BEFORE.search(ctx.prefix(c))
    ]
    # 「实际录用508名」, 「已有138人上岗」: the verb before the figure or right after it
    filled = [
        c for c in reach if c.dimension == "count:人" and FILLED.search(ctx.prefix(c) + ctx.suffix(c)[:4])
    ]
    if len(filled) != 1:
        return None
    plans = [
        c
        for c in reach
        if c.q_start < filled[0].q_start
        and (PLANNED.search(ctx.prefix(c)) or POSTS_NOUN.match(ctx.suffix(c)))
    ]
    if len(plans) != 1:
        return None
    return plans[0], filled[0]


def _still_not_done(ctx: ClaimContext, rest: Claim) -> bool:
    """「目前还有4800人未就业」, 「仍有2所未开工」: a figure that is still there and denies a verb after it."""
    return bool(re.search(r"(?:还有|仍有|尚有)$", ctx.prefix(rest)) and DENIED_AFTER.match(ctx.suffix(rest)))


def _rest_of_progress(ctx: ClaimContext, rest: Claim) -> tuple[Claim, Claim, str, str] | None:
    """(whole, done part, confidence, pairing) for the rest of a progress statement: 「共排查63人,已劝返复学58
    人,……其余6人……」, 「项目31个。……已竣工26个,其余5个……」, 「共有412人,已入学405人……尚未入学的7人」.
    The part is the nearest figure of what is done (已…) before the rest — with the verb the rest denies, if
    it names one — and the whole is that part's whole (see linking.py)."""
    verb = cues.NOT_YET.search(ctx.prefix(rest)) or DENIED_AFTER.match(ctx.suffix(rest))
    # 「还有3个项目因资金未到位尚未开工」: each verb denied after the rest may be the one of what is done
    verbs = [verb.group(1)] if verb is not None else []
    if verb is not None and not cues.NOT_YET.search(ctx.prefix(rest)):
        verbs = DENIED.findall(ctx.suffix(rest)[:14])
    done = [
        c
        for c in ctx.claims
        if c.q_start < rest.q_start
        and rest.paragraph - c.paragraph <= 1
        and rest.sentence - c.sentence <= PROGRESS_REACH
        and (
            ctx.same_dimension(c, rest)
            # 「已开工44所,……另有两个项目……尚未开工」: a rest counted in 个 denying the verb of what is done
            # counts the same things in a generic measure word
            or (
                verb is not None
                and rest.dimension == "count:个"
                and (c.dimension or "").startswith("count:")
                and c.dimension != "count:人次"
            )
        )
        and cues.DONE_PART.search(ctx.prefix(c))
        and (verb is None or any(v in ctx.prefix(c) + ctx.text[c.end : c.end + 4] for v in verbs))
    ]
    if not done:
        return None
    part = done[-1]
    if part.sentence != rest.sentence:
        # 「已有42所中小学建成智慧教室……。全区中小学共47所,……尚有5所正在施工」: the whole, stated after what is
        # done, opens the rest's own sentence
        stated = _whole_in_the_rest_sentence(ctx, part, rest)
        if stated is not None:
            whole, confidence = stated
            return (
                whole,
                part,
                confidence,
                f"what is done ({arith.as_written(part)}) and the whole stated after it",
            )
    if verb is None and part.sentence != rest.sentence:
        return None  # a bare 其余 belongs with the figures of its own sentence
    items = breakdown_parts(ctx)  # parts, never the whole of what is done
    accept = lambda c: not cues.DONE_PART.search(ctx.prefix(c)) and c.id not in items  # noqa: E731
    link = link_earlier(ctx, part, accept=accept, sentence_before=True)
    if link is None:
        # 「项目31个……。」 ¶ 「已竣工26个,其余5个」: the one figure of the unit within reach, not an item
        reach = [c for c in earlier_candidates(ctx, part) if accept(c)]
        if len(reach) != 1:
            return None
        link = Link(
            reach[0], "medium", f"the only figure of this unit within reach, {distance(reach[0], part)}"
        )
    confidence = link.confidence if part.sentence == rest.sentence or verb is not None else "medium"
    before = [c for c in ctx.earlier(part) if c.sentence == part.sentence and ctx.same_dimension(c, part)]
    if before == [link.claim] and ctx.prefix(part).startswith("已"):
        confidence = "high"  # 「共排查出63人,已劝返复学58人」: the one figure before, then what is done of it
    if link.claim.sentence == part.sentence and OF_THE_SET.fullmatch(ctx.text[link.claim.end : part.q_start]):
        confidence = (
            "high"  # 「全市9个县(市、区)中已有5个通过认定」: the set's figure, then what is done of it
        )
    return link.claim, part, confidence, f"the rest of what is done ({arith.as_written(part)}); {link.reason}"


def _whole_in_the_rest_sentence(ctx: ClaimContext, part: Claim, rest: Claim) -> tuple[Claim, str] | None:
    """(whole, confidence) when the one figure of the rest's unit before it in its sentence is worded as a
    whole (共, 总数, 合计, 现有) and is no part of what is done: high when it names the done part's subject."""
    before = _figures_before(ctx, rest)
    if len(before) != 1 or rest.sentence - part.sentence > 1 or rest.paragraph != part.paragraph:
        return None
    whole = before[0]
    if not (is_total(ctx, whole) or WHOLE_WORDS.search(ctx.prefix(whole))) or cues.DONE_PART.search(
        ctx.prefix(whole)
    ):
        return None
    # 「已有128个村……。全市行政村共有140个」: the noun after the part's measure word ends the whole's subject
    noun = re.match(r"[\u4e00-\u9fff]{1,4}", ctx.text[part.end :])
    named = bool(
        not part.subject
        and noun
        and whole.subject
        and any(whole.subject.endswith(noun.group(0)[:k]) for k in range(1, len(noun.group(0)) + 1))
    )
    return whole, "high" if named or subjects_match(whole.subject, part.subject) else "medium"


def _parts(ctx: ClaimContext, whole: Claim, rest: Claim) -> list[Claim]:
    """The figures between a whole and its remainder, of the remainder's unit; a stated total of the figures
    before it stands for them (「公办园97所、民办园68所,普惠园合计165所,其余21所」 is 186 − 165)."""
    parts = [
        c for c in ctx.claims if whole.q_start < c.q_start < rest.q_start and ctx.same_dimension(c, rest)
    ]
    totals = [i for i, c in enumerate(parts) if i > 0 and is_total(ctx, c)]
    return parts[totals[-1] :] if totals else parts


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


def _figures_before(ctx: ClaimContext, claim: Claim) -> list[Claim]:
    """The figures of the claim's unit before it in its sentence, bases and changes left out: where a rest's
    whole, a budget or what was spent is looked for."""
    return [
        c
        for c in ctx.claims
        if c.sentence == claim.sentence
        and c.q_start < claim.q_start
        and ctx.same_dimension(c, claim)
        and not is_base_or_change(ctx, c)
    ]
