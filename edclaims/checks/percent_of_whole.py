"""percent_of_whole: a stated percentage against part ÷ whole (「4876个行政村……共4835个,覆盖率99.2%」)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

from edclaims.checks import arith, cues
from edclaims.checks.breakdown import breakdown_parts, breakdowns, set_openers
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import (
    Link,
    distance,
    earlier_candidates,
    frames_conflict,
    is_base_or_change,
    link_earlier,
)
from edclaims.checks.registry import register_check
from edclaims.checks.share_part import (
    RATE_STEM,
    a_bound,
    a_per_period_duration,
    candidate_parts,
    clause_names_stem,
    names_stem,
    part_for,
    share_prefix,
)
from edclaims.records import Claim, Finding, Status

NAME = "percent_of_whole"


# 「按在园幼儿计算」: the share is worked out on another base than the figure before it
OTHER_BASE = re.compile(r"按[^,;。]{1,10}(?:计算|计|算|统计)")
# a share named after persons (「公办园在园幼儿占比」) is no share of a count of schools
PERSONS_NAMED = re.compile(r"(幼儿|学生|儿童|教师|教职工|人员|毕业生|新生|考生|家长)")


def _another_base(ctx: ClaimContext, part: Claim, percent: Claim) -> bool:
    """The share says it is of something else than the part's kind of figure."""
    if OTHER_BASE.search(ctx.text[part.end : percent.q_start]):
        return True
    label = SHARE_LABEL.search(share_prefix(ctx, percent)) or RATE_STEM.search(share_prefix(ctx, percent))
    named = PERSONS_NAMED.search(label.group(1)) if label else None
    return named is not None and part.dimension not in {"count:人", "count:人次"}


# 「占符合条件教师3210名的20%」; 「培训3.5万人次,完成年度目标3万人次的116.7%」: the plan is the whole
INSIDE_SHARE = re.compile(r"(?:占|完成(?:了)?)[^,;。占]{0,16}$")
# 「完成年度目标3万人次的116.7%」: a target stated inside the share is its whole, not a bound to compare with
TARGET_INSIDE = re.compile(r"完成(?:了)?[^,;。\d]{0,10}\d[^,;。]{0,8}的$")


def _inline_whole(ctx: ClaimContext, whole: Claim, percent: Claim) -> tuple[Claim, Link] | None:
    """(part, link to the whole) when the share's whole is written inside it: 「A,占B N的Y%」."""
    # percent.start: 「的百分之九十二」 has its unit before the number
    if ctx.text[whole.end : percent.start].strip() != "的" or not INSIDE_SHARE.search(ctx.prefix(whole)):
        return None
    # 「1,126所中小学校落实每天体育活动不少于2小时,占中小学校总数1,187所的94.9%」: the duration is passed over
    for part in candidate_parts(ctx, whole, lambda c: a_per_period_duration(ctx, c)):
        if not (ctx.same_dimension(part, whole) or _both_counts(part, whole)):
            return None
        return part, Link(whole, "high", "the whole written inside 占…的 (完成…的)")
    return None


def _both_counts(a: Claim, b: Claim) -> bool:
    """「名额8600个,占招生计划15360人的56.0%」: the whole written inside the share may count in another word."""
    return all(c.dimension is not None and c.dimension.startswith("count:") for c in (a, b))


# 「资助名额按在校生16.2万人的30%核定」: a number of places set as a share of a whole written after 按
QUOTA_BY = re.compile(r"^\s*([^,;。\d]{2,10}?)按(?:照)?[^,;。\d]{0,12}$")


def _quota_of_a_whole(ctx: ClaimContext, whole: Claim, percent: Claim) -> tuple[Claim, Link] | None:
    """(part, link to the whole) for 「X按W N的Y%」: the part is the one figure of the sentence or the one
    before worded like X (「资助学生4.86万人」 for 资助名额)."""
    quota = QUOTA_BY.match(ctx.prefix(whole))
    if quota is None or ctx.text[whole.end : percent.start].strip() != "的":
        return None
    words = cues.name_words(quota.group(1))
    worded = [
        c
        for c in ctx.earlier(whole, sentences_back=1)
        if (ctx.same_dimension(c, whole) or _both_counts(c, whole))
        and not is_base_or_change(ctx, c)
        and words & _words_around(ctx, c)
    ]
    if len(worded) != 1:
        return None
    return worded[0], Link(
        whole, "high", f"the whole written after 按, the part the one figure worded like 「{quota.group(1)}」"
    )


SHARE_LABEL = re.compile(
    r"(?:其中|分别)?([\u4e00-\u9fff]{2,10}?)(?:合计|共)?占(?:比|[^,;。占]{1,8}的)?(?:比例|比重)?(?:为|达到?|是)?$"
)
ITEM_OPENER = re.compile(r"^\s*(?:其中|分别|包括|含)")
ITEM_LABEL = re.compile(r"(?:达到|为|是|有)?([\u4e00-\u9fff]{2,10}?)(?:的|为|有|达)?$")


def _labelled_item(ctx: ClaimContext, percent: Claim) -> tuple[Claim, Link] | None:
    """A share that names an item of a breakdown stated before it (「……及格等级10504人,不及格1256人。……
    及格等级占42.7%」): (the item, its breakdown's total); the item's own label must be the share's, or
    begin it (「不及格1256人」 / 「不及格等级占5.1%」), and no other item may fit."""
    label = SHARE_LABEL.search(share_prefix(ctx, percent))
    if label is None:
        return None
    name = label.group(1)
    fits = []
    for total, items, *_ in breakdowns(ctx):
        if total.sentence > percent.sentence or percent.sentence - total.sentence > 2:
            continue
        for item in items:
            if item.q_start > percent.q_start:
                continue
            # 「其中隐形变异培训27起」: the label is what follows 其中
            own = ITEM_LABEL.search(ITEM_OPENER.sub("", re.split(r"[、,]", ctx.prefix(item))[-1]))
            if own is not None and (name == own.group(1) or name.startswith(own.group(1))):
                fits.append((item, total))
    if len(fits) != 1:
        return None
    item, total = fits[0]
    return item, Link(
        total, "high", f"the share names the item 「{name}」 of the breakdown of {arith.as_written(total)}"
    )


# 「其中特色高中148所、综合高中37所,分别占24.2%和6.0%」: the shares of the items listed before, in their order
SHARE_SEPARATOR = re.compile(r"\s*(?:、|和|及|与|以及|,)\s*")
RESPECTIVE_SHARE = re.compile(r"分别(?:所)?占(?:比)?[^,;。\d]{0,12}?(?:的)?(?:比例|比重)?(?:为|是|达)?$")


