from decimal import Decimal

from edclaims.records import Status


def _statuses(found):
    return [f.status for f in found]


# --- 由A…到B with a rate right after B (moved here from change) ---


def test_stated_rate_of_change_is_a_percent_of_the_start(findings, numbers_of):
    text = "参训学生由1200名增加到1500名,增长25%。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["1200", "1500", "25"]
    [wrong] = findings("参训学生由1200名增加到1500名,增长20%。", "growth")
    assert wrong.status is Status.MISMATCH
    assert wrong.expected == Decimal("25") and wrong.stated == Decimal("20")
    assert "1200" in wrong.message and "25%" in wrong.message


def test_a_fall_is_a_percent_of_the_start_too(findings):
    assert _statuses(findings("学科类培训机构由1500家减少到1200家,下降20%。", "growth")) == [
        Status.CONSISTENT
    ]
    # 25% would be the rise from 1200 back to 1500, not this fall
    assert _statuses(findings("学科类培训机构由1500家减少到1200家,下降25%。", "growth")) == [Status.MISMATCH]


def test_percentage_points_are_the_difference_of_two_percentages(findings):
    [f] = findings("入园率由85.2%提高到88.6%,提高3.4个百分点。", "growth")
    assert f.status is Status.CONSISTENT
    [wrong] = findings("入园率由85.2%提高到88.6%,提高4.4个百分点。", "growth")
    assert wrong.status is Status.MISMATCH and wrong.expected == Decimal("3.4")


def test_a_bare_percent_between_two_percentages_is_never_a_mismatch(findings):
    points = findings("学前教育毛入园率由60.0%提高到65.0%,提高5个百分点。", "growth")
    assert _statuses(points) == [Status.CONSISTENT]
    # 「提高5%」: 5 points fits, the relative rise (8.3%) does not; consistent, saying which reading
    [as_points] = findings("学前教育毛入园率由60.0%提高到65.0%,提高5%。", "growth")
    assert as_points.status is Status.CONSISTENT and as_points.note == "read as percentage points"
    [as_rate] = findings("学前教育毛入园率由60.0%提高到65.0%,提高8.3%。", "growth")
    assert as_rate.status is Status.CONSISTENT and as_rate.note == "read as a relative rate of change"
    # neither reading fits: still only unverifiable, since the wording itself is ambiguous
    [neither] = findings("学前教育毛入园率由60.0%提高到65.0%,提高7%。", "growth")
    assert neither.status is Status.UNVERIFIABLE


def test_the_rate_of_another_subject_is_not_paired(findings):
    assert findings("参训学生由1200名增加到1500名,其中女生增长25%。", "growth") == []


def test_yearly_average_growth_is_not_a_ratio_of_the_two_figures(findings):
    assert findings("全市在校生由20.0万人增加到24.0万人,年均增长8%。", "growth") == []


# --- 翻番 and 倍 ---


def test_doubling_is_twice_the_base_year_figure(findings, numbers_of):
    text = "2020年全市普惠性学位12.0万个。2021年全市普惠性学位达到24.0万个,翻了一番。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["12.0万", "24.0万", "翻了一番"]
    wrong = findings("2020年全市普惠性学位12.0万个。2021年全市普惠性学位达到20.0万个,翻了一番。", "growth")
    assert _statuses(wrong) == [Status.MISMATCH]


def test_doubling_twice_is_four_times(findings):
    text = "2019年全市双师型教师1200人。2023年全市双师型教师4800人,比2019年翻两番。"
    assert _statuses(findings(text, "growth")) == [Status.CONSISTENT]
    text = "2019年全市双师型教师1200人。2023年全市双师型教师2400人,比2019年翻两番。"
    assert _statuses(findings(text, "growth")) == [Status.MISMATCH]


def test_a_hedged_doubling_is_not_checked(findings):
    text = "2020年全市普惠性学位12.0万个。2021年全市普惠性学位达到20.0万个,接近翻一番。"
    assert findings(text, "growth") == []


