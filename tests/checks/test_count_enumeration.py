from decimal import Decimal

import edclaims.checks.count_enumeration  # noqa: F401  (registers the family)
from edclaims.pipeline import verify_text
from edclaims.records import Finding, Status
from edclaims.tagging import get_tagger


def _run(text: str) -> list[Finding]:
    return verify_text(text, tagger=get_tagger("rules"), checks=["count_enumeration"]).findings


def _count_of(finding: Finding, text: str) -> str:
    [claim] = finding.claims
    return text[claim.start : claim.end]


def test_ordinal_items_in_following_paragraphs():
    text = "今年主要引进了三所优质学校。\n\n一是甲实验学校。该校位于城北。\n\n二是乙中学。\n\n三是丙学校。\n"
    [f] = _run(text)
    assert f.status is Status.CONSISTENT
    assert _count_of(f, text) == "三所"
    assert (f.stated, f.expected) == (Decimal(3), Decimal(3))


def test_more_items_than_announced_is_a_mismatch():
    text = "今年采取三项措施:一是加强管理;二是完善制度;三是强化保障;四是严格考核。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH
    assert _count_of(f, text) == "三项"
    assert f.expected == Decimal(4)


def test_numbered_lines():
    text = "重点抓好{n}个方面:\n(一)加强领导。\n(二)完善制度。\n(三)强化保障。\n"
    assert _run(text.format(n="三"))[0].status is Status.CONSISTENT
    assert _run(text.format(n="四"))[0].status is Status.MISMATCH


def test_respectively_named_items():
    text = "全市共有{n}所学校获评,分别为甲中学、乙小学和丙学校。"
    [ok] = _run(text.format(n="3"))
    assert ok.status is Status.CONSISTENT
    [bad] = _run(text.format(n="4"))
    assert bad.status is Status.MISMATCH


def test_list_closed_by_deng_is_open():
    assert _run("全市共有4所学校获评,分别为甲中学、乙小学等。") == []
    assert _run("在甲区、乙区等6个县区新建幼儿园。") == []


def test_redacted_count_is_unverifiable():
    [f] = _run("全市共有x所学校获评,分别为甲中学、乙小学和丙学校。")
    assert f.status is Status.UNVERIFIABLE
    assert f.expected == Decimal(3)


def test_list_before_the_count():
    [f] = _run("在甲区、乙区、丙区3个县区新建幼儿园。")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    # a small count one away from the names listed counts them: a lost or added name is a mismatch
    [g] = _run("送教团队走进青石、柳河、双榆、北岔5个乡镇。")
    assert g.status is Status.MISMATCH
    # 「中小学、幼儿园12所」 counts schools of two kinds: no finding, and never a mismatch
    assert _run("全市新建中小学、幼儿园12所。") == []
    [h] = _run("全市新建中小学、幼儿园2所。")
    assert h.status is Status.CONSISTENT and h.confidence == "medium"


def test_a_list_after_the_count_and_its_noun():
    [f] = _run("我们出台了减负五条措施:严控进校园、规范督查检查、精简报表、减少社会事务、保障休假。")
    assert f.status is Status.CONSISTENT
    [g] = _run("新增专业群4个,涵盖智能制造、新能源汽车技术和现代物流。")
    assert g.status is Status.MISMATCH and g.expected == 3
    assert _run("新增专业群4个,涵盖智能制造、现代物流等。") == []  # 等 leaves the list open
    [h] = _run("课程分为作业辅导、体育运动、艺术素养、科技创新四大类。")
    assert h.status is Status.CONSISTENT and h.confidence == "high"


def test_a_count_that_does_not_announce_the_list_is_not_a_mismatch():
    assert _run("全市新建学校5所。一是加强管理;二是完善制度;三是强化保障。") == []


def test_press_conference_reporters_and_guests():
    text = (
        "本场发布会邀请到市教育局局长甲某、副局长乙某、科长丙某,就有关情况进行发布。\n"
        "问题一:学校建设进展如何?\n答:进展顺利。\n"
        "问题二:课后服务开展情况?\n答:全面开展。\n"
        "感谢2位记者朋友的提问,感谢3位嘉宾的发布与解答。\n"
    )
    found = _run(text)
    assert sorted(_count_of(f, text) for f in found) == ["2位", "3位"]
    assert all(f.status is Status.CONSISTENT and f.confidence == "medium" for f in found)
    # one reporter may ask two questions: a different number is no finding at all
    assert _run(text.replace("感谢2位", "感谢1位").replace("感谢3位", "感谢4位")) == []


