"""growth: a stated rate of change against the figures before (A) and after (B) it.

「增长/下降X%」 is (B − A) / A; 「提高X个百分点」 is B − A between two percentages; 「增长X倍」 is B = A × (1 + X);
「是…的X倍」 and 「增长到…X倍」 are B = A × X; 「翻一番/翻两番」 are B = A × 2 / × 4.

A and B come from one of three places, tried in this order:
1. a 由A…提高到B change (the pairs `change` finds) with the rate right after B;
2. 「B,比2020年的A增长X%」 / 「B,是上年A的X倍」: the base named inside the rate's own clause;
3. B right before the rate, and A in the same or an earlier sentence of the paragraph, with the same unit
   and subject, about the base year the rate names (比上年 / 同比 / 比2020年; the year before B's if none).

`change` checks the direction of 由A到B and a stated amount in B's unit; every rate, point and multiple is
checked here, so no pair of figures is reported twice. 「提高5%」 between two percentages may be a relative
rate or percentage points: it is tried both ways and is only ever consistent (one reading holds, named in
the note) or unverifiable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext

from edclaims.checks import arith, cues
from edclaims.checks.change import ChangePair, compared_pairs, is_average, list_run
from edclaims.checks.change import intervals as change_intervals
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import is_base_or_change
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "growth"
HUNDRED = Decimal(100)
# 「翻一番」 is a round statement: a doubling within 5 % (the allowance 约 gets) is still a doubling
DOUBLING_SHARE = Decimal("0.05")
# how far back the base-year figure may stand, in sentences of the same paragraph
SENTENCES_BACK = 3

RATE_NOUN = rf"(?:{cues.RATE_UP_NOUN}|{cues.RATE_DOWN_NOUN})(?:为|是|达到?)?"
BASE_WORD = (
    r"(?:上年|去年|上一年|上年度|前年|上届|上一届|上学年|上一学年|上学期|上一学期|(?:19|20)\d\d年)(?:同期)?"
)
# the only words allowed between B and its rate when A stands in another clause or sentence: a base and a
# verb (「,比上年增长」, 「,同比下降」, 「,是2020年的」); anything else may introduce another subject
# 「,五年提高了16.6个百分点」, 「,近三年来增长」: the span the change took, between B and its rate
SPAN = cues.YEAR_SPAN
LEAD = re.compile(
    rf"^[,，]?(?:{SPAN})?(?:(?:比|较){BASE_WORD}|与{BASE_WORD}相比[,，]?|同比)?(?:分别|共|累计)?"
    rf"(?:(?:{cues.RATE_UP_VERB}|{cues.RATE_DOWN_VERB})了?(?:约|近)?|{RATE_NOUN}|实现)?$"
    rf"|^[,，]?(?:是|为|相当于|达到?){BASE_WORD}的$"
)
# between last year's figure (「去年为17.2%」) and the rate: the verb, maybe after 比上年/同比
LAST_YEAR_LEAD = re.compile(
    rf"^[,](?:{SPAN})?(?:比上年|较上年|同比)?(?:{cues.RATE_UP_VERB}|{cues.RATE_DOWN_VERB})了?(?:约|近)?$"
    rf"|^[,]?{RATE_NOUN}$"
)
# the base figure introduced inside the rate's clause: 「比2020年的20万人」, 「是上年3000万元的」, the base's
# noun after its year (「是去年新增学位1.2万个的两倍」), 「与上年的94.8%相比」; a multiple may be of another
# group's figure (「是普通小学标准800元的8.75倍」)
BASE_INTRO = re.compile(
    rf"(?:(?:比|较)[^,;。]{{0,10}}|(?:是|为|相当于){BASE_WORD}的?[^,;。\d的]{{0,8}}|与{BASE_WORD}的?)$"
)
MULTIPLE_BASE_INTRO = re.compile(r"(?:是|为|相当于)[^,;。\d是为]{0,12}$")  # 「为招生计划6,840人的2.2倍」
# what may stand between that base and the rate: 「增长」, 「相比,提高了」, 「的」 (of 是上年A的X倍)
INSIDE_LEAD = re.compile(
    rf"^(?:相比[,，]?)?(?:分别)?(?:(?:{cues.RATE_UP_VERB}|{cues.RATE_DOWN_VERB})了?(?:约|近)?|{RATE_NOUN}|的)?$"
)
RELATIVE_YEARS = {
    "今年": 0,
    "本年": 0,
    "当年": 0,
    "去年": -1,
    "上年": -1,
    "上一年": -1,
    "上年度": -1,
    "前年": -2,
}


@dataclass(frozen=True)
class Rate:
    """A stated change: its claim, the direction its verb gives, and what kind of figure it is."""

    claim: Claim
    direction: str  # up | down
    form: str  # percent | points | times | times_plus


def _rate(ctx: ClaimContext, claim: Claim) -> Rate | None:
    if claim.dimension not in {"percent", "pp", "multiple"}:
        return None  # only these state a rate; list_run below is not cheap
    run, index = list_run(ctx, claim)
    prefix = ctx.prefix(run[0] if index else claim)  # 「分别增长8.5%、9.8%」: the verb before the list's head
    if cues.ANNUAL_AVERAGE.search(prefix):
        return None  # 年均增长8% compounds over years: not a ratio of the two figures
    verb = cues.RATE_VERB.search(prefix)
    direction = None
    if verb is not None:
        direction = "down" if verb.group("down") or verb.group("down_noun") else "up"
    if claim.dimension == "percent" and direction:
        return Rate(claim, direction, "percent")
    if claim.dimension == "pp" and direction:
        return Rate(claim, direction, "points")
    if claim.dimension != "multiple":
        return None
    if claim.quantity.text.startswith("翻"):
        return None if cues.HEDGE.search(prefix) else Rate(claim, "up", "times")
    if direction == "up":
        return Rate(claim, "up", "times_plus")
    if direction is None and cues.MULTIPLE_OF.search(prefix):
        return Rate(claim, "up", "times")
    return None  # 「下降2倍」 has no agreed meaning


def _base_candidate(claim: Claim, rate: Rate) -> bool:
    if claim.dimension is None or claim.dimension in {"pp", "multiple"}:
        return False
    if rate.form == "points":
        return claim.dimension == "percent"
    return True


def _nearest_before(ctx: ClaimContext, rate: Rate) -> Claim | None:
    """The figure right before the rate, in its clause or the one before."""
    for claim in ctx.earlier(rate.claim):
        if claim.sentence != rate.claim.sentence or rate.claim.clause - claim.clause > 1:
            return None
        if claim.clause == rate.claim.clause and (claim.dimension or "").startswith("time:"):
            continue  # 「,五年提高了16.6个百分点」: the span the change took (see SPAN)
        return claim if _base_candidate(claim, rate) else None
    return None


def operands(ctx: ClaimContext, rate: Rate) -> tuple[Claim, Claim, str] | None:
    """(A, B, confidence of the pairing) for a stated rate, or None when no base figure is stated."""
    nearest = _nearest_before(ctx, rate)
    if nearest is None:
        return None
    lead = ctx.text[nearest.end : rate.claim.q_start]
    all_pairs = list(change_pairs(ctx))
    listed = _listed_operands(ctx, rate, all_pairs)
    if listed is not None:
        return listed or None
    afters = {pair.after.id: pair.before for pair in all_pairs if pair.size == 1}
    compared = {pair.before.id: pair.after for pair in compared_pairs(ctx)}
    if nearest.id in compared and LAST_YEAR_LEAD.match(lead):
        # 「升学率为20.7%,去年为17.2%,提高3.5个百分点」: the base right before the rate
        return nearest, compared[nearest.id], "high"
    based = _amount_after_base(ctx, nearest, compared)
    if based is not None and LEAD.match(lead):
        # 「6.83万人,比去年的6.52万人增加3100人,增长4.8%」: skip the stated amount after the base
        return based, compared[based.id], "high"
    amount_of = _change_amount_of(ctx, nearest, afters)
    if amount_of is not None and LEAD.match(lead):
        # 「由A增加到B,增加了C,增长X%」: skip the stated amount C
        return afters[amount_of.id], amount_of, "high"
    if nearest.id in afters:
        return (afters[nearest.id], nearest, "high") if LEAD.match(lead) else None
    introduced = BASE_INTRO.search(ctx.prefix(nearest)) or (
        rate.form == "times" and MULTIPLE_BASE_INTRO.search(ctx.prefix(nearest))
    )
    if nearest.clause == rate.claim.clause and introduced:
        # 「24万人,比2020年的20万人增长20%」: the nearest figure is the base, B stands before it
        if not INSIDE_LEAD.match(lead):
            return None
        if nearest.id in compared:
            # 「2236.80亿元,占总投入的78.12%,比上年的2133.15亿元增长4.68%」: B past a share (change's pairing)
            return nearest, compared[nearest.id], "high"
        return _restated_after(ctx, nearest, ctx.prefix(nearest)[: introduced.start()])
    if not LEAD.match(lead):
        named = NAMED_BASE.match(lead)
        return _named_base(ctx, rate, nearest, named.group("name")) if named else None
    return _base_year_figure(ctx, rate, nearest)


NOT_A_NAME = re.compile(r"(?:其中|同时|分别|均|也|并|且|已|较|相比|总体|整体|全年|今年|当年|目前|截至目前)+")
# what a clause says it compares, before its base: 「示范校数量比2022年的300所翻了一番」 → 示范校
RESTATED = re.compile(
    r"^(?:全市|全省|全县|全区|全国|全镇)?(?P<name>[^,;。\d]{2,12}?)(?:的)?(?:数量|总数|总量|规模|人数|数)?$"
)


def _restated_after(ctx: ClaimContext, base: Claim, head: str) -> tuple[Claim, Claim, str] | None:
    """B of 「……B,(X)比2020年的A增长20%」: the figure right before, in this clause or the one before. When the
    clause names what it compares (X), B is the figure whose clause names X (「已认定示范校600所,其中今年新认定
    180所;示范校数量比2022年的300所翻了一番」: 600, not the 180 of a breakdown); when none does, the figure
    right before is only a guess (medium)."""
    earlier = [
        c
        for c in ctx.earlier(base)
        if c.sentence == base.sentence and ctx.same_dimension(c, base) and not is_base_or_change(ctx, c)
    ]
    # 「建成智慧教室3865间,校均9.4间,比2022年的1920间翻了一番」: an average (校均, 人均) is not B of a base that
    # is no average itself when the total it averages stands before it (「生均提高到6,000元,是普通小学标准750元
    # 的8倍」 has only the average)
    base_average = is_average(ctx, base)
    kind = [c for c in earlier if is_average(ctx, c) == base_average]
    earlier = kind or earlier
    # an average passed over leaves its clause out of the reach: B stands in the clause before it
    passed = [c.clause for c in ctx.earlier(base) if kind and c.sentence == base.sentence and c not in kind]
    reach = base.clause - 1
    while reach in passed:
        reach -= 1
    near = [c for c in earlier if c.clause >= reach]
    restated = RESTATED.match(head)
    if restated is not None and NOT_A_NAME.fullmatch(restated.group("name")):
        restated = None  # 「,同时比上年的……」: a connective, not what is compared
    if restated is None:
        return (base, near[0], "high") if near else None
    name = restated.group("name")
    # a subject carried over from the figure before (「其中今年新认定180所」) names nothing of its own
    naming = [
        c for c in earlier if name in ctx.prefix(c) or (not c.subject_inherited and name in (c.subject or ""))
    ]
    if naming:
        return base, naming[0], "high" if len(naming) == 1 else "medium"
    if near:
        return base, near[0], "medium"
    return _named_further_back(ctx, base, name)


PARAGRAPHS_BACK = 2  # 「问:……?」 stands between an answer and the one before


def _named_further_back(ctx: ClaimContext, base: Claim, name: str) -> tuple[Claim, Claim, str] | None:
    """「答:本科录取人数比上年的1.84万人增长11.9%」 with nothing before it in its sentence: B is the one earlier
    figure (this paragraph or the two before) whose clause names what is compared, in full or by its first
    word (「其中本科批次2.06万人」); a guess across sentences, so medium."""
    candidates = [
        c
        for c in ctx.claims
        if c.q_start < base.q_start
        and base.paragraph - PARAGRAPHS_BACK <= c.paragraph <= base.paragraph
        and ctx.same_dimension(c, base)
        and not is_base_or_change(ctx, c)
    ]
    for key in (name, name[:2]):
        naming = [c for c in candidates if key in ctx.prefix(c)]
        if len(naming) == 1:
            return base, naming[0], "medium"
        if naming:
            return None
    return None


# 「报名学生15,120人,是招生计划的2.2倍」: the base named by a noun, its figure stated before
NAMED_BASE = re.compile(r"^[,]?(?:是|为|相当于|达到?)(?P<name>[^,;。\d的]{2,8})的$")


def _named_base(ctx: ClaimContext, rate: Rate, after: Claim, name: str) -> tuple[Claim, Claim, str] | None:
    """A: the earlier figure of B's unit (this or the sentences before, in the paragraph) whose clause names the
    base, also in the other order of its two words (招生计划 / 计划招生); several: the nearest, medium."""
    if rate.form != "times":
        return None
    name = re.sub(r"(?:数量|总数|人数|数)$", "", name) or name  # 「计划招生数」 names 「计划招生6,840人」
    halves = (name[:2], name[2:]) if len(name) == 4 else None
    naming = []
    for claim in ctx.earlier(after, sentences_back=SENTENCES_BACK):
        if not ctx.same_dimension(claim, after) or is_base_or_change(ctx, claim):
            continue
        prefix = ctx.prefix(claim)
        if name in prefix or name in (claim.subject or "") or (halves and all(h in prefix for h in halves)):
            naming.append(claim)
    if not naming:
        return None
    return naming[0], after, "high" if len(naming) == 1 else "medium"


def _listed_operands(
    ctx: ClaimContext, rate: Rate, all_pairs: list[ChangePair]
) -> tuple[Claim, Claim, str] | tuple[()] | None:
    """Rates stated respectively after listed changes (「分别由A1、A2增加到B1、B2,分别增长X1%、X2%」) pair
    in order: the operands, () when the lists do not line up (nothing is checked), None when no list is
    involved."""
    rates, index = list_run(ctx, rate.claim)
    first = ctx.earlier(rates[0])
    before_first = first[0] if first and first[0].sentence == rate.claim.sentence else None
    listed = [p for p in all_pairs if p.size > 1]
    if before_first is None or not any(before_first.id == p.after.id for p in listed):
        return () if len(rates) > 1 and any(p.size > 1 for p in listed) else None
    group_last = next(p for p in listed if p.after.id == before_first.id)
    if len(rates) != group_last.size:
        return ()
    group = [p for p in listed if p.size == group_last.size and p.index <= group_last.index]
    group = group[-group_last.size :]
    pair = group[index]
    return pair.before, pair.after, "high"


def _amount_after_base(ctx: ClaimContext, claim: Claim, compared: dict[str, Claim]) -> Claim | None:
    """The base A of a 「B,比去年的A增加C」 comparison when `claim` is its amount C, else None."""
    if not cues.RATE_VERB.search(ctx.prefix(claim)):
        return None
    earlier = ctx.earlier(claim)
    if not earlier or earlier[0].sentence != claim.sentence or claim.clause - earlier[0].clause > 1:
        return None
    base = earlier[0]
    return base if base.id in compared and ctx.same_dimension(base, claim) else None


def _change_amount_of(ctx: ClaimContext, claim: Claim, afters: dict[str, Claim]) -> Claim | None:
    """The B of a 由A到B change when `claim` is its stated amount (「增加了300名」), else None."""
    if not cues.RATE_VERB.search(ctx.prefix(claim)):
        return None
    for before in ctx.earlier(claim):
        if before.sentence != claim.sentence or claim.clause - before.clause > 1:
            return None
        return before if before.id in afters and ctx.same_dimension(before, claim) else None
    return None


def _base_year_figure(ctx: ClaimContext, rate: Rate, after: Claim) -> tuple[Claim, Claim, str] | None:
    """A: the same subject and unit, stated for the base year in this or an earlier sentence."""
    after_year = _year(ctx.time_frame(after), ctx.release_year)
    named = cues.COMPARE_BASE.search(ctx.text[after.end : rate.claim.q_start])
    if named is not None and named.group("when") and named.group("when")[0].isdigit():
        base_year: tuple[str, int] | None = ("year", int(named.group("when")[:4]))
    elif after_year is not None:
        offset = -2 if named is not None and named.group("when") == "前年" else -1
        base_year = (after_year[0], after_year[1] + offset)
    else:
        base_year = None
    if base_year is None:
        return None
    candidates = [
        c
        for c in ctx.earlier(after, sentences_back=SENTENCES_BACK)
        if ctx.same_dimension(c, after)
        and subjects_match(c.subject, after.subject)
        and _year(ctx.time_frame(c), ctx.release_year) == base_year
    ]
    if not candidates:
        return None
    values = {arith.value(c) for c in candidates}
    return candidates[0], after, "high" if len(values) == 1 else "medium"


def _year(frame: str | None, release_year: int | None) -> tuple[str, int] | None:
    """A frame as a comparable year: ("year", 2021), or ("relative", −1) for an unresolved 上年."""
    if frame is None:
        return ("year", release_year) if release_year is not None else ("relative", 0)
    if frame.isdigit():
        return ("year", int(frame))
    if frame in RELATIVE_YEARS:
        return ("relative", RELATIVE_YEARS[frame])
    return None


@register_check(NAME)
def check_growth(ctx: ClaimContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        rate = _rate(ctx, claim)
        if rate is None:
            continue
        found = operands(ctx, rate)
        if found is None:
            continue
        before, after, confidence = found
        finding = judge(rate, before, after, confidence)
        if finding is not None:
            yield finding


@dataclass(frozen=True)
class Reading:
    """One way to read the stated figure: what it should be, exactly and within the rounding of A and B."""

    name: str
    exact: Decimal
    interval: arith.Interval
    formula: str


def _quotient(b: arith.Interval, a: arith.Interval) -> arith.Interval:
    with localcontext() as decimal_ctx:
        decimal_ctx.prec = 28
        corners = [hi / lo for hi in (b.low, b.high) for lo in (a.low, a.high)]
    return arith.Interval(min(corners), max(corners))


def _readings(rate: Rate, before: Claim, after: Claim) -> list[Reading] | None:
    a, b = change_intervals(before, after)
    va, vb = arith.value(before), arith.value(after)
    if a is None or b is None or va is None or vb is None:
        return None
    sign = 1 if rate.direction == "up" else -1
    one = Decimal(1)
    names = {"percent": ["rate"], "points": ["points"], "times": ["times"], "times_plus": ["times_plus"]}[
        rate.form
    ]
    if rate.form == "percent" and before.dimension == "percent":
        names = ["rate", "points"]  # 「提高5%」 between two percentages: relative or points
    out: list[Reading] = []
    for name in names:
        if name == "points":
            iv = b - a if sign > 0 else a - b
            exact = (vb - va) * sign
            formula = (
                f"{arith.show(vb)} − {arith.show(va)}" if sign > 0 else f"{arith.show(va)} − {arith.show(vb)}"
            )
            out.append(Reading(name, exact, iv, formula))
            continue
        if a.low <= 0 or va <= 0:
            return None  # no ratio to a zero or unknown start
        q = _quotient(b, a)
        with localcontext() as decimal_ctx:
            decimal_ctx.prec = 28
            ratio = vb / va
            if name == "rate":
                scaled = arith.Interval((q.low - one) * HUNDRED, (q.high - one) * HUNDRED)
                if sign < 0:
                    scaled = arith.Interval(-scaled.high, -scaled.low)
                exact = (ratio - one) * HUNDRED * sign
                formula = f"({arith.show(vb)} − {arith.show(va)}) / {arith.show(va)}"
                if sign < 0:
                    formula = f"({arith.show(va)} − {arith.show(vb)}) / {arith.show(va)}"
            elif name == "times_plus":
                scaled, exact = arith.Interval(q.low - one, q.high - one), ratio - one
                formula = f"{arith.show(vb)} / {arith.show(va)} − 1"
            else:
                scaled, exact = q, ratio
                formula = f"{arith.show(vb)} / {arith.show(va)}"
        out.append(Reading(name, exact, scaled, formula))
    return out


UNIT_WORDS = {"rate": "%", "points": " percentage points", "times": " times", "times_plus": " times"}
READING_NOTES = {"rate": "read as a relative rate of change", "points": "read as percentage points"}


def _stated_interval(rate: Rate) -> arith.Interval | None:
    claim = rate.claim
    if claim.quantity.text.startswith("翻") and claim.quantity.value is not None:
        target = claim.quantity.value
        return arith.Interval(target * (1 - DOUBLING_SHARE), target * (1 + DOUBLING_SHARE))
    return arith.interval(claim)


def _tolerance(rate: Rate) -> Decimal:
    value = rate.claim.quantity.value
    if rate.claim.quantity.text.startswith("翻") and value is not None:
        return value * DOUBLING_SHARE
    return arith.rounding_tolerance(rate.claim)


def _agrees(reading: Reading, stated: arith.Interval, rate: Rate) -> tuple[bool, str | None]:
    if reading.interval.overlaps(stated):
        return True, None
    value, place = arith.value(rate.claim), rate.claim.quantity.place
    # 「增长25.6%」 for 25.68…: a truncated rather than rounded rate, as percent_of_whole allows
    if reading.name in {"rate", "points"} and value is not None and place is not None:
        if value <= reading.exact < value + place * rate.claim.scale:
            return True, "truncated rather than rounded"
    return False, None


def judge(rate: Rate, before: Claim, after: Claim, confidence: str) -> Finding | None:
    claims = (before, after, rate.claim)
    stated_value = arith.value(rate.claim)
    tol = _tolerance(rate)
    written = arith.as_written(rate.claim)
    readings = _readings(rate, before, after)
    stated = _stated_interval(rate)
    if stated is None or readings is None or stated_value is None:
        if not (rate.claim.redacted or before.redacted or after.redacted):
            return None  # a range or a zero base: nothing to say
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"A figure of this change ({written}) is redacted, so the rate cannot be recomputed.",
            stated=stated_value,
            tolerance=tol,
            confidence=confidence,
        )
    places = arith.decimals_of(rate.claim) + (1 if rate.form in {"percent", "points"} else 2)
    results = [(r, *_agrees(r, stated, rate)) for r in readings]

    def describe(r: Reading) -> str:
        return f"{r.formula} = {arith.show(r.exact, places)}{UNIT_WORDS[r.name]}"

    if len(readings) == 2:
        return _judge_ambiguous(rate, claims, results, describe, written, stated_value, tol)
    reading, ok, note = results[0]
    expected = Decimal(arith.show(reading.exact, places))
    said = f"{describe(reading)}, stated {written}"
    if ok:
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{said}: agrees{' if the figure was truncated, not rounded' if note else ''}.",
            stated=stated_value,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
            note=note,
        )
    loose = None
    if rate.form == "times_plus" and _quotient_fits(before, after, stated):
        loose = "B = A × X fits: that is 「是…的X倍」; 「增长X倍」 means B = A × (1 + X)"
    if confidence != "high":
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            f"{said}; they disagree, but it is unclear that these are the figures the rate compares.",
            stated=stated_value,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
            note=loose,
        )
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        f"{said} (±{arith.show(tol)}): the figures do not give this change.",
        stated=stated_value,
        expected=expected,
        tolerance=tol,
        confidence=confidence,
        note=loose,
    )


def _quotient_fits(before: Claim, after: Claim, stated: arith.Interval) -> bool:
    a, b = change_intervals(before, after)
    return a is not None and b is not None and a.low > 0 and _quotient(b, a).overlaps(stated)


def _judge_ambiguous(
    rate: Rate,
    claims: tuple[Claim, ...],
    results: list[tuple[Reading, bool, str | None]],
    describe: Callable[[Reading], str],
    written: str,
    stated_value: Decimal,
    tol: Decimal,
) -> Finding:
    """「提高5%」 between two percentages: consistent only when one reading holds, never a mismatch."""
    holding = [r for r, ok, _ in results if ok]
    both = "; ".join(describe(r) for r, _, _ in results)
    if len(holding) == 1:
        reading = holding[0]
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{both}; stated {written} agrees when {READING_NOTES[reading.name]}.",
            stated=stated_value,
            expected=Decimal(arith.show(reading.exact, arith.decimals_of(rate.claim) + 1)),
            tolerance=tol,
            confidence="medium",
            note=READING_NOTES[reading.name],
        )
    if len(holding) == 2:
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{both}; stated {written} agrees either way.",
            stated=stated_value,
            tolerance=tol,
            confidence="medium",
            note="both readings agree",
        )
    return Finding(
        NAME,
        Status.UNVERIFIABLE,
        claims,
        f"{both}; stated {written} fits neither, but a bare % between two percentages is ambiguous.",
        stated=stated_value,
        tolerance=tol,
        confidence="medium",
        note="percent or percentage points?",
    )
