from decimal import Decimal

from edclaims.records import Status


def _statuses(found):
    return [f.status for f in found]


def test_two_complementary_shares_add_up_to_100(findings, numbers_of):
    text = "全市在校生中,城镇学生占42.5%,农村学生占57.5%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["42.5", "57.5"]


def test_complementary_shares_short_of_100_are_a_mismatch(findings):
    [f] = findings("全市在校生中,城镇学生占42.5%,农村学生占56.5%。", "share_sum")
    assert f.status is Status.MISMATCH
    assert f.expected == Decimal("99.0") and f.stated == Decimal(100) and f.tolerance == Decimal("0.10")


def test_respectively_list_with_shared_head(findings):
    assert _statuses(findings("城镇、农村学生分别占42.5%、57.5%。", "share_sum")) == [Status.CONSISTENT]
    assert _statuses(findings("城镇、农村学生占比分别为42.5%、56.5%。", "share_sum")) == [Status.MISMATCH]


def test_other_complements_and_counts_between(findings):
    assert _statuses(findings("在校生中,男生占51.3%,女生占48.7%。", "share_sum")) == [Status.CONSISTENT]
    assert _statuses(findings("全市中小学校中,公办学校占比82.4%,民办学校占比17.6%。", "share_sum")) == [
        Status.CONSISTENT
    ]
    text = "城镇学生12万人,占42.5%;农村学生16.2万人,占55.5%。"
    assert _statuses(findings(text, "share_sum")) == [Status.MISMATCH]


def test_rounding_of_every_part_is_allowed(findings):
    # 35 + 64 = 99, but two whole percentages may each be half a point off
    assert _statuses(findings("男、女教师分别占35%、64%。", "share_sum")) == [Status.CONSISTENT]


def test_an_explicit_rest_item_makes_the_list_exhaustive(findings):
    text = "义务教育学校中,寄宿制学校占35.2%,其余学校占64.8%。"
    assert _statuses(findings(text, "share_sum")) == [Status.CONSISTENT]
    text = "义务教育学校中,寄宿制学校占35.2%,其余学校占60.8%。"
    assert _statuses(findings(text, "share_sum")) == [Status.MISMATCH]


def test_parts_of_a_stated_share(findings):
    text = "A类学校占12.3%,B类学校占8.1%,两类合计占20.4%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.stated == Decimal("20.4")
    text = "A类学校占12.3%,B类学校占8.1%,两类合计占21.4%。"
    assert _statuses(findings(text, "share_sum")) == [Status.MISMATCH]


def test_a_total_the_sum_family_checks_is_left_to_it(findings):
    text = "其中A类学校占12.3%、B类学校占8.1%,合计20.4%。"
    assert findings(text, "share_sum") == []
    assert _statuses(findings(text, "sum")) == [Status.CONSISTENT]


def test_a_list_not_known_to_cover_the_whole_is_never_a_mismatch(findings):
    # 普惠性民办园 is not all 民办园: the two need not add up to 100%
    assert findings("公办园在园幼儿占57.6%,普惠性民办园在园幼儿占34%。", "share_sum") == []
    # overlapping groups
    assert findings("全市专任教师中,女教师占65%,党员教师占50%。", "share_sum") == []
    # a 分别 list without an exhaustive cue: consistent when it adds up, silent when it does not
    [listed] = findings("小学、初中、高中学生分别占38%、35%、27%。", "share_sum")
    assert listed.status is Status.CONSISTENT and listed.confidence == "medium"
    assert findings("小学、初中、高中学生分别占38%、35%、17%。", "share_sum") == []


def test_shares_of_different_wholes_or_years_are_never_summed(findings):
    assert findings("2020年,城镇学生占42.5%,2021年,农村学生占55.5%。", "share_sum") == []
    text = "城镇学生占城镇常住人口的12.5%,农村学生占农村常住人口的15.5%。"
    assert findings(text, "share_sum") == []
    assert findings("城镇、农村学校的寄宿生分别占其在校生的12%、35%。", "share_sum") == []


def test_redacted_share_is_unverifiable(findings):
    assert _statuses(findings("城镇学生占x.x%,农村学生占57.5%。", "share_sum")) == [Status.UNVERIFIABLE]


def test_shares_after_qizhong_of_a_count_split_the_subgroup(findings):
    # 其中 after a count (not a share): 男生 and 女生 split the 12.0万 城镇学生
    text = "全市城镇学生12.0万人,其中男生占52.0%,女生占48.0%。"
    assert _statuses(findings(text, "share_sum")) == [Status.CONSISTENT]
    text = "全市城镇学生12.0万人,其中男生占52.0%,女生占46.0%。"
    assert _statuses(findings(text, "share_sum")) == [Status.MISMATCH]


