"""comparison: a stated figure against the target or benchmark it is said to beat (高于/超过/低于/达到 …).

「占比达到57.6%,覆盖率达到80.57%,高于省厅确定的50%、80%目标任务」 pairs the n-th stated value with the
n-th target; 「完成12所,超额完成目标任务10所」 says 12 > 10. A comparison with no target number
(「超额完成目标任务」) or a number with no target word after the verb (「听众超过10万人次」, an
approximation) is not a comparison of two figures and gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext
from edclaims.checks.linking import is_base_or_change
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "comparison"

# verb → relation the stated value must bear to the target; longer verbs first so 不低于 wins over 低于
VERBS: dict[str, str] = {
    "超额完成": ">",
    "突破": ">",  # 「412人,首次突破400人」: a threshold the figure before has passed
    "不低于": ">=",
    "不少于": ">=",
    "不高于": "<=",
    "不超过": "<=",
    "不大于": "<=",
    "不小于": ">=",
    "高于": ">",
    "超过": ">",
    "超出": ">",
    "高出": ">",
    "优于": ">",
    "低于": "<",
    "小于": "<",  # 「差异系数……均小于国家规定的0.50和0.45」
    "大于": ">",
    "少于": "<",
    "达到": ">=",
    "保持在": ">=",  # 「连续三年保持在百分之九十五以上」: the figure is the floor it stays above
    "稳定在": ">=",
    "控制在": "<=",
}
# the floor or ceiling words a 保持在/稳定在/控制在 target must carry
KEPT_WITHIN = {"保持在": "以上", "稳定在": "以上", "控制在": "以内|以下"}
VERB = re.compile("|".join(VERBS))
# what makes the figure after the verb a target or benchmark rather than an approximation
TARGET_WORD = re.compile(r"(目标|任务|标准|要求|指标|计划|规定|确定的|下达的|省定|国定|承诺|预期|预定)")
# 「高于全市92%的平均水平」: a figure followed by the average it is, a benchmark
BENCHMARK = re.compile(r"(平均水平|平均值|均值|平均数)")
# 「高于全省平均水平2.3%」 is more likely the gap than the benchmark itself: never certain enough to fail
GAP_WORD = re.compile(r"(平均|水平)$")
# between the verb and the first target: a short modifier, no clause break (「省厅确定的」)
LEAD = re.compile(r"^[^,;。:!?、\n]{0,12}$")
# between two targets of one list: only a list separator
JOIN = re.compile(r"^(、|和|及|与|,)$")
REACH_AFTER = 6  # characters after the last target that may hold its target word (「目标任务」)
# what may stand between the start of the verb's clause and the verb when the stated figure is in an
# earlier clause; anything else names a new subject (「入学率高于目标80%」), whose figure is not stated
OPENER = re.compile(
    r"^(均|都|分别|已|也|并|且|远|明显|大幅|均已|全部|略|稍|略微|一直|始终|继续|持续|连续[^,;。\d]{1,3}|连续\d{1,2}年"
    r"|首次|再次|首度|历史上首次)*$"
)
# 「班均45人,严格执行不超过45人的班额标准」: a clause that says the standard is kept; what it holds to is the
# figure before only when that is a per-unit figure like the standard (an average), else a guess
KEEPS = re.compile(r"^(?:严格|认真|全面)?(?:执行|落实|遵守|符合|按照|坚持)$")
# 「实际录取6,137人,超出计划」, 「全年实际完成13.46万人,……超额完成年度任务」: the verb and a target named with no
# figure; the target's figure is the one of the sentence worded as the target (「计划招生5,800人」, 「目标为12万人」)
# (「超额完成年度投资计划」; 「超过计划进度」 is ahead of schedule, not above the planned figure: only these words
# may follow the target word)
NAMED_TARGET_AFTER = re.compile(r"^[^,;。\d]{0,5}?(?:计划|目标|任务|预期)(?:任务|目标|数|人数)?(?=[,;。]|$)")
TARGET_CLAUSE = re.compile(r"(计划|目标|任务|预期)")


def _comparable(a: Claim, b: Claim) -> bool:
    """Same dimension (coefficients, 「差异系数0.38……低于0.50」, have one of their own)."""
    return a.dimension is not None and a.dimension == b.dimension


def _targets(ctx: ClaimContext, verb: re.Match[str], sentence: list[Claim]) -> list[Claim]:
    # a target may carry the verb in its own span (「超过60%」 parsed with 超过 as its approximation)
    after = [c for c in sentence if c.q_start >= verb.start() and c.q_end > verb.end()]
    if not after or not LEAD.match(ctx.text[verb.end() : after[0].start]):
        return []
    kept = KEPT_WITHIN.get(verb.group(0))
    if kept is not None:  # 「保持在95%以上」: the floor is the target, whatever words are around it
        around = ctx.text[after[0].q_end : after[0].end + 2]  # the span may hold 以上 as its approximation
        return [after[0]] if re.search(rf"(?:{kept})", around) else []
    targets = [after[0]]
    for claim in after[1:]:
        if not JOIN.match(ctx.text[targets[-1].end : claim.start]) or not _comparable(claim, targets[0]):
            break
        if VERB.match(ctx.text, claim.start):
            break  # 「达到63.5%,超过60%……」: a second comparison, not a second target
        targets.append(claim)
    if verb.group(0) == "突破":
        # a threshold passed needs no target word, but only one figure: 「突破400人」 right after its verb
        return targets[:1] if not lead_words(ctx, verb, targets[0]) else []
    lead = ctx.text[verb.end() : targets[0].start]
    tail = ctx.text[targets[-1].end : targets[-1].end + REACH_AFTER]
    after_target = tail.removeprefix("的")  # 「90%的目标要求」, 「92%的平均水平」
    if not (
        TARGET_WORD.search(lead)
        or TARGET_WORD.match(after_target)
        or (tail.startswith("的") and TARGET_WORD.search(after_target[:5]))  # 「10万人次的年度目标任务」
        or BENCHMARK.match(after_target)
        or BENCHMARK.search(lead)  # 「高于全省平均水平71.5%」: the average or the gap, see _confidence
        or _applied_standard(ctx, verb, targets[-1])
        or _standard_named_before(ctx, verb)
    ):
        return []  # 「超过10万人次」: an approximation, not a target
    return targets


# 「托管收费标准为每生每期不超过600元」, 「补助上限是每人每年不高于3000元」: the clause names the standard before
# its verb (标准为/上限是 …, then only the per-unit words), so the figure after the verb is that standard
STANDARD_BEFORE = re.compile(r"(?:标准|上限|下限|限额|指标)(?:为|是|:|定为|设定为|确定为)[^,;。\d]{0,8}$")


def _standard_named_before(ctx: ClaimContext, verb: re.Match[str]) -> bool:
    clause_start, _ = ctx.segs.clause_bounds(ctx.segs.clause_of(verb.start()))
    return bool(STANDARD_BEFORE.search(ctx.text[clause_start : verb.start()]))


# 「研学费用按每生每天不超过120元执行」: a limit applied (按 … 执行/控制/核定) is a standard
APPLIED = re.compile(r"^[^,;。\d]{0,3}(?:执行|控制|核定|掌握|落实|收取|安排)")


def _applied_standard(ctx: ClaimContext, verb: re.Match[str], target: Claim) -> bool:
    clause_start, _ = ctx.segs.clause_bounds(ctx.segs.clause_of(verb.start()))
    return "按" in ctx.text[clause_start : verb.start()] and bool(APPLIED.match(ctx.text[target.end :]))


# 「……不超过120元执行,今年实际平均每生每天98元」: the actual figure stated after the standard
ACTUAL = re.compile(r"实际")


def _actual_after(ctx: ClaimContext, targets: list[Claim]) -> Claim | None:
    """The one figure of the target's unit said to be the actual one (实际), in the rest of the target's sentence
    or the sentence after."""
    target = targets[-1]
    later = [
        c
        for c in ctx.claims
        if c.q_start > target.q_start
        and target.sentence <= c.sentence <= target.sentence + 1
        and _comparable(c, target)
        and ACTUAL.search(ctx.prefix(c))
    ]
    return later[0] if len(later) == 1 and len(targets) == 1 else None


def _average_after(ctx: ClaimContext, targets: list[Claim]) -> tuple[Claim, str] | None:
    """「收费按每生每学期不超过300元的标准……人均减免300元」: a per-head limit against the one per-head figure (人均,
    生均, 平均) of its unit in the rest of its sentence, or with none there the sentence after; what that average
    is of may differ from what the limit caps (减免 against 收费), so medium — unless it is the bare average per
    the limit's own unit in the limit's sentence (「按每校每年不低于10万元的标准核拨……,校均11万元」): high."""
    target = targets[-1]
    limit = cues.AVERAGE.search(ctx.prefix(target)) or PER_LIMIT.search(ctx.prefix(target))
    if len(targets) != 1 or not limit:
        return None
    for sentence in (target.sentence, target.sentence + 1):
        later = [
            c
            for c in ctx.claims
            if c.q_start > target.q_start
            and c.sentence == sentence
            and _comparable(c, target)
            and cues.AVERAGE.search(ctx.prefix(c))
        ]
        if len(later) > 1:
            return None
        if later:
            average = cues.AVERAGE.search(ctx.prefix(later[0]))
            same = (
                sentence == target.sentence
                and average is not None
                and not average.group("noun")  # 「校均11万元」, not 「人均减免300元」
                and _per_unit(average.group("cue")) == _per_unit(limit.group("cue"))
            )
            return later[0], "high" if same else "medium"
    return None


# 「按每园每年不低于5万元」: a limit per kindergarten (园, 校, 所 … as the averages 园均, 校均 name them)
PER_LIMIT = re.compile(
    r"(?P<cue>每(?:生|人|所|校|园|户|班))(?:每(?:年|学年|学期|月|天|日|期))?[^,;。\d]{0,6}$"
)


def _per_unit(cue: str) -> str:
    """What an average is per: 每校, 校均 and 平均每校 are all per school (所 as 校)."""
    return cue.replace("平均", "").replace("每", "").replace("均", "").replace("所", "校")


def lead_words(ctx: ClaimContext, verb: re.Match[str], target: Claim) -> str:
    return ctx.text[verb.end() : target.start]


def comparisons(ctx: ClaimContext) -> Iterator[tuple[str, list[Claim], list[Claim], str]]:
    """(relation, stated values, targets, confidence) for every comparison verb with target figures."""
    for index in range(len(ctx.segs.sentence_starts)):
        start, end = ctx.segs.sentence_bounds(index)
        in_sentence = [c for c in ctx.claims if c.sentence == index]
        sentence = sorted(in_sentence, key=lambda c: c.q_start)
        if not sentence:
            continue
        floor = start  # stated values of a second comparison start after the first one's targets
        for verb in VERB.finditer(ctx.text, start, end):
            targets = _targets(ctx, verb, sentence)
            if targets and any(targets[0] is gap for *_, gap, _ in _gaps(ctx)):
                continue  # 「超出计划15所」 after 「计划新建40所」: the gap to the plan, not the plan (see _gap_comparisons)
            if not targets:
                named = _named_target_before(ctx, verb, sentence)
                if named is not None:
                    yield named
                continue
            # 「达到99.2%,比上年的98.7%提高0.8个百分点,高于省定99%的目标」: a base, a change or a growth rate
            # is not what is compared
            stated = [
                c
                for c in sentence
                if floor <= c.q_start < verb.start()
                and _comparable(c, targets[0])
                and not is_base_or_change(ctx, c)
                and not cues.RATE_VERB.search(ctx.prefix(c))
            ]
            if _standard_named_before(ctx, verb):
                stated = []  # 「收费标准为每生不超过600元」 states the standard; the actual figure comes after
            if len(stated) < len(targets):
                limit = VERBS[verb.group(0)] in {"<=", ">="}
                actual = _actual_after(ctx, targets) if limit else None
                if actual is not None:
                    yield VERBS[verb.group(0)], [actual], targets, "high"
                average = _average_after(ctx, targets) if limit and actual is None else None
                if average is not None:
                    yield VERBS[verb.group(0)], [average[0]], targets, average[1]
                continue
            floor = targets[-1].end
            clause_start, _ = ctx.segs.clause_bounds(ctx.segs.clause_of(verb.start()))
            opener = ctx.text[clause_start : verb.start()]
            keeps = stated[-1].q_start < clause_start and bool(KEEPS.match(opener))
            if stated[-1].q_start < clause_start and not (OPENER.match(opener) or keeps):
                continue
            if verb.group(0) == "突破" and (stated[-1].q_start > clause_start or not OPENER.match(opener)):
                continue  # 「突破400人」 with no figure before it in the clause before: an approximation
            confidence = _confidence(ctx, verb, stated, targets)
            if keeps and len(targets) == 1 and not cues.AVERAGE.search(ctx.prefix(stated[-1])):
                confidence = "medium" if confidence == "high" else confidence
            yield _relation(ctx, verb, targets), stated[-len(targets) :], targets, confidence


# 「高于省定不低于60%的要求」, 「达到不超过45人的标准」: the requirement's own bound (不低于, 不超过 …) is what the
# figure is said to meet
INNER_BOUND = re.compile(r"不(?:低于|少于|高于|超过|大于|小于)")


def _relation(ctx: ClaimContext, verb: re.Match[str], targets: list[Claim]) -> str:
    # in the target's span (「不超过45人」), right before a bare one (「不高于0.50、0.45的标准」) or across its start
    # (「不大于45人」 with 大于45 as the span)
    start = targets[0].q_start
    for inner in INNER_BOUND.finditer(ctx.text, verb.start() + 1, start + 3):
        if inner.end() >= start and inner.start() <= start:
            return VERBS[inner.group(0)]
    return VERBS[verb.group(0)]


# 「小学、初中、高中近视率依次为35.2%、68.9%和81.4%,高中明显高于初中」: two items of a 分别/依次 list compared
# by name in the clause after it, with no figure of their own
ITEMS_COMPARED = re.compile(
    r"^(?P<a>[\u4e00-\u9fff]{1,8}?)(?:的)?(?:明显|略|远|均|都|仍|依然|要)?(?P<verb>高于|低于|多于|少于|超过)"
    r"(?P<b>[\u4e00-\u9fff]{1,8}?)(?:学生|学校)?$"
)
ITEM_VERBS = {"高于": ">", "低于": "<", "多于": ">", "少于": "<", "超过": ">"}
LIST_ITEMS = re.compile(r"(?P<items>[^,;。:]*?)(?:分别|依次)[^,;。:\d]{0,6}$")  # 分别为, 分别有教师, 依次占
ITEM_SPLIT = re.compile(r"、|和|与|及")


def _listed_items_compared(ctx: ClaimContext) -> Iterator[tuple[str, list[Claim], list[Claim], str]]:
    for index in range(len(ctx.segs.sentence_starts)):
        start, end = ctx.segs.sentence_bounds(index)
        sentence = [c for c in ctx.claims if c.sentence == index]
        for clause in sorted({c.clause for c in sentence}):
            values = [c for c in sentence if c.clause >= clause]
            first = values[0]
            head = ctx.text[ctx.segs.clause_bounds(clause)[0] : first.q_start]
            listed = LIST_ITEMS.search(_list_head(ctx, start, first))
            if listed is None or head.strip() == "":
                continue
            names = [n for n in ITEM_SPLIT.split(listed.group("items")) if n.strip()]
            items = values[: len(names)]
            if len(names) < 2 or len(items) != len(names) or not all(_comparable(c, first) for c in items):
                continue
            after = ctx.segs.clause_of(items[-1].q_start) + 1
            if after >= len(ctx.segs.clause_starts):
                break
            a_start, a_end = ctx.segs.clause_bounds(after)
            if a_end > end:
                break
            # 「女生略高于男生1.4个百分点」: a gap may follow the two names
            gap = [c.start for c in sentence if c.clause == after]
            said = ITEMS_COMPARED.match(ctx.text[a_start : min([a_end, *gap])].rstrip(",;。"))
            if said is None:
                break
            a, b = _item(names, said.group("a")), _item(names, said.group("b"))
            if a is not None and b is not None and a != b:
                yield ITEM_VERBS[said.group("verb")], [items[a]], [items[b]], "high"
            break


def _list_head(ctx: ClaimContext, sentence_start: int, first: Claim) -> str:
    """The text of the sentence before the list's first value, from its last clause break but 、."""
    head = ctx.text[sentence_start : first.q_start]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
    return head[cut + 1 :]


