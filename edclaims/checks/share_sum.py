"""share_sum: shares of one whole that must add up to 100 %, or to the share they are stated to make up.

「城镇学生占42.5%,农村学生占57.5%」 and 「城镇、农村学生分别占42.5%、57.5%」 split a whole in two
(城镇/农村, 男/女, 公办/民办 … with the same words around them), and a list whose last item is 其余/其他
covers the whole: their shares must add up to 100 within the sum of their rounding. So must the weights of a
total score (「笔试成绩和面试成绩分别按40%、60%计入总成绩」) and the shares of a whole made of the parts named
right before them (「由必考项目和选考项目组成,分别占40%和60%」); the grades of one scale (非常满意 … 不满意,
及格/不及格) that come within 3 points of 100 % are all of their whole. 「A类占12.3%,B类占8.1%,
两类合计占20.4%」: the parts must add up to the stated share.

Shares are grouped within one sentence and split where the whole named after 占 (「占在园幼儿总数的」) or the
year changes, or where 其中 opens a breakdown. Shares of one named set (「在已入学学生中,」, 其中 after a figure)
or split by one criterion (「从课时安排看,」) that come within 3 points of 100 % (or pass it) are taken to be
all of their whole. A set that is not known to cover its whole says nothing when it falls short of 100 % (the
rest is simply not mentioned) or passes it (groups may overlap: 党员教师 and 女教师, and groups picked by two
attributes, 女性 and 硕士, are never added up); a 分别 list that adds up to 100 % is reported as consistent with medium confidence. Shares after
其中 may be of the subgroup (→ 100 %) or of the outer whole (→ the share before 其中): either agreement is
consistent, neither is only `unverifiable`. Totals the `sum` family already checks (「合计20.4%」, 其中
breakdowns) are left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from edclaims.checks import arith, cues
from edclaims.checks.context import ClaimContext
from edclaims.checks.cues import different_attributes
from edclaims.checks.registry import register_check
from edclaims.checks.sum import check_sum
from edclaims.records import Claim, Finding, Status

NAME = "share_sum"
HUNDRED = Decimal(100)
WHOLE = arith.Interval(HUNDRED, HUNDRED)
# words around a label that do not change what it names
FILLER = re.compile(r"^(?:其中|目前|现有|共有|全市|全县|全区|全省|全国|全镇|截至目前|[,，:：\s])+")
# 、 and the conjunctions between items, not the 及 of 及格 or the 与 of 参与 (「优秀、良好、及格、不及格等级」)
# and the seam between quoted items written one after the other (「表示“非常满意”“比较满意”“一般”的」)
LIST_SPLIT = re.compile(r"、|以及|和|(?<!参)与|及(?!格|时)|(?<=[”』」])(?=[“『「])")
LIST_START = re.compile(r"[,;:，；：。\n]")
# 「占其/各自/当地……的」: every item has a whole of its own
DISTRIBUTIVE_WHOLE = re.compile(r"(其|各自|各|本|当地|同类|相应)")
BETWEEN_LIST_ITEMS = re.compile(r"^\s*[、,，和及]?\s*$")


@dataclass
class Share:
    claim: Claim
    label: str  # what the share is of: 「城镇学生」
    whole: str | None  # the whole named after 占: 「在园幼儿总数」
    each: bool  # part of a 分别 list
    stated_total: bool  # 「合计占20.4%」: the sum of the shares before it
    opens_breakdown: bool  # 「其中……占」
    weight: bool = (
        False  # a weight of a total score: 「……分别按40%、60%计入总成绩」, 「总成绩中笔试成绩占60%」
    )


@dataclass
class Group:
    shares: list[Share] = field(default_factory=list)
    outer: Share | None = None  # the share right before 其中, when the group is its breakdown


def _share(ctx: ClaimContext, claim: Claim, previous: Share | None) -> Share | None:
    if claim.dimension != "percent":
        return None
    prefix = ctx.prefix(claim)
    match = cues.SHARE.search(prefix)
    if match is not None and not cues.RATE_CHANGE.search(match.group("label")):
        label = match.group("label")
        whole = match.group("whole")
        each = bool(match.group("each") or match.group("each_after"))
        total = bool(cues.SHARE_TOTAL.search(label))
        if not label.strip() and not each:
            label = _label_before(ctx, claim)
        weight = bool(SCORE_WHOLE.search(whole or "") or SCORE_SET.search(prefix))
        return Share(claim, label, whole[:-1] if whole else None, each, total, "其中" in prefix, weight)
    # 「家长选择的比例依次为58.4%、29.7%……」, 「权重分别为40%、35%、25%」: a list of shares with no 占
    listed = LISTED_SHARES.search(prefix)
    if listed is not None and not cues.RATE_CHANGE.search(listed.group("label")):
        return Share(claim, listed.group("label"), None, True, False, False)
    # 「笔试成绩和面试成绩分别按40%、60%折算计入总成绩」: weights of one total score
    weighted = WEIGHT.search(prefix)
    if weighted is not None and _counted_into_total(ctx, claim):
        each = bool(weighted.group("each"))
        return Share(claim, weighted.group("label"), "总成绩", each, False, False, weight=True)
    # 「分别占38%、35%、27%」: the items after the first stand alone after 、
    if previous is not None and previous.each and previous.claim.sentence == claim.sentence:
        # 「……3.3%,近九成家长……」: an approximate share after the list is a statement of its own
        exact = claim.quantity.approx is None and claim.quantity.implied_unit is None
        if exact and BETWEEN_LIST_ITEMS.match(ctx.text[previous.claim.end : claim.q_start]):
            return Share(claim, "", previous.whole, True, False, False, previous.weight)
    return None


LISTED_SHARES = re.compile(r"(?P<label>[^,;。、]*?)(?:比例|比重|权重|占比)(?:分别|依次)(?:为|是)?$")
# a total score (总成绩, 综合成绩) is made up of weighted parts: their weights add up to 100 %
SCORE_WHOLE = re.compile(r"(总成绩|综合成绩|总评成绩|总分)")
SCORE_SET = re.compile(r"(总成绩|综合成绩|总评成绩|总分)中")
WEIGHT = re.compile(r"(?P<label>[^,;。、]*?)(?P<each>分别|依次)?按(?:照)?$")
COUNTED_INTO = re.compile(r"(计入|合成|折合成|折算成|折算为|计算)[^,;。]{0,4}(总成绩|综合成绩|总评成绩|总分)")


def _counted_into_total(ctx: ClaimContext, claim: Claim) -> bool:
    """The weights' clause ends by counting them into a total score (「……折算计入总成绩」)."""
    _, end = ctx.segs.sentence_bounds(claim.sentence)
    rest = re.split(r"[,;。]", ctx.text[claim.end : end], maxsplit=1)[0]
    return bool(COUNTED_INTO.search(rest))