def test_shares_of_a_named_set_close_to_100_are_all_of_it(findings):
    text = "在已入学学生中,随班就读占48.4%,在特殊教育学校就读占35.6%,接受送教上门服务占16.0%。"
    assert [f.status for f in findings(text, "share_sum")] == [Status.CONSISTENT]
    [f] = findings(text.replace("16.0%", "15.0%"), "share_sum")
    assert f.status is Status.MISMATCH and "one set" in f.message
    # far from 100 %: a group may be left out, nothing is said
    assert findings(text.replace("16.0%", "6.0%"), "share_sum") == []


def test_shares_split_by_one_criterion_may_not_pass_100(findings):
    text = "从服务内容看,作业辅导类课程占38%,体育艺术类占41%,科技阅读类占23%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.MISMATCH and "criterion" in f.message
    # well short of 100 %: those listed may be only some (毕业去向 of all graduates, only the placed ones)
    partial = "从去向构成看,协议就业占毕业生总数的58.3%,升学占17.6%,灵活就业占14.9%。"
    assert findings(partial, "share_sum") == []


def test_x_and_非x_cover_the_whole(findings):
    text = "其中,国家财政性教育经费152.68亿元,占81.90%;非国家财政性教育经费33.74亿元,占18.10%。"
    assert [f.status for f in findings(text, "share_sum")] == [Status.CONSISTENT]
    assert [f.status for f in findings(text.replace("18.10%", "19.10%"), "share_sum")] == [Status.MISMATCH]


def test_a_合计_share_with_none_before_it_is_a_share_of_its_own(findings):
    text = "抽测学生中,优秀和良好等级合计占52.2%,及格等级占42.7%,不及格等级占5.1%。"
    assert [f.status for f in findings(text, "share_sum")] == [Status.CONSISTENT]


def test_a_依次_list_ending_in_its_rest_covers_the_whole(findings, numbers_of):
    text = (
        "全县教育经费总投入中,学前教育、义务教育、高中阶段教育和其他教育经费依次占12.4%、61.3%、20.8%和5.5%。"
    )
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["12.4", "61.3", "20.8", "5.5"]
    assert _statuses(findings(text.replace("61.3%", "67.3%"), "share_sum")) == [Status.MISMATCH]


def test_the_grades_of_one_scale_close_to_100_are_all_of_it(findings, numbers_of):
    # 不满意 negates the 满意 of the other answers: together they are every answer
    text = "问卷显示,表示“非常满意”的占52.6%,“比较满意”的占30.2%,“基本满意”的占13.1%,“不满意”的占4.6%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.MISMATCH and f.expected == Decimal("100.5")
    assert numbers_of(f, text) == ["52.6", "30.2", "13.1", "4.6"]
    assert _statuses(findings(text.replace("4.6%", "4.1%"), "share_sum")) == [Status.CONSISTENT]
    # far from 100 an answer may be left out (「一般」): nothing to say
    assert findings("调查中,表示满意的占82.5%,表示不满意的占3.1%。", "share_sum") == []
    # 及格 is a grade, not 及 between two items
    grades = "抽测结果显示,达到优秀、良好、及格、不及格等级的分别占21.4%、38.2%、33.9%、6.5%。"
    [g] = findings(grades, "share_sum")
    assert g.status is Status.CONSISTENT and g.confidence == "high"


def test_weights_counted_into_a_total_score_add_up_to_100(findings, numbers_of):
    text = "笔试成绩和面试成绩分别按50%、50%折算计入总成绩。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["50", "50"]
    [wrong] = findings(text.replace("50%、50%", "50%、60%"), "share_sum")
    assert wrong.status is Status.MISMATCH and "weights of one total score" in wrong.message
    score = "总成绩中笔试成绩占70%、面试成绩占30%。"
    assert _statuses(findings(score, "share_sum")) == [Status.CONSISTENT]
    assert _statuses(findings(score.replace("30%", "40%"), "share_sum")) == [Status.MISMATCH]


def test_a_whole_made_of_the_parts_named_before_its_shares(findings, numbers_of):
    text = "综合素质评价由过程性评价和终结性评价组成,分别占30%和70%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert _statuses(findings(text.replace("70%", "60%"), "share_sum")) == [Status.MISMATCH]
    # three parts named, two shares: not the parts of that whole
    three = "综合素质评价由过程性评价、阶段性评价和终结性评价组成,分别占30%和60%。"
    assert all(g.status is not Status.MISMATCH for g in findings(three, "share_sum"))


