from decimal import Decimal

import edclaims.checks.bounds  # noqa: F401  (registers the family)
from edclaims.pipeline import verify_text
from edclaims.records import Finding, Status
from edclaims.tagging import get_tagger


def _run(text: str) -> list[Finding]:
    return verify_text(text, tagger=get_tagger("rules"), checks=["bounds"]).findings


def test_share_above_100_is_a_mismatch():
    text = "全市普惠性幼儿园覆盖率达到108%。"
    [f] = _run(text)
    assert f.status is Status.MISMATCH
    assert (f.stated, f.expected) == (Decimal("108"), Decimal("100"))
    assert text[f.claims[0].q_start : f.claims[0].q_end] == "108"


def test_share_raised_to_above_100_is_a_mismatch():
    [f] = _run("全市普惠性幼儿园覆盖率由95%提高到102%。")
    assert f.status is Status.MISMATCH


def test_shares_within_bounds_are_consistent():
    found = _run("家长满意度为100%,在园幼儿占比达到57.6%。")
    assert [(f.status, f.stated) for f in found] == [
        (Status.CONSISTENT, Decimal("100")),
        (Status.CONSISTENT, Decimal("57.6")),
    ]
    # 100.0% may have been 99.95% before rounding: within bounds
    assert _run("家长满意度为100.0%。")[0].status is Status.CONSISTENT


def test_redacted_share_is_unverifiable():
    [f] = _run("全市普惠性幼儿园覆盖率达到1xx%。")
    assert f.status is Status.UNVERIFIABLE


def test_rates_that_may_pass_100_are_exempt():
    # each names a rate the bound applies to (比例, 入学率), but against a plan, last year or a gross count
    text = "招生人数占计划的比例为112%,在园幼儿占上年的比例为103%,小学毛入学率103.5%。"
    assert _run(text) == []
    assert _run("招生人数占全市的比例为112%。")[0].status is Status.MISMATCH  # the same rate, not exempt


def test_rates_written_with_baifenzhi_or_a_bracketed_gloss_are_bounded():
    found = _run("专任教师持证率达到百分之九十五点三,毕业生就业(升学)率达到98.5%。")
    assert [(f.status, f.stated) for f in found] == [
        (Status.CONSISTENT, Decimal("95.3")),
        (Status.CONSISTENT, Decimal("98.5")),
    ]


def test_any_rate_word_is_a_share_unless_it_may_pass_100():
    [f] = _run("全县中小学劳动课程开课率达100%,与公安机关联网率达105%。")[1:]
    assert f.status is Status.MISMATCH and "联网率" in f.message
    assert _run("全县学生近视率为51.2%。")[0].status is Status.CONSISTENT
    assert _run("全年教育经费预算执行率为103%,投入产出效率120%。") == []


def test_shares_named_by_占_and_rates_named_a_clause_before():
    [f] = _run("专任教师中专科及以上学历的占86.3%。")
    assert f.status is Status.CONSISTENT
    [g] = _run("分学段看,高中生近视率最高,为80.9%。")
    assert g.status is Status.CONSISTENT and "近视率" in g.message
    assert _run("全区大班额比例已降至0.6%。")[0].status is Status.CONSISTENT
    # 由上年的…提高到: 上年 is the base of a change, not a share of last year's figure
    [h] = _run("全县普惠性幼儿园覆盖率由上年的89.6%提高到101.3%。")[-1:]
    assert h.status is Status.MISMATCH
    assert _run("今年招生人数占上年的112%。") == []


def test_a_share_whose_whole_is_named_and_survey_measures():
    # 「,占……的」 at the start of its clause names its whole: a share
    [f] = _run("全县教育支出9.6亿元,占一般公共预算支出的18.4%。")
    assert f.status is Status.CONSISTENT and f.stated == Decimal("18.4")
    [g] = _run("全县交流轮岗教师186人,占符合交流条件教师的104.5%。")
    assert g.status is Status.MISMATCH
    assert _run("今年招生1250人,占全年计划的103%。") == []  # a share of a plan may pass 100
    [h] = _run("发放问卷1.2万份,社会认可度达93.48%。")
    assert h.status is Status.CONSISTENT and "认可度" in h.message


