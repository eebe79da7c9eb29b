"""count_enumeration: a stated count against the items the text actually lists.

Three shapes of list are read:

- ordinal items right after the sentence that states the count: 「引进了三所学校。一是……二是……三是……」,
  numbered lines 「1.」「(一)」「一、」 at the start of the following lines;
- 「分别为A、B、C」 right after the count;
- a 、-list right before the count: 「在宣化区、张北县、沽源县3个县区」 (consistent only: 「中小学、幼儿园12所」
  counts schools of two kinds, not two items).

A list closed by 等 is open, so it is never checked. Press-conference transcripts add two links that are
only reported when they agree — 「感谢4位记者的提问」 against the numbered questions 问题一…问题四, and
「3位嘉宾」 against the guests named after 邀请到 — except for more reporters than questions, which cannot be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from edclaims.checks import arith
from edclaims.checks.context import ClaimContext
from edclaims.checks.registry import register_check
from edclaims.numbers.numerals import parse_chinese_integer
from edclaims.records import Claim, Finding, Status

NAME = "count_enumeration"
MAX_COUNT = 20  # above this a count is a statistic, not the length of a list someone wrote out
CN = "一二三四五六七八九十"
CN_DIGITS = {c: i for i, c in enumerate(CN, 1)}

# patterns below are applied with .match(text, pos), where ^ would only ever match at 0: none starts with ^
# the rest of the count's sentence: a short noun phrase, no other figure (「三所优质学校。」, 「三项措施:」)
INTRO_TAIL = re.compile(r"[^\d,;,。:!?\n]{0,14}?(。|:|\n|$)")


@dataclass(frozen=True)
class Style:
    """One way of numbering items: how to find item k, and whether items must start a line."""

    name: str
    line_start: bool

    def pattern(self, k: int) -> re.Pattern[str]:
        cn = _cn(k)
        if self.name == "shi":
            return re.compile(rf"(?:^|(?<=[。;:!?\s]))(?:{cn}是|第{cn}是)")
        if self.name == "paren":
            return re.compile(rf"(?m)^\s*\({cn}\)")
        if self.name == "cn_dun":
            return re.compile(rf"(?m)^\s*{cn}、")
        return re.compile(rf"(?m)^\s*{k}[.、](?!\d)")  # 「1.」「1、」 but not 「1.5万」


STYLES = (Style("shi", False), Style("paren", True), Style("cn_dun", True), Style("arabic", True))


def _cn(k: int) -> str:
    if k <= 10:
        return CN[k - 1]
    return "十" + CN[k - 11] if k < 20 else "二十"


def _countable(claim: Claim) -> bool:
    q = claim.quantity
    if not (claim.dimension or "").startswith("count:") or q.is_range or q.approx is not None:
        return False
    if q.redacted:
        return True
    return q.value is not None and q.value == q.value.to_integral_value() and 2 <= q.value <= MAX_COUNT


def _finding(count: Claim, items: list[str], kind: str, confidence: str) -> Finding | None:
    """Judge one count against the items found; None when a disagreement is not worth reporting."""
    joined = getattr(items, "joined", None)
    if joined is not None and count.quantity.value is not None:
        # 「……物理、道德与法治五个学科」: both readings of the last item are the text's; judge the nearer one
        stated = count.quantity.value
        items = min((items, joined), key=lambda reading: abs(len(reading) - stated))
    listed = "、".join(items)
    shown = arith.as_written(count)
    n = Decimal(len(items))
    if count.redacted:
        return Finding(
            NAME,
            Status.UNVERIFIABLE,
            (count,),
            f"The count is redacted; the text lists {len(items)} {kind}: {listed}.",
            expected=n,
            tolerance=Decimal(0),
            confidence=confidence,
        )
    stated = count.quantity.value  # a list length: the bare number, whatever the classifier
    if stated == n:
        return Finding(
            NAME,
            Status.CONSISTENT,
            (count,),
            f"{shown} and the text lists {len(items)} {kind}: {listed}.",
            stated=stated,
            expected=n,
            tolerance=Decimal(0),
            confidence=confidence,
        )
    if confidence == "high":
        return Finding(
            NAME,
            Status.MISMATCH,
            (count,),
            f"The text says {shown} but lists {len(items)} {kind}: {listed}.",
            stated=stated,
            expected=n,
            tolerance=Decimal(0),
            confidence=confidence,
        )
    return None


# ---------------------------------------------------------------- ordinal items after the count


def _ordinal_items(
    ctx: ClaimContext, count: Claim, sentence_end: bool = False
) -> tuple[list[str], bool] | None:
    """Items 一是/二是…, (一)(二)…, 一、二、…, 1. 2. … right after the count's sentence: (items, tight);
    `sentence_end`: the count's sentence goes on, the items start after its end."""
    if sentence_end:
        _, end = ctx.segs.sentence_bounds(count.sentence)
        after = end
    else:
        tail = INTRO_TAIL.match(ctx.text, count.end)
        if tail is None:
            return None
        after = tail.end()
    while after < len(ctx.text) and ctx.text[after].isspace():
        after += 1
    for style in STYLES:
        first = style.pattern(1).match(ctx.text, after) if not style.line_start else None
        if style.line_start:
            line_start = ctx.text.rfind("\n", 0, after) + 1
            first = style.pattern(1).match(ctx.text, line_start)
            if first is not None and first.end() <= after:
                first = None
        if first is None:
            continue
        return _follow(ctx, style, first)
    return None


