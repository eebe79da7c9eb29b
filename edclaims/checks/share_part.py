"""The part a stated percentage is a share of: the nearest figure before it in its clause or the one before,
passing over comparison bases and their changes, growth rates, bracket contents, averages and thresholds; a
figure the rate names (优秀率 → 「优秀2870人」) before a nearer one. percent_of_whole pairs it with a whole."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from edclaims.checks import cues
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext
from edclaims.checks.linking import COMPARED
from edclaims.records import Claim


def candidate_parts(
    ctx: ClaimContext, anchor: Claim, passed: Callable[[Claim], bool] = lambda _: False
) -> Iterator[Claim]:
    """Claims before the anchor, nearest first, in its clause or the one before, passing over a comparison
    base and its change (「支出38.6亿元,比上年的37.3亿元增加1.3亿元,占……的19.4%」: the clause of the change
    does not count) and over the contents of a bracket (「升学9920人(升入高职8630人、……),升学率65.3%」)."""
    reach = anchor.clause - 1
    if not any(c.clause == reach for c in ctx.claims):
        reach -= 1  # 「实际录取6137人,超出计划,完成招生计划的105.8%」: a clause without figures between
    for claim in ctx.earlier(anchor):
        if claim.clause < reach:
            return
        if (
            COMPARED.search(ctx.prefix(claim))
            or ctx.in_closed_bracket(claim, anchor)
            or _rate_of_change(ctx, claim)
            or passed(claim)
        ):
            reach = min(reach, claim.clause - 1)
            continue
        yield claim


def share_prefix(ctx: ClaimContext, percent: Claim) -> str:
    """The clause before a percentage and its unit: 「完成年度目标的百分之四十五点五」 reads as 「完成年度目标的45.5%」."""
    start, _ = ctx.segs.clause_bounds(percent.clause)
    return ctx.text[start : min(percent.start, percent.q_start)]


def a_bound(claim: Claim) -> bool:
    approx = claim.quantity.approx
    return approx is not None and approx.direction in {"above", "below"} and approx.marker not in {"多", "余"}


def _rate_of_change(ctx: ClaimContext, claim: Claim) -> bool:
    """「比上年的68.66亿元增长8.4%」, 「提高1.7个百分点」: a growth rate, no part of anything."""
    return claim.dimension == "pp" or (
        claim.dimension == "percent" and bool(cues.RATE_VERB.search(ctx.prefix(claim)))
    )


# 「每天校内外各1小时」, 「每周不少于2课时」: how long each day or week an activity lasts describes what the part does
PER_PERIOD = re.compile(r"每(?:天|日|周|月|年|学期|学年|节课?)")
LESSONS = frozenset({"count:课时", "count:学时", "count:节"})  # lessons a week are a duration too


def a_per_period_duration(ctx: ClaimContext, claim: Claim) -> bool:
    """「61所落实每天校内外各1小时体育活动,落实率93.5%」: a duration per day or week is no part of a share."""
    dimension = claim.dimension or ""
    lasts = dimension.startswith("time:") or dimension in LESSONS
    return lasts and bool(PER_PERIOD.search(ctx.prefix(claim)))


# 「专任教师中专科及以上学历的占86.3%」: the share's clause names its set and states no part of its own
SET_SHARE = re.compile(r"[^,;。\d]{2,}中[^,;。\d]*占(?:比)?(?:为|达|达到)?$")


def part_for(ctx: ClaimContext, percent: Claim) -> Claim | None:
    """The figure the percentage is a share of: the nearest claim before it, in the same or previous clause;
    a figure that the rate names (「优秀2870人、良好8215人……,优秀率11.9%」) before a nearer one."""
    if SET_SHARE.search(share_prefix(ctx, percent)):
        return None
    label = OWN_LABEL.match(share_prefix(ctx, percent))
    named = _part_named_by_rate(ctx, percent) or (
        _part_named_by_label(ctx, percent, label.group(1)) if label else None
    )

    if named is not None and named.sentence < percent.sentence:
        return named  # named in the sentence before by a rate that opens its own sentence
    starts = {pair.before.id for pair in change_pairs(ctx) if pair.after.id == percent.id}

    def passed(claim: Claim) -> bool:
        # 「平均每名教师对应幼儿15.4人」 is a ratio, not a part; a figure the rate does not name is passed over;
        # so is last year's share the percentage rose from (「占比由上年的52.6%提高到54.7%」)
        not_named = named is not None and claim is not named and claim.sentence == named.sentence
        # 「有9个区县满意度超过90%,占75%」: a threshold that picks the part out is no figure of its own
        bound = claim.dimension == "percent" and a_bound(claim)
        return (
            bool(cues.AVERAGE.search(ctx.prefix(claim)))
            or not_named
            or claim.id in starts
            or bound
            or a_per_period_duration(ctx, claim)
        )

    for claim in candidate_parts(ctx, percent, passed):
        if claim.dimension in {"percent", "pp"} or claim.dimension is None:
            return None
        if (
            label is not None
            and claim is not named
            and claim.clause < percent.clause
            and not _label_names(ctx, label.group(1), claim)
        ):
            # 「其中研究生学历312人;女教师占71.6%」: a share whose clause names a group of its own is of that
            # group, not of a figure named otherwise before it (「随班就读3012人、送教上门353人;随班就读占51.3%」)
            continue
        if cues.REMAINDER.search(ctx.prefix(claim)[-6:]):
            # 「食堂供餐的79所,其余8所由企业供餐,食堂供餐率90.8%」: the rate names its part; a remainder
            # right before it is only the part when the rate's name is its own
            return named
        return claim
    return None


# 「女教师占71.6%」, 「女生所占比例为48.5%」, 「其中女生的比重48.5%」, 「女教师占全体教师的71.6%」: the share's
# clause opens with the group (「,所占比例为」 names none)
OWN_LABEL = re.compile(
    r"\s*(?:其中|而|另外)?[,:]?\s*((?:(?!所占|占)[\u4e00-\u9fff]){2,12}?)(?:所|的)?"
    r"(?:占(?:比例|比重|比)?|占[^,;。占\d]{1,16}的(?:比例|比重)?|比例|比重)(?:为|达到?|是)?$"
)
# words any group of people or schools may share: they tell no group from another
GENERIC = cues.GENERIC_WORDS | {"其中"}


def _part_named_by_label(ctx: ClaimContext, percent: Claim, label: str) -> Claim | None:
    """「在特殊教育学校就读2510人、随班就读3012人、送教上门353人;随班就读占51.3%」: the figure of the sentence
    the share's group names: the one whose own label begins it, else the one worded most like it (three
    words of 随班就读 against one)."""
    scored = sorted(
        (
            (_label_score(ctx, label, claim, own_only=True), claim)
            for claim in ctx.earlier(percent)
            if claim.sentence == percent.sentence and claim.dimension not in {"percent", "pp", None}
        ),
        key=lambda sc: -sc[0],
    )
    scored = [sc for sc in scored if sc[0] >= MIN_SHARED]
    if len(scored) == 1 or (len(scored) > 1 and scored[0][0] >= scored[1][0] + 2):
        return scored[0][1]
    return _named_respectively(ctx, percent, label)


# 「用于学前教育、义务教育、高中教育及其他,分别为1.05亿元、3.16亿元、1.27亿元和0.56亿元」: names listed, then
# their figures in the same order after 分别
RESPECTIVELY = re.compile(r"分别(?:为|是|有|达到?|占)?")
LIST_SEPARATOR = re.compile(r"、|(?<=[\u4e00-\u9fff])(?:和|及|与|以及)(?=[\u4e00-\u9fff])")


def _named_respectively(ctx: ClaimContext, percent: Claim, label: str) -> Claim | None:
    """「……义务教育……分别为1.05亿元、3.16亿元……,其中义务教育占项目支出的42.6%」: the figure in the place
    of the share's group in a list of names that 分别 gives figures to; only when names and figures count
    the same."""
    start, _ = ctx.segs.sentence_bounds(percent.sentence)
    head = ctx.text[start : percent.q_start]
    resp = RESPECTIVELY.search(head)
    if resp is None:
        return None
    names = head[: resp.start()]
    at = names.rfind(label)
    if at < 0:
        return None
    run_start = max(names.rfind(ch, 0, at) for ch in ",;:。") + 1
    run_end = min((i for i in (names.find(ch, at) for ch in ",;:。") if i >= 0), default=len(names))
    run = names[run_start:run_end]
    place = len(LIST_SEPARATOR.findall(names[run_start:at]))
    count = len(LIST_SEPARATOR.findall(run)) + 1
    figures = [
        c
        for c in sorted(ctx.earlier(percent), key=lambda c: c.q_start)
        if c.sentence == percent.sentence
        and c.q_start >= start + resp.end()
        and c.dimension not in {"percent", "pp", None}
    ]
    if count < 2 or len(figures) < count:
        return None
    listed = figures[:count]
    if len({c.dimension for c in listed}) != 1 or (
        len(figures) > count and figures[count].dimension == listed[0].dimension
    ):
        return None  # more figures of the unit than names: the places do not tell
    return listed[place]


MIN_SHARED = 2  # one shared word (教育) names no figure: many labels of a release share it
SAME_HEAD = 10  # the item's label and the share's begin with the same word
OWN_MATCH = 100  # a label written as the item's own outweighs any count of shared words


def _label_score(ctx: ClaimContext, label: str, claim: Claim, own_only: bool = False) -> int:
    """How well the share's group names the figure; `own_only` reads only the figure's own label (「……用于学前
    教育、义务教育及其他五个方面」 names 义务教育 in the clause, not as the label of 五)."""
    own = re.split(r"[、,:]|其中", ctx.prefix(claim))[-1].strip()
    if len(own) >= 2 and (label.startswith(own) or own.startswith(label)):
        return OWN_MATCH
    if len(own) >= 2 and own[:2] == label[:2]:
        return SAME_HEAD  # 「其中本科层次19.8万人……,本科计划占47.6%」: the group's head word is the item's
    words = cues.name_words(label, GENERIC)
    around = (own if own_only else ctx.prefix(claim)) + re.split(
        r"[,;。]", ctx.text[claim.end : claim.end + 6]
    )[0]
    return sum(1 for w in words if w in around)


def _label_names(ctx: ClaimContext, label: str, claim: Claim) -> bool:
    """The group the share names is worded like the figure (「民办园45所,民办园占比37.5%」); a label of only
    generic words (「学生占」) tells nothing and is taken to name it."""
    if not cues.name_words(label, GENERIC):
        return True
    return _label_score(ctx, label, claim) > 0


def _part_named_by_rate(ctx: ClaimContext, percent: Claim) -> Claim | None:
    """The one figure of the percentage's sentence whose clause holds the rate's stem (优秀率 → 「优秀2870人」)."""
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    if rate is None:
        return None
    stem = rate.group(1)[-4:]
    sentence = percent.sentence
    if not any(c.sentence == sentence for c in ctx.earlier(percent)):
        # 「……专升本升学1,087人,应征入伍96人。专升本升学率为20.7%」: a rate opening its sentence names a figure
        # of the sentence before
        sentence -= 1
    named = [
        claim
        for claim in ctx.earlier(percent, sentences_back=percent.sentence - sentence)
        if claim.sentence == sentence
        and claim.paragraph == percent.paragraph
        and claim.dimension not in {"percent", "pp", None}
        and not a_per_period_duration(ctx, claim)
        and clause_names_stem(ctx, claim, stem)
    ]
    return named[0] if len(named) == 1 else None


def clause_names_stem(ctx: ClaimContext, claim: Claim, stem: str) -> bool:
    """The figure's clause names the rate's stem before it or in the verb right after it (「10所已全部开工,开工率
    100%」, 「84所学校实行食堂供餐,食堂供餐率96.6%」); the words after it end at the next figure or list item."""
    after = re.split(r"[\d、]", ctx.suffix(claim))[0]
    return names_stem(ctx.prefix(claim), stem) or names_stem(after, stem)


def names_stem(prefix: str, stem: str) -> bool:
    """The clause names the rate's stem, or its two words in the other order (「升学和就业12770人……,就业
    升学率96.7%」)."""
    if stem in prefix:
        return True
    return len(stem) == 4 and stem[:2] in prefix and stem[2:] in prefix


RATE_STEM = re.compile(r"([\u4e00-\u9fff]{2,8})率(?:为|达|达到|是)?$")