def test_a_subtotal_inside_a_run_of_shares_does_not_end_it(findings, numbers_of):
    text = "表示“满意”的占48.2%,“比较满意”的占35.1%,两项合计83.3%;“一般”占12.6%,“不满意”占4.1%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["48.2", "35.1", "12.6", "4.1"]
    assert _statuses(findings(text.replace("“一般”占12.6%", "“一般”占13.6%"), "share_sum")) == [
        Status.MISMATCH
    ]


def test_quoted_answers_written_one_after_another_are_a_list(findings):
    # the grades of one scale, quoted without 、 between them: 57.2 + 30.5 + 8.9 + 3.8 = 100.4
    text = "对食堂饭菜质量,选择“很满意”“满意”“一般”“不满意”的学生分别占57.2%、30.5%、8.9%、3.8%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.MISMATCH and len(f.claims) == 4
    fine = "对校服质量,评价为「满意」「基本满意」「不满意」的家长依次占61.0%、30.2%和8.8%。"
    [g] = findings(fine, "share_sum")
    assert g.status is Status.CONSISTENT and len(g.claims) == 3


def test_a_new_respectively_list_after_another_share_is_a_group_of_its_own(findings):
    # 33.2% of all teachers, then a split by 学段: only 58 + 42 must make 100
    text = "参加交流的教师中,骨干教师71名,占33.2%;按学段分,小学、初中教师分别占58%和42%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and [c.quantity.text for c in f.claims] == ["58", "42"]
    wrong = "在校生中,寄宿生占41.5%;从生源看,城镇学生和农村学生分别占36%、60%。"
    [g] = findings(wrong, "share_sum")
    assert g.status is Status.MISMATCH and [c.quantity.text for c in g.claims] == ["36", "60"]


def test_a_rate_named_by_the_first_characters_of_listed_grades(findings):
    # 优良率 = 优秀 + 良好 of the list just before it
    text = "测评结果为优秀、良好、合格、不合格的学生分别占21.4%、40.3%、33.1%、5.2%,优良率为61.7%。"
    found = [f for f in findings(text, "share_sum") if len(f.claims) == 3]
    assert [f.status for f in found] == [Status.CONSISTENT]
    wrong = "抽测中获评优秀、良好、及格、不及格等级的学生依次占15.0%、38.2%、40.1%、6.7%,优良率达到55.2%。"
    bad = [f for f in findings(wrong, "share_sum") if len(f.claims) == 3]
    assert [f.status for f in bad] == [Status.MISMATCH]


def test_shares_by_another_attribute_after_a_share_are_a_group_of_their_own(findings):
    # a share by degree, then the two sexes: the sexes still cover the whole
    text = "全区专任教师3,600人,具有本科以上学历的占91.2%;男教师占35.5%,女教师占64.5%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert [c.quantity.text for c in f.claims] == ["35.5", "64.5"]
    wrong = "全校教职工中具有研究生学历的占12.0%,女职工占52.3%,男职工占45.7%。"
    [g] = findings(wrong, "share_sum")
    assert g.status is Status.MISMATCH


def test_a_rate_named_by_the_word_the_grades_share_is_their_sum(findings):
    # 满意率 after the grades: 非常满意 + 比较满意 + 基本满意, never 不满意
    text = "学生对食堂服务表示非常满意的占52.4%,表示比较满意的占30.1%,表示基本满意的占12.3%,表示不满意的占5.2%,学生满意率达94.8%。"
    rates = [
        f for f in findings(text, "share_sum") if len(f.claims) == 4 and f.claims[-1].quantity.text == "94.8"
    ]
    assert [(f.status, f.confidence) for f in rates] == [(Status.CONSISTENT, "high")]
    wrong = text.replace("满意率达94.8%", "满意率达97.8%")
    bad = [f for f in findings(wrong, "share_sum") if f.claims[-1].quantity.text == "97.8"]
    assert [f.status for f in bad] == [Status.MISMATCH]


def test_a_rate_of_the_best_grades_only_is_a_medium_reading(findings):
    # some surveys count only the two best grades as satisfied: consistent, but only medium
    text = "“很满意”的家长占61.0%,“满意”的家长占27.5%,“基本满意”的家长占8.9%,“不满意”的家长占2.6%;总体满意率为88.5%。"
    rates = [f for f in findings(text, "share_sum") if f.claims[-1].quantity.text == "88.5"]
    assert [(f.status, f.confidence) for f in rates] == [(Status.CONSISTENT, "medium")]


