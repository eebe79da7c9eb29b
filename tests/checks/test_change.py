from edclaims.records import Status


def test_rise_stated_as_a_rise_is_consistent(findings, numbers_of):
    text = "小学生均公用经费由650元提高到720元。"
    [f] = findings(text, "change")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["650", "720"]


def test_fall_stated_as_a_fall_is_consistent(findings):
    [f] = findings("参训学生由暑假前13011名减至7870名。", "change")
    assert f.status is Status.CONSISTENT


def test_direction_against_the_verb_is_a_mismatch(findings):
    [f] = findings("小学生均公用经费由650元提高到620元。", "change")
    assert f.status is Status.MISMATCH
    assert "rise" in f.message and "fall" in f.message


def test_redacted_operand_is_unverifiable(findings):
    [f] = findings("经费补助标准由每生每年xxx元提高至720元。", "change")
    assert f.status is Status.UNVERIFIABLE


def test_different_units_are_not_a_change(findings):
    assert findings("由650元提高到720人。", "change") == []


def test_stated_amount_of_change_is_recomputed(findings):
    found = findings("参训学生由1200名增加到1500名,增加了300名。", "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    wrong = findings("参训学生由1200名增加到1500名,增加了200名。", "change")
    assert wrong[1].status is Status.MISMATCH and str(wrong[1].expected) == "300"


def test_rates_and_points_are_left_to_growth(findings):
    # one finding per pair of figures: the rate and the points are growth's (see test_growth.py)
    for text in ("参训学生由1200名增加到1500名,增长20%。", "入园率由85.2%提高到88.6%,提高4.4个百分点。"):
        [direction] = findings(text, "change")
        assert direction.status is Status.CONSISTENT and len(direction.claims) == 2
        assert [f.status for f in findings(text, "growth")] == [Status.MISMATCH]


LISTED = "全市小学和初中在校生分别由8.2万人、4.1万人增加到8.9万人、4.5万人,分别增加0.7万人和0.4万人。"


def test_respectively_ordered_lists_pair_in_order(findings, numbers_of):
    found = findings(LISTED, "change")
    pairs = sorted(tuple(numbers_of(f, LISTED)) for f in found)
    assert pairs == [
        ("4.1万", "4.5万"),
        ("4.1万", "4.5万", "0.4万"),
        ("8.2万", "8.9万"),
        ("8.2万", "8.9万", "0.7万"),
    ]
    assert all(f.status is Status.CONSISTENT for f in found)
    assert all("respectively" in (f.pairing or "") for f in found)
    wrong = LISTED.replace("0.4万人", "0.6万人")
    [bad] = [f for f in findings(wrong, "change") if f.status is Status.MISMATCH]
    assert numbers_of(bad, wrong) == ["4.1万", "4.5万", "0.6万"]


def test_lists_of_different_lengths_are_not_paired(findings):
    assert findings("全市小学和初中在校生分别由8.2万人、4.1万人增加到8.9万人。", "change") == []


COMPARED = "全市普通高中计划招生21600人,比去年的20400人增加1200人,其中公办18400人,民办3200人。"


def test_a_figure_compared_with_last_years_base_is_a_change(findings, numbers_of):
    found = findings(COMPARED, "change")
    assert [numbers_of(f, COMPARED) for f in found] == [["20400", "21600"], ["20400", "21600", "1200"]]
    assert all(f.status is Status.CONSISTENT and "比" in (f.pairing or "") for f in found)
    wrong_amount = COMPARED.replace("增加1200人", "增加1400人")
    assert [f.status for f in findings(wrong_amount, "change")] == [Status.CONSISTENT, Status.MISMATCH]
    wrong_direction = COMPARED.replace("20400人", "22400人")
    assert findings(wrong_direction, "change")[0].status is Status.MISMATCH


def test_the_base_and_the_change_are_not_the_total_of_the_breakdown_after_them(findings, numbers_of):
    [f] = findings(COMPARED, "sum")
    assert numbers_of(f, COMPARED) == ["21600", "18400", "3200"]
    assert f.status is Status.CONSISTENT


def test_a_hedged_verb_after_the_base(findings):
    text = "全市初中近视率为71.3%,较上年的70.6%有所上升。"
    assert [f.status for f in findings(text, "change")] == [Status.CONSISTENT]
    assert [f.status for f in findings(text.replace("有所上升", "有所下降"), "change")] == [Status.MISMATCH]


def test_a_net_increase_is_the_stated_amount(findings):
    text = "全县幼儿园由上年的154所增至163所,净增9所。"
    statuses = sorted(f.status.value for f in findings(text.replace("净增9所", "净增7所"), "change"))
    assert statuses == ["consistent", "mismatch"]


def test_a_threshold_passed_is_not_the_figure_compared(findings):
    text = "博士研究生招生计划412人,首次突破400人,比上年的379人增加33人。"
    assert sorted(f.status.value for f in findings(text, "change")) == ["consistent", "consistent"]


def test_last_year_s_figure_stated_on_its_own(findings):
    text = "全市义务教育阶段在校生52.8万人,上年为51.5万人,增加1.3万人,增长2.5%。"
    assert sorted(f.status.value for f in findings(text, "change")) == ["consistent", "consistent"]
    broken = text.replace("增加1.3万人", "增加1.8万人")
    assert "mismatch" in {f.status.value for f in findings(broken, "change")}
    assert [f.status.value for f in findings(text, "growth")] == ["consistent"]


def test_a_share_s_whole_between_the_figure_and_its_base_is_passed_over(findings):
    text = "其中获得国家助学金的5312人,占在校生总数17486人的30.4%,比上年的5140人增加208人。"
    statuses = {f.status.value for f in findings(text, "change")}
    assert statuses == {"consistent", "mismatch"}  # a rise, but 5312 − 5140 = 172, not 208


def test_新增_after_a_change_is_its_amount(findings):
    text = "示范校由上年的13所增加到18所,新增5所。"
    assert sorted(f.status.value for f in findings(text.replace("新增5所", "新增6所"), "change")) == [
        "consistent",
        "mismatch",
    ]


def test_what_is_new_before_a_running_total_is_its_rise(findings, numbers_of):
    text = "今年新增省级示范性实训基地4个,累计由9个增至13个。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    assert numbers_of(found[1], text) == ["9", "13", "4"]
    wrong = findings(text.replace("基地4个", "基地5个"), "change")
    assert [f.status for f in wrong] == [Status.CONSISTENT, Status.MISMATCH]
    # new places are not new bases
    other = "今年新增学位3000个,实训基地累计由9个增至13个。"
    assert [f.status for f in findings(other, "change")] == [Status.CONSISTENT]


def test_what_is_new_before_a_total_named_like_it(findings, numbers_of):
    text = "今年新增公办幼儿园5所,全县公办幼儿园由58所增至63所。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    assert numbers_of(found[1], text) == ["58", "63", "5"]
    wrong = findings(text.replace("63所", "64所"), "change")
    assert [f.status for f in wrong] == [Status.CONSISTENT, Status.MISMATCH]
    # a total of another name is not what is new
    other = "今年新增公办幼儿园5所,全县普惠性幼儿园由58所增至64所。"
    assert [f.status for f in findings(other, "change")] == [Status.CONSISTENT]


def test_a_base_named_with_a_noun_after_its_year(findings, numbers_of):
    text = "今年县级教育支出预算7.46亿元,比上年预算数7.12亿元增加0.34亿元。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    assert numbers_of(found[1], text) == ["7.12亿", "7.46亿", "0.34亿"]
    assert [f.status for f in findings(text.replace("0.34亿", "0.43亿"), "change")][1] is Status.MISMATCH
    # a noun with no year is another group, not a base of this change
    assert findings("全县生均经费1.12万元,比全省平均1.05万元增加0.07万元。", "change") == []


def test_a_base_of_the_cohort_or_term_before(findings, numbers_of):
    # 上届 (the cohort before) and 上学期 (the term before) are bases as 上年 is
    text = "今年全县初中毕业生8,640人,比上届的8,210人增加430人。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    assert numbers_of(found[1], text) == ["8,210", "8,640", "430"]
    term = "本学期学生体质测试优良率为52.4%,较上一学期的54.0%有所提高。"
    [f] = findings(term, "change")
    assert f.status is Status.MISMATCH and numbers_of(f, term) == ["54.0", "52.4"]


def test_a_limit_moved_compares_the_limits(findings):
    # 「由不超过A提高至不超过B」: both ceilings, so the ceilings themselves are the figures that moved
    text = "每生每年申请贷款额度由不超过8000元提高至不超过12000元。"
    [f] = findings(text, "change")
    assert f.status is Status.CONSISTENT
    wrong = "学校体育课时由不少于3课时调整为不少于4课时,课外活动时间由不少于1小时减少到不少于1.5小时。"
    statuses = [g.status for g in findings(wrong, "change")]
    assert Status.MISMATCH in statuses


def test_last_year_s_figure_then_the_span_and_the_verb(findings, numbers_of):
    text = "全县公办园在园幼儿占比达到68.4%,这一比例去年是61.2%,一年提高了7.2个百分点。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT] and numbers_of(found[0], text) == ["61.2", "68.4"]


def test_the_figure_reached_then_what_it_was_before(findings, numbers_of):
    text = "全县标准化考点增加到42个,此前为35个。"
    [f] = findings(text, "change")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["35", "42"]
    wrong = "全市校外培训机构压减到126家,原来为98家。"
    [g] = findings(wrong, "change")
    assert g.status is Status.MISMATCH
    # with a stated amount after it, the amount is checked too
    amount = "乡村学校寄宿床位增至3,600张,之前为3,150张,增加450张。"
    assert [h.status for h in findings(amount, "change")] == [Status.CONSISTENT, Status.CONSISTENT]


def test_rounded_figures_one_last_digit_apart_still_move(findings):
    text = "全县学校近视率由2022年的52.3%降至52.4%。"
    [f] = findings(text, "change")
    assert f.status is Status.MISMATCH
    fine = "全市民办学校在校生占比由7.5%降低到7.4%。"
    [g] = findings(fine, "change")
    assert g.status is Status.CONSISTENT


def test_an_amount_whose_own_verb_goes_the_other_way(findings):
    text = "三年来,全县教学点由52个减少到38个,增加14个。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.MISMATCH]
    assert "增加" in found[1].message
    fine = "全县寄宿制学校由40所增加到46所,增加6所。"
    assert [f.status for f in findings(fine, "change")] == [Status.CONSISTENT, Status.CONSISTENT]


def test_a_duration_shortened_or_lengthened_is_a_change(findings, numbers_of):
    # 缩短/压缩/延长 move a duration as 减少/增加 move a count, with or without 的 after the base
    text = "群众办事平均等待时间从上年的40分钟缩短到25分钟。"
    [f] = findings(text, "change")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["40", "25"]
    [wrong] = findings("审批时限由15个工作日压缩至18个工作日。", "change")
    assert wrong.status is Status.MISMATCH
    [longer] = findings("课后服务时间由每天1.5小时延长为2小时。", "change")
    assert longer.status is Status.CONSISTENT


def test_a_sentence_opening_with_与_a_base_相比_compares_the_figure_it_names(findings, numbers_of):
    # the base opens its sentence; B is the one figure of the sentence before whose clause names 专任教师
    text = "全县现有教职工5,200人,其中专任教师4,380人。与2020年的3,960人相比,专任教师四年增加了420人。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    assert numbers_of(found[0], text) == ["4,380", "3,960"] or numbers_of(found[0], text) == [
        "3,960",
        "4,380",
    ]
    wrong = "全市共有普惠性幼儿园412所,其中公办园268所。与上年的241所相比,公办园增加了37所。"
    assert Status.MISMATCH in [f.status for f in findings(wrong, "change")]


