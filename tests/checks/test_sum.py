import re
from decimal import Decimal

import pytest

from edclaims.records import Status


def test_breakdown_that_adds_up_is_consistent(findings, numbers_of):
    text = "其余41个行政村人口较少,其中有6个行政村没有适龄幼儿,35个行政村适龄幼儿不足30人。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["41", "6", "35"]  # 30人 is another unit and stays out
    assert f.expected == Decimal(41)


def test_parts_exceeding_the_total_are_a_mismatch(findings):
    text = "全县共有农村学校52所,其中小学40所,初中21所。"
    [f] = findings(text, "sum")
    assert f.status is Status.MISMATCH
    assert f.expected == Decimal(61) and f.stated == Decimal(52)


def test_same_subject_breakdown_short_of_the_total_is_a_mismatch(findings):
    text = "其余41个行政村人口较少,其中有6个行政村没有适龄幼儿,25个行政村适龄幼儿不足30人。"
    assert findings(text, "sum")[0].status is Status.MISMATCH


def test_a_breakdown_that_may_be_partial_is_left_to_part_le_whole(findings, numbers_of):
    # 30 + 12 < 52: there may be other rural schools, so the sum is not judged; each part is within its whole
    text = "全县共有农村学校52所,其中小学30所,初中12所。"
    assert findings(text, "sum") == []
    [f] = findings(text, "part_le_whole")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["52", "30", "12"]
    # parts that exhaust the total by name (分别) are judged by sum
    [g] = findings("全县共有农村学校52所,分别为小学30所、初中12所。", "sum")
    assert g.status is Status.MISMATCH


@pytest.mark.parametrize(
    ("text", "stated", "expected"),
    [
        # one digit of the total mistyped: 146 + 305 + 87 = 538, printed 548
        ("全区招聘中小学教师548名,其中小学146名、初中305名、高中87名。", 548, 538),
        # two neighbouring digits swapped in the total: 860 + 600 = 1,460, printed 1,640
        ("本学期共发放助学金1,640人次,其中中职学生860人次,普通高中学生600人次。", 1640, 1460),
        # a total in 万 compared at its last stated digit: 2665万 printed as 2765万
        ("今年下达校舍改造资金2765万元,其中中央资金1840万元、省级资金825万元。", 27650000, 26650000),
    ],
)
def test_a_possibly_partial_list_one_typo_from_its_total_is_a_mismatch(findings, text, stated, expected):
    [f] = findings(text, "sum")
    assert f.status is Status.MISMATCH and f.confidence == "high"
    assert (f.stated, f.expected) == (Decimal(stated), Decimal(expected))
    assert "digit" in f.message


@pytest.mark.parametrize(
    "text",
    [
        # two stated digits are one apart too often by chance: 41 + 17 = 58 against 68 may leave 10 out
        "全县共有学校68所,其中小学41所、初中17所。",
        # 1.3万 has two stated digits: 5600 + 4400 = 1.0万 is not compared digit by digit
        "全市参加体质测试学生1.3万人,其中小学生5600人、初中生4400人。",
        # a shortfall that is no typo (4876 against 4835): a partial list, left to part_le_whole
        "全市共有行政村4876个,其中已建成村级幼儿园的2610个、设有教学点的2225个。",
        # an approximate total has no digits to compare
        "资助学生9300多人,其中幼儿3100人、小学生5200人。",
    ],
)
def test_a_possibly_partial_list_not_one_typo_from_its_total_is_not_judged(findings, text):
    assert [f.status for f in findings(text, "sum")] in ([], [Status.UNVERIFIABLE])


def test_redacted_item_is_unverifiable(findings):
    [f] = findings("全县共有农村学校52所,其中小学40所,初中xx所。", "sum")
    assert f.status is Status.UNVERIFIABLE


def test_list_then_total(findings):
    text = "新建小学3所、初中2所,共计5所。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT
    assert findings(text.replace("共计5所", "共计9所"), "sum")[0].status is not Status.CONSISTENT


def test_a_breakdown_ending_in_a_remainder_is_left_to_the_remainder_check(findings):
    # 287 + 254 falls short of 612 by the 其余 figure: not a sum error, and a wrong remainder is flagged once
    text = "全市共有幼儿园612所。其中公办幼儿园287所,普惠性民办幼儿园254所,其余71所为非普惠性民办园。"
    assert findings(text, "sum") == []
    [f] = findings(text, "remainder")
    assert f.status is Status.CONSISTENT
    wrong = text.replace("其余71所", "其余72所")
    assert findings(wrong, "sum") == []
    assert findings(wrong, "remainder")[0].status is Status.MISMATCH


def test_shares_of_a_part_that_make_100_are_not_summed_against_the_part(findings):
    assert findings("全市在校生中,城镇学生占40.0%,其中男生占52.0%,女生占48.0%。", "sum") == []


def test_a_list_between_qizhong_and_heji_is_checked_against_the_heji_total(findings, numbers_of):
    text = "全市在校生中,农村学生占60.0%,其中留守儿童占12.5%,随迁子女占8.1%,合计20.6%。"
    closed = [f for f in findings(text, "sum") if numbers_of(f, text)[0] == "20.6"]
    assert [(f.status, numbers_of(f, text)) for f in closed] == [(Status.CONSISTENT, ["20.6", "12.5", "8.1"])]
    wrong = text.replace("合计20.6%", "合计21.6%")
    statuses = {numbers_of(f, wrong)[0]: f.status for f in findings(wrong, "sum")}
    assert statuses["21.6"] is Status.MISMATCH
    assert "60.0" not in statuses  # the 合计 closes the list: 20.6 % is a part of the 60 %, not its breakdown


