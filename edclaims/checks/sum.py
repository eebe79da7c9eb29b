"""sum: parts against their total — 其中 breakdowns, 分别 lists, and parts followed by 共计/合计/总计."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from edclaims.checks import arith, cues
from edclaims.checks.breakdown import AVERAGE_BEFORE, LIST_JOIN, breakdowns, is_exhaustive, is_total
from edclaims.checks.change import compared_pairs
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.linking import is_base_or_change
from edclaims.checks.registry import register_check
from edclaims.records import Claim, Finding, Status

NAME = "sum"


@register_check(NAME)
def check_sum(ctx: ClaimContext) -> Iterator[Finding]:
    seen: set[tuple[str, ...]] = set()
    for total, items, rest, closed, bracketed, uncertain in breakdowns(ctx):
        if len(items) < 2 or rest or closed or _shares_of_the_part(items):
            continue
        key = (total.id, *(i.id for i in items))
        if key in seen:
            continue  # a set named after a section heading is that section's list too: judged once
        seen.add(key)
        exhaustive = bracketed or is_exhaustive(ctx, total, items)
        nested = _share_of_an_earlier_item(ctx, total, items)
        finding = _judge(total, items, exhaustive, "medium" if uncertain or nested else "high")
        if finding.status is Status.UNVERIFIABLE and finding.expected is not None:
            continue  # the parts fall short of a total they may not exhaust: part_le_whole reports them
        yield finding
    for total in ctx.claims:
        if total.dimension is None or not is_total(ctx, total):
            continue
        # 「……占52.4%,……占31.8%,两项合计84.2%」: the count of the parts is no part
        earlier = [c for c in ctx.earlier(total) if not PARTS_COUNTED.match(ctx.text, c.end, total.q_start)]
        if not earlier and _names_its_parts(ctx, total):
            yield from _total_of_the_sentence_before(ctx, total)
            continue
        items = [c for c in earlier if _countable_together(c, total)]
        # 「农村学生占60%,其中A占12.5%,B占8.1%,合计20.6%」: the list starts after 其中
        opened = cues.BREAKDOWN.search(ctx.text, ctx.segs.sentence_bounds(total.sentence)[0], total.q_start)
        if opened is not None:
            items = [c for c in items if c.q_start > opened.start()]
        if len(items) < 2 or any(not _countable_together(c, total) for c in earlier[: len(items)]):
            continue  # only a plain list of same-unit parts right before the total
        # 其中 … 合计 brackets the list exactly; so does a sentence whose figures before 合计 are all parts
        # (「一年级招收6482人,七年级招收5917人,合计12399人」)
        # (「全县98所中小学……,新购置学生终端2860台、教师终端410台,共计3270台」: with a figure of another unit before
        # them, parts joined by 、 into one list are still certain; parts in clauses of their own are not)
        items = sorted(items, key=lambda c: c.q_start)
        joined = all(LIST_JOIN.fullmatch(ctx.between(a, b)) for a, b in itertools.pairwise(items))
        confidence = "high" if opened is not None or len(items) == len(earlier) or joined else "medium"
        # 「毕业生1.64万人,升入高职9,878人、……1,126人,合计升学11,004人」: a figure opening the list that alone
        # exceeds the total is the set the parts are taken from, not one of them (in a clause of its own: 「一等奖
        # 94项、二等奖27项……」 is a list with a mistyped item)
        while len(items) > 2 and _exceeds(items[0], total) and re.search(r"[,;]", ctx.between(*items[:2])):
            items = items[1:]
        continuing = CONTINUING.match(ctx.sentence_text(total).lstrip())
        if continuing is not None and opened is None:
            # 「在校生2.18万人,校均195人。此外,随班就读3.05万人、送教上门0.96万人,……合计6.19万人」: the list
            # began in the sentence before; with its one figure of the unit there, certain
            before = _figures_of_the_sentence_before(ctx, total)
            if len(before) != 1:
                yield _judge(total, items, True, "medium")
                continue
            items = [*before, *items]
        yield _judge(total, items, True, confidence)

    yield from _stock_and_additions(ctx)
    yield from _earlier_and_new(ctx)
    yield from _stages_of_the_projects(ctx, seen)


# 「已完工4所、在建5所」, 「3个已竣工,2个正在施工」: what is done and what is under way of one set of projects
STAGE_DONE = re.compile(r"已(?:经)?(?:完工|竣工|建成|完成|交付|投入使用|投用)")
STAGE_UNDER_WAY = re.compile(r"在建|正在(?:建设|施工|推进|实施)|未开工|尚未开工|待开工|开展前期|处于前期")


def _stage(ctx: ClaimContext, claim: Claim) -> str | None:
    """The stage a figure counts, named right before it (「已完工4所」) or right after it (「4所已完工」)."""
    for text in (ctx.prefix(claim)[-6:], ctx.suffix(claim)[:6]):
        done, going = STAGE_DONE.search(text), STAGE_UNDER_WAY.search(text)
        if done or going:
            return "done" if done and not going else "under way" if going and not done else None
    return None


def _stages_of_the_projects(ctx: ClaimContext, seen: set[tuple[str, ...]]) -> Iterator[Finding]:
    """「新建、改扩建中小学和幼儿园9所……。截至6月30日,已完工4所、在建5所」: the stages of the projects add up to
    no more than their number, the one figure of their unit stated before them in their sentence or the one
    before. They may not be all (some not yet started): falling short says nothing, passing it is a mismatch."""
    for sentence in range(len(ctx.segs.sentence_starts)):
        figures = [
            c for c in ctx.claims if c.sentence == sentence and c.dimension not in {None, "percent", "pp"}
        ]
        staged = [c for c in figures if _stage(ctx, c) is not None]
        if len(staged) < 2 or {_stage(ctx, c) for c in staged} != {"done", "under way"}:
            continue
        unit = staged[0].dimension
        first = figures.index(staged[0])
        run = figures[first : first + len(staged)]
        if run != staged or any(c.dimension != unit for c in staged):
            continue  # the stages follow one another in one unit, nothing else between
        before = [
            c
            for c in ctx.claims
            if c.dimension == unit
            and c.q_start < staged[0].q_start
            and c.paragraph == staged[0].paragraph
            and (
                c.sentence == sentence
                or (
                    c.sentence == sentence - 1
                    and not any(
                        x.sentence == sentence and x.q_start < staged[0].q_start and x.dimension == unit
                        for x in ctx.claims
                    )
                )
            )
            and not is_base_or_change(ctx, c)
            and not AVERAGE_BEFORE.search(ctx.prefix(c))
            and _stage(ctx, c) is None
        ]
        if len(before) != 1 or (before[0].id, *(c.id for c in staged)) in seen:
            continue  # 「……8所,其中3所已投入使用,5所正在施工」 is a 其中 list, judged already
        finding = _judge(before[0], staged, False, "high")
        if finding.status is Status.UNVERIFIABLE and finding.expected is not None:
            continue  # falling short: the projects not yet started are not stated
        yield replace(finding, pairing="the stages of the projects, of their number stated before")


# 「此前已完成改造教室8.6万间,今年新改造3.2万间,累计达到11.8万间」: what was there before, what is new, and the
# stock they make; also 「原有……,今年新建……,总数达到……」
RUNNING_TOTAL = re.compile(r"(?:累计|总数|总量|总计|共计|合计|共)(?:已)?(?:达到|达|为|增至|增加到|有)?$")
EARLIER_STOCK = re.compile(r"此前|之前|以前|原有|前期|截至上年|截至去年|上年底|去年底")
NEW_THIS_YEAR = re.compile(r"(?:今年|本年|当年|本年度|今年以来)(?:又|再)?新|^(?:又|再)?新")


def _earlier_and_new(ctx: ClaimContext) -> Iterator[Finding]:
    for total in ctx.claims:
        if total.dimension in {None, "percent", "pp"} or not RUNNING_TOTAL.search(ctx.prefix(total)):
            continue
        if is_total(ctx, total):
            continue  # 「……,共406间」: the list before a total is judged already
        before = [
            c
            for c in ctx.claims
            if c.sentence == total.sentence and c.q_end <= total.q_start and ctx.same_dimension(c, total)
        ]
        if len(before) != 2:
            continue
        stock, new = before
        opening = ctx.text[ctx.segs.sentence_bounds(total.sentence)[0] : stock.q_start]
        if EARLIER_STOCK.search(opening) and NEW_THIS_YEAR.search(ctx.prefix(new)):
            finding = _judge(total, [stock, new], True, "high")
            yield replace(
                finding, pairing="what there was before and what is new make the stock stated after"
            )


# a sentence that goes on with more of the list before (「此外,」, 「另外,」, 「同时,」)
CONTINUING = re.compile(r"(?:此外|另外|除此之外|除此以外|同时)[,:]?")


def _exceeds(item: Claim, total: Claim) -> bool:
    item_iv, total_iv = arith.interval(item), arith.interval(total)
    return item_iv is not None and total_iv is not None and item_iv.low > total_iv.high


def _figures_of_the_sentence_before(ctx: ClaimContext, total: Claim) -> list[Claim]:
    """The figures of the total's unit in the sentence before (its paragraph), without averages, bases and
    changes: the list's first items."""
    return [
        c
        for c in ctx.claims
        if c.sentence == total.sentence - 1
        and c.paragraph == total.paragraph
        and _countable_together(c, total)
        and not AVERAGE_BEFORE.search(ctx.prefix(c))
        and not is_base_or_change(ctx, c)
    ]