def _follow(ctx: ClaimContext, style: Style, first: re.Match[str]) -> tuple[list[str], bool]:
    """Items 2, 3 … after item 1, up to where the numbering restarts; tight when no item is far from the last."""
    restart = style.pattern(1).search(ctx.text, first.end())
    limit = restart.start() if restart else len(ctx.text)
    starts = [first]
    tight = True
    while len(starts) <= MAX_COUNT:
        nxt = style.pattern(len(starts) + 1).search(ctx.text, starts[-1].end(), limit)
        if nxt is None:
            break
        # an item runs at most to the end of the next paragraph; further on, the numbering may be another list's
        gap_paragraphs = ctx.segs.paragraph_of(nxt.start()) - ctx.segs.paragraph_of(starts[-1].start())
        if gap_paragraphs > 1 or (
            gap_paragraphs == 1 and not style.line_start and not _starts_line(ctx, nxt)
        ):
            tight = False
        starts.append(nxt)
    items = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else ctx.text.find("\n", m.end())
        label = ctx.text[m.end() : end if end != -1 else len(ctx.text)]
        items.append(re.split(r"[。;,:\n]", label.strip(), maxsplit=1)[0][:12] or m.group(0).strip())
    return items, tight


def _starts_line(ctx: ClaimContext, match: re.Match[str]) -> bool:
    return ctx.text[ctx.text.rfind("\n", 0, match.start()) + 1 : match.start()].strip() == ""


# ---------------------------------------------------------------- 分别为A、B、C


RESPECTIVE = re.compile(r"[^\d,;,。:!?\n]{0,12}?[,:]?(分别为|分别是|依次为|分别是:|分别为:)")
OPEN_END = re.compile(r"(等|等等)$")


class Items(list[str]):
    """The items of a 、-list; `joined`: the reading with the last item whole when the 与 inside it may close
    the list or belong to a name (「语文、数学、道德与法治」: 道德与法治 is one subject), else None; a list closes
    with 和/及 (「A、B、C和D」), names hold 与 far more often (体育与健康, 艺术与设计)."""

    joined: list[str] | None = None


def _split_items(text: str) -> Items:
    """Split on 、 outside quotes and brackets (「“A、B”和C」 is two items)."""
    items, depth, current = [], 0, ""
    for ch in text:
        if ch in "“《(「『[":
            depth += 1
        elif ch in "”》)」』]":
            depth = max(depth - 1, 0)
        if ch == "、" and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    items.append(current)
    # 「A、B和C」: the 和 closes the list; but not one inside quotes or a title (「《道德与法治》」)
    quoted = re.fullmatch(r"\s*[“《(「『\[].*[”》)」』\]]\s*", items[-1]) is not None
    last = (
        re.split(r"(?:和|及|与|以及)", items[-1])
        if depth == 0 and len(items) > 1 and not quoted
        else [items[-1]]
    )

    def clean(parts: list[str]) -> list[str]:
        return [i.strip(' “”"') for i in parts if i.strip(' “”"')]

    result = Items(clean(items[:-1] + last))
    if len(last) > 1 and re.search(r"和|及", items[-1]) is None:
        result.joined = clean(items)
    return result


