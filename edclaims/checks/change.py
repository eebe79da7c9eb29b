"""change: 由A提高/增加/减少/降至B — the direction must match the verb, and a stated amount must hold.

A stated rate (增长X%), percentage-point change or multiple after B is checked by `growth`, not here, so
that one pair of figures is never reported twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from itertools import pairwise
from typing import NamedTuple

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import is_base_or_change
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "change"
VERB = re.compile(
    r"^[^,;。]{0,8}?(提高|增加|增长|上升|提升|扩大|增至|升至|上调|减少|降低|下降|减至|降至|压减至|压减到|缩减|下调|回落|缩短|延长|压缩)"
    r"(?:[^,;。]{0,4}|(?:到|至)(?:(?:19|20)\d\d年(?:底|末)?|今年|目前|现在|年底)的?)$"
)  # 「从2020年的2.31万人下降到2024年的1.74万人」: the later figure's year may stand before it

LONGER = re.compile(r"延长")
SHORTER = re.compile(r"缩短|压缩")

# what joins the figures of a list: 「8.2万人、4.1万人」, 「3所和12所」
LIST_JOIN = re.compile(r"^\s*(?:、|和|与|及|以及)\s*$")


class ChangePair(NamedTuple):
    before: Claim
    after: Claim
    direction: str  # up | down
    index: int = 0  # place in a respectively-ordered list: 「分别由A1、A2增加到B1、B2」
    size: int = 1


def list_run(ctx: ClaimContext, claim: Claim) -> tuple[list[Claim], int]:
    """The list of same-unit figures the claim stands in (「A、B和C」), in order, and the claim's place in it."""
    claims = list(ctx.claims)
    i = claims.index(claim)
    start = end = i

    def joined(a: Claim, b: Claim) -> bool:
        return (
            a.sentence == b.sentence and ctx.same_dimension(a, b) and bool(LIST_JOIN.match(ctx.between(a, b)))
        )

    while start > 0 and joined(claims[start - 1], claims[start]):
        start -= 1
    while end + 1 < len(claims) and joined(claims[end], claims[end + 1]):
        end += 1
    return claims[start : end + 1], i - start


def pairs(ctx: ClaimContext) -> list[ChangePair]:
    """Every 由A…到B pair; lists pair in order (「分别由A1、A2增加到B1、B2」), and lists of other lengths
    are skipped rather than guessed. Worked out once per document: sum, average, growth and
    percent_of_whole all leave these figures to change and growth."""
    return ctx.memo("change_pairs", lambda: list(_pairs(ctx)))


def _pairs(ctx: ClaimContext) -> Iterator[ChangePair]:
    claims = ctx.claims
    for before, after in pairwise(claims):
        if before.sentence != after.sentence or not ctx.same_dimension(before, after):
            continue
        verb = VERB.match(ctx.between(before, after))
        if verb is None:
            continue
        between = ctx.between(before, after)
        # 「办理时长由5.2个工作日缩短至3个工作日」, 「服务时间由8小时延长到10小时」: durations move by these verbs too
        up = cues.UP.search(between) or LONGER.search(between)
        down = cues.DOWN.search(between) or SHORTER.search(between)
        if bool(up) == bool(down):
            continue  # no direction, or contradictory words: nothing safe to check
        direction = "up" if up else "down"
        starts, _ = list_run(ctx, before)
        starts = starts[: starts.index(before) + 1]
        if not cues.CHANGE_FROM.search(ctx.text[: starts[0].q_start][-14:]):
            continue
        if len(starts) == 1:
            yield ChangePair(before, after, direction)
            continue
        ends, _ = list_run(ctx, after)
        ends = ends[ends.index(after) :]
        if len(ends) != len(starts):
            continue  # 「由A1、A2增加到B」: which figure moved where is not stated
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            yield ChangePair(a, b, direction, k, len(starts))


DELTA_CUE = re.compile(
    r"(增加|增长|提高|减少|下降|降低|上升|提升|增幅|降幅|增长率|减幅|净增|净减少?|新增)(了|为|达)?$"
)