# 「新建智慧教室412间,全县智慧教室由上年的1,056间增加到1,468间」, 「示范校600所,比上年的420所增长……,其中今年
# 新认定180所」: what is new this year takes the stock from last year's figure to this year's
ADDITIONS = re.compile(
    r"新(?:建成?|增|认定|评定|招收?|开办|设立?|购置?|配备?|配置|采购|添置|投放|培育|评选|授予)[^,;。\d]{0,12}$"
)
# the stock may also have lost some: then the additions are not the whole rise
REMOVALS = re.compile(r"撤并|撤销|撤减|关停|停办|注销|合并|淘汰|报废|退出|摘牌|减少|调减|转出")


# 「全县校车总数增加到106辆」: the stock's subject names what it counts (校车) and then that it is a count
COUNT_WORD = re.compile(r"(?:的)?(?:总数|总量|总规模|数量|规模|总计)$")


def _counted(subject: str) -> str:
    """What a stock counts: 「校车」 of 「校车总数」, so that 「新购置的20辆标准化校车」 adds to it."""
    bare = COUNT_WORD.sub("", subject)
    return bare if len(bare) >= 2 else subject


def _stock_and_additions(ctx: ClaimContext) -> Iterator[Finding]:
    for pair in (*change_pairs(ctx), *compared_pairs(ctx)):
        if pair.direction != "up" or pair.size != 1 or (pair.before.dimension or "").startswith("percent"):
            continue
        stock, base = pair.after, pair.before
        added = [
            c
            for c in ctx.claims
            if c.sentence == stock.sentence
            and c.id not in {stock.id, base.id}
            and ctx.same_dimension(c, stock)
            and ADDITIONS.search(ctx.prefix(c))
            and (not c.subject or not stock.subject or subjects_match(c.subject, _counted(stock.subject)))
        ]
        sentence = ctx.sentence_text(stock)
        # 「近三年新建学校30所,……由200所增加到215所」: additions over several years, a rise over one
        if len(added) != 1 or REMOVALS.search(sentence.replace(ctx.text[base.end : stock.q_start], "")):
            continue
        if cues.MULTI_PERIOD.search(ctx.prefix(added[0])) or cues.DONE_PART.search(ctx.prefix(added[0])[-4:]):
            continue
        finding = _judge(stock, sorted([base, added[0]], key=lambda c: c.q_start), True, "high")
        yield replace(finding, pairing="last year's figure and this year's additions make this year's stock")