def _item(names: list[str], said: str) -> int | None:
    """The one listed name the comparison's word names (「高中」 for 「高中近视率」)."""
    found = [i for i, name in enumerate(names) if said in name or name in said]
    return found[0] if len(found) == 1 else None


def _named_target_before(
    ctx: ClaimContext, verb: re.Match[str], sentence: list[Claim]
) -> tuple[str, list[Claim], list[Claim], str] | None:
    """「计划招生5,800人,实际录取6,137人,超出计划」: a target named after the verb with its figure stated before in
    the sentence. The value is the nearest figure of the target's unit before the verb (in its clause or the
    two before); high when it is said to be the actual one (实际) or stands in the clause right before."""
    if VERBS[verb.group(0)] not in {">", ">="} or not NAMED_TARGET_AFTER.match(ctx.text[verb.end() :]):
        return None
    before = [
        c
        for c in sentence
        if c.q_start < verb.start() and c.dimension is not None and not is_base_or_change(ctx, c)
    ]
    named = [c for c in before if TARGET_CLAUSE.search(ctx.prefix(c))]
    values = [
        c for c in before if len(named) == 1 and c.q_start > named[0].q_start and _comparable(c, named[0])
    ]
    if not values:
        return _worded_target_before(ctx, verb, before)
    target = named[0]
    value = values[-1]
    verb_clause = ctx.segs.clause_of(verb.start())
    if verb_clause - value.clause > 2:
        return None
    actual = "实际" in ctx.prefix(value)
    confidence = "high" if actual or verb_clause - value.clause <= 1 else "medium"
    return VERBS[verb.group(0)], [value], [target], confidence