def _stated_delta(ctx: ClaimContext, pair: ChangePair) -> Claim | None:
    """「由A增加到B,增加了C」: the figure right after B that restates the change (in B's unit, see below);
    for a list, the figure in the same place of the list of amounts (「分别增加0.7万人和0.4万人」)."""
    last = list_run(ctx, pair.after)[0][-1] if pair.size > 1 else pair.after
    for claim in ctx.later_in_sentence(last):
        if claim.clause - last.clause > 1:
            return None
        if DELTA_CUE.search(ctx.prefix(claim)[-4:]):
            if pair.size == 1:
                return claim
            run, _ = list_run(ctx, claim)
            run = run[run.index(claim) :]
            return run[pair.index] if len(run) == pair.size else None
    return None


# 「新增专业群6个,累计由13个增至19个」: what is new, then the running total it moved from A to B
ADDED = re.compile(r"新增(?P<noun>[^,;。\d]{0,12})$")
# the running total's clause: 累计 or nothing before 由 (the subject of 新增 goes on), or a noun that must be
# what is new (「新增公办园4所,全区公办园由96所增至100所」; 「,实训基地累计由……」 may count another thing)
RUNNING_TOTAL = re.compile(r"^(?P<noun>[^,;。\d]{0,12}?)(?:累计[^,;。\d]{0,6}?)?(?:由|从)$")
SCOPE = re.compile(r"^(?:全市|全县|全区|全省|全镇|全国|目前|现有)")


def _added_before(ctx: ClaimContext, pair: ChangePair) -> Claim | None:
    """The amount 新增 in the clause right before a 累计由A增至B rise: it is B − A."""
    before = pair.before
    running = RUNNING_TOTAL.match(ctx.prefix(before))
    if pair.size != 1 or pair.direction != "up" or running is None:
        return None
    earlier = ctx.earlier(before)
    if not earlier:
        return None
    added = earlier[0]
    if added.sentence != before.sentence or before.clause - added.clause != 1:
        return None
    new = ADDED.search(ctx.prefix(added))
    if not ctx.same_dimension(added, before) or new is None:
        return None
    # 「新增学位3000个,累计由12个增至15个」 adds places, not what the total counts
    if added.subject and before.subject and not subjects_match(added.subject, before.subject):
        return None
    named = SCOPE.sub("", running.group("noun"))
    return added if not named or named == new.group("noun") else None


COMPARED_NOTE = "比-comparison: the base after 比, the current figure before it"
STATE_NOTE = "the figure a verb reached, then what it was before (此前为)"
VERB_WORDS = frozenset(
    v + t for v in "增加 增长 提高 上升 提升 扩大 减少 下降 降低 缩小 回落".split() for t in ("", "了")
)
# 「21600人,比去年的20400人增加1200人」: B, then 比 + its base A, then the verb (and maybe the amount)
# 「比上年预算数9.32亿元增加0.54亿元」: a short noun may follow the year, never stand for it (比全省平均…);
# a school year, a term or a cohort is a year too (「比上届的36.7万人」, 「较上学期的93.8%」)
COMPARED_BASE = re.compile(
    r"(?:比|较)(?:(?:上年|去年|上一年|前一年|同期|上学年|上一学年|上学期|上一学期|上届|上一届|\d{4}年)(?:同期)?"
    r"(?:的|[^,;。\d的]{1,4}的?)?|的?)$"
)
PASSED = re.compile(r"(?:突破|超过|逾|不足|接近|近)$")
CHANGE_VERB = r"(?:有所|略有|明显|大幅)?(增加|增长|提高|上升|提升|扩大|减少|下降|降低|缩小|回落)了?"
VERB_AFTER = re.compile(CHANGE_VERB)


