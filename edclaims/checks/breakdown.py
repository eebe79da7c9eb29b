"""Breakdowns: which figures of a release are parts of which total — 其中 lists, 分别 lists, parts followed by
共计/合计/总计, bracketed parts, sets opened by 「X中,」 and criteria (「从学段看,」).

The sum check judges them; remainder, part_le_whole, percent_of_whole, average and restatement read them to
know a part from a total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import partial
from typing import NamedTuple

from edclaims.checks import arith, cues
from edclaims.checks.change import pairs as change_pairs
from edclaims.checks.context import ClaimContext, subjects_match
from edclaims.checks.cues import NOT_YET, different_attributes
from edclaims.checks.linking import is_base_or_change
from edclaims.records import Claim

# a clause naming a narrower set (「;民办幼儿园中,普惠性民办幼儿园511所」, 「,本科院校中有“双一流”建设高校4所」)
# after the items; not 「,高中有3所」 (高中, 初中 are items' names)
NESTED_SET = re.compile(r"[;,][^,;。\d]{0,11}[^,;。\d初高其集心空之当正](?:当中|中(?:,|有|共有|包括))")


class Breakdown(NamedTuple):
    total: Claim
    items: list[Claim]
    rest: Claim | None  # the 其余 figure the items end at: the remainder check tests it
    closed: bool = False  # the items end at their own 合计 (「分别为78个、64个和29个,合计171个」)
    bracketed: bool = False  # the items are the whole content of a bracket after the total
    # the total is a guess: 其中 opens a sentence whose sentence before states several figures of its unit
    # (「预算1.52亿元,实际支出1.41亿元,……结转1,300万元。其中,……」)
    uncertain: bool = False


def breakdowns(ctx: ClaimContext) -> list[Breakdown]:
    """Every breakdown of the document (see `_breakdowns`), worked out once: several checks read them."""
    return ctx.memo("breakdowns", lambda: list(_breakdowns(ctx)))


def _breakdowns(ctx: ClaimContext) -> Iterator[Breakdown]:
    """The total and items of each 其中 in the text: the claim before it and the same-unit claims after it.

    The total is the nearest claim before 其中 in its sentence (or in the sentence before, when 其中 opens
    a sentence) of the unit of the first claim after it. Figures of a 由A提高到B change are neither. A
    sentence that opens with the set it breaks down (「已入学的学生中,……126人,……198人,……81人」) is a
    其中 too, whose total is the earlier figure that set was stated with (「已入学405人」).
    """
    # the level a change reached may be broken down (「由154所增至163所。其中公办97所……」), what it started
    # from may not
    in_changes = {pair.before.id for pair in change_pairs(ctx)}
    claims = [c for c in ctx.claims if c.id not in in_changes]
    for match in _breakdown_cues(ctx):
        pos = match.start()
        sentence = ctx.segs.sentence_of(pos)
        before = [c for c in claims if c.q_end <= pos and c.sentence == sentence]
        from_before = False
        if not before and not ctx.text[ctx.segs.sentence_bounds(sentence)[0] : pos].strip():
            previous = sentence - 1
            # 「从资金来源看,……。分学段看,……」: two breakdowns of one figure, stated before the first; 「招生4850人,
            # ……。其中公费师范生1260人……。分地区看,……」: the figure a 其中 broke down, not its item
            while (
                previous > 0
                and BY_CRITERION.match(match.group(0))
                and (_opens_by_criterion(ctx, previous) or _opens_with_breakdown(ctx, previous))
            ):
                previous -= 1
            # 「……发放资助资金4,362.8万元……。资助范围覆盖五个学段。」 ¶ 「分学段看:①学前教育386.5万元……」: with no
            # figure of the items' unit in the sentence before, the criterion breaks down the last one stated, up to
            # two sentences further back in the paragraph before
            units = {c.dimension for c in claims if c.sentence == sentence and c.q_start >= match.end()}
            if BY_CRITERION.match(match.group(0)):
                previous = _last_sentence_with(ctx, claims, previous, sentence, units)
            # but what is done is the total when it is all the sentence states (「已落实毕业去向33.45万人,去向落实
            # 率86.66%。其中,……」)
            stated = [c for c in claims if c.q_end <= pos and c.sentence == previous]
            before = [
                c
                for c in stated
                if not cues.DONE_PART.match(ctx.prefix(c)) and not cues.REMAINDER.search(ctx.prefix(c)[-6:])
            ]
            if not [c for c in before if c.dimension not in {"percent", "pp", None}]:
                before = [c for c in stated if not cues.REMAINDER.search(ctx.prefix(c)[-6:])]
            from_before = True
            # 「毕业生21.6万人中,已落实毕业去向19.9万人。从去向看,……」: the criterion names one figure's clause
            units = {c.dimension for c in claims if c.sentence == sentence and c.q_start >= match.end()}
            named = _named_by_criterion(
                ctx,
                match.group(0),
                [
                    c
                    for c in claims
                    if c.sentence == previous
                    and c.dimension in units
                    and not cues.REMAINDER.search(ctx.prefix(c)[-6:])  # 「其余学段1.17万人次」 is a rest
                ],
            )
            if named is not None:
                before = [named]
        group = _group(ctx, claims, match.end(), sentence, before, from_before)
        if group is not None:
            yield group
    for sentence, body_start, total in set_openers(ctx):
        group = _group(ctx, claims, body_start, sentence, [total])
        if group is not None:
            yield group
    sections = [
        group._replace(uncertain=not sure)
        for sentence, body_start, total, sure in _sections(ctx, claims)
        if (group := _group(ctx, claims, body_start, sentence, [total])) is not None
    ]
    singles = [g for g in sections if len(g.items) == 1 and g.rest is None]
    if len(singles) >= 2 and len({g.total.id for g in singles}) == 1:
        # 「共投入资金4.76亿元。」 ¶ 「(一)校舍改造。投入2.15亿元……」 ¶ 「(二)……投入0.86亿元……」: one figure of the
        # lead's unit in each section, the sections together its parts
        items = [g.items[0] for g in singles]
        yield Breakdown(singles[0].total, items, None, uncertain=any(g.uncertain for g in singles))
    # a single figure of one section may restate the lead's (「一、学前教育。……幼儿园70所」): no part of it
    yield from (g for g in sections if g not in singles)
    yield from _bracketed(ctx, claims)
    yield from _respective_of_the_sentence_before(ctx, claims)
    for total in claims:
        # 「全市47所普通高中中,省级示范性高中19所,……」, 「4.35万名义务教育学生中约1.2万人……」: the figure of
        # the set the clause names, and the figures after it
        inline = SET_INLINE.match(ctx.suffix(total))
        if SET_AFTER.match(ctx.suffix(total)) or inline:
            body_start = total.end + inline.end() if inline else ctx.segs.clause_bounds(total.clause)[1]
            group = _group(ctx, claims, body_start, total.sentence, [total])
            if group is not None:
                yield group


# 「一、交流方式。」, 「(二)学生资助。」, 「1. 招聘计划。」: a numbered section's heading, a sentence of its own
SECTION_HEADING = re.compile(
    r"\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、])\s*([^,;。:\d]{2,12})。"
)


def _sections(ctx: ClaimContext, claims: list[Claim]) -> Iterator[tuple[int, int, Claim, bool]]:
    """(sentence, where its items start, the lead's figure, whether certain) for a numbered section whose
    first sentence after its heading lists figures: 「……共有214名教师参加交流轮岗。」 ¶ 「一、交流方式。城区学校到
    乡村学校126名,乡村学校之间53名,其余35名……」 breaks down the one figure of that unit in the lead (the
    paragraphs after the headline, before the first section). Certain when the heading names what the lead's
    figure counts by a word of its clause beyond its noun (交流, 招聘): else the section may list another set."""
    paragraphs = ctx.segs.paragraph_starts
    headings = [(i, m) for i, start in enumerate(paragraphs) if (m := SECTION_HEADING.match(ctx.text, start))]
    if not headings:
        return
    first = headings[0][0]
    # 「一、总体情况。……教育支出9.86亿元……」 ¶ 「二、支出结构。人员经费6.12亿元……」: a first section giving the
    # overview is the lead the sections after it break down
    # (only with no lead before it: else the overview restates the lead)
    overview = first <= 1 and len(headings) > 1 and OVERVIEW.fullmatch(headings[0][1].group(1))
    last = first + 1 if overview else first
    if last > first:
        headings = headings[1:]
    lead = [
        c
        for c in claims
        if 0 < c.paragraph < last or (c.paragraph == 0 and not in_headline(ctx, c))
        if c.dimension not in {"percent", "pp", None} and not is_base_or_change(ctx, c)
    ]
    for _, heading in headings:
        sentence = ctx.segs.sentence_of(heading.end())
        units = {c.dimension for c in claims if c.sentence == sentence}
        for unit in units:
            of_unit = [c for c in lead if c.dimension == unit]
            if len(of_unit) != 1:
                continue
            total = of_unit[0]
            name = heading.group(1)
            clause = ctx.clause_text(total).replace(total.subject or "\0", "")
            sure = _shares_a_word(name, clause)
            # 「二、资金构成。」 after 「安排学生资助资金5,400万元」: the make-up of what the figure's noun names
            made_of = STRUCTURE.fullmatch(name)
            if made_of is not None and not sure:
                whole = ctx.clause_text(total)
                sure = _shares_a_word(made_of.group(1), whole)
            yield sentence, heading.end(), total, sure


STRUCTURE = re.compile(r"([^,;。:\d]{2,8}?)(?:的)?(?:构成|结构|组成|来源构成|分布)")
OVERVIEW = re.compile(r"(?:总体|基本|整体|总的|全年|年度)?(?:情况|概况|概述|总体情况)|总体|概况|总览")


SET_INLINE = re.compile(r"[^,;。\d]{1,14}中(?=(?:约|近|有|共|超过)?\d)")
SET_AFTER = re.compile(r"[^,;。\d]{0,14}中[,:]$")
SET_OPENER = re.compile(
    r"\s*(?:在)?([^,;。:\d]{2,14}?[^,;。:\d初高其集心空之当正])(?:中|当中)(?:[,:]|(?=具有|有))"
)
GENERIC_HEAD = re.compile(r"(?:的)?(?:学生|人员|学校|教师|幼儿|儿童|家庭|项目)$")
SET_REACH = 2  # sentences back in which the set's own figure may stand


# 「从资金来源看,中央和省级资金……,市县配套资金……」: a breakdown by one criterion, after its total
BY_CRITERION = re.compile(
    r"(?:(?:从|按|按照)[^,;。\d]{1,8}(?:看|来看|分|划分)|分[^,;。\d]{1,6}看"
    r"|[^,;。\d]{0,8}(?:依次为|分别为|分别是|依次是))[,:]"
    r"|[^,;。\d]{2,10}(?:为|如下|包括|用于):"
)  # 「分学段看,」, 「各校计划依次为:」, 「资金使用方向为:」 open a sentence of parts of the figure before


# an item that includes another (「普惠性幼儿园(含公办园)」, 「含民办」): the items overlap
INCLUSIVE = re.compile(r"\(含([^()]{1,12})\)|(?<![包])含([^,;。()]{1,8})在内")


def _includes_another(ctx: ClaimContext, claim: Claim, others: list[Claim]) -> bool:
    """The item says it includes what another item names (「普惠性幼儿园(含公办园)」 beside 「公办幼儿园」);
    「小学(含教学点)」 includes a kind of itself."""
    inclusive = INCLUSIVE.search(ctx.prefix(claim))
    if inclusive is None:
        return False
    named = (inclusive.group(1) or inclusive.group(2) or "")[:2]
    return any(named in ctx.prefix(o) for o in others if o is not claim) or named in ctx.text[
        : claim.q_start
    ][-60:].replace(inclusive.group(0), "")


def _inside_bracket(text: str, start: int, pos: int) -> bool:
    """Whether pos sits inside a bracket opened between start and pos."""
    depth = 0
    for ch in text[start:pos]:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth > 0


def _bracket_close(text: str, start: int, pos: int) -> int:
    """Where the bracket open at pos (opened between start and pos) closes; len(text) when none is open."""
    if not _inside_bracket(text, start, pos):
        return len(text)
    depth = 1
    for i in range(pos, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _bracketed(ctx: ClaimContext, claims: list[Claim]) -> Iterator[Breakdown]:
    """「升学9920人(升入高职专科8630人、升入本科1290人)」: a figure followed by its parts in brackets. The
    brackets hold the parts and nothing else, so the list is taken as complete (see check_sum)."""
    for total in claims:
        rest = ctx.text[total.end :]
        if not rest.startswith("("):
            continue
        close = rest.find(")")
        if close < 0:
            continue
        inside = [c for c in claims if total.end < c.q_start and c.q_end <= total.end + close]
        items = [c for c in inside if ctx.same_dimension(c, total)]
        if len(items) < 2 or len(items) != len(inside):
            continue
        if not INCLUSIVE_WORD.search(rest[:close]):
            yield Breakdown(total, items, None, bracketed=True)
        elif INCLUDES.match(rest) and not re.search(r"等|其中", rest[:close]):
            # 「资金1.25亿元(含中央资金8,600万元、省级资金3,900万元)」: parts it includes, perhaps not all of it
            yield Breakdown(total, items, None)


INCLUSIVE_WORD = re.compile(r"含|其中|包括|等")
INCLUDES = re.compile(r"\((?:含|包括|包含|其中含)")


# 「新增学位3150个,分别为1890个和1620个」: 分别 right after a figure lists its parts; so does 包括 after it
# and its noun (「此次交付的6所学校包括幼儿园2所、小学3所……」)
RESPECTIVE_PARTS = re.compile(
    r"(?<=[\u4e00-\u9fff\d%]),分别(?:为|是)|(?<=[\u4e00-\u9fff])(?:包括|包含)(?=[^,;。\d]{1,10}\d)"
)


# 「……,分别为1.05亿元、3.16亿元……」 after a clause with no figure of the list's unit
RESPECTIVE_LIST = re.compile(r",(?:分别|依次)(?:为|是|达到|达)(?=[^,;。\d]{0,4}\d)")


def _respective_of_the_sentence_before(ctx: ClaimContext, claims: list[Claim]) -> Iterator[Breakdown]:
    """「项目支出7.42亿元。项目支出主要用于学前教育、义务教育……五个方面,分别为1.05亿元、3.16亿元……」, 「全年招聘
    教师642名。新招聘的教师按学段分布在小学、初中和高中,依次是318名、205名、119名」: a sentence that names the
    figure of the sentence before (its label or subject) and then lists figures with 分别/依次 breaks it down,
    when exactly one figure of the list's unit there is named."""
    for match in RESPECTIVE_LIST.finditer(ctx.text):
        sentence = ctx.segs.sentence_of(match.start())
        start = ctx.segs.sentence_bounds(sentence)[0]
        first = next((c for c in claims if c.sentence == sentence and c.q_start >= match.end()), None)
        if first is None or sentence == 0:
            continue
        if any(
            c.sentence == sentence and c.q_end <= match.start() and ctx.same_dimension(c, first)
            for c in claims
        ):
            continue  # a figure of the list's unit in the sentence: RESPECTIVE_PARTS or 其中 covers it
        opening = ctx.text[start : match.start()]
        named = [
            c
            for c in claims
            if c.sentence == sentence - 1
            and c.paragraph == first.paragraph
            and ctx.same_dimension(c, first)
            and c.dimension not in {"percent", "pp"}
            and not is_base_or_change(ctx, c)
            and _named_in(ctx, c, opening)
        ]
        if len(named) == 1:
            group = _group(ctx, claims, match.end(), sentence, named)
            if group is not None:
                yield group


def _named_in(ctx: ClaimContext, claim: Claim, opening: str) -> bool:
    """The opening repeats the figure's label (「项目支出」) or its subject of two characters or more."""
    label = _label(ctx, claim).strip()
    subject = claim.subject or ""
    return (len(label) >= 2 and label in opening) or (len(subject) >= 2 and subject in opening)


LISTED_AFTER_CLAUSE = re.compile(r"(?<=,)(?:包括|包含)(?=[^,;。\d]{1,10}\d)")


CRITERION_REACH = 2  # sentences further back than the one before in which a criterion's total may stand


def _last_sentence_with(
    ctx: ClaimContext, claims: list[Claim], previous: int, sentence: int, units: set[str | None]
) -> int:
    """The sentence before, or the nearest one up to CRITERION_REACH further back (in the paragraph of the
    criterion or the one before) holding a figure of the items' unit that is no base, change or average."""
    paragraph = ctx.segs.paragraph_of(ctx.segs.sentence_bounds(sentence)[0])
    for back in range(previous, max(previous - CRITERION_REACH, 0) - 1, -1):
        held = [
            c
            for c in claims
            if c.sentence == back
            and c.dimension in units
            and c.dimension not in {"percent", "pp", None}
            and not is_base_or_change(ctx, c)
            and not AVERAGE_BEFORE.search(ctx.prefix(c))
        ]
        if held:
            return back if paragraph - held[0].paragraph <= 1 else previous
    return previous


def _opens_by_criterion(ctx: ClaimContext, sentence: int) -> bool:
    return bool(BY_CRITERION.match(ctx.segs.sentence_text(sentence).lstrip()))


def _opens_with_breakdown(ctx: ClaimContext, sentence: int) -> bool:
    return ctx.segs.sentence_text(sentence).lstrip().startswith("其中")


# the criterion's noun: 去向 of 「从去向看,」, 地区 of 「分地区看,」
CRITERION_NOUN = re.compile(r"(?:从|按照|按)([^,;。\d]{2,8}?)(?:来看|看|划分|分)|分([^,;。\d]{2,6})看")


def _named_by_criterion(ctx: ClaimContext, opener: str, candidates: list[Claim]) -> Claim | None:
    """The one figure of the sentence before whose clause names the criterion's noun (「已落实毕业去向19.9万人」
    for 「从去向看,」): that figure is what the criterion breaks down, even when it is what is done."""
    noun = CRITERION_NOUN.match(opener.lstrip())
    if noun is None:
        return None
    word = noun.group(1) or noun.group(2)
    named = [
        c
        for c in candidates
        if word in ctx.prefix(c) and c.dimension not in {"percent", "pp"} and not is_base_or_change(ctx, c)
    ]  # a rate naming it (「去向落实率92%」) is no figure to break down
    return named[0] if len(named) == 1 else None


def _breakdown_cues(ctx: ClaimContext) -> list[re.Match[str]]:
    found = list(cues.BREAKDOWN.finditer(ctx.text))
    for match in RESPECTIVE_PARTS.finditer(ctx.text):
        if any(
            c.end <= match.start() <= c.end + 6
            and not re.search(r"[,;。]", ctx.text[c.end : match.start()])
            and c.dimension not in {"percent", "pp"}
            for c in ctx.claims
        ):
            found.append(match)
    for match in LISTED_AFTER_CLAUSE.finditer(ctx.text):
        # the figure is the topic of the clause before 「,包括」: 「17所学校陆续交付使用,包括中小学14所……」
        clause = ctx.segs.clause_of(max(match.start() - 1, 0))
        if any(c.clause == clause and c.dimension not in {"percent", "pp", None} for c in ctx.claims):
            found.append(match)
    for sentence in range(len(ctx.segs.sentence_starts)):
        start, end = ctx.segs.sentence_bounds(sentence)
        opener = BY_CRITERION.match(
            ctx.text, start + len(ctx.text[start:end]) - len(ctx.text[start:end].lstrip()), end
        )
        if opener is not None:
            found.append(opener)
    return sorted(found, key=lambda m: m.start())


def set_openers(ctx: ClaimContext) -> list[tuple[int, int, Claim]]:
    """(sentence, where its items start, the set's figure) for every sentence opening with 「X中,」, worked
    out once: percent_of_whole reads them too."""

    def compute() -> list[tuple[int, int, Claim]]:
        in_changes = {pair.before.id for pair in change_pairs(ctx)}
        return list(_set_openers(ctx, [c for c in ctx.claims if c.id not in in_changes]))

    return ctx.memo("set_openers", compute)


def _set_openers(ctx: ClaimContext, claims: list[Claim]) -> Iterator[tuple[int, int, Claim]]:
    """(sentence, where its items start, the set's figure) for sentences opening with 「X中,」."""
    for sentence in range(len(ctx.segs.sentence_starts)):
        start, end = ctx.segs.sentence_bounds(sentence)
        # at the start of the sentence, or of a clause after 「;」 (「……646所;民办幼儿园中,普惠性……511所」)
        opener = next(
            (
                m
                for m in (SET_OPENER.match(ctx.text, pos, end) for pos in _opening_positions(ctx, start, end))
                if m is not None and "其中" not in m.group(0)
            ),
            None,
        )
        if opener is None:
            continue
        start = opener.start()
        stems = _set_stems(opener.group(1))
        if not stems:
            continue
        # the items' units: the set's figure is of one of them (「学校建设项目中,新建学校四所……」 is not
        # the 学位 of the headline beside 「学校11所」)
        body = {c.dimension for c in claims if c.sentence == sentence and c.q_start >= opener.end()}
        named = [
            c
            for c in claims
            if c.q_end <= start
            and (_sentences_back(ctx, c.sentence, sentence) <= SET_REACH or in_headline(ctx, c))
            and c.dimension not in {"percent", "pp", None}
            and c.dimension in body
            and not is_base_or_change(ctx, c)  # 「是去年新增学位1.2万个的两倍」: a base is no set
            and any(
                _shares_a_word(stem, c.subject or "") or _shares_a_word(stem, ctx.prefix(c)) for stem in stems
            )
        ]
        # 「民办学校47所,其中民办幼儿园31所……民办职业培训学校3所。民办幼儿园中,……」: the figure named by the
        # set's whole name, before one that only shares a word of it
        whole_name = [
            c
            for c in named
            if any(len(stem) >= 3 and stem in _label(ctx, c) for stem in stems) and not in_headline(ctx, c)
        ]
        if named:
            yield sentence, opener.end(), (whole_name or named)[-1]


def _sentences_back(ctx: ClaimContext, earlier: int, sentence: int) -> int:
    """Sentences from earlier to sentence, a section heading between not counted: 「……随迁子女15.37万人……。」 ¶
    「二、分学段情况。随迁子女中,……」 names the set one sentence on."""
    headings = sum(
        1
        for i in range(earlier + 1, sentence)
        if SECTION_HEADING.fullmatch(ctx.segs.sentence_text(i).strip())
    )
    return sentence - earlier - headings


LEADING_TIME = re.compile(r"^(?:今年|去年|本年度|当年|目前|近年来)")


def _set_stems(name: str) -> list[str]:
    """The words that name a set: 「已入学」 of 「已入学的学生」, and the head of 「今年全县实施的学校建设项目」
    (「学校建设」) — a time word such as 今年 names no set."""
    if "的" in name:
        modifier, head = name.split("的")[0], name.rsplit("的", 1)[1]
        stems = [LEADING_TIME.sub("", modifier), GENERIC_HEAD.sub("", head)]
    else:
        stems = [GENERIC_HEAD.sub("", name)]
    return [stem for stem in stems if len(stem) >= 2]


TITLE_CHARS = 40


def in_headline(ctx: ClaimContext, claim: Claim) -> bool:
    """The claim stands in the release's first line, a headline: short, with no sentence end; the body may
    break its figure down however far below (「新增学位8,640个」 / 「新增学位中,幼儿园学位……」)."""
    if claim.paragraph != 0:
        return False
    start = ctx.segs.paragraph_starts[0]
    end = ctx.segs.paragraph_starts[1] if len(ctx.segs.paragraph_starts) > 1 else len(ctx.text)
    line = ctx.text[start:end].strip()
    return len(line) <= TITLE_CHARS and "。" not in line


def _opening_positions(ctx: ClaimContext, start: int, end: int) -> list[int]:
    return [start] + [i + 1 for i in range(start, end) if ctx.text[i] == ";"]


def _shares_a_word(stem: str, text: str) -> bool:
    """Two characters of the set's name in a row (「新招聘教师中」 names 「公开招聘……教师1,526名」)."""
    return any(stem[i : i + 2] in text for i in range(len(stem) - 1))


def _group(
    ctx: ClaimContext,
    claims: list[Claim],
    body_start: int,
    sentence: int,
    before: list[Claim],
    from_before: bool = False,
) -> Breakdown | None:
    after = [
        c for c in claims if c.q_start >= body_start and c.sentence == sentence and c.dimension is not None
    ]
    # 「计划招生21600人,比去年的20400人增加1200人,其中……」: neither the base nor the change is the total, nor
    # what a figure is measured against (「建成基地18个,超过年初计划的15个。其中……」)
    before = [
        c
        for c in before
        if not is_base_or_change(ctx, c)
        and not AVERAGE_BEFORE.search(ctx.prefix(c))
        and not MEASURED_AGAINST.search(ctx.prefix(c))
    ]
    # the items are of the unit of the first figure after 其中 that a figure before it shares
    # (「专任教师5240人,其中35岁以下青年教师1860人」: 35岁 qualifies, 1860人 is the item)
    first = next((a for a in after if any(ctx.same_dimension(b, a) for b in before)), None)
    if first is None:
        return None
    after = after[after.index(first) :]
    candidates = [c for c in before if ctx.same_dimension(c, first)]
    total = candidates[-1]
    named = (
        _named_by_the_items(ctx, candidates, ctx.text[body_start : first.q_start]) if from_before else None
    )
    if named is not None:
        total, candidates = named, [named]
    if _last_of_a_list(ctx, total, claims):
        return None  # 「高中22名、初中38名、小学71名、幼儿园34名,其中乡村学校岗位98名」: 其中 breaks down the list
    if total.dimension == "percent" and "占" not in ctx.prefix(first):
        return None  # 「小学、初中、高中近视率分别为……」: rates of groups do not add up, shares (占) do
    if total.dimension == "percent" and BY_CRITERION.match(ctx.segs.sentence_text(sentence).lstrip()):
        return (
            None  # 「按招生方式分,……占28%,……占67%」: shares of the whole (share_sum), not of a figure before
        )
    # 「中小学412所(其中农村学校236所),已接入校园网的412所」: a 其中 inside brackets ends at their close
    bracket_end = _bracket_close(ctx.text, ctx.segs.sentence_bounds(sentence)[0], body_start)
    items: list[Claim] = []
    rest = None
    closed = False
    for claim in after:
        if claim.q_start >= bracket_end:
            break
        if _includes_another(ctx, claim, after):
            return None  # 「普惠性幼儿园(含公办园)1019所」 overlaps the other items: not a partition
        if is_base_or_change(ctx, claim) or _a_limit(claim):
            continue  # 「较上年的81.6%」, 「占在校生总数17486人的30.4%」: a base or a share's whole is no item;
            # nor is a limit (「严格执行不超过45人的班额标准」)
        if NOT_YET.search(ctx.prefix(claim)):
            break  # 「已入学学生中,……;未入学的7人」: those not in the set
        if ";" in ctx.text[items[-1].end if items else body_start : claim.q_start] and (
            adds_up(total, items)
            or (items and different_attributes([*map(partial(_label, ctx), items), _label(ctx, claim)]))
        ):
            # 「其中小学1302人、初中844人;35岁以下青年教师782人」: the items made the total before 「;」, or
            # (「女性395人、男性116人;研究生学历143人」) the figure after it picks its group by another attribute
            break
        if _inside_bracket(ctx.text, body_start, claim.q_start) or cues.AVERAGE_RIGHT_BEFORE.search(
            ctx.prefix(claim)
        ):
            continue  # 「升学9920人(升入高职8630人、……)」 breaks down one item; 「校均2.3名」 is no part
        if cues.REMAINDER.search(ctx.prefix(claim)[-6:]) or _rest_named_before(ctx, claim):
            rest = claim if ctx.same_dimension(claim, total) else None
            break
        between = ctx.text[body_start : claim.q_start]
        if "其中" in between or NESTED_SET.search(between):
            break  # a nested 其中 or 「民办幼儿园中,」 starts another group
        if is_total(ctx, claim):
            closed = True  # 「分别为78个、64个和29个,合计171个」: the list has its own total
            break
        if ctx.same_dimension(claim, total):
            items.append(claim)
    if different_attributes([_label(ctx, i) for i in items]):
        return None  # 「女性312名……;具有硕士研究生学历的96名」: groups by two attributes overlap
    if rest is not None and adds_up(total, items):
        # 「已入学279人。已入学的学生中,……94人,……132人,……53人;另有7人暂缓入学」: the items already make the
        # total, so the 另有 figure is outside this set
        rest = None
    return Breakdown(total, items, rest, closed, uncertain=from_before and len(candidates) > 1)


# 「其中义务教育学位8,760个,其余为学前教育学位,共2,340个」: the rest named in a clause of its own, its figure
# in the next one after no more than a word of counting
REST_CLAUSE = re.compile(r"[,;](?:其余|剩余|余下|其他)[^,;。\d]{0,14},$")
COUNTED = re.compile(r"^(?:共|共计|合计|总计|计|约)?(?:有|为)?$")


def _rest_named_before(ctx: ClaimContext, claim: Claim) -> bool:
    start = ctx.segs.clause_bounds(claim.clause)[0]
    return bool(COUNTED.match(ctx.prefix(claim)) and REST_CLAUSE.search(ctx.text[max(start - 20, 0) : start]))


def _named_by_the_items(ctx: ClaimContext, candidates: list[Claim], opening: str) -> Claim | None:
    """「小学一年级计划招生4,350人,初中一年级计划招生4,120人,合计8,470人。其中城区9所小学……计划招生2,205人」:
    of several figures in the sentence before, the one whose label has a word that no other's has and that the
    items' opening repeats (小学)."""
    labels = [set(_bigrams(_label(ctx, c))) for c in candidates]
    hits = [
        c
        for c, words in zip(candidates, labels, strict=True)
        if any(w in opening for w in words - set().union(*(o for o in labels if o is not words)))
    ]
    return hits[0] if len(hits) == 1 else None


def _bigrams(text: str) -> list[str]:
    return [
        text[i : i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i : i + 2])
    ]


