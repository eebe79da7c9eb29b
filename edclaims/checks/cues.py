"""Cue words the check families read around numbers. Kept together so they are easy to review and extend."""

from __future__ import annotations

import re

REMAINDER = re.compile(
    r"(其余|剩余|剩下|余下|另有|尚有|尚未|(?<!等)其他)"
)  # 「培训等其他支出」 is one more item
# 「未入学的6人」, 「尚未整改的12处」: what is not yet done, named by the verb of what is
NOT_YET = re.compile(r"(?:尚未|未|没有)([\u4e00-\u9fff]{2})[^,;。\d]{0,4}的?$")
# words that say by which attribute a group is picked out; groups picked by two attributes may overlap
# (「女性312名」 and 「具有硕士研究生学历的96名」 of one 407)
ATTRIBUTES: dict[str, re.Pattern[str]] = {
    "gender": re.compile(r"男|女"),
    "education": re.compile(r"学历|学位|硕士|博士|本科|专科|研究生"),
    "age": re.compile(r"\d+岁|岁以|岁及|青年|年龄"),
    "title": re.compile(r"职称|高级|中级|初级"),
    "party": re.compile(r"党员"),
}


def different_attributes(labels: list[str]) -> bool:
    """Two labels pick their groups by different attributes (gender against education …)."""
    found = set()
    for label in labels:
        hits = {name for name, pattern in ATTRIBUTES.items() if pattern.search(label)}
        if len(hits) == 1:
            found |= hits
    return len(found) > 1


BREAKDOWN = re.compile(r"其中")
RESPECTIVELY = re.compile(r"分别")
TOTAL = re.compile(r"(共计|合计|总计|共有|总共|共)$")
# 已竣工, 已完成, 已投入使用: a subset of something stated before
DONE_PART = re.compile(r"已(?!全部|经全部)")
ALL = re.compile(r"全部|均已|全都")
SCOPE_WHOLE = re.compile(r"(全市|全省|全县|全区|全国|全镇)")
RATE_CHANGE = re.compile(
    r"(增长|下降|提高|降低|增加|减少|上升|回落|增幅|降幅|同比|比上年|比去年|增速|减幅|提升|扩大|缩小|压减|压降|减少率|下降率)"
)
COMPARISON = re.compile(r"(高于|低于|超过|不低于|不高于|目标|任务|要求|控制在|不超过|以内)")
UP = re.compile(r"(提高|增加|增长|上升|提升|扩大|增至|升至|上调|新增|涨)")
DOWN = re.compile(r"(减少|降低|下降|减至|降至|压减|缩减|下调|减|降|回落|缩小)")
CHANGE_FROM = re.compile(r"(由|从)[^,;。由从]{0,12}$")

# growth: the verb or noun right before a stated rate (「同比增长12.5%」, 「提高了3个百分点」, 「增幅为8%」).
# 「提高为」/「增长到」 name the level reached, not the change, so they are left out on purpose.
RATE_UP_VERB = r"增长|增加|提高|提升|上升|扩大"
RATE_DOWN_VERB = r"下降|减少|降低|下滑|回落|缩减|压减|缩小"
RATE_UP_NOUN = r"增幅|增长率|增速|增长幅度"
RATE_DOWN_NOUN = r"降幅|减幅|下降幅度|下降率|压减率|减少率"
RATE_VERB = re.compile(
    rf"(?:(?P<up>{RATE_UP_VERB})|(?P<down>{RATE_DOWN_VERB}))了?(?:约|近)?$"
    rf"|(?:(?P<up_noun>{RATE_UP_NOUN})|(?P<down_noun>{RATE_DOWN_NOUN}))(?:为|是|达到|达)?$"
)
# 「是上年的3倍」, 「相当于2020年的2.5倍」, 「增长到原来的3倍」: the later figure is X times the earlier one
MULTIPLE_OF = re.compile(
    r"(?:是|为|达到?|相当于|增长到|增加到|提高到|扩大到|增至|提高至|扩大至)(?:[^,;。]|(?<=\d),(?=\d)){0,14}?的?$"
)
# compound growth over several years is not a ratio of two figures
ANNUAL_AVERAGE = re.compile(r"(年均|平均每年|年平均|平均)")
# the base a rate compares with: 同比 / 比上年 / 较2020年 / 与去年相比
COMPARE_BASE = re.compile(
    r"(?:比|较|与|同)(?P<when>上年|去年|上一年|上年度|前年|(?:19|20)\d\d年)|(?P<yoy>同比)"
)
# 近/基本/接近 翻一番: a hedged doubling says too little to check
HEDGE = re.compile(r"(近|接近|将近|基本|几乎|超过|逾|约)$")