ACTUAL_NOUN = re.compile(r"实际(?P<noun>[^,;。\d]{2,8})$")


def _worded_target_before(
    ctx: ClaimContext, verb: re.Match[str], before: list[Claim]
) -> tuple[str, list[Claim], list[Claim], str] | None:
    """「计划……新增学位3.2万个。……实际新增学位3.38万个,超过年初目标」: the target worded like the actual figure."""
    verb_clause = ctx.segs.clause_of(verb.start())
    actual = [c for c in before if ACTUAL_NOUN.search(ctx.prefix(c)) and verb_clause - c.clause <= 2]
    if not actual:
        return None
    value = actual[-1]
    found = worded_target(ctx, value)
    if found is None:
        return None
    target, confidence = found
    return VERBS[verb.group(0)], [value], [target], confidence


def worded_target(ctx: ClaimContext, value: Claim) -> tuple[Claim, str] | None:
    """The target of an actual figure (「实际新增学位3.38万个」): the one earlier figure of its unit worded the same
    (新增学位), in this sentence or the two before, whose sentence names a plan or a target before it; high when
    that sentence is this one or the one before."""
    said = ACTUAL_NOUN.search(ctx.prefix(value))
    if said is None:
        return None
    noun = said.group("noun")
    worded = [
        c
        for c in ctx.earlier(value, sentences_back=2)
        if _comparable(c, value)
        and ctx.prefix(c).endswith(noun)
        and not is_base_or_change(ctx, c)
        and TARGET_CLAUSE.search(ctx.sentence_text(c)[: c.q_start - ctx.segs.sentence_bounds(c.sentence)[0]])
    ]
    if len(worded) != 1:
        return None
    return worded[0], "high" if value.sentence - worded[0].sentence <= 1 else "medium"


