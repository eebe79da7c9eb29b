from decimal import Decimal

from edclaims.records import Status


def _statuses(found):
    return [f.status for f in found]


def test_per_person_average_is_total_over_count(findings, numbers_of):
    text = "全年资助学生4.3万名,发放资助资金1.9亿元,人均约4419元。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["4.3万", "1.9亿", "约4419"]
    assert f.expected == Decimal("4418.6")  # 190000000 / 43000, one decimal more than stated
    assert "4418.6" in f.message


def test_average_far_from_total_over_count_is_a_mismatch(findings):
    [f] = findings("全年资助学生4.3万名,发放资助资金1.9亿元,人均约5419元。", "average")
    assert f.status is Status.MISMATCH
    assert f.expected == Decimal("4418.6")


def test_approximation_widens_the_average(findings):
    # 4600 is 4 % off 4418.6: within what 约 allows, not within the rounding of a bare 4600
    assert _statuses(findings("资助学生43000名,发放资助资金19000万元,人均约4600元。", "average")) == [
        Status.CONSISTENT
    ]
    assert _statuses(findings("资助学生43000名,发放资助资金19000万元,人均4600元。", "average")) == [
        Status.MISMATCH
    ]


def test_average_in_the_next_sentence(findings):
    text = "全年共资助学生4.3万名,发放资金1.9亿元。人均资助约4419元。"
    assert _statuses(findings(text, "average")) == [Status.CONSISTENT]


def test_area_per_school(findings):
    text = "全市中小学312所,总占地面积156万平方米,校均5000平方米。"
    assert _statuses(findings(text, "average")) == [Status.CONSISTENT]
    text = "全市中小学312所,总占地面积156万平方米,校均6000平方米。"
    assert _statuses(findings(text, "average")) == [Status.MISMATCH]


def test_persons_per_school(findings):
    text = "城区21所公办小学今年共招收一年级新生8600人,平均每校410人。"
    assert _statuses(findings(text, "average")) == [Status.CONSISTENT]


def test_redacted_figure_is_unverifiable(findings):
    [f] = findings("全年资助学生x.x万名,发放资助资金1.9亿元,人均约4419元。", "average")
    assert f.status is Status.UNVERIFIABLE


def test_no_stated_average_no_finding(findings):
    assert findings("全年资助学生4.3万名,发放资助资金1.9亿元。", "average") == []


def test_units_must_make_sense(findings):
    # a per-person average of money needs persons: 人次 counts visits, not people, so with no count of persons
    # the 人次 count is only a guess (medium, never a mismatch)
    assert [
        f.confidence for f in findings("发放资助资金1.9亿元,资助学生4.3万人次,人均4419元。", "average")
    ] == ["medium"]
    assert [f.status for f in findings("发放资助资金1.9亿元,资助学生4.3万人次,人均5419元。", "average")] == [
        Status.UNVERIFIABLE
    ]
    # 每生 averages over students, not over the teachers in the sentence
    assert findings("发放课后服务补助4360万元,惠及教师1.2万名,每生补助200元。", "average") == []


def test_average_of_another_pot_is_only_unverifiable(findings):
    # 公用经费 is one part of 教育经费: 35亿 / 42万 is no check of it
    [f] = findings("全市投入教育经费35亿元,在校生42万人,生均公用经费800元。", "average")
    assert f.status is Status.UNVERIFIABLE


def test_a_standard_is_only_unverifiable(findings):
    [f] = findings("发放生活补助3000万元,资助学生1.5万名,补助标准为每生每年2400元。", "average")
    assert f.status is Status.UNVERIFIABLE


def test_per_year_average_against_a_several_year_total_is_unverifiable(findings):
    text = "近三年累计发放资助资金5.7亿元,资助学生4.3万名,生均每年4419元。"
    [f] = findings(text, "average")
    assert f.status is Status.UNVERIFIABLE and f.note == "per-period average"
    # a daily amount against a year's total: periods differ even though nothing is wrong
    text = "营养改善计划惠及学生3.2万名,按每生每天5元提供膳食补助,全年下达补助资金2880万元。"
    assert _statuses(findings(text, "average")) == [Status.UNVERIFIABLE]