# 「与2021年的4120名相比,(专职教师)(三年)增加了」: the base inside 与……相比, the verb after 相比 and a name
WITH_BASE = re.compile(
    r"与(?:上年|去年|上一年|前一年|同期|上学年|上学期|上届|\d{4}年)(?:同期)?(?:的|[^,;。\d的]{1,4}的?)?$"
)
WITH_VERB = re.compile(
    r"相比[,]?(?P<name>[^,;。\d]{0,8}?)(?:近|这)?(?:[一二两三四五六七八九十]|\d{1,2})?(?:个)?(?:年|年来|年间)?"
    + CHANGE_VERB
)


def _named_in_sentence_before(ctx: ClaimContext, base: Claim, name: str) -> Claim | None:
    """The one figure of the base's unit in the sentence before whose clause names `name` (two characters or more)."""
    if len(name) < 2:
        return None
    naming = [
        c
        for c in ctx.claims
        if c.sentence == base.sentence - 1
        and c.paragraph == base.paragraph
        and ctx.same_dimension(c, base)
        and name in ctx.prefix(c)
        and not is_base_or_change(ctx, c)
    ]
    return naming[0] if len(naming) == 1 else None


# 「52.8万人,上年为51.5万人,增加1.3万人」: last year's figure stated on its own, the verb in the next clause
LAST_YEAR_BASE = re.compile(r"(?:上年|去年|上一年|上年同期|去年同期)(?:为|是)$")
# 「这一比例去年是72.9%,一年提高了9.3个百分点」: the span the change took may stand before the verb
SPAN = cues.YEAR_SPAN
LATER_VERB = re.compile(rf"[,](?:{SPAN})?(?:比上年|同比|较上年)?" + CHANGE_VERB)


def compared_pairs(ctx: ClaimContext) -> list[ChangePair]:
    """「B,比去年的A增加(了)C」 and 「B,上年为A,增加C」: the base A and the figure B stated before it, with
    the verb's direction. Worked out once per document."""
    return ctx.memo("compared_pairs", lambda: list(_compared_pairs(ctx)))


# 「校车总数增加到106辆,此前为86辆」: the figure reached, then what it was before
EARLIER_STATE = re.compile(r"^(?:此前|之前|原先|原来|以前|原)(?:为|是|有)$")
REACHED = re.compile(
    r"(?P<verb>增加|增长|提高|上升|提升|扩大|减少|下降|降低|缩减|压减)(?:到|至)$|(?P<short>增至|升至|减至|降至)$"
)


def is_average(ctx: ClaimContext, claim: Claim) -> bool:
    """The figure is worded as an average: 「校均9.4间」, 「人均约4419元」, 「平均每校12台」."""
    prefix = ctx.prefix(claim)
    return bool(cues.AVERAGE_RIGHT_BEFORE.search(prefix) or cues.AVERAGE.search(prefix))


def _earlier_state_pair(ctx: ClaimContext, base: Claim) -> ChangePair | None:
    """「增加到106辆,此前为86辆」: A stated after the B a verb moved to, in the clause right after it."""
    if not EARLIER_STATE.match(ctx.prefix(base)):
        return None
    earlier = ctx.earlier(base)
    if not earlier:
        return None
    after = earlier[0]
    reached = REACHED.search(ctx.prefix(after))
    if after.sentence != base.sentence or base.clause - after.clause != 1 or reached is None:
        return None
    if not ctx.same_dimension(after, base):
        return None
    direction = "up" if cues.UP.search(reached.group(0)) else "down"
    return ChangePair(base, after, direction)