def test_a_total_naming_its_parts_adds_the_figures_of_the_sentence_before(findings, numbers_of):
    text = (
        "全县普通小学教育事业费3.46亿元,在校生2.86万人,生均1.21万元;普通初中教育事业费2.17亿元,"
        "在校生1.37万人。小学和初中教育事业费合计5.63亿元。"
    )
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["5.63亿", "3.46亿", "2.17亿"]  # the average 1.21万元 is no part
    assert f.status is Status.CONSISTENT and "小学" in (f.pairing or "")
    assert findings(text.replace("合计5.63亿元", "合计5.83亿元"), "sum")[0].status is Status.MISMATCH


def test_a_total_in_ge_counts_items_of_any_measure_word(findings, numbers_of):
    text = "全市现有社区学院8所、社区学校96所、村民学校1140个,全市社区教育机构共计1244个。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["1244", "8", "96", "1140"] and f.status is Status.CONSISTENT


def test_two_complementary_items_are_a_full_breakdown(findings):
    text = "全县在校生5.2万人,其中城镇学生2.1万人,农村学生3.1万人。"
    assert findings(text, "sum")[0].status is Status.CONSISTENT
    assert findings(text.replace("3.1万人", "2.9万人"), "sum")[0].status is Status.MISMATCH
    boarders = "全县困难学生13000名,其中寄宿生8600名,非寄宿生4300名。"
    assert findings(boarders, "sum")[0].status is Status.MISMATCH
    # two items that need not cover the total are not summed when short, only held within it
    partial = "全县在校生5.2万人,其中留守儿童2.1万人,随迁子女2.9万人。"
    assert findings(partial, "sum") == []
    assert [f.status for f in findings(partial, "part_le_whole")] == [Status.CONSISTENT]


def test_a_narrower_set_after_the_items_is_not_an_item(findings, numbers_of):
    text = "全市共有幼儿园1,348所,其中公办幼儿园702所,民办幼儿园646所;民办幼儿园中,普惠性民办幼儿园511所。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["1,348", "702", "646"] and f.status is Status.CONSISTENT


def test_a_list_with_its_own_heji_is_not_the_breakdown_of_the_total_before_it(findings, numbers_of):
    text = "全市职业院校开设专业186个,其中对接重点产业的专业分别为78个、64个和29个,合计171个,占91.9%。"
    found = findings(text, "sum")
    assert [numbers_of(f, text)[0] for f in found] == ["171"] and found[0].status is Status.CONSISTENT


@pytest.mark.parametrize("cue", ["校均", "班均", "园均"])
def test_an_average_is_never_a_total(findings, numbers_of, cue):
    text = f"全区建成智慧教室412间,{cue}6.4间,其中今年新建138间。"
    [f] = findings(text, "part_le_whole")
    assert numbers_of(f, text) == ["412", "138"] and f.status is Status.CONSISTENT


def test_a_sentence_opening_with_its_set_breaks_down_that_sets_figure(findings, numbers_of):
    text = (
        "全县共有适龄残疾儿童少年412人,已入学405人。已入学的学生中,在特殊教育学校就读126人,"
        "在普通学校随班就读198人,接受送教上门服务81人。"
    )
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["405", "126", "198", "81"] and f.status is Status.CONSISTENT
    assert findings(text.replace("198人", "218人"), "sum")[0].status is Status.MISMATCH


def test_an_item_right_after_qizhong_is_an_item(findings, numbers_of):
    text = "全县学校52所,其中8所为完全中学,44所为小学。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["52", "8", "44"] and f.status is Status.CONSISTENT


def test_a_breakdown_by_one_criterion_covers_the_total(findings, numbers_of):
    text = "今年发放学生资助资金5817.6万元。从资金来源看,中央和省级资金4386.2万元,市县配套资金1431.4万元。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["5817.6万", "4386.2万", "1431.4万"] and f.status is Status.CONSISTENT
    assert findings(text.replace("1431.4万元", "1341.4万元"), "sum")[0].status is Status.MISMATCH


def test_an_item_that_includes_another_makes_no_partition(findings):
    # 普惠性 includes the 公办 ones: 583 + 1019 > 1126 is no error
    text = "全市共有幼儿园1126所,其中公办幼儿园583所,占51.8%;普惠性幼儿园(含公办园)1019所。"
    assert findings(text, "sum") == []
    assert findings(text.replace("(含公办园)", ""), "sum")[0].status is Status.MISMATCH


def test_an_average_after_the_items_is_no_item(findings, numbers_of):
    text = "全区心理健康教育教师148名,其中专职61名、兼职87名,校均2.3名。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["148", "61", "87"]