def _respective_share(ctx: ClaimContext, percent: Claim) -> tuple[Claim, Link] | None:
    """The share in the place of its item in a breakdown whose items, as many as the shares, end right before
    the 分别占 clause: a share of the breakdown's total."""
    in_sentence = sorted(
        (c for c in ctx.claims if c.sentence == percent.sentence and c.dimension == "percent"),
        key=lambda c: c.q_start,
    )
    openers = [
        c for c in in_sentence if c.q_start <= percent.q_start and RESPECTIVE_SHARE.search(ctx.prefix(c))
    ]
    if not openers:
        return None
    shares = [openers[-1]]
    for c in in_sentence[in_sentence.index(openers[-1]) + 1 :]:
        if not SHARE_SEPARATOR.fullmatch(ctx.between(shares[-1], c)):
            break
        shares.append(c)
    if percent not in shares:
        return None
    for breakdown in breakdowns(ctx):
        items = breakdown.items
        last = items[-1]
        if (
            len(items) == len(shares)
            and last.sentence == percent.sentence
            and last.q_start < shares[0].q_start
            and not any(last.q_start < c.q_start < shares[0].q_start for c in ctx.claims)
        ):
            part = items[shares.index(percent)]
            how = f"the share in the place of its item, of the 其中 breakdown of {arith.as_written(breakdown.total)}"
            return part, Link(breakdown.total, "medium" if breakdown.uncertain else "high", how)
    return None


def _part_after_the_rate(ctx: ClaimContext, percent: Claim) -> tuple[Claim, Link] | None:
    """「共抽测中小学生12.48万人,……优良率54.3%,……。优良学生6.78万人」, 「合格率95.6%,合格学生8,260人」: a rate
    with no part before it is of the figure right after it (the next clause, or the next sentence's first one)
    that its name names, and of the whole its sentence states before it: the one figure there."""
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    if rate is None:
        return None
    stem = rate.group(1)[-4:]
    after = [
        c
        for c in ctx.claims
        if c.q_start > percent.q_start
        and c.paragraph == percent.paragraph
        and percent.sentence <= c.sentence <= percent.sentence + 1
        and c.dimension != "percent"
    ]
    if not after:
        return None
    part = after[0]
    opens_next = part.sentence == percent.sentence + 1 and not any(
        c.sentence == part.sentence and c.q_start < part.q_start for c in ctx.claims
    )
    next_clause = part.sentence == percent.sentence and part.clause == percent.clause + 1
    prefix = ctx.prefix(part)
    if not (opens_next or next_clause) or not (names_stem(prefix, stem) or stem[-2:] in prefix):
        return None
    before = [c for c in ctx.earlier(percent) if c.sentence == percent.sentence and c.dimension != "percent"]
    if len(before) != 1:
        return None  # 「学校47所、学生4.2万人,覆盖率……」: the rate may be of either
    whole = before[0]
    if (
        not ctx.same_dimension(whole, part)
        or is_base_or_change(ctx, whole)
        or is_base_or_change(ctx, part)
        or not _can_contain(whole, part, percent)
    ):
        return None
    how = f"the figure the rate names right after it, of the one figure before it, {arith.as_written(whole)}"
    return part, Link(whole, "high", how)


def _can_contain(whole: Claim, part: Claim, percent: Claim) -> bool:
    """A whole smaller than its part only makes sense for a share above 100 % (完成率120%)."""
    w, p, s = arith.value(whole), arith.value(part), arith.value(percent)
    if w is None or p is None:
        return True
    return w >= p or (s is not None and s > 100)


OWN_SHARE = re.compile(
    r"[,;]?\s*(?:(?:分别)?占(?:比)?(?:[^,;。]{0,10}的)?(?:比例|比重)?|[^,;。\d]{0,6}率)(?:为|达|达到)?\s*"
)
# 「全市1028所中小学幼儿园中,……达标的1028所,达标率100%;……安装1021所,安装率99.3%」: the sentence
# opens with the set its parts are counted in
DECLARED_WHOLE = re.compile(r"^[^,;。\d]{0,14}中[,;:]?$")


def _has_own_share(ctx: ClaimContext, claim: Claim) -> bool:
    """「脱贫家庭学生2140名,占31.4%」: a figure followed by its own share is a part, never the whole of the
    next part's share."""
    later = ctx.later_in_sentence(claim)
    if not later or later[0].dimension != "percent":
        return False
    return bool(OWN_SHARE.fullmatch(ctx.between(claim, later[0])))


WHOLE_NAMED = re.compile(
    r"占(?!百分之|千分之)(?:全[市县区省]|全部|所有)?([^,;。占]{2,12}?)(?:总数|总量|总人数|总面积|总额|总计|的比例|的比重)?的?(?:比例|比重)?(?:为|达|达到)?$"
)