def test_more_reporters_than_numbered_questions_is_a_mismatch():
    text = (
        "问题一:学校建设进展如何?\n答:进展顺利。\n"
        "问题二:课后服务开展情况?\n答:全面开展。\n"
        "感谢5位记者朋友的提问。\n"
    )
    [f] = _run(text)
    assert f.status is Status.MISMATCH
    assert f.stated == 5 and f.expected == 2
    assert _run(text.replace("感谢5位", "感谢2位"))[0].status is Status.CONSISTENT


def test_items_after_a_colon_in_the_counts_own_sentence_are_counted():
    text = "全区重点抓了五项工作:一是开展常见病监测,筛查学生2.37万人;二是推进近视防控;三是加强心理健康教育;四是落实传染病防控。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH and f.expected == 4
    assert _run(text.replace("五项", "四项"))[0].status is Status.CONSISTENT


def test_a_count_of_kinds_counts_the_names_listed_before_it():
    [f] = _run("报名时需提供户口簿、房产证明和居住证四项材料。")
    assert f.status is Status.MISMATCH and f.expected == 3
    assert _run("报名时需提供户口簿、房产证明和居住证三项材料。")[0].status is Status.CONSISTENT
    # schools of the kinds named are no list of kinds: agreement only
    assert _run("全市新建中小学、幼儿园12所。") == []
    # a choice from a counted list is no count of that list
    assert all(
        f.status is not Status.MISMATCH
        for f in _run("选考项目从跳远、跳绳、实心球、篮球、足球、排球六项中任选两项。")
    )


def test_a_count_written_with_大():
    [f] = _run("开设装备制造、现代农业、旅游服务、电子商务4大专业群。")
    assert f.status is Status.CONSISTENT
    [g] = _run("实施学前教育普惠扩容、义务教育强校提质和县中振兴四大工程。")
    assert g.status is Status.MISMATCH and g.expected == 3


def test_a_count_closing_circled_number_items():
    text = "检查内容:①教学楼结构安全;②实验室危化品管理;③宿舍消防通道,共3个方面。"
    [f] = _run(text)
    assert f.status is Status.CONSISTENT and f.confidence == "high" and _count_of(f, text) == "3个"
    [g] = _run(text.replace("共3个", "共4个"))
    assert g.status is Status.MISMATCH and g.expected == 3
    # numbering with a gap is not a list we can count
    assert _run("检查内容:①教学楼结构安全;③宿舍消防通道,共3个方面。") == []


def test_a_list_in_the_clause_before_a_closing_count(findings):
    text = "本次评选涵盖德育、智育、体育、美育、劳动教育,共5个类别。"
    [f] = findings(text, "count_enumeration")
    assert f.status is Status.CONSISTENT
    other = "课程设置包括书法、围棋、篮球、合唱和编程,合计5门。"
    [g] = findings(other, "count_enumeration")
    assert g.status is Status.CONSISTENT


def test_two_names_joined_by_和_before_a_count_of_two(findings):
    text = "全市重点推进城区学校和乡村学校“两类学校”结对帮扶。"
    [f] = findings(text, "count_enumeration")
    assert f.status is Status.CONSISTENT
    # without 、 a longer list cannot be told from one name holding 和: nothing is said
    assert findings("重点推进城区学校和乡村学校三类学校结对帮扶。", "count_enumeration") == []


def test_numbered_headings_after_a_count_of_kinds_with_a_figure_after_it(findings):
    text = "今年共实施三项惠民工程,总投资1.2亿元。\n(一)校舍改造。\n(二)食堂提升。\n(三)操场翻新。"
    [f] = findings(text, "count_enumeration")
    assert f.status is Status.CONSISTENT and f.confidence == "medium"
    # one heading too many is only a guess here: never a mismatch
    more = "今年共实施三项惠民工程,总投资1.2亿元。\n(一)校舍改造。\n(二)食堂提升。\n(三)操场翻新。\n(四)照明改造。"
    assert all(g.status is not Status.MISMATCH for g in findings(more, "count_enumeration"))


def test_a_figure_of_a_respectively_list_is_no_count_of_the_names_before_it():
    assert _run("全区共有中职学校8所,其中公办和民办分别为两所、6所。") == []


def test_numbered_items_inside_the_paragraph_after_the_count_s_colon(findings):
    # ①②③ or (一)(二)… written on in one paragraph after 「……N项:」 are the N items
    text = "今年重点推进四项改革:①深化集团化办学;②推进县管校聘;③完善课后服务;④改革中考招生。全县投入资金3.2亿元。"
    [f] = findings(text, "count_enumeration")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    wrong = "学校围绕劳动教育开展了三类实践:(一)校内劳动;(二)家务劳动;(三)社区服务;(四)研学实践。"
    [g] = findings(wrong, "count_enumeration")
    assert g.status is Status.MISMATCH and g.expected == 4