def _compared_pairs(ctx: ClaimContext) -> Iterator[ChangePair]:
    for base in ctx.claims:
        prefix = ctx.prefix(base)
        state = _earlier_state_pair(ctx, base)
        if state is not None:
            yield state
            continue
        verb = None
        if COMPARED_BASE.search(prefix):
            verb = VERB_AFTER.match(ctx.text, base.end)
        elif LAST_YEAR_BASE.search(prefix):
            verb = VERB_AFTER.match(ctx.text, base.end) or LATER_VERB.match(ctx.text, base.end)
        elif WITH_BASE.search(prefix):
            verb = WITH_VERB.match(ctx.text, base.end)
        if verb is None:
            continue
        moved = verb.group(2) if verb.re is WITH_VERB else verb.group(1)  # (WITH_VERB's 1 is the name)
        if verb.re is WITH_VERB and not any(c.sentence == base.sentence for c in ctx.earlier(base)):
            # 「……其中专职教师6830名。与2021年的4120名相比,专职教师三年增加了2170名」: the sentence opens with the
            # base; B is the one figure of the sentence before whose clause names what is compared
            named = _named_in_sentence_before(ctx, base, verb.group("name"))
            if named is not None:
                yield ChangePair(base, named, "up" if cues.UP.search(moved) else "down")
            continue
        # 「412人,首次突破400人,比上年的379人增加33人」: a threshold passed is not the figure compared, nor
        # is a share's whole (「占在校生总数17486人的30.4%」) or a figure of another unit
        earlier = [
            c
            for c in ctx.earlier(base)
            if c.sentence == base.sentence
            and base.clause - c.clause <= 2
            and not PASSED.search(ctx.prefix(c))
            and not is_base_or_change(ctx, c)
            and ctx.same_dimension(c, base)
        ]
        # 「录播教室1,260间,生均0.02间,较2022年的520间增长」: the total, not its average, is compared with a base
        # that is no average (an average alone before the base still is: 「生均提高到6,000元,是……的」)
        earlier = [c for c in earlier if is_average(ctx, c) == is_average(ctx, base)] or earlier
        if not earlier:
            continue
        direction = "up" if cues.UP.search(moved) else "down"
        yield ChangePair(base, earlier[0], direction)


LABELLED_JOIN = re.compile(r"^\s*(?:、|和|与|及|以及)[^,;。\d]{0,10}$")


def _last_of_several_items(ctx: ClaimContext, claim: Claim) -> tuple[bool, Claim | None]:
    """Is the figure the last of several items (「其中中级218人、高级64人」, 「城区1,932人,乡村3,308人」), and the
    total its 其中 breaks down, stated before 其中 in the sentence (None when there is none)?"""
    start, _ = ctx.segs.sentence_bounds(claim.sentence)
    at = ctx.text.rfind("其中", start, claim.q_start)
    same = [c for c in ctx.earlier(claim) if c.sentence == claim.sentence and ctx.same_dimension(c, claim)]
    items = [c for c in same if at >= 0 and c.q_start > at]
    # 「小学食堂12个、初中食堂9个」: items named one after another in a 、 list
    listed = bool(same) and bool(LABELLED_JOIN.match(ctx.between(same[0], claim)))
    several = len(list_run(ctx, claim)[0]) > 1 or bool(items) or listed
    totals = [c for c in same if 0 <= at and c.q_start < at and not is_base_or_change(ctx, c)]
    return several, (totals[0] if several and totals else None)


# 「……、高级64人,比去年的251人增加31人」: a comparison naming nothing of its own follows the list; one that names
# what it compares (「,其中高中近视率较上年的81.6%有所上升」) is no bare tail
BARE_TAIL = re.compile(r"^[,\s]*(?:比|较|与|上年|去年|上一年|同比)")
UNSURE = " The base may be of all the items, not of the last one: the pairing is uncertain."
TOTAL_NOTE = "比-comparison after the last item of a breakdown: the base is of the total, which fits (medium)"


def _compared_findings(ctx: ClaimContext, pair: ChangePair) -> list[Finding]:
    """The direction of 「B,比去年的A增加C」 and its stated amount C."""
    # the verb after the base (比去年的A增加), or before the figure reached (增加到B,此前为A)
    words = ctx.text[pair.before.end : pair.before.end + 16] + "|" + ctx.prefix(pair.after)
    note = STATE_NOTE if EARLIER_STATE.match(ctx.prefix(pair.before)) else COMPARED_NOTE
    found = [replace(_judge(pair.before, pair.after, pair.direction, words), pairing=note)]
    amount = next(
        (
            c
            for c in ctx.later_in_sentence(pair.before)
            if c.clause - pair.before.clause <= 1 and not (c.dimension or "").startswith("time:")
        ),
        None,
    )  # (「三年增加了2170名」: the span the change took is not its amount)
    between = ctx.between(pair.before, amount).lstrip(",") if amount is not None else ""
    # 「比去年的A增加C」, 「上年为A,增加C」, 「与2021年的A相比,专职教师三年增加了C」
    with_verb = WITH_VERB.fullmatch(between) if amount is not None else None
    if amount is not None and (between in VERB_WORDS or with_verb):
        finding = _judge_delta(pair.before, pair.after, amount)
        if finding is not None:
            found.append(replace(finding, pairing=note))
    return found


