"""scan: which numbers are quantities, and the exact spans of QUANTITY, UNIT and the whole mention."""

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from numbers_chinese_render import to_chinese

from edclaims.numbers import Approximation, Mention, parse_quantity, scan

D = Decimal


def only(text: str) -> Mention:
    mentions = scan(text)
    assert len(mentions) == 1, [(text[m.start : m.end]) for m in mentions]
    return mentions[0]


def spans(text: str) -> list[tuple[str, str | None, str]]:
    """(QUANTITY, UNIT, whole mention) as written, for every mention."""
    return [
        (
            text[m.q_start : m.q_end],
            text[m.u_start : m.u_end] if m.u_start is not None and m.u_end is not None else None,
            text[m.start : m.end],
        )
        for m in scan(text)
    ]


# ---- the motivating example ---------------------------------------------------------------------


def test_coverage_sentence() -> None:
    text = "本县农村共有4876个行政村,其中已通网络的行政村4835个,覆盖率99.2%,尚未覆盖的41个行政村正在建设。"
    assert spans(text) == [
        ("4876", "个", "4876个"),
        ("4835", "个", "4835个"),
        ("99.2", "%", "99.2%"),
        ("41", "个", "41个"),
    ]
    values = [m.quantity.value for m in scan(text)]
    assert values == [D(4876), D(4835), D("99.2"), D(41)]
    assert [m.unit.dimension for m in scan(text) if m.unit] == ["count:个", "count:个", "percent", "count:个"]


# ---- span conventions ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quantity", "unit", "whole"),
    [
        ("已投入资金约1325万元。", "约1325万", "元", "约1325万元"),
        ("全年支出9300多万元。", "9300多万", "元", "9300多万元"),
        ("受益教师5万多人次。", "5万多", "人次", "5万多人次"),
        ("发布信息70余条。", "70余", "条", "70余条"),
        ("举办讲座近300场。", "近300", "场", "近300场"),
        ("听众超过10万人次。", "超过10万", "人次", "超过10万人次"),
        ("幼儿均不足30人。", "不足30", "人", "不足30人"),
        ("学制3—5年。", "3—5", "年", "3—5年"),
        ("观众111至114万人。", "111至114万", "人", "111至114万人"),
        ("来了两三个人。", "两三", "个", "两三个"),
        ("在校生xx.xx万人。", "xx.xx万", "人", "xx.xx万人"),
        ("占比近三成。", "近三", "成", "近三成"),
        ("约八成学生满意。", "约八", "成", "约八成"),
        ("提高3个百分点。", "3", "个百分点", "3个百分点"),
        ("面积2.58万平方米。", "2.58万", "平方米", "2.58万平方米"),
        ("招收学生18.2 万人。", "18.2 万", "人", "18.2 万人"),
        ("在校生474  人。", "474", "人", "474  人"),
        ("共有24,156人。", "24,156", "人", "24,156人"),
        ("共有12 215人。", "12 215", "人", "12 215人"),
        ("新增学位1.3万个。", "1.3万", "个", "1.3万个"),
        ("引进了三所学校。", "三", "所", "三所"),
        ("处理十几所机构。", "十几", "所", "十几所"),
        ("发放资金两千三百万元。", "两千三百万", "元", "两千三百万元"),
        ("点击量近百万人次。", "近百万", "人次", "近百万人次"),
        ("改造xxx所学校。", "xxx", "所", "xxx所"),
        ("配备率xxx%。", "xxx", "%", "xxx%"),
        ("校舍x.xx万平方米。", "x.xx万", "平方米", "x.xx万平方米"),
    ],
)
def test_quantity_and_unit_spans(text: str, quantity: str, unit: str, whole: str) -> None:
    assert spans(text) == [(quantity, unit, whole)]


@pytest.mark.parametrize(
    ("text", "whole", "marker", "direction"),
    [
        ("参加人数100人左右。", "100人左右", "左右", "around"),
        ("满意率90%以上。", "90%以上", "以上", "above"),
        ("6岁以下儿童。", "6岁以下", "以下", "below"),
        ("半径1.5公里以内。", "1.5公里以内", "以内", "below"),
        ("规模200人上下。", "200人上下", "上下", "around"),
        ("建设周期3年多。", "3年多", "多", "above"),
    ],
)
def test_trailing_approximation_extends_the_mention_but_not_the_spans(
    text: str, whole: str, marker: str, direction: str
) -> None:
    m = only(text)
    assert text[m.start : m.end] == whole
    assert m.u_end is not None and m.u_end < m.end
    assert text[m.u_end : m.end] == marker
    assert m.quantity.approx == Approximation(marker, direction)  # type: ignore[arg-type]