def _respective_items(ctx: ClaimContext, count: Claim) -> tuple[list[str], bool] | None:
    """(items, open) of 「分别为A、B、C」 right after the count, up to the end of its sentence or clause group."""
    cue = RESPECTIVE.match(ctx.text, count.end)
    if cue is None:
        return None
    stop = re.compile(r"[。;\n]").search(ctx.text, cue.end())
    body = ctx.text[cue.end() : stop.start() if stop else len(ctx.text)].strip(" :")
    body = body.split(",")[0] if "、" in body.split(",")[0] else body  # 「分别为A、B、C,共投资…」
    stripped = body.rstrip("。 ")
    is_open = bool(OPEN_END.search(stripped)) or "等" in stripped[-4:]
    items = _split_items(OPEN_END.sub("", stripped))
    if re.search(r"\d", body):
        # 「分别为3所、5所」 is a breakdown of figures (the sum family reads those); 「三个县……,分别为青山县48名、
        # 白石县41名、南坪县37名」 names each item before its figure: the names are the items
        # (「新建学校3所,分别为小学2所、初中1所」 splits three schools by kind: no counted noun to end with)
        named = [NAMED_FIGURE.match(item) for item in items]
        names = [m.group("name") for m in named if m]
        # the names end alike, in a character of the counted noun: 县 of 三个县 / 3个试点县, 区 of 4个校区
        ends = {name[-1] for name in names}
        if (
            len(names) != len(items)
            or len(ends) != 1
            or ends.pop() not in ctx.text[count.end : count.end + 3]
        ):
            return None
        items = names
    return (items, is_open) if len(items) >= 2 else None


NAMED_FIGURE = re.compile(r"(?P<name>[^\d]{2,12}?)(?:为|有|共)?\d[\d.,]*(?:万|亿)?[^\d、]{0,3}$")


# ---------------------------------------------------------------- 五条措施:A、B、C / 4个,涵盖A、B、C和D

# the count's noun phrase, then a colon or a verb that introduces its members
FOLLOWING = re.compile(r"[^\d,;,。:!?\n、]{0,10}?(?::|,?(?:涵盖|包括|包含|即|分别是|是|为))")


def _following_items(ctx: ClaimContext, count: Claim) -> tuple[list[str], bool] | None:
    """(items, open) of a 、-list right after the count and its noun (「出台了减负五条措施:严控进校园、……」,
    「专业群4个,涵盖智能制造、……和智慧健康养老」), up to the end of the clause group."""
    cue = FOLLOWING.match(ctx.text, count.end)
    if cue is None:
        return None
    stop = re.compile(r"[。;\n]").search(ctx.text, cue.end())
    body = ctx.text[cue.end() : stop.start() if stop else len(ctx.text)].strip(" :")
    body = body.split(",")[0]
    if "、" not in body or re.search(r"\d", body):
        return None
    stripped = body.rstrip("。 ")
    is_open = bool(OPEN_END.search(stripped)) or "等" in stripped[-4:]
    items = _split_items(OPEN_END.sub("", stripped))
    if len(items) < 2 or any(len(i) > 14 for i in items):
        return None
    return items, is_open


# ---------------------------------------------------------------- A、B、C 3个县区


LIST_LEAD = re.compile(r"^(在|对|从|重点从|包括|涵盖|覆盖|有|为|是|由|共)")


COUNTED_ALREADY = re.compile(rf"[{CN}]+(?:项|类|种|条|个|大类)")
KIND_WORDS = frozenset({"项", "类", "种", "条", "大类", "个方面", "方面", "级"})


def _preceding_items(ctx: ClaimContext, count: Claim) -> tuple[list[str], bool] | None:
    """(items, open) of a 、-list that ends right where the count begins."""
    sentence_start, _ = ctx.segs.sentence_bounds(count.sentence)
    before = ctx.text[sentence_start : count.start]
    cut = max(before.rfind(c) for c in ",;:!?\n")
    body = before[cut + 1 :].strip()
    unquoted = re.sub(r"“[^“”]*”", "", body)  # a label may hold a count of its own: “五项管理”
    if (
        ("、" not in body and not body.endswith("”"))
        or re.search(r"\d", body)
        or COUNTED_ALREADY.search(unquoted)
    ):
        return None  # 「从A、B……六项中任选两项」: the list has its own count (六项); 两项 counts a choice
    is_open = body.endswith(("等", "等等"))
    body = OPEN_END.sub("", body)
    body = LIST_LEAD.sub("", body)
    quoted = _quoted_labels(body)
    if quoted is not None:
        return quoted, is_open
    if "、" not in body:
        return None
    items = _split_items(body)
    if len(items) < 2 or any(len(i) > 20 for i in items):
        return None
    return items, is_open


