import pytest

from edclaims.records import Status

TEXT = "全市中小学校舍改造项目80个,已完工62个,其余{r}个项目年底前完工。"


def test_whole_minus_part_equals_the_remainder(findings, numbers_of):
    text = TEXT.format(r="18")
    [f] = findings(text, "remainder")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["80", "62", "18"]


def test_wrong_remainder_is_a_mismatch(findings):
    [f] = findings(TEXT.format(r="17"), "remainder")
    assert f.status is Status.MISMATCH
    assert str(f.expected) == "18"


def test_redacted_part_is_unverifiable(findings):
    [f] = findings(TEXT.format(r="18").replace("62个", "xx个"), "remainder")
    assert f.status is Status.UNVERIFIABLE


def test_an_item_named_qita_after_deng_is_not_a_remainder(findings):
    text = "累计投入经费2.3亿元,其中新建项目1.4亿元,公用经费0.6亿元,教师培训等其他支出0.3亿元。"
    assert findings(text, "remainder") == []
    [total] = findings(text, "sum")
    assert total.status.value == "consistent"


def test_the_total_of_a_qizhong_breakdown_is_the_whole_of_its_remainder(findings, numbers_of):
    # the remainder inherits the item's subject (自营食堂): the 其中 structure, not the subject, pairs it
    text = "全县共有学校食堂136个,其中自营食堂121个,其余15个为托管或配餐。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["136", "121", "15"] and f.status.value == "consistent"
    assert findings(text.replace("其余15个", "其余16个"), "remainder")[0].status.value == "mismatch"


def test_a_whole_in_the_paragraph_before_gives_a_medium_confidence_remainder(findings, numbers_of):
    text = "全县覆盖农村义务教育学校112所。\n采取食堂供餐的学校104所,其余8所采取企业供餐。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["112", "104", "8"]
    assert f.status.value == "consistent" and f.confidence == "medium" and f.pairing
    assert findings(text.replace("其余8所", "其余9所"), "remainder")[0].status.value == "unverifiable"


def test_a_clause_naming_its_set_gives_the_whole_of_the_items_and_remainder(findings, numbers_of):
    text = "全市47所普通高中中,省级示范性高中19所,特色高中12所,其余16所为普通标准化高中。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["47", "19", "12", "16"] and f.status.value == "consistent"
    assert findings(text.replace("其余16所", "其余18所"), "remainder")[0].status.value == "mismatch"


def test_those_not_yet_counted_are_the_remainder_of_the_set(findings, numbers_of):
    text = "全县共有适龄残疾儿童少年412人,已入学405人,入学率98.3%。尚未入学的7人正在康复。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["412", "405", "7"] and f.status.value == "consistent"
    # 尚未入学 denies the very verb of 已入学, whose whole is the one figure before it: a certain pairing
    assert f.confidence == "high"
    assert findings(text.replace("的7人", "的9人"), "remainder")[0].status.value == "mismatch"


def test_the_rest_of_what_is_done(findings, numbers_of):
    text = "全县共排查出疑似失学辍学学生63人,已劝返复学58人,劝返率92.1%;其余5人已办理送教上门。"
    [f] = findings(text, "remainder")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["63", "58", "5"]
    [g] = findings(text.replace("其余5人", "其余6人"), "remainder")
    assert g.status is Status.MISMATCH and g.confidence == "high"


def test_what_is_not_yet_done_names_the_verb_of_what_is(findings, numbers_of):
    text = (
        "全县共有适龄残疾儿童少年412人,已入学405人,入学率98.3%。\n"
        "已入学的学生中,在特殊教育学校就读126人,随班就读198人,送教上门81人。尚未入学的7人均在康复治疗。"
    )
    found = [f for f in findings(text, "remainder") if numbers_of(f, text)[-1] == "7"]
    assert [numbers_of(f, text) for f in found] == [["412", "405", "7"]]
    assert found[0].status is Status.CONSISTENT


def test_parts_between_the_done_part_and_the_rest(findings, numbers_of):
    text = "今年共实施教育项目18个。截至10月底,18个项目中已竣工11个,在建5个,其余2个正在办理前期手续。"
    found = [f for f in findings(text, "remainder") if numbers_of(f, text)[-1] == "2"]
    assert found and found[0].status is Status.CONSISTENT
    assert numbers_of(found[0], text)[1:] == ["11", "5", "2"]


def test_a_breakdown_of_the_done_part_is_not_beside_it(findings, numbers_of):
    text = "全县适龄残疾儿童少年356人,已入学349人。已入学学生中,在特殊教育学校就读118人,随班就读163人;未入学的7人均已建档。"
    found = [f for f in findings(text, "remainder") if numbers_of(f, text)[-1] == "7"]
    assert [numbers_of(f, text) for f in found] == [["356", "349", "7"]]
    assert found[0].status is Status.CONSISTENT