# 「,占62.6%」 / 「,占比62.6%」 right after an item: a share whose whole the text leaves to the reader
BARE_SHARE = re.compile(r"^,?(?:占|占比|占比为|比例为)$")


def _share_of_an_earlier_item(ctx: ClaimContext, total: Claim, items: list[Claim]) -> bool:
    """「其中优质高中招生1.95万人,定向分配名额1.22万人,占62.6%」: an item whose bare share fits an item before
    it and not the total is a part of that item, not one more part of the total."""
    for i, item in enumerate(items[1:], start=1):
        share = next((c for c in ctx.claims if c.q_start >= item.end), None)
        if (
            share is None
            or share.dimension != "percent"
            or not BARE_SHARE.match(ctx.text[item.end : share.q_start])
        ):
            continue
        if not _fits_share(item, total, share) and any(_fits_share(item, o, share) for o in items[:i]):
            return True
    return False


def _fits_share(part: Claim, whole: Claim, share: Claim) -> bool:
    """part / whole, each within its rounding, can be the stated percentage."""
    part_iv, whole_iv, share_iv = arith.interval(part), arith.interval(whole), arith.interval(share)
    if part_iv is None or whole_iv is None or share_iv is None:
        return False
    ratio = arith.ratio_percent(part_iv, whole_iv)
    return ratio is not None and ratio.overlaps(share_iv)


PARTS_COUNTED = re.compile(r"(?:项|类|者|部分)?(?:合计|共计|总计|共)$")