def _whole_for(
    ctx: ClaimContext,
    part: Claim,
    percent: Claim,
    contain: Callable[[Claim, Claim, Claim], bool] | None = None,
) -> Link | None:
    """The whole: an earlier claim of the same dimension, the same subject and year (see linking.py); when
    the share names its whole (「占学校总数的26.9%」), a claim of that subject. `contain` says which figures
    can hold the part (by default: none smaller, unless the share passes 100 %)."""
    can_contain = contain or _can_contain
    part_of = {item.id: b.total for b in breakdowns(ctx) for item in b.items if part not in b.items}

    def accept(c: Claim) -> bool:
        # 「食堂136个,其中自营食堂121个……A级食堂98个,占72.1%」: an item is no whole when its total, stated
        # before the part too, is there to be the whole
        total = part_of.get(c.id)
        shadowed = total is not None and total.q_start < part.q_start and ctx.same_dimension(total, part)
        return accept_named(c) and not _has_own_share(ctx, c) and not shadowed

    def accept_named(c: Claim) -> bool:
        # 「已落实19.9万人,去向落实率达92%。……升学3.1万人,占已落实人数的15.6%」: a figure the share names is its
        # whole even when it is itself a part with a share of its own; 「校均排查6.4栋」 is an average, no whole
        return can_contain(c, part, percent) and not cues.AVERAGE.search(ctx.prefix(c))

    total_before = _total_before_qizhong(ctx, part, percent, accept_named)
    if total_before is not None:
        return total_before
    declared = [
        c
        for c in ctx.earlier(part)
        if c.sentence == part.sentence and ctx.same_dimension(c, part) and DECLARED_WHOLE.match(ctx.suffix(c))
    ]
    if declared and accept(declared[0]):
        return Link(
            declared[0],
            "high",
            f"the set the sentence opens with ({arith.as_written(declared[0])}…中)",
            basis=SET_OPENED if SET_SAID.search(ctx.suffix(declared[0])) else "",  # not 「126所初中,」
        )
    for sentence, body_start, total in set_openers(ctx):
        # 「最终录用407名。」 ¶ 「录用人员中,女性312名,占76.7%」: the set the sentence opens with, even when its
        # groups overlap and make no breakdown
        if sentence == part.sentence and part.q_start >= body_start and ctx.same_dimension(total, part):
            # 「其中随迁子女15.37万人,占22.5%。随迁子女中,……13.96万人」: the set named is the whole even when
            # it has a share of its own
            if accept_named(total):
                return Link(
                    total,
                    "high",
                    f"the set the sentence opens with, {arith.as_written(total)}",
                    # 「录用人员中,」 says the part is counted in it; 「全市126所初中,」 does not
                    basis=SET_OPENED if SET_SAID.search(ctx.text[:body_start]) else "",
                )
    of_all = _whole_of_all(ctx, part, percent, accept_named)
    if of_all is not None:
        return of_all
    in_set = _set_named_before_part(ctx, part, accept_named)
    if in_set is not None:
        return in_set
    named = WHOLE_NAMED.search(share_prefix(ctx, percent)) or DONE_OF.search(share_prefix(ctx, percent))
    for breakdown in breakdowns(ctx):
        total, items = breakdown.total, breakdown.items
        if part in items and accept(total):  # 「困难学生6820名。其中脱贫家庭学生2140名,占31.4%」
            if named is not None and not _fits_name(ctx, total, named.group(1)):
                # 「毕业生21.6万人中,已落实19.9万人。从去向看,升学3.1万人,占已落实人数的15.6%」: the whole the
                # share names wins over a breakdown's total of another name
                by_name = _named_whole(ctx, part, named.group(1), accept_named)
                if by_name is not None and by_name.claim is not total:
                    return by_name
            done_of = _done_of_an_item(ctx, part, items)
            if done_of is not None:
                # 「其中,项目资金3,256万元,已支付2,918万元,支付率89.6%」: what is done of the item right before it;
                # sure when the rate right after names the part
                rate = RATE_STEM.search(share_prefix(ctx, percent)) or PROGRESS.search(
                    share_prefix(ctx, percent)
                )
                named_part = rate is not None and names_stem(ctx.prefix(part), rate.group(1)[-4:])
                sure = named_part and next(candidate_parts(ctx, percent), None) is part
                how = f"what is done of {arith.as_written(done_of)}, the item right before it"
                return Link(done_of, "high" if sure else "medium", how)
            named_by_rate = _rate_names(ctx, percent, part, total) if len(items) > 1 else None
            if named_by_rate == "total":
                # 「完成视力筛查34,612人,其中……高中5,428人,筛查覆盖率100%」: the rate is the total's own (of a
                # whole not stated), not a share of the last item in the total
                return None
            # a total that is a guess makes the pairing uncertain; so does a rate after the last of several items
            # that names neither it nor the total (「其中初中10,254人、高中5,428人,达标率95%」: of 高中, or of all?)
            return Link(
                total,
                "medium" if breakdown.uncertain or named_by_rate == "neither" else "high",
                f"其中 breakdown of {arith.as_written(total)}, {distance(total, part)}",
                basis=UNNAMED_ITEM if named_by_rate == "neither" else "",
            )
    by_rest = _whole_of_part_and_rest(ctx, part, percent, accept)
    if by_rest is not None:
        return by_rest
    if named is not None:  # 「占民办园总数的89%」: only a figure of that name is the whole
        return _named_whole(ctx, part, named.group(1), accept_named)
    done_of = _done_of_a_stated_part(ctx, part, percent, accept_named)
    if done_of is not None:
        return done_of
    # a share's whole may be the one figure of the sentence before (「毕业生2.46万人。……2.31万人,就业率93.9%」)
    link = link_earlier(ctx, part, accept=accept, sentence_before=True)
    # 「食堂1.38万个。……抽查食堂2,760个,占全部食堂的20%,发现……的食堂316个,问题发现率11.4%」: the whole the rate
    # is reckoned on is named by the rate, before a figure of the same subject and even when it has a share of
    # its own
    conventional = _conventional_whole(ctx, part, percent, accept_named)
    if conventional is not None:
        return conventional
    if link is not None and link.basis == "only_in_sentence" and _rate_right_after(ctx, part, percent):
        # 「在校生4.4万人,参加课后服务的学生4.12万人,参与率93.6%」: one figure before the part, and a rate
        # named right after it: the sentence states whole, part and share in that order
        return Link(link.claim, "high", link.reason + "; the rate follows the part")
    if link is not None and link.basis == "only_before" and _opens_with_qizhong(ctx, part):
        # 「……招聘教师156名。其中高中24名……;面向乡村学校的岗位98名,占62.8%」: a sentence opening with 其中 counts
        # within the one figure of its unit in the sentence before
        return Link(link.claim, "high", link.reason + "; the part's sentence opens with 其中")
    if (
        link is not None
        and link.basis == "only_before"
        and _rate_right_after(ctx, part, percent)
        and (
            cues.DONE_PART.match(ctx.prefix(part))
            or (part.subject is None and _rate_names_part(ctx, part, percent))
        )
    ):
        # 「毕业生2.46万人,比去年……。截至8月底,已就业和升学2.31万人,就业率93.9%」: what is done of the one
        # figure of the sentence before, and its rate right after it; so is a part of no group of its own that
        # the rate names (「计划改扩建幼儿园10所。目前10所已全部开工,开工率100%」; not 「农村入学800人,入学率」)
        return Link(link.claim, "high", link.reason + "; what is done of it, the rate follows the part")
    if (
        link is not None
        and link.confidence == "medium"
        and link.basis == "subject"
        and _rate_right_after(ctx, part, percent)
        and _only_one_of_that_subject(ctx, part, link.claim, accept)
    ):
        # 「危险水域426处。」 ¶ 「配备……的危险水域398处,配备率94.3%」: one figure of that subject within reach
        return Link(
            link.claim, "high", link.reason + "; the only one of that subject, the rate follows the part"
        )
    if link is None and _rate_right_after(ctx, part, percent):
        # 「……共287人,其中……。」 ¶ 「已安置入学281人,入学率97.9%」: the one figure of the unit within reach that
        # is no item of a breakdown
        parts = breakdown_parts(ctx)
        reach = [c for c in earlier_candidates(ctx, part) if accept(c) and c.id not in parts]
        if len(reach) == 1:
            where = distance(reach[0], part)
            return Link(reach[0], "medium", f"the only figure of this unit within reach, {where}")
    return link


# 「……随班就读3.05万人、送教上门0.96万人,残疾学生合计6.19万人,其中随班就读占49.3%」: 其中 opening the share's
# clause counts within the total the clause before ends with, even when the part is stated before that total
QIZHONG_SHARE = re.compile(r"\s*(?:这)?其中")