# 「队均18人」, 「车均载客42人」 open their clause; after a noun 均 means "all" (「各队均有」, 「12个行政村均建有」)
TEAM_AVERAGE = r"(?<![\u4e00-\u9fff])(?:队均|组均|车均|村均)"
# average: the per-what word before an average figure (「人均约4419元」, 「生均公用经费1200元」, 「校均5000平方米」)
AVERAGE = re.compile(
    r"(?P<cue>生均|人均|校均|园均|户均|班均|批均|"
    + TEAM_AVERAGE
    + r"|平均每(?:生|人|所|校|园|户|班)|每生|每人|每所|每校|每户|每班"
    r"|平均每(?:个|名|位|辆|间|批次|批|场次|场|期|台|套|处|家|平方米|亩)|每(?:个|名|位|辆|间|平方米|亩)|平均)"
    r"(?P<period>每年|每学年|每学期|每月|每天|每日)?"
    r"(?P<noun>[^,;。、:0-9xX×]{0,10}?)(?:为|是|达到?|约为|在)?$"
)
# 「校均2.3名」: an average right before the figure, nothing between (「生均公用经费补助0.6亿元」 is a sum of money, not one)
AVERAGE_RIGHT_BEFORE = re.compile(
    r"(?:生均|人均|校均|园均|户均|班均|批均|" + TEAM_AVERAGE + r"|平均每[生人所校园户班]?|平均)"
    r"(?:为|是|约|达到?)?$"
)
# an average that is a standard or a floor (「生均公用经费基准定额」, 「补助标准」) need not equal total ÷ count
AVERAGE_STANDARD = re.compile(r"(标准|定额|不低于|不少于|最高|最低|上限|下限|按)")
# a total over several years or since a date: a yearly average cannot be recomputed from it
MULTI_PERIOD = re.compile(
    r"(累计|近[两二三四五六七八九十]年|[两二三四五六七八九十]年来|以来|期间|十[一二三四五]五)"
)
PERIOD_WORDS = {"每年": "年", "每学年": "年", "每学期": "学期", "每月": "月", "每天": "天", "每日": "天"}

# share_sum: a share of a whole (「城镇学生占42.5%」, 「公办学校占比82.4%」, 「占全市在园幼儿总数的91.6%」);
# 依次 lists like 分别 (「……和其他教育经费依次占9.8%、44.6%……」)
SHARE = re.compile(
    r"(?P<label>[^,;。、]*?)(?P<each>分别|依次)?所?占(?!地|用|有)(?:了)?(?P<whole>[^,;。]{1,20}?的)?"
    r"(?:比重|比例|比)?(?P<each_after>分别|依次)?(?:为|是|达到?|约为)?$"
)
# the parts of a stated share: 「两类合计占20.4%」, 「共占」
SHARE_TOTAL = re.compile(r"(合计|共计|总计|累计|共|总共|一共)$")
# words naming the last part of a whole: its remainder
SHARE_REST = re.compile(r"(其余|其他|其它|剩余|余下|剩下)")
# pairs of words that split a population in two, whatever it is (城镇学生 / 农村学生, 男生 / 女生)
COMPLEMENTS: tuple[tuple[str, str], ...] = (
    ("城镇", "农村"),
    ("城镇", "乡村"),
    ("城市", "农村"),
    ("城区", "农村"),
    ("城区", "乡村"),
    ("市区", "农村"),
    ("男", "女"),
    ("公办", "民办"),
    ("本地", "外地"),
    ("省内", "省外"),
    ("市内", "市外"),
    ("中央", "地方"),
    ("寄宿", "走读"),
)

# a span of years before a change's verb (「五年提高了」, 「近三年来」): change and growth pass over it
YEAR_SPAN = r"(?:近|这|最近)?(?:[一二两三四五六七八九十]|\d{1,2})(?:个)?年(?:来|间|里|中)?"

# words too common to name a figure: 「符合交流条件教师」 and 「乡村教师」 share only 教师
GENERIC_WORDS = frozenset({"教师", "学生", "学校", "幼儿", "人数", "总数", "人员", "全部", "全市", "全县"})


def name_words(name: str, generic: frozenset[str] = GENERIC_WORDS) -> set[str]:
    """The two-character words of a name, without the generic ones: what it shares with another name."""
    return {name[i : i + 2] for i in range(len(name) - 1)} - generic