# 「超过年初计划的15个」, 「高于全市平均水平的」: a figure something is measured against is no total; a word right
# before the number (「超过3000人」) only rounds it
MEASURED_AGAINST = re.compile(r"(?:超过|超出|高于|低于|多于|少于|优于|不足|不到|相当于)[^,;。\d]{1,14}$")
# two figures of one unit joined by 、/和/及 with only their labels between: items of one list
LIST_JOIN = re.compile(r"[^,;。:\d]{0,14}[、和及与][^,;。:\d]{0,14}")


def _last_of_a_list(ctx: ClaimContext, total: Claim, claims: list[Claim]) -> bool:
    """The figure ends a list of items of its unit (「……小学71名、幼儿园34名」): what follows breaks down the
    list's total, not that last item."""
    previous = [c for c in claims if c.q_end <= total.q_start and c.sentence == total.sentence]
    return bool(
        previous
        and ctx.same_dimension(previous[-1], total)
        and LIST_JOIN.fullmatch(ctx.text[previous[-1].end : total.q_start])
    )


LIMITS = frozenset({"不超过", "不少于", "不低于", "不高于", "不多于", "不足", "最多", "最少", "至少", "以内"})


def _a_limit(claim: Claim) -> bool:
    approx = claim.quantity.approx
    return approx is not None and approx.marker in LIMITS