def test_per_year_average_against_one_year_total_is_checked(findings):
    text = "2021年全市发放资助资金1.9亿元,资助学生4.3万名,生均每年5419元。"
    assert _statuses(findings(text, "average")) == [Status.MISMATCH]
    text = "2021年全市发放资助资金1.9亿元,资助学生4.3万名,生均每年4419元。"
    assert _statuses(findings(text, "average")) == [Status.CONSISTENT]


def test_average_in_a_change_is_a_standard_not_a_quotient(findings):
    text = "全市在校生2.4万人,下达经费3000万元,生均公用经费由1100元提高到1250元。"
    assert findings(text, "average") == []


def test_a_change_per_head_is_not_an_average(findings):
    assert findings("今年安排绩效工资1.86亿元,惠及教师5800人,人均增加约3200元。", "average") == []


def test_each_average_takes_the_figures_of_its_own_segment(findings):
    # the second average must not borrow the first segment's total, nor the first the second's
    text = "全市幼儿园保教费收入1.62亿元,在园幼儿2.7万人,生均6000元;托育机构收费收入0.45亿元,在托婴幼儿0.5万人,生均1.2万元。"
    found = findings(text, "average")
    assert _statuses(found) == [Status.CONSISTENT, Status.MISMATCH]
    assert found[1].expected == Decimal("9000")


def test_figures_of_the_same_sentence_win_over_the_sentence_before(findings):
    text = "上年全县资助学生5200名。今年为1500名新生发放入学资助300万元,人均2000元。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"


def test_a_measure_word_after_每_says_what_is_counted(findings, numbers_of):
    text = "全市共设考点18个、考场1158个,平均每个考点约64个考场。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["18", "1158", "约64"]
    assert findings(text.replace("约64", "84"), "average")[0].status is Status.MISMATCH
    area = "新建校舍21.4万平方米,总投资11.8亿元,每平方米造价约5500元。"
    assert _statuses(findings(area, "average")) == [Status.CONSISTENT]


def test_persons_per_person_when_the_cue_names_the_count(findings, numbers_of):
    text = "全县在园幼儿1.86万人。全县幼儿园专任教师1204人,平均每名专任教师对应幼儿15.4人。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["1.86万", "1204", "15.4"] and f.status is Status.CONSISTENT
    # without a named count, persons over persons stays unsaid
    assert findings("全县学生1.86万人,教师1204人,人均15.4人。", "average") == []


def test_the_count_the_total_names_and_a_breakdown_total_over_its_items(findings, numbers_of):
    text = (
        "全县乡村教师1962人,其中35岁及以下703人、36至50岁812人、51岁及以上447人。"
        "2024年发放乡村教师生活补助1647万元,人均8395元。"
    )
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["1962", "1647万", "8395"] and f.status is Status.CONSISTENT


def test_a_floor_is_neither_total_nor_count(findings):
    text = "送教教师68名,每月送教不少于2次,平均每名教师40.5次。"
    assert findings(text, "average") == []


def test_a_total_worded_as_the_whole_count_is_preferred(findings, numbers_of):
    text = (
        "今年全市共有31482名考生报名,比去年的32528人减少1046人。其中应届毕业生29873人;随迁子女3215人。\n"
        "今年全市设考点42个、考场1053个,平均每个考场安排考生约30人。"
    )
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["31482", "1053", "约30"] and f.status is Status.CONSISTENT


def test_a_rate_per_term_stated_before_its_total_and_count(findings, numbers_of):
    text = "对家庭经济困难幼儿每生每学期资助500元。今年春季学期已资助1725人,发放资金86.25万元。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["500", "1725", "86.25万"]
    # a year's total against a per-term rate is another period
    year = text.replace("今年春季学期已资助", "今年全年已资助")
    assert [g.status for g in findings(year, "average")] == [Status.UNVERIFIABLE]


def test_averages_of_what_does_not_add_up_are_not_checked(findings):
    text = "录用人员中,具有硕士研究生学历的96名;录用人员平均年龄25.3岁,年龄最小的21岁。"
    assert findings(text, "average") == []


def test_a_count_named_in_the_total_s_sentence(findings, numbers_of):
    text = (
        "全县乡村教师2146人,其中小学1302人、初中844人;35岁以下青年教师782人,占36.4%。"
        "乡村教师生活补助按偏远程度分三档,全年共发放2031.6万元,人均9467元。"
    )
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["2146", "2031.6万", "9467"] and f.status is Status.CONSISTENT
    # a two-character subject (基地) is too common to name the count from anywhere in the sentence
    bases = "新认定实践基地18个,全区基地总数达到45个。全年共组织学生3.9万余人次到基地开展劳动实践,平均每个基地接待867人次。"
    assert all(f.status is not Status.MISMATCH for f in findings(bases, "average"))