def _total_before_qizhong(
    ctx: ClaimContext, part: Claim, percent: Claim, accept: Callable[[Claim], bool]
) -> Link | None:
    if not QIZHONG_SHARE.match(share_prefix(ctx, percent)):
        return None
    before = [c for c in ctx.earlier(percent) if c.clause < percent.clause]
    if not before or before[0].sentence != percent.sentence or before[0] is part:
        return None
    total = before[0]
    if (
        not ctx.same_dimension(total, part)
        or not STATED_TOTAL.search(ctx.prefix(total)[-8:])
        or ctx.suffix(total).strip(" ,;:")
        or not accept(total)
    ):
        return None
    return Link(total, "high", f"其中 after the total {arith.as_written(total)}, {distance(total, part)}")


SET_SAID = re.compile(
    r"[^,;。\d初高其集心空之当正]中\s*[,:]?\s*$"
)  # 「录用人员中,」 ends the sentence's opener
SET_OPENED = "set_opened"  # a Link's basis: the set the part's sentence opens with (「录用人员中,」)
UNNAMED_ITEM = (
    "unnamed_item"  # a Link's basis: the last of several items, which the rate after it does not name
)


def _rate_names(ctx: ClaimContext, percent: Claim, item: Claim, total: Claim) -> str | None:
    """What a rate after an item of a breakdown into several names: "item" (「其中合格1.8万人,合格率90%」, also a word of
    it: 获证率 after 获得证书), "total" (筛查覆盖率 after 「筛查34,612人,其中……」), or "neither"; None when the
    percentage is no rate (「占63.1%」, 「占比」 are shares of the item)."""
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    if rate is None:
        return None
    stem = rate.group(1)[-4:]
    words = cues.name_words(stem)
    own = ctx.prefix(item)
    if names_stem(own, stem) or words & _words_in(own) or (len(stem) == 2 and all(ch in own for ch in stem)):
        return "item"
    if words & _words_in(ctx.prefix(total)):
        return "total"
    return "neither"


def _words_in(text: str) -> set[str]:
    return cues.name_words(text, frozenset())


# 「占全县在园幼儿的46.9%」, 「占全市学生总数的」: the whole of the whole area (or 全部, 所有) is named
ALL_NAMED = re.compile(
    r"占(全[市县区省州旗镇乡校]|全部|所有)([^,;。占]{2,12}?)(?:总数|总量|总人数|总额)?的?(?:比例|比重)?(?:为|达|达到)?$"
)


def _whole_of_all(
    ctx: ClaimContext, part: Claim, percent: Claim, accept: Callable[[Claim], bool] | None = None
) -> Link | None:
    """「全县在园幼儿1.52万人,其中在普惠性幼儿园就读的1.408万人……公办园9,870人。公办园在园幼儿占全县在园
    幼儿的46.9%」: a share of 全县X is of the one earlier figure whose clause says 全县 and names X, not of a
    narrower set the part is counted in."""
    named = ALL_NAMED.search(share_prefix(ctx, percent))
    if named is None:
        return None
    scope, name = named.groups()
    words = cues.name_words(name) or {name}
    fits = [
        c
        for c in earlier_candidates(ctx, part)
        if (accept(c) if accept else _can_contain(c, part, percent))
        and scope in ctx.prefix(c)
        and (subjects_match(c.subject, name) or words & _words_around(ctx, c))
    ]
    if not fits and scope in {"全部", "所有"}:
        # 「全年共组织培训8,460人次……乡村教师参训5,310人次,占全部参训人次的62.8%」: all of them is the one figure
        # within reach stated as a total
        fits = [
            c
            for c in earlier_candidates(ctx, part)
            if (accept(c) if accept else _can_contain(c, part, percent))
            and STATED_TOTAL.search(ctx.prefix(c)[-12:])
        ]
    if len(fits) != 1:
        return None
    return Link(fits[0], "high", f"the whole named 「{scope}{name}」, the one figure stated so")


STATED_TOTAL = re.compile(r"共|合计|总计|总数")


# 「需进行抗震加固的校舍xx栋,占……。已完成加固31栋,完成率79.5%」: what is done of a figure the sentence before
# states as to be done (加固 in both), even when that figure has a share of its own (「需改造的旱厕120座,占总数的
# 15%;已改造108座,改造率90%」)
def _done_of_a_stated_part(
    ctx: ClaimContext, part: Claim, percent: Claim, accept: Callable[[Claim], bool]
) -> Link | None:
    prefix = ctx.prefix(part)
    done = cues.DONE_PART.search(prefix)
    if done is None or not _rate_right_after(ctx, part, percent):
        return None
    verb = re.sub(r"^(?:完成|实现|经)", "", prefix[done.end() :])
    words = cues.name_words(verb)
    fits = [
        c
        for c in earlier_candidates(ctx, part)
        if c.paragraph == part.paragraph
        and part.sentence - 1 <= c.sentence <= part.sentence
        and accept(c)
        and words & _words_around(ctx, c)
    ]
    if len(fits) != 1:
        return None
    return Link(
        fits[0], "high", f"what is done of {arith.as_written(fits[0])}, worded so in the sentence before"
    )


def _opens_with_qizhong(ctx: ClaimContext, part: Claim) -> bool:
    start, _ = ctx.segs.sentence_bounds(part.sentence)
    return ctx.text[start : part.q_start].lstrip().startswith(("其中", "这其中"))


# the figure a rate is taken of by convention, named by the rate and its part: 录取率 of those who applied,
# 办结率 of the cases received, 有效率 of the forms sent out, 合格率 of those examined, 升学率 of the graduates,
# 发现率 / 检出率 of those inspected
RATE_WHOLES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"录取"), re.compile(r"报名|报考|申请")),
    (re.compile(r"办结|答复|回复|处置|化解"), re.compile(r"受理|收到|接到|接收|登记")),
    (re.compile(r"回收|有效"), re.compile(r"发放|发出|派发")),
    (
        re.compile(r"合格|通过|达标|及格"),
        re.compile(r"参加|参检|参评|参测|参考|抽检|抽查|检测|受检|申报|送检"),
    ),
    (re.compile(r"升学|就业|深造|去向落实"), re.compile(r"毕业生")),
    (re.compile(r"发现|检出|查处"), re.compile(r"抽查|检查|筛查|抽检|排查|检测|巡查")),
)


def _conventional_whole(
    ctx: ClaimContext, part: Claim, percent: Claim, accept: Callable[[Claim], bool]
) -> Link | None:
    """「报名学生15,120人……共录取新生6,795人,录取率44.9%」: a rate whose name its part's clause holds is of the
    whole its kind is reckoned on; the one figure within reach worded so (an item of a breakdown whose total is
    worded so too gives way to that total) is the whole."""
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    if rate is None or not names_stem(ctx.prefix(part), rate.group(1)[-4:]):
        return None
    wanted = next((whole for kind, whole in RATE_WHOLES if kind.search(rate.group(1))), None)
    if wanted is None:
        return None
    worded = [c for c in earlier_candidates(ctx, part) if accept(c) and wanted.search(_around(ctx, c))]
    totals = {b.total.id for b in breakdowns(ctx)} & {c.id for c in worded}
    worded = [c for c in worded if not any(c in b.items and b.total.id in totals for b in breakdowns(ctx))]
    if len(worded) != 1:
        return None
    return Link(
        worded[0],
        "high",
        f"a {rate.group(1)}率 is of those {wanted.pattern.split('|')[0]}: the one figure worded so, "
        f"{distance(worded[0], part)}",
    )


