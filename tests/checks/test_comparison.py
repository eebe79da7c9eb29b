from decimal import Decimal

import edclaims.checks.comparison  # noqa: F401  (registers the family)
from edclaims.pipeline import verify_text
from edclaims.records import Finding, Status
from edclaims.tagging import get_tagger


def _run(text: str) -> list[Finding]:
    return verify_text(text, tagger=get_tagger("rules"), checks=["comparison"]).findings


def _pairs(findings: list[Finding], text: str) -> list[tuple[str, str]]:
    return [tuple(text[c.q_start : c.q_end] for c in f.claims) for f in findings]  # type: ignore[misc]


def test_respectively_ordered_targets_pair_in_order():
    text = "全市公办园在园幼儿占比达到57.6%,普惠性幼儿园覆盖率达到80.57%,高于省定的50%、80%目标任务。"
    found = _run(text)
    assert _pairs(found, text) == [("57.6", "50"), ("80.57", "80")]
    assert all(f.status is Status.CONSISTENT and f.confidence == "high" for f in found)


def test_a_target_not_reached_is_a_mismatch():
    text = "全市公办园在园幼儿占比达到47.6%,普惠性幼儿园覆盖率达到80.57%,高于省定的50%、80%目标任务。"
    first, second = _run(text)
    assert first.status is Status.MISMATCH
    assert (first.stated, first.expected) == (Decimal("47.6"), Decimal("50"))
    assert second.status is Status.CONSISTENT


def test_over_completion_of_a_count_target():
    text = "今年完成校舍改造{n}所,超额完成目标任务10所。"
    [ok] = _run(text.format(n="12"))
    assert ok.status is Status.CONSISTENT
    [bad] = _run(text.format(n="9"))
    assert bad.status is Status.MISMATCH


def test_simple_rate_over_target():
    [f] = _run("全市义务教育巩固率达到96.5%,超过目标95%。")
    assert f.status is Status.CONSISTENT


def test_redacted_value_is_unverifiable():
    [f] = _run("全市义务教育巩固率达到9x.5%,超过目标95%。")
    assert f.status is Status.UNVERIFIABLE


def test_no_target_number_and_approximations_give_nothing():
    assert _run("今年认定普惠性民办幼儿园30所,超额完成目标任务。") == []
    assert _run("全年组织讲座近300场,现场听众超过10万人次。") == []


def test_figure_of_another_subject_is_not_paired():
    # 入学率 states no figure of its own: the 75% belongs to 巩固率 and must not be compared
    assert _run("全市巩固率75%,入学率高于目标80%。") == []


def test_unclear_pairing_is_never_a_mismatch():
    # the figure sits two clauses before the verb: that it is the one compared is not certain
    [f] = _run("全市巩固率达到94%,较上年明显提升,高于目标任务95%。")
    assert f.status is Status.UNVERIFIABLE
    assert f.confidence == "medium"
    assert (f.stated, f.expected) == (Decimal("94"), Decimal("95"))


def test_a_figure_followed_by_the_average_it_is_is_a_benchmark():
    text = "全县学生参与率达到96.2%,高于全市92%的平均水平;教师参与率88.5%,低于全市90%的目标要求。"
    found = [f for f in verify_text(text, tagger=get_tagger("rules")).findings if f.check == "comparison"]
    assert [(f.status, f.confidence) for f in found] == [(Status.CONSISTENT, "high")] * 2
    wrong = text.replace("全市92%", "全市97%")
    statuses = [
        f.status for f in verify_text(wrong, tagger=get_tagger("rules")).findings if f.check == "comparison"
    ]
    assert statuses[0] is Status.MISMATCH


def test_a_figure_after_pingjun_shuiping_is_the_average_unless_it_could_be_the_gap():
    def found(text: str) -> list[tuple[Status, str]]:
        findings = verify_text(text, tagger=get_tagger("rules")).findings
        return [(f.status, f.confidence) for f in findings if f.check == "comparison"]

    assert found("本科上线率76.4%,高于全省平均水平71.5%。") == [(Status.CONSISTENT, "high")]
    assert found("全市学生优良率为52.2%,略高于全省平均水平53.4%。") == [(Status.MISMATCH, "high")]
    # 2.3% may be how far above the average 96% is: never certain enough to fail
    assert found("全县巩固率96%,高于全省平均水平2.3%。") == [(Status.CONSISTENT, "low")]


def test_a_base_and_its_change_are_not_what_is_compared(findings):
    text = "九年义务教育巩固率达到99.2%,比上年的98.7%提高0.5个百分点,高于省定99%的目标。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.stated == Decimal("99.2")