def _confidence(ctx: ClaimContext, verb: re.Match[str], stated: list[Claim], targets: list[Claim]) -> str:
    # the values compared are the last ones before the verb, one per target (「上线率62.4%,……;巩固率达到96.1%,
    # 高于全省平均水平96.8%」 compares 96.1 alone)
    compared = stated[-len(targets) :]
    if GAP_WORD.search(ctx.text[verb.end() : targets[0].start]) and not _benchmark_not_gap(compared, targets):
        return "low"
    if len(targets) > 1:
        # a respectively-ordered list is only certain when every stated value has its target
        return "high" if len(stated) == len(targets) else "medium"
    nearest = stated[-1]
    # 「巩固率达到96%,超过目标95%」: the figure in the clause right before the verb is the one compared; a clause
    # between that only compares it with last year (「,较上年的99.67%提高0.15个百分点,」) does not count
    verb_clause = ctx.segs.clause_of(verb.start())
    between = {c.clause for c in ctx.claims if nearest.clause < c.clause < verb_clause}
    asides = {
        c.clause
        for c in ctx.claims
        if c.clause in between
        and (is_base_or_change(ctx, c) or cues.RATE_VERB.search(ctx.prefix(c)) or _amount_of(ctx, c, nearest))
    }
    others = {c.clause for c in ctx.claims if c.clause in between and c.clause not in asides}
    # a 、 within a clause (「实行指标到校、定向分配」) joins a list, not a new clause of its own
    listed = {
        clause
        for clause in range(nearest.clause + 1, verb_clause)
        if clause not in between and ctx.text[ctx.segs.clause_bounds(clause)[0] - 1] == "、"
    }
    gap = verb_clause - nearest.clause - len(asides - others) - len(listed)
    return "high" if gap <= 1 else "medium"