def _around(ctx: ClaimContext, claim: Claim) -> str:
    """The words right around a figure (「报名学生15,120人」, 「共有31482名考生报名」)."""
    return ctx.prefix(claim)[-10:] + "|" + re.split(r"[,;。]", ctx.text[claim.end : claim.end + 4])[0]


# 「招聘岗位中面向乡村学校的有385名」: the part's clause opens with the set it is counted in (breakdown.SET_OPENER's
# exclusions: 其中, 心中, 当中 …)
SET_BEFORE_PART = re.compile(r"\s*(?:在)?([^,;。:\d]{1,10}[^,;。:\d初高其集心空之当正])中(?=[^,;。:\d])")


SET_ALONE = re.compile(r"\s*(?:在)?([^,;。:\d]{1,10}[^,;。:\d初高其集心空之当正])中\s*[,:]")


def _set_named_before_part(ctx: ClaimContext, part: Claim, accept: Callable[[Claim], bool]) -> Link | None:
    """The whole of a part whose clause opens with its set (「交流教师中骨干教师58名」): the figure worded like
    the set; of several, the nearest, and only when it stands in the part's sentence is the pairing sure."""
    opener = SET_BEFORE_PART.match(ctx.prefix(part))
    if opener is None and part.clause > 0:
        # 「受助学生中,脱贫家庭学生2.6万人次」: the set may stand alone in the clause before, opening the sentence
        start, _ = ctx.segs.sentence_bounds(part.sentence)
        before_start, _ = ctx.segs.clause_bounds(part.clause - 1)
        if before_start <= start:
            opener = SET_ALONE.fullmatch(ctx.text, before_start, ctx.segs.clause_bounds(part.clause)[0])
    if opener is None:
        return None
    words = cues.name_words(opener.group(1))
    worded = [
        c
        for c in earlier_candidates(ctx, part)
        if accept(c) and (words & _words_around(ctx, c) or _recipients_of(ctx, opener.group(1), c))
    ]
    if not worded:
        # the set's figure may stand further back (the release's lead): the one figure of the unit worded so
        far = [
            c
            for c in ctx.claims
            if c.q_start < part.q_start
            and ctx.same_dimension(c, part)
            and not is_base_or_change(ctx, c)
            and not frames_conflict(ctx, c, part)
            and accept(c)
            and words & _words_around(ctx, c)
        ]
        if len(far) != 1:
            return None
        how = f"the set 「{opener.group(1)}」 the sentence opens with, the one figure worded so"
        return Link(far[0], "medium", f"{how}, {distance(far[0], part)}")
    whole = worded[0]
    sure = len(worded) == 1 or whole.sentence == part.sentence
    how = "the one figure worded so" if len(worded) == 1 else "the nearest figure worded so"
    return Link(
        whole,
        "high" if sure else "medium",
        f"the set 「{opener.group(1)}」 the clause opens with, {how}, {distance(whole, part)}",
    )


def _named_whole(ctx: ClaimContext, part: Claim, name: str, accept: Callable[[Claim], bool]) -> Link | None:
    """The figure the share names as its whole: by subject, else by the words around it; a long name written
    right before one figure may reach further back (「一般公共预算支出951.2亿元」 … 「占一般公共预算支出的19.6%」)."""
    return (
        link_earlier(ctx, part, accept=accept, subject=name)
        or _worded_like(ctx, part, name, accept)
        or _written_before_one(ctx, part, name, accept)
        or _counted_otherwise(ctx, part, name, accept)
        or _planned(ctx, part, name, accept)
    )


# 「新增学位3.48万个,占全年目标任务的82.9%」: a share of the target, as 完成…的 is
SHARE_OF_TARGET = re.compile(r"占[^,;。\d占]{0,8}(?:目标|计划|任务)[^,;。\d]{0,3}的$")
# 「完成年度目标的100%」, 「完成计划的98%」, 「完成任务的」: a target is stated as planned, in any of these words
PLAN_NAME = re.compile(r"目标|计划|任务")
PLANNED = re.compile(r"计划|目标|任务|预计|拟")


def _planned(ctx: ClaimContext, part: Claim, name: str, accept: Callable[[Claim], bool]) -> Link | None:
    """「计划实施项目25所……25所学校全部完工,完成年度目标的100%」: the one figure within reach worded as a plan."""
    if not PLAN_NAME.search(name):
        return None
    reach = [c for c in earlier_candidates(ctx, part) if accept(c)]
    planned = [c for c in reach if PLANNED.search(_around(ctx, c))]
    if not planned and len(reach) == 1 and _worded_as(ctx, reach[0], part) >= WORDED_AS_THE_PART:
        # 「新增学位4.2万个……已竣工学校新增学位3.48万个,占全年目标任务的82.9%」: the one figure within reach that
        # counts what the part counts (新增学位 in both) is the target it is done of
        how = f"the one figure of this unit within reach, worded as the part, {distance(reach[0], part)}"
        return Link(reach[0], "high", how)
    if not planned and len(reach) == 1:
        # 「今年确定的项目……新增学位4.2万个……占全年目标任务的82.9%」: the one figure of the unit within reach, unworded
        return Link(
            reach[0], "medium", f"the one figure of this unit within reach, {distance(reach[0], part)}"
        )
    if len(planned) != 1:
        return None
    return Link(
        planned[0], "high", f"the {name} is the one figure stated as planned, {distance(planned[0], part)}"
    )


WORDED_AS_THE_PART = (
    2  # two-character words the target and the part share (新增 and 学位), generic ones aside
)


def _worded_as(ctx: ClaimContext, whole: Claim, part: Claim) -> int:
    shared = _words_around(ctx, whole) & _words_around(ctx, part)
    return sum(1 for w in shared if cues.name_words(w) and re.fullmatch(r"[\u4e00-\u9fff]{2}", w))


