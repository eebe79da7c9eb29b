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
    "高于": ">",
    "超过": ">",
    "超出": ">",
    "高出": ">",
    "优于": ">",
    "低于": "<",
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
    """Same unit; or two bare numbers (「差异系数0.38……低于0.50」)."""
    if a.dimension is None and b.dimension is None:
        return a.unit is None and b.unit is None
    return a.dimension == b.dimension


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
    ):
        return []  # 「超过10万人次」: an approximation, not a target
    return targets


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


def _average_after(ctx: ClaimContext, targets: list[Claim]) -> Claim | None:
    """「收费按每生每学期不超过300元的标准……人均减免300元」: a per-head limit against the one per-head figure (人均,
    生均, 平均) of its unit in the rest of its sentence or the sentence after; what that average is of may differ
    from what the limit caps (减免 against 收费), so medium."""
    target = targets[-1]
    if len(targets) != 1 or not cues.AVERAGE.search(ctx.prefix(target)):
        return None
    later = [
        c
        for c in ctx.claims
        if c.q_start > target.q_start
        and target.sentence <= c.sentence <= target.sentence + 1
        and _comparable(c, target)
        and cues.AVERAGE.search(ctx.prefix(c))
    ]
    return later[0] if len(later) == 1 else None


def lead_words(ctx: ClaimContext, verb: re.Match[str], target: Claim) -> str:
    return ctx.text[verb.end() : target.start]


def comparisons(ctx: ClaimContext) -> Iterator[tuple[str, list[Claim], list[Claim], str]]:
    """(relation, stated values, targets, confidence) for every comparison verb with target figures."""
    for index in range(len(ctx.segs.sentence_starts)):
        start, end = ctx.segs.sentence_bounds(index)
        sentence = [c for c in ctx.claims if c.sentence == index]
        if not sentence:
            continue
        floor = start  # stated values of a second comparison start after the first one's targets
        for verb in VERB.finditer(ctx.text, start, end):
            targets = _targets(ctx, verb, sentence)
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
            if len(stated) < len(targets):
                limit = VERBS[verb.group(0)] in {"<=", ">="}
                actual = _actual_after(ctx, targets) if limit else None
                if actual is not None:
                    yield VERBS[verb.group(0)], [actual], targets, "high"
                average = _average_after(ctx, targets) if limit and actual is None else None
                if average is not None:
                    yield VERBS[verb.group(0)], [average], targets, "medium"
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
            yield VERBS[verb.group(0)], stated[-len(targets) :], targets, confidence


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
        if c.clause in between and (is_base_or_change(ctx, c) or cues.RATE_VERB.search(ctx.prefix(c)))
    }
    others = {c.clause for c in ctx.claims if c.clause in between and c.clause not in asides}
    gap = verb_clause - nearest.clause - len(asides - others)
    return "high" if gap <= 1 else "medium"


def _benchmark_not_gap(stated: list[Claim], targets: list[Claim]) -> bool:
    """「76.4%,高于全省平均水平71.5%」: a figure after 平均水平 is the gap or the average itself; a gap larger
    than the average it would leave (71.5 points above 4.9 %) is no reading, so it is the average."""
    if len(stated) != 1 or len(targets) != 1 or stated[0].dimension != "percent":
        return False
    value, target = arith.value(stated[0]), arith.value(targets[0])
    return value is not None and target is not None and target * 2 > value


@register_check(NAME)
def check_comparison(ctx: ClaimContext) -> Iterator[Finding]:
    for relation, stated, targets, confidence in comparisons(ctx):
        for value, target in zip(stated, targets, strict=True):
            yield _judge(relation, value, target, confidence)


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


def _judge(relation: str, value: Claim, target: Claim, confidence: str) -> Finding:
    claims = (value, target)
    stated, goal = arith.value(value), arith.value(target)
    stated_iv = arith.interval(value)
    tol = arith.rounding_tolerance(value)
    said = f"{arith.as_written(value)} is said to be {WORDS[relation]} the target {arith.as_written(target)}"
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