# 「招生计划的50%实行指标到校,计1,230人,达到省定不低于50%的要求」: a clause that is only the amount the figure
# comes to (计, 共计, 合计, 折合) in another unit is an aside too
AMOUNT_OF = re.compile(r"^(?:计|共计|合计|折合|约合|即)$")


def _amount_of(ctx: ClaimContext, claim: Claim, value: Claim) -> bool:
    return (
        not _comparable(claim, value)
        and bool(AMOUNT_OF.match(ctx.prefix(claim)))
        and not ctx.suffix(claim).strip(" ,;。")
    )


def _benchmark_not_gap(stated: list[Claim], targets: list[Claim]) -> bool:
    """「76.4%,高于全省平均水平71.5%」: a figure after 平均水平 is the gap or the average itself; a gap larger
    than the average it would leave (71.5 points above 4.9 %) is no reading, so it is the average."""
    if len(stated) != 1 or len(targets) != 1 or stated[0].dimension != "percent":
        return False
    value, target = arith.value(stated[0]), arith.value(targets[0])
    return value is not None and target is not None and target * 2 > value


# 「参与率87.3%,低于目标2.7个百分点」, 「高于全省平均水平3.1个百分点」, 「超出计划15所」: a gap to a target or benchmark
# named with no figure of its own after the verb (「比省定标准多出120人」, 「较全市平均水平低1.2个百分点」 with 比/较)
GAP_AFTER_VERB = re.compile(
    r"(?P<verb>高于|低于|超过|超出|高出|多于|少于|多出|超额完成|落后于?)(?P<name>[^,;。:、\d]{1,14}?)了?$"
)
GAP_AFTER_NAME = re.compile(
    r"(?:比|较)(?P<name>[^,;。:、\d]{1,14}?)(?P<verb>多出了?|高出了?|超出了?|多了|少了|高了|低了|多|少|高|低)$"
)
GAP_VERBS = {"高于": ">", "超过": ">", "超出": ">", "高出": ">", "多于": ">", "多出": ">", "超额完成": ">"}
GAP_VERBS |= {
    "低于": "<",
    "少于": "<",
    "落后": "<",
    "落后于": "<",
    "多": ">",
    "高": ">",
    "少": "<",
    "低": "<",
}
# what a benchmark name must hold, and what the clause of its figure must hold to be that benchmark: 「目标为90%」
# or 「90%的目标」 for 目标, 「全省平均水平为85.2%」 for 平均水平
BENCHMARK_KEYS = {
    "目标": "目标|任务",
    "任务": "目标|任务",
    "计划": "计划",
    "预期": "预期",
    "标准": "标准",
    "平均": "平均",
    "均值": "平均|均值",
}
BENCHMARK_KEY = re.compile("|".join(BENCHMARK_KEYS))
# a benchmark of a place (全省平均水平) is the figure stated for that place, not the national one
PLACE = re.compile(r"全国|全省|全市|全州|全县|全区|省|国家")
GAP_NOTE = "a gap to a benchmark named with no figure: the benchmark's figure is the one stated for it"