def test_the_words_after_a_figure_stop_at_its_clause(findings, numbers_of):
    # 「新增学位3.6万个,园均……」: the 园 of the next clause does not make 3.6万个 a count of kindergartens
    text = "今年全县新建改扩建公办幼儿园120所,新增学位3.6万个,园均新增学位约300个。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["120", "3.6万", "约300"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("约300", "约380"), "average")[0].status is Status.MISMATCH


def test_a_total_named_like_what_the_average_counts_is_preferred(findings, numbers_of):
    # 考区 and 考场 are both in 个; the average counts 考场 per 考点
    text = "全市共设考区12个、考点85个、考场2040个,平均每个考点设考场24个。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["85", "2040", "24"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("设考场24个", "设考场28个"), "average")[0].status is Status.MISMATCH


def test_an_average_worked_out_over_a_named_count(findings, numbers_of):
    # 「按参加学生计算」 is how the average was worked out, not a standard, and it names the count
    text = (
        "全市参加课后服务的学生7.2万人,占义务教育在校生9.6万人的75%。"
        "校内参与服务的教师6400人。全年安排课后服务补助资金3600万元,按参加学生计算生均每年500元。"
    )
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["7.2万", "3600万", "500"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("每年500元", "每年400元"), "average")[0].status is Status.MISMATCH
    # a standard stays a standard: 「按……标准」
    standard = text.replace("按参加学生计算生均每年500元", "按参加学生计算的标准生均每年400元")
    assert all(g.status is not Status.MISMATCH for g in findings(standard, "average"))


def test_a_standard_is_neither_the_total_nor_the_count_of_the_average_after_it(findings, numbers_of):
    # 「按每生每天6元……计」 is an average itself; the total is the year's money
    text = (
        "营养改善计划惠及2.5万名学生,全年安排膳食补助资金3000万元,按每生每天6元、全年在校200天计,生均1200元。"
    )
    found = [f for f in findings(text, "average") if f.stated == Decimal("1200")]
    assert [numbers_of(f, text) for f in found] == [["2.5万", "3000万", "1200"]]
    assert found[0].status is Status.CONSISTENT and found[0].confidence == "high"


def test_a_base_a_change_or_an_earlier_state_is_not_the_count(findings, numbers_of):
    text = "受益学生2.4万人,比去年的2.6万人减少2000人。今年拨付补助资金2400万元,生均1000元。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["2.4万", "2400万", "1000"] and f.status is Status.CONSISTENT
    buses = "全县校车总数增加到80辆,此前为64辆。每天接送学生4,000名,平均每辆车服务50名学生。"
    [g] = findings(buses, "average")
    assert numbers_of(g, buses) == ["80", "4,000", "50"] and g.status is Status.CONSISTENT


def test_a_count_found_only_in_the_sentence_after_a_total_before_is_no_certain_pairing(findings):
    # the total stands before the average, the only count of 岗位 in the sentence after: a figure of another
    # matter (posts cut), so the disagreement is reported as uncertain, never as a mismatch
    text = "今年共有9876人报名教师招聘,平均每个岗位23.5人竞争。经过考试,另有13个岗位因报名人数不足核减。"
    [f] = findings(text, "average")
    assert f.status is Status.UNVERIFIABLE and f.confidence == "medium"
    assert "sentence after" in f.message


def test_one_item_singled_out_is_neither_the_count_nor_the_total(findings, numbers_of):
    # 「最小的一所」 is one school picked out, not the schools the average is over: the count is the one
    # stated before, so a wrong average is a mismatch of that pairing, never of 2500 / 1
    text = "全镇现有农村寄宿制学校12所。寄宿学生共2,400人,校均200人,规模最小的一所只有寄宿生35人。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["12", "2,400", "200"] and f.status is Status.CONSISTENT
    wrong = "全镇现有农村寄宿制学校12所。寄宿学生共2,400人,校均250人,其中规模最大的3所学校共有寄宿生900人。"
    [g] = findings(wrong, "average")
    assert numbers_of(g, wrong) == ["12", "2,400", "250"] and g.status is Status.MISMATCH
    # a count of one is no count to average over
    one = "全镇现有农村寄宿制学校12所。寄宿学生共2,400人,校均250人,仅有一所学校寄宿生不足百人。"
    [h] = findings(one, "average")
    assert numbers_of(h, one) == ["12", "2,400", "250"] and h.status is Status.MISMATCH