def _label_before(ctx: ClaimContext, claim: Claim) -> str:
    """「城镇学生12万人,占42.5%」: the share's label is what the clause before it counts."""
    for other in ctx.earlier(claim):
        if other.sentence != claim.sentence or claim.clause - other.clause != 1:
            return ""
        start, _ = ctx.segs.clause_bounds(other.clause)
        return ctx.text[start : other.q_start]
    return ""


def _groups(ctx: ClaimContext) -> Iterator[Group]:
    current = Group()
    previous: Share | None = None
    for claim in ctx.claims:
        if previous is not None and claim.sentence != previous.claim.sentence:
            yield current
            current, previous = Group(), None
        if claim.dimension != "percent":
            continue
        share = _share(ctx, claim, previous)
        if share is None and SUBTOTAL.search(ctx.prefix(claim)):
            continue  # 「……两项合计84.2%;"一般"占11.3%」: a subtotal within the run, not one more share
        if share is None:
            # another kind of percentage (覆盖率80%) ends the run of shares
            yield current
            current, previous = Group(), None
            continue
        if previous is not None and _breaks(ctx, previous, share):
            yield current
            current = Group(outer=previous if share.opens_breakdown else None)
        if share.stated_total and not current.shares:
            share.stated_total = False  # 「优秀和良好等级合计占52.2%,及格等级占42.7%」: it totals named items
        current.shares.append(share)
        if share.stated_total:
            yield current
            current, share = Group(), None
        previous = share
    yield current