def adds_up(total: Claim, items: list[Claim]) -> bool:
    total_iv, added = arith.interval(total), arith.total_interval(items)
    return total_iv is not None and added is not None and added.overlaps(total_iv)


def breakdown_parts(ctx: ClaimContext) -> set[str]:
    """The ids of every breakdown's items and 其余 figures: parts, never the whole of anything else."""
    return ctx.memo(
        "breakdown_parts",
        lambda: {c.id for b in breakdowns(ctx) for c in (*b.items, *([b.rest] if b.rest else []))},
    )


# 「……三等奖35项,共获奖76项」: a clause opening with 共 and its verb states the total of the list before
TOTAL_VERB = re.compile(r"^(?:共|共计|合计|总计)[\u4e00-\u9fff]{1,3}$")


def is_total(ctx: ClaimContext, claim: Claim) -> bool:
    prefix = ctx.prefix(claim)
    return bool(cues.TOTAL.search(prefix) or TOTAL_VERB.match(prefix))


# 「……;其余为校舍、交通等方面隐患」: the list says it leaves a rest without a figure
UNCOUNTED_REST = re.compile(r"[,;](?:其余|其他|另有)(?:为|是|主要是|包括)?[^,;。\d]*[。\n]")


def is_exhaustive(ctx: ClaimContext, total: Claim, items: list[Claim]) -> bool:
    """Whether the items are all of the total: they name its noun, 分别 lists them, two complementary
    names split it, or 「从X看,」 breaks it down by one criterion; never when the text names a rest it
    gives no figure for."""
    _, end = ctx.segs.sentence_bounds(items[-1].sentence)
    if UNCOUNTED_REST.search(ctx.text, items[-1].end, min(end + 1, len(ctx.text))):
        return False
    labels = [_label(ctx, i) for i in items]
    return (
        all(_same_thing(i.subject, total.subject) for i in items)
        or _bands(labels)
        or _negated(labels)
        # 「分别为1890个和1620个」 before the items lists them all; 「……37所,分别占24.2%和6.0%」 after them only
        # says something of each
        or bool(
            cues.RESPECTIVELY.search(ctx.text, ctx.segs.sentence_bounds(total.sentence)[0], items[0].q_start)
        )
        or (len(items) == 2 and complementary(_name(ctx, items[0]), _name(ctx, items[1])))
        # 「考入省内高校的7,460名、考入省外高校的5,520名」: labels alike but for a complementary pair
        or (len(items) == 2 and complementary(*(re.sub(r"^其中", "", label) for label in labels)))
        or (
            # 「从资金来源看,」 covers it all, unless the items leave most of it out (「从去向看,升学3.1万人,
            # ……基层服务5240人」 of 19.9万 names a few destinations only)
            bool(BY_CRITERION.match(ctx.sentence_text(items[0]).lstrip()))
            and _covers_a_fair_share(total, items)
        )
    )