def test_parts_in_brackets_break_down_the_figure_before_them(findings, numbers_of):
    text = "全市中职毕业生1.52万人,其中升学9920人(升入高职专科8630人、升入本科1290人),直接就业4870人。"
    found = {tuple(numbers_of(f, text)): f.status for f in findings(text, "sum")}
    # the outer breakdown leaves the bracket out (9920 + 4870 may be partial) and the bracket is complete
    assert found[("9920", "8630", "1290")] is Status.CONSISTENT
    assert ("1.52万", "9920", "8630", "1290", "4870") not in found
    broken = text.replace("8630人", "8530人")
    assert {f.status for f in findings(broken, "sum") if "8530" in numbers_of(f, broken)} == {Status.MISMATCH}


def test_a_sentence_of_parts_then_its_total_is_a_certain_pairing(findings):
    text = "今年全县小学一年级招收新生6482人,初中七年级招收新生5917人,合计12399人。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert findings(text.replace("5917", "5817"), "sum")[0].status is Status.MISMATCH
    # a figure of another kind before the parts: the pairing is less certain, and a shortfall is no mismatch
    other = "全县学校56所,小学一年级招收新生6482人,初中七年级招收新生5917人,合计12399人。"
    [g] = findings(other.replace("5917", "5817"), "sum")
    assert (g.confidence, g.status) == ("medium", Status.UNVERIFIABLE)


def test_respectively_right_after_a_figure_lists_its_parts(findings, numbers_of):
    text = "明年将新增学位3150个,分别为1890个和1620个。"
    [f] = findings(text, "sum")
    assert f.status is Status.MISMATCH and numbers_of(f, text) == ["3150", "1890", "1620"]
    assert findings(text.replace("3150", "3510"), "sum")[0].status is Status.CONSISTENT
    # a 分别 list of other things is no breakdown of the figure before it
    assert findings("全县招生300人,城区、乡镇学校分别为200人和100人。", "sum") == []


def test_the_level_a_change_reached_is_broken_down_not_its_amount(findings, numbers_of):
    text = "全县幼儿园由上年的154所增至163所,净增9所。其中公办幼儿园97所,普惠性民办幼儿园48所,非普惠性民办幼儿园18所。"
    found = [(numbers_of(f, text)[0], f.status) for f in findings(text, "sum")]
    assert found == [("163", Status.CONSISTENT)]


def test_a_figure_after_items_that_already_make_the_total_is_not_their_remainder(findings):
    text = (
        "已安置入学279人。已入学的学生中,在特殊教育学校就读94人,随班就读132人,送教上门53人;另有7人暂缓入学。"
    )
    assert [f.status for f in findings(text, "sum")] == [Status.CONSISTENT]
    assert all(f.status is not Status.MISMATCH for f in findings(text, "remainder"))


def test_a_comparison_base_after_其中_is_no_item(findings):
    text = "全市近视率为51.2%,其中高中近视率较上年的81.6%有所上升。"
    assert findings(text, "part_le_whole") == [] and findings(text, "sum") == []


def test_sentences_of_parts_opened_by_a_criterion_or_依次为(findings, numbers_of):
    text = "全市在园幼儿18.62万人。分年龄段看,小班、中班、大班在园幼儿分别为5.41万人、6.27万人和6.94万人。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and numbers_of(f, text)[0] == "18.62万"
    plan = "全县普通高中计划招生2460人。各校计划依次为:一中1080人,二中720人,民族中学420人,实验中学240人。"
    [g] = findings(plan.replace("240人", "340人"), "sum")
    assert g.status is Status.MISMATCH


def test_two_breakdowns_by_criterion_share_the_figure_before_the_first(findings, numbers_of):
    text = (
        "全县共发放学生资助资金1.46亿元。从资金来源看,中央和省级资金9300多万元,县级配套5260万元。"
        "分学段看,学前教育1180万元,义务教育5630万元,普通高中3470万元,中职教育2310万元,高等教育2010万元。"
    )
    totals = {numbers_of(f, text)[0] for f in findings(text, "sum")}
    assert totals == {"1.46亿"}


def test_包括_after_a_figure_lists_its_parts(findings, numbers_of):
    text = "此次交付的6所学校包括幼儿园2所、小学3所和九年一贯制学校1所。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["6", "2", "3", "1"]


def test_an_item_including_a_kind_of_itself_still_partitions(findings):
    text = "全县义务教育学校158所,其中小学(含教学点)109所、初中37所、九年一贯制学校12所。"
    assert [f.status for f in findings(text, "sum")] == [Status.CONSISTENT]


def test_the_count_of_the_parts_before_合计_is_no_part(findings, numbers_of):
    text = "表示“满意”的占52.4%,“比较满意”的占31.8%,两项合计84.2%。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["84.2", "52.4", "31.8"]


def test_bands_and_a_negated_item_close_a_breakdown(findings):
    # the items name other things than the total (青年教师 of 教职工): only the bands say the list is whole
    # (812 edited to 790 so that the sum, 1940, is no typo of 1962: such a shortfall is judged whatever the list)
    ages = (
        "全县教职工1962人,其中35岁及以下的青年教师703人、36至50岁的中年教师812人、51岁及以上的老年教师447人。"
    )
    assert [f.status for f in findings(ages.replace("812人", "790人"), "sum")] == [Status.MISMATCH]
    no_top = ages.replace("51岁及以上的老年教师447人", "51至55岁的老年教师447人")
    assert [f.status for f in findings(no_top.replace("812人", "790人"), "sum")] == []
    grades = "全县参加测试的中小学生24600人,其中体质优秀的男生3862人,良好的女生8978人,及格的学生10504人,不及格的学生1256人。"
    assert [f.status for f in findings(grades, "sum")] == [Status.CONSISTENT]
    assert [f.status for f in findings(grades.replace("8978人", "7978人"), "sum")] == [Status.MISMATCH]