def test_与_a_base_相比_within_one_sentence(findings):
    text = "今年招收新生2.31万人,与去年的2.18万人相比,增加了1300人。"
    assert [f.status for f in findings(text, "change")] == [Status.CONSISTENT, Status.CONSISTENT]


def test_an_amount_beyond_the_target_worded_like_the_actual_figure(findings, numbers_of):
    # 「计划……培训教师1.5万人次」, then 「实际培训教师1.62万人次,比计划多1200人次」: 1.62万 − 1.5万
    text = "年初计划培训教师1.5万人次。截至年底,实际培训教师1.62万人次,比计划多1200人次。"
    [f] = findings(text, "change")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert sorted(numbers_of(f, text)) == sorted(["1.5万", "1.62万", "1200"])
    wrong = "今年目标是新增公办学位8,000个。实际新增公办学位8,650个,比目标超出560个。"
    [g] = findings(wrong, "change")
    assert g.status is Status.MISMATCH


def test_a_bare_comparison_after_the_last_of_several_items_is_of_the_total_when_that_fits(
    findings, numbers_of
):
    # 「其中A、B,比上年的X增加C」: the base may be of the last item or of the total; the total fits, at medium
    for text in (
        "今年全区新招聘教师415名,其中小学教师260名、初中教师155名,比上年的380名增加35名。",
        "全市共认定名师工作室96个,其中省级12个,市级84个,较上年的90个增加6个。",
    ):
        found = findings(text, "change")
        assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT], text
        assert all(f.confidence == "medium" for f in found)
        assert numbers_of(found[0], text)[1] in {"415", "96"}