SUBTOTAL = re.compile(
    r"^(?:[两二三四五六七八九2-9]项|以上[两二三四五六七八九2-9]项|前[两二三四五六七八九2-9]项)(?:合计|共计|总计)(?:为|达)?$"
    # 「“非常满意”和“比较满意”的分别占58.3%和31.6%,满意率合计89.9%;“一般”的占……」: a rate totalling the first ones
    r"|^[\u4e00-\u9fff]{0,6}率(?:合计|共计|总计)(?:为|达到?)?$"
)


def _breaks(ctx: ClaimContext, previous: Share, share: Share) -> bool:
    """Shares of different wholes or years never go together; 其中 opens a breakdown of the share before."""
    if share.opens_breakdown:
        return True
    if share.each and not previous.each and share.label.strip():
        return True  # 「骨干教师占33.2%;小学、初中教师分别占58%和42%」: a 分别 list of its own starts
    if previous.whole and share.whole and previous.whole != share.whole:
        return True
    fa, fb = ctx.time_frame(previous.claim), ctx.time_frame(share.claim)
    return fa is not None and fb is not None and fa != fb


def _list_labels(ctx: ClaimContext, share: Share, count: int) -> list[str] | None:
    """「城镇、农村学生分别占……」: the items named before 分别, one per share, or None."""
    sentence_start, _ = ctx.segs.sentence_bounds(share.claim.sentence)
    text = ctx.text[sentence_start : share.claim.q_start]
    cut = max(text.rfind("分别"), text.rfind("依次"))
    if cut < 0:
        return None
    head = text[:cut]
    starts = [m.end() for m in LIST_START.finditer(head)]
    head = head[starts[-1] :] if starts else head
    head = re.sub(r"(所?占比?|比重|比例)$", "", head)
    labels = [part for part in LIST_SPLIT.split(head) if part.strip()]
    if len(labels) == count:
        return labels
    named = _named_before(ctx, share.claim)
    return named if named is not None and len(named) == count else None


# 「设“满意”“比较满意”“一般”“不满意”四个选项,家长选择的比例依次为……」, 「按学校数量、学生数、绩效评价三项因素
# 分配,权重分别为……」: the items are named in the clause before the list, with their number
NAMED_ITEMS = re.compile(
    r"(?:设|设置|分为?|包括|有|按照?|依据|根据)(?P<items>[^,;。]{2,40}?)"
    r"(?:这|等)?[两二三四五六七八九十\d]个?(?:选项|等级|档次?|类|项|项因素|个因素|项指标|因素|方面)"
    r"(?P<verb>分配|测算|核定|计算|确定)?[,:]?$"
)


def _named_before(ctx: ClaimContext, first: Claim) -> list[str] | None:
    """The items of the clause before the shares' clause (in the sentence) that names them and their number."""
    match = _named_items(ctx, first)
    if match is None:
        return None
    return [part for part in LIST_SPLIT.split(match.group("items")) if part.strip()]


def _named_items(ctx: ClaimContext, first: Claim) -> re.Match[str] | None:
    sentence_start, _ = ctx.segs.sentence_bounds(first.sentence)
    own_start, _ = ctx.segs.clause_bounds(first.clause)
    head = ctx.text[sentence_start:own_start]
    cut = max(head[:-1].rfind(","), head[:-1].rfind(";"), head[:-1].rfind(":"))
    return NAMED_ITEMS.search(head[cut + 1 :]) if own_start > sentence_start else None


