"""bounds: a share or rate (any 「…率」: 覆盖率, 巩固率, 近视率 …; 占比, 满意度, a share after 占) cannot exceed 100%.

A rate within its bound is reported as consistent (the reader sees that it was checked), a redacted one as
unverifiable, one above 100% as a mismatch. Rates that can legitimately pass 100% are exempt: completion against a plan (完成率120%), growth (增长率, 增幅), gross
enrolment (毛入学率 counts over-age pupils too) and utilisation (使用率, 利用率).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "bounds"
HUNDRED = Decimal(100)

# any 「…率」 names a share (联网率, 开课率, 近视率, 检出率 …) unless EXEMPT says it may pass 100%
# survey measures (满意度, 认可度, 知晓度) are shares of those asked; 「占一般公共预算支出的15.2%」 names its whole
RATE = re.compile(
    r"([\u4e00-\u9fff]{0,6}率|占比|比例|比重|满意度|认可度|知晓度|(?:覆盖|资助|受助|受益|普及)面"
    r"|(?<=[\u4e00-\u9fff的])占"
    r"|占(?!地|用|有)[^,;。占]{1,16}的)"
)
# the rate word sits right before the number, with at most a linking verb between (「覆盖率达到」, 「占比为」)
RATE_BEFORE = re.compile(
    RATE.pattern
    + r"(由[^,;。]{1,12}?)?(?:已|均|分别|依次)?(?:要|应|应当|需|须|必须|将|力争|确保|争取)?"
    + r"(稳定|保持|提高|提升|上升|下降|降低|降)?(达到|达|为|是|在|到|至)?(了)?(约|近)?$"
)
# (「覆盖率要达到100%」, 「入学率确保达到」: a rate a text requires is a share all the same)
# shares of a plan or of last year, growth, gross and utilisation rates may pass 100% and still be right
EXEMPT = re.compile(
    r"(增长|增幅|增速|增加|同比|上年|去年|计划|任务|目标|毛入|使用率|利用率|相当于|超额|执行率|贡献率|"
    r"收益率|回报率|效率|频率|利率|汇率|税率|比率)"
)


# 「完成率112.2%」 against 「年度……目标为12万人」 may pass 100 %; 「校本研修完成率100%」 with no plan named is the
# share of those who were to complete
PLAN = re.compile(r"(目标|计划|任务|预期|投资|进度|超额)")
# 「毛入学率」 counts over-age pupils too: above 100 % it is no error, within it a share like any other
GROSS = re.compile(r"毛入[学园]率")


def _exempt(ctx: ClaimContext, claim: Claim, text: str) -> bool:
    if EXEMPT.search(text):
        return True
    sentence_start, _ = ctx.segs.sentence_bounds(claim.sentence)
    return "完成" in text and bool(PLAN.search(ctx.text[sentence_start : claim.start]))


def _rate_word(ctx: ClaimContext, claim: Claim) -> str | None:
    # up to the mention's start: 「持证率达到百分之九十五」 has its unit before the number; a gloss in
    # brackets is not part of the rate's name (「就业(升学)率」)
    start, _ = ctx.segs.clause_bounds(claim.clause)
    prefix = re.sub(r"\([^()]{0,8}\)", "", ctx.text[start : claim.start])
    match = RATE_BEFORE.search(prefix) or _rate_named_before(ctx, claim)
    if match is None:
        return None
    # 「覆盖率由上年的89.6%提高到91.3%」: the base's 上年 names no share of last year's figure
    checked = prefix.replace(match.group(2) or "", "") if match.re is RATE_BEFORE else prefix
    word = match.group(1)
    if GROSS.search(word):
        checked = checked.replace("毛入", "")
    if _exempt(ctx, claim, checked):
        return None
    tail = prefix[match.start() :]
    if cues.RATE_CHANGE.search(tail) and not re.search(r"(到|至|为)$", tail):
        return None  # 「占比提高120%」 is a relative change; 「占比提高到120%」 is still a share
    if GROSS.search(word):
        return word[-4:]
    return word[-3:] if word.endswith("率") else word  # 「普惠性幼儿园覆盖率」 → 覆盖率


# 「高中生近视率最高,为80.9%」: the rate named in the clause before, the figure in its own
RATE_THEN = re.compile(RATE.pattern + r"(?:最高|最低|较高|较低)$")


def _rate_named_before(ctx: ClaimContext, claim: Claim) -> re.Match[str] | None:
    start, _ = ctx.segs.clause_bounds(claim.clause)
    if ctx.text[start : claim.start].strip() not in {"为", "是", "达", "达到"} or claim.clause == 0:
        return None
    previous_start, _ = ctx.segs.clause_bounds(claim.clause - 1)
    return RATE_THEN.search(ctx.text[previous_start:start].rstrip(","))


# 「另有83.5%的家长希望……」, 「超过九成的学校」, 「近60%以上的教师」: a share of a group written before the group;
# not a rate of change or a target (「增长12%的目标」, 「按30%的比例」)
SHARE_OF_GROUP = re.compile(r"(?:以上|以下|左右)?的(?P<group>[\u4e00-\u9fff]{2})")
NOT_A_GROUP = re.compile(r"(比例|标准|目标|任务|水平|幅度|速度|增长|增幅|权重|系数|比重|要求|份额|额度|部分)")


# 「实现百分之百全覆盖」: a coverage; 「按不低于在园幼儿总数8%的比例」: a proportion of the whole named before it
COVERAGE = re.compile(r"(?:的)?全?覆盖")
WHOLE_BEFORE = re.compile(r"(?:总数|总额|总量|人数|总人数)的?$")
PROPORTION = re.compile(r"的(?:比例|比重)")


def _share_of_group(ctx: ClaimContext, claim: Claim) -> str | None:
    """The group a percentage written before it is a share of (「83.5%的家长」), a coverage, or a proportion of a
    whole named right before it; None otherwise."""
    prefix = ctx.prefix(claim)
    if _exempt(ctx, claim, prefix) or cues.RATE_CHANGE.search(prefix):
        return None
    if COVERAGE.match(ctx.text, claim.end):
        return f"{arith.as_written(claim)}覆盖"
    if WHOLE_BEFORE.search(prefix) and PROPORTION.match(ctx.text, claim.end):
        # 「按招生计划人数120%的比例确定面试人选」 may pass 100 % on purpose: only a proportion within it is said
        value = arith.value(claim)
        return f"{prefix[-4:]}{arith.as_written(claim)}的比例" if value is not None and value <= 100 else None
    match = SHARE_OF_GROUP.match(ctx.text, claim.end)
    if match is None:
        return None
    if NOT_A_GROUP.match(ctx.text, match.start("group")) or cues.RATE_CHANGE.search(prefix):
        return None
    if re.search(r"(按|按照|以|超出|高出|相当于)$", prefix) or re.search(r"(平均|水平|标准|倍)", prefix):
        return None  # 「为全省平均水平120%的地区」 is a ratio to a benchmark, not a share
    return f"{arith.as_written(claim)}的{match.group('group')}"


# 「总体近视率为50.2%……。分学段看,6岁儿童为14.6%,小学生为35.8%」: a breakdown (分…看, 从…看, 按…分, 其中) gives
# each group's figure of the rate named before it, group name then 为/是/达到 (or 分别为 a list)
BREAKDOWN = re.compile(
    r"(?:^|[,;])(?:分[^,;。]{1,6}(?:看|统计)|从[^,;。]{1,6}看|按[^,;。]{1,6}(?:分|划分|统计)|其中)(?:来看)?,"
)
GROUP_IS = re.compile(r"^[^,;。%]{1,10}?(?:分别|依次)?(?:为|是|达到|达)$")
LIST_NEXT = re.compile(r"(?:^|%)(?:和|及|与)?$")  # 「分别为96.2%、92.4%和88.1%」: the next item of the list


def _rate_of_breakdown(ctx: ClaimContext, claim: Claim, last: tuple[Claim, str] | None) -> str | None:
    """The rate named by the last rate figure (this sentence or the one before, same paragraph) for a figure of a
    breakdown, or for the next item of a list 「分别为A、B和C」 whose first item had it."""
    if last is None:
        return None
    previous, word = last
    if previous.paragraph != claim.paragraph or claim.sentence - previous.sentence > 1:
        return None
    sentence_start, _ = ctx.segs.sentence_bounds(claim.sentence)
    if not BREAKDOWN.search(ctx.text[sentence_start : claim.start]):
        return None
    prefix = ctx.prefix(claim)
    if _exempt(ctx, claim, prefix) or cues.RATE_CHANGE.search(prefix):
        return None
    listed = previous.sentence == claim.sentence and LIST_NEXT.search(prefix)
    return word if GROUP_IS.match(prefix) or listed else None


@register_check(NAME)
def check_bounds(ctx: ClaimContext) -> Iterator[Finding]:
    last: tuple[Claim, str] | None = None
    for claim in ctx.claims:
        if claim.dimension != "percent":
            continue
        named = _rate_word(ctx, claim)
        word = named or _share_of_group(ctx, claim) or _rate_of_breakdown(ctx, claim, last)
        if word is None:
            continue
        if named is not None or (last is not None and word == last[1]):
            last = (claim, word)
        iv = arith.interval(claim)
        if GROSS.search(word) and iv is not None and iv.low > HUNDRED:
            continue  # a gross rate above 100 % counts over-age pupils: no error
        yield _judge(claim, word)


def _judge(claim: Claim, word: str) -> Finding:
    iv = arith.interval(claim)
    stated, tol = arith.value(claim), arith.rounding_tolerance(claim)
    if iv is None:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            (claim,),
            f"「{word}」 is a share, but its figure is redacted or missing.",
        )
    if iv.low <= HUNDRED:  # within bounds, or only possibly above given its rounding
        return Finding(
            NAME,
            Status.CONSISTENT,
            (claim,),
            f"「{word}」 is a share: {arith.as_written(claim)} is within 0–100%.",
            stated=stated,
            expected=HUNDRED,
            tolerance=tol,
        )
    return Finding(
        NAME,
        Status.MISMATCH,
        (claim,),
        f"「{word}」 is a share and cannot exceed 100%, but the text gives {arith.as_written(claim)}.",
        stated=stated,
        expected=HUNDRED,
        tolerance=tol,
        confidence="high",
    )
