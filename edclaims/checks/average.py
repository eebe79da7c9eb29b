"""average: a stated 生均/人均/校均/户均/平均 figure against the total ÷ the count it is an average of.

「资助学生4.3万名,发放资金1.9亿元,人均约4419元」: 1.9亿 ÷ 4.3万 must agree with 4419 within what the
rounding of all three allows (约 widens the average). The total has the average's unit (money per person
from a money total, area per school from an area total); the count is of what the cue names (人均 →
persons, 校均 → schools, 户均 → households, 班均 → classes; after 每 a measure word says it: 每个考点 → a
figure in 个 of 考点, 每辆车 → 辆, 每平方米 → area). Both are looked for before the average in its sentence,
then after it, in the sentence before, earlier in the paragraph, in the paragraph before, and in the
sentence after (see `_scopes`); another average that is not a standard closes the scope. Figures found beyond
the sentence before pair with high confidence only when each is the one candidate of its scope and a measure
word or a non-person count names the count.

Nothing is said without a stated average. A standard (「生均公用经费基准定额」, 「补助标准」) need not equal
total ÷ count, and an average whose subject names something else than the total (「生均公用经费」 against
「教育经费」) may be of another pot of money: both only ever give `unverifiable`. A per-period average
(每生每年, 每月) is checked only when the total is for one such period.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext
from typing import NamedTuple

from edclaims.checks import arith, cues
from edclaims.checks.breakdown import breakdowns
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import is_base_or_change
from edclaims.checks.registry import register_check
from edclaims.numbers.units import RATIO, ratio_name
from edclaims.records import Claim, Finding, Status

NAME = "average"
PERSONS = frozenset({"count:人"})  # 名 and 位 count people in 人 too (numbers/units.py)
# what each cue averages over: the count dimensions allowed, and a word the count's subject must contain
# when the measure word is a generic one (「个」)
PER_WHAT: dict[str, tuple[str, frozenset[str], str | None]] = {
    "生均": ("per student", PERSONS, None),
    "人均": ("per person", PERSONS, None),
    "每生": ("per student", PERSONS, None),
    "每人": ("per person", PERSONS, None),
    "校均": ("per school", frozenset({"count:所", "count:个", "count:家"}), "校"),
    "每所": ("per school", frozenset({"count:所", "count:个", "count:家"}), "校"),
    "每校": ("per school", frozenset({"count:所", "count:个", "count:家"}), "校"),
    "园均": ("per kindergarten", frozenset({"count:所", "count:个", "count:家"}), "园"),
    "每园": ("per kindergarten", frozenset({"count:所", "count:个", "count:家"}), "园"),
    "户均": ("per household", frozenset({"count:户"}), None),
    "每户": ("per household", frozenset({"count:户"}), None),
    "班均": ("per class", frozenset({"count:个", "count:班"}), "班"),
    "每班": ("per class", frozenset({"count:个", "count:班"}), "班"),
    "批均": ("per batch", frozenset({"count:批"}), None),
    # 「共有1,126支球队、2.03万人参赛,队均18人」, 「组建教研组86个,组均7.2名教师」, 「村均2.3所」
    "队均": ("per team", frozenset({"count:支", "count:队", "count:个"}), "队"),
    "组均": ("per group", frozenset({"count:组", "count:个"}), "组"),
    "车均": ("per vehicle", frozenset({"count:辆", "count:台"}), None),
    "村均": ("per village", frozenset({"count:个", "count:村"}), "村"),
}
# 「平均每辆车服务55名学生」, 「平均每个考场安排考生约30人」, 「每平方米造价约5500元」: a measure word after 每
# says what is counted; the noun after it (考场, 车) is what the count's subject must name
MEASURE_COUNTS: dict[str, frozenset[str]] = {
    "名": PERSONS,
    "位": PERSONS,
    "平方米": frozenset({"area"}),
    "亩": frozenset({"area:亩"}),
    "批次": frozenset({"count:批"}),
    "场": frozenset({"count:场", "count:场次"}),
    "场次": frozenset({"count:场", "count:场次"}),
}
# subjects that name no particular pot (「校均规模」, 「人均资助」): they agree with any total
GENERIC_SUBJECTS = frozenset({"规模", "水平", "金额", "数额", "额度", "资助", "补助", "补贴", "面积", "人数"})
NOT_STUDENTS = re.compile(r"(师|教职工|校长|园长|干部|人员|家长|志愿者)")
ONE_YEAR = re.compile(r"(全年|年度|当年|今年|本年|每年)")
PERIOD_NAMES = {"年": "a year", "学期": "a term", "月": "a month", "天": "a day"}
PERIOD_TEXT = {
    "学期": re.compile(r"学期"),
    "月": re.compile(r"(每月|月均|当月|本月|\d月)"),
    "天": re.compile(r"(每天|每日|日均)"),
}


@dataclass(frozen=True)
class Average:
    claim: Claim
    per: str  # 「per student」 … for messages
    counts: frozenset[str]  # count dimensions it averages over (empty for a bare 平均: any count)
    count_word: str | None
    period: str | None  # 年 | 学期 | 月 | 天
    standard: bool
    cue: str  # the cue as written with its per-what noun: 「校均」, 「平均每所学校」
    each: bool  # 每人 / 每生 without 平均: often what each one receives, a standard
    over: str | None = None  # 「按参加学生计算生均……」: the text names what the average is over
    noun: str = ""  # what a measure word after 每 counts, as written: 「送教对象」 of 「平均每名送教对象」


# figures that do not add up, so no average of them is a total ÷ count (「平均年龄25.3岁」)
NOT_ADDITIVE = frozenset({"percent", "pp", "multiple", "age", "score"})


def _average(ctx: ClaimContext, claim: Claim) -> Average | None:
    if claim.dimension is None or claim.dimension in NOT_ADDITIVE:
        return None
    prefix = ctx.prefix(claim)
    match = cues.AVERAGE.search(prefix)
    if match is None:
        return None
    if cues.RATE_CHANGE.search(match.group("noun")):
        return None  # 「人均增加3200元」 is a change per head, not a total ÷ count
    if cues.CHANGE_FROM.search(prefix[match.start() :]):
        return (
            None  # 「平均年龄由三年前的44.3岁……」, 「平均时长从8天……」: the start of a change, not an average
        )
    cue = match.group("cue")
    key = cue.removeprefix("平均")
    per, counts, word = PER_WHAT.get(key, ("on average", frozenset(), None))
    noun = match.group("noun") or ""
    measured = key not in PER_WHAT and key.startswith("每")
    if measured:
        measure = key[1:]
        counts = MEASURE_COUNTS.get(measure, frozenset({f"count:{measure}"}))
        word = _head_noun(noun)
        per = f"per {measure}{word or ''}"
    if claim.dimension in counts and word is None:
        return None  # 「人均…3人」 is not an average of persons over persons (「每名教师对应幼儿15.4人」 is)
    period = cues.PERIOD_WORDS.get(match.group("period") or "")
    before_cue = prefix[: match.start()]
    if period is None and before_cue.endswith("年"):
        period = "年"  # 「年生均650元」
    # 「按参加学生计算生均每年600元」 says how it was worked out (over 参加学生), not that it is a standard
    worked_out = WORKED_OUT_OVER.search(before_cue)
    over = worked_out.group("over") if worked_out else None
    standard = bool(cues.AVERAGE_STANDARD.search(prefix[: worked_out.start()] if worked_out else prefix))
    standard = standard or bool(worked_out and re.search(r"标准|定额", prefix))
    # 「按小学每生每年1000元、初中每生每年1250元的标准」: named a standard after the figure, in a list after 按
    standard = standard or bool(STANDARD_AFTER.match(ctx.text, claim.end))
    cue_text = match.group("cue") + (noun if key.startswith("每") else "")
    each = cue.startswith("每") and not measured  # 每生/每人: often what each receives; 每平方米 is a ratio
    return Average(claim, per, counts, word, period, standard, cue_text, each, over, noun if measured else "")


STANDARD_AFTER = re.compile(r"的?(?:补助|资助|补贴|拨付)?(?:标准|定额)")
WORKED_OUT_OVER = re.compile(
    r"按(?:照)?(?P<over>[^,;。\d按每]{2,8}?)(?:人数|数量|数)?(?:计算|测算|核算|计)[,]?$"
)


def _head_noun(noun: str) -> str | None:
    """The counted thing after the measure word: 「个考场安排考生」 → 考场, 「辆车服务」 → 车."""
    head = re.match(r"[\u4e00-\u9fff]{1,2}", noun)
    if head is None:
        return None
    word = head.group(0)
    return word[0] if len(word) == 2 and word[1] in VERB_START else word


VERB_START = set(
    "服安对接有配供拥开检参培完使承覆投平"
)  # 「车服务」, 「车平均安检」: the noun is one character and a verb (or 平均) follows


NEAR_SCOPES = 4  # the average's sentence (before it, after it, before its 「;」) and the sentence before


def _scopes(ctx: ClaimContext, claim: Claim, average_ids: set[str]) -> list[list[Claim]]:
    """Where the total and the count are looked for, in order: before the average in its sentence (back to a
    「;」), after it in its sentence, before that 「;」, the sentence before, earlier sentences of its paragraph, the paragraph before, then
    the sentence after; nearest first. Another average closes a scope: the figures before it are its own
    (「……生均1.21万元;……2.17亿元,……1.37万人,生均1.85万元」)."""
    in_sentence = [c for c in ctx.claims if c.sentence == claim.sentence and c.id != claim.id]
    before = [c for c in in_sentence if c.q_start < claim.q_start]
    after = [c for c in in_sentence if c.q_start > claim.q_start]
    same_paragraph = [c for c in ctx.claims if c.paragraph == claim.paragraph]
    previous = [c for c in same_paragraph if c.sentence == claim.sentence - 1]
    further = [c for c in same_paragraph if c.sentence < claim.sentence - 1]
    paragraph_before = [c for c in ctx.claims if c.paragraph == claim.paragraph - 1]
    # 「每生每学期资助500元。今年已资助1725人,发放资金86.25万元」: a rate stated before what it is of
    following = [c for c in same_paragraph if c.sentence == claim.sentence + 1]
    # 「……已支付2,918万元;学生资助资金1,865万元,惠及1.58万户,户均1180元」: the clauses after the last 「;」 before
    # the average are its item of a list; figures before it are looked at only after those after the average
    cut = ctx.text.rfind(";", ctx.segs.sentence_bounds(claim.sentence)[0], claim.q_start)
    own = _after_last_average(before, average_ids)
    return [
        [c for c in own if c.q_start > cut][::-1],
        _before_first_average(after, average_ids),
        [c for c in own if c.q_start < cut][::-1],
        _after_last_average(previous, average_ids)[::-1],
        _after_last_average(further, average_ids)[::-1],
        _after_last_average(paragraph_before, average_ids)[::-1],
        _before_first_average(following, average_ids),
    ]


def _after_last_average(claims: list[Claim], average_ids: set[str]) -> list[Claim]:
    ends = [i for i, c in enumerate(claims) if c.id in average_ids]
    return claims[ends[-1] + 1 :] if ends else claims


def _before_first_average(claims: list[Claim], average_ids: set[str]) -> list[Claim]:
    for i, c in enumerate(claims):
        if c.id in average_ids:
            return claims[:i]
    return claims


class Choice(NamedTuple):
    claim: Claim | None
    only: bool  # the one candidate of its scope (or the one the text names)
    far: bool  # found beyond the average's sentence and the one before
    after: bool = False  # found in the sentence after the average (the last scope)


def _named_within_reach(
    ctx: ClaimContext,
    average: Average,
    average_ids: set[str],
    standards: set[str],
    found: Claim,
    named: Callable[[Claim], bool],
) -> tuple[Claim, bool, bool, bool] | None:
    """(claim, only, far, after) of the figure `named` accepts, searched no further than the scope in which
    `found` was: a count or total the text names beats the nearest one, never one further away. (The slice's
    last scope is the sentence after the average only when nothing was cut off.)"""
    raw = [[c for c in scope if c.id not in standards] for scope in _scopes(ctx, average.claim, average_ids)]
    reach = next(i for i, scope in enumerate(raw) if found in scope)
    naming = _choose(raw[: reach + 1], named)
    if naming.claim is None:
        return None
    return naming.claim, naming.only, naming.far, naming.after and reach == len(raw) - 1


def _choose(
    scopes: list[list[Claim]],
    wanted: Callable[[Claim], bool],
    named: Callable[[Claim], bool] = lambda _: False,
) -> Choice:
    """The nearest wanted claim of the first scope that has one, preferring those the text names, and
    whether it was the only one there."""
    for i, scope in enumerate(scopes):
        found = [c for c in scope if wanted(c)]
        preferred = [c for c in found if named(c)]
        if preferred:
            return Choice(preferred[0], len(preferred) == 1, i >= NEAR_SCOPES, i == len(scopes) - 1)
        if found:
            return Choice(found[0], len(found) == 1, i >= NEAR_SCOPES, i == len(scopes) - 1)
    return Choice(None, False, False)


OPEN_BOUND = re.compile(r"(不少于|不低于|至少|不超过|不高于|最多|超过|不足)$")


def _bound_only(ctx: ClaimContext, claim: Claim) -> bool:
    """「每月送教不少于2次」: a floor or a ceiling, no figure to divide."""
    q = claim.quantity
    open_ended = not q.redacted and (q.low is None or q.high is None)
    return open_ended or bool(OPEN_BOUND.search(ctx.prefix(claim)))


# 「校均49人,最少的一所仅有学生11人」: one item singled out (the largest, the smallest) is neither the count
# nor the total of an average; nor is any count of one (an average over one thing is that thing)
SINGLED_OUT = re.compile(r"最(?:多|少|大|小|高|低|长|短|远|近)的")


def _singled_out(ctx: ClaimContext, claim: Claim) -> bool:
    return bool(SINGLED_OUT.search(ctx.prefix(claim)))


def _rest_of_breakdown(ctx: ClaimContext, claim: Claim) -> bool:
    """「基地总数达到45个,其中农业类21个、工业类9个,其余15个」: the rest of a 其中 breakdown is one of its
    parts, never what an average is over; so is a rest after other figures of its unit in its sentence
    (「……就读94人,……送教上门53人;另有7人暂缓入学」)."""
    if not cues.REMAINDER.search(ctx.prefix(claim)):
        return False
    start, _ = ctx.segs.sentence_bounds(claim.sentence)
    listed = any(c.sentence == claim.sentence and ctx.same_dimension(c, claim) for c in ctx.earlier(claim))
    return listed or "其中" in ctx.text[start : claim.q_start]


# 「156所幼儿园中,」: a set the sentence opens with
SET_OPENER = re.compile(r"[^,;。\d]{0,12}(?:中|当中)[,:]")


def _set_with_subset(ctx: ClaimContext, claim: Claim, average: Average) -> bool:
    """「全区156所幼儿园中,已有48所开设托班,……提供托位2,160个,平均每所45个」: the sentence goes on about the
    subset (48), so the set it opens with is not what the average is over."""
    if not SET_OPENER.match(ctx.text, claim.end):
        return False
    return any(
        ctx.same_dimension(c, claim) and c.q_start < average.claim.q_start
        for c in ctx.later_in_sentence(claim)
    )


# 「校车总数增加到106辆,此前为86辆」: what there was before is not what the average is over now
EARLIER_STATE = re.compile(r"(?:此前|之前|原先|原来|以前)(?:为|是|有)$")


def _is_count(ctx: ClaimContext, claim: Claim, average: Average) -> bool:
    if _bound_only(ctx, claim) or _singled_out(ctx, claim) or arith.value(claim) == 1:
        return False
    if _rest_of_breakdown(ctx, claim):
        return False
    if _set_with_subset(ctx, claim, average):
        return False
    if average.claim.dimension == "count:次" and _times_of(ctx, claim) is not None:
        return False  # 「检查3,378辆次,平均每辆车检查3次」: the 辆次 count checks, not vehicles
    # a base (比去年的3.91万人), a change (减少2300人) or an earlier state is not the count averaged over
    if is_base_or_change(ctx, claim) or EARLIER_STATE.search(ctx.prefix(claim)) or _target(ctx, claim):
        return False
    if claim.dimension is None or not (
        claim.dimension.startswith("count:") or claim.dimension in average.counts
    ):
        return False
    if not average.counts:
        return claim.dimension != average.claim.dimension
    if claim.dimension not in average.counts:
        return False
    if average.per == "per student" and NOT_STUDENTS.search(claim.subject or ""):
        return False  # 「惠及教师1.2万余名」 is not what 每生 averages over
    if average.counts == PERSONS and average.noun and claim.subject and claim.dimension in PERSONS:
        # 「教师68名……平均每名送教对象40.5次」: persons of another name are not the persons the average is over
        head = (
            re.sub(r"[" + "".join(VERB_START) + r"].*$", "", average.noun[2:])
            if len(average.noun) > 2
            else ""
        )
        if not subjects_match(claim.subject, average.noun[:2] + head):
            return False
    if average.count_word is None:
        return True
    if (
        claim.dimension not in {"count:个", "count:家", *PERSONS}
        and average.claim.dimension != claim.dimension
    ):
        # 「每辆车」 against a figure in 辆, 「新建幼儿园6所,校均新增学位270个」: a measure word other than the
        # average's own says what it counts
        return True
    return _names(ctx, claim, average.count_word)


def _names(ctx: ClaimContext, claim: Claim, word: str) -> bool:
    """The figure is of that thing: its subject, its clause before it or the words right after its unit."""
    # the words after the unit stop at the next punctuation: 「新增学位9.7万个,园均……」 names no 园
    after = re.split(r"[,;。、:]", ctx.text[claim.end : claim.end + 3])[0]
    # 「实训基地共有实训工位8.6万个」 counts 工位: what comes before 有 owns what is counted, it is not counted
    prefix = ctx.prefix(claim)
    owned = OWNED.search(prefix)
    return word in (claim.subject or "") or word in (owned.group(1) if owned else prefix) or word in after


OWNED = re.compile(r"有([^有]{2,})$")  # 共有, 拥有, 设有, 建有 …


def _names_over(ctx: ClaimContext, average: Average, count: Claim) -> bool:
    """The count is of what 「按……计算」 names: 「参加学生」 is also 「参加课后服务的学生」."""
    over = average.over
    if over is None:
        return False
    if _names(ctx, count, over):
        return True
    prefix = ctx.prefix(count)
    return len(over) >= 4 and over[:2] in prefix and prefix.endswith(over[-2:])


def _named_by_total(ctx: ClaimContext, total: Claim | None, count: Claim) -> bool:
    """「发放乡村教师生活补助1647万元」: the total's sentence names whom it is for, the count of that name
    (「乡村教师生活补助……,全年共发放2031.6万元」 too)."""
    if total is None or not count.subject or len(count.subject) < 2:
        return False
    in_sentence = len(count.subject) >= 3 and count.subject in ctx.sentence_text(total)  # not a bare 基地
    return count.subject in ctx.prefix(total) or in_sentence


# 「为家庭经济困难寄宿生发放生活补助」: a total for some of those a count names is not over all of them
SOME_OF = re.compile(r"(困难|部分|贫困|低保|特困|残疾|建档立卡|符合条件|优秀|获奖)")


def _for_some(ctx: ClaimContext, total: Claim) -> bool:
    return bool(SOME_OF.search(ctx.prefix(total)))


WHOLE_SCOPE = re.compile(r"^(?:全市|全省|全县|全区|全州|全镇|全盟|全旗)")


def _both_of_the_whole(ctx: ClaimContext, total: Claim | None, count: Claim) -> bool:
    """「全市中小学412所(其中……),已接入千兆网的412所……全市建成智慧教室3865间,校均9.4间」: a total stated for the
    whole area is averaged over the count stated for the whole area, not over what is done of it."""
    if total is None:
        return False
    scope = WHOLE_SCOPE.match(ctx.prefix(total))
    return scope is not None and ctx.prefix(count).startswith(scope.group(0))


def _without_items(scope: list[Claim], part_of: dict[str, str], sets: set[str]) -> list[Claim]:
    """The scope without the items of a breakdown whose total is in it too (「乡村教师1962人,其中……703人、
    ……447人」: the total is what an average is over, not its last item); but a set the sentence opens with
    (`sets`: 「156所幼儿园中,已有48所……」) keeps its subset, which the sentence goes on about."""
    ids = {c.id for c in scope}
    # (a figure is never an item of itself, whatever a breakdown reports)
    return [c for c in scope if part_of.get(c.id) not in ids or part_of[c.id] in sets | {c.id}]


NAME_RUN = 3  # shared characters that name one thing: 资源教室, not 学生


SHARED_NAME = 4  # characters in a row that name one thing in two clauses: 智慧教室, 特殊教育


def _shares_name(text: str, other: str) -> bool:
    """Both texts hold one run of SHARED_NAME characters, not a figure and not a scope (全市共有)."""
    runs = (text[i : i + SHARED_NAME] for i in range(len(text) - SHARED_NAME + 1))
    return any(run in other and not re.search(r"[\d,.%]", run) and not run.startswith("全") for run in runs)


def _count_named(ctx: ClaimContext, total: Claim | None, count: Claim, average: Average) -> bool:
    """The count's clause names what the total is spent on or what the average's clause opens with:
    「已有42所中小学建成智慧教室586间……智慧教室建设累计投入资金4,280万元,校均101.9万元」 is over the 42 schools,
    not 「全区中小学共47所」; 「在县特殊教育学校就读96名……县特殊教育学校生均公用经费」 over the 96."""
    clause = ctx.clause_text(count)
    own = ctx.prefix(average.claim)
    cue = cues.AVERAGE.search(own)
    names = [ctx.prefix(total) if total is not None else "", own[: cue.start()] if cue else ""]
    return any(_shares_name(name, clause) for name in names)


def _names_counted(ctx: ClaimContext, total: Claim, count: Claim, average: Average) -> bool:
    """The total's clause names what the count counts (「资源教室建设2,150万元」 and 「建设资源教室430间」; without a
    subject, the words right before the count: 「完成学校食堂改造30所」), or what the average's clause opens
    with (「普通高中国家助学金2,651万元」 and 「普通高中国家助学金按平均每生……」)."""
    prefix = ctx.prefix(total)
    own = ctx.prefix(average.claim)
    cue = cues.AVERAGE.search(own)
    names = [count.subject or ctx.prefix(count)[-6:], own[: cue.start()] if cue else ""]
    return any(name[i : i + NAME_RUN] in prefix for name in names for i in range(len(name) - NAME_RUN + 1))


def _stated_as_total(ctx: ClaimContext, claim: Claim, totals: set[str]) -> bool:
    """「今年全市共有31482名考生报名」, or the total of a breakdown: worded as the whole count or sum."""
    return claim.id in totals or bool(cues.TOTAL.search(ctx.prefix(claim)))


def _named_as_averaged(average: Claim, claim: Claim) -> bool:
    """「考点413个、考场2.31万个,平均每个考点设考场约56个」: the total names what the average counts (考场),
    the other figures of its unit (考区108个) do not."""
    subject = average.subject
    if average.subject_inherited or not subject or len(subject) < 2:
        return False
    return subjects_match(subject, claim.subject)


# a count of times written with what was done so often: 「3,378辆次」, 「1.2万人次」, 「860校次」
TIMES_UNIT = re.compile(r"^(?P<measure>[\u4e00-\u9fff])次$")


def _times_of(ctx: ClaimContext, claim: Claim) -> str | None:
    """The measure word of a figure in 「X次」 (辆次, 人次, 校次), however the lexicon parsed it, else None."""
    unit = claim.unit.text if claim.unit is not None else ""
    if unit and ctx.text[claim.end : claim.end + 1] == "次" and len(unit) == 1:
        unit += "次"  # 「辆次」 read as 辆 with 次 left over
    match = TIMES_UNIT.match(unit)
    return match.group("measure") if match else None


def _of_average_unit(ctx: ClaimContext, claim: Claim, average: Average) -> bool:
    """The average's unit, or a total that gives it over the count: 「检查3,378辆次,平均每辆车检查3次」 (checks
    per vehicle from vehicle-checks), 「参与学生3.1万人次,平均每批次约75人」 (persons per batch from
    attendances: each batch's persons are attendances of the whole)."""
    times = _times_of(ctx, claim)
    if times is None or ctx.same_dimension(claim, average.claim):
        return ctx.same_dimension(claim, average.claim)
    if average.claim.dimension == "count:次":
        return f"count:{PERSON_MEASURES.get(times, times)}" in average.counts
    return times == "人" and average.claim.dimension in PERSONS and bool(average.counts - PERSONS)


PERSON_MEASURES = {"名": "人", "位": "人"}


# 「新增学位1,620个,超过年初确定的1,500个目标,校均新增270个」: the figure passed, or a target named as one after
# it (「1,500个目标任务」, 「高于全省平均的」), is what the total is measured against, never the total itself
PASSED_BEFORE = re.compile(r"(?:超过|超出|高于|低于|多于|少于|好于)[^,;。\d]{0,10}的$")
TARGET_AFTER = re.compile(r"^的?(?:目标|任务|指标)")


def _target(ctx: ClaimContext, claim: Claim) -> bool:
    return bool(PASSED_BEFORE.search(ctx.prefix(claim)) or TARGET_AFTER.match(ctx.text, claim.end))


def _is_total(ctx: ClaimContext, claim: Claim, average: Average) -> bool:
    """A figure of the average's unit that is not a comparison base or a change, nor a target it is measured
    against, nor, for persons per person (「每名教师对应幼儿15.4人」), the count itself."""
    if (
        not _of_average_unit(ctx, claim, average)
        or is_base_or_change(ctx, claim)
        or _bound_only(ctx, claim)
        or _singled_out(ctx, claim)
        or _target(ctx, claim)
    ):
        return False
    counted_alike = average.claim.dimension in average.counts and average.count_word is not None
    return not (counted_alike and _names(ctx, claim, average.count_word or ""))


def _subject_agrees(ctx: ClaimContext, average: Claim, total: Claim, cue: str) -> bool:
    if average.subject_inherited or not average.subject or average.subject in cue:
        return True  # no subject of its own, or only the cue's 校 / 学校 (「校均」, 「平均每所学校」)
    if average.subject in GENERIC_SUBJECTS or subjects_match(average.subject, total.subject):
        return True
    # 「人均资助」 in a sentence about 资助学生: the subject is named around the total
    text = ctx.sentence_text(total)
    start, end = ctx.segs.sentence_bounds(total.sentence)
    own_start, own_end = ctx.segs.clause_bounds(average.clause)
    if start <= own_start < end:
        text = ctx.text[start:own_start] + ctx.text[own_end:end]
    return len(average.subject) >= 2 and average.subject in text


def _period_fit(ctx: ClaimContext, average: Average, total: Claim) -> str:
    """Whether the total covers one period of a per-period average: "match", "unknown" or "differs"."""
    if average.period is None:
        return "match"
    # the total's sentence without the average's own clause, whose 每年 says nothing about the total
    start, end = ctx.segs.sentence_bounds(total.sentence)
    own_start, own_end = ctx.segs.clause_bounds(average.claim.clause)
    sentence = ctx.text[start:end]
    if start <= own_start < end:
        sentence = ctx.text[start:own_start] + ctx.text[own_end:end]
    if cues.MULTI_PERIOD.search(sentence):
        return "differs"  # 累计, 近三年: a yearly average is not this total ÷ count
    if average.period == "年":
        frame = ctx.time_frame(total)
        one_year = (frame is not None and frame.isdigit()) or bool(ONE_YEAR.search(sentence))
        return "match" if one_year else "unknown"
    if PERIOD_TEXT[average.period].search(ctx.prefix(total)) or PERIOD_TEXT[average.period].search(sentence):
        return "match"  # 「今年春季学期已资助1725人,发放资金86.25万元」 is one term's total
    # 「每生每天5元……全年下达补助资金2880万元」: a daily amount against a year's total
    return "differs" if ONE_YEAR.search(sentence) else "unknown"


@register_check(NAME)
def check_average(ctx: ClaimContext) -> Iterator[Finding]:
    in_changes = {c.id for pair in change_pairs(ctx) for c in pair[:2]}
    averages = [a for c in ctx.claims if c.id not in in_changes and (a := _average(ctx, c)) is not None]
    # a standard (「按每生每天8元……计」) does not close the scope of the average worked out after it
    average_ids = {a.claim.id for a in averages if not a.standard}
    part_of = {item.id: b.total.id for b in breakdowns(ctx) for item in b.items}
    totals = set(part_of.values())
    # 「按每生每天8元……计,生均1600元」: a standard is itself an average, neither a total nor a count
    standards = {a.claim.id for a in averages if a.standard}
    sets = {c.id for c in ctx.claims if SET_OPENER.match(ctx.text, c.end)}
    for average in averages:
        if average.claim.quantity.is_range:
            continue  # 「每人3000—5000元不等」 is no single average
        scopes = [
            [c for c in _without_items(scope, part_of, sets) if c.id not in standards]
            for scope in _scopes(ctx, average.claim, average_ids)
        ]
        total, only_total, far_total, total_after = _choose(
            scopes,
            lambda c, a=average: _is_total(ctx, c, a),
            lambda c, a=average: _stated_as_total(ctx, c, totals) or _named_as_averaged(a.claim, c),
        )
        count, only_count, far_count, count_after = _choose(
            scopes,
            lambda c, a=average: _is_count(ctx, c, a),
            lambda c, t=total, a=average: (
                _named_by_total(ctx, t, c)
                or _names_over(ctx, a, c)
                or _both_of_the_whole(ctx, t, c)
                or _count_named(ctx, t, c, a)
            ),
        )
        if count is not None and total is not None and not _count_named(ctx, total, count, average):
            # 「全市中小学共有120所,其中98所完成了直饮水设备安装……直饮水设备安装投入资金1,470万元,校均15万元」: the
            # count whose clause names what the total is spent on, even an item of a breakdown, is the average's;
            # never one further away than the count found
            naming = _named_within_reach(
                ctx,
                average,
                average_ids,
                standards,
                count,
                lambda c, a=average, t=total: _is_count(ctx, c, a) and _count_named(ctx, t, c, a),
            )
            if naming is not None:
                count, only_count, far_count, count_after = naming
        if count is not None and total is not None and not _names_counted(ctx, total, count, average):
            # 「②资源教室建设2,150万元;③……。资源教室按每间5万元补助,共建设资源教室430间」: the total whose clause
            # names what the count counts, even an item of a breakdown, is the average's; never one further away
            # than the total found (「教学班49个,计划招生2,205人,班均45人」 is not 「初中一年级……4,120人」)
            naming = _named_within_reach(
                ctx,
                average,
                average_ids,
                standards,
                total,
                lambda c, a=average, n=count: _is_total(ctx, c, a) and _names_counted(ctx, c, n, a),
            )
            if naming is not None:
                total, only_total, far_total, total_after = naming
        attendances = False
        if (
            count is None
            and total is not None
            and average.counts == PERSONS
            and average.claim.dimension != "count:人"
        ):
            # 「资助学生11.8万人次,人均约792元」: with no count of persons, one in 人次 may be what 人均 is over, but a
            # person helped twice is one person: a guess, never a mismatch
            count, only_count, far_count, count_after = _choose(
                scopes,
                lambda c: (
                    c.dimension == "count:人次" and not (is_base_or_change(ctx, c) or _bound_only(ctx, c))
                ),
            )
            attendances = count is not None
        if total is None or count is None or total.quantity.is_range or count.quantity.is_range:
            continue
        if total is count:
            continue
        if not average.counts and not only_count:
            continue  # a bare 平均 with several counts around it: no way to tell what it averages over
        doubts = []
        if not (only_total and only_count):
            doubts.append("more than one figure could be the total or the count")
        elif total_after != count_after:
            # 「……共有9876人报名,平均每个岗位23.5人竞争。……另有13个岗位核减」: a figure of the sentence after is the
            # average's only when the average states a rate before what it is of, both figures coming after
            doubts.append("one of the total and the count is stated only in the sentence after the average")
        elif average.over is not None and not _names_over(ctx, average, count):
            doubts.append(f"no count of 「{average.over}」, which the average is worked out over")
        elif (far_total or far_count) and not (
            average.count_word
            or average.counts - PERSONS
            or _names_over(ctx, average, count)
            # 「寄宿生6,842人……。……发放寄宿生生活补助513.15万元,生均750元」: the total names whom it is for
            or (
                far_count
                and not far_total
                and _named_by_total(ctx, total, count)
                and not _for_some(ctx, total)
            )
        ):
            doubts.append("the total or the count is stated sentences away")
        if average.standard:
            doubts.append("the average is a standard, not necessarily total ÷ count")
        if average.each and not _each_totalled(ctx, average, total, count):
            doubts.append(f"「{average.cue}」 may be what each receives, not total ÷ count")
        if not _subject_agrees(ctx, average.claim, total, average.cue):
            doubts.append(f"「{average.claim.subject}」 may not be an average of 「{total.subject}」")
        if attendances:
            doubts.append(f"the count is in 人次, which 「{average.cue}」 may not be over")
        fit = _period_fit(ctx, average, total)
        if fit == "unknown":
            doubts.append(f"the total may not be for {PERIOD_NAMES[average.period or '年']}")
        yield _judge(average, total, count, doubts, fit == "differs")
    yield from _check_ratios(ctx)


# who each side of a ratio's name (生师比, 师幼比) counts: 「小学在校生2.87万人」, 「专任教师2,104人」, 「在园幼儿1.52万人」
SIDE_PERSONS = {
    "生": re.compile(r"学生|在校生|在读生|(?:小学|初中|高中|中学|中职|大学)生"),
    "学": re.compile(r"学生|在校生"),
    "幼": re.compile(r"幼儿(?!园)|儿童"),  # 幼儿园 is where they are, not who
    "师": re.compile(r"教师"),
}
# persons of a kind the ratio is not over: 「新招聘教师120人」, 「毕业生1.2万人」, 「乡村教师」
OTHER_PERSONS = re.compile(
    r"新|招|毕业|退休|培训|交流|轮岗|引进|录用|补充|骨干|名师|兼职|代课|特岗|残疾|困难"
)
# a ratio that is a rule, not a count: 「生师比不高于18:1」, 「按1:15的标准配备」, 「师幼比控制在1∶15以内」
RATIO_STANDARD = re.compile(
    r"标准|规定|要求|不低于|不高于|不超过|不大于|不小于|不少于|控制在|以内|核定|配备|编制"
)
# 「折合在校生」 weighs students (a part-time one counts as a fraction): no head count gives that ratio
WEIGHTED = re.compile(r"折合|加权")


# what a side of 「A与B之比」 counts: its words without 人数/数 (报名人数 → 报名, 招生计划数 → 招生计划)
SIDE_NOUN_END = re.compile(r"(?:人数|总数|数量|规模|数)$")


def _ratio_sides(ctx: ClaimContext, claim: Claim) -> tuple[str, str, str, int] | None:
    """(name, the side of the stated figure, the side of the 1, where the name's clause starts) of a ratio
    claim: 「生师比16.3:1」 → 生, 师; 「师幼比1∶14.5」 → 幼, 师; 「报名人数与计划数之比约为22:1」 → 报名, 计划."""
    found = ratio_name(ctx.text, claim.q_start, claim.q_end)
    if found is None:
        return None
    name, one_first, clause_start = found
    if name.endswith("之比"):
        first, second = (SIDE_NOUN_END.sub("", side) for side in re.split("[与和]", name[:-2], maxsplit=1))
    else:
        first, second = name[0], name[1]
    return (name, second, first, clause_start) if one_first else (name, first, second, clause_start)


def _side_count(ctx: ClaimContext, side: str, other: str) -> Callable[[Claim], bool]:
    """A count of the side's persons, not of the other side's: 「幼儿园专任教师1,046人」 counts 师, not 幼. A side
    of 之比 is a count whose clause names its words and not the other side's (「报名1.14万人」 for 报名)."""

    def counts(c: Claim) -> bool:
        if is_base_or_change(ctx, c) or not (c.dimension or "").startswith("count:"):
            return False
        subject, named = c.subject or "", f"{ctx.prefix(c)}{c.subject or ''}"
        if side not in SIDE_PERSONS:
            return side in ctx.prefix(c) and other not in ctx.prefix(c)
        if c.dimension not in PERSONS or SIDE_PERSONS[other].search(subject) or OTHER_PERSONS.search(named):
            return False
        return bool(SIDE_PERSONS[side].search(subject))

    return counts


def _sides_known(many: str, one: str) -> bool:
    """Persons on one side and teachers on the other (生师, 师幼; not 学生比例), or two words of 之比 that are
    not one another's part."""
    if many in SIDE_PERSONS or one in SIDE_PERSONS:
        return many in SIDE_PERSONS and one in SIDE_PERSONS and (many == "师") != (one == "师")
    return len(many) >= 2 and len(one) >= 2 and many not in one and one not in many


def _check_ratios(ctx: ClaimContext) -> Iterator[Finding]:
    """「小学在校生2.87万人……专任教师2,104人,生师比为16.3:1」: the persons of the figure's side ÷ those of the 1's
    side must give the stated figure at its precision. Each count is looked for as an average's total is,
    and another ratio closes the scope."""
    ratios = [c for c in ctx.claims if c.dimension == RATIO.dimension]
    ratio_ids = {c.id for c in ratios}
    for claim in ratios:
        sides = _ratio_sides(ctx, claim)
        if sides is None or not _sides_known(sides[1], sides[2]):
            continue
        name, many_side, one_side, start = sides
        scopes = _scopes(ctx, claim, ratio_ids)
        many = _choose(scopes, _side_count(ctx, many_side, one_side))
        one = _choose(scopes, _side_count(ctx, one_side, many_side))
        if many.claim is None or one.claim is None or many.claim.id == one.claim.id:
            continue
        _, end = ctx.segs.clause_bounds(ctx.segs.clause_of(claim.end))
        clause = ctx.text[start:end]  # from the ratio's name to past its 1 (the 「:」 ends a clause of segs)
        sentence = ctx.text[slice(*ctx.segs.sentence_bounds(claim.sentence))]
        never = None
        if RATIO_STANDARD.search(clause):
            never = "the ratio is a standard, not a count's ratio"
        elif "分别" in ctx.text[start : claim.q_start]:
            never = "the ratio is one of a 分别 list, which may pair with other counts"
        elif WEIGHTED.search(sentence) or any(
            WEIGHTED.search(ctx.prefix(c)) for c in (many.claim, one.claim)
        ):
            never = "the counts may be weighted (折合), not head counts"
        doubts = [] if many.only and one.only and not many.far and not one.far else ["the counts are guesses"]
        average = Average(claim, f"{many_side} per {one_side}", PERSONS, None, None, False, name, each=False)
        if never is not None:
            found = _judge(average, many.claim, one.claim, [never], False)
            message = f"{name} {arith.as_written(claim)} is not recomputed: {never}."
            yield replace(found, status=Status.UNVERIFIABLE, message=message, confidence="medium")
            continue
        yield _judge(average, many.claim, one.claim, doubts, False)


def _each_totalled(ctx: ClaimContext, average: Average, total: Claim, count: Claim) -> bool:
    """「为186名困难学生每人发放5000元入学路费,合计93万元」: what each of the count receives, summed up right after
    (合计, 共计 …) in the same sentence, is total ÷ count for certain."""
    claim = average.claim
    return (
        count.sentence == claim.sentence == total.sentence
        and count.q_start < claim.q_start < total.q_start
        and total.clause - claim.clause <= 1
        and bool(cues.TOTAL.search(ctx.prefix(total)))
        and not any(
            ctx.same_dimension(c, claim) for c in ctx.claims if claim.q_start < c.q_start < total.q_start
        )
    )


def _stated_interval(claim: Claim) -> arith.Interval | None:
    """An average is a rounded result: half its last place, or of its last non-zero digit (「1200元」)."""
    q = claim.quantity
    if q.approx is not None:
        return arith.interval(claim)
    value = arith.value(claim)
    if value is None or q.place is None:
        return None
    place = q.place * claim.scale
    if q.place >= 1 and value != 0:
        trailing = value.normalize().as_tuple().exponent
        place = max(place, Decimal(1).scaleb(int(trailing)))  # type: ignore[arg-type]
    return arith.Interval(value - place / 2, value + place / 2)


def _judge(average: Average, total: Claim, count: Claim, doubts: list[str], other_period: bool) -> Finding:
    claim = average.claim
    claims = tuple(sorted((total, count, claim), key=lambda c: c.q_start))
    written = arith.as_written(claim)
    confidence = "high" if not doubts else "medium"
    stated, stated_iv = arith.value(claim), _stated_interval(claim)
    total_iv, count_iv = arith.interval(total), arith.interval(count)
    vt, vc = arith.value(total), arith.value(count)
    if (
        stated_iv is None
        or total_iv is None
        or count_iv is None
        or vt is None
        or vc is None
        or stated is None
    ):
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"A figure behind the average {written} is redacted, so it cannot be recomputed.",
            stated=stated,
            confidence=confidence,
        )
    if count_iv.low <= 0:
        return Finding(NAME, Status.UNVERIFIABLE, claims, "The count is zero.", confidence=confidence)
    tol = (stated_iv.high - stated_iv.low) / 2
    with localcontext() as decimal_ctx:
        decimal_ctx.prec = 28
        exact = vt / vc
        corners = [t / c for t in (total_iv.low, total_iv.high) for c in (count_iv.low, count_iv.high)]
    expected_iv = arith.Interval(min(corners), max(corners))
    places = arith.decimals_of(claim) + 1
    expected = Decimal(arith.show(exact, places))
    sums = (
        f"{arith.show(vt)} / {arith.show(vc)} = {arith.show(exact, places)} {average.per}, stated {written}"
    )

    def finding(status: Status, message: str, confidence: str, note: str | None = None) -> Finding:
        return Finding(NAME, status, claims, message, stated, expected, tol, confidence=confidence, note=note)

    if other_period:
        period = PERIOD_NAMES[average.period or "年"]
        return finding(
            Status.UNVERIFIABLE,
            f"{sums}; the average is for {period}, the total for another period.",
            "medium",
            "per-period average",
        )
    place = claim.quantity.place
    truncated = (
        place is not None and claim.quantity.approx is None and stated <= exact < stated + place * claim.scale
    )
    if expected_iv.overlaps(stated_iv):
        return finding(Status.CONSISTENT, f"{sums}: agrees.", confidence)
    if truncated:
        return finding(
            Status.CONSISTENT,
            f"{sums}: agrees if the figure was truncated, not rounded.",
            confidence,
            "truncated rather than rounded",
        )
    if doubts:
        return finding(Status.UNVERIFIABLE, f"{sums}; they disagree, but {doubts[0]}.", confidence)
    return finding(
        Status.MISMATCH, f"{sums} (±{arith.show(tol)}): total ÷ count does not give this average.", confidence
    )
