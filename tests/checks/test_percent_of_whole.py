from decimal import Decimal

from edclaims.records import Status

BASE = "全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率{p}。"


def test_consistent_when_part_over_whole_rounds_to_the_percentage(findings):
    [f] = findings(BASE.format(p="75%"), "percent_of_whole")
    assert f.status is Status.CONSISTENT
    assert f.expected == Decimal("75.0")


def test_mismatch_names_the_numbers_and_the_expected_value(findings):
    text = BASE.format(p="57%")
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.MISMATCH
    assert sorted(text[c.q_start : c.q_end] for c in f.claims) == ["150", "200", "57"]
    assert f.stated == Decimal("57") and f.expected == Decimal("75.0") and f.tolerance == Decimal("0.5")


def test_rounding_tolerance_follows_the_stated_decimals(findings):
    text = "全市行政村共4876个,幼儿园覆盖的行政村共4835个,覆盖率{p}。"
    assert findings(text.format(p="99.2%"), "percent_of_whole")[0].status is Status.CONSISTENT
    assert findings(text.format(p="99.3%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_truncated_percentage_is_consistent_with_a_note(findings):
    # 2987 / 3000 = 99.567%: rounding gives 99.6, truncation 99.5
    [f] = findings("全市行政村共3000个,通客车的行政村共2987个,覆盖率99.5%。", "percent_of_whole")
    assert f.status is Status.CONSISTENT
    assert f.note and "truncat" in f.note


def test_redacted_part_is_unverifiable_never_a_mismatch(findings):
    [f] = findings(BASE.format(p="75%").replace("150个", "xx个"), "percent_of_whole")
    assert f.status is Status.UNVERIFIABLE


def test_a_rate_of_change_is_not_a_share(findings):
    assert findings("全市学校共200所,今年新建学校20所,增长10%。", "percent_of_whole") == []


def test_a_whole_written_inside_the_share_is_the_whole(findings, numbers_of):
    text = "今年共有642名教师参加交流轮岗,占符合条件教师3210名的20%,其中骨干教师170名,占交流总人数的26.5%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["20"], text) == ["3210", "642", "20"]
    assert numbers_of(found["26.5"], text) == [
        "642",
        "170",
        "26.5",
    ]  # 3210 is inside 占…的, not the 其中 total
    assert all(f.status is Status.CONSISTENT for f in found.values())
    bad = text.replace("的20%", "的25%")
    assert {numbers_of(f, bad)[-1]: f.status for f in findings(bad, "percent_of_whole")}[
        "25"
    ] is Status.MISMATCH


def test_a_qualifier_after_qizhong_does_not_hide_the_breakdown(findings, numbers_of):
    text = "全县中小学专任教师五千二百四十人,其中35岁以下青年教师一千八百六十人,占百分之三十五点五。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["五千二百四十", "一千八百六十", "三十五点五"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_a_sentence_opening_with_its_set_gives_the_whole_of_every_part(findings, numbers_of):
    text = "全市860所中小学中,配备专职保安的860所,达标率100%;安装报警装置的853所,安装率99.2%;联网的学校812所,联网率94.4%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert {k: numbers_of(f, text)[0] for k, f in found.items()} == {
        "100": "860",
        "99.2": "860",
        "94.4": "860",
    }
    assert all(f.status is Status.CONSISTENT and f.confidence == "high" for f in found.values())
    bad = text.replace("94.4%", "95.4%")
    statuses = {numbers_of(f, bad)[-1]: f.status for f in findings(bad, "percent_of_whole")}
    assert statuses["95.4"] is Status.MISMATCH


def test_whole_part_and_a_rate_named_right_after_are_a_certain_pairing(findings, numbers_of):
    text = "全县义务教育阶段在校生4.4万人,参加课后服务的学生4.12万人,参与率93.6%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["4.4万", "4.12万", "93.6"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("93.6%", "95.6%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_the_rate_of_a_change_is_not_a_share(findings):
    text = "全区学科类校外培训机构由186家压减至9家,压减率95.2%。"
    assert findings(text, "percent_of_whole") == []
    [rate] = findings(text, "growth")
    assert rate.status is Status.CONSISTENT


def test_a_rate_after_a_remainder_belongs_to_the_part_it_names(findings, numbers_of):
    text = "在87所项目学校中,实行食堂供餐的79所,其余8所由企业供餐,食堂供餐率90.8%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["87", "79", "90.8"] and f.status is Status.CONSISTENT


def test_a_sentence_opening_with_its_set_gives_the_whole_of_a_share_in_it(findings, numbers_of):
    text = "今年全市公开招聘中小学和幼儿园教师1,526名。新招聘教师中具有硕士研究生学历的312名,占20.4%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["1,526", "312", "20.4"] and f.status is Status.CONSISTENT
    assert findings(text.replace("20.4%", "24.0%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_the_part_is_found_past_a_comparison_and_its_change(findings, numbers_of):
    text = "全年教育支出38.6亿元,比上年的37.3亿元增加1.3亿元,占一般公共预算支出198.9亿元的19.4%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["198.9亿", "38.6亿", "19.4"] and f.status is Status.CONSISTENT
    assert findings(text.replace("19.4%", "17.4%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_the_part_is_the_figure_before_a_bracket_of_its_own_parts(findings, numbers_of):
    text = "全市中职毕业生1.52万人,其中升学9920人(升入高职8630人、升入本科1290人),升学率65.3%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["1.52万", "9920", "65.3"] and f.status is Status.CONSISTENT


def test_a_rate_takes_the_figure_it_names_over_a_nearer_one(findings, numbers_of):
    text = "全县测试学生2.41万人,其中优秀2870人、良好8215人、及格11630人、不及格1385人,优秀率11.9%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["2.41万", "2870", "11.9"] and f.status is Status.CONSISTENT
    # a rate naming two items (就业升学率) names none of them alone: the nearest figure stands
    both = "今年毕业生9862人,其中就业3418人、升学6105人,合计9523人,就业升学率96.6%。"
    [g] = findings(both, "percent_of_whole")
    assert numbers_of(g, both) == ["9862", "9523", "96.6"]


def test_a_share_of_a_set_named_in_its_clause_has_no_part_to_check(findings):
    text = "全县专任教师1204人,平均每名专任教师对应幼儿15.4人;专任教师中专科及以上学历的占86.3%。"
    assert findings(text, "percent_of_whole") == []


def test_a_growth_rate_between_part_and_share_is_passed_over(findings, numbers_of):
    text = "全市教育经费总投入为86.37亿元。全市一般公共预算教育经费为71.95亿元,比上年的68.66亿元增长8.4%,占教育经费总投入的83.3%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["86.37亿", "71.95亿", "83.3"] and f.status is Status.CONSISTENT


def test_a_reduction_rate_of_the_amount_reduced_is_a_share(findings, numbers_of):
    text = "全区原有的318家学科类培训机构已压减296家,压减率93.1%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["318", "296", "93.1"] and f.status is Status.CONSISTENT
    # 由A压减至B: the rate of a change, left to growth
    assert findings("培训机构由186家压减至9家,压减率95.2%。", "percent_of_whole") == []


def test_part_and_remainder_find_their_whole_anywhere_before(findings, numbers_of):
    text = "问:覆盖了多少学校?\n答:全县142所农村学校全部纳入。\n问:怎样供餐?\n答:采用食堂供餐的学校有131所,占92.3%,其余11所由邻近学校配送。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["142", "131", "92.3"] and f.status is Status.CONSISTENT
    assert "remainder" in (f.pairing or "")
    assert findings(text.replace("92.3%", "93.2%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_a_whole_named_by_its_wording(findings, numbers_of):
    text = "县教育局面向社会公开招聘教师126名,其中高中18名、初中35名。乡村学校岗位87名,占招聘总数的69.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["126", "87", "69.0"] and f.confidence == "high"
    plan = "学院今年计划招生5800人,实际录取6137人,超出计划,完成招生计划的105.8%。"
    [g] = findings(plan, "percent_of_whole")
    assert numbers_of(g, plan) == ["5800", "6137", "105.8"] and g.status is Status.CONSISTENT


def test_an_item_is_no_whole_when_its_total_is_there(findings, numbers_of):
    text = "全县共有学校食堂136个,其中自营食堂121个,其余15个为托管。A级食堂98个,占72.1%。"
    found = [numbers_of(f, text) for f in findings(text, "percent_of_whole")]
    assert ["121", "98", "72.1"] not in found


def test_a_subjectless_part_is_named_by_the_noun_after_it(findings, numbers_of):
    text = "参赛选手2180名,比上届增加500名。经过3天角逐,共有671名选手获奖,获奖率30.8%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["2180", "671", "30.8"] and f.status is Status.CONSISTENT


def test_a_share_naming_an_item_of_the_breakdown_before_it(findings, numbers_of):
    text = (
        "此次共抽测学生24600人。抽测学生中,优秀等级3862人,良好等级8978人,及格等级10504人,不及格1256人。"
        "及格等级占42.7%,不及格等级占5.1%。"
    )
    found = {numbers_of(f, text)[1]: f for f in findings(text, "percent_of_whole")}
    assert found["10504"].status is Status.CONSISTENT and numbers_of(found["10504"], text)[0] == "24600"
    assert found["1256"].status is Status.CONSISTENT
    broken = text.replace("占42.7%", "占47.2%")
    assert Status.MISMATCH in {f.status for f in findings(broken, "percent_of_whole")}


def test_a_share_naming_an_item_takes_it_over_the_nearest_figure(findings, numbers_of):
    text = "全县发放资助资金1.46亿元。分学段看,学前教育1180万元,义务教育5630万元,高等教育2010万元,其中义务教育资助占总额的38.6%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["1.46亿", "5630万", "38.6"] and f.status is Status.CONSISTENT


def test_the_one_figure_within_reach_that_is_no_item_is_a_likely_whole(findings, numbers_of):
    text = (
        "全区适龄残疾儿童少年共287人,其中视力残疾19人、听力残疾31人、其他类别237人。\n"
        "已安置入学281人,入学率97.9%;未入学的6人正在康复。"
    )
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["287", "281", "97.9"] and f.status is Status.CONSISTENT
    # a likely whole is not a certain one: a wrong share is unverifiable, not a mismatch
    [g] = findings(text.replace("97.9%", "79.9%"), "percent_of_whole")
    assert (g.status, g.confidence) == (Status.UNVERIFIABLE, "medium")
    [r] = [r for r in findings(text, "remainder") if numbers_of(r, text)[-1] == "6"]
    assert numbers_of(r, text) == ["287", "281", "6"] and r.status is Status.CONSISTENT


def test_a_rate_named_after_the_part_and_a_comparison_is_right_after_it(findings):
    text = "全县参加高考7342人,本科上线3216人,比上年的2929人增加287人,本科上线率达到43.8%。"
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("43.8%", "48.3%"), "percent_of_whole")[0].status is Status.MISMATCH


def test_a_share_that_rose_is_a_share_of_this_year_s_whole(findings, numbers_of):
    text = "全县现有专任教师3847人,其中本科及以上学历3012人,占78.3%;45岁以下教师2105人,占比由上年的52.6%提高到54.7%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["54.7"], text) == ["3847", "2105", "54.7"]
    assert found["54.7"].status is Status.CONSISTENT
    assert "52.6" not in found  # last year's share has no part stated


def test_shares_of_another_base_or_a_threshold_are_not_checked(findings):
    base = "全省共有幼儿园9874所,其中普惠性幼儿园8916所;按在园幼儿计算,普惠性幼儿园覆盖率为92.6%。"
    assert findings(base, "percent_of_whole") == []
    persons = "全市共有幼儿园862所,其中公办园415所、民办园447所;公办园在园幼儿占比达到52.6%。"
    assert findings(persons, "percent_of_whole") == []
    threshold = "全市12个区县中,有9个区县满意度超过90%,占75%。"
    assert all(f.stated != Decimal("90") for f in findings(threshold, "percent_of_whole"))


def test_a_named_whole_sharing_only_a_generic_word_is_not_it(findings):
    text = "全县乡村教师2146人。今年全县城乡教师交流轮岗213人,占符合交流条件教师的18.2%。"
    assert findings(text, "percent_of_whole") == []


def test_last_year_s_figure_is_no_whole(findings, numbers_of):
    text = "全省教育经费总投入为2863.47亿元,上年为2721.65亿元。其中,国家财政性教育经费为2236.80亿元,占教育经费总投入的78.12%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text)[0] == "2863.47亿" and f.status is Status.CONSISTENT


def test_the_set_a_sentence_opens_with_is_the_whole_of_overlapping_groups(findings, numbers_of):
    text = "最终录用407名。\n录用人员中,女性312名,占76.7%;具有硕士研究生学历的96名,占23.6%。"
    found = sorted(numbers_of(f, text) for f in findings(text, "percent_of_whole"))
    assert found == [["407", "312", "76.7"], ["407", "96", "23.6"]]
    assert all(f.confidence == "high" for f in findings(text, "percent_of_whole"))


def test_a_rate_naming_its_part_s_words_in_the_other_order_takes_that_part(findings, numbers_of):
    text = "全县初中毕业生5000人,升学和就业4800人,其中升入普通高中3000人、直接就业1800人,就业升学率96.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["5000", "4800", "96.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [bad] = findings(text.replace("96.0%", "94.0%"), "percent_of_whole")
    assert bad.status is Status.MISMATCH


def test_the_whole_a_share_names_wins_over_the_total_of_another_name(findings, numbers_of):
    # 7.2万 has a share of its own and is itself a part of 8.0万: the share names it all the same
    text = "全市2025届高校毕业生8.0万人中,已落实去向7.2万人,去向落实率90%。\n从去向看,升学1.8万人,占已落实人数的25.0%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["25.0"], text) == ["7.2万", "1.8万", "25.0"]
    assert found["25.0"].status is Status.CONSISTENT and found["25.0"].confidence == "high"


def test_a_share_naming_its_whole_is_not_of_the_total_its_breakdown_follows(findings, numbers_of):
    text = "本学期资助学生4.86万人,生均1000元。资助名额按在校生16.2万人的30%核定,其中脱贫家庭学生1.2万人,占受助学生的24.7%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["24.7"], text) == ["4.86万", "1.2万", "24.7"]
    assert found["24.7"].status is Status.CONSISTENT


def test_a_named_whole_is_found_among_the_items_of_a_breakdown(findings, numbers_of):
    text = (
        "全区残疾儿童少年400名,入学392名,入学率98.0%。已入学的学生中,在特教学校就读120名、在普通学校随班就读"
        "210名、送教上门62名。\n资源教室服务随班就读学生168名,占随班就读学生总数的80.0%。"
    )
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["80.0"], text) == ["210", "168", "80.0"]
    assert found["80.0"].confidence == "high"
    # 120 (在特教学校就读) could hold 100 too, but shares one word of the name where 210 shares three
    fewer = text.replace("168名,占随班就读学生总数的80.0%", "100名,占随班就读学生总数的47.6%")
    found = {numbers_of(f, fewer)[-1]: f for f in findings(fewer, "percent_of_whole")}
    assert numbers_of(found["47.6"], fewer) == ["210", "100", "47.6"]


def test_the_set_a_part_s_clause_opens_with_is_its_whole(findings, numbers_of):
    text = "全县公开招聘教师600名,其中小学教师350名、初中教师250名。招聘岗位中面向乡村学校的有240名,占40%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["600", "240", "40"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_of_two_figures_worded_like_the_set_the_nearest_in_the_sentence_is_its_whole(findings, numbers_of):
    text = "全县符合轮岗条件的教师2,000名,实际轮岗300名,轮岗比例15.0%;轮岗教师中骨干教师75名,占25.0%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["25.0"], text) == ["300", "75", "25.0"]
    assert found["25.0"].confidence == "high"
    bad_text = text.replace("25.0%", "28.0%")
    bad = {numbers_of(f, bad_text)[-1]: f for f in findings(bad_text, "percent_of_whole")}
    assert bad["28.0"].status is Status.MISMATCH


def test_a_whole_written_inside_the_share_may_count_in_another_word(findings, numbers_of):
    text = "今年分配到校的招生名额4200个,占示范性高中招生计划7500人的56.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["7500", "4200", "56.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [bad] = findings(text.replace("56.0%", "58.0%"), "percent_of_whole")
    assert bad.status is Status.MISMATCH


def test_a_rate_named_like_the_one_before_it_in_the_sentence_shares_its_whole(findings, numbers_of):
    text = (
        "为全区6.4万名中小学生完成体检,超过年度目标6万名。体检显示,近视学生3.2万人,检出率50.0%;"
        "龋齿学生9600人,检出率15.0%。"
    )
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["15.0"], text) == ["6.4万", "9600", "15.0"]
    assert found["15.0"].status is Status.CONSISTENT and found["15.0"].confidence == "high"
    bad_text = text.replace("15.0%", "25.0%")
    bad = {numbers_of(f, bad_text)[-1]: f for f in findings(bad_text, "percent_of_whole")}
    assert bad["25.0"].status is Status.MISMATCH


def test_a_rate_of_the_other_half_of_a_group_does_not_share_its_whole(findings, numbers_of):
    text = "全市城镇适龄儿童1020人。城镇适龄儿童入学1000人,入学率98.0%;农村入学800人,入学率94.1%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert found["98.0"].confidence == "high"
    assert found["94.1"].status is not Status.MISMATCH and found["94.1"].confidence != "high"


def test_a_quota_set_by_a_share_of_a_whole_is_the_figure_worded_like_it(findings, numbers_of):
    text = "本学年奖励学生3000人,每人2000元。奖励名额按在校生1.5万人的20%核定。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["1.5万", "3000", "20"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [bad] = findings(text.replace("3000人", "4000人"), "percent_of_whole")
    assert bad.status is Status.MISMATCH


def test_a_mismatch_that_another_pairing_in_reach_explains_is_that_pairing_at_medium(findings, numbers_of):
    # the rate names no part: the nearest figure (1800, of the 其中 total 4800) gives 37.5%, 4800 of 5000 agrees
    text = "全县初中毕业生5000人,升学和就业4800人,其中升入普通高中3000人、直接就业1800人,去向落实率96.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["5000", "4800", "96.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "medium"
    [bad] = findings(text.replace("96.0%", "93.0%"), "percent_of_whole")
    # no pairing agrees: the nearest one stands, but 去向落实率 names neither 直接就业 nor the total, so it is a
    # guess (medium) and no mismatch
    assert bad.status is Status.UNVERIFIABLE and bad.confidence == "medium"
    assert numbers_of(bad, text.replace("96.0%", "93.0%")) == ["4800", "1800", "93.0"]
    # an integer percentage agrees by chance too easily to let one of this many pairings explain it away
    more = "全县初中毕业生5000人,升学和就业4800人,其中升入普通高中2400人、升入中职1600人、直接就业800人,去向落实率96%。"
    [f] = findings(more, "percent_of_whole")
    assert f.status is Status.UNVERIFIABLE and numbers_of(f, more) == ["4800", "800", "96"]
    assert findings(more.replace("96%", "96.0%"), "percent_of_whole")[0].confidence == "medium"


def test_a_target_written_inside_what_is_done_of_it_is_the_whole(findings, numbers_of):
    text = "全年开展职业技能培训4.2万人次,完成年度目标4万人次的105.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["4万", "4.2万", "105.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [bad] = findings(text.replace("4.2万人次", "6.2万人次"), "percent_of_whole")
    assert bad.status is Status.MISMATCH


def test_a_ratio_named_right_after_its_part_takes_the_one_figure_before(findings, numbers_of):
    text = "全县符合轮岗条件的教师2,000名,实际轮岗300名,轮岗比例15.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["2,000", "300", "15.0"]
    assert f.confidence == "high"
    [bad] = findings(text.replace("15.0%", "18.0%"), "percent_of_whole")
    assert bad.status is Status.MISMATCH


def test_a_threshold_picking_the_part_out_is_passed_over(findings, numbers_of):
    text = "全省16个市中,有12个市优良率超过85%,占75.0%。"
    found = {numbers_of(f, text)[-1]: f for f in findings(text, "percent_of_whole")}
    assert numbers_of(found["75.0"], text) == ["16", "12", "75.0"]
    assert found["75.0"].confidence == "high" and "85" not in found
    bad = text.replace("75.0%", "70.0%")
    assert {numbers_of(f, bad)[-1]: f.status for f in findings(bad, "percent_of_whole")}[
        "70.0"
    ] is Status.MISMATCH


def test_the_figure_a_change_reached_has_the_share_it_is_said_to_have(findings, numbers_of):
    text = "全县现有农村学校120所,其中乡村小规模学校由上年的80所减少到72所,占60.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["120", "72", "60.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("占60.0%", "减少率10.0%"), "percent_of_whole") == []


def test_a_whole_named_at_length_may_stand_paragraphs_before(findings, numbers_of):
    text = "去年全县一般公共预算支出48.0亿元。\n……\n(二)教育。全年教育支出9.6亿元,占一般公共预算支出的20.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["48.0亿", "9.6亿", "20.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_a_whole_smaller_than_the_part_the_rate_names_is_a_mismatch(findings, numbers_of):
    # the rate names the part (答复率 / 已答复, 合格率 / 检查合格): the figures, not the pairing, are wrong
    for text, numbers in (
        ("区教育局共收到家长来信260件,已答复271件,答复率96.2%。", ["260", "271", "96.2"]),
        ("随机抽检校外培训机构120家,检查合格的机构126家,合格率95.0%。", ["120", "126", "95.0"]),
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text) == numbers
        assert f.status is Status.MISMATCH and f.confidence == "high"


def test_a_smaller_figure_the_rate_does_not_name_is_no_whole(findings):
    # 「新建12所……达到86所,覆盖率」: what was new is no whole of the total reached
    for text in (
        "今年新建幼儿园12所,全县幼儿园达到86所,覆盖率92%。",
        "其中民办学校12所。公办学校86所,占87.8%。",
    ):
        assert all(f.status is not Status.MISMATCH for f in findings(text, "percent_of_whole"))


def test_a_share_names_an_item_that_follows_qizhong(findings, numbers_of):
    # 「其中无证办学31起」: the item's label is what follows 其中
    for text, numbers in (
        (
            "全年查处违规办学行为52起,其中无证办学31起、违规收费14起、虚假宣传7起,无证办学占59.6%。",
            ["52", "31", "59.6"],
        ),
        (
            "全市共受理学籍异动申请850件,其中转学申请612件,休学申请171件,复学申请67件。转学申请占72.0%。",
            ["850", "612", "72.0"],
        ),
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text) == numbers
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [bad] = findings(text.replace(numbers[2] + "%", "50.5%"), "percent_of_whole")
        assert bad.status is Status.MISMATCH


def test_a_rate_is_of_the_whole_its_kind_is_reckoned_on(findings, numbers_of):
    # 录取率 of those who applied, 升学率 of the graduates: the one figure worded so, sentences before
    for text, numbers in (
        (
            "今年共有3,260名考生报名参加艺术特长生测试,其中外地考生410名。\n"
            "经专业测试,全市共录取艺术特长生1,108人,录取率34.0%。",
            ["3,260", "1,108", "34.0"],
        ),
        (
            "全县2025届初中毕业生共4,820人,其中男生2,512人。毕业生体质健康测试优良率为52.3%。"
            "普通高中升学3,390人,升学率70.3%。",
            ["4,820", "3,390", "70.3"],
        ),
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text) == numbers
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [bad] = findings(text.replace(numbers[2] + "%", "64.0%"), "percent_of_whole")
        assert bad.status is Status.MISMATCH


def test_a_conventional_whole_that_disagrees_where_another_agrees_is_uncertain(findings, numbers_of):
    # 录取率 may be of the graduates as well as of those who applied: 3000 of 5000 agrees, so no mismatch
    text = "全县初中毕业生5,000人,报名参加中考4,900人。普通高中录取3,000人,录取率60.0%。"
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.CONSISTENT and f.confidence == "medium"


def test_a_named_whole_may_count_in_another_word(findings, numbers_of):
    # places (张, 个) of a plan counted in pupils (人): the share names it; a 合计 is worded by its sentence
    for text, numbers in (
        (
            "今年全区计划招收普通高中新生共计12,400人。\n各校共提供住宿床位9,300张,占招生计划的75.0%。",
            ["12,400", "9,300", "75.0"],
        ),
        (
            "全县需要寄宿的学生共计3,200人。今年新增宿舍床位800张,占寄宿学生总数的25.0%。",
            ["3,200", "800", "25.0"],
        ),
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text) == numbers
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [bad] = findings(text.replace(numbers[2] + "%", "35.0%"), "percent_of_whole")
        assert bad.status is Status.MISMATCH


def test_what_is_done_of_an_item_is_a_share_of_that_item(findings, numbers_of):
    # 「其中,……资金3,250万元,已支付2,600万元,支付率80.0%」: not a share of the total the 其中 breaks down
    text = "全县教育专项资金预算1.52亿元,实际支出1.41亿元。其中,校舍改造项目资金3,250万元,已支付2,600万元,支付率80.0%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["3,250万", "2,600万", "80.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [bad] = findings(text.replace("80.0%", "70.0%"), "percent_of_whole")
    assert bad.status is Status.MISMATCH and numbers_of(bad, text)[0] == "3,250万"
    # a progress named so is a rate (支付进度); one that does not name what is done only a likely share
    progress = text.replace("支付率", "支付进度")
    [f] = findings(progress, "percent_of_whole")
    assert numbers_of(f, progress)[0] == "3,250万" and f.confidence == "high"
    other = text.replace("已支付2,600万元,支付率", "已拨付到校2,600万元,执行进度")
    [f] = findings(other, "percent_of_whole")
    assert numbers_of(f, other)[0] == "3,250万" and f.confidence == "medium"


def test_a_whole_stated_again_is_paired_where_it_is_stated_last(findings):
    # the headline's figure is stated again in the body: the share is paired with the body's figure
    for text in (
        "关于96名中小学教师交流轮岗的公示\n今年全区共有96名中小学教师参加交流轮岗。\n参加交流的教师中,女教师52名,占54.2%。",
        "关于公布156名市级骨干教师的公示\n经评审,全市共认定市级骨干教师156名。\n认定的骨干教师中,农村学校教师63名,占40.4%。",
    ):
        [f] = findings(text, "percent_of_whole")
        whole = f.claims[0]
        assert whole.q_start == text.rindex(text[whole.q_start : whole.q_end]) > text.index("\n")
        assert f.status is Status.CONSISTENT


def test_a_share_that_names_its_own_group_is_no_share_of_the_figure_before(findings):
    # the women's share is of all staff, not of the 215 senior teachers stated right before it
    for text in (
        "全校教职工860人,其中高级职称教师215名;女教职工所占比例为64.2%,男教职工所占比例为35.8%。",
        "全县普通高中在校生9,600人,其中艺术特长生480人,女生占比51.3%。",
    ):
        assert all(f.status is not Status.MISMATCH for f in findings(text, "percent_of_whole"))


def test_a_share_that_names_an_item_pairs_with_that_item(findings, numbers_of):
    # the group named (祖辈监护) is the first item, not the nearest one (230)
    text = "全县留守儿童2,400人,其中由祖辈监护1,560人、由亲友监护610人、由其他人监护230人;祖辈监护占{p}。"
    [f] = findings(text.format(p="65.0%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="65.0%")) == ["2,400", "1,560", "65.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [bad] = findings(text.format(p="56.0%"), "percent_of_whole")
    assert bad.status is Status.MISMATCH
    worded = "全县民办幼儿园共120所,其中普惠性民办园84所,普惠性民办园的比例为70.0%。"
    [same] = findings(worded, "percent_of_whole")
    assert numbers_of(same, worded) == ["120", "84", "70.0"] and same.status is Status.CONSISTENT


def test_an_average_is_never_the_whole(findings, numbers_of):
    # 6.4 is what each school had on average: the share is of the 612 buildings inspected
    for text in (
        "全县共排查校舍612栋,校均排查6.4栋。经鉴定,需加固的校舍xx栋,占排查总数的3.1%。",
        "全县共排查校舍612栋,平均每校排查6.4栋。经鉴定,需加固的校舍xx栋,占排查总数的3.1%。",
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text)[0] == "612" and f.status is Status.UNVERIFIABLE


def test_a_set_named_again_is_the_whole_even_with_a_share_of_its_own(findings, numbers_of):
    text = "全市中职在校生3.2万人,其中寄宿生1.44万人,占45.0%。寄宿生中,来自农村的4320人,农村生源比例为{p}。"
    found = {
        numbers_of(f, text.format(p="30.0%"))[-1]: f
        for f in findings(text.format(p="30.0%"), "percent_of_whole")
    }
    assert numbers_of(found["30.0"], text.format(p="30.0%")) == ["1.44万", "4320", "30.0"]
    assert found["30.0"].confidence == "high"
    bad = {
        numbers_of(f, text.format(p="33.0%"))[-1]: f
        for f in findings(text.format(p="33.0%"), "percent_of_whole")
    }
    assert bad["33.0"].status is Status.MISMATCH


def test_a_share_of_the_whole_area_is_of_the_figure_stated_for_it(findings, numbers_of):
    # 农村学生 is an item of the boarders (3.0万), but the share names all of the city's pupils
    text = "全市高中在校生4.8万人,其中住校生3.0万人。住校生中,农村学生1.2万人,城镇学生1.8万人。农村学生占全市高中在校生的{p}。"
    [f] = findings(text.format(p="25.0%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="25.0%")) == ["4.8万", "1.2万", "25.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_what_is_done_of_a_figure_with_its_own_share(findings, numbers_of):
    for text, whole in (
        ("经排查,需要整改的消防隐患40处,占排查点位的8.0%。目前已整改到位36处,整改率90.0%。", "40"),
        ("全县需改造的旱厕120座,占总数的15%;截至10月底,已改造108座,改造率90%。", "120"),
    ):
        done = [f for f in findings(text, "percent_of_whole") if numbers_of(f, text)[-1].startswith("90")]
        assert [numbers_of(f, text)[0] for f in done] == [whole]
        assert done[0].status is Status.CONSISTENT and done[0].confidence == "high"


def test_an_item_named_by_the_head_word_of_the_share(findings, numbers_of):
    # 本科招生 and 本科层次 share only their head word; the nearest figure (专科) is not the part
    text = "今年计划招生2.4万人,其中本科层次1.1万人、专科层次1.3万人,本科招生占{p}。"
    [f] = findings(text.format(p="45.8%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="45.8%")) == ["2.4万", "1.1万", "45.8"] and f.confidence == "high"
    [bad] = findings(text.format(p="40.0%"), "percent_of_whole")
    assert bad.status is Status.MISMATCH


def test_names_and_figures_given_respectively(findings, numbers_of):
    text = (
        "今年资助资金共5.2亿元,用于学前教育、义务教育、普通高中及其他四个方面,分别为0.8亿元、2.6亿元、1.2亿元和"
        "0.6亿元,其中义务教育占资助资金的{p}。"
    )
    [f] = [f for f in findings(text.format(p="50.0%"), "percent_of_whole")]
    assert numbers_of(f, text.format(p="50.0%")) == ["5.2亿", "2.6亿", "50.0"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_a_share_of_the_target_is_of_the_figure_stated_as_planned(findings, numbers_of):
    for text, whole, part in (
        ("今年计划改造薄弱学校40所。截至年底,40所学校全部完工,完成年度目标的100%。", "40", "40"),
        ("全年计划培训乡村教师1.2万人次。实际培训1.26万人次,完成年度目标任务的105%。", "1.2万", "1.26万"),
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text)[:2] == [whole, part]
        assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_a_set_alone_in_the_first_clause_names_a_whole_paragraphs_back(findings, numbers_of):
    # the set (受助学生) names the lead's figure two paragraphs up: found, but only a medium-confidence guess
    lead = "全年共资助学生8.6万人次,发放资金1.2亿元。\n分学段看,学前教育0.2亿元,义务教育0.5亿元。\n"
    for share in ("受助学生中,残疾学生0.43万人次,占{p}。", "受助学生中:残疾学生0.43万人次,所占比例为{p}。"):
        text = lead + share
        [f] = findings(text.format(p="5.0%"), "percent_of_whole")
        assert numbers_of(f, text.format(p="5.0%")) == ["8.6万", "0.43万", "5.0"]
        assert f.status is Status.CONSISTENT and f.confidence == "medium"
        [guess] = findings(text.format(p="7.0%"), "percent_of_whole")
        assert guess.status is Status.UNVERIFIABLE


def test_a_part_larger_than_the_set_it_is_counted_in_is_a_mismatch(findings, numbers_of):
    # the clause itself says the part is counted in the set (…中), so a whole smaller than the part is a typo
    for text, whole, part in (
        ("在幼小衔接方面,全县52所幼儿园中已有78所与就近小学建立结对关系,占73.1%。", "52", "78"),
        ("全市126所初中学校中,有148所配备了心理健康教师,占92.1%。", "126", "148"),
    ):
        [f] = findings(text, "percent_of_whole")
        assert numbers_of(f, text)[:2] == [whole, part] and f.status is Status.MISMATCH
    # 「126所初中,」 names no set: no pairing is sure enough for a mismatch
    text = "全市126所初中,有148所配备了心理健康教师,占92.1%。"
    assert all(f.status is not Status.MISMATCH for f in findings(text, "percent_of_whole"))


def test_a_second_cut_in_a_qizhong_sentence_is_of_the_figure_before(findings, numbers_of):
    # after the breakdown by school stage, 「;」 opens another cut of the same 156 posts
    for opener in ("其中", "这其中,"):
        text = (
            f"全县今年招聘教师156名,比上年增加24名。{opener}高中24名、初中45名、小学63名、幼儿园24名;"
            "面向乡村学校的岗位98名,占{p}。"
        )
        [f] = findings(text.format(p="62.8%"), "percent_of_whole")
        assert numbers_of(f, text.format(p="62.8%")) == ["156", "98", "62.8"] and f.confidence == "high"
        [bad] = findings(text.format(p="72.8%"), "percent_of_whole")
        assert bad.status is Status.MISMATCH


def test_a_share_of_all_of_them_is_of_the_figure_stated_as_a_total(findings, numbers_of):
    for text, whole, part in (
        (
            "全年累计开展送教活动,共组织教师培训6,300人次。其中市级培训1,450人次,县级培训2,120人次。"
            "乡村教师参训3,780人次,占全部参训人次的{p}。",
            "6,300",
            "3,780",
        ),
        (
            "今年全县共有1,840名教师参加继续教育。其中,参加国家级培训的212名,参加省级培训的386名。"
            "乡村教师参加培训1,104名,占所有参训教师的{p}。",
            "1,840",
            "1,104",
        ),
    ):
        [f] = findings(text.format(p="60.0%"), "percent_of_whole")
        assert numbers_of(f, text.format(p="60.0%"))[:2] == [whole, part]
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [bad] = findings(text.format(p="66.0%"), "percent_of_whole")
        assert bad.status is Status.MISMATCH


def test_a_rate_opening_its_sentence_names_a_part_of_the_sentence_before(findings, numbers_of):
    for rate in ("专升本升学率为{p}", "参军入伍率{p}"):
        stem = "专升本升学" if rate.startswith("专") else "参军入伍"
        text = (
            "该校2025届毕业生共3,200人。从去向看,协议就业2,240人,"
            f"{stem}640人,自主创业58人。" + rate + ",高于全省平均水平。"
        )
        ok = text.format(p="20.0%")
        done = [f for f in findings(ok, "percent_of_whole") if numbers_of(f, ok)[-1] == "20.0"]
        assert [numbers_of(f, ok)[:2] for f in done] == [["3,200", "640"]]


def test_a_share_of_the_target_task(findings, numbers_of):
    # 占…目标任务的 is a share of the plan, not a comparison with it; an unworded plan is a medium guess
    text = "全市计划新增公办学位1.5万个。截至年底,已新增1.38万个,占年度目标任务的{p}。"
    [f] = findings(text.format(p="92%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="92%")) == ["1.5万", "1.38万", "92"] and f.confidence == "high"
    text = (
        "今年新建幼儿园12所,新增学位3600个。截至10月底,已投用幼儿园9所,提供学位2700个,占全年目标任务的{p}。"
    )
    [f] = findings(text.format(p="75.0%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="75.0%"))[:2] == ["3600", "2700"] and f.confidence == "medium"
    [guess] = findings(text.format(p="85.0%"), "percent_of_whole")
    assert guess.status is Status.UNVERIFIABLE


def test_a_rate_naming_the_breakdowns_total_is_no_share_of_its_last_item(findings):
    # 筛查/体检 is what the total counts: the coverage is of a whole the release does not state, so the last
    # item (高中 / 女生) is no part of it
    for text in (
        "今年共为全县学生开展视力筛查2.46万人,其中小学1.31万人、初中0.72万人、高中0.43万人,筛查覆盖率100%。",
        "全区完成学生健康体检12,400人次,其中男生6,300人次,女生6,100人次,体检率达98.5%。",
    ):
        assert findings(text, "percent_of_whole") == [], text


def test_a_rate_naming_neither_the_last_item_nor_the_total_pairs_at_medium(findings, numbers_of):
    # 「其中……高中……,达标率」: the rate may be of 高中 or of all the schools: never a mismatch
    text = "全县现有中小学校120所,其中小学78所、初中30所、高中12所,达标率95.8%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["120", "12", "95.8"]
    assert f.status is Status.UNVERIFIABLE and f.confidence == "medium"


def test_a_rate_naming_the_last_item_is_still_its_share_of_the_total(findings, numbers_of):
    text = "全县参加体质测试学生8,000人,其中合格7,200人、不合格800人,不合格率{p}。"
    [f] = findings(text.format(p="10%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="10%")) == ["8,000", "800", "10"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [f] = findings(text.format(p="12%"), "percent_of_whole")
    assert f.status is Status.MISMATCH


def test_a_year_naming_a_cohort_is_no_part_of_its_rate(findings, numbers_of):
    # 「2025届」, 「2023级」 name a cohort: the rate is the cohort's, its part and whole stated elsewhere or not
    for text in (
        "西山职业学院2025届毕业生年度报告\n学院2025届毕业生初次就业率为93.4%,较上届有所提高。",
        "2023级新生报到情况\n全校2023级新生报到率达98.2%。",
    ):
        assert findings(text, "percent_of_whole") == [], text
    text = "学校2025届毕业生共4,210人,已就业3,932人,就业率93.4%。学院2025届毕业生满意度为91.5%。"
    [f] = findings(text, "percent_of_whole")
    assert numbers_of(f, text) == ["4,210", "3,932", "93.4"] and f.status is Status.CONSISTENT


def test_a_share_opening_with_qizhong_is_of_the_total_right_before_it(findings, numbers_of):
    # the items are listed first, then their total, then 「其中X占」: the share is of that total
    for text, numbers in (
        (
            "全县在普通学校随班就读残疾学生1,260人、送教上门380人,特殊教育学校在校生940人,三类合计2,580人,"
            "其中随班就读占{p}。",
            ["2,580", "1,260"],
        ),
        ("全市今年新建改扩建幼儿园:公办园46所、民办普惠园29所,共计75所;其中公办园占{p}。", ["75", "46"]),
    ):
        ok = text.format(p="48.8%" if "随班" in text else "61.3%")
        [f] = findings(ok, "percent_of_whole")
        assert numbers_of(f, ok)[:2] == numbers and f.status is Status.CONSISTENT and f.confidence == "high"
        [f] = findings(text.format(p="58.8%"), "percent_of_whole")
        assert f.status is Status.MISMATCH


def test_a_rate_right_after_a_stated_total_is_of_that_total_and_the_part_before_it(findings, numbers_of):
    for text, numbers, p_ok in (
        (
            "截至目前,全县已有296个行政村建成村级幼儿园。全县共有行政村320个,覆盖率为{p}。",
            ["320", "296"],
            "92.5%",
        ),
        ("今年以来已完成校舍抗震加固31栋,全市需加固校舍合计39栋,完成率{p}。", ["39", "31"], "79.5%"),
    ):
        [f] = findings(text.format(p=p_ok), "percent_of_whole")
        assert numbers_of(f, text.format(p=p_ok))[:2] == numbers
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [f] = findings(text.format(p="85.3%"), "percent_of_whole")
        assert f.status is Status.MISMATCH


def test_a_rate_after_a_total_pairs_at_medium_with_a_figure_neither_done_nor_worded_so(findings):
    text = "全县新建乡村学校少年宫12所。全县中小学共60所,午餐供应率达30%。"
    [f] = findings(text, "percent_of_whole")
    assert f.confidence == "medium" and f.status is Status.UNVERIFIABLE


def test_a_rate_stated_before_its_part_is_of_the_figure_it_names_after_it(findings, numbers_of):
    # the whole, then the rate, then the part the rate names: in the next clause or opening the next sentence
    for text, numbers, p_ok in (
        ("全县参加学业水平考试的初中毕业生8,640人,合格率{p},合格学生8,260人。", ["8,640", "8,260"], "95.6%"),
        (
            "本学期全区共抽查食堂从业人员2,400人,健康证持证率{p}。持证人员2,364人,未持证的36人已停岗。",
            ["2,400", "2,364"],
            "98.5%",
        ),
    ):
        [f] = findings(text.format(p=p_ok), "percent_of_whole")
        assert numbers_of(f, text.format(p=p_ok))[:2] == numbers
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [f] = findings(text.format(p="90.5%"), "percent_of_whole")
        assert f.status is Status.MISMATCH


def test_a_rate_before_a_figure_it_does_not_name_or_after_two_figures_is_not_paired_forward(findings):
    for text in (
        "全县参加学业水平考试的初中毕业生8,640人,合格率90.5%,其余学生8,260人参加补考。",
        "全区中小学47所、学生4.2万人,智慧课堂覆盖率89.4%,覆盖学生3.1万人。",
    ):
        assert findings(text, "percent_of_whole") == [], text


def test_those_who_received_are_the_figure_the_verb_was_done_to(findings, numbers_of):
    # 受助 / 受训: those the clause 资助 / 培训 (a verb ending in the same word), named by the figure's noun
    for text, numbers, p_ok in (
        (
            "今年全县共资助家庭经济困难学生3,200人,发放助学金480万元。"
            "受助学生中,脱贫家庭学生1,150人,占受助学生总数的{p}。",
            ["3,200", "1,150"],
            "35.9%",
        ),
        (
            "全市今年组织培训乡村教师2.4万人次。\n受训教师中,骨干教师0.6万人次,占受训教师的{p}。",
            ["2.4万", "0.6万"],
            "25%",
        ),
    ):
        [f] = findings(text.format(p=p_ok), "percent_of_whole")
        assert numbers_of(f, text.format(p=p_ok))[:2] == numbers
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [f] = findings(text.format(p="45.9%"), "percent_of_whole")
        assert f.status is Status.MISMATCH
    # a figure the verb was not done to is no whole of those who received
    text = "全县在校学生3,200人。受助学生中,脱贫家庭学生1,150人,占受助学生总数的45.9%。"
    assert [f for f in findings(text, "percent_of_whole") if f.status is Status.MISMATCH] == []


def test_shares_given_respectively_pair_with_the_items_in_order(findings, numbers_of):
    for text, items, ok, bad in (
        (
            "全县中小学专任教师5,400名,其中本科学历4,050名、研究生学历270名,分别占{a}、{b}。",
            ["4,050", "270"],
            ("75%", "5%"),
            ("75%", "8%"),
        ),
        (
            "全市共有幼儿园820所,其中公办园410所,普惠性民办园287所,分别占全市幼儿园总数的{a}和{b}。",
            ["410", "287"],
            ("50.0%", "35.0%"),
            ("53.0%", "35.0%"),
        ),
    ):
        good = text.format(a=ok[0], b=ok[1])
        found = findings(good, "percent_of_whole")
        assert [numbers_of(f, good)[1] for f in found] == items
        assert all(f.status is Status.CONSISTENT and f.confidence == "high" for f in found)
        wrong = text.format(a=bad[0], b=bad[1])
        assert [f.status for f in findings(wrong, "percent_of_whole")].count(Status.MISMATCH) == 1


def test_a_share_written_with_its_unit_before_the_number_reads_as_one_written_after(findings, numbers_of):
    # 「完成年度目标的百分之四十五点五」 is 「完成年度目标的45.5%」: the target named before the unit is the whole
    text = "今年计划新增公办学位6,000个。截至6月底,已新增学位2,730个,完成年度目标的百分之{p}。"
    [f] = findings(text.format(p="四十五点五"), "percent_of_whole")
    assert numbers_of(f, text.format(p="四十五点五"))[:2] == ["6,000", "2,730"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [f] = findings("全县计划培训乡村教师800人次,实际培训720人次,完成计划的百分之九十二。", "percent_of_whole")
    assert f.status is Status.MISMATCH


def test_a_duration_per_day_or_week_is_no_part_of_the_share(findings, numbers_of):
    # 「每天……1小时」, 「每周不少于2课时」 describe what the part does; the count before it is the part
    for text in (
        "全县64所学校中,61所落实每天校内外各1小时体育活动,落实率{p}。",
        "在全区64所中小学中,有61所开设每周不少于2课时的心理健康课,开设率为{p}。",
    ):
        [f] = findings(text.format(p="95.3%"), "percent_of_whole")
        assert numbers_of(f, text.format(p="95.3%"))[:2] == ["64", "61"]
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [f] = findings(text.format(p="93.5%"), "percent_of_whole")
        assert f.status is Status.MISMATCH
    # the whole written inside the share, past the duration
    text = "全市1,126所中小学校保证学生每天在校锻炼不少于2小时,占中小学校总数1,187所的{p}。"
    [f] = findings(text.format(p="94.9%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="94.9%"))[:2] == ["1,187", "1,126"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_a_rate_names_the_verb_right_after_its_part(findings, numbers_of):
    # 「10所已全部开工,开工率100%」: the rate is what the part's clause says of it, after the figure
    text = "今年计划新建公办幼儿园10所。目前{n}所已全部开工,开工率100%。"
    [f] = findings(text.format(n=10), "percent_of_whole")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [f] = findings(text.format(n=9), "percent_of_whole")
    assert f.status is Status.MISMATCH
    # named so, a whole smaller than the part is still the whole: the figures are wrong
    text = "全县87所农村学校均实施营养改善计划。其中{n}所学校实行食堂集中供餐,食堂供餐率96.6%。"
    [f] = findings(text.format(n=84), "percent_of_whole")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [f] = findings(text.format(n=94), "percent_of_whole")
    assert f.status is Status.MISMATCH


def test_a_target_is_the_one_figure_within_reach_worded_as_the_part(findings, numbers_of):
    # 「新增学位4,200个……新增学位3,480个,占全年目标任务的」: the figure counting what the part counts is the target
    for text in (
        "今年确定的民生实事项目包括新建校舍12栋、新增学位4,200个。目前已竣工学校新增学位3,480个,"
        "占全年目标任务的{p}。",
        "市政府把新增托位1,500个列入年度民生实事。截至10月底,各区已新增托位1,350个,完成年度目标的{p}。",
    ):
        good = text.format(p="82.9%" if "4,200" in text else "90%")
        [f] = findings(good, "percent_of_whole")
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        [f] = findings(text.format(p="72.9%"), "percent_of_whole")
        assert f.status is Status.MISMATCH
    # a figure worded otherwise stays a guess
    text = "今年全市公办幼儿园在园幼儿4,200个。目前已新增学位3,480个,占全年目标任务的92.9%。"
    [f] = findings(text, "percent_of_whole")
    assert f.status is Status.UNVERIFIABLE and f.confidence == "medium"


def test_a_rate_of_what_was_found_is_of_those_inspected(findings, numbers_of):
    # 发现率 / 检出率 is reckoned on what was inspected (抽查, 检查), before a larger figure of the same subject,
    # even when that figure has a share of its own
    text = (
        "全省中小学校食堂1.38万个。今年随机抽查食堂{n}个,占全部食堂的{s},"
        "发现存在问题的食堂316个,问题发现率11.4%。"
    )
    good = text.format(n="2,760", s="20%")
    found = [f for f in findings(good, "percent_of_whole") if numbers_of(f, good)[1] == "316"]
    assert numbers_of(found[0], good)[0] == "2,760"
    assert found[0].status is Status.CONSISTENT and found[0].confidence == "high"
    wrong = text.format(n="2,860", s="20.7%")
    found = [f for f in findings(wrong, "percent_of_whole") if numbers_of(f, wrong)[1] == "316"]
    assert numbers_of(found[0], wrong)[0] == "2,860" and found[0].status is Status.MISMATCH
    [f] = findings("今年共检查校外培训机构1,240家,查处违规机构93家,查处率8.5%。", "percent_of_whole")
    assert f.status is Status.MISMATCH


def test_a_whole_named_by_the_share_or_the_sentence_is_kept_when_smaller_than_the_part(findings, numbers_of):
    # the share names its whole (占计划投资的), or the sentence opens with the set the part is in (录用人员中,):
    # a part larger than it means the figures are wrong
    for text in (
        "全市计划投资12.6亿元。截至9月,已完成投资{n}亿元,占计划投资的78.6%。",
        "今年实际录用新教师508名。录用人员中,女性392人、男性116人;研究生学历{n}人,所占比例为28.1%。",
    ):
        good = text.format(n="9.9" if "投资" in text else "143")
        [f] = [f for f in findings(good, "percent_of_whole") if numbers_of(f, good)[1] in {"9.9亿", "143"}]
        assert f.status is Status.CONSISTENT and f.confidence == "high"
        wrong = text.format(n="13.1" if "投资" in text else "743")
        [f] = [f for f in findings(wrong, "percent_of_whole") if numbers_of(f, wrong)[1] in {"13.1亿", "743"}]
        assert f.status is Status.MISMATCH


def test_items_listed_side_by_side_are_no_agreeing_pairing(findings, numbers_of):
    # 「直接就业1,250人、升学500人,升学率40.0%」: 500 of 1,250 agrees by chance; listed items hold no share of each other
    text = "全校毕业生共2,000人,其中直接就业1,250人、升学500人,升学率{p}。"
    [f] = findings(text.format(p="40.0%"), "percent_of_whole")
    assert numbers_of(f, text.format(p="40.0%"))[:2] == ["2,000", "500"] and f.status is Status.MISMATCH
    # items clauses apart may be nested: 1.22万 of 1.95万 stays an agreeing pairing, never a mismatch
    text = "全市普通高中计划招生24,300人。其中优质高中招生1.95万人,定向分配到初中学校的名额1.22万人,占62.6%。"
    assert [f for f in findings(text, "percent_of_whole") if f.status is Status.MISMATCH] == []
