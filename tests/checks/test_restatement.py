from edclaims.records import Status

LEAD_BODY = "今年完成新建改扩建公办幼儿园70所,新增公办学位1.3万个。\n\n一、学前教育。近两年完成新建改扩建公办幼儿园{n}所,新增公办学位1.3万个。"


def test_same_figure_twice_is_consistent(findings):
    found = findings(LEAD_BODY.format(n="70"), "restatement")
    assert {f.status for f in found} == {Status.CONSISTENT}
    assert len(found) == 2  # 70所 and 1.3万个


def test_lead_and_body_disagreeing_is_a_mismatch(findings):
    text = LEAD_BODY.format(n="76")
    [f] = [f for f in findings(text, "restatement") if f.status is Status.MISMATCH]
    assert [text[c.q_start : c.q_end] for c in f.claims] == ["70", "76"]


def test_same_value_under_different_subjects_is_not_a_restatement(findings):
    text = "全市443所非寄宿制学校开展课后服务。\n查处违规培训机构443所。"
    assert findings(text, "restatement") == []


def test_one_side_redacted_is_unverifiable(findings):
    found = findings(LEAD_BODY.format(n="xx"), "restatement")
    assert Status.UNVERIFIABLE in {f.status for f in found}
    assert Status.MISMATCH not in {f.status for f in found}


def test_different_years_are_not_compared(findings):
    text = "2020年全市普惠性幼儿园覆盖率达到80.57%。\n2021年全市普惠性幼儿园覆盖率达到85.2%。"
    assert [f for f in findings(text, "restatement") if f.status is Status.MISMATCH] == []