def test_a_count_in_another_measure_word_needs_no_name(findings, numbers_of):
    # 校均 over a count in 所 while the average is in 个: the measure word says the 所 figure is the schools
    text = "今年新建幼儿园8所,新增学位2,160个,校均新增学位270个。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["8", "2,160", "270"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    wrong = "全区改扩建公办园5所,共提供学位1,500个,校均提供学位320个。"
    [g] = findings(wrong, "average")
    assert numbers_of(g, wrong) == ["5", "1,500", "320"] and g.status is Status.MISMATCH


def test_times_per_item_from_a_count_of_times(findings, numbers_of):
    # 「辆次」 and 「人次」 count times: over the vehicles (persons) they give times per vehicle (person)
    text = "全县在用校车420辆。今年共抽检校车1,680辆次,平均每辆车抽检4次。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["420", "1,680", "4"] and f.status is Status.CONSISTENT
    wrong = "全市参训教师共有2,500人,累计参加培训1.5万人次,人均参训8次。"
    [g] = findings(wrong, "average")
    assert numbers_of(g, wrong) == ["2,500", "1.5万", "8"] and g.status is Status.MISMATCH


def test_persons_per_event_from_attendances(findings, numbers_of):
    # each session's persons are attendances of the whole: 人次 over the sessions gives persons per session
    text = "全年举办家长学校讲座150场,参加家长1.2万人次,平均每场80人。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["150", "1.2万", "80"] and f.status is Status.CONSISTENT
    wrong = "暑期组织夏令营营期60期,营员共3,000人次,平均每期营员约70人。"
    [g] = findings(wrong, "average")
    assert numbers_of(g, wrong) == ["60", "3,000", "约70"] and g.status is Status.MISMATCH
    # an average in 人次 itself is of the 人次 total, as before
    same = "全年开展送戏进校园演出120场,观看学生1.8万人次,平均每场150人次。"
    [h] = findings(same, "average")
    assert numbers_of(h, same) == ["120", "1.8万", "150"] and h.status is Status.CONSISTENT


def test_the_total_named_like_what_the_count_counts(findings, numbers_of):
    # the item of a breakdown whose clause names 食堂改造 is what the 食堂改造 count is paid from
    text = (
        "下达项目资金6,000万元,其中食堂改造资金1,800万元、校舍维修资金4,200万元。"
        "平均每所学校食堂改造投入60万元,共完成学校食堂改造30所。"
    )
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["1,800万", "60万", "30"] and f.status is Status.CONSISTENT


def test_the_subset_a_sentence_goes_on_about_is_the_count(findings, numbers_of):
    # 「……中,已有48所……」: the average is over the schools that did it, not the set the sentence opens with
    text = "全县87所小学中,已有36所开办课后托管班,共招收学生2,880人,平均每所80人。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["36", "2,880", "80"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    other = "在全市64所普通高中当中,有22所建成创新实验室,共配置实验设备1,320台套,校均配置60台套。"
    [g] = findings(other, "average")
    assert numbers_of(g, other) == ["22", "1,320", "60"] and g.status is Status.CONSISTENT


def test_persons_of_another_name_are_not_the_count_of_a_named_average(findings):
    # 平均每名送教对象 counts the children taught at home, not the 教师 who teach them: no pairing with 68
    text = "全县组建送教团队12支、教师68名,全年累计送教2,146人次,平均每名送教对象40.5次。"
    assert findings(text, "average") == []
    # the clause names 送教, but the persons counted are 教师
    named = "全县选派参与送教的教师68名,全年累计送教2,146人次,平均每名送教对象40.5次。"
    assert findings(named, "average") == []


def test_the_list_item_after_a_semicolon_holds_its_own_total_and_count(findings, numbers_of):
    # the figures before 「;」 belong to another item of the list, not to the 户均 after it
    text = "其中,校舍维修资金2,400万元,已支付2,050万元;学生资助资金1,260万元,惠及困难家庭9,000户,户均1400元。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["1,260万", "9,000", "1400"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    wrong = "午餐补助下达资金880万元;校服补助下达资金360万元,惠及学生1.2万人,人均350元。"
    [g] = findings(wrong, "average")
    assert numbers_of(g, wrong) == ["360万", "1.2万", "350"] and g.status is Status.MISMATCH