def _labels(ctx: ClaimContext, shares: list[Share]) -> list[str]:
    if shares[0].each:
        listed = _list_labels(ctx, shares[0], len(shares))
        if listed is not None:
            return listed
    return [s.label for s in shares]


# 「城区、镇区、乡村学校在校生分别占」: the three places of the statistics' urban-rural split cover every school
URBAN_RURAL = (("城区", "镇区", "乡村"), ("城区", "镇区", "农村"), ("城市", "县镇", "农村"))


def _urban_rural(labels: list[str], listed: bool) -> bool:
    """Three labels naming 城区, 镇区 and 乡村 in order, with the same words around them (written once, after the
    last, in a 分别 list)."""
    for places in URBAN_RURAL:
        rests = [
            FILLER.sub("", label).replace(place, "", 1) for label, place in zip(labels, places, strict=True)
        ]
        if not all(place in label for label, place in zip(labels, places, strict=True)):
            continue
        if len(set(rests)) == 1 or (listed and not any(rest.strip() for rest in rests[:-1])):
            return True
    return False


def _split_then_negated(labels: list[str], listed: bool) -> bool:
    """「公办园、普惠性民办园、非普惠性民办园……分别占」: X and 非X make up the 民办园 that complements 公办园."""
    stripped = [FILLER.sub("", label) for label in labels]
    for i, j in ((1, 2), (0, 1), (0, 2)):
        x, negated = stripped[i], stripped[j]
        if not x or not (negated == "非" + x or (listed and j == 2 and negated.startswith("非" + x))):
            continue
        other = stripped[3 - i - j]
        for a, b in cues.COMPLEMENTS:
            for p, q in ((a, b), (b, a)):
                if p in other and q in x and p not in x and q not in other:
                    tail_other, tail_x = other.split(p, 1)[1], x.split(q, 1)[1]
                    if tail_other == tail_x:
                        return True
    return False


def _exhaustive(labels: list[str], listed: bool) -> bool:
    """The labels cover a whole: a 其余/其他 item, or two complementary words with the same words around."""
    if len(labels) >= 2 and cues.SHARE_REST.search(labels[-1]):
        return True
    if len(labels) == 3:
        return _urban_rural(labels, listed) or _split_then_negated(labels, listed)
    if len(labels) != 2:
        return False
    first, second = (FILLER.sub("", label) for label in labels)
    if first and (second == "非" + first or first == "非" + second):
        return True  # 「国家财政性教育经费……;非国家财政性教育经费……」
    for a, b in cues.COMPLEMENTS:
        for x, y in ((first, second), (second, first)):
            if not (a in x and b in y and a not in y and b not in x):
                continue
            before_x, after_x = x.split(a, 1)
            before_y, after_y = y.split(b, 1)
            if before_x == before_y and after_x == after_y:
                return True
            # 「城镇、农村学生分别占」 writes the shared words once: after the last item, before the first
            if listed and (after_x == after_y or not (after_x if x is first else after_y)):
                if before_x == before_y or not (before_y if x is first else before_x):
                    return True
    return False


@register_check(NAME)
def check_share_sum(ctx: ClaimContext) -> Iterator[Finding]:
    covered = {f.claims[0].id for f in check_sum(ctx) if f.claims}
    for group in _groups(ctx):
        shares = group.shares
        if group.outer is not None and group.outer.claim.id in covered:
            continue
        if shares and shares[-1].stated_total:
            total = shares[-1]
            if total.claim.id not in covered and len(shares) >= 3:
                yield _judge_stated(shares[:-1], total)
            continue
        if len(shares) < 2:
            continue
        for run in _attribute_runs(shares):
            finding = _judge_whole(ctx, run, group.outer if run[0] is shares[0] else None)
            if finding is not None:
                yield finding
        for k in range(2, len(shares)):
            # a rate named inside the run (「……,满意率合计89.9%;“一般”的占……」) totals the shares before it
            inside = [c for c in ctx.later_in_sentence(shares[k - 1].claim) if c.dimension == "percent"]
            if inside and inside[0] is not shares[k].claim:
                named = _named_rate(ctx, shares[:k])
                if named is not None:
                    yield named
        combined = _combined_rate(ctx, shares)
        if combined is not None:
            yield _judge_stated(*combined)
        else:
            named = _named_rate(ctx, shares)
            if named is not None:
                yield named


