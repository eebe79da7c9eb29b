"""Claims from spans, as any tagger (rules or model) would hand them over."""

from decimal import Decimal

from edclaims.claims import assemble_claims, segment
from edclaims.records import Label, Span


def span(text: str, piece: str, label: Label, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), label, piece)


def test_quantity_unit_and_subject_after_the_measure_word():
    text = "全市农村4876个行政村。"
    spans = [
        span(text, "4876", Label.QUANTITY),
        span(text, "个", Label.UNIT),
        span(text, "行政村", Label.SUBJECT),
    ]
    [claim] = assemble_claims(text, spans)
    assert claim.quantity.value == Decimal(4876) and claim.unit.dimension == "count:个"
    assert claim.subject == "行政村" and text[claim.start : claim.end] == "4876个"


def test_subject_before_the_number_and_money_scale():
    text = "总投资3854.8万元。"
    spans = [
        span(text, "3854.8万", Label.QUANTITY),
        span(text, "元", Label.UNIT),
        span(text, "总投资", Label.SUBJECT),
    ]
    [claim] = assemble_claims(text, spans)
    assert claim.subject == "总投资"
    assert claim.quantity.value * claim.scale == Decimal("38548000")


def test_percent_written_before_the_number():
    text = "覆盖率达到百分之九十五。"
    spans = [span(text, "百分之", Label.UNIT), span(text, "九十五", Label.QUANTITY)]
    [claim] = assemble_claims(text, spans)
    assert claim.dimension == "percent" and claim.quantity.value == Decimal(95)


def test_trailing_approximation_word_widens_the_claim():
    text = "服务半径1.5公里左右。"
    spans = [span(text, "1.5", Label.QUANTITY), span(text, "公里", Label.UNIT)]
    [claim] = assemble_claims(text, spans)
    assert claim.quantity.approx is not None and claim.quantity.approx.direction == "around"
    assert text[claim.start : claim.end] == "1.5公里左右"


def test_bare_number_is_not_a_claim():
    text = "二维码 276"
    assert assemble_claims(text, [span(text, "276", Label.QUANTITY)]) == []


def test_a_decimal_after_a_coefficients_name_is_a_coefficient():
    text = "全县初中校际综合差异系数为0.295,低于0.45。学校编号0.12"
    claims = assemble_claims(text, [span(text, "0.295", Label.QUANTITY), span(text, "0.45", Label.QUANTITY)])
    assert [(c.quantity.value, c.dimension) for c in claims] == [
        (Decimal("0.295"), "coefficient"),
        (Decimal("0.45"), "coefficient"),
    ]
    # the name must stand before the number in its sentence; whole numbers are never coefficients
    for other in ("学校编号0.12,系数另行公布", "基尼系数排名第3"):
        number = "0.12" if "0.12" in other else "3"
        assert assemble_claims(other, [span(other, number, Label.QUANTITY)]) == []


def test_elided_subject_is_inherited_within_the_sentence():
    text = "5所幼儿园已竣工,3所投入使用。"
    spans = [
        span(text, "5", Label.QUANTITY),
        span(text, "所", Label.UNIT),
        span(text, "幼儿园", Label.SUBJECT),
        span(text, "3", Label.QUANTITY),
        span(text, "所", Label.UNIT, occurrence=1),
    ]
    first, second = assemble_claims(text, spans)
    assert second.subject == "幼儿园" and second.subject_inherited and not first.subject_inherited


def test_redacted_quantity_is_a_claim_without_value():
    text = "在校生xx.xx万人。"
    spans = [span(text, "xx.xx万", Label.QUANTITY), span(text, "人", Label.UNIT)]
    [claim] = assemble_claims(text, spans)
    assert claim.redacted and claim.quantity.value is None


def test_thousands_separator_is_not_a_clause_boundary():
    segs = segment("受益学生24,156人,占比98%。")
    assert segs.clause_of(4) == segs.clause_of(8)  # 「24,156」 stays in one clause
    assert segs.clause_of(4) != segs.clause_of(12)


def test_a_ratio_of_persons_has_a_dimension_of_its_own() -> None:
    text = "全县普通高中生师比12.6∶1,较上年有所下降;托育机构比2021年多3:1。"
    spans = [span(text, "12.6", Label.QUANTITY), span(text, "3", Label.QUANTITY)]
    claims = assemble_claims(text, spans)
    # 比2021年 compares, it names no ratio: the bare 3 is no claim
    assert [(c.quantity.value, c.dimension) for c in claims] == [(Decimal("12.6"), "ratio")]
