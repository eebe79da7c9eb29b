"""Invented places, subjects and wording for synthetic releases.

Every unit written here must be in the project's unit lexicon; `check_units` runs at import so a typo
fails at once rather than as a silently unparsable span in two thousand records.
"""

from __future__ import annotations

from dataclasses import dataclass

from edclaims.numbers import lookup_unit

# Invented place names: two syllables that read like a county or city, plus its level.
PLACE_HEADS = ("东林", "安平", "清河", "柳溪", "云阳", "石桥", "望山", "青湖", "白水", "兴和", "长宁", "松源")
PLACE_LEVELS = ("县", "市", "区")
# Collective references a release uses for itself; none is a 全市-style scope word, which checks read.
SELF_PLACES: dict[str, tuple[str, ...]] = {
    "县": ("我县", "该县", "本县"),
    "市": ("我市", "本市"),
    "区": ("我区", "本区"),
}


@dataclass(frozen=True)
class CountTopic:
    noun: str  # the SUBJECT
    unit: str  # its measure word
    low: int
    high: int
    qualifiers: tuple[str, ...]  # 的-clauses that select a part of it
    rate: str  # the name of the share those parts make


COUNT_TOPICS: tuple[CountTopic, ...] = (
    CountTopic("行政村", "个", 800, 6000, ("已建成幼儿园的", "通光纤宽带的", "设有村小的"), "覆盖率"),
    CountTopic("中小学校", "所", 80, 900, ("已接入教育专网的", "完成标准化建设的", "配备心理教师的"), "达标率"),
    CountTopic("幼儿园", "所", 60, 800, ("普惠性", "通过等级评估的", "开设延时服务的"), "占比"),
    CountTopic("教学点", "个", 20, 300, ("已开通同步课堂的", "完成改造的", "配齐音体美教师的"), "覆盖率"),
    CountTopic("专任教师", "名", 2000, 40000, ("具有本科学历的", "获得中级职称的", "参加轮训的"), "比例"),
    CountTopic("乡村教师", "名", 500, 9000, ("享受生活补助的", "参加国培计划的", "获得荣誉证书的"), "比例"),
    CountTopic("义务教育学校", "所", 80, 700, ("开展课后服务的", "实现集中供暖的", "建成录播教室的"), "覆盖率"),
    CountTopic("寄宿制学校", "所", 20, 200, ("完成改薄工程的", "配备生活教师的", "建成标准食堂的"), "达标率"),
    CountTopic("社区教育学习点", "个", 30, 400, ("常年开课的", "挂牌运行的", "配有专职人员的"), "占比"),
    CountTopic("校外培训机构", "家", 100, 1500, ("完成非营利登记的", "纳入资金监管的", "通过年检的"), "比例"),
    CountTopic("家庭经济困难学生", "人", 1000, 60000, ("获得国家助学金的", "享受生活补助的", "办理生源地贷款的"), "资助率"),
    CountTopic("中职学校", "所", 5, 60, ("建成实训基地的", "开展订单培养的", "通过示范校验收的"), "占比"),
)  # fmt: skip

# Descriptions of what the rest (其余) or the items of a breakdown are doing; no numbers, no 已 on 其余.
REST_STATES = ("人口较少", "规模较小", "地处偏远", "正在加快推进", "仍需补齐短板")
ITEM_STATES = (
    ("已列入明年建设计划", "正在开展前期工作"),
    ("已完成选址", "正在办理用地手续"),
    ("将与邻近学校合并", "由中心校统筹管理"),
    ("已纳入改造清单", "将于年内启动"),
)

# Money breakdowns: (what the total is, the sources it comes from)
FUNDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("教育经费", ("中央资金", "省级资金", "市县配套资金")),
    ("总投资", ("财政资金", "社会资本", "专项债券资金")),
    ("建设资金", ("上级补助资金", "本级财政资金", "地方债券资金")),
    ("学生资助资金", ("国家助学金", "免学费补助", "生活费补助")),
)