def test_a_share_of_a_group_written_before_the_group(findings):
    # 「86.4%的教师」, 「超过九成的学校」: shares of those groups, within 0–100 %
    [f] = findings("问卷结果显示,86.4%的教师认为课后服务减轻了家长负担。", "bounds")
    assert f.status is Status.CONSISTENT
    [g] = findings("目前全县已有超过九成的幼儿园接入监控平台。", "bounds")
    assert g.status is Status.CONSISTENT
    [h] = findings("抽查发现,全市有103.2%的学校配齐了心理健康教师。", "bounds")
    assert h.status is Status.MISMATCH
    # a target, a standard or a rate of change before 的 is no group
    assert findings("力争实现招生规模增长12%的目标。", "bounds") == []
    assert findings("超出120%的部分由学校自行承担。", "bounds") == []
    assert findings("按照110%的标准核定编制。", "bounds") == []
    assert findings("全县生均教育经费达到全省平均水平120%的区县有3个。", "bounds") == []


def test_a_coverage_and_a_proportion_of_a_whole_named_before_it(findings):
    [f] = findings("全县农村学校午餐供应实现百分之百全覆盖。", "bounds")
    assert f.status is Status.CONSISTENT
    [g] = findings("送教上门服务已覆盖全部残疾儿童,义务教育学校心理辅导室实现100%覆盖。", "bounds")
    assert g.status is Status.CONSISTENT
    [h] = findings("优质高中招生名额按不低于招生总数55%的比例分配到初中。", "bounds")
    assert h.status is Status.CONSISTENT
    # a proportion over 100 % may be meant (面试人选 of the posts): nothing is said
    assert findings("面试人选按招聘总人数150%的比例确定。", "bounds") == []


def test_a_rate_the_text_requires_is_a_share_all_the_same(findings):
    # 要/应/确保/力争 before the verb: a required coverage still cannot pass 100%
    [ok] = findings("各地残疾儿童义务教育入学率应达到97%以上。", "bounds")
    assert ok.status is Status.CONSISTENT
    [bad] = findings("到2025年,全县中小学心理辅导室覆盖率力争达到105%。", "bounds")
    assert bad.status is Status.MISMATCH


def test_a_completion_rate_is_a_share_unless_its_sentence_names_a_plan(findings):
    # 完成率 of those to complete cannot pass 100 %; against a target (目标, 计划, 任务) it may
    [f] = findings("全县中小学教师继续教育学时完成率103%。", "bounds")
    assert f.status is Status.MISMATCH and "完成率" in f.message
    assert findings("全县教师网络研修完成率为98.6%。", "bounds")[0].status is Status.CONSISTENT
    assert findings("年度培训目标为5000人次,实际完成5600人次,完成率112%。", "bounds") == []


def test_a_gross_rate_within_100_is_consistent_and_above_it_no_error(findings):
    [f] = findings("全市高中阶段毛入学率为92.7%,比上年提高0.8个百分点。", "bounds")
    assert f.status is Status.CONSISTENT and "毛入学率" in f.message
    [g] = findings("学前三年毛入园率达到95.4%。", "bounds")
    assert g.status is Status.CONSISTENT
    assert findings("全县小学毛入学率为104.2%。", "bounds") == []


def test_a_breakdown_of_a_rate_named_before_it(findings):
    # 「分学段看,小学为…」: each group's figure is the rate named in the sentence before
    text = "全市中小学生体质健康合格率为92.6%。按学段分,小学为95.1%,初中为90.2%,高中为108.4%。"
    found = findings(text, "bounds")
    assert [f.status for f in found] == [Status.CONSISTENT] * 3 + [Status.MISMATCH]
    assert "合格率" in found[-1].message
    listed = "全县学生近视率为49.3%。从学段来看,小学、初中、高中分别为31.5%、62.8%和101.2%。"
    assert [f.status for f in findings(listed, "bounds")] == [Status.CONSISTENT] * 3 + [Status.MISMATCH]
    counted = "全县学生近视率为49.3%。按学段统计,小学为31.5%,初中为62.8%,高中为101.2%。"
    assert [f.status for f in findings(counted, "bounds")][-1] is Status.MISMATCH
    inside = "全区学生视力不良率53.2%,其中,城区学生为55.1%,农村学生为50.4%。"
    assert len(findings(inside, "bounds")) == 3
    # a change after 其中 is no group's share
    assert len(findings("全区学生视力不良率53.2%,其中,城区学生比上年提高为3%。", "bounds")) == 1


def test_a_coverage_named_with_面(findings):
    [f] = findings("全县学前教育资助面达到12.6%。", "bounds")
    assert f.status is Status.CONSISTENT and "资助面" in f.message
    [g] = findings("全县农村学生营养餐受益面达到102%。", "bounds")
    assert g.status is Status.MISMATCH


def test_a_rate_named_before_依次(findings):
    [f] = findings("参与问卷的家长选择课后托管的比例依次为102.5%。", "bounds")
    assert f.status is Status.MISMATCH and "比例" in f.message
