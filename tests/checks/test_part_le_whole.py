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