def test_shares_listed_after_比例_with_the_options_named_before(findings, numbers_of):
    # 「设A、B、C、D四个选项,……的比例依次为」: the options of one question, a full scale, cover every answer
    text = (
        "问卷就食堂服务设“很满意”“满意”“一般”“不满意”四个选项,学生选择的比例依次为45.2%、38.1%、12.4%、4.3%。"
    )
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["45.2", "38.1", "12.4", "4.3"]
    [g] = findings(text.replace("4.3%", "14.3%"), "share_sum")
    assert g.status is Status.MISMATCH and "every grade of one scale" in g.message
    # an approximate share after the list (「,近八成学生……」) is a statement of its own, not one more item
    more = text.replace("4.3%。", "4.3%,近八成学生表示认可。")
    [h] = findings(more, "share_sum")
    assert h.status is Status.CONSISTENT and len(h.claims) == 4


def test_weights_of_the_factors_a_fund_is_shared_by(findings, numbers_of):
    text = "专项资金按在校生数、教师数和学校数三个因素测算,权重分别为50%、30%、20%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [g] = findings(text.replace("20%", "30%"), "share_sum")
    assert g.status is Status.MISMATCH and numbers_of(g, text.replace("20%", "30%")) == ["50", "30", "30"]
    # two weights of three factors named: not the whole
    part = "专项资金按在校生数、教师数和学校数三个因素测算,其中在校生数、教师数权重分别为50%、30%。"
    assert all(x.status is not Status.MISMATCH for x in findings(part, "share_sum"))


def test_every_grade_of_a_scale_far_from_100_is_a_mismatch(findings):
    # best grade, a middle grade, the negation: no answer is left out, however far the sum is from 100
    grades = "抽测等级为优秀、良好、及格、不及格的学生分别占20.5%、36.2%、60.1%、3.2%。"
    [f] = findings(grades, "share_sum")
    assert f.status is Status.MISMATCH and f.expected == Decimal("120.0")
    degrees = "在近视学生中,轻度、中度、重度近视分别占61.4%、48.2%、10.4%。"
    [g] = findings(degrees, "share_sum")
    assert g.status is Status.MISMATCH
    # an open band (中度及以上) may hold another: no complete scale
    bands = "在近视学生中,轻度近视占61.4%,中度及以上近视占38.6%,高度近视占10.4%。"
    assert all(x.status is not Status.MISMATCH for x in findings(bands, "share_sum"))
    # no middle grade named (一般 may be left out): far from 100 nothing is said
    assert findings("表示“非常满意”的占58%,“比较满意”的占30%,“不满意”的占2%。", "share_sum") == []


def test_a_rate_totalling_the_first_grades_inside_the_run(findings, numbers_of):
    # 「满意率合计」 between the grades totals the ones before it; the four grades still make 100
    text = (
        "“非常满意”和“比较满意”的受访学生分别占61.2%和28.5%,满意率合计89.7%;“一般”的占7.9%,“不满意”的占2.4%。"
    )
    found = findings(text, "share_sum")
    assert sorted((len(f.claims), f.status) for f in found) == [
        (3, Status.CONSISTENT),
        (4, Status.CONSISTENT),
    ]
    wrong = text.replace("满意率合计89.7%", "满意率合计87.9%")
    [bad] = [f for f in findings(wrong, "share_sum") if len(f.claims) == 3]
    assert bad.status is Status.MISMATCH and numbers_of(bad, wrong) == ["61.2", "28.5", "87.9"]


def test_the_urban_town_and_rural_split_covers_the_whole(findings):
    # 城区、镇区、乡村: the three places of the urban-rural split leave no school out
    text = "按所在地分,城区、镇区、乡村学校专任教师分别占38.2%、36.5%和25.3%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [g] = findings(text.replace("36.5%", "16.5%"), "share_sum")
    assert g.status is Status.MISMATCH
    own = "全县幼儿园中,城区幼儿园占31.0%,镇区幼儿园占27.4%,乡村幼儿园占35.1%。"
    assert [x.status for x in findings(own, "share_sum")] == [Status.MISMATCH]


def test_x_and_非x_make_up_the_complement_of_the_third_item(findings):
    # 普惠性民办园 and 非普惠性民办园 are all 民办园, the complement of 公办园
    text = "从办园性质看,公办园、普惠性民办园、非普惠性民办园在园幼儿分别占56.8%、35.6%和7.6%。"
    [f] = findings(text, "share_sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    [g] = findings(text.replace("56.8%", "46.8%"), "share_sum")
    assert g.status is Status.MISMATCH and "cover the whole" in g.message
    own = "全市幼儿园中,公办园占48.2%,普惠性民办园占38.5%,非普惠性民办园占23.3%。"
    assert [x.status for x in findings(own, "share_sum")] == [Status.MISMATCH]