def test_rates_of_groups_are_not_summed(findings):
    text = "全市学生总体近视率为51.2%。分学段看,小学、初中、高中近视率分别为35.7%、71.3%和81.0%。"
    assert findings(text, "sum") == []


def test_items_end_where_they_have_made_the_total(findings, numbers_of):
    text = "全县乡村教师2146人,其中小学1302人、初中844人;35岁以下青年教师782人,占36.4%。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["2146", "1302", "844"]


def test_those_not_in_the_set_and_shares_wholes_are_no_items(findings):
    text = (
        "已入学349人。已入学学生中,在特殊教育学校就读118人,随班就读163人,送教上门68人;未入学的7人均已建档。"
    )
    assert [f.status for f in findings(text, "sum")] == [Status.CONSISTENT]
    share = "全院认定困难学生6024人,其中获得国家助学金的5312人,占在校生总数17486人的30.4%。"
    assert all(f.status is not Status.MISMATCH for f in findings(share, "sum"))


def test_groups_picked_by_two_attributes_may_overlap(findings):
    text = "最终录用407名。录用人员中,女性312名,占76.7%;具有硕士研究生学历的96名,占23.6%。"
    assert findings(text, "sum") == [] and findings(text, "share_sum") == []


def test_a_criterion_of_shares_and_a_whole_before_what_is_done(findings, numbers_of):
    shares = "专业学位占比66.0%。按招生方式分,推荐免试占28%,统一考试占67%,单独考试占5%。"
    assert findings(shares, "sum") == []
    hazards = "共发现隐患2318处,已整改2206处,尚有112处正在整改。从隐患类型看,消防类1064处,食品类487处,其余为校舍等方面隐患。"
    assert all(f.status is not Status.MISMATCH for f in findings(hazards, "sum"))
    # the list names a rest it gives no figure for: it is not all of the total, whatever criterion
    assert all(numbers_of(f, hazards)[0] != "112" for f in findings(hazards, "sum"))


def test_a_criterion_after_a_qizhong_sentence_breaks_down_the_figure_the_qizhong_did(findings, numbers_of):
    text = (
        "今年学院计划招收新生3,600人,较去年的3,400人增加200人。其中定向培养生900人,占招生计划的25.0%。"
        "分生源看,本市计划2,700人,外市计划900人。"
    )
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["3,600", "2,700", "900"] and f.status is Status.CONSISTENT
    assert findings(text.replace("2,700人", "2,900人"), "sum")[0].status is Status.MISMATCH


def test_a_criterion_naming_one_figures_clause_breaks_that_figure_down(findings, numbers_of):
    text = "全市2025届中职毕业生3.2万人中,已落实就业去向3.0万人。从去向看,升学1.8万人,直接就业1.2万人。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["3.0万", "1.8万", "1.2万"] and f.status is Status.CONSISTENT


def test_a_criterion_list_far_short_of_its_total_is_partial(findings, numbers_of):
    # 4200 + 860 of 3.0万: a few destinations named, not all of them; no mismatch, each part is held within
    text = "全市2025届中职毕业生3.2万人中,已落实就业去向3.0万人。从去向看,参军入伍4200人,基层服务项目860人。"
    assert findings(text, "sum") == []
    [f] = findings(text, "part_le_whole")[:1]
    assert numbers_of(f, text)[0] == "3.0万" and f.status is Status.CONSISTENT


def test_a_criterion_noun_in_a_rest_of_another_unit_names_no_total(findings, numbers_of):
    text = (
        "全年发放资助资金5600万元,资助学生2.4万人次,其中高中阶段1.1万人次,其余学段1.3万人次。"
        "分学段看,学前教育900万元,义务教育2800万元,普通高中1900万元。"
    )
    [f] = findings(text, "sum")
    assert numbers_of(f, text)[0] == "5600万" and f.status is Status.CONSISTENT


def test_a_set_opener_takes_a_headline_figure_of_its_items_unit(findings, numbers_of):
    text = (
        "青川县今年建成改扩建学校9所 新增学位6,300个\n"
        "本报讯 秋季开学前,一批新校舍投入使用。全县实施的学校建设项目中,建成学校三所、改扩建学校6所。"
        "新增学位中,幼儿园学位900个、小学学位3,150个、初中学位2,250个。"
    )
    found = {numbers_of(f, text)[0]: (f.status, numbers_of(f, text)) for f in findings(text, "sum")}
    assert found["9"] == (Status.CONSISTENT, ["9", "三", "6"])
    assert found["6,300"] == (Status.CONSISTENT, ["6,300", "900", "3,150", "2,250"])
    wrong = text.replace("小学学位3,150个", "小学学位3,350个")
    assert {numbers_of(f, wrong)[0]: f.status for f in findings(wrong, "sum")}["6,300"] is Status.MISMATCH