def test_increased_by_x_times_is_one_plus_x(findings):
    # 增长2倍: 3000万 × (1 + 2) = 9000万
    assert _statuses(findings("资助资金从3000万元增长到9000万元,增长2倍。", "growth")) == [Status.CONSISTENT]
    [wrong] = findings("资助资金从3000万元增长到9000万元,增长4倍。", "growth")
    assert wrong.status is Status.MISMATCH and wrong.expected == Decimal("2")
    assert wrong.note is None
    # 「增长3倍」 for ×3 is the common loose usage: still a mismatch, with a note saying which reading fits
    [loose] = findings("资助资金从3000万元增长到9000万元,增长3倍。", "growth")
    assert loose.status is Status.MISMATCH and "是…的X倍" in (loose.note or "")


def test_x_times_the_base_is_x(findings):
    text = "2020年全市资助资金3000万元。2021年全市资助资金9000万元,是上年的3倍。"
    assert _statuses(findings(text, "growth")) == [Status.CONSISTENT]
    text = "2020年全市资助资金3000万元。2021年全市资助资金9000万元,是上年的2倍。"
    assert _statuses(findings(text, "growth")) == [Status.MISMATCH]


# --- the base stated elsewhere ---


def test_rate_against_last_year_in_an_earlier_sentence(findings, numbers_of):
    text = "2020年全市在校生20.0万人。2021年全市在校生24.0万人,比上年增长20%。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["20.0万", "24.0万", "20"]
    wrong = "2020年全市在校生20.0万人。2021年全市在校生24.0万人,比上年增长25%。"
    assert _statuses(findings(wrong, "growth")) == [Status.MISMATCH]


def test_base_of_another_subject_or_year_is_not_paired(findings):
    other_subject = "2020年全市在校生20.0万人。2021年全市专任教师2.4万人,比上年增长25%。"
    assert findings(other_subject, "growth") == []
    other_year = "2019年全市在校生20.0万人。2021年全市在校生24.0万人,比上年增长25%。"
    assert findings(other_year, "growth") == []


def test_base_named_inside_the_rate_clause(findings):
    text = "2021年全市在校生24.0万人,比2020年的20.0万人增长20%。"
    assert _statuses(findings(text, "growth")) == [Status.CONSISTENT]
    text = "2021年全市在校生24.0万人,比2020年的20.0万人增长25%。"
    assert _statuses(findings(text, "growth")) == [Status.MISMATCH]


def test_redacted_figure_is_unverifiable(findings):
    text = "2020年全市在校生xx.x万人。2021年全市在校生24.0万人,比上年增长20%。"
    assert _statuses(findings(text, "growth")) == [Status.UNVERIFIABLE]
    assert _statuses(findings("农村小规模学校由282所降至xxx所,下降23.8%。", "growth")) == [
        Status.UNVERIFIABLE
    ]


def test_a_rate_without_its_base_says_nothing(findings):
    assert findings("2021年全市在校生24.0万人,比上年增长20%。", "growth") == []


def test_a_rate_noun_states_the_change_too(findings):
    text = "全县学科类校外培训机构由120家压减至18家,压减率85%。"
    assert _statuses(findings(text, "growth")) == [Status.CONSISTENT]
    text = "全县学科类校外培训机构由120家压减至18家,压减率75%。"
    assert _statuses(findings(text, "growth")) == [Status.MISMATCH]
    assert _statuses(findings("参训教师由800名增加到1000名,增幅为25%。", "growth")) == [Status.CONSISTENT]


def test_rates_stated_respectively_pair_with_listed_changes_in_order(findings, numbers_of):
    text = "全市小学和初中在校生分别由8.2万人、4.1万人增加到8.9万人、4.5万人,分别增长8.5%、9.8%。"
    found = findings(text, "growth")
    assert sorted(numbers_of(f, text) for f in found) == [
        ["4.1万", "4.5万", "9.8"],
        ["8.2万", "8.9万", "8.5"],
    ]
    assert all(f.status is Status.CONSISTENT for f in found)
    wrong = text.replace("9.8%", "12.8%")
    statuses = {numbers_of(f, wrong)[-1]: f.status for f in findings(wrong, "growth")}
    assert statuses == {"8.5": Status.CONSISTENT, "12.8": Status.MISMATCH}
    # three rates for two changes: which is which is not stated, so none is checked
    assert findings(text.replace("9.8%", "9.8%、7.1%"), "growth") == []


