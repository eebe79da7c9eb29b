import pytest

from edclaims.records import Status

TEXT = "今年计划新建学校15所,目前已完工{n}所。"


def test_part_not_above_whole_is_consistent(findings, numbers_of):
    text = TEXT.format(n="13")
    [f] = findings(text, "part_le_whole")
    assert f.status is Status.CONSISTENT
    assert numbers_of(f, text) == ["15", "13"]


def test_part_above_whole_is_a_mismatch(findings):
    [f] = findings(TEXT.format(n="17"), "part_le_whole")
    assert f.status is Status.MISMATCH


def test_redacted_part_is_unverifiable(findings):
    [f] = findings(TEXT.format(n="xx"), "part_le_whole")
    assert f.status is Status.UNVERIFIABLE


def test_parts_after_an_all_statement(findings, numbers_of):
    text = "今年新建幼儿园8所。目前,8所幼儿园主体已全部完工,5所幼儿园已竣工,3所投入使用。"
    groups = findings(text, "part_le_whole")
    assert any({"5", "3"} <= set(numbers_of(f, text)) for f in groups)
    assert all(f.status is Status.CONSISTENT for f in groups)


def test_city_total_after_a_subset(findings):
    text = "近两年认定普惠性民办幼儿园71所,全市普惠性民办幼儿园{w}所。"
    assert findings(text.format(w="434"), "part_le_whole")[0].status is Status.CONSISTENT
    assert findings(text.format(w="43"), "part_le_whole")[0].status is Status.MISMATCH


class _NoSubjects:
    """The rule tagger's numbers without any SUBJECT: what a model that tagged no subject hands the checks."""

    name = "no-subjects"

    def tag(self, texts):
        from edclaims.records import Label
        from edclaims.tagging import get_tagger

        return [[s for s in doc if s.label != Label.SUBJECT] for doc in get_tagger("rules").tag(texts)]


def test_untagged_subjects_that_are_the_same_noun_after_the_measure_word_pair():
    from edclaims.pipeline import verify_text

    text = "新建农村幼儿园11所。目前11个项目全部竣工,5个项目投入使用。"
    found = [f for f in verify_text(text, tagger=_NoSubjects()).findings if f.check == "part_le_whole"]
    # the 全部 whole restates the count of the sentence before, which the finding names too
    assert [[text[c.q_start : c.q_end] for c in f.claims] for f in found] == [["11", "11", "5"]]
    wrong = text.replace("5个项目", "15个项目")
    [bad] = [f for f in verify_text(wrong, tagger=_NoSubjects()).findings if f.check == "part_le_whole"]
    assert bad.status.value == "mismatch"
    other = text.replace("5个项目投入使用", "5个班级投入使用")  # another noun: not a part
    assert [f for f in verify_text(other, tagger=_NoSubjects()).findings if f.check == "part_le_whole"] == []


def test_a_set_named_after_a_semicolon_or_inline_holds_its_parts():
    from edclaims.pipeline import verify_text
    from edclaims.tagging import get_tagger

    def pairs(text: str) -> list[tuple[list[str], str]]:
        found = verify_text(text, tagger=get_tagger("rules")).findings
        return [
            ([text[c.q_start : c.q_end] for c in f.claims], f.status.value)
            for f in found
            if f.check == "part_le_whole"
        ]

    nested = "全市共有幼儿园1,348所,其中公办幼儿园702所,民办幼儿园646所;民办幼儿园中,普惠性民办幼儿园511所。"
    assert (["646", "511"], "consistent") in pairs(nested)
    assert (["646", "711"], "mismatch") in pairs(nested.replace("511所", "711所"))
    inline = "项目完成后,全县4.35万名义务教育学生中约1.2万人直接受益。"
    assert pairs(inline) == [(["4.35万", "约1.2万"], "consistent")]