def test_a_set_opener_passes_over_a_times_base(findings, numbers_of):
    text = "全区今年新增公办学位1.8万个,是去年新增学位0.9万个的两倍。新增学位中,义务教育学位1.35万个,学前教育学位4500个。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["1.8万", "1.35万", "4500"] and f.status is Status.CONSISTENT


def test_包括_after_the_clause_of_a_figure_lists_its_parts(findings, numbers_of):
    text = "全区新建、改扩建的12所学校已交付使用,包括中小学9所和幼儿园3所,新增学位1.1万个。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["12", "9", "3"] and f.status is Status.CONSISTENT
    assert findings(text.replace("中小学9所", "中小学11所"), "sum")[0].status is Status.MISMATCH


def test_a_time_word_names_no_set(findings):
    # 「今年认定的示范校中,」 is no breakdown of this year's new schools: 12 + 5 against 10 is no error
    text = "今年全县新建学校10所。今年认定的示范校中,小学12所、初中5所。"
    assert findings(text, "sum") == []


def test_a_clause_opening_with_共_and_its_verb_totals_the_list_before(findings, numbers_of):
    text = "在今年的市中小学生艺术展演中,全县学校获一等奖9项、二等奖16项、三等奖22项,共获奖47项。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["47", "9", "16", "22"]
    assert (f.status, f.confidence) == (Status.CONSISTENT, "high")
    assert findings(text.replace("二等奖16项", "二等奖18项"), "sum")[0].status is Status.MISMATCH


def test_two_items_labelled_alike_but_for_a_complementary_pair_cover_the_total(findings):
    text = "今年共资助家庭经济困难新生3,200名,其中考入省内高校的2,100名、考入省外高校的1,100名。"
    assert [f.status for f in findings(text, "sum")] == [Status.CONSISTENT]
    assert [f.status for f in findings(text.replace("1,100名", "1,000名"), "sum")] == [Status.MISMATCH]


def test_a_figure_measured_against_is_no_total(findings, numbers_of):
    # 「超过……的20所」 is the target the 24 beat: 其中 opening the next sentence breaks down the 24
    text = "今年全区新增校园足球特色学校24所,超过年初目标的20所。其中小学15所、初中6所、高中3所。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["24", "15", "6", "3"] and (f.status, f.confidence) == (
        Status.CONSISTENT,
        "high",
    )
    assert findings(text.replace("小学15所", "小学16所"), "sum")[0].status is Status.MISMATCH
    other = "全县建成乡村少年宫42个,高于省定任务数的35个。其中新建28个,改建14个。"
    [g] = findings(other, "sum")
    assert numbers_of(g, other) == ["42", "28", "14"] and g.status is Status.CONSISTENT


def test_qizhong_after_a_list_breaks_down_the_list_not_its_last_item(findings):
    text = "今年计划招聘小学教师40名、初中教师25名,其中乡村学校岗位50名。"
    assert findings(text, "sum") == []
    assert [f for f in findings(text, "part_le_whole") if f.status is Status.MISMATCH] == []
    other = "全市新增幼儿园学位3,200个和小学学位5,400个,其中公办学位6,900个。"
    assert [f for f in findings(other, "part_le_whole") if f.status is Status.MISMATCH] == []


def test_what_is_done_is_the_total_when_the_sentence_before_states_nothing_else(findings, numbers_of):
    text = "截至6月底,已发放助学贷款2.35亿元,贷款发放率98.2%。其中,生源地贷款1.96亿元,校园地贷款0.39亿元。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["2.35亿", "1.96亿", "0.39亿"] and f.confidence == "high"
    assert findings(text.replace("0.39亿", "0.49亿"), "sum")[0].status is Status.MISMATCH


def test_qizhong_after_several_figures_of_its_unit_is_an_uncertain_total(findings):
    # 1,450 or 1,380? the sentence before states two figures of 人 and the items name neither
    text = "今年全校招收新生1,450人,毕业学生1,380人。其中,寄宿生1,120人,走读生280人。"
    assert all(f.status is not Status.MISMATCH for f in findings(text, "sum"))
    assert all(f.confidence == "medium" for f in findings(text, "sum"))


def test_qizhong_after_several_figures_takes_the_one_its_items_name(findings, numbers_of):
    text = "全县小学一年级计划招生3,200人,初中一年级计划招生2,900人。其中,城区小学1,900人,乡镇小学1,300人。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["3,200", "1,900", "1,300"] and f.confidence == "high"
    assert findings(text.replace("乡镇小学1,300人", "乡镇小学1,500人"), "sum")[0].status is Status.MISMATCH


def test_a_set_named_in_full_is_its_figure_not_one_sharing_a_word(findings, numbers_of):
    text = "全县现有公办学校86所,其中公办小学52所、公办初中24所、公办高中10所。公办小学中,寄宿制学校有18所。"
    pairs = {tuple(numbers_of(f, text)): f.status for f in findings(text, "part_le_whole")}
    assert pairs.get(("52", "18")) is Status.CONSISTENT
    wrong = text.replace("有18所", "有60所")
    assert {tuple(numbers_of(f, wrong)): f.status for f in findings(wrong, "part_le_whole")}.get(
        ("52", "60")
    ) is Status.MISMATCH