def test_a_multiple_of_last_rounds_figure_with_a_thousands_separator(findings, numbers_of):
    text = "参赛选手2,180名,是上届1,090名的2倍。"
    [f] = findings(text, "growth")
    assert numbers_of(f, text) == ["1,090", "2,180", "2"] and f.status is Status.CONSISTENT
    assert findings(text.replace("的2倍", "的3倍"), "growth")[0].status is Status.MISMATCH


def test_a_rate_after_a_comparison_and_its_amount(findings, numbers_of):
    text = "今年共有6.83万名考生报名,比去年的6.52万人增加3100人,增长4.8%。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["6.52万", "6.83万", "4.8"]
    assert findings(text.replace("增长4.8%", "增长8.4%"), "growth")[0].status is Status.MISMATCH


def test_a_change_whose_later_figure_names_its_year(findings):
    text = "乡村学校在校生从2020年的2.31万人下降到2024年的1.74万人,减少了24.7%。"
    assert [f.status for f in findings(text, "growth")] == [Status.CONSISTENT]
    assert [f.status for f in findings(text, "change")] == [Status.CONSISTENT]


def test_points_after_last_year_s_rate_stated_on_its_own(findings):
    text = "专升本升学率为20.7%,去年为17.2%,提高3.5个百分点。"
    assert [f.status for f in findings(text, "growth")] == [Status.CONSISTENT]
    assert [f.status for f in findings(text.replace("3.5个", "5.3个"), "growth")] == [Status.MISMATCH]


def test_a_multiple_of_last_year_s_figure_named_by_its_noun(findings, numbers_of):
    # 「是去年新增学位1.2万个的两倍」: the base's noun stands between its year and its figure
    text = "今年共新增公办学位3.6万个,是去年新增学位1.8万个的两倍。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["1.8万", "3.6万", "两"]
    assert _statuses(findings(text.replace("1.8万", "1.2万"), "growth")) == [Status.MISMATCH]


def test_a_base_introduced_by_与_相比(findings, numbers_of):
    text = "全市家长满意度为93.1%,与上年的91.7%相比提高1.4个百分点。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["91.7", "93.1", "1.4"]
    assert _statuses(findings(text.replace("1.4个", "2.4个"), "growth")) == [Status.MISMATCH]


def test_a_rate_whose_base_stands_past_a_share_of_the_figure(findings, numbers_of):
    # 「B,占……的X%,比上年的A增长Y%」: the share between B and its base is passed over, as change does
    text = "全省财政性教育经费为1,850.40亿元,占教育经费总投入的80.15%,比上年的1,762.30亿元增长5.00%。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["1,762.30亿", "1,850.40亿", "5.00"]
    assert _statuses(findings(text.replace("增长5.00%", "增长5.20%"), "growth")) == [Status.MISMATCH]


def test_a_multiple_of_another_group_s_figure(findings, numbers_of):
    text = "特殊教育学校生均公用经费提高到每生每年6,000元,是普通小学标准750元的8倍。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["750", "6,000", "8"]
    assert _statuses(findings(text.replace("的8倍", "的9倍"), "growth")) == [Status.MISMATCH]


def test_the_span_a_change_took_stands_between_the_figure_and_its_rate(findings, numbers_of):
    text = "全县中小学专任教师本科以上学历比例由2019年的58.5%提高到今年的76.9%,五年提高了18.4个百分点。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["58.5", "76.9", "18.4"]
    wrong = "在园幼儿由2020年的3.20万人减少到今年的2.56万人,近四年来下降了25%。"
    [g] = findings(wrong, "growth")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["3.20万", "2.56万", "25"]


def test_a_base_of_the_cohort_before_in_the_rate_s_clause(findings, numbers_of):
    text = "今年考入重点高校1,380人,占毕业生总数的21.6%,比上届的1,200人增长15%。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["1,200", "1,380", "15"]


