"""Pairing figures stated in different sentences and paragraphs (edclaims/checks/linking.py)."""

from decimal import Decimal

from edclaims.records import Status

NEXT_PARAGRAPH = "今年全市招收新生4.2万人。\n\n其中,职业院校招收新生1.1万人,占26.2%。"
# two figures of 行政村 in the paragraph before that could be the whole: which one is, is not certain
FAR_PARAGRAPH = (
    "全县有行政村320个,纳入规划的行政村305个。\n经过三年努力,已建幼儿园的行政村达到296个,覆盖率92.5%。"
)


def test_a_paragraph_opening_with_qizhong_continues_the_one_before(findings, numbers_of):
    [f] = findings(NEXT_PARAGRAPH, "percent_of_whole")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, NEXT_PARAGRAPH) == ["4.2万", "1.1万", "26.2"]
    assert f.confidence == "high"
    assert f.pairing == "其中 breakdown of 4.2万人, the paragraph before"


def test_a_paragraph_pointing_back_with_zhexie_continues_the_one_before(findings, numbers_of):
    text = "今年全市新建学校12所。\n\n这些学校中,已投入使用的学校10所,占83.3%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["12", "10", "83.3"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert "paragraph before" in (f.pairing or "")
    assert findings(text.replace("83.3%", "85.3%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_a_high_confidence_link_across_paragraphs_can_be_a_mismatch(findings):
    [f] = findings(NEXT_PARAGRAPH.replace("26.2%", "28.2%"), "percent_of_whole")
    assert f.status is Status.MISMATCH


def test_two_possible_wholes_in_the_paragraph_before_give_a_medium_confidence_pairing(findings, numbers_of):
    [f] = findings(FAR_PARAGRAPH, "percent_of_whole")
    assert f.confidence == "medium" and numbers_of(f, FAR_PARAGRAPH)[0] == "305"  # the nearest one
    assert f.status is Status.UNVERIFIABLE  # 296 / 305 is not 92.5 %, but 305 may not be the whole


def test_a_medium_confidence_link_never_gives_a_mismatch(findings):
    [f] = findings(FAR_PARAGRAPH.replace("92.5%", "83.5%"), "percent_of_whole")
    assert f.status is Status.UNVERIFIABLE
    assert f.expected == Decimal("97.05")


def test_figures_of_different_years_are_never_paired(findings):
    text = "2020年全县有行政村320个。\n2023年,已建幼儿园的行政村达到296个,覆盖率97.5%。"
    assert findings(text, "percent_of_whole") == []


def test_a_same_sentence_pairing_carries_no_pairing_note(findings):
    text = "全市农村4876个行政村,幼儿园覆盖的行政村共4835个,覆盖率99.2%。"
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.CONSISTENT and f.pairing is None


def test_a_progress_figure_without_a_subject_pairs_with_the_plan_its_clause_names(findings, numbers_of):
    text = "今年计划新建幼儿园12所,改扩建小学8所。截至目前,新建幼儿园已竣工10所,改扩建小学已完成6所。"
    found = findings(text, "part_le_whole")
    assert sorted(numbers_of(f, text) for f in found) == [["12", "10"], ["8", "6"]]
    assert all(f.status is Status.CONSISTENT and f.confidence == "high" for f in found)
    assert all("named before the figure" in (f.pairing or "") for f in found)
    wrong = text.replace("已完成6所", "已完成9所")
    assert [f.status for f in findings(wrong, "part_le_whole")].count(Status.MISMATCH) == 1


def test_a_plan_two_paragraphs_away_is_not_a_whole(findings):
    text = "今年计划新建幼儿园12所。\n\n全市教师队伍持续壮大。\n\n截至目前,新建幼儿园已竣工15所。"
    assert findings(text, "part_le_whole") == []


def test_a_plan_in_the_paragraph_before_is_only_medium_confidence(findings):
    text = "今年计划新建幼儿园12所。\n\n截至目前,新建幼儿园已竣工15所。"
    [f] = findings(text, "part_le_whole")
    assert f.status is Status.UNVERIFIABLE and f.confidence == "medium"


def test_a_share_that_names_its_whole_pairs_with_a_figure_of_that_name(findings, numbers_of):
    text = "全县共有中小学校156所。全县建成智慧校园示范校42所,占学校总数的26.9%。"
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["156", "42", "26.9"]
    assert "学校" in (f.pairing or "")
    # the named whole (民办园) is not stated: the kindergartens of all kinds are not its whole
    assert (
        findings("全市共有幼儿园612所。全市普惠性民办幼儿园434所,占民办园总数的89%。", "percent_of_whole")
        == []
    )


def test_a_sibling_part_with_its_own_share_is_not_the_whole(findings, numbers_of):
    text = "全区认定家庭经济困难学生6820名。在认定的学生中,脱贫家庭学生2140名,占31.4%;低保家庭学生1570名,占23.0%。"
    found = findings(text, "percent_of_whole")
    assert sorted(numbers_of(f, text) for f in found) == [["6820", "1570", "23.0"], ["6820", "2140", "31.4"]]
    assert all(f.status is Status.CONSISTENT for f in found)


def test_the_total_of_a_qizhong_breakdown_is_the_whole_of_its_items_shares(findings, numbers_of):
    text = "全区认定困难学生6820名。其中脱贫家庭学生2140名,占31.4%;低保家庭学生1570名,占25.0%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["31.4"], text) == ["6820", "2140", "31.4"]
    assert found["31.4"].status is Status.CONSISTENT
    assert found["25.0"].status is Status.MISMATCH  # 1570 / 6820 = 23.02 %
    assert "其中" in (found["25.0"].pairing or "")


def test_the_year_of_a_comparison_base_is_not_the_frame_of_the_next_sentence(findings, numbers_of):
    text = "全县156所中小学校全部接入光纤,无线网络覆盖率由2021年的46%提高到97%。全县建成智慧校园示范校42所,占学校总数的26.9%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["156", "42", "26.9"] and f.status is Status.CONSISTENT


def test_a_comparison_base_is_never_a_whole(findings, numbers_of):
    text = "今年中考报名人数为6842人,比去年的7105人减少263人。普通高中计划招生3960人,占报名人数的57.9%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["6842", "3960", "57.9"] and f.status is Status.CONSISTENT


def test_a_figure_without_subject_pairs_with_the_only_figure_of_the_sentence_before(findings, numbers_of):
    text = "今年全市职业院校毕业生2.46万人,比去年的2.18万人增长了12.8%。截至8月底,已就业和升学2.31万人,就业率93.9%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["2.46万", "2.31万", "93.9"]
    # what is done (已就业) of the one figure before, its rate right after it: a certain pairing
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("93.9%", "95.9%"), "percent_of_whole")[0].status is Status.MISMATCH
    # without 已 the figure may be of another group: the pairing stays medium, a disagreement unverifiable —
    # unless the rate is of a whole worded by convention (就业率 of the 毕业生, percent_of_whole's RATE_WHOLES)
    assert findings(text.replace("已就业和升学", "就业和升学"), "percent_of_whole")[0].confidence == "high"
    plain = text.replace("已就业和升学", "就业和升学").replace("毕业生", "应届学生")
    assert findings(plain, "percent_of_whole")[0].confidence == "medium"
    assert findings(plain.replace("93.9%", "95.9%"), "percent_of_whole")[0].status is Status.UNVERIFIABLE


def test_a_named_whole_that_only_one_figure_carries_is_certain_a_paragraph_away(findings):
    text = "今年中考报名人数为6842人,比去年的7105人减少263人。全县设考点4个。\n普通高中计划招生3960人,占报名人数的57.9%。"
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("57.9%", "59.7%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_the_one_figure_of_its_subject_a_paragraph_away_with_the_rate_after_the_part_is_certain(
    findings, numbers_of
):
    text = "全县有行政村320个。\n经过三年努力,已建幼儿园的行政村达到296个,覆盖率92.5%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["320", "296", "92.5"] and f.confidence == "high"
    assert findings(text.replace("92.5%", "93.5%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_a_year_that_starts_a_period_is_the_figures_year(findings):
    # 「从2022年起」 dates the figure; it is no comparison base, so 2022 and 2023 are never paired
    text = "从2022年起全县有行政村320个。\n2023年,已建幼儿园的行政村达到296个,覆盖率97.5%。"
    assert findings(text, "percent_of_whole") == []


def test_the_base_of_a_multiple_is_no_whole(findings, model_findings, numbers_of):
    # the model gives 671 the subject 选手, which 上届1090名 shared
    text = "参赛选手2180名,是上届1090名的2倍。经过3天角逐,共有671名选手获奖,获奖率30.8%。"
    for run in (findings, model_findings):
        [f] = run(text, "percent_of_whole")
        assert numbers_of(f, text)[0] == "2180" and f.status is Status.CONSISTENT