def test_a_target_carrying_the_verb_in_its_span(findings):
    text = "“双师型”教师占专业课教师的比例达到63.5%,超过60%的省定目标。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and (f.stated, f.expected) == (Decimal("63.5"), Decimal("60"))
    assert findings(text.replace("63.5%", "58.5%"), "comparison")[0].status is Status.MISMATCH


def test_kept_above_a_floor(findings):
    text = "全县适龄残疾儿童入学率98.3%,连续三年保持在百分之九十五以上。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.expected == Decimal("95")
    assert findings(text.replace("98.3%", "93.8%"), "comparison")[0].status is Status.MISMATCH
    # 保持在 a figure with no floor word is a level, not a comparison
    assert findings("入学率98.3%,连续三年保持在98.3%。", "comparison") == []


def test_a_target_after_的_and_a_modifier(findings):
    text = "全年开展职业技能培训12.6万人次,超额完成10万人次的年度目标任务。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT


def test_an_average_after_other_rates_of_the_sentence_is_judged_on_the_value_compared():
    # 上线率 stands earlier in the sentence; only 巩固率 is compared, and 97.2 cannot be a gap above 96.5
    text = "本科上线2816人,上线率58.4%,较上年提高2.1个百分点;义务教育巩固率达到96.5%,高于全省平均水平97.2%。"
    [f] = [g for g in _run(text) if g.stated == Decimal("96.5")]
    assert f.status is Status.MISMATCH and f.confidence == "high"
    assert _pairs([f], text) == [("96.5", "97.2")]


def test_a_promise_is_a_target(findings, numbers_of):
    text = "全年建成城市书房式学校图书馆26个,超过年初承诺的20个。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["26", "20"]
    wrong = "今年新增托位1,850个,高于预期的2,000个。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and g.confidence == "high"


def test_a_threshold_passed_by_the_figure_before(findings, numbers_of):
    text = "今年全市中小学心理健康教师达到1,026人,首次突破1000人。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["1,026", "1000"]
    wrong = "全县职业学校在校生9,860人,突破1万人,比上年增加612人。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["9,860", "1万"]
    # 「突破1万人次」 with nothing before it to compare is an approximation
    assert findings("暑期研学活动参与人数突破1万人次。", "comparison") == []


def test_a_target_named_after_the_verb_with_its_figure_before(findings, numbers_of):
    text = "今年计划招收新生2,400人,实际招收2,516人,超出计划。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["2,516", "2,400"]
    wrong = "年度培训教师目标任务为3万人次,全年实际培训2.8万人次,培训满意度96%,超额完成年度目标。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["2.8万", "3万"]
    # the target's noun may stand inside its name (年度投资计划)
    invest = "年度投资计划为3亿元,实际完成投资2.6亿元,超额完成年度投资计划。"
    [h] = findings(invest, "comparison")
    assert h.status is Status.MISMATCH and numbers_of(h, invest) == ["2.6亿", "3亿"]
    # ahead of schedule (超过计划进度) is no comparison with the planned figure
    assert findings("今年计划投资5000万元,已完成投资3200万元,超过计划进度。", "comparison") == []


def test_a_standard_kept_by_the_clause_after_an_average(findings, numbers_of):
    # 「班均48人,严格执行不超过45人的标准」: the average is said to keep the standard; other figures only medium
    text = "全县初中一年级共设教学班60个,班均48人,严格执行不超过45人的班额标准。"
    [f] = findings(text, "comparison")
    assert f.status is Status.MISMATCH and numbers_of(f, text)[0] == "48"
    guess = "全县今年招收一年级新生2,700人,认真落实不超过45人的班额标准。"
    assert all(g.status is not Status.MISMATCH for g in findings(guess, "comparison"))


def test_the_actual_figure_after_a_standard_applied(findings, numbers_of):
    text = "课后服务费按每生每月不超过150元收取,今年实际平均每生每月收取132元。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["132", "不超过150"]
    wrong = "午餐费按每生每天不超过12元控制。今年各校实际收取每生每天13元。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and g.confidence == "high"


def test_equal_as_written_meets_an_inclusive_bound(findings):
    text = "全县优质普通高中招生名额的60%分配到初中学校,达到省定不低于60%的要求。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and "equal as written" in f.message


def test_a_per_head_limit_against_the_average_stated_after_it(findings):
    # 「按每生…不超过X元」 then one per-head figure (人均, 生均) of the unit: compared, but only at medium
    text = "校服费用按每生每套不超过260元的标准执行。今年全县采购校服5.1万套,人均支出238元。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.confidence == "medium"
    over = "研学实践费用按每人每天不超过150元的标准收取,本学期生均每天支出165元。"
    [g] = findings(over, "comparison")
    assert g.status is Status.UNVERIFIABLE and g.confidence == "medium"