def test_a_part_named_with_中的(findings, numbers_of):
    text = "目前,校车服务已覆盖全县14个乡镇中的13个。"
    [f] = findings(text, "part_le_whole")
    assert f.status is Status.CONSISTENT and numbers_of(f, text) == ["14", "13"]
    assert findings(text.replace("中的13个", "中的16个"), "part_le_whole")[0].status is Status.MISMATCH
    # 「高中18名、初中35名」 are two items, not a whole and its part
    items = "招聘教师126名,其中高中18名、初中35名、小学49名。"
    assert [numbers_of(f, items)[0] for f in findings(items, "part_le_whole")] == ["126"]


def test_the_amount_of_a_change_is_no_part_of_its_level(findings, model_findings):
    # the model tags both figures 培训机构, which made 40 a part of 2
    text = "全县学科类培训机构由42家减少到2家,40家已注销或转为非学科类。"
    for run in (findings, model_findings):
        assert all(f.status is not Status.MISMATCH for f in run(text, "part_le_whole"))


def _pairs(found, text, numbers_of):
    return {tuple(numbers_of(f, text)): (f.status, f.confidence) for f in found}


def test_an_item_that_says_it_includes_another_holds_it(findings, numbers_of):
    text = (
        "全区共有幼儿园218所,其中公办幼儿园96所,占44.0%;普惠性幼儿园(含公办园和普惠性民办园)187所,占85.8%。"
    )
    assert _pairs(findings(text, "part_le_whole"), text, numbers_of)[("187", "96")] == (
        Status.CONSISTENT,
        "high",
    )
    wrong = text.replace("187所", "87所")
    assert _pairs(findings(wrong, "part_le_whole"), wrong, numbers_of)[("87", "96")][0] is Status.MISMATCH


def test_a_group_said_to_hold_a_part_is_its_whole(findings, numbers_of):
    text = "今年公开招聘教师540名,其中初中教师160名、小学教师270名、幼儿园教师110名。小学教师计划中含心理健康教师9名。"
    found = _pairs(findings(text, "part_le_whole"), text, numbers_of)
    assert found[("270", "9")] == (Status.CONSISTENT, "high")  # 小学教师, not 教师 540
    wrong = text.replace("心理健康教师9名", "心理健康教师290名")
    assert _pairs(findings(wrong, "part_le_whole"), wrong, numbers_of)[("270", "290")][0] is Status.MISMATCH


def test_a_qizhong_item_in_ge_of_schools_counted_in_suo(findings, numbers_of):
    text = "全县63所乡村学校中,小规模学校有39所,占61.9%,其中教学点24个。"
    assert _pairs(findings(text, "part_le_whole"), text, numbers_of)[("39", "24")] == (
        Status.CONSISTENT,
        "high",
    )
    wrong = text.replace("教学点24个", "教学点54个")
    assert _pairs(findings(wrong, "part_le_whole"), wrong, numbers_of)[("39", "54")][0] is Status.MISMATCH


def test_a_higher_grades_rate_is_within_a_lower_grades(findings, numbers_of):
    text = "体质健康测试中,全县学生优秀率18.4%、优良率52.6%、合格率91.2%。"
    found = _pairs(findings(text, "part_le_whole"), text, numbers_of)
    assert found[("91.2", "18.4", "52.6")] == (Status.CONSISTENT, "high")
    assert found[("52.6", "18.4")] == (Status.CONSISTENT, "high")
    wrong = text.replace("合格率91.2%", "合格率41.2%")
    assert (
        _pairs(findings(wrong, "part_le_whole"), wrong, numbers_of)[("41.2", "18.4", "52.6")][0]
        is Status.MISMATCH
    )


def test_qizhong_after_several_figures_of_its_unit_is_a_guess(findings, numbers_of):
    # budget, spending and carry-over in one sentence: which one 其中 breaks down is not said
    text = "全年安排助学资金5,200万元,实际拨付4,860万元,结转340万元。其中,退役士兵学费补偿3,600万元。"
    found = _pairs(findings(text, "part_le_whole"), text, numbers_of)
    assert found == {("340万", "3,600万"): (Status.UNVERIFIABLE, "medium")}