# labels in quotes right before the count: one quote holding a 、-list (「落实“一校一案、一班一册”两项制度」) or quotes
# one after another, with or without 、/和 between (「设“满意”“比较满意”“一般”四个选项」, 「“双减”和“五项管理”两项」)
QUOTED_RUN = re.compile(r"(?:“[^“”]+”[、和及与]?)+$")


def _quoted_labels(body: str) -> list[str] | None:
    """The labels of the quoted run that ends the text, or None when it holds fewer than two."""
    run = QUOTED_RUN.search(body)
    if run is None:
        return None
    labels = re.findall(r"“([^“”]+)”", run.group(0))
    if len(labels) == 1:
        labels = _split_items(labels[0]) if "、" in labels[0] else labels
    labels = [label.strip() for label in labels if label.strip()]
    return labels if len(labels) >= 2 and all(len(label) <= 20 for label in labels) else None


# 「语文、数学……美术共10个学科」, 「“优秀”“良好”“合格”三个等级」: a noun of kinds after the count says it counts the
# names listed (「中小学、幼儿园12所」 counts schools; places are left out: 「平原、山区12个乡镇」 counts towns)
KIND_NOUN = re.compile(
    r"(?:大)?(?:学科|科目|专业|学段|门类|类别|领域|方面|选项|等级|维度|环节|板块|模块|赛项|工种)"
)


PAIR = re.compile(r"(?:和|与|及)")
TWO = frozenset({Decimal(2)})


def _pair_before(ctx: ClaimContext, count: Claim) -> tuple[list[str], bool] | None:
    """「乡村小规模学校和乡镇寄宿制学校“两类学校”」: two names joined by 和 right before a count of two (only ever
    agreement: without 、 a longer list cannot be told from one name holding 和)."""
    if count.quantity.value not in TWO or count.unit is None or count.unit.text not in KIND_WORDS:
        return None  # 「公办和民办分别为两所、6所」: a figure of a list, not a count of the names
    sentence_start, _ = ctx.segs.sentence_bounds(count.sentence)
    before = ctx.text[sentence_start : count.start].rstrip("“「")
    body = before[max(before.rfind(c) for c in ",;:!?\n") + 1 :].strip()
    parts = PAIR.split(body)
    if "、" in body or re.search(r"\d", body) or len(parts) != 2 or not all(parts):
        return None
    return parts, False


def _closed_list_before(ctx: ClaimContext, count: Claim) -> tuple[list[str], bool] | None:
    """「涉及语文、数学……美术,共12个学科」: a 、-list filling the clause before a count that closes it (共, 合计),
    or two names joined by 和 right before a count of two."""
    pair = _pair_before(ctx, count)
    if pair is not None:
        return pair
    if not CLOSING_TOTAL.fullmatch(ctx.prefix(count).strip()):
        return None
    sentence_start, _ = ctx.segs.sentence_bounds(count.sentence)
    own_start, _ = ctx.segs.clause_bounds(count.clause)
    before = ctx.text[sentence_start:own_start].rstrip(" ,")  # 、 ends a clause too: back to 「,;:」
    body = before[max(before.rfind(c) for c in ",;:!?\n") + 1 :].strip()
    if "、" not in body or re.search(r"\d", body) or COUNTED_ALREADY.search(body):
        return None
    is_open = body.endswith(("等", "等等"))
    items = _split_items(LIST_LEAD.sub("", OPEN_END.sub("", body)))
    if len(items) < 2 or any(len(i) > 20 for i in items):
        return None
    return items, is_open


# 「①校舍安全;②消防设施;③食品安全,共3个方面」: items numbered with circled digits, closed by the count
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
CLOSING_TOTAL = re.compile(r"(?:以上|上述)?(?:共|共计|合计|总计)")


def _circled_items_before(ctx: ClaimContext, count: Claim) -> list[str] | None:
    """The circled-number items ①…ⓝ of the count's sentence, when the count closes them (「,共5个方面」) and
    the numbering runs from ① without a gap; None otherwise."""
    if not CLOSING_TOTAL.fullmatch(ctx.prefix(count).strip()):
        return None
    sentence_start, _ = ctx.segs.sentence_bounds(count.sentence)
    before = ctx.text[sentence_start : count.start]
    marks = [i for i, ch in enumerate(before) if ch in CIRCLED]
    if len(marks) < 2 or [CIRCLED.index(before[i]) for i in marks] != list(range(len(marks))):
        return None
    ends = [*marks[1:], len(before)]
    items = [before[i + 1 : end].strip(" ;,、:") for i, end in zip(marks, ends, strict=True)]
    items[-1] = re.split(r"[,;]", items[-1])[0]  # the last item ends where the count's clause begins
    return items if all(items) else None