def test_a_target_worded_like_the_actual_figure_in_the_sentence_before(findings, numbers_of):
    # 「年度目标……培训教师1.5万人次」 then 「实际培训教师1.62万人次,超额完成目标」: worded alike, so paired
    text = "今年的目标是组织开展教师全员培训,培训教师1.5万人次。截至年底,实际培训教师1.62万人次,超额完成年度目标。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert sorted(numbers_of(f, text)) == sorted(["1.5万", "1.62万"])
    short = "按照计划,全年改造薄弱学校食堂40所。到11月底,实际改造薄弱学校食堂36所,超过了计划。"
    [g] = findings(short, "comparison")
    assert g.status is Status.MISMATCH


def test_a_clause_comparing_with_last_year_between_the_figure_and_the_verb(findings, numbers_of):
    # 「,比上年提高/较上年的A增长」 between the value and 高于/低于 is an aside: the value is still the one compared
    text = "全区高中阶段毛入学率达到97.4%,比上年的96.9%提高0.5个百分点,高于全省95%的目标。"
    [f] = findings(text, "comparison")
    assert f.confidence == "high" and numbers_of(f, text) == ["97.4", "95"]
    wrong = "全县学生体质健康合格率为91.2%,较去年的90.1%上升1.1个百分点,低于全市平均水平的90.6%。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH


def test_bare_coefficients_are_compared_in_order(findings, numbers_of):
    # a coefficient has no unit; a decimal after 系数 is a claim of its own dimension, compared with its kind
    text = "全区小学、初中校际综合差异系数分别为0.412和0.338,均低于国家标准0.50和0.45。"
    found = findings(text, "comparison")
    assert [numbers_of(f, text) for f in found] == [["0.412", "0.50"], ["0.338", "0.45"]]
    assert all(f.status is Status.CONSISTENT and f.confidence == "high" for f in found)
    wrong = "县域内初中校际差异系数为0.58,低于省定0.55的标准。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["0.58", "0.55"]
    # bare decimals in a sentence naming no coefficient stay unpaired
    assert findings("两校生师比之比为1.25,高于规定的1.10。", "comparison") == []


def test_a_standard_named_before_its_verb_against_the_actual_figure(findings, numbers_of):
    # 「收费标准为每生每期不超过600元」: the clause names the standard, the 实际 figure after it is compared
    text = "校车服务收费上限为每生每月不高于200元,今年实际收取185元。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["185", "不高于200"]
    wrong = "午休托管收费标准是每人每学期不超过300元;全县实际平均收取320元。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["320", "不超过300"]


def test_the_bare_average_per_the_limits_own_unit_in_its_sentence(findings, numbers_of):
    # 「按每园……不低于5万元」 and 「园均5.4万元」 are per kindergarten both; a per-head figure after is another sum
    text = (
        "市财政按每园每年不低于5万元的标准拨付运转经费,全年共拨付460万元,园均5.4万元。保育员补助人均3,600元。"
    )
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["5.4万", "不低于5万"]
    wrong = text.replace("园均5.4万元", "平均每园4.6万元")
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH


def test_the_requirements_own_bound_is_what_the_figure_meets(findings):
    # 「达到国家不超过45人的标准」: 达到 says the standard is met, the standard is an upper bound
    ok = "全县初中平均班额42人,达到国家不超过45人的标准。"
    [f] = findings(ok, "comparison")
    assert f.status is Status.CONSISTENT
    [g] = findings(ok.replace("42人", "48人"), "comparison")
    assert g.status is Status.MISMATCH and g.confidence == "high"
    # the bound right before bare coefficients, or split from its figure's span (不 + 大于45人)
    bare = "小学、初中综合差异系数分别为0.41、0.35,均达到国家不高于0.50、0.45的标准。"
    assert [f.status for f in findings(bare, "comparison")] == [Status.CONSISTENT] * 2
    split = "全县初中一年级平均班额43人,达到不大于45人的标准。"
    assert [f.status for f in findings(split, "comparison")] == [Status.CONSISTENT]
    # 小于/大于 compare as 低于/高于 do
    less = "经测算,小学和初中校际差异系数分别为0.423和0.556,均小于国家规定的0.50和0.45。"
    assert [f.status for f in findings(less, "comparison")] == [Status.CONSISTENT, Status.MISMATCH]