def test_trailing_bounds_are_applied() -> None:
    assert (only("满意率90%以上").quantity.low, only("满意率90%以上").quantity.high) == (D(90), None)
    m = only("用时3年多")
    assert (m.quantity.low, m.quantity.high) == (D(3), D(4))


def test_shangxia_in_shangxiaxue_is_not_an_approximation() -> None:
    text = "接送200人上下学。"
    m = only(text)
    assert text[m.start : m.end] == "200人"
    assert m.quantity.approx is None


def test_percent_word_unit_comes_before_the_number() -> None:
    text = "覆盖率达到百分之三十。"
    m = only(text)
    assert text[m.u_start : m.u_end] == "百分之"  # type: ignore[misc]
    assert text[m.q_start : m.q_end] == "三十"
    assert m.u_end == m.q_start
    assert m.quantity.value == D(30)
    assert m.unit is not None and m.unit.dimension == "percent"


def test_percent_word_with_approximations_on_both_sides() -> None:
    text = "约百分之九十以上"
    m = only(text)
    assert (m.start, m.end) == (0, len(text))
    assert text[m.q_start : m.q_end] == "九十"
    assert m.quantity.approx == Approximation("以上", "above")
    assert m.quantity.low == D("85.5")  # 约 widened first (±4.5), 以上 then drops the top


@pytest.mark.parametrize(
    ("text", "quantity", "value", "implied"),
    [
        ("一半以上的学校", "一半", "50", "%"),
        ("近一半学生", "近一半", "50", "%"),
        ("收入翻一番", "翻一番", "2", "倍"),
        ("规模翻两番", "翻两番", "4", "倍"),
    ],
)
def test_words_with_implied_units_have_no_unit_span(
    text: str, quantity: str, value: str, implied: str
) -> None:
    m = only(text)
    assert text[m.q_start : m.q_end] == quantity
    assert m.unit is None and m.u_start is None and m.u_end is None
    assert m.quantity.value == D(value)
    assert m.quantity.implied_unit is not None and m.quantity.implied_unit.text == implied


def test_another_half_is_not_a_quantity() -> None:
    assert scan("他的另一半也来了") == []


# ---- quantities and their values ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "dimension"),
    [
        ("投资1.5亿元", "150000000", "money"),
        ("共有252055名学生", "252055", "count:人"),
        ("资助53065人次", "53065", "count:人次"),
        ("开展专项督导3,160校次", "3160", "count:校次"),  # visits to schools, not schools (所)
        ("占地750亩", "750", "area:亩"),
        ("服务半径1.5公里", "1.5", "length"),
        ("配送10吨蔬菜", "10", "weight"),
        ("用时6个月", "6", "time:月"),
        ("每天2小时", "2", "time:小时"),
        ("连续三年", "3", "time:年"),
        ("增长1.5倍", "1.5", "multiple"),
        ("考了650分", "650", "score"),
        ("一万四百人", "10400", "count:人"),
        ("廿所", "20", "count:所"),
        ("卅人", "30", "count:人"),
        ("新建学校壹佰贰拾所", "120", "count:所"),
        ("建成一所学校", "1", "count:所"),
        ("3千米长", "3", "length"),
    ],
)
def test_values_and_dimensions(text: str, value: str, dimension: str) -> None:
    m = only(text)
    assert m.quantity.value == D(value)
    assert m.unit is not None and m.unit.dimension == dimension


def test_people_and_attendances_stay_apart() -> None:
    text = "参加5万人,累计12万人次"
    units = [m.unit.text for m in scan(text) if m.unit]
    assert units == ["人", "人次"]


def test_range_mentions() -> None:
    m = only("开展两三次活动")
    assert m.quantity.is_range and (m.quantity.low, m.quantity.high) == (D(2), D(3))
    m = only("每天3~5小时")
    assert m.quantity.is_range and (m.quantity.low, m.quantity.high) == (D(3), D(5))


def test_recent_years_is_not_an_approximation() -> None:
    text = "近三年来新建学校"
    m = only(text)
    assert text[m.q_start : m.q_end] == "三"
    assert m.quantity.approx is None