def _counted_otherwise(
    ctx: ClaimContext, part: Claim, name: str, accept: Callable[[Claim], bool]
) -> Link | None:
    """「计划招收新生……合计94,175人。公办学校提供学位86,640个,占计划总数的92.0%」: the whole a share names may be
    counted in another word (places for pupils); the one figure within reach worded so, a 合计 worded by its
    sentence."""
    words = cues.name_words(name)
    named = [
        c
        for c in ctx.claims
        if c.q_start < part.q_start
        and part.paragraph - 1 <= c.paragraph <= part.paragraph
        and _both_counts(c, part)
        and c.dimension != part.dimension
        and not is_base_or_change(ctx, c)
        and not frames_conflict(ctx, c, part)
        and accept(c)
        and words & (_words_around(ctx, c) | _words_of_a_total(ctx, c))
    ]
    if len(named) != 1:
        return None
    return Link(
        named[0], "high", f"the whole named 「{name}」, counted in another word, {distance(named[0], part)}"
    )


def _words_of_a_total(ctx: ClaimContext, claim: Claim) -> set[str]:
    """「全市今年计划招收……合计94,175人」: a total is worded by its sentence before it."""
    if not cues.TOTAL.search(ctx.prefix(claim)):
        return set()
    start, _ = ctx.segs.sentence_bounds(claim.sentence)
    text = ctx.text[start : claim.q_start]
    return {text[i : i + 2] for i in range(len(text) - 1)}


NAME_LONG = 5  # characters: a name this long, written the same, names one thing in a release


def _written_before_one(
    ctx: ClaimContext, part: Claim, name: str, accept: Callable[[Claim], bool]
) -> Link | None:
    if len(name) < NAME_LONG:
        return None
    written = [
        c
        for c in ctx.claims
        if c.q_start < part.q_start
        and ctx.same_dimension(c, part)
        and accept(c)
        and not is_base_or_change(ctx, c)
        and re.search(re.escape(name) + r"(?:为|达|共|是|总额|总计)?$", ctx.prefix(c))
    ]
    if len(written) != 1:
        return None
    return Link(
        written[0],
        "high",
        f"the whole named 「{name}」, written so before it alone, {distance(written[0], part)}",
    )


def _fits_name(ctx: ClaimContext, claim: Claim, name: str) -> bool:
    """The figure's subject or wording is the name (「学生总数」 for 「全市学生1000人」)."""
    return subjects_match(claim.subject, name) or bool(cues.name_words(name) & _words_around(ctx, claim))


# 「实际录取6137人,完成招生计划的105.8%」: the plan is the whole
DONE_OF = re.compile(r"完成(?:了)?(?:全年|年度|全部)?([^,;。\d]{2,10}?)的$")


def _whole_of_part_and_rest(
    ctx: ClaimContext, part: Claim, percent: Claim, accept: Callable[[Claim], bool]
) -> Link | None:
    """「采取食堂供餐的118所,占93.7%;其余8所……」: the whole is the earlier figure (paragraph or the one
    before) that part and remainder make up together."""
    rest = next((c for c in ctx.later_in_sentence(percent) if ctx.same_dimension(c, part)), None)
    if rest is None or not cues.REMAINDER.search(ctx.prefix(rest)[-6:]):
        return None
    p_iv, r_iv = arith.interval(part), arith.interval(rest)
    if p_iv is None or r_iv is None:
        return None
    made = p_iv + r_iv
    # the sum is a strong enough sign to look anywhere before the part (a Q&A puts each answer apart)
    wholes = [
        c
        for c in ctx.claims
        if c.q_start < part.q_start
        and ctx.same_dimension(c, part)
        and not is_base_or_change(ctx, c)
        and accept(c)
        and (iv := arith.interval(c)) is not None
        and iv.overlaps(made)
    ]
    if len(wholes) != 1:
        return None
    return Link(
        wholes[0],
        "high",
        f"part and remainder ({arith.as_written(rest)}) make up {arith.as_written(wholes[0])}",
    )


def _worded_like(ctx: ClaimContext, part: Claim, name: str, accept: Callable[[Claim], bool]) -> Link | None:
    """「占报名总数的10.2%」 when no figure has the subject 报名: the one earlier figure whose wording names
    it (「共有31482名考生报名」, 「公开招聘教师126名」 for 招聘总数)."""
    words = cues.name_words(name)
    named = [
        c
        for c in earlier_candidates(ctx, part)
        if accept(c) and (words & _words_around(ctx, c) or _recipients_of(ctx, name, c))
    ]
    near = [c for c in named if c.paragraph == part.paragraph]
    if len(near) == 1:
        named = near  # the one of this paragraph, before any of the paragraph (or headline) before
    how = "the one figure worded so"
    if len(named) > 1:
        # 「占随班就读学生总数的」: 「随班就读203名」 shares three words of the name, 「特教学校就读112名」 one
        shared = sorted(named, key=lambda c: -len(words & _words_around(ctx, c)))
        best, second = (len(words & _words_around(ctx, c)) for c in shared[:2])
        if best >= second + 2:
            named, how = shared[:1], "the figure worded most like it"
    if len(named) != 1:
        return None
    return Link(named[0], "high", f"the whole named 「{name}」, {how}, {distance(named[0], part)}")


# 「受助学生」, 「受训教师」, 「受检学生」: those the verb ending in the same word was done to (资助, 培训, 体检)
RECIPIENTS = re.compile(r"受(?:资)?([\u4e00-\u9fff])([\u4e00-\u9fff]{2,})")


def _recipients_of(ctx: ClaimContext, name: str, claim: Claim) -> bool:
    """「资助……家庭经济困难幼儿25.7万人」 ¶ 「受助幼儿中,……」: a name of those who received (受X) a figure whose
    clause does X to them (资助, a verb ending in X) and whose noun, right before it, is the name's head."""
    received = RECIPIENTS.search(name)
    if received is None:
        return False
    verb, head = received.group(1), received.group(2)[-2:]
    return bool(re.search(rf"(?<!受)[\u4e00-\u9fff]{verb}", ctx.prefix(claim))) and ctx.prefix(
        claim
    ).endswith(head)


def _words_around(ctx: ClaimContext, claim: Claim) -> set[str]:
    return _words_in(_around(ctx, claim))


def _only_one_of_that_subject(
    ctx: ClaimContext, part: Claim, whole: Claim, accept: Callable[[Claim], bool]
) -> bool:
    others = [
        c
        for c in earlier_candidates(ctx, part)
        if c is not whole and accept(c) and subjects_match(c.subject, whole.subject)
    ]
    return not others


# 「原有的318家……已压减296家,压减率93.1%」: the rate of the amount its own verb names, a share of the whole
AMOUNT_RATE = re.compile(r"(压减|减少|下降|削减|化解|消除)率(?:为|达|达到)?$")


# 「45岁以下教师2105人,占比由上年的52.6%提高到54.7%」: the share reached is a share of this year's whole
SHARE_CHANGED = re.compile(r"占比(?:由|从)[^,;。]{0,14}(?:提高|上升|增加|提升|下降|降低|减少)(?:到|至)$")