def _attribute_runs(shares: list[Share]) -> list[list[Share]]:
    """「本科及以上学历……占84.3%;女教师占71.6%,男教师占28.4%」: shares picked by one attribute, then by another,
    are two groups, each judged alone (a run of one is no group); labels of no known attribute go with either."""
    if shares[0].each or not different_attributes([s.label for s in shares]):
        return [shares]
    runs: list[list[Share]] = []
    kind: set[str] = set()
    for share in shares:
        hits = {name for name, pattern in cues.ATTRIBUTES.items() if pattern.search(share.label)}
        if runs and (len(hits) != 1 or not kind or hits == kind):
            runs[-1].append(share)
        else:
            runs.append([share])
        kind = hits if len(hits) == 1 else kind
    return [run for run in runs if len(run) >= 2]


def _sum(shares: list[Share]) -> tuple[arith.Interval | None, Decimal | None, str]:
    ivs = [arith.interval(s.claim) for s in shares]
    values = [arith.value(s.claim) for s in shares]
    terms = " + ".join(f"{arith.show(v)}%" if v is not None else "?" for v in values)
    if any(iv is None for iv in ivs):
        return None, None, terms
    total = ivs[0]
    for iv in ivs[1:]:
        total = total + iv  # type: ignore[operator]
    exact = sum(values) if all(v is not None for v in values) else None  # type: ignore[arg-type]
    return total, exact, terms  # type: ignore[return-value]


def _tolerance(shares: list[Share]) -> Decimal:
    return sum((arith.rounding_tolerance(s.claim) for s in shares), Decimal(0))


def _redacted(claims: tuple[Claim, ...], what: str) -> Finding:
    return Finding(
        NAME, Status.UNVERIFIABLE, claims, f"A share of {what} is redacted, so the sum cannot be checked."
    )


def _judge_stated(parts: list[Share], total: Share) -> Finding:
    claims = tuple(s.claim for s in (*parts, total))
    sum_iv, exact, terms = _sum(parts)
    stated_iv, stated = arith.interval(total.claim), arith.value(total.claim)
    if sum_iv is None or stated_iv is None or stated is None:
        return _redacted(claims, "this total")
    tol = _tolerance(parts) + arith.rounding_tolerance(total.claim)
    sums = f"{terms} = {arith.show(exact)}%" if exact is not None else terms
    if sum_iv.overlaps(stated_iv):
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{sums}, stated together {arith.as_written(total.claim)}: agrees.",
            stated=stated,
            expected=exact,
            tolerance=tol,
        )
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        f"{sums}, but together they are stated as {arith.as_written(total.claim)} (±{arith.show(tol)}).",
        stated=stated,
        expected=exact,
        tolerance=tol,
    )


# 「优秀、良好、及格、不及格……依次为18.6%、35.2%、……,优良率为53.8%」: a rate named by the first characters of
# listed grades (优 + 良) is the sum of their shares
COMBINED_RATE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4})率(?:合计|共计|总计)?(?:为|是|达到?)?$")
# the words that lead to the first grade (「测评结果为优秀」, 「获评优秀」, 「达到优秀」)
GRADE_PREFIX = re.compile(r"^.*(?:达到|获得|获评|评为|为|是)")