def test_a_total_naming_the_count_is_never_taken_from_further_away(findings, numbers_of):
    # 2,205 stands by the average; 「一年级」 named in the sentence before does not pull 3,980 in
    text = "初中一年级计划招生3,980人。城区小学共设一年级教学班49个,计划招生2,205人,班均45人。"
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["49", "2,205", "45"] and f.status is Status.CONSISTENT


def test_the_rest_of_a_breakdown_is_not_the_count(findings, numbers_of):
    # 其余12个 is one part of the 40 bases, not what the average per base is over
    text = "全区研学基地达到40个,其中红色教育类16个、自然生态类12个,其余12个为科技类。全年接待学生3.2万人次,平均每个基地接待800人次。"
    [f] = findings(text, "average")
    assert numbers_of(f, text)[:2] == ["40", "3.2万"] and f.status is Status.CONSISTENT
    wrong = (
        "全县托管点共30个,其中城区18个,剩余12个在乡镇。暑期共服务学生4,800人次,平均每个托管点服务120人次。"
    )
    [g] = findings(wrong, "average")
    assert numbers_of(g, wrong)[0] == "30" and g.status is not Status.CONSISTENT


def test_the_total_named_like_what_the_average_s_clause_opens_with(findings, numbers_of):
    # 「中职国家助学金按平均每生……」: the item of the breakdown worded so is its total, not the 7,500万 of all
    text = (
        "下达学生资助资金7,500万元,其中中职国家助学金1,800万元、中职免学费补助资金5,700万元。"
        "中职国家助学金按平均每生每学期1000元的标准测算,共资助18,000人。"
    )
    [f] = findings(text, "average")
    assert numbers_of(f, text) == ["1,800万", "1000", "18,000"] and f.status is Status.CONSISTENT


def test_a_rest_after_the_listed_groups_is_not_the_count(model_findings):
    # 「另有7人」 follows the groups of the set: those not placed, never what 每名送教对象 averages over (seen with
    # the model's spans, which leave the named group 送教上门58人 out of reach)
    text = (
        "截至9月底,全区适龄残疾儿童312人,已入学305人。已入学的学生中,在特殊教育学校就读101人,随班就读146人,"
        "接受送教上门58人;另有7人因病暂缓入学。\n全区组建送教团队18支,全年累计送教2,262人次,平均每名送教对象39次。"
    )
    assert all(7 not in [c.quantity.value for c in f.claims] for f in model_findings(text, "average"))
    assert not [f for f in model_findings(text, "average") if f.status.value == "mismatch"]


def test_a_team_or_vehicle_average_opening_its_clause(findings, numbers_of):
    # 队均/车均/组均 at the head of a clause are averages like 校均; the count is in that measure word
    text = "全市中小学篮球联赛共有412支代表队参赛,参赛队员5,356人,队均13人。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert sorted(numbers_of(f, text)) == sorted(["412", "5,356", "13"])
    [wrong] = findings("全县投入校车86辆,接送学生3,870人,车均55人。", "average")
    assert wrong.status is Status.MISMATCH


def test_均_after_a_noun_means_all_not_an_average(findings):
    # 「各代表队均有12人」: every team has 12, not 12 on average over a stated total
    text = "本届运动会共有代表队36支、运动员540人,各代表队均有12人参加开幕式。"
    assert findings(text, "average") == []


def test_a_per_head_average_over_attendances_is_only_a_guess(findings, numbers_of):
    # 「受助学生4.2万人次,人均资助1,500元」: with no count of persons, the 人次 count is the likely one, but a
    # student helped twice is one person, so the pairing is medium and never a mismatch
    text = "今年共下达国家助学金6,300万元,受助学生4.2万人次,人均资助1,500元。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "medium"
    assert sorted(numbers_of(f, text)) == sorted(["6,300万", "4.2万", "1,500"])
    [off] = findings("全年发放营养改善补助1.8亿元,惠及学生26万人次,生均补助900元。", "average")
    assert off.status is Status.UNVERIFIABLE and off.confidence == "medium"