def _inline_marker(style: str, k: int) -> str:
    return {"circled": CIRCLED[k - 1] if k <= len(CIRCLED) else "", "paren_cn": f"({_cn(k)})"}.get(
        style, f"({k})"
    )


def _inline_items(ctx: ClaimContext, after: int) -> list[str] | None:
    """「办成教育民生实事三件:①……;②……;③……。」, 「重点开展五项活动:(一)……;(二)……」: items numbered inside the
    paragraph right after the count's colon, ① (or (一), (1)) first, then each next number in turn; the list
    ends where the next number is missing from the paragraph."""
    while after < len(ctx.text) and ctx.text[after] == " ":
        after += 1
    end = ctx.text.find("\n", after)
    end = len(ctx.text) if end < 0 else end
    style = next(
        (
            st
            for st in ("circled", "paren_cn", "paren_arabic")
            if ctx.text.startswith(_inline_marker(st, 1), after)
        ),
        None,
    )
    if style is None:
        return None
    starts = [after]
    while len(starts) <= MAX_COUNT:
        nxt = ctx.text.find(_inline_marker(style, len(starts) + 1), starts[-1] + 1, end)
        if nxt < 0:
            break
        starts.append(nxt)
    bounds = [*starts[1:], end]
    items = []
    for k, (start, stop) in enumerate(zip(starts, bounds, strict=True), 1):
        body = ctx.text[start + len(_inline_marker(style, k)) : stop]
        items.append(re.split(r"[。;,:]", body.strip(), maxsplit=1)[0][:12])
    return items if len(items) >= 2 and all(items) else None


def _list_length(count: Claim, items: list[str]) -> bool:
    """「青石、柳河、双榆、北岔5个乡镇」: a small count within one of the names listed counts those names (a
    count of kinds, 「中小学、幼儿园12所」, is far larger than its list)."""
    value = count.quantity.value
    return value is not None and value <= 10 and len(items) >= 3 and abs(value - len(items)) <= 1


# ---------------------------------------------------------------- press conferences


REPORTERS = re.compile(r"[^,。;]{0,6}记者[^,。;]{0,8}提问")
GUESTS = re.compile(r"[^,。;]{0,2}嘉宾")
QUESTION = re.compile(rf"(?m)^\s*问题([{CN}]+)[:,]")
INVITED = re.compile(r"邀请(?:到|了)+(?![^,。]{0,2}:)")
HONORIFIC = re.compile(r"(先生|女士|同志)$")


def _questions(ctx: ClaimContext, count: Claim) -> list[str] | None:
    """「感谢4位记者朋友的提问」: the numbered questions 问题一, 问题二 … asked before it."""
    if not REPORTERS.match(ctx.text, count.end):
        return None
    numbers = [parse_chinese_integer(m.group(1)) for m in QUESTION.finditer(ctx.text, 0, count.start)]
    seen = [n for n in numbers if n is not None]
    if not seen or sorted(set(seen)) != list(range(1, max(seen) + 1)):
        return None  # numbering with gaps: we cannot tell how many were asked
    return [f"问题{_cn(int(n))}" for n in sorted(set(seen))]


def _guests(ctx: ClaimContext, count: Claim) -> list[str] | None:
    """「感谢3位嘉宾」: the people named after the first 邀请到 of the release (not the invited media)."""
    if not GUESTS.match(ctx.text, count.end):
        return None
    for invited in INVITED.finditer(ctx.text, 0, count.start):
        stop = re.compile(r"(,?就|,?出席|,?参加|,?介绍|,?进行|。|\n)").search(ctx.text, invited.end())
        if stop is None:
            continue
        body = ctx.text[invited.end() : stop.start()]
        if "等" in body or re.search(r"\d", body):
            continue  # 「邀请到了:日报、电台……等新闻单位」 names media, and openly
        names = [HONORIFIC.sub("", n).strip() for n in re.split(r"[、,]", body) if n.strip()]
        if len(names) >= 2 and all(len(n) <= 24 for n in names):
            return names
    return None