def test_a_rest_after_items_that_make_up_their_set_is_the_rest_beside_the_set(findings, numbers_of):
    text = (
        "全县建档适龄残疾儿童少年254名,安置入学248名。已安置的学生中,在特殊教育学校就读70名、"
        "随班就读131名、接受送教上门47名;尚有6名在医疗机构康复。"
    )
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["254", "248", "6"]
    assert (f.status, f.confidence) == (Status.CONSISTENT, "high")
    assert findings(text.replace("尚有6名", "尚有8名"), "remainder")[0].status is Status.MISMATCH


def test_a_rest_broken_down_after_it_is_not_a_rest_beside_its_own_items(findings, numbers_of):
    text = "全县农村行政村318个,其中幼儿园覆盖的行政村共297个,其余21个行政村人口较少,其中有5个行政村没有适龄幼儿,16个行政村适龄幼儿不足20人。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["318", "297", "21"] and f.status is Status.CONSISTENT


def test_what_is_done_of_a_set_named_with_its_figure_is_a_certain_pairing(findings, numbers_of):
    text = "全市12个县(市、区)中已有8个通过国家评估认定,其余4个计划于明年完成。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["12", "8", "4"] and (f.status, f.confidence) == (Status.CONSISTENT, "high")
    assert findings(text.replace("其余4个", "其余5个"), "remainder")[0].status is Status.MISMATCH


def test_a_rest_after_items_of_one_list_is_not_the_rest_of_the_first_item(findings):
    # 126 is the first kind of exchange, not the whole: the list's whole (214) is stated before it
    text = "今年全县有214名教师参加交流。\n城区学校到乡村学校126名,乡村学校之间53名,其余35名到城区学校跟岗。"
    assert all(f.status is not Status.MISMATCH for f in findings(text, "remainder"))
    other = "全市新建校舍中,教学用房4.6万平方米,教学辅助用房1.2万平方米,其余0.8万平方米为生活用房。"
    assert all(f.status is not Status.MISMATCH for f in findings(other, "remainder"))


def test_a_numbered_section_ending_in_a_rest_takes_the_lead_as_its_whole(findings, numbers_of):
    text = "今年全县共有214名教师参加交流轮岗。\n一、交流方式。城区学校到乡村学校126名,乡村学校之间53名,其余35名跟岗学习。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["214", "126", "53", "35"] and (f.status, f.confidence) == (
        Status.CONSISTENT,
        "high",
    )
    assert findings(text.replace("其余35名", "其余45名"), "remainder")[0].status is Status.MISMATCH


def test_what_is_still_there_and_not_yet_done_is_the_rest(findings, numbers_of):
    text = "全县高校毕业生2.46万人,已就业1.98万人。目前还有4800人未就业,已纳入帮扶台账。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["2.46万", "1.98万", "4800"] and f.status is Status.CONSISTENT
    assert findings(text.replace("4800人", "5800人"), "remainder")[0].status is Status.MISMATCH
    other = "今年计划改造薄弱学校30所,截至9月已完工24所。尚有6所没有完工,将于年底前完成。"
    [g] = findings(other, "remainder")
    assert numbers_of(g, other) == ["30", "24", "6"] and g.status is Status.CONSISTENT


def test_a_sum_carried_over_is_the_budget_less_what_was_spent(findings, numbers_of):
    text = "今年安排学生资助资金预算2,400万元,实际支出2,150万元,执行率89.6%,结余250万元。"
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["2,400万", "2,150万", "250万"] and (f.status, f.confidence) == (
        Status.CONSISTENT,
        "high",
    )
    assert findings(text.replace("结余250万", "结余350万"), "remainder")[0].status is Status.MISMATCH
    other = "项目年度预算860万元,已使用790万元,结转下年使用70万元。"
    [g] = findings(other, "remainder")
    assert numbers_of(g, other) == ["860万", "790万", "70万"] and g.status is Status.CONSISTENT


def test_a_rest_beside_one_part_takes_the_whole_that_part_is_of(findings, numbers_of):
    # the whole is a paragraph back, after a bracketed item of it that is no whole of anything
    texts = [
        "全县共有乡镇中心学校42所(其中寄宿制学校17所),生均经费足额拨付。\n"
        "全县36所学校开设课后服务,开设率85.7%,其余6所将于下学期开设。",
        "今年全市排查校舍120栋(含教学楼48栋)。\n经鉴定,98栋校舍达到抗震设防标准;剩余22栋纳入加固计划。",
    ]
    for text, expected in zip(texts, [["42", "36", "6"], ["120", "98", "22"]], strict=True):
        [f] = findings(text, "remainder")
        assert f.status is Status.CONSISTENT and numbers_of(f, text) == expected
        assert f.confidence == "medium"  # the whole stands a paragraph back: a guess, never a mismatch
    wrong = texts[0].replace("其余6所", "其余9所")
    assert findings(wrong, "remainder")[0].status is Status.UNVERIFIABLE


