"""Find every quantity in a text: a number with its unit, with exact spans for the annotation guideline.

A mention is a number with a unit after it (or 百分之 before it), words that carry their own unit
(一半, 翻一番), a decimal a coefficient's name stands before (差异系数0.382), or the side of a ratio that is
not 1 (生师比17.5:1). Any other bare number says nothing checkable and is skipped. So are the numbers that are not
amounts: years, dates, clock times, phone and document numbers, ordinals and names (十四五, 3+2).

When a doubtful case could go either way, the scanner leaves it out: a missed quantity costs one check,
an invented one produces a false alarm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from edclaims.numbers.numerals import DIGITS
from edclaims.numbers.quantity import (
    ARABIC_GROUPED,
    ARABIC_OR_REDACTED,
    PREFIX_MARKERS,
    RANGE_SEPARATOR,
    REDACTED_GROUPED,
    SUFFIX_MARKERS,
    Approximation,
    Quantity,
    is_chinese_digit_string,
    is_year_like,
    parse_quantity,
    with_approximation,
)
from edclaims.numbers.units import Unit, a_coefficient, a_ratio, is_prefix_unit, lookup_unit, match_unit_at


@dataclass(frozen=True)
class Mention:
    start: int  # whole mention: quantity + unit (+ approximation words around it)
    end: int
    q_start: int  # the QUANTITY span
    q_end: int
    quantity: Quantity  # with the trailing approximation already applied
    unit: Unit | None
    u_start: int | None  # the UNIT span (before the number for 百分之)
    u_end: int | None


MAX_GAP = 2  # spaces tolerated between a number and its magnitude or unit (「18.2 万人」「474  人」)
SPACES = " \u3000\u00a0"

# 千 before 米 / 克 is a metric prefix, and 百 before 分 starts 百分点 / 百分之: neither is a magnitude.
_MAGNITUDE = r"万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?!米|克|分之)|百(?!分)"
_CHINESE = (
    r"[〇○零一二两兩三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億几]+"
    r"(?:点[〇○零一二三四五六七八九]+[万亿萬億]*)?"
)
_END = (
    rf"(?:{ARABIC_GROUPED}|{REDACTED_GROUPED}|{ARABIC_OR_REDACTED}|{_CHINESE})"
    rf"(?:[{SPACES}]{{0,{MAX_GAP}}}(?:{_MAGNITUDE}))?[多余]?(?:万亿|亿|万)?"
)
_CANDIDATE = re.compile(
    rf"(?P<pct>百分之|千分之)(?P<pnum>{_CHINESE}|\d+(?:\.\d+)?)"
    r"|(?P<worded>翻了?[一两二三四]?番|一半|半数)"
    rf"|(?P<num>{_END}(?:[ ]?(?:{RANGE_SEPARATOR})[ ]?{_END})?)"
)
_TRAILING = re.compile(rf"[{SPACES}]{{0,{MAX_GAP}}}({'|'.join(SUFFIX_MARKERS)})")
_TRAILING_STEP = re.compile(r"(多|余)")
_DURATION_AFTER_GE_DUO = re.compile(r"[多半](?:月|小时|星期|学期|工作日)")

# Five-year plans and other numbered names that look like numbers.
NAMES: frozenset[str] = frozenset({"十一五", "十二五", "十三五", "十四五", "十五五"})
# A unit word followed by one of these characters is the start of another word (「一年级」「一次性」).
UNIT_NOT_FOLLOWED_BY: dict[str, str] = {
    "年": "级代度",
    "期": "间末中限望待刊盼货工项",
    "次": "性",
    "元": "化素旦",
    "所": "有属谓",
    "名": "单称字",  # not 义: 「21.8万名义务教育阶段学生」 is a count
    "人": "民大",
    "家": "长庭乡属",
    "门": "口户槛",
    "条": "件例款",
    "种": "子植",
    "台": "阶湾",
    "本": "科地领土",
    "位": "于置列",
    "节": "目日约点能",
    "处": "理置长",
    "对": "于象接比话待口",
    "份": "子额",
    "支": "持付出部援",
    "套": "餐",
    "类": "型别似",
    "批": "准复评",
    "项": "目",
    "场": "所地馆景",
    "成": "为立绩果功效本员熟长型都不就了交",
    "座": "谈",
    "天": "津然",
    "班": "子主车",
    "户": "口外籍",
    "起": "来草点步",
    "道": "路德理",
    "片": "区",
    "层": "次面级",
    "首": "先都次批",
    "分": "之析别",
    "部": "门分署长",
}
# 上下 after a unit is a range only when it is not 「上下学」「上下班」.
_NOT_AROUND_AFTER_SHANGXIA = "学班楼车级游课"
# A lone 一 before these measure words is usually the article "a" (「一个家庭」「一项工作」), not a count.
ARTICLE_UNITS: frozenset[str] = frozenset(
    "个种张条支位家件场次类份门本只对套片道块组队轮批项层间处部首封笔起例颗枚座台节辆株棵届期班"
)
# Before a lone 一 these characters make it part of a word (统一, 进一步, 唯一, 每一) or an ordinal.
_LONE_ONE_AFTER = "统进唯同单逐万这那哪任某每其另之第初高大研周星拜合专"
# 初三, 高一, 大二, 研一: school years, not amounts.
_GRADE_PREFIXES = "初高大研"
# Characters before 约 / 近 / 超 that make them part of another word (签约, 就近, 赶超).
_MARKER_BLOCKERS: dict[str, str] = {
    "约": "签预邀合制节公条婚相赴违履践特",
    "近": "最就靠附亲贴临逼",
    "超": "赶高",
}
_LEFT_BLOCKERS = "+:/.#_@&=%*×"
_RIGHT_BLOCKERS = "+:/_@&=×"


def _book_title_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside 《…》: numbers in the titles of documents are names, not claims."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "《":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "》" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in spans)


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _prev_nonspace(text: str, pos: int) -> str:
    i = pos - 1
    while i >= 0 and text[i] in SPACES:
        i -= 1
    return text[i] if i >= 0 else ""


def _marker_before(text: str, start: int) -> str | None:
    """The approximation marker written right before `start` (大约, 约, 近, 超过 …), if any."""
    for marker in PREFIX_MARKERS:  # longest first
        begin = start - len(marker)
        if begin >= 0 and text[begin:start] == marker:
            before = text[begin - 1] if begin > 0 else ""
            if before and before in _MARKER_BLOCKERS.get(marker, ""):
                return None
            return marker
    return None


def unit_after(text: str, pos: int) -> tuple[int, Unit] | None:
    """(where it starts, the unit) of a lexicon unit at `pos` or after up to MAX_GAP spaces."""
    for gap in range(MAX_GAP + 1):
        if gap:
            ch = text[pos + gap - 1] if pos + gap - 1 < len(text) else ""
            if not ch or ch not in SPACES:
                return None
        unit = match_unit_at(text, pos + gap)
        if unit is not None:
            return pos + gap, unit
    return None


def _context_rejects(text: str, start: int, end: int) -> bool:
    """Numbers that are parts of codes, clock times, dates, versions or formulas (3+2, 8:30, 1.5.2)."""
    left = text[start - 1] if start > 0 else ""
    left2 = text[start - 2] if start > 1 else ""
    right = text[end] if end < len(text) else ""
    right2 = text[end + 1] if end + 1 < len(text) else ""
    if left and (_is_ascii_alnum(left) or left in _LEFT_BLOCKERS):
        return True
    if left in "-—–~" and left2 and (left2.isdigit() or _is_ascii_alnum(left2)):
        return True
    if right and ((_is_ascii_alnum(right) and not right.isdigit()) or right in _RIGHT_BLOCKERS):
        return True
    if right in ".-—–:" and right2.isdigit():
        return True
    return False


def _looks_like_an_identifier(digits: str) -> bool:
    """A mobile number (11 digits starting 13–19) or a record number of 12 or more bare digits."""
    if not digits.isdigit():
        return False
    return len(digits) >= 12 or (len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789")


def _ends(token: str) -> list[str]:
    parts = re.split(rf"[ ]?(?:{RANGE_SEPARATOR})[ ]?", token, maxsplit=1)
    return [part.strip() for part in parts]


def _chinese_rejects(text: str, start: int, core: str, marker: str | None, unit: Unit) -> bool:
    """Chinese-numeral words that are not amounts: 统一, 一次性, 二次结构, 初三, 百年, 十分."""
    if core[0] in "百千万亿佰仟萬億" and marker is None:
        return True  # 百年, 千家万户, 万人空巷: a bare place character is a word
    if unit.text == "分":
        return True  # 十分 (very), 一分为二
    if is_chinese_digit_string(core) and (
        unit.dimension == "time:年" or len(core) > 4 or not any(z in core for z in "〇○")
    ):
        # 二〇二一年 is a year and long digit strings are codes; 一〇六所 (with its zero) is a count
        return True
    before = text[start - 1] if start > 0 else ""
    if len(core) == 1 and core in DIGITS and before and before in _GRADE_PREFIXES:
        return True
    if core in ("一", "壹"):
        if marker is None and before and before in _LONE_ONE_AFTER:
            return True
        if unit.text in ARTICLE_UNITS:
            return True
    if core == "二" and unit.dimension.startswith("count:"):
        return True  # counts say 两; 二次 / 二期 are ordinals or compounds
    return False


def _trailing(text: str, pos: int, unit: Unit | None) -> tuple[Approximation, int] | None:
    match = _TRAILING.match(text, pos)
    if match is not None:
        word = match.group(1)
        after = text[match.end() : match.end() + 1]
        if not (word == "上下" and after and after in _NOT_AROUND_AFTER_SHANGXIA):
            return Approximation(word, SUFFIX_MARKERS[word]), match.end()
    if unit is not None and unit.dimension.startswith("time:"):
        step = _TRAILING_STEP.match(text, pos)
        if step is not None:
            return Approximation(step.group(1), "above"), step.end()
    return None


COHORT_UNITS = frozenset({"届", "级"})


def not_an_amount(text: str, n_start: int, n_end: int, unit: Unit, u_start: int) -> bool:
    """A number and unit the guideline leaves untagged although both are well formed: an ordinal (第十场), a
    numbered name (十四五), a year (2021年, 20xx年) or a cohort (2024届), a unit that starts another word (三年级, 一次性) or a
    slogan (一人一床). The model tagger's spans are checked against the same rules (edclaims/model/refine.py).
    """
    token = text[n_start:n_end]
    u_end = u_start + len(unit.text)
    if _prev_nonspace(text, n_start) == "第" or token in NAMES:
        return True
    follow = text[u_end : u_end + 1]
    if follow and follow in UNIT_NOT_FOLLOWED_BY.get(unit.text, ""):
        return True
    ends = _ends(token)
    if unit.dimension == "time:年" and any(is_year_like(end) for end in ends):
        return True  # 2021年, 2021-2023年
    if unit.text in COHORT_UNITS and any(is_year_like(end) for end in ends):
        return True  # 2024届毕业生, 2023级新生: a cohort named by its year counts nothing
    return follow in ("一", "壹") and ends[0] in ("一", "壹")  # 一人一案, 一校一策


def _number_mention(text: str, match: re.Match[str]) -> Mention | None:
    n_start, n_end = match.span("num")
    token = match["num"]
    if a_ratio(text, n_start, n_end) and (ratio := parse_quantity(token)) is not None:
        return Mention(n_start, n_end, n_start, n_end, ratio, None, None, None)  # 生师比17.5:1, its colon
    if _context_rejects(text, n_start, n_end):
        return None
    found = unit_after(text, n_end)
    if found is None:
        if not a_coefficient(text, n_start, token) or (quantity := parse_quantity(token)) is None:
            return None
        return Mention(n_start, n_end, n_start, n_end, quantity, None, None, None)
    u_start, unit = found
    u_end = u_start + len(unit.text)
    if is_prefix_unit(unit) or not_an_amount(text, n_start, n_end, unit, u_start):
        return None
    if unit.text == "个" and _DURATION_AFTER_GE_DUO.match(text, u_end):
        return None  # 「1个多月」: the unit is 个…月 around the 多, which no single span can hold
    ends = _ends(token)
    if len(ends) == 1 and _looks_like_an_identifier(ends[0]):
        return None
    marker = _marker_before(text, n_start)
    if marker == "近" and unit.dimension.startswith("time:"):
        marker = None  # 近三年 is "the last three years", not "almost three years"
    core = ends[0]
    if core[0] in DIGITS or core[0] in "十百千万亿廿卅拾佰仟萬億几":
        if _chinese_rejects(text, n_start, core, marker, unit):
            return None
    q_start = n_start - len(marker) if marker else n_start
    quantity = parse_quantity(text[q_start:n_end])
    if quantity is None and marker:
        q_start, quantity = n_start, parse_quantity(token)
    if quantity is None:
        return None
    end = u_end
    trailing = _trailing(text, u_end, unit)
    if trailing is not None:
        quantity = with_approximation(quantity, trailing[0])
        end = trailing[1]
    return Mention(q_start, end, q_start, n_end, quantity, unit, u_start, u_end)


def _percent_word_mention(text: str, match: re.Match[str]) -> Mention | None:
    """百分之三十: the unit comes first; an approximation before it (约百分之三十) joins the mention."""
    u_start, u_end = match.span("pct")
    q_start, q_end = match.span("pnum")
    if _context_rejects(text, u_start, q_end):
        return None
    quantity = parse_quantity(match["pnum"] if match["pnum"] != "百" else "一百")
    unit = lookup_unit(match["pct"])
    if quantity is None or unit is None:
        return None
    quantity = replace(quantity, text=match["pnum"])
    start = u_start
    marker = _marker_before(text, u_start)
    if marker is not None:
        quantity = with_approximation(quantity, Approximation(marker, PREFIX_MARKERS[marker]))
        start = u_start - len(marker)
    end = q_end
    trailing = _trailing(text, q_end, unit)
    if trailing is not None:
        quantity = with_approximation(quantity, trailing[0])
        end = trailing[1]
    return Mention(start, end, q_start, q_end, quantity, unit, u_start, u_end)


def _worded_mention(text: str, match: re.Match[str]) -> Mention | None:
    """一半, 半数, 翻一番: the words carry the unit, so there is no UNIT span."""
    start, end = match.span("worded")
    if match["worded"] == "一半" and start > 0 and text[start - 1] in "另这那其":
        return None  # 另一半 is a person or a part, not 50 %
    marker = _marker_before(text, start)
    q_start = start - len(marker) if marker else start
    quantity = parse_quantity(text[q_start:end])
    if quantity is None:
        return None
    mention_end = end
    trailing = _trailing(text, end, None)
    if trailing is not None:
        quantity = with_approximation(quantity, trailing[0])
        mention_end = trailing[1]
    return Mention(q_start, mention_end, q_start, end, quantity, None, None, None)


def scan(text: str) -> list[Mention]:
    """Every quantity in the text, in order, non-overlapping."""
    titles = _book_title_spans(text)
    mentions: list[Mention] = []
    pos = 0
    while True:
        match = _CANDIDATE.search(text, pos)
        if match is None:
            return mentions
        if match["pct"]:
            mention = _percent_word_mention(text, match)
        elif match["worded"]:
            mention = _worded_mention(text, match)
        else:
            mention = _number_mention(text, match)
        if mention is not None and _inside(titles, mention.q_start):
            mention = None
        if mention is not None and mentions and mention.start < mentions[-1].end:
            mention = None  # a marker already claimed by the previous mention
        if mention is None:
            pos = match.end()
        else:
            mentions.append(mention)
            pos = mention.end