def test_a_count_of_persons_is_preferred_to_attendances(findings, numbers_of):
    text = "培训经费共计480万元,参训教师1,200人、累计6,000人次,人均4,000元。"
    [f] = findings(text, "average")
    assert "1,200" in numbers_of(f, text) and "6,000" not in numbers_of(f, text)


def test_a_total_of_the_whole_area_is_averaged_over_the_count_of_the_whole_area(findings, numbers_of):
    # what is done of the schools (已配备……的208所) is no count of the whole: 全县 names both total and count
    text = "全县共有中小学260所,已配备心理辅导室的208所。全县配备专兼职心理教师1,040名,校均4名。"
    [f] = findings(text, "average")
    assert f.confidence == "high" and f.status is Status.CONSISTENT
    assert sorted(numbers_of(f, text)) == sorted(["260", "1,040", "4"])
    wrong = "全区义务教育学校88所,已建成标准化食堂的71所。全区建成录播教室430间,校均6间。"
    [g] = findings(wrong, "average")
    assert g.status is Status.MISMATCH and "88" in numbers_of(g, wrong)


def test_a_figure_after_由_or_从_starts_a_change_not_an_average(findings):
    # 「平均年龄从五年前的46岁降到43.5岁」: neither 五年 nor 46 is an average of a total
    text = "全县现有乡村教师1,860人,其中近三年招聘320人;教师平均年龄由三年前的44.3岁下降到42.8岁。"
    assert findings(text, "average") == []
    text = "全区在编教师2,540人,近两年新招聘410人,教师平均年龄从两年前的45岁降到了43岁。"
    assert findings(text, "average") == []


def test_what_owns_a_figure_is_not_what_it_counts(findings, numbers_of):
    # 「各基地共有实训工位3,200个」 counts 工位 (基地 own them): it is the total, not the count of 基地, and the
    # rest of the breakdown (其余12个为县级基地) is no total either
    text = (
        "全区共有实训基地40个,其中市级28个,其余12个为县级基地。各基地共有实训工位3,200个,平均每个基地80个。"
    )
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["40", "3,200", "80"]
    text = "全省设立考点120个,其中新增考点20个。考点内设有标准化考场4,800个,平均每个考点设考场45个。"
    [f] = findings(text, "average")
    assert f.status is Status.MISMATCH
    assert numbers_of(f, text) == ["120", "4,800", "45"]


def test_a_target_the_total_passes_is_not_the_total(findings, numbers_of):
    # 「超过年初确定的……目标」: the target is what the total is measured against, not what is averaged
    text = "全区新建幼儿园5所,新增学位1,350个,超过年初确定的1,200个目标,园均新增270个。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["5", "1,350", "270"]
    wrong = "今年改扩建学校8所,新增学位2,400个,高于计划的2,000个,校均新增350个。"
    [g] = findings(wrong, "average")
    assert g.status is Status.MISMATCH and "2,000" not in numbers_of(g, wrong)
    assert numbers_of(g, wrong) == ["8", "2,400", "350"]


def test_the_count_whose_clause_names_what_the_total_is_spent_on(findings, numbers_of):
    # 「建成录播教室」 and 「录播教室建设……投入」: the schools that built them, not all the schools of the district
    text = (
        "截至目前,全县已有36所学校建成录播教室72间。全县中小学共41所。\n"
        "录播教室建设共投入资金1,080万元,校均30万元。"
    )
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["36", "1,080万", "30万"]
    # an item of a 其中 breakdown too (「其中98所完成了……」), when its clause names what the money is for
    right = "全市中小学共有120所,其中98所完成了直饮水设备安装。\n直饮水设备安装投入资金1,470万元,校均15万元。"
    [f] = findings(right, "average")
    assert f.status is Status.CONSISTENT and numbers_of(f, right) == ["98", "1,470万", "15万"]
    wrong = "全市中小学共有120所,其中98所完成了直饮水设备安装。\n直饮水设备安装投入资金1,470万元,校均12万元。"
    [g] = findings(wrong, "average")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["98", "1,470万", "12万"]


def test_the_count_whose_clause_names_what_the_average_opens_with(findings, numbers_of):
    # 「在县工读学校就读」 and 「县工读学校生均……」: the pupils of that school, not those taught at home
    text = (
        "全县残疾儿童中,随班就读210名、在县特殊教育学校就读84名、送教上门35名。"
        "县特殊教育学校生均公用经费8,000元,全年拨付67.2万元。"
    )
    [f] = findings(text, "average")
    assert "84" in numbers_of(f, text) and "35" not in numbers_of(f, text)
    assert f.status is Status.CONSISTENT