def _combined_rate(ctx: ClaimContext, shares: list[Share]) -> tuple[list[Share], Share] | None:
    """The shares a rate right after a 分别/依次 list names by its grades' first characters, and the rate."""
    if not shares[0].each:
        return None
    labels = _list_labels(ctx, shares[0], len(shares))
    last = shares[-1].claim
    later = [c for c in ctx.later_in_sentence(last) if c.dimension == "percent"]
    if labels is None or not later or later[0].clause - last.clause > 1:
        return None
    rate = COMBINED_RATE.search(ctx.prefix(later[0]))
    if rate is None:
        return None
    name = rate.group("name")
    firsts = "".join(GRADE_PREFIX.sub("", label.strip())[:1] for label in labels)
    start = firsts.find(name)
    if start < 0 or len(name) < 2:
        return None
    parts = shares[start : start + len(name)]
    total = Share(later[0], name + "率", None, False, True, False)
    return parts, total


# 「……“非常满意”的占46.2%,“比较满意”的占38.5%,“基本满意”的占11.1%,“不满意”的占4.2%,总体满意率为95.8%」:
# a rate named by the word the grades share (满意率) is the sum of the grades holding it, not its negation
NAMED_RATE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})率(?:合计|共计|总计)?(?:为|是|达到?)?$")


def _named_rate(ctx: ClaimContext, shares: list[Share]) -> Finding | None:
    """The rate right after the shares (its clause or the next) named by a word two or more of them hold.
    Consistent when all of those add up to it (high) or only the first, best ones do (medium: 满意率 is
    sometimes 非常满意 + 比较满意 alone); a mismatch only when no such reading holds."""
    last = shares[-1].claim
    later = [c for c in ctx.later_in_sentence(last) if c.dimension == "percent"]
    if not later or later[0].clause - last.clause > 1:
        return None
    rate = NAMED_RATE.search(ctx.prefix(later[0]))
    if rate is None:
        return None
    labels = _labels(ctx, shares)
    words = rate.group("name")
    # 「家长满意率」, 「总体满意率」: the word is the end of the rate's name, as short as two characters
    holding: list[Share] = []
    for size in range(2, len(words) + 1):
        name = words[-size:]
        holding = [s for s, lab in zip(shares, labels, strict=True) if name in lab and "不" + name not in lab]
        if len(holding) >= 2:
            break
    if len(holding) < 2 or holding != shares[: len(holding)]:
        return None  # the grades holding the word must be the first, best ones, in order
    total = Share(later[0], rate.group(0), None, False, True, False)
    full = _judge_stated(holding, total)
    if full.status is not Status.MISMATCH:
        return full
    for k in range(len(holding) - 1, 1, -1):
        shorter = _judge_stated(holding[:k], total)
        if shorter.status is Status.CONSISTENT:
            return replace(shorter, confidence="medium")
    return full


# 「不满意」 beside 「非常满意」, 「不及格」 beside 「及格」: the grades of one scale, from the best to the negation
NEGATED = re.compile(r"不([\u4e00-\u9fff]{2})")


def _answer_scale(labels: list[str]) -> bool:
    """The labels are grades of one scale: one negates a word another states (满意 / 不满意)."""
    for label in labels:
        for match in NEGATED.finditer(label):
            word = match.group(1)
            if any(word in other.replace("不" + word, "") for other in labels if other is not label):
                return True
    return False


# a grade between the best and the negation (「一般」, 「基本满意」, 「及格」): a scale that names one and ends with
# its negation has left no answer out
MIDDLE_GRADE = re.compile(r"(一般|基本|及格|合格|中等|良好|较好)")
# 「轻度、中度、高度近视分别占……」: degrees of one condition, from the mildest to the severest
DEGREES = (re.compile(r"轻度|轻微"), re.compile(r"中度"), re.compile(r"重度|高度"))
CUMULATIVE = re.compile(r"(率|以上|以下|及以)")