def _share_of_an_amount(ctx: ClaimContext, percent: Claim) -> bool:
    rate = AMOUNT_RATE.search(share_prefix(ctx, percent))
    if rate is None:
        return False
    amounts = [c for c in ctx.earlier(percent) if c.sentence == percent.sentence and c.dimension != "percent"]
    return bool(amounts) and rate.group(1) in ctx.prefix(amounts[0])[-6:]


# 「交流比例16.6%」 names its rate as 「升学率」 does
RATE_NAME = re.compile(r"(?:[\u4e00-\u9fff]{1,8}(?:率|比例)|占比|占)(?:为|达|达到|是)?$")


def _rate_names_part(ctx: ClaimContext, part: Claim, percent: Claim) -> bool:
    """The rate's name is what the part's clause says of it (开工率 after 「10所已全部开工」)."""
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    return rate is not None and clause_names_stem(ctx, part, rate.group(1)[-4:])


def _rate_right_after(ctx: ClaimContext, part: Claim, percent: Claim) -> bool:
    """The rate is named right after the part: no other figure between, a comparison and its change aside
    (「本科上线3216人,比上年的2929人增加287人,本科上线率达到43.8%」)."""
    first = next(candidate_parts(ctx, percent), None)
    return first is part and bool(RATE_NAME.search(share_prefix(ctx, percent)))


@register_check(NAME)
def check_percent_of_whole(ctx: ClaimContext) -> Iterator[Finding]:
    in_changes = {pair.after.id for pair in change_pairs(ctx)}
    starts = {pair.before.id for pair in change_pairs(ctx)}
    rates: dict[
        tuple[int, str], Link
    ] = {}  # (sentence, rate name) → the whole its first rate was paired with
    for percent in ctx.claims:
        if percent.dimension != "percent" or percent.id in starts:
            continue  # 「由上年的52.6%提高到54.7%」: last year's share is of last year's whole
        if a_bound(percent):
            continue  # 「满意度超过90%」: a threshold, not a share of anything stated
        prefix = share_prefix(ctx, percent)
        # 「完成年度目标的100%」: a share of the target, not a comparison with it
        done_of_target = (
            TARGET_INSIDE.search(prefix) or DONE_OF.search(prefix) or SHARE_OF_TARGET.search(prefix)
        )
        if (cues.COMPARISON.search(prefix) and not done_of_target) or (
            cues.RATE_CHANGE.search(prefix)
            and not _share_of_an_amount(ctx, percent)
            and not SHARE_CHANGED.search(prefix)
        ):
            continue  # a rate of change or a target, not a share of a stated whole
        part = part_for(ctx, percent)
        if part is not None and _another_base(ctx, part, percent):
            continue
        labelled = _labelled_item(ctx, percent)
        if labelled is not None and labelled[0] is not part:
            # 「……义务教育5630万元,……高等教育2010万元,其中义务教育资助占总额的38.6%」: the share names its
            # item; and 「……及格等级10504人……。及格等级占42.7%」 has no figure of its own before it
            part = None
        if part is None:
            if labelled is None:
                labelled = _respective_share(ctx, percent) or _part_after_the_rate(ctx, percent)
            if labelled is not None:
                part, link = labelled
                # 「……公办园9,870人。公办园在园幼儿占全县在园幼儿的46.9%」: the whole area's figure, not the item's set
                link = _whole_of_all(ctx, part, percent) or link
                yield replace(_judge(percent, part, link.claim, link.confidence), pairing=link.reason)
            continue
        if part.id in in_changes and not prefix.startswith("占"):
            # 「由186家压减至9家,压减率95.2%」: the figures of a change have a rate, not a share; but 「由上年的61所
            # 减少到57所,占60.6%」 says what share the figure reached is
            continue
        quota = _quota_of_a_whole(ctx, part, percent)
        if quota is not None:  # 「资助学生4.86万人。资助名额按在校生16.2万人的30%核定」
            part, link = quota
            yield replace(_judge(percent, part, link.claim, link.confidence), pairing=link.reason)
            continue
        inline = _inline_whole(ctx, part, percent)
        if inline is not None:  # 「642名……占符合条件教师3210名的20%」: the whole is named inside 占…的
            part, link = inline
            yield _judge(percent, part, link.claim, link.confidence)
            continue
        link = _whole_for(ctx, part, percent)
        rate = RATE_STEM.search(prefix)
        first = rates.get((percent.sentence, rate.group(1))) if rate is not None else None
        if first is not None and (link is None or (link.confidence != "high" and link.claim is first.claim)):
            link = _whole_of_the_same_rate(ctx, part, percent, first) or link
        if link is None or link.confidence != "high":
            link = _smaller_whole(ctx, part, percent) or link
        if link is None:
            # 「参加考试的毕业生8,640人,合格率95.6%,合格学生8,260人」: no whole before the figure: it is the whole
            before_total = _part_before_a_total(ctx, part, percent) or _part_after_the_rate(ctx, percent)
            if before_total is None:
                continue
            part, link = before_total
        link = replace(link, claim=_restated(ctx, link.claim, part))
        if rate is not None and link.confidence == "high":
            rates[(percent.sentence, rate.group(1))] = link
        finding = _judge(percent, part, link.claim, link.confidence)
        # a pairing that disagrees may be the wrong one: a mismatch, or the last item a rate does not name
        if finding.status is Status.MISMATCH or (
            link.basis == UNNAMED_ITEM and _judge(percent, part, link.claim, "high").status is Status.MISMATCH
        ):
            agreeing = _agreeing_pairing(ctx, percent, part, link.claim)
            if agreeing is not None:
                yield agreeing
                continue
        yield replace(finding, pairing=link.reason) if link.claim.sentence != part.sentence else finding


def _part_before_a_total(ctx: ClaimContext, part: Claim, percent: Claim) -> tuple[Claim, Link] | None:
    """「全区已有42所中小学建成智慧教室。全区中小学共47所,覆盖率89.4%」: a rate right after a figure stated as a
    total is that total's share; its part is the figure the rate names before the total (「已完成加固31栋,需加固
    校舍合计39栋,完成率79.5%」), else the one figure of the unit before it, in its sentence or the one before;
    sure when that figure is named by the rate, stated as done (已有) or its clause shares a word with the rate's
    name."""
    total = next(candidate_parts(ctx, percent), None)
    if (
        total is None
        or not STATED_TOTAL.search(ctx.prefix(total)[-8:])
        or not RATE_NAME.search(share_prefix(ctx, percent))
    ):
        return None
    parts = breakdown_parts(ctx)
    before = [
        c
        for c in earlier_candidates(ctx, total)
        if c.paragraph == total.paragraph
        and total.sentence - 1 <= c.sentence
        and c.id not in parts
        and _can_contain(total, c, percent)
    ]
    if part is not total:
        before = [part] if part in before else []  # the figure the rate names
    if len(before) != 1:
        return None
    part = before[0]
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    worded = rate is not None and bool(cues.name_words(rate.group(1)) & _words_in(ctx.clause_text(part)))
    sure = worded or bool(cues.DONE_PART.search(ctx.prefix(part)))
    how = f"the rate follows the total {arith.as_written(total)}; its part the figure before it"
    return part, Link(total, "high" if sure else "medium", f"{how}, {distance(part, total)}")