def test_a_clause_giving_the_amount_or_a_list_of_uses_is_no_gap(findings, numbers_of):
    # 「,共计1,860人,」 restates the share in persons; 「改善办学条件、提高教师待遇」 is one clause split by 、
    text = "全县优质高中招生名额的55%分配到农村初中,共计1,860人,高于省定50%的比例要求。"
    [f] = findings(text, "comparison")
    assert f.confidence == "high" and numbers_of(f, text) == ["55", "50"]
    wrong = "全年教育附加费的45%用于改善办学条件、提高教师待遇,达到省定不低于50%的要求。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["45", "不低于50"]


def test_two_items_of_a_list_compared_by_name(findings, numbers_of):
    # 「小学、初中、高中……依次为A、B和C,高中明显高于初中」: the items named, not a target, are compared
    text = "从学段看,小学、初中、高中学生视力不良率依次为38.6%、71.2%和83.5%,高中明显高于初中。"
    [f] = findings(text, "comparison")
    assert f.status is Status.CONSISTENT and f.confidence == "high"
    assert numbers_of(f, text) == ["83.5", "71.2"]
    wrong = "城镇、农村学生体质健康优良率分别为56.2%和59.8%,农村学生仍低于城镇学生。"
    [g] = findings(wrong, "comparison")
    assert g.status is Status.MISMATCH and numbers_of(g, wrong) == ["59.8", "56.2"]
    # 分别有 before the figures, 多于, a gap after the names, a name written with 全市 before it
    more = "城区、农村学校分别有专任教师2,300人和2,860人,城区多于农村。"
    [h] = findings(more, "comparison")
    assert h.status is Status.MISMATCH and numbers_of(h, more) == ["2,300", "2,860"]
    gap = "全市男生、女生体质健康达标率分别为92.1%和94.5%,女生略高于男生2.4个百分点。"
    assert [f.status for f in findings(gap, "comparison")] == [Status.CONSISTENT]
    # a benchmark with no figure is no item of the list
    assert findings("全市小学、初中巩固率分别为99.8%和98.6%,均高于全省平均水平。", "comparison") == []


def test_gap_to_a_target_stated_before_checks_direction_and_points():
    text = "按照年底覆盖率达到95%的目标任务,目前全县覆盖率为{v}%,较目标{verb}{g}个百分点。"
    [ok] = _run(text.format(v="93.5", verb="低", g="1.5"))
    assert ok.status is Status.CONSISTENT and ok.confidence == "high"
    assert _pairs([ok], text.format(v="93.5", verb="低", g="1.5")) == [("93.5", "95", "1.5")]
    [wrong_gap] = _run(text.format(v="93.5", verb="低", g="2.5"))
    assert wrong_gap.status is Status.MISMATCH
    [wrong_way] = _run(text.format(v="93.5", verb="高", g="1.5"))
    assert wrong_way.status is Status.MISMATCH


def test_gap_to_an_average_stated_for_the_same_place():
    text = "全国平均水平为85.2%,全省平均水平为86.0%。我市初中巩固率达到88.3%,高于全省平均水平{g}个百分点。"
    [ok] = _run(text.format(g="2.3"))
    assert _pairs([ok], text.format(g="2.3")) == [("88.3", "86.0", "2.3")]
    assert ok.status is Status.CONSISTENT
    [bad] = _run(text.format(g="3.1"))
    assert bad.status is Status.MISMATCH


def test_gap_in_the_unit_of_the_plan_is_not_the_plan():
    text = "全市计划新建学校40所,实际建成{n}所,超出计划15所。"
    [ok] = _run(text.format(n="55"))
    assert _pairs([ok], text.format(n="55")) == [("55", "40", "15")]
    assert ok.status is Status.CONSISTENT
    [bad] = _run(text.format(n="58"))
    assert bad.status is Status.MISMATCH and bad.stated == Decimal("15")
    [more] = _run("今年目标是招收新生3000人,实际招收3120人,比原定目标多出120人。")
    assert more.status is Status.CONSISTENT and len(more.claims) == 3


def test_gap_with_no_benchmark_figure_or_a_per_school_one_is_silent():
    assert _run("全市初中巩固率达到88.3%,高于全省平均水平3.1个百分点。") == []
    assert _run("全县按每校2人的标准配备心理教师,实际配备心理教师312人,比标准多出120人。") == []


def test_gap_whose_value_is_stated_far_before_is_a_guess():
    text = "全区课后服务覆盖学生3.1万人,占在校生的{v}%。\n今年以来新增服务项目20个。\n按照年底达到90%的目标,目前参与率低于目标2.7个百分点。"
    [ok] = _run(text.format(v="87.3"))
    assert ok.status is Status.CONSISTENT and ok.confidence == "medium"
    [off] = _run(text.format(v="85.3"))
    assert off.status is Status.UNVERIFIABLE