def _complete_scale(labels: list[str]) -> bool:
    """Every grade of one scale: three or more answers from the best through a middle grade to the negation
    (满意 … 一般 … 不满意; 优秀、良好、及格、不及格), or mild, moderate and severe degrees."""
    if any(CUMULATIVE.search(label) for label in labels):
        return (
            False  # 「优秀率、优良率、及格率……」, 「中度及以上」: rates and open bands may hold one another
        )
    if len(labels) == 3 and all(
        pattern.search(label) for pattern, label in zip(DEGREES, labels, strict=True)
    ):
        return True
    if len(labels) < 3 or not any(MIDDLE_GRADE.search(label) for label in labels[1:-1]):
        return False
    last = labels[-1]
    return any(
        word in other.replace("不" + word, "")
        for match in NEGATED.finditer(last)
        for word in (match.group(1),)
        for other in labels[:-1]
    )


# 「现场考试由必考项目和选考项目组成,分别占40%和60%」, 「考试分笔试和面试两部分,……」: the whole is made of
# the parts named, one share each
COMPOSED = re.compile(
    r"(?:由(?P<made_of>[^,;。由]{2,30}?)(?:共同)?(?:组成|构成)"
    r"|分为?(?P<split_into>[^,;。]{2,30}?)(?:[两二三四五六七八九十\d]个?(?:部分|类|项|方面))?)[,:]?$"
)


def _composed(ctx: ClaimContext, shares: list[Share], labels: list[str]) -> bool:
    """The clause before the shares says the whole is made of as many parts as there are shares, and the
    shares are a 分别 list or each names its part, in order."""
    first = shares[0].claim
    if first.clause == 0:
        return False
    start, _ = ctx.segs.clause_bounds(first.clause - 1)
    own_start, _ = ctx.segs.clause_bounds(first.clause)
    sentence_start, _ = ctx.segs.sentence_bounds(first.sentence)
    if start < sentence_start:
        return False
    match = COMPOSED.search(ctx.text[start:own_start])
    if match is None:
        # 「按学校数量、学生数、绩效评价三项因素分配,权重分别为40%、35%、25%」: the weights of the factors named
        factors = _named_items(ctx, first)
        return (
            factors is not None
            and bool(factors.group("verb"))
            and shares[0].each
            and len([p for p in LIST_SPLIT.split(factors.group("items")) if p.strip()]) == len(shares)
        )
    parts = [p for p in LIST_SPLIT.split(match.group("made_of") or match.group("split_into")) if p.strip()]
    if len(parts) != len(shares):
        return False
    return shares[0].each or all(part in label for part, label in zip(parts, labels, strict=False))


# 「从课时安排看,」 splits one whole by one criterion: its shares cover it
CRITERION = re.compile(r"\s*(?:(?:从|按|按照)[^,;。\d]{1,8}(?:看|来看|分|划分)|分[^,;。\d]{1,6}看)[,:]")
# 「在已入学学生中,」, 「寄宿生中,」, 「其中」 after a figure: the shares are of that one set
SET_OPENED = re.compile(r"\s*(?:在)?[^,;。\d]{2,14}?(?:中|当中)[,:]|\s*其中[,:]?")
NEAR_WHOLE = Decimal(3)  # a set's shares within this of 100 % are all of it, one of them mistyped


def _opening(ctx: ClaimContext, shares: list[Share]) -> str | None:
    """How the shares' sentence (or clause after 「;」) opens: "criterion", "set" or None."""
    first = shares[0].claim
    start, _ = ctx.segs.sentence_bounds(first.sentence)
    cut = ctx.text.rfind(";", start, first.q_start)
    head = ctx.text[(cut + 1 if cut >= 0 else start) : first.q_start]
    if CRITERION.match(head):
        return "criterion"
    if SET_OPENED.match(head) or _after_a_count(ctx, first):
        return "set"
    return None


def _after_a_count(ctx: ClaimContext, first: Claim) -> bool:
    """「初中毕业生约2.9万人,其中本市户籍学生占86.4%」: shares right after 其中 and a figure of a set."""
    earlier = [c for c in ctx.earlier(first) if c.sentence == first.sentence]
    return (
        bool(earlier)
        and earlier[0].dimension not in {"percent", "pp", None}
        and "其中" in ctx.between(earlier[0], first)
    )