def _gap_dimension(value_dimension: str | None) -> str | None:
    """A gap between percentages is in points (个百分点); between counts or money, in their own unit."""
    return "pp" if value_dimension == "percent" else value_dimension


def _benchmark_figure(
    ctx: ClaimContext, name: str, gap: Claim, value_dimension: str
) -> tuple[Claim, bool] | None:
    """The one figure stated for the benchmark the gap names, before the gap (in its sentence or the two before:
    near; else anywhere before it in the release: far)."""
    key = BENCHMARK_KEY.search(name)
    if key is None:
        return None
    place = PLACE.search(name)
    worded = re.compile(BENCHMARK_KEYS[key.group(0)])

    def names_it(c: Claim) -> bool:
        around = ctx.prefix(c) + ctx.suffix(c)[:6]  # 「90%的目标」, not the next clause's 「,低于目标」
        return bool(worded.search(around)) and (place is None or place.group(0) in ctx.prefix(c))

    before = [
        c
        for c in ctx.claims
        if c.q_start < gap.q_start
        and c.dimension == value_dimension
        and not is_base_or_change(ctx, c)
        and names_it(c)
        and not NAMED_IN_GAP.search(ctx.text[c.end : c.end + 16])  # itself a comparison with a gap
    ]
    near = [c for c in before if gap.sentence - c.sentence <= 2 and c.paragraph == gap.paragraph]
    if len(near) == 1:
        return near[0], True
    if not near and len(before) == 1:
        return before[0], False
    return None