# 「已支付2,918万元,支付进度89.6%」: a progress named like a rate
PROGRESS = re.compile(r"([\u4e00-\u9fff]{2,8})进度(?:为|达|达到|是)?$")


def _done_of_an_item(ctx: ClaimContext, part: Claim, items: list[Claim]) -> Claim | None:
    """「已支付2,918万元」 right after another item of the breakdown in its sentence: what is done of that item."""
    before = [c for c in items if c.q_start < part.q_start and c.sentence == part.sentence]
    if before and before[-1].clause == part.clause - 1 and cues.DONE_PART.match(ctx.prefix(part)):
        return before[-1] if _can_contain(before[-1], part, part) else None
    return None


def _restated(ctx: ClaimContext, whole: Claim, part: Claim) -> Claim:
    """「关于214名教师交流轮岗的公示」 ¶ 「全县共有214名教师参加交流轮岗……骨干教师71名,占33.2%」: a whole stated
    again nearer the part is paired where it is stated last."""
    again = [
        c
        for c in ctx.claims
        if whole.q_start < c.q_start < part.q_start
        and ctx.same_dimension(c, whole)
        and c.quantity.text == whole.quantity.text
        and not is_base_or_change(ctx, c)
        and not _has_own_share(ctx, c)  # 「1028所中,……达标的1028所,达标率100%」: a part as large as it
    ]
    return again[-1] if again else whole


def _smaller_whole(ctx: ClaimContext, part: Claim, percent: Claim) -> Link | None:
    """「发放问卷12,100份,回收有效问卷12,148份,有效率96.4%」: a whole smaller than its part is passed over lest
    another figure be the whole; but when the rate names the part and the sentence's own structure pairs them
    (a high-confidence pairing), the figures themselves are wrong."""
    stated = arith.value(percent)
    if stated is None or stated > 100:
        return None
    rate = RATE_STEM.search(share_prefix(ctx, percent))
    named = rate is not None and clause_names_stem(ctx, part, rate.group(1)[-4:])
    link = _whole_for(ctx, part, percent, contain=lambda *_: True)
    if link is None or link.confidence != "high" or _can_contain(link.claim, part, percent):
        return None
    if named:
        return Link(link.claim, "high", link.reason + "; the rate names the part, a whole smaller than it")
    if link.basis in {"named", SET_OPENED}:
        # 「计划总投资38.4亿元,累计完成投资67.9亿元,占计划总投资的72.7%」, 「拟录用人员中,……研究生学历743人,占28.1%」:
        # the share names its whole, or the sentence opens with the set the part is counted in
        return Link(link.claim, "high", link.reason + "; named as the whole, a whole smaller than the part")
    if link.claim.sentence == part.sentence and INLINE_SET.fullmatch(ctx.text[link.claim.end : part.q_start]):
        # 「全县52所幼儿园中已有78所……,占73.1%」, 「126所初中学校中,有148所」: the part is counted inside the set
        return Link(
            link.claim, "high", link.reason + "; the part is counted in it (…中), a whole smaller than it"
        )
    return None


INLINE_SET = re.compile(r"[^,;。\d]{0,8}[^,;。\d初高其集心空之当正]中,?[^,;。\d]{0,6}")


def _whole_of_the_same_rate(ctx: ClaimContext, part: Claim, percent: Claim, first: Link) -> Link | None:
    """「视力不良学生9.72万人,检出率52.3%;龋齿学生4.1万人,检出率12.0%」: a rate named like one before it in
    the sentence is of the same whole, when that whole is stated before the sentence and names no group the
    part is the other half of (「城镇适龄儿童1020人。城镇……入学率98.0%;农村入学800人,入学率94.1%」)."""
    whole = first.claim
    if (
        whole.sentence >= percent.sentence
        or whole.q_start >= part.q_start
        or not ctx.same_dimension(whole, part)
        or not _can_contain(whole, part, percent)
        or _other_halves(ctx.prefix(whole), ctx.prefix(part))
    ):
        return None
    return Link(whole, "high", f"the whole of the same rate before it in the sentence; {first.reason}")


def _other_halves(a: str, b: str) -> bool:
    return any((x in a and y in b) or (y in a and x in b) for x, y in cues.COMPLEMENTS)


ALTERNATIVES_FOR_WHOLE_PERCENTS = 6  # an integer percentage (±0.5) agrees by chance with one of many pairings


def _agreeing_pairing(ctx: ClaimContext, percent: Claim, part: Claim, whole: Claim) -> Finding | None:
    """A mismatch whose figures pair otherwise in agreement (「升学和就业12770人,其中……直接就业4850人,就业升学率
    96.7%」: 12770 of 13200) came from an uncertain pairing: the agreeing one, at medium confidence. The parts
    looked at are the figures of the percentage's sentence before it, the wholes those within a part's reach."""
    parts = [part] + [
        c
        for c in ctx.earlier(percent)
        if c is not part
        and c.sentence == percent.sentence
        and c.dimension not in {"percent", "pp", None}
        and not is_base_or_change(ctx, c)
    ]
    # 「签订就业协议2,317人、专升本升学1,052人」: items listed side by side (one clause, 、) hold no share of each
    # other; items clauses apart may (「其中优质高中1.95万人,定向分配的名额1.22万人,占62.6%」)
    siblings = {
        (a.id, b.id)
        for bd in breakdowns(ctx)
        for a in bd.items
        for b in bd.items
        if a.sentence == b.sentence
        and not re.search(r"[,;。]", ctx.text[min(a.end, b.end) : max(a.q_start, b.q_start)])
    }
    pairs = [
        (p, w)
        for p in parts
        for w in ([whole] if p is part else []) + earlier_candidates(ctx, p)
        if (p, w) != (part, whole) and _can_contain(w, p, percent)
    ]
    # the pairings in reach, listed items among them, are how many chances an integer percentage has to agree
    if arith.decimals_of(percent) == 0 and len(pairs) > ALTERNATIVES_FOR_WHOLE_PERCENTS:
        return None
    for p, w in (pair for pair in pairs if (pair[0].id, pair[1].id) not in siblings):
        finding = _judge(percent, p, w, "medium")
        if finding.status is Status.CONSISTENT:
            return replace(
                finding,
                pairing=f"{arith.as_written(p)} of {arith.as_written(w)} agrees where the nearest pairing "
                "does not: the pairing is uncertain",
            )
    return None


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