def test_qizhong_after_several_figures_takes_the_one_its_item_names(findings, numbers_of):
    text = (
        "全县小学一年级计划招生3,200人,初中一年级计划招生2,900人,合计6,100人。其中城区小学计划招生3,500人。"
    )
    found = _pairs(findings(text, "part_le_whole"), text, numbers_of)
    assert found[("3,200", "3,500")] == (Status.MISMATCH, "high")


def test_a_figure_in_a_closed_bracket_is_not_the_whole_of_what_is_done(model_findings):
    # 「(其中农村学校97所)」 is an aside; what is done (已接入…的158所) is of the 158 schools before it (a false alarm
    # seen with the model's spans, which read the bracketed figure as the whole)
    text = "全县中小学158所（其中农村学校97所），已接入千兆校园网的158所，接入率100％。"
    found = model_findings(text, "part_le_whole")
    assert found and all(f.status is not Status.MISMATCH for f in found)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("今年计划改造校舍项目20个,已竣工16个,剩余4个正在施工;已竣工的项目中12个已交付使用。", "4"),
        ("全年计划培训校长150人,已完成120人,尚有30人将于下半年培训;已完成培训的校长中98人已取得证书。", "30"),
    ],
)
def test_what_is_left_is_never_the_whole_of_what_is_done(findings, numbers_of, text, rest):
    groups = findings(text, "part_le_whole")
    assert all(f.status is Status.CONSISTENT for f in groups)
    assert all(numbers_of(f, text)[0] != rest for f in groups)


@pytest.mark.parametrize(
    ("text", "own_set"),
    [
        ("全县12个乡镇全部通了公交,146个村中有131个开通了客运班车。", ["146", "131"]),
        ("全区8个街道已全部建成社区学校,在102个社区中,96个建成了学习点。", ["102", "96"]),
        ("全县11个乡镇已全部配备校车,85个村(社区)当中79个开通了校车线路。", ["85", "79"]),
    ],
)
def test_a_new_set_ends_an_all_statement(findings, numbers_of, text, own_set):
    # 「146个村中」 names a set of its own: its figures are parts of it, not of the 12 乡镇 that 全部 spoke of
    groups = findings(text, "part_le_whole")
    assert all(f.status is Status.CONSISTENT for f in groups)
    assert [numbers_of(f, text) for f in groups] == [own_set]


@pytest.mark.parametrize(
    ("text", "pair", "status"),
    [
        (
            "全市普通高校共42所,其中本科高校18所、高职院校24所,本科高校中有“双一流”建设高校3所。",
            ["18", "3"],
            Status.CONSISTENT,
        ),
        (
            "全市普通高校共42所,其中本科高校18所、高职院校24所,在这些高职院校中,国家级“双高”学校5所。",
            ["24", "5"],
            Status.CONSISTENT,
        ),
        (
            "全市普通高校共42所,其中本科高校18所、高职院校24所,本科高校当中入选“双一流”的有31所。",
            ["18", "31"],
            Status.MISMATCH,
        ),
    ],
)
def test_a_clause_naming_an_items_set_holds_a_part_of_it(findings, numbers_of, text, pair, status):
    found = [f for f in findings(text, "part_le_whole") if numbers_of(f, text) == pair]
    assert [f.status for f in found] == [status] and found[0].confidence == "high"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("全县现有农村小规模学校48所,其中在校生不足50人的教学点21个。", Status.CONSISTENT),
        ("全县现有农村小规模学校48所,其中学生少于30人的教学点61个。", Status.MISMATCH),
    ],
)
def test_a_single_item_in_ge_past_a_threshold_in_another_unit(findings, numbers_of, text, status):
    # 不足50人 picks the kind of school out; it is no item
    [f] = findings(text, "part_le_whole")
    assert f.status is status and f.confidence == "high" and len(numbers_of(f, text)) == 2