def test_a_sentence_opening_with_a_colon_list_breaks_down_the_figure_before(findings, numbers_of):
    text = "今年下达学前教育发展资金3,600万元。资金主要用于:扩充普惠性资源1,800万元;幼儿资助1,200万元;教师培训600万元。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["3,600万", "1,800万", "1,200万", "600万"] and f.status is Status.CONSISTENT
    assert findings(text.replace("培训600万", "培训700万"), "sum")[0].status is Status.MISMATCH
    other = "全年争取上级补助资金9,800万元。具体安排如下:校舍维修5,600万元、设备购置4,200万元。"
    assert [f.status for f in findings(other, "sum")] == [Status.CONSISTENT]


def test_last_years_stock_and_this_years_additions_make_this_years(findings, numbers_of):
    text = "今年新建标准化实验室86间,全县标准化实验室由上年的1,240间增加到1,326间。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["1,326", "86", "1,240"] and (f.status, f.confidence) == (
        Status.CONSISTENT,
        "high",
    )
    assert findings(text.replace("1,326间", "1,336间"), "sum")[0].status is Status.MISMATCH
    other = "全市市级示范幼儿园达到150所,比上年的128所增长17.2%,其中今年新评定22所。"
    [g] = findings(other, "sum")
    assert numbers_of(g, other) == ["150", "128", "22"] and g.status is Status.CONSISTENT
    # some closed as well: the additions are not the whole rise
    closed = "今年新建实验室86间,撤并老旧实验室10间,全县实验室由上年的1,240间增加到1,316间。"
    assert findings(closed, "sum") == []


def test_a_limit_is_no_item(findings, numbers_of):
    text = "全县一年级招生2,400人。其中城区学校招生1,500人,班额不超过45人,乡镇学校招生900人。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["2,400", "1,500", "900"] and f.status is Status.CONSISTENT


def test_a_numbered_section_breaks_down_the_figure_of_the_lead(findings, numbers_of):
    text = "今年全县共选派180名教师参加支教。\n1. 支教去向。农村小学90名、农村初中60名、教学点30名。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["180", "90", "60", "30"] and f.confidence == "high"  # 支教 names it
    assert findings(text.replace("教学点30名", "教学点40名"), "sum")[0].status is Status.MISMATCH
    # a heading not naming what the lead's figure counts: another set may be listed, the pairing is a guess
    other = text.replace("支教去向", "人员构成")
    assert [(f.confidence, f.status) for f in findings(other, "sum")] == [("medium", Status.CONSISTENT)]
    assert all(f.status is not Status.MISMATCH for f in findings(other.replace("30名", "40名"), "sum"))


def test_one_figure_in_each_numbered_section_adds_up_to_the_lead(findings, numbers_of):
    text = "全年共投入资金3.2亿元。\n(一)校舍建设。投入1.8亿元,新建校舍4.2万平方米。\n(二)设备购置。投入1.4亿元。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["3.2亿", "1.8亿", "1.4亿"] and f.status is Status.CONSISTENT
    # a section restating the lead's one figure is no part of it
    alone = "全年共投入资金3.2亿元。\n一、总体情况。全年投入资金3.2亿元,新建校舍4.2万平方米。"
    assert findings(alone, "sum") == []


@pytest.mark.parametrize(
    "text",
    [
        "全区公办幼儿园86所(其中乡镇中心园31所),已实现普惠的86所,普惠率100%。",
        "全县小学54所（其中：村小23所）,开齐音体美课程的54所。",
        "全市职业学校27所(其中民办9所),今年新增实训基地的学校11所。",
    ],
)
def test_a_breakdown_in_brackets_ends_at_their_close(findings, numbers_of, text):
    # the figure after the bracket counts the whole again (or another set): no part of the breakdown (what is
    # done of the whole, 已实现普惠的86所, may be another part of the whole, never of the bracketed item)
    assert [f for f in findings(text, "sum") if f.status is Status.MISMATCH] == []
    [f] = findings(text, "part_le_whole")
    whole, item = re.findall(r"\d+", text)[:2]
    assert f.status is Status.CONSISTENT and numbers_of(f, text)[:2] == [whole, item]


def test_a_bracketed_breakdown_of_two_parts_is_still_summed(findings, numbers_of):
    text = "全县小学54所(其中城区小学23所、农村小学31所),开齐音体美课程的54所。"
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["54", "23", "31"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "全年下达学生资助资金2.86亿元。学生资助资金用于学前、义务教育和高中三个学段,分别为0.42亿元、"
            "1.35亿元和1.09亿元。",
            ["2.86亿", "0.42亿", "1.35亿", "1.09亿"],
        ),
        (
            "今年全县新招聘教师642名,培训教师3100人次。新招聘教师按学段分布在小学、初中和高中,依次是318名、"
            "205名、119名。",
            ["642", "318", "205", "119"],
        ),
    ],
)
def test_a_respective_list_breaks_down_the_figure_the_sentence_names(findings, numbers_of, text, expected):
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == expected
    over = text.replace(expected[1], "9" + expected[1][1:], 1)  # the parts now exceed the total
    assert findings(over, "sum")[0].status is Status.MISMATCH


def test_a_respective_list_naming_no_figure_before_is_no_breakdown(findings):
    # two figures of the sentence before, the opening names neither: no total to pair
    text = "基本支出11.32亿元,项目支出7.42亿元。今年重点投向学前教育和义务教育,分别为1.05亿元、3.16亿元。"
    assert [f for f in findings(text, "sum") if "105000000" in f.message] == []