def test_a_bare_comparison_after_several_items_that_fits_nothing_is_no_mismatch(findings):
    text = "今年全区新招聘教师415名,其中小学教师260名、初中教师155名,比上年的380名增加20名。"
    found = findings(text, "change")
    assert found and all(f.status is Status.UNVERIFIABLE and f.confidence == "medium" for f in found)
    listed = "全区义务教育学校新建食堂两类:小学食堂12个、初中食堂9个,同比上年的18个增加3个。"
    found = findings(listed, "change")  # no total stated: the item pairing stands, as a guess
    assert found and all(f.status is Status.UNVERIFIABLE for f in found)


def test_a_comparison_naming_its_item_or_after_a_lone_item_stays_certain(findings, numbers_of):
    # the clause names what it compares (其中民办园…), or the 其中 picks out one item: the pairing is sure
    named = "全区公办园、民办园分别为52所和31所,其中民办园较上年的36所增加5所。"
    direction = findings(named, "change")[0]
    assert direction.status is Status.MISMATCH and direction.confidence == "high"
    assert numbers_of(direction, named) == ["36", "31"]
    lone = "全县教师5,240人,其中乡村教师3,308人,比去年的3,500人增加192人。"
    assert findings(lone, "change")[0].status is Status.MISMATCH


def test_an_amount_beyond_a_target_written_after_bi(findings, numbers_of):
    # 「B,比计划的A多出C」: B passes its target A by C
    text = "今年为2.35万名学生提供课后托管服务,比计划的2.2万名多出1500名。"
    found = findings(text, "change")
    assert [f.status for f in found] == [Status.CONSISTENT, Status.CONSISTENT]
    assert all(f.confidence == "high" for f in found)
    assert numbers_of(found[1], text) == ["2.2万", "2.35万", "1500"]
    wrong = "全年培训乡村教师3,120人,较目标任务3,000人超出210人。"
    assert [f.status for f in findings(wrong, "change")] == [Status.CONSISTENT, Status.MISMATCH]
    # 少: below the target; a figure above it is a mismatch of the direction
    short = "实际建成学位4,600个,比年初计划的4,800个少200个。"
    assert [f.status for f in findings(short, "change")] == [Status.CONSISTENT, Status.CONSISTENT]
    flipped = "实际建成学位4,900个,比年初计划的4,800个少100个。"
    assert Status.MISMATCH in [f.status for f in findings(flipped, "change")]