FAIR_SHARE = Decimal(1) / 3  # a criterion's list falling short by more than two thirds is a partial one


def _covers_a_fair_share(total: Claim, items: list[Claim]) -> bool:
    total_iv, added = arith.interval(total), arith.total_interval(items)
    if total_iv is None or added is None:
        return True
    return added.high >= total_iv.low * FAIR_SHARE


def _label(ctx: ClaimContext, item: Claim) -> str:
    """What an item is called: its clause before the number, after the last 、 (「35岁及以下」)."""
    return re.split(r"[、,;:]", ctx.prefix(item))[-1]


def _bands(labels: list[str]) -> bool:
    """「35岁及以下703人、36至50岁812人、51岁及以上447人」: bands from an open bottom to an open top."""
    return len(labels) >= 2 and bool(re.search(r"以下|以内|不足|未满", labels[0])) and "以上" in labels[-1]


def _negated(labels: list[str]) -> bool:
    """「及格等级10504人,不及格1256人」, 「寄宿生……非寄宿生」: one item is all that another is not, so the
    list ends what it splits."""
    for label in labels:
        for other in labels:
            stem = re.sub(r"^(?:不|非|未)", "", other)
            if other != label and other[:1] in "不非未" and len(stem) >= 2 and stem[:2] in label:
                return True
    return False


AVERAGE_BEFORE = re.compile(rf"(?:{cues.AVERAGE.pattern})[^,;。]{{0,4}}$")  # 校均6.4间, 班均…


def _name(ctx: ClaimContext, item: Claim) -> str | None:
    """The item's subject with a 非 the tagger left out (「非寄宿生4400名」 is tagged 寄宿生)."""
    subject = item.subject
    if subject and ctx.prefix(item).endswith("非" + subject):
        return "非" + subject
    return subject


def complementary(a: str | None, b: str | None) -> bool:
    """Two names that split one population: 寄宿生 / 非寄宿生, 城镇学生 / 农村学生, 公办园 / 民办园."""
    if not a or not b:
        return False
    if a == "非" + b or b == "非" + a:
        return True
    for x, y in cues.COMPLEMENTS:
        for first, second in ((a, b), (b, a)):
            if x in first and y in second and first.replace(x, "", 1) == second.replace(y, "", 1):
                return True
    return False


def _same_thing(item: str | None, total: str | None) -> bool:
    """Items naming the total's noun (「6个行政村……」 of 「41个行政村人口较少」) partition it."""
    if subjects_match(item, total):
        return True
    return bool(item and total and len(item) >= 2 and item[:2] == total[:2])