# (built thing, unit, verb for the plan, verb for done) for progress against a plan
PROJECTS: tuple[tuple[str, str, str, str], ...] = (
    ("中小学幼儿园建设项目", "个", "实施", "竣工"),
    ("公办幼儿园", "所", "新建", "完工"),
    ("农村学校运动场", "个", "改造", "完工"),
    ("学校食堂", "个", "提升改造", "投入使用"),
    ("教师周转宿舍", "套", "建设", "交付"),
    ("智慧教室", "间", "建设", "建成"),
    ("校舍维修项目", "项", "实施", "完成"),
    ("录播教室", "间", "建设", "建成"),
)

# (subject, unit, low, high, rises?) for 由A提高到B / 由A减至B
CHANGES: tuple[tuple[str, str, int, int, bool], ...] = (
    ("学前教育资助标准", "元", 500, 1500, True),
    ("乡村教师生活补助", "元", 200, 1500, True),
    ("生均公用经费基准定额", "元", 600, 1200, True),
    ("中职学校在校生", "人", 3000, 30000, True),
    ("公办幼儿园", "所", 40, 400, True),
    ("校外培训机构", "家", 300, 3000, False),
    ("义务教育阶段大班额", "个", 100, 1200, False),
    ("农村小规模学校", "所", 80, 400, False),
)
PERCENT_CHANGES: tuple[str, ...] = (
    "学前三年毛入园率",
    "普惠性幼儿园覆盖率",
    "高中阶段毛入学率",
    "公办园在园幼儿占比",
    "义务教育巩固率",
)
UP_VERBS = ("提高到", "增加到", "提升至", "增至")
DOWN_VERBS = ("减少到", "降至", "减至", "压减至")

# Figures a lead sentence restates: (verb, subject, unit, low, high, the words after the figure)
RESTATED: tuple[tuple[str, str, str, int, int, str], ...] = (
    ("新增", "公办学位", "个", 2000, 30000, "有效缓解了入园难问题"),
    ("新招聘", "中小学教师", "名", 200, 3000, "充实了农村学校师资力量"),
    ("培训", "骨干教师", "人次", 500, 20000, "覆盖全部乡镇中心学校"),
    ("资助", "家庭经济困难学生", "人次", 5000, 80000, "实现应助尽助"),
    ("建成", "心理健康辅导室", "间", 50, 600, "实现中小学全覆盖"),
)

# Single figures that are never operands: approximations, ranges, worded shares.
APPROX_FACTS: tuple[tuple[str, str, str], ...] = (
    ("累计开展", "送教下乡活动", "场"),
    ("全年组织", "教研活动", "场次"),
    ("为学生提供", "课后服务", "课时"),
    ("新建改建", "校园道路", "米"),
    ("配备", "计算机", "台"),
    ("更新", "课桌椅", "套"),
    ("征集", "意见建议", "条"),
    ("受益", "农村学生", "人"),
)

# Pinyin glosses for the gloss variant (「学(xué)」); common characters of education releases only.
GLOSSES: dict[str, str] = {
    "学": "xué", "校": "xiào", "教": "jiào", "育": "yù", "园": "yuán", "生": "shēng", "师": "shī",
    "县": "xiàn", "村": "cūn", "建": "jiàn", "培": "péi", "资": "zī", "助": "zhù", "率": "lǜ",
}  # fmt: skip

EVENTS = ("教育工作会议", "教育发展推进会", "学校安全工作会议", "教师节表彰大会", "家庭教育宣传周")
ORDINALS = ("一", "二", "三", "四", "五", "六", "七", "八", "十二")
TITLES = ("关于加快发展学前教育的实施意见", "义务教育优质均衡发展实施方案", "教育强县建设规划")


def check_units() -> None:
    """Fail loudly if any unit this module writes is unknown to `lookup_unit`."""
    units = [t.unit for t in COUNT_TOPICS] + [p[1] for p in PROJECTS] + [c[1] for c in CHANGES]
    units += [r[2] for r in RESTATED] + [a[2] for a in APPROX_FACTS]
    units += ["元", "%", "百分之", "个百分点", "成"]
    unknown = sorted({u for u in units if lookup_unit(u) is None})
    if unknown:
        raise ValueError(f"units not in edclaims.numbers.units: {unknown}")


check_units()
