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