def _countable_together(item: Claim, total: Claim) -> bool:
    """Same unit; or, for a total counted in 个, items counted in any measure word (「社区学院8所、……
    村民学校1140个,共计1244个」)."""
    if item.dimension == total.dimension:
        return True
    return (
        total.unit is not None
        and total.unit.text == "个"
        and (item.dimension or "").startswith("count:")
        and item.dimension not in {"count:人", "count:人次"}
    )


# 「小学和初中教育事业费合计5.63亿元」: a total that names the parts it adds up, stated in the sentence before
NAMED_PARTS = re.compile(
    r"([\u4e00-\u9fff]{2})(?:和|与|及)([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,8}(?:合计|共计|总计)$"
)


def _names_its_parts(ctx: ClaimContext, total: Claim) -> bool:
    return bool(NAMED_PARTS.search(ctx.prefix(total)))


def _total_of_the_sentence_before(ctx: ClaimContext, total: Claim) -> Iterator[Finding]:
    """The named parts among the figures of the sentence before: one figure per name, of the total's unit."""
    named = NAMED_PARTS.search(ctx.prefix(total))
    assert named is not None
    before = [
        c
        for c in ctx.claims
        if c.sentence == total.sentence - 1
        and c.paragraph == total.paragraph
        and ctx.same_dimension(c, total)
        and not AVERAGE_BEFORE.search(ctx.prefix(c))
    ]
    items = []
    for name in named.groups():
        matches = [c for c in before if c.subject and name in c.subject]
        if len(matches) != 1:
            return
        items.append(matches[0])
    if items[0] is items[1]:
        return
    finding = _judge(total, items, True, "high")  # each named part maps to exactly one figure
    yield replace(
        finding, pairing=f"the parts named before 合计 ({'、'.join(named.groups())}), the sentence before"
    )


def _shares_of_the_part(items: list[Claim]) -> bool:
    """「城镇学生占40%,其中男生占52%,女生占48%」: percentages after 其中 that make 100 are shares of the part,
    not of the whole (share_sum checks them)."""
    if any(c.dimension != "percent" for c in items):
        return False
    values = [arith.value(c) for c in items]
    if any(v is None for v in values):
        return False
    slack = sum((arith.rounding_tolerance(c) or 0) for c in items)
    return abs(sum(values) - 100) <= slack  # type: ignore[arg-type, operator]


def _judge(total: Claim, items: list[Claim], exhaustive: bool, confidence: str) -> Finding:
    claims = (total, *items)
    stated = arith.value(total)
    tol = arith.rounding_tolerance(total)
    ivs = [arith.interval(c) for c in items]
    total_iv = arith.interval(total)
    if total_iv is None or any(iv is None for iv in ivs):
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            claims,
            "A number of this sum is redacted or missing.",
            stated=stated,
            tolerance=tol,
            confidence=confidence,
        )
    sum_iv = ivs[0]
    for iv in ivs[1:]:
        sum_iv = sum_iv + iv  # type: ignore[operator]
    values = [arith.value(c) for c in items]
    expected = sum(values) if all(v is not None for v in values) else None  # type: ignore[arg-type]
    terms = " + ".join(arith.show(v) for v in values if v is not None)
    sums = f"{terms} = {arith.show(expected)}" if expected is not None else terms
    if sum_iv.overlaps(total_iv):  # type: ignore[union-attr]
        return Finding(
            NAME,
            Status.CONSISTENT,
            claims,
            f"{sums}, stated total {arith.show(stated or 0)}: agrees.",
            stated=stated,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
        )
    over = sum_iv.low > total_iv.high  # type: ignore[union-attr]
    # 「学校63所,其中小学41所、初中17所、九年一贯制学校5所」 printed as 83所: a list that may be partial still
    # gives itself away when its exact sum and the exact total are one typo apart
    typo = expected is not None and arith.one_typo_apart(total, expected)
    if confidence == "high" and (over or exhaustive or typo):
        what = "more than" if over else "less than"
        why = "; the two differ as a mistyped or swapped digit would" if typo and not over else ""
        return Finding(
            NAME,
            Status.MISMATCH,
            claims,
            f"{sums}: the parts add up to {what} the stated total {arith.show(stated or 0)}{why}.",
            stated=stated,
            expected=expected,
            tolerance=tol,
            confidence=confidence,
        )
    return Finding(
        NAME,
        Status.UNVERIFIABLE,
        claims,
        f"{sums}, less than the stated total {arith.show(stated or 0)}; the breakdown may be partial.",
        stated=stated,
        expected=expected,
        tolerance=tol,
        confidence="medium",
    )