def test_quantity_span_reparses_to_the_same_quantity() -> None:
    text = "投入约1325万元,建成9300多万平方米,招生111至114万人,覆盖xx.xx万人,占近三成"
    for m in scan(text):
        again = parse_quantity(text[m.q_start : m.q_end])
        assert again is not None
        assert (again.value, again.low, again.high, again.place) == (
            m.quantity.value,
            m.quantity.low,
            m.quantity.high,
            m.quantity.place,
        )


def test_mentions_are_ordered_and_do_not_overlap() -> None:
    text = "新建15所,改建3所,投资2805万元,受益1.2万人次,满意率98%以上,近三成"
    mentions = scan(text)
    assert len(mentions) == 6
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start
    for m in mentions:
        assert m.start <= m.q_start < m.q_end <= m.end


# ---- redactions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["学校xx所", "教职工x.xx万人", "达到xxx%", "保安××名", "保安**名", "学校1?3所"]
)
def test_redacted_quantities_are_mentions_but_never_zero(text: str) -> None:
    m = only(text)
    assert m.quantity.redacted
    assert m.quantity.value is None
    assert m.unit is not None


def test_redacted_without_unit_is_not_a_mention() -> None:
    assert scan("xx市教育局在xx区") == []


# ---- negatives ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # bare numbers
        "编号630",
        "共计4835",
        # years and dates
        "2021年全市新建学校",
        "2021-2023年行动计划",
        "2021—2025年",
        "二〇二一年",
        "一九四九年",
        "2022年底完成",
        "12月14日召开",
        "9月份开学",
        "11月",
        "14日",
        "2021-11-17",
        "2021.11.17",
        # clock times
        "8:30-17:30",
        "15:18:14",
        "时间延长至xx:xx",
        # phone and document numbers, licences
        "电话:(0391)8797096",
        "热线:0371-65598032",
        "咨询热线:13582131626",
        "〔2021〕39号",
        "[2021]39号",
        "豫ICP备14012713号-1",
        "许可证号:41120180013",
        "13582131626人",
        "411201800130001所",
        # ordinals
        "第十场发布会",
        "第一批学校",
        "第三中学",
        "第3名",
        "第 5 届",
        "一是加强管理,二是完善制度",
        "初三学生",
        "高一年级",
        "三年级学生",
        # names and codes
        "“十四五”期间",
        "十四五规划",
        "“3+2”体系",
        "“9+5”特色",
        "“x+N”模式",
        "落实“双减”",
        "《2021年3所学校建设方案》",
        "《关于10项措施的通知》",
        "COVID-19",
        "PM2.5",
        "版本1.5.2",
        # 一 / 二 inside words and as an article
        "统一录取",
        "一体化发展",
        "一直以来",
        "进一步提升",
        "一系列文件",
        "获得一致好评",
        "每一个家庭",
        "这一中心任务",
        "一期工程已完工",
        "完成二次结构",
        "一次性补助",
        "一人一案",
        "一校一策",
        "一成不变",
        "三五成群",
        # place characters on their own
        "百年大计",
        "千家万户",
        "万人空巷",
        "十分重要",
        "九部门联合印发",
        "新一轮规划",
        # 个…月 around 多 cannot be one UNIT span
        "用了1个多月",
        "两个半小时",
    ],
)
def test_not_quantities(text: str) -> None:
    assert scan(text) == []


def test_numbers_in_book_titles_are_skipped_but_not_those_after() -> None:
    text = "印发《三年行动计划》,新建学校5所"
    assert spans(text) == [("5", "所", "5所")]


def test_year_then_quantity() -> None:
    text = "2021年新建幼儿园8所,2022年底前完成3所"
    assert spans(text) == [("8", "所", "8所"), ("3", "所", "3所")]


def test_a_duration_in_years_is_a_quantity_when_it_is_not_a_year() -> None:
    assert only("有800年历史").quantity.value == D(800)
    assert scan("有1500年历史") == []  # four digits from 1000 to 2199 before 年 are read as a year
    assert only("建设期5年").quantity.value == D(5)


def test_duration_units_with_ge_are_quantities() -> None:
    assert only("用时3个月").unit.text == "个月"  # type: ignore[union-attr]


# ---- properties ---------------------------------------------------------------------------------

_UNITS = ["所", "名", "人次", "元", "个", "%", "平方米", "项"]