def _judge_whole(ctx: ClaimContext, shares: list[Share], outer: Share | None) -> Finding | None:
    claims = tuple(s.claim for s in shares)
    sum_iv, exact, terms = _sum(shares)
    listed = shares[0].each
    labels = _labels(ctx, shares)
    opening = _opening(ctx, shares) if outer is None else None
    composed = not _exhaustive(labels, listed) and (shares[0].weight or _composed(ctx, shares, labels))
    exhaustive = _exhaustive(labels, listed) or composed or _complete_scale(labels)
    scale = _answer_scale(labels)
    if any(s.whole and DISTRIBUTIVE_WHOLE.search(s.whole) for s in shares):
        return None  # 「分别占其在校生的12%、35%」: each is a share of its own whole
    if different_attributes(labels):
        return None  # 「女性……占76.7%;具有硕士研究生学历的……占23.6%」: groups by two attributes overlap
    if (opening is not None or scale) and exact is not None and exact >= HUNDRED - NEAR_WHOLE:
        # shares of one named set, or split by one criterion, that come this close to 100 % (or pass it)
        # are all of it; far short of 100 % they may leave a group out (「从去向看,」 of all graduates
        # lists only those placed)
        exhaustive = exhaustive or opening == "criterion" or exact <= HUNDRED + NEAR_WHOLE
    if not (exhaustive or listed or outer is not None or opening is not None or scale):
        return None  # shares of what may be overlapping groups: nothing to add up
    if sum_iv is None:
        return _redacted(claims, "the whole") if exhaustive else None
    tol = _tolerance(shares)
    sums = f"{terms} = {arith.show(exact)}%" if exact is not None else terms
    if sum_iv.overlaps(WHOLE):
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{sums}: the shares of one whole add up to 100%.",
            stated=HUNDRED,
            expected=exact,
            tolerance=tol,
            confidence="high" if exhaustive else "medium",
        )
    if outer is not None:
        outer_iv = arith.interval(outer.claim)
        whole_claims = (outer.claim, *claims)
        if outer_iv is not None and sum_iv.overlaps(outer_iv):
            return Finding(
                NAME,
                Status.CONSISTENT,
                whole_claims,
                f"{sums}: the parts add up to the share {arith.as_written(outer.claim)} they break down.",
                stated=arith.value(outer.claim),
                expected=exact,
                tolerance=tol + arith.rounding_tolerance(outer.claim),
                confidence="medium",
            )
        if exhaustive:
            return Finding(
                NAME,
                Status.UNVERIFIABLE,
                whole_claims,
                f"{sums}: neither 100% nor the share {arith.as_written(outer.claim)} they break down, but "
                "it is unclear which whole they are shares of.",
                expected=exact,
                tolerance=tol,
                confidence="medium",
            )
        return None
    if not exhaustive:
        return None  # a list not known to cover its whole may fall short of 100 % or overlap
    why = {"criterion": "split by one criterion", "set": "shares of one set coming close to 100%"}.get(
        opening or "", f"{' and '.join(labels)} cover the whole"
    )
    if _exhaustive(labels, listed):  # the labels say so, whatever the sentence opens with
        why = f"{' and '.join(labels)} cover the whole"
    if scale and opening is None:
        why = "the answers of one scale, from its best to its negation, coming close to 100%"
    if _complete_scale(labels):
        why = "every grade of one scale"
    if composed:
        why = (
            "the weights of one total score"
            if shares[0].weight
            else "the parts the whole is said to be made of"
        )
    return Finding(
        NAME,
        Status.MISMATCH,
        claims,
        f"{sums}, but they should add up to 100% (±{arith.show(tol)}): {why}.",
        stated=HUNDRED,
        expected=exact,
        tolerance=tol,
    )
