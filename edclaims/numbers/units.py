"""The unit lexicon: every measure word and unit a release writes after (or, for 百分之, before) a number.

The lexicon is data: one row per written form. Two units can be compared or added only when they share a
dimension; within a dimension, `scale` converts a number into the dimension's canonical unit
(3 万元 → 3 × 10000 元). Counts get one dimension per measure word because 「5所」 and 「5个」 count different
things, and 人 and 人次 are different dimensions because a person attending twice is one 人 and two 人次.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Unit:
    text: str  # as written, e.g. "万元", "个百分点", "%"
    canonical: str  # base unit of the dimension, e.g. "元", "米"
    dimension: str  # e.g. "count:所", "money", "percent", "pp", "time:年"
    scale: Decimal  # value in canonical units = number × scale


# Measure words that count things; each is its own dimension "count:<word>" with itself as canonical unit
# (except the words for people, below).
COUNT_WORDS: tuple[str, ...] = (
    "个", "所", "名", "人", "人次", "户", "家", "项", "场", "场次", "次", "份", "对", "期", "门", "条",
    "位", "座", "间", "处", "张", "台", "台套", "套", "本", "册", "篇", "件", "种", "类", "批", "支",
    "辆", "株", "棵", "只", "届", "节", "课时", "学时", "班", "部", "栋", "幢", "层", "首", "封", "块",
    "笔", "颗", "枚", "组", "队", "轮", "例", "起", "道", "片", "户次", "架次", "校次", "班次", "课次",
    "大类", "级", "大",
)  # fmt: skip

# People are counted in 人, 名 or 位 interchangeably (「报名人数达6.83万人」 / 「6.83万名考生」): one dimension.
# 人次 (attendances) stays apart.
PERSON_WORDS: dict[str, str] = {"名": "人", "位": "人"}

# (written form, canonical unit, dimension, scale) for everything that is not a plain count.
MEASURE_UNITS: tuple[tuple[str, str, str, str], ...] = (
    # money: all in 元, so 4600万元 and 1.5亿元 compare directly
    ("元", "元", "money", "1"),
    ("千元", "元", "money", "1000"),
    ("万元", "元", "money", "10000"),
    ("亿元", "元", "money", "100000000"),
    ("万亿元", "元", "money", "1000000000000"),
    ("美元", "美元", "money:美元", "1"),
    # area: 亩 is kept apart because its conversion is not what releases compare
    ("平方米", "平方米", "area", "1"),
    ("平米", "平方米", "area", "1"),
    ("㎡", "平方米", "area", "1"),
    ("万平方米", "平方米", "area", "10000"),
    ("公顷", "平方米", "area", "10000"),
    ("平方公里", "平方米", "area", "1000000"),
    ("平方千米", "平方米", "area", "1000000"),
    ("亩", "亩", "area:亩", "1"),
    # length
    ("米", "米", "length", "1"),
    ("厘米", "米", "length", "0.01"),
    ("公里", "米", "length", "1000"),
    ("千米", "米", "length", "1000"),
    # weight
    ("克", "千克", "weight", "0.001"),
    ("斤", "千克", "weight", "0.5"),
    ("公斤", "千克", "weight", "1"),
    ("千克", "千克", "weight", "1"),
    ("吨", "千克", "weight", "1000"),
    # durations: one dimension each, since a month is not a fixed number of days
    ("年", "年", "time:年", "1"),
    ("个学期", "学期", "time:学期", "1"),
    ("个月", "个月", "time:月", "1"),
    ("周", "周", "time:周", "1"),
    ("个星期", "周", "time:周", "1"),
    ("天", "天", "time:天", "1"),
    ("小时", "小时", "time:小时", "1"),
    ("个小时", "小时", "time:小时", "1"),
    ("分钟", "分钟", "time:分钟", "1"),
    ("个工作日", "个工作日", "time:工作日", "1"),
    # ages and scores
    ("岁", "岁", "age", "1"),
    ("周岁", "岁", "age", "1"),
    ("分", "分", "score", "1"),
    # shares: everything in percent; 成 is a tenth, ‰ a tenth of a percent
    ("%", "%", "percent", "1"),
    ("‰", "%", "percent", "0.1"),
    ("成", "%", "percent", "10"),
    ("百分之", "%", "percent", "1"),
    ("千分之", "%", "percent", "0.1"),
    # a change in a percentage is not a percentage
    ("个百分点", "个百分点", "pp", "1"),
    ("百分点", "个百分点", "pp", "1"),
    ("倍", "倍", "multiple", "1"),
)

# Units written before their number (「百分之三十」).
PREFIX_UNITS: frozenset[str] = frozenset({"百分之", "千分之"})


def _build_lexicon() -> dict[str, Unit]:
    lexicon: dict[str, Unit] = {}
    for word in COUNT_WORDS:
        canonical = PERSON_WORDS.get(word, word)
        lexicon[word] = Unit(word, canonical, f"count:{canonical}", Decimal(1))
    for text, canonical, dimension, scale in MEASURE_UNITS:
        lexicon[text] = Unit(text, canonical, dimension, Decimal(scale))
    return lexicon


LEXICON: dict[str, Unit] = _build_lexicon()
_LONGEST = max(len(text) for text in LEXICON)


# A coefficient or an index (差异系数0.382, 基尼系数0.41) is written with no unit: the noun before it says
# what it measures. It is a dimension of its own, so coefficients compare only with coefficients.
COEFFICIENT = Unit("", "", "coefficient", Decimal(1))
COEFFICIENT_NOUN = re.compile(r"系数|指数")
SENTENCE_ENDS = "。！？!?\n"


def a_coefficient(text: str, start: int, digits: str) -> bool:
    """Whether the bare number `digits` at `start` is a coefficient: a decimal after 系数/指数 in its sentence
    (「校际综合差异系数分别为0.382和0.295」). Whole numbers stay out: a year, a rank or a document number."""
    if "." not in digits or not digits.replace(".", "").isdigit():
        return False
    sentence_start = max(text.rfind(ch, 0, start) for ch in SENTENCE_ENDS) + 1
    return COEFFICIENT_NOUN.search(text, sentence_start, start) is not None


# A ratio of persons (生师比17.5:1, 师生比1:14.5, 师幼比1∶14) is written as two numbers around a colon, one of
# them 1: the other side is the claim, with a dimension of its own, so ratios compare only with ratios.
RATIO = Unit("", "", "ratio", Decimal(1))
# The ratio's name: two persons' characters before 比 (生师比, 师幼比); 学生比上年 and 比2020年 compare instead.
# A ratio of two named figures says so with 之比 (「报名人数与计划数之比约为22:1」, 「在校生和教师之比为15:1」).
RATIO_NAME = re.compile(
    r"[生师幼学]{2}比(?!比|例|重|率|上年|去年|同期|\d|[一二三四五六七八九十〇零]|[12]\d{3})"
    r"|[^\s,，;；。:：、与和及]{2,10}[与和][^\s,，;；。:：、与和及]{2,10}之比"
)
RATIO_COLON = ":∶："
CLAUSE_ENDS = SENTENCE_ENDS + "，,；;"
ONE_SIDE = re.compile(r"1(?![\d.])")  # the 1 of 17.5:1 (not 17.5:12)


def a_ratio(text: str, start: int, end: int) -> bool:
    """Whether the bare number text[start:end] is the non-1 side of a ratio a ratio's name stands before in its
    clause (「生师比17.5:1」, 「师幼比为1∶14」). A ratio with no 1 side (按4∶6比例) is no such claim; nor is
    a number of a comparison (「学生比上年增加2:1」)."""
    return ratio_name(text, start, end) is not None


def ratio_name(text: str, start: int, end: int) -> tuple[str, bool, int] | None:
    """(the ratio's name, whether the 1 comes first, where the name's clause starts) of the number
    text[start:end] when it is the non-1 side of a named ratio: 「生师比17.5:1」 → (生师比, False, …)."""
    if text[start:end] == "1":
        return None
    left = text[start - 1] if start > 0 else ""
    right = text[end] if end < len(text) else ""
    if right and right in RATIO_COLON and ONE_SIDE.match(text, end + 1):  # 17.5:1
        one_first, name_end = False, start
    elif left and left in RATIO_COLON and text[start - 2 : start - 1] == "1":  # 1:14.5, not 11:14.5
        one_first, name_end = True, start - 2
        if start >= 3 and (text[start - 3].isdigit() or text[start - 3] == "."):
            return None
    else:
        return None
    clause_start = max(text.rfind(ch, 0, name_end) for ch in CLAUSE_ENDS) + 1
    names = list(RATIO_NAME.finditer(text, clause_start, name_end))
    return (names[-1].group(), one_first, clause_start) if names else None


def lookup_unit(text: str) -> Unit | None:
    """The lexicon entry written exactly as `text` (surrounding spaces ignored)."""
    return LEXICON.get(text.strip())


def match_unit_at(text: str, pos: int) -> Unit | None:
    """The longest lexicon entry starting at `pos`: 「人次」 beats 「人」, 「个百分点」 beats 「个」."""
    for length in range(min(_LONGEST, len(text) - pos), 0, -1):
        unit = LEXICON.get(text[pos : pos + length])
        if unit is not None:
            return unit
    return None


def commensurable(a: Unit, b: Unit) -> bool:
    """Whether two amounts can be compared or added: same dimension, whatever the scale."""
    return a.dimension == b.dimension


def is_prefix_unit(unit: Unit) -> bool:
    """Whether the unit is written before its number (百分之, 千分之)."""
    return unit.text in PREFIX_UNITS