@given(
    st.integers(min_value=0, max_value=10**10),  # 11 digits starting 13..19 are phone numbers
    st.sampled_from(_UNITS),
    st.booleans(),
)
def test_one_arabic_quantity_is_found_with_its_value(n: int, unit: str, grouped: bool) -> None:
    number = f"{n:,}" if grouped else str(n)
    text = f"今年全市新增{number}{unit},成效明显。"
    m = only(text)
    assert m.quantity.value == D(n)
    assert text[m.q_start : m.q_end] == number
    assert m.unit is not None and m.unit.text == unit
    assert text[m.u_start : m.u_end] == unit  # type: ignore[misc]


@given(st.integers(min_value=3, max_value=10**12), st.sampled_from(["所", "名", "人次", "元", "项"]))
def test_one_chinese_quantity_is_found_with_its_value(n: int, unit: str) -> None:
    number = to_chinese(n)
    text = f"今年全市新增{number}{unit},成效明显。"
    m = only(text)
    assert m.quantity.value == D(n)
    assert text[m.q_start : m.q_end] == number


@given(
    st.decimals(min_value=0, max_value=99999, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from(["万", "亿"]),
    st.sampled_from(["元", "人", "平方米"]),
)
def test_magnitudes_scale_exactly_in_text(d: Decimal, magnitude: str, unit: str) -> None:
    text = f"累计达{d}{magnitude}{unit}。"
    m = only(text)
    factor = D(10000) if magnitude == "万" else D(100000000)
    assert m.quantity.value == d * factor
    assert m.quantity.magnitude == factor


# ---- forms added after the held-out error review ------------------------------------------------


@pytest.mark.parametrize("text", ["20xx年全区新建学校", "201x年起实施", "二〇二一年全市"])
def test_years_with_redacted_digits_or_written_digit_by_digit_are_not_amounts(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "quantity", "unit"),
    [("全区一〇六所中小学", "一〇六", "所"), ("拆除危房二〇三间,", "二〇三", "间")],
)
def test_chinese_digit_strings_with_a_zero_before_a_count_unit_are_counts(
    text: str, quantity: str, unit: str
) -> None:
    assert spans(text) == [(quantity, unit, quantity + unit)]
    assert only(text).quantity.value == Decimal(
        quantity.replace("〇", "0").translate(str.maketrans("一二三六", "1236"))
    )


def test_a_redacted_figure_keeps_its_thousands_separator() -> None:
    m = only("新增公办学位x,xxx个,")
    assert spans("新增公办学位x,xxx个,") == [("x,xxx", "个", "x,xxx个")]
    assert m.quantity.redacted and m.quantity.value is None


def test_a_coefficient_is_a_quantity_without_a_unit() -> None:
    text = "小学、初中校际综合差异系数分别为0.382和0.295;县域生均指数 1.25。学校编号3.5,基尼系数排第2"
    found = [(text[m.q_start : m.q_end], m.unit) for m in scan(text)]
    # 3.5 has no coefficient's name before it in its sentence
    assert found == [("0.382", None), ("0.295", None), ("1.25", None)]


def test_the_side_of_a_ratio_that_is_not_one_is_a_quantity_without_a_unit() -> None:
    text = "全区小学生师比为16.8:1,幼儿园师幼比1∶13.5;初中师生比达到1:11。学生比上年增加2:1,按3∶7比例分担"
    found = [(text[m.q_start : m.q_end], m.unit) for m in scan(text)]
    # the 1 side is no claim; 比上年 is a comparison, not a ratio's name; a ratio with no 1 side stays out
    assert found == [("16.8", None), ("13.5", None), ("11", None)]


def test_a_ratio_named_with_zhi_bi_and_not_a_share() -> None:
    text = "报考人数和招生计划数之比为1∶6.5,男女学生比例为1:1.2。"
    # 学生比例 is a share's name, not a ratio of students to teachers
    assert [text[m.q_start : m.q_end] for m in scan(text)] == ["6.5"]


def test_a_cohort_named_by_its_year_is_no_amount() -> None:
    # 2024届 / 2023级 name a cohort; 12届 and 8个 still count
    text = "2024届毕业生3,120人,2023级新生编为8个班,已连续举办12届。"
    found = [(text[m.q_start : m.q_end], m.unit.text if m.unit else None) for m in scan(text)]
    assert found == [("3,120", "人"), ("8", "个"), ("12", "届")]