# a figure with a gap of its own after it (「88.5%,低于目标1.5个百分点」) is a value compared, not a benchmark
NAMED_IN_GAP = re.compile(r"^[^。;]{0,3}(?:高于|低于|超出|超过)[^,;。\d]{0,10}\d")


def _gaps(ctx: ClaimContext) -> list[tuple[str, Claim, Claim, Claim, str]]:
    return ctx.memo("comparison.gaps", lambda: list(_gap_comparisons(ctx)))


def _gap_comparisons(ctx: ClaimContext) -> Iterator[tuple[str, Claim, Claim, Claim, str]]:
    """(relation, value, benchmark, gap, confidence) for every gap stated to a benchmark named with no figure."""
    for gap in ctx.claims:
        said = GAP_AFTER_VERB.search(ctx.prefix(gap)) or GAP_AFTER_NAME.search(ctx.prefix(gap))
        if said is None or not BENCHMARK_KEY.search(said.group("name")):
            continue
        verb_start = ctx.segs.clause_bounds(gap.clause)[0] + said.start()
        values = [
            c
            for c in ctx.claims
            if c.q_start < verb_start
            and c.sentence == gap.sentence
            and c.dimension is not None
            and _gap_dimension(c.dimension) == gap.dimension
            and not is_base_or_change(ctx, c)
            and not cues.RATE_VERB.search(ctx.prefix(c))
        ]
        value_dimension = (
            values[-1].dimension if values else ("percent" if gap.dimension == "pp" else gap.dimension)
        )
        if value_dimension is None:
            continue
        found = _benchmark_figure(ctx, said.group("name"), gap, value_dimension)
        if found is None:
            continue
        target, near = found
        values = [c for c in values if c is not target]
        if values and gap.clause - values[-1].clause <= 1:
            value, certain = values[-1], True
        else:
            # 「目前参与率低于目标2.7个百分点」 with the rate stated paragraphs before: the one earlier figure of the
            # unit that is not the benchmark, a guess
            earlier = [
                c
                for c in ctx.claims
                if c.q_start < verb_start
                and c.dimension == value_dimension
                and c is not target
                and not is_base_or_change(ctx, c)
                and not cues.RATE_VERB.search(ctx.prefix(c))
            ]
            if len(earlier) != 1:
                continue
            value, certain = earlier[0], False
        if _per_head(ctx, value) != _per_head(ctx, target):
            continue  # 「按每校2人的标准……实际配备312人,比标准多出120人」: a per-school standard is no total
        if arith.value(gap) == arith.value(target) and gap.dimension == target.dimension:
            continue  # 「超额完成目标任务10所」 after 「目标任务10所」: the target again, not a gap
        yield (
            GAP_VERBS[said.group("verb").rstrip("了")],
            value,
            target,
            gap,
            "high" if certain and near else "medium",
        )


def _per_head(ctx: ClaimContext, claim: Claim) -> bool:
    # 「按每校2人」, 「校均11万元」 (not 「全省平均水平」: the average of a place is a rate like any other)
    return bool(PER_HEAD.search(ctx.prefix(claim)))