def test_a_numbered_list_after_a_colon_needs_its_first_number_right_there(findings):
    # the colon introduces prose, not numbered items: the ① and ② later in the paragraph are another list's
    text = "下一步将抓好两件事:加快建设新校区,改善办学条件;另将从①号方案和②号方案中评选一个。"
    assert findings(text, "count_enumeration") == []


def test_items_named_before_their_figures_after_分别为(findings):
    # each item names the counted noun (校区) before its figure: the names are the items
    text = "集团共有4个校区,分别为东湖校区1,200人、西湖校区860人、南山校区740人。"
    [f] = findings(text, "count_enumeration")
    assert f.status is Status.MISMATCH and f.expected == 3
    ok = "全市确定3个试点县,分别是安平县12所、临河县9所和北塘县15所。"
    [g] = findings(ok, "count_enumeration")
    assert g.status is Status.CONSISTENT


def test_a_breakdown_by_kind_after_分别为_is_not_a_list_of_the_counted(findings):
    # three schools split by kind: 小学 and 初中 are not two schools
    assert findings("今年新建学校3所,分别为小学2所、初中1所。", "count_enumeration") == []


def test_numbered_items_after_a_count_of_things_other_than_kinds_are_agreement_only(findings):
    # three schools won prizes, listed by grade: two grades are no disagreement worth reporting
    text = "今年共有3所学校获奖:①一等奖1所;②二等奖2所。"
    assert findings(text, "count_enumeration") == []


def test_a_name_holding_yu_may_be_one_item():
    # 「体育与健康」, 「艺术与设计」 are one subject / major each: the 与 need not close the list
    for text, count in (
        ("本学期教研活动覆盖小学科学、体育与健康、音乐三个学科。", "三个"),
        ("今年新设三个专业,分别为智能制造、电子商务、艺术与设计。", "三个"),
    ):
        [f] = _run(text)
        assert f.status is Status.CONSISTENT, text
        assert _count_of(f, text) == count
        assert f.expected == Decimal(3)


def test_a_count_neither_reading_gives_is_still_a_mismatch():
    text = "本次招聘岗位涉及语文、数学、道德与法治五个学科。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH
    assert f.confidence == "high"
    assert f.expected == Decimal(4)  # the nearer reading: 语文、数学、道德、法治


def test_a_quoted_last_item_is_never_split():
    text = "全县中小学围绕“安全与健康”、“劳动与实践”两个主题开展活动。"
    [f] = _run(text)
    assert f.status is Status.CONSISTENT
    assert f.expected == Decimal(2)


def test_he_before_the_last_item_closes_the_list():
    # 「A、B、C和D」: 和 is the list's own closing word, so four items against 三类 stay a mismatch
    text = "全市将重点整治三类问题:超前培训、违规收费、虚假宣传和无证办学。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH
    assert f.expected == Decimal(4)


def test_labels_quoted_one_after_another_before_the_count():
    text = "问卷设“非常满意”“满意”“不太满意”“不满意”四个选项,家长选择的比例依次为51.2%、36.5%、9.1%、3.2%。"
    [f] = _run(text)
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert f.expected == Decimal(4)
    text = "评价结果分为“优秀”、“良好”和“合格”四个等级。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH and f.expected == Decimal(3)


def test_one_quote_holding_a_list_before_the_count():
    # the list's labels may hold counts of their own (一校一案): the quoted labels are the items
    text = "全面推行“一校一案、一班一册、一人一档”三项制度。"
    [f] = _run(text)
    assert f.status is Status.CONSISTENT and f.expected == Decimal(3)
    text = "坚持“双减”“五项管理”“课后服务”三项重点不放松,全县落实到位。"
    [f] = _run(text)
    assert f.status is Status.CONSISTENT and f.expected == Decimal(3)
    assert _run("全面推行“一校一案、一班一册、一人一档”两项制度。")[0].status is Status.MISMATCH
    assert _run("推行“一校一案、一班一册”等三项制度。") == []  # 等 leaves the list open


def test_a_noun_of_kinds_after_the_count_names_the_items_listed():
    # 「共9个学科」 counts the subjects named: a mismatch even three apart; 「……12所」 counts schools
    text = "本次教研活动覆盖语文、数学、英语、物理、化学、历史,共9个学科。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH and f.expected == Decimal(6)
    text = "开设智能制造、现代物流、护理8大专业群。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH and f.expected == Decimal(3)
    assert all(f.status is not Status.MISMATCH for f in _run("全县城区小学、乡镇小学、村小共12所。"))