def test_a_multiple_of_a_figure_the_text_names(findings, numbers_of):
    # 「是招生计划的2.2倍」: the base is the figure whose clause names the plan, its two words either way round
    text = "全市民办初中计划招生4,500人;报名学生11,250人,是招生计划的2.5倍。"
    [f] = findings(text, "growth")
    assert numbers_of(f, text) == ["4,500", "11,250", "2.5"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    wrong = "今年核定招生计划320人。实际报名考生1,280人,相当于招生计划的3倍。"
    [g] = findings(wrong, "growth")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["320", "1,280", "3"]


def test_the_figure_a_clause_names_not_a_breakdown_item_before_it(findings, numbers_of):
    # 「示范校数量比……翻了一番」 compares the schools (600), not the 180 new ones of the 其中 item
    text = "全市已建成标准化考点84个,其中今年新建26个;考点数量比2021年的42个翻了一番。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["42", "84", "翻了一番"]
    # none names it: the figure right before is only a guess, never a mismatch
    guess = "全市已建成标准化考点84个,其中今年新建26个;数量比2021年的42个翻了一番。"
    assert [g.status for g in findings(guess, "growth")] in ([], [Status.UNVERIFIABLE])
    # a connective names nothing: the figure right before stays certain
    plain = "全市已建成标准化考点84个,同时比2021年的42个翻了一番。"
    [h] = findings(plain, "growth")
    assert h.status is Status.CONSISTENT and h.confidence == "high"


def test_last_year_s_figure_then_the_span_and_the_rate(findings, numbers_of):
    text = "全县公办园在园幼儿占比达到68.4%,这一比例去年是61.2%,一年提高了7.2个百分点。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["61.2", "68.4", "7.2"]
    wrong = "全市课后服务参与率为91.5%,上年为86.0%,两年来提高了6.5个百分点。"
    [g] = findings(wrong, "growth")
    assert g.status is Status.MISMATCH


def test_a_rate_between_limits(findings):
    text = "每人每年资助额度由不超过3000元提高到不超过3600元,增幅20%。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT


def test_what_is_compared_named_in_an_earlier_answer(findings, numbers_of):
    # a Q&A: the rate's sentence names 研究生 only; the one earlier figure named so is B, as a guess (medium)
    text = (
        "问:今年招生情况如何?\n答:今年共录取新生1.26万人,其中研究生录取0.35万人。\n"
        "问:研究生招生有什么变化?\n答:研究生录取人数比上年的0.30万人增长16.7%。"
    )
    [f] = findings(text, "growth")
    assert numbers_of(f, text) == ["0.30万", "0.35万", "16.7"]
    assert f.status is Status.CONSISTENT and f.confidence == "medium"
    wrong = text.replace("增长16.7%", "增长26.7%")
    assert [g.status for g in findings(wrong, "growth")] == [Status.UNVERIFIABLE]


def test_a_multiple_introduced_by_为_and_a_base_named_with_数(findings, numbers_of):
    text = "全县报名参加遴选的教师540人,为遴选计划180人的3倍。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["180", "540", "3"]
    named = "今年计划招生1,200人;实际报名3,000人,相当于计划招生数的2.5倍。"
    [g] = findings(named, "growth")
    assert g.status is Status.CONSISTENT and numbers_of(g, named) == ["1,200", "3,000", "2.5"]


def test_an_average_is_not_the_figure_a_doubling_compares(findings, numbers_of):
    # 「校均9.4间」 stands between the total and its base: the total is what doubled, the average is passed over
    text = "全县建成创新实验室640间,平均每校8间,比2021年的310间翻了一番。"
    [f] = findings(text, "growth")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["310", "640", "翻了一番"]
    wrong = "全区配备录播教室1,260间,生均0.02间,较2022年的520间增长1.5倍。"
    [g] = findings(wrong, "growth")
    assert numbers_of(g, wrong) == ["520", "1,260", "1.5"]
    assert g.status is Status.MISMATCH