PER_HEAD = re.compile(r"每|[生校园人户班所]均")


def _judge_gap(relation: str, value: Claim, target: Claim, gap: Claim, confidence: str) -> Finding:
    claims = (value, target, gap)
    said = (
        f"{arith.as_written(value)} is said to be {WORDS[relation]} {arith.as_written(target)} "
        f"by {arith.as_written(gap)}"
    )
    v, t, g = arith.interval(value), arith.interval(target), arith.interval(gap)
    vv, vt, vg = arith.value(value), arith.value(target), arith.value(gap)
    if v is None or t is None or g is None or vv is None or vt is None or vg is None:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"{said}, but a number is redacted or missing.",
            confidence=confidence,
        )
    difference = v - t if relation == ">" else t - v
    expected = abs(Decimal(arith.show(vv - vt, arith.decimals_of(gap))))
    tol = arith.rounding_tolerance(gap)
    if difference.overlaps(g):
        status, message = Status.CONSISTENT, f"{said}: the difference is {arith.show(expected)}, it agrees."
    elif confidence == "high":
        status, message = (
            Status.MISMATCH,
            f"{said}, but {arith.show(vv)} − {arith.show(vt)} = {arith.show(vv - vt)}.",
        )
    else:
        status = Status.UNVERIFIABLE
        message = f"{said}, but {arith.show(vv)} − {arith.show(vt)} = {arith.show(vv - vt)}, though the pairing is a guess."
    return Finding(
        NAME,
        status,
        claims,
        message,
        stated=vg,
        expected=expected,
        tolerance=tol,
        confidence=confidence,
        pairing=GAP_NOTE,
    )


@register_check(NAME)
def check_comparison(ctx: ClaimContext) -> Iterator[Finding]:
    for relation, stated, targets, confidence in comparisons(ctx):
        for value, target in zip(stated, targets, strict=True):
            yield _judge(relation, value, target, confidence)
    for relation, value, target, gap, confidence in _gaps(ctx):
        yield _judge_gap(relation, value, target, gap, confidence)
    for relation, stated, targets, confidence in _listed_items_compared(ctx):
        yield _judge(relation, stated[0], targets[0], confidence, against="")


def _holds(relation: str, low: Decimal, high: Decimal, target: Decimal) -> tuple[bool, bool]:
    """(certainly holds, certainly fails) for a stated value known to lie in [low, high]."""
    if relation == ">":
        return low > target, high <= target
    if relation == ">=":
        return low >= target, high < target
    if relation == "<":
        return high < target, low >= target
    return high <= target, low > target  # <=


WORDS = {">": "above", ">=": "at least", "<": "below", "<=": "at most"}


def _judge(
    relation: str, value: Claim, target: Claim, confidence: str, against: str = "the target "
) -> Finding:
    claims = (value, target)
    stated, goal = arith.value(value), arith.value(target)
    stated_iv = arith.interval(value)
    tol = arith.rounding_tolerance(value)
    said = f"{arith.as_written(value)} is said to be {WORDS[relation]} {against}{arith.as_written(target)}"
    # a target is a set figure: its stated value is exact, only the achieved figure carries rounding
    if stated_iv is None or goal is None:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"{said}, but a number of the comparison is redacted or missing.",
            stated=stated,
            expected=goal,
            tolerance=tol,
            confidence=confidence,
        )
    holds, fails = _holds(relation, stated_iv.low, stated_iv.high, goal)
    # 「50%……达到省定不低于50%的要求」: equal as written is what an inclusive bound allows
    equal = not holds and not fails and relation in {">=", "<="} and stated == goal
    if holds or equal:
        status, message = Status.CONSISTENT, f"{said}: it is{' (equal as written)' if equal else ''}."
    elif fails and confidence == "high":
        status, message = Status.MISMATCH, f"{said}, but it is not."
    elif fails:
        status = Status.UNVERIFIABLE
        message = f"{said}, but it is not, though it is unclear that this is the target meant."
    else:
        status = Status.UNVERIFIABLE
        message = f"{said}: too close, given the rounding, to tell."
    return Finding(
        NAME, status, claims, message, stated=stated, expected=goal, tolerance=tol, confidence=confidence
    )