def test_a_count_stated_far_back_whose_name_the_total_gives_is_certain(findings, numbers_of):
    # 「发放乡村教师生活补助」 names whom the money is for: the count of 乡村教师 paragraphs back
    text = (
        "全县有乡村学校46所、乡村教师2,150人,乡村教师占教师总数的58.3%。\n"
        "县财政加大投入,改善乡村学校条件。全年发放乡村教师生活补助903万元,人均4,200元。"
    )
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["2,150", "903万", "4,200"]
    wrong = text.replace("4,200元", "4,600元")
    [g] = findings(wrong, "average")
    assert g.status is Status.MISMATCH
    # money for the needy among them is not over all of them: a guess, never a mismatch
    some = wrong.replace("发放乡村教师生活补助", "为困难乡村教师发放生活补助")
    [h] = findings(some, "average")
    assert h.status is Status.UNVERIFIABLE and h.confidence == "medium"


def test_a_figure_named_a_standard_after_it_neither_closes_the_scope_nor_is_checked_for_certain(
    findings, numbers_of
):
    # 「按小学每生每年……、初中每生每年1250元的标准」: both are standards; 生均约555元 is over the count before them
    text = (
        "全县认定家庭经济困难寄宿生3,000人,其中小学1,800人、初中1,200人,按小学每生每学期500元、"
        "初中每生每学期625元的补助标准,本学期发放补助165万元,生均550元。"
    )
    found = findings(text, "average")
    [f] = [f for f in found if numbers_of(f, text)[-1] == "550"]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["3,000", "165万", "550"]
    assert all(g.status is not Status.MISMATCH for g in found)
    wrong = text.replace("生均550元", "生均650元")
    assert Status.MISMATCH in [g.status for g in findings(wrong, "average")]


def test_what_each_receives_summed_up_after_it_is_total_over_count(findings, numbers_of):
    # 「每人发放……,合计……」: the sum of what each of the 240 receives
    text = "今年为240名考入大学的困难学生每人发放入学资助3000元,合计72万元。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    wrong = "县教育基金会为58名优秀乡村教师每人颁发奖金5000元,共计35万元。"
    [g] = findings(wrong, "average")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["58", "5000", "35万"]
    # without the sum right after it, 每人 may be what each receives: never a mismatch
    apart = "县教育基金会为58名优秀乡村教师每人颁发奖金5000元。全年基金会支出32万元。"
    assert all(h.status is not Status.MISMATCH for h in findings(apart, "average"))


def test_a_ratio_of_persons_is_students_per_teacher(findings, numbers_of):
    # the 1 on either side, ∶ or :, the students named before or after the teachers
    text = "全县初中在校学生8,640人,专任教师720名,生师比为12:1。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["8,640", "720", "12"]
    text = "全区共有幼儿园专任教师850人;在园儿童1.19万人,师幼比约1∶14。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["850", "1.19万", "14"]


def test_a_ratio_far_from_students_over_teachers_is_a_mismatch(findings):
    [f] = findings("全县初中在校学生8,640人,专任教师720名,师生比为1:14.5。", "average")
    assert f.status is Status.MISMATCH and f.confidence == "high"
    assert f.expected == Decimal("12.00")


def test_a_ratio_that_is_a_standard_or_weighted_is_never_a_mismatch(findings):
    for text in (
        "全县小学在校学生8,640人,专任教师720名,生师比不高于19:1的要求全部达到。",
        "全县中职折合在校生8,640人,专任教师720名,生师比为20:1。",
    ):
        assert _statuses(findings(text, "average")) == [Status.UNVERIFIABLE]


def test_a_ratio_of_two_named_figures_with_zhi_bi(findings, numbers_of):
    # 「A与B之比」 / 「A和B之比」: the count whose clause names A over the one naming B, 1 on either side
    text = "本次考试共设考场300个,报考考生8,940人,考生人数与考场数之比为29.8:1。"
    [f] = findings(text, "average")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["300", "8,940", "29.8"] and f.expected == Decimal("29.80")
    text = "今年录取新生1,200人,报名3,600人,录取人数和报名人数之比为1:3.5。"
    [f] = findings(text, "average")
    assert f.status is Status.MISMATCH and f.expected == Decimal("3.00")