@pytest.mark.parametrize(
    "text",
    [
        "一、总体情况。全县共有在校生5.6万人,其中寄宿生1.84万人,占32.9%。寄宿生中,女生0.95万人。\n"
        "二、分学段情况。寄宿生中,小学生0.62万人,初中生1.22万人。",
        "(一)基本情况。全市今年招收农村订单定向师范生860名,占计划的98%。定向师范生将回乡任教。\n"
        "(二)分专业情况。在定向师范生当中,小学全科510名、学前教育350名。",
    ],
)
def test_a_set_named_after_a_section_heading_reaches_over_it(findings, numbers_of, text):
    # the heading between the set's figure and 「X中,」 is no sentence of the release's running text
    [f] = [g for g in findings(text, "sum") if len(g.claims) == 3]
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text)[0] in {"1.84万", "860"}


@pytest.mark.parametrize(
    "text",
    [
        "全区现有中等职业学校40所,其中国家级示范校9所、省级示范校12所,分别占22.5%和30%。",
        "全市共有乡村教师3200名,其中骨干教师640名、学科带头人160名,分别占教师总数的20%和5%。",
    ],
)
def test_respectively_after_the_items_says_nothing_of_their_being_all(findings, text):
    # 分别 after the items gives each one's share; it does not say the items are the whole of the total
    assert [f for f in findings(text, "sum") if f.status is Status.MISMATCH] == []


@pytest.mark.parametrize(
    "text",
    [
        "全县义务教育招生24,300人。其中城区学校招生1.6万人,随迁子女0.96万人,占比60%。",
        "全市今年发放助学金8,500万元,其中中职学生助学金5,200万元,建档立卡学生4,160万元,占80%。",
    ],
)
def test_an_item_whose_bare_share_is_of_the_item_before_is_no_sibling(findings, text):
    # 0.96万 is 60% of 1.6万, not of 24,300: a part of the item before, so the items need not add up
    assert [f for f in findings(text, "sum") if f.status is Status.MISMATCH] == []


def test_an_item_whose_bare_share_is_of_the_total_stays_a_sibling(findings, numbers_of):
    text = "全县义务教育招生24,300人。其中城区学校招生1.6万人,农村学校招生0.93万人,占38.3%。"
    [f] = findings(text, "sum")
    assert f.status is Status.MISMATCH and f.confidence == "high"
    assert numbers_of(f, text) == ["24,300", "1.6万", "0.93万"]


@pytest.mark.parametrize(
    "text",
    [
        "全市普通高校共42所,其中本科高校18所、高职院校24所,本科高校中有“双一流”建设高校3所。",
        "全市普通高校共42所,其中本科高校18所、高职院校24所,高职院校当中入选“双高计划”的有5所。",
    ],
)
def test_a_clause_naming_a_narrower_set_ends_the_breakdown(findings, numbers_of, text):
    # the figure after 「本科高校中有」 counts within one item, not beside the items: 18 + 24 = 42
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["42", "18", "24"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("全县高校毕业生共2.3万人,考取研究生2,150人和考取公务员860人,合计升学3,010人。", Status.CONSISTENT),
        ("全县初中毕业生8,650人,升入普通高中5,120人、升入中职学校3,240人,合计升学8,460人。", Status.MISMATCH),
    ],
)
def test_a_figure_opening_the_list_that_exceeds_the_total_is_its_pool(findings, numbers_of, text, status):
    # the graduates are the set the parts are taken from: the parts are the two figures after them
    [f] = findings(text, "sum")
    assert f.status is status and f.confidence == "high"
    assert len(numbers_of(f, text)) == 3 and numbers_of(f, text)[0] in {"3,010", "8,460"}


def test_a_list_going_on_from_the_sentence_before(findings, numbers_of):
    text = (
        "全区公办幼儿园42所,在园幼儿1.1万人。另外,普惠性民办幼儿园在园幼儿0.65万人、非普惠性民办园0.2万人,"
        "全区在园幼儿合计1.95万人。"
    )
    [f] = findings(text, "sum")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["1.95万", "1.1万", "0.65万", "0.2万"]
    # two figures of the unit in the sentence before: which of them the list takes is a guess, never a mismatch
    unsure = (
        "全区公办幼儿园在园幼儿1.1万人,民办园0.3万人。此外,普惠性民办幼儿园在园幼儿0.65万人、"
        "非普惠性民办园0.2万人,全区合计2.25万人。"
    )
    assert all(g.status is not Status.MISMATCH for g in findings(unsure, "sum"))


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "今年全县共投入校舍维修资金2,860万元,比上年增加320万元。维修项目覆盖全县城乡各类学校。\n"
            "从资金来源看:中央资金1,200万元;省级资金960万元;县级资金700万元。",
            Status.CONSISTENT,
        ),
        (
            "全市今年共下达学生资助资金6,450万元,受益学生3.2万人次。资助覆盖各个学段。\n"
            "按学段分,学前教育1,150万元,义务教育2,300万元,普通高中1,800万元,中职1,100万元。",
            Status.MISMATCH,
        ),
    ],
)
def test_a_criterion_breaks_down_the_last_figure_of_its_unit(findings, numbers_of, text, status):
    # the sentence right before the criterion states no sum of money: the total is the one stated before it
    [f] = findings(text, "sum")
    assert f.status is status and f.confidence == "high"
    assert numbers_of(f, text)[0] in {"2,860万", "6,450万"} and len(f.claims) in {4, 5}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "今年下达义务教育补助资金9,800万元(含中央资金6,200万元、省级资金3,600万元),主要用于校舍改造。",
            Status.CONSISTENT,
        ),
        ("全县招聘教师326名(包括特岗教师120名和县聘教师260名)。", Status.MISMATCH),
    ],
)
def test_parts_a_bracket_says_the_figure_includes(findings, numbers_of, text, status):
    # 含 lists parts that may not be all of it: judged as a breakdown that may be partial
    [f] = findings(text, "sum")
    assert f.status is status and f.confidence == "high" and len(numbers_of(f, text)) == 3
    # a shortfall that is no typo stays unjudged
    assert findings("全县招聘教师326名(包括特岗教师120名和县聘教师150名)。", "sum") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("全县原有标准化考场320间,今年新建成86间,总数达到406间。", Status.CONSISTENT),
        ("截至上年底,全市已建成校园足球特色学校152所;今年新认定38所,累计达200所。", Status.MISMATCH),
    ],
)
def test_what_there_was_and_what_is_new_make_the_running_total(findings, numbers_of, text, status):
    [f] = findings(text, "sum")
    assert f.status is status and f.confidence == "high"
    assert numbers_of(f, text) in (["406", "320", "86"], ["200", "152", "38"])