@register_check(NAME)
def check_change(ctx: ClaimContext) -> Iterator[Finding]:
    for pair in compared_pairs(ctx):
        found = _compared_findings(ctx, pair)
        several, total = _last_of_several_items(ctx, pair.after)
        if (
            several
            and BARE_TAIL.match(ctx.between(pair.after, pair.before))
            and any(f.status is Status.MISMATCH for f in found)
        ):
            # 「晋升职称282人,其中中级218人、高级64人,比去年的251人增加31人」: after the last of several items the
            # base may be of the item or of the total; the total when it fits, never a mismatch on a guess
            if total is not None:
                of_total = _compared_findings(ctx, pair._replace(after=total))
                if all(f.status is Status.CONSISTENT for f in of_total):
                    yield from (replace(f, confidence="medium", pairing=TOTAL_NOTE) for f in of_total)
                    continue
            found = [
                replace(f, status=Status.UNVERIFIABLE, confidence="medium", message=f.message + UNSURE)
                if f.status is Status.MISMATCH
                else f
                for f in found
            ]
        yield from found
    yield from _beyond_target(ctx)
    yield from _beyond_stated_target(ctx)
    for pair in pairs(ctx):
        before, after, direction = pair.before, pair.after, pair.direction
        how = respectively(pair)
        yield replace(_judge(before, after, direction, ctx.between(before, after)), pairing=how)
        delta = _stated_delta(ctx, pair) or _added_before(ctx, pair)
        if delta is not None:
            finding = _contrary_amount(ctx, pair, delta) or _judge_delta(before, after, delta)
            if finding is not None:
                yield replace(finding, pairing=how)


# 「由81所减少到64所,增加17所」: the amount's own verb says the other direction
AMOUNT_UP = re.compile(r"(?:增加|增长|提高|上升|提升)了?$")
AMOUNT_DOWN = re.compile(r"(?:减少|下降|降低|回落)了?$")


def _contrary_amount(ctx: ClaimContext, pair: ChangePair, delta: Claim) -> Finding | None:
    """A mismatch when the verb right before the stated amount goes against the change it restates."""
    prefix = ctx.prefix(delta)
    said = "up" if AMOUNT_UP.search(prefix) else "down" if AMOUNT_DOWN.search(prefix) else None
    if said is None or said == pair.direction or delta.dimension != pair.before.dimension:
        return None
    verb = (AMOUNT_UP if said == "up" else AMOUNT_DOWN).search(prefix)
    va, vb = arith.value(pair.before), arith.value(pair.after)
    shown = f"{arith.show(va or 0)} → {arith.show(vb or 0)}"
    moved = "rise" if pair.direction == "up" else "fall"
    return Finding(
        NAME,
        Status.MISMATCH,
        (pair.before, pair.after, delta),
        f"「{verb.group(0) if verb else said}」 before {arith.as_written(delta)} says a "
        f"{'rise' if said == 'up' else 'fall'}, but {shown} is said to be a {moved}.",
        stated=arith.value(delta),
        tolerance=Decimal(0),
    )


def respectively(pair: ChangePair) -> str | None:
    """The pairing note of a figure taken from respectively-ordered lists."""
    if pair.size == 1:
        return None
    return f"respectively-ordered lists: figure {pair.index + 1} of {pair.size} in each"