@pytest.mark.parametrize(
    ("text", "expected", "confidence"),
    [
        (
            "全县共有中小学校126所,其中完全小学58所、教学点40所,小学合计98所,其余28所为初中。",
            ["126", "98", "28"],
            "high",
        ),
        (
            "全市培训教师5,600人次,其中市级培训1,200人次、区级培训2,300人次,两级共计3,500人次,"
            "剩余2,100人次由学校组织。",
            ["5,600", "3,500", "2,100"],
            "medium",  # the rest's subject names none of the figures before: the whole is the nearest fit
        ),
    ],
)
def test_a_stated_total_of_the_parts_stands_for_them_before_the_rest(
    findings, numbers_of, text, expected, confidence
):
    # 98 (合计) stands for 58 and 40: the rest is 126 − 98, and an item (2,300) is never the rest's whole
    [f] = findings(text, "remainder")
    assert f.status is Status.CONSISTENT and f.confidence == confidence
    assert numbers_of(f, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "截至目前,全县已有36所学校完成食堂改造。全县需改造食堂的学校总数为41所,其余5所将于年底前完工。",
            ["41", "36", "5"],
            Status.CONSISTENT,
        ),
        (
            "全市已有128个村建成村级幼儿园。全市行政村共有140个,尚有13个村正在建设。",
            ["140", "128", "13"],
            Status.MISMATCH,
        ),
    ],
)
def test_the_whole_stated_after_what_is_done(findings, numbers_of, text, expected, status):
    # what is done comes first, the whole (共, 总数) opens the rest's sentence: the rest is whole − done
    [f] = findings(text, "remainder")
    assert f.status is status and f.confidence == "high"
    assert numbers_of(f, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "全市今年新增学位9,600个,其中小学学位5,200个,其余为初中学位,共4,400个。",
            ["9,600", "5,200", "4,400"],
            Status.CONSISTENT,
        ),
        (
            "全县招聘教师420名,其中小学教师260名、初中教师110名;其余是幼儿园教师,计60名。",
            ["420", "260", "110", "60"],
            Status.MISMATCH,
        ),
    ],
)
def test_a_rest_named_in_a_clause_before_its_figure(findings, numbers_of, text, expected, status):
    [f] = findings(text, "remainder")
    assert f.status is status and f.confidence == "high"
    assert numbers_of(f, text) == expected
    assert findings(text, "sum") == []  # the figure after 共 is the rest, not the total of the list


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "今年全县计划改造薄弱学校校舍32所,目前已开工29所,还有3个项目因资金未到位尚未开工。",
            ["32", "29", "3"],
            Status.CONSISTENT,
        ),
        (
            "全市计划建设智慧校园示范校60所,已通过验收52所,另有9个项目尚未通过验收。",
            ["60", "52", "9"],
            Status.MISMATCH,
        ),
    ],
)
def test_a_rest_in_ge_denying_what_is_done(findings, numbers_of, text, expected, status):
    # 项目 counted in 个 are the schools counted in 所: the rest denies the verb of what is done (开工, 验收)
    [f] = findings(text, "remainder")
    assert f.status is status and f.confidence == "high"
    assert numbers_of(f, text) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (
            "今年计划招聘乡村教师300名,经考试考核,实际录用288名,剩余12个岗位将于下半年补录。",
            ["300", "288", "12"],
        ),
        ("学校设置助管岗位150个,已有138人上岗,另有12个岗位因无人报名暂缓招聘。", ["150", "138", "12"]),
        ("全区招生计划1,200人,最终录取1,188人,空缺名额12个。", ["1,200", "1,188", "12"]),
    ],
)
def test_posts_left_after_a_plan_and_those_taken_on(findings, numbers_of, text, numbers):
    # a post counted in 个 is a person counted in 名/人: plan − taken on = posts left
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == numbers and (f.status, f.confidence) == (Status.CONSISTENT, "high")
    [g] = findings(text.replace("12个", "21个"), "remainder")
    assert g.status is Status.MISMATCH and str(g.expected) == "12"


def test_posts_left_need_one_plan_before_those_taken_on(findings):
    # two figures that may be the plan (报名 is none, but two plans are): no pairing
    text = "小学计划招聘200名,初中计划招聘100名,实际录用288名,尚有12个岗位空缺。"
    assert all(f.status is not Status.MISMATCH for f in findings(text, "remainder"))


def test_a_rest_after_several_figures_of_its_sentence_is_of_the_first(findings, numbers_of):
    # 另有 ends what was done with those found: the first figure of the sentence is the whole
    text = (
        "年初摸排出疑似失学儿童42人,经逐户核实,劝返复学35人,对4名残疾儿童安排送教上门,另有3人因病办理休学。"
    )
    [f] = findings(text, "remainder")
    assert numbers_of(f, text) == ["42", "35", "4", "3"] and f.status is Status.CONSISTENT
    other = "全年排查疑似辍学学生31人,劝返28人,对2人重度残疾儿童送教上门,另有1人出国就读。"
    [g] = findings(other, "remainder")
    assert numbers_of(g, other) == ["31", "28", "2", "1"] and g.status is Status.CONSISTENT