def test_a_figure_of_another_unit_opening_the_sentence_leaves_the_list_certain(findings, numbers_of):
    # 126所 is what the sentence opens with, not a gap in the list of 台: 2,450 + 380 against 2,930
    text = "全县126所中小学全部接入教育专网,今年新配备学生平板2,450台、教师笔记本380台,共计2,930台。"
    [f] = findings(text, "sum")
    assert f.status is Status.MISMATCH and f.confidence == "high"
    assert numbers_of(f, text) == ["2,930", "2,450", "380"]


def test_a_group_by_another_attribute_after_a_semicolon_ends_the_list(findings, numbers_of):
    # 女性/男性 split the 508 even when a typo keeps them from adding up; 研究生学历 after 「;」 is no item
    text = "今年实际拟录用教师508名。拟录用人员中,女性395人、男性116人;硕士研究生学历143人。"
    [f] = findings(text, "sum")
    assert f.status is Status.MISMATCH and numbers_of(f, text) == ["508", "395", "116"]


def test_the_stock_named_as_a_total_of_what_the_additions_are(findings, numbers_of):
    # 「校车总数」 counts 校车: the new 标准化校车 add to it
    text = "新配备的30辆标准化校车正式投入运营,全县校车总数增至136辆,此前为106辆。"
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["136", "30", "106"] and (f.status, f.confidence) == (
        Status.CONSISTENT,
        "high",
    )
    assert findings(text.replace("此前为106辆", "此前为116辆"), "sum")[0].status is Status.MISMATCH
    other = "今年新建的12个智慧教室已交付使用,全校智慧教室数量由上年的48个增加到60个。"
    [g] = findings(other, "sum")
    assert numbers_of(g, other) == ["60", "12", "48"] and g.status is Status.CONSISTENT


def test_a_first_section_giving_the_overview_is_the_lead(findings, numbers_of):
    text = (
        "县学生资助工作情况\n一、基本情况。今年全县安排学生资助资金5,400万元,比上年增加300万元。\n"
        "二、资金构成。中央资金3,200万元,省级资金1,500万元,县级资金700万元。"
    )
    [f] = findings(text, "sum")
    assert numbers_of(f, text) == ["5,400万", "3,200万", "1,500万", "700万"] and f.confidence == "high"
    assert findings(text.replace("县级资金700万", "县级资金900万"), "sum")[0].status is Status.MISMATCH
    # a lead before the overview: the overview restates it, the lead is the paragraph before
    led = "今年全县安排学生资助资金5,400万元。\n" + text.split("\n", 1)[1]
    assert all(f.status is not Status.MISMATCH for f in findings(led.replace("700万", "900万"), "sum"))


@pytest.mark.parametrize(
    "text",
    [
        "今年全区实施校舍改造项目12个。截至9月底,已竣工7个、在建5个。",
        "全县新建公办幼儿园8所。目前3所已投入使用,5所正在施工。",
        "全县新建公办幼儿园8所,其中3所已投入使用,5所正在施工。",  # a 其中 list: judged once
    ],
)
def test_the_stages_of_the_projects_make_no_more_than_their_number(findings, numbers_of, text):
    [f] = findings(text, "sum")
    assert len(numbers_of(f, text)) == 3 and (f.status, f.confidence) == (Status.CONSISTENT, "high")
    # more under way than there are projects: a mismatch; fewer: some may not have started, nothing said
    more = text.replace("在建5个", "在建6个").replace("5所正在", "6所正在")
    assert [f.status for f in findings(more, "sum")] == [Status.MISMATCH]
    fewer = text.replace("在建5个", "在建4个").replace("5所正在", "4所正在")
    if "其中" not in text:  # a 其中 list is judged as such
        assert all(f.status is not Status.MISMATCH for f in findings(fewer, "sum"))