def _judge_delta(before: Claim, after: Claim, delta: Claim) -> Finding | None:
    """A stated amount in the unit of A and B against after − before; rates and points are `growth`'s."""
    if delta.dimension != before.dimension or before.dimension == "percent":
        return None  # 增长X%, 提高X个百分点, X倍: checked by growth
    claims = (before, after, delta)
    (a, b), d = intervals(before, after), arith.interval(delta)
    va, vb, vd = arith.value(before), arith.value(after), arith.value(delta)
    tol = arith.rounding_tolerance(delta)
    if a is None or b is None or d is None or va is None or vb is None or vd is None:
        return Finding(
            NAME, Status.UNVERIFIABLE, claims, "A number of this stated change is redacted or missing."
        )
    expected_iv = b - a
    # a stated change is a size: 「减少了C」 states C, not −C
    magnitude = arith.Interval(
        min(abs(expected_iv.low), abs(expected_iv.high)), max(abs(expected_iv.low), abs(expected_iv.high))
    )
    if expected_iv.low < 0 < expected_iv.high:
        magnitude = arith.Interval(Decimal(0), magnitude.high)
    expected = abs(Decimal(arith.show(vb - va, arith.decimals_of(delta))))
    message = f"{arith.show(vb)} − {arith.show(va)} = {arith.show(expected)}, stated {arith.show(vd)}"
    if magnitude.overlaps(d):
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            message + ": agrees.",
            stated=vd,
            expected=expected,
            tolerance=tol,
        )
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        message + f" (±{arith.show(tol)}).",
        stated=vd,
        expected=expected,
        tolerance=tol,
    )


# 「额度由不超过12000元提高至不超过16000元」: a ceiling (or floor) moved; the limits are the figures compared
LIMITS = frozenset({"不超过", "不高于", "最高", "不低于", "不少于", "最低", "至少"})


def intervals(before: Claim, after: Claim) -> tuple[arith.Interval | None, arith.Interval | None]:
    """The intervals of A and B: their limits, within rounding, when both are limits of one kind."""
    qa, qb = before.quantity.approx, after.quantity.approx
    if qa is not None and qb is not None and qa.marker == qb.marker and qa.marker in LIMITS:
        va, vb = arith.value(before), arith.value(after)
        if va is not None and vb is not None:
            ta, tb = arith.rounding_tolerance(before), arith.rounding_tolerance(after)
            return arith.Interval(va - ta, va + ta), arith.Interval(vb - tb, vb + tb)
    return arith.interval(before), arith.interval(after)


def _judge(before: Claim, after: Claim, direction: str, between: str) -> Finding:
    claims = (before, after)
    a, b = intervals(before, after)
    va, vb = arith.value(before), arith.value(after)
    word = (cues.UP if direction == "up" else cues.DOWN).search(between)
    word = word or (LONGER if direction == "up" else SHORTER).search(between)
    word = word or (MORE if direction == "up" else LESS).search(between)  # 「比计划的A多出C」
    verb = word.group(0) if word else direction
    if a is None or b is None:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"A number of this change ({verb}) is redacted or missing.",
            stated=vb,
        )
    delta = (vb - va) if va is not None and vb is not None else None
    shown = f"{arith.show(va or 0)} → {arith.show(vb or 0)}"
    # 「由4.8%降至4.9%」: rounded figures one last digit apart ([4.75, 4.85) and [4.85, 4.95)) still differ
    rises = b.low > a.high or (b.low == a.high and a.width > 0 and b.width > 0 and (vb or 0) > (va or 0))
    falls = b.high < a.low or (b.high == a.low and a.width > 0 and b.width > 0 and (vb or 0) < (va or 0))
    if (direction == "up" and rises) or (direction == "down" and falls):
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{shown} is a {'rise' if rises else 'fall'}, as 「{verb}」 says.",
            stated=vb,
            expected=None,
            tolerance=Decimal(0),
        )
    if a.width == 0 and b.width == 0 and va == vb:
        return Finding(
            NAME,
            Status.MISMATCH,
            claims,
            f"「{verb}」 says the figure changed, but {shown} is no change.",
            stated=vb,
            expected=None,
            tolerance=Decimal(0),
        )
    if not rises and not falls:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"{shown}: the figures are too close, given their rounding, to tell the direction of 「{verb}」.",
            stated=vb,
            tolerance=Decimal(0),
        )
    said = "rise" if direction == "up" else "fall"
    actual = "fall" if falls else "rise"
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        f"「{verb}」 says a {said}, but {shown} is a {actual} of {arith.show(abs(delta or 0))}.",
        stated=vb,
        expected=None,
        tolerance=Decimal(0),
    )