@register_check(NAME)
def check_count_enumeration(ctx: ClaimContext) -> Iterator[Finding]:
    for count in ctx.claims:
        if not _countable(count):
            continue
        finding = _judge(ctx, count)
        if finding is not None:
            yield finding


# 「主要引进了三所学校。」, 「采取三项措施:」: the sentence announces the list that follows; 「全市新建学校5所。」
# followed by 一是… may just precede a list of measures, which is no count of those schools
ANNOUNCE = re.compile(r"(主要|重点|以下|如下|分为|包括|着力|突出|做到|抓好|做好|实施|采取)")


def _announces_list(ctx: ClaimContext, count: Claim) -> bool:
    tail = INTRO_TAIL.match(ctx.text, count.end)
    return (tail is not None and tail.group(1) == ":") or bool(ANNOUNCE.search(ctx.clause_text(count)))


def _is_last_of_sentence(ctx: ClaimContext, count: Claim) -> bool:
    return not any(c.sentence == count.sentence and c.q_start > count.q_start for c in ctx.claims)


def _judge(ctx: ClaimContext, count: Claim) -> Finding | None:
    respective = _respective_items(ctx, count)
    if respective is not None:
        items, is_open = respective
        return None if is_open else _finding(count, items, "items after 分别为", "high")
    # the items follow the count's sentence, or its colon within the sentence (「抓了五项工作:一是……;二是……」)
    tail = INTRO_TAIL.match(ctx.text, count.end)
    colon = tail is not None and tail.group(1) == ":"
    last = colon or _is_last_of_sentence(ctx, count)
    # 「完成了五项重点任务,共投入资金4.76亿元。」 then (一)…(五): a count of kinds (项, 条, 方面) followed by
    # numbered headings may announce them even with another figure after it in its sentence (agreement only)
    kinds = count.unit is not None and count.unit.text in KIND_WORDS
    inline = _inline_items(ctx, tail.end()) if colon and tail is not None else None
    if inline is not None:
        # 「实事三件:①……」, 「五项活动:(一)……」 count the items; 「3所学校获奖:①一等奖……」 may list something else
        listed = count.unit is not None and count.unit.text in KIND_WORDS | {"件", "点"}
        return _finding(count, inline, "numbered items after its colon", "high" if listed else "medium")
    ordinal = _ordinal_items(ctx, count, sentence_end=not last) if last or kinds else None
    if ordinal is not None:
        items, tight = ordinal
        # an item 1 with nothing after it is more likely a heading than a list of one
        if len(items) >= 2:
            certain = last and tight and _announces_list(ctx, count)
            return _finding(count, items, "numbered items", "high" if certain else "medium")
    circled = _circled_items_before(ctx, count)
    if circled is not None:
        return _finding(count, circled, "numbered items before it", "high")
    following = _following_items(ctx, count)
    if following is not None:
        items, is_open = following
        return None if is_open else _finding(count, items, "items listed after it", "high")
    preceding = _preceding_items(ctx, count) or _closed_list_before(ctx, count)
    if preceding is not None:
        items, is_open = preceding
        # 「学校、幼儿园xxxx所」 counts schools of both kinds: a redacted figure there is no list length
        if not is_open and not count.redacted:
            # 「户口簿、房产证明和居住证四项材料」: a count of kinds (项, 类, 种 …) counts the names before it;
            # 「中小学、幼儿园12所」 counts schools of the kinds named, so only agreement is worth reporting
            kinds = count.unit is not None and count.unit.text in KIND_WORDS
            named = bool(KIND_NOUN.match(ctx.text, count.end))
            return _finding(
                count,
                items,
                "items listed before it",
                "high" if kinds or named or _list_length(count, items) else "medium",
            )
        return None
    questions = _questions(ctx, count)
    if questions is not None:
        # one reporter may ask two questions, so fewer reporters than questions is no finding; but every
        # reporter thanked for a question asked one, so more reporters than numbered questions is impossible
        stated = count.quantity.value
        if stated is not None and stated > len(questions):
            return Finding(
                NAME,
                Status.MISMATCH,
                (count,),
                f"The text thanks {arith.as_written(count)} reporters for their questions, but only "
                f"{len(questions)} numbered questions were asked: {'、'.join(questions)}.",
                stated=stated,
                expected=Decimal(len(questions)),
                tolerance=Decimal(0),
                note="at most one reporter per question",
            )
        return _finding(count, questions, "numbered questions", "medium")
    guests = _guests(ctx, count)
    if guests is not None:
        return _finding(count, guests, "guests named at the start", "medium")
    return None