# 「实际新增学位3.38万个,比目标多出1800个」: the amount by which the actual figure passes (or misses) its target
BEYOND_TARGET = re.compile(
    r"^(?:比|较)(?:年初|年度|原定|原)?(?:计划|目标|预期|任务)(?:数)?(?P<verb>多出|超出|多|少|减少|增加)了?$"
)
TARGET_NOTE = "the target worded like the actual figure (实际…), stated before"


# 「为1.26万名寄宿生提供午餐,比计划的1.2万名多出600名」, 「较目标任务3,000人超出120人」: the target written after
# 比, the actual figure in the clause before (or before it in its clause), then the amount beyond it
TARGET_BASE = re.compile(r"(?:比|较)(?:年初|年度|原定|原)?(?:计划|目标|预期|任务)(?:数|任务)?的?$")
MORE_LESS = re.compile(r"(?P<more>多出|超出|超过|多)?(?P<less>少)?了?")
MORE = re.compile(r"多出|超出|超过|多")
LESS = re.compile(r"少")


def _beyond_stated_target(ctx: ClaimContext) -> Iterator[Finding]:
    """The direction and amount of 「B,比计划的A多出C」: B above (多) or below (少) its target A by C."""
    for base in ctx.claims:
        if not TARGET_BASE.search(ctx.prefix(base)):
            continue
        verb = MORE_LESS.match(ctx.text, base.end)
        if verb is None or not (verb.group("more") or verb.group("less")):
            continue
        later = ctx.later_in_sentence(base)
        earlier = [c for c in ctx.earlier(base) if c.sentence == base.sentence]
        if not later or not earlier or later[0].q_start != verb.end():
            continue  # the amount right after the verb: 「多出600名」
        amount, after = later[0], earlier[0]
        if base.clause - after.clause > 1 or not (
            ctx.same_dimension(after, base) and ctx.same_dimension(base, amount)
        ):
            continue
        if is_base_or_change(ctx, after):
            continue
        direction = "up" if verb.group("more") else "down"
        yield replace(_judge(base, after, direction, verb.group(0)), pairing=TARGET_NOTE_INLINE)
        finding = _judge_delta(base, after, amount)
        if finding is not None:
            yield replace(finding, pairing=TARGET_NOTE_INLINE)


TARGET_NOTE_INLINE = "the target after 比, the actual figure before it"


def _beyond_target(ctx: ClaimContext) -> Iterator[Finding]:
    """A stated amount after 比目标/比计划 against the actual figure right before it and its target (found as
    `comparison` finds it); only a high-confidence target can give a mismatch."""
    from edclaims.checks.comparison import worded_target  # comparison reads change's pairs: import late

    for amount in ctx.claims:
        beyond = BEYOND_TARGET.match(ctx.prefix(amount))
        earlier = ctx.earlier(amount)
        if beyond is None or not earlier or earlier[0].sentence != amount.sentence:
            continue
        after = earlier[0]
        if amount.clause - after.clause != 1 or not ctx.same_dimension(after, amount):
            continue
        found = worded_target(ctx, after)
        if found is None:
            continue
        before, confidence = found
        finding = _judge_delta(before, after, amount)
        if finding is None:
            continue
        if confidence != "high" and finding.status is Status.MISMATCH:
            finding = replace(finding, status=Status.UNVERIFIABLE)
        yield replace(finding, confidence=confidence, pairing=TARGET_NOTE)
