"""parse_quantity and with_approximation: values, bounds, precision, ranges, redactions."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edclaims.numbers import Approximation, Quantity, parse_quantity, with_approximation

D = Decimal


def parsed(text: str) -> Quantity:
    q = parse_quantity(text)
    assert q is not None, text
    return q


# ---- plain numbers, magnitudes and place -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "place", "magnitude"),
    [
        ("4835", "4835", "1", "1"),
        ("99.2", "99.2", "0.1", "1"),
        ("99.20", "99.2", "0.01", "1"),
        ("0.5", "0.5", "0.1", "1"),
        ("3854.8万", "38548000", "1000", "10000"),
        ("19.66万", "196600", "100", "10000"),
        ("1.3万", "13000", "1000", "10000"),
        ("5万", "50000", "10000", "10000"),
        ("4600万", "46000000", "10000", "10000"),
        ("1.5亿", "150000000", "10000000", "100000000"),
        ("1.2万亿", "1200000000000", "100000000000", "1000000000000"),
        ("3千", "3000", "1000", "1000"),
        ("24,156", "24156", "1", "1"),
        ("1,234,567.5", "1234567.5", "0.1", "1"),
        ("12 215", "12215", "1", "1"),
        ("18.2 万", "182000", "1000", "10000"),
        ("18.2  万", "182000", "1000", "10000"),
        (" 474 ", "474", "1", "1"),
        ("两", "2", "1", "1"),
        ("十五", "15", "1", "1"),
        ("一百二十", "120", "1", "1"),
        ("一萬四百", "10400", "1", "1"),
        ("廿", "20", "1", "1"),
        ("卅", "30", "1", "1"),
        ("壹佰贰拾", "120", "1", "1"),
        ("两千三百万", "23000000", "10000", "10000"),
        ("五万", "50000", "10000", "10000"),
        ("三点五", "3.5", "0.1", "1"),
        ("三点五万", "35000", "1000", "10000"),
    ],
)
def test_point_values_place_and_magnitude(text: str, value: str, place: str, magnitude: str) -> None:
    q = parsed(text)
    assert (q.value, q.low, q.high) == (D(value), D(value), D(value))
    assert q.place == D(place)
    assert q.magnitude == D(magnitude)
    assert q.approx is None and not q.redacted and not q.is_range and q.implied_unit is None


def test_text_is_kept_as_given() -> None:
    assert parsed("约1325万").text == "约1325万"


def test_values_are_decimals_without_float_artefacts() -> None:
    q = parsed("3854.8万")
    assert isinstance(q.value, Decimal)
    assert str(q.value) == "38548000"
    assert str(parsed("0.1").value) == "0.1"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "学校",
        "年",
        "第三",
        "万",
        "亿",
        "几",
        "0371",
        "012",
        "1,23",
        "3万万",
        "abc",
        "%",
        "3-",
        "5-3",
    ],
)
def test_not_quantities(text: str) -> None:
    assert parse_quantity(text) is None


def test_thousands_groups_must_have_three_digits() -> None:
    assert parse_quantity("12,34") is None
    assert parse_quantity("1234,567") is None
    assert parse_quantity("12 34") is None


# ---- approximation markers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marker", "low", "high"),
    [
        ("9300多万", "多", "93000000", "94000000"),
        ("20多", "多", "20", "30"),
        ("5万多", "多", "50000", "60000"),
        ("70余", "余", "70", "80"),
        ("100多", "多", "100", "200"),
        ("4835多", "多", "4835", "4836"),
        ("1.5万多", "多", "15000", "16000"),
        ("二十多", "多", "20", "30"),
        ("二十多万", "多", "200000", "300000"),
        ("三千多万", "多", "30000000", "40000000"),
        ("一百多", "多", "100", "200"),
        ("十余", "余", "10", "20"),
    ],
)
def test_duo_and_yu_mean_more_than_but_below_the_next_step(
    text: str, marker: str, low: str, high: str
) -> None:
    q = parsed(text)
    assert q.approx == Approximation(marker, "above")
    assert (q.low, q.high) == (D(low), D(high))
    assert q.value == D(low)


@pytest.mark.parametrize(
    ("text", "marker", "value"),
    [
        ("超过10万", "超过", "100000"),
        ("逾300", "逾", "300"),
        ("至少2", "至少", "2"),
        ("超5000", "超", "5000"),
        ("不少于30", "不少于", "30"),
    ],
)
def test_above_markers_bound_from_below_only(text: str, marker: str, value: str) -> None:
    q = parsed(text)
    assert q.approx == Approximation(marker, "above")
    assert (q.value, q.low, q.high) == (D(value), D(value), None)


@pytest.mark.parametrize(
    ("text", "marker", "value"),
    [
        ("不足30", "不足", "30"),
        ("不到5", "不到", "5"),
        ("近300", "近", "300"),
        ("将近6万", "将近", "60000"),
        ("接近99.5", "接近", "99.5"),
        ("不超过20", "不超过", "20"),
    ],
)
def test_below_markers_bound_from_above_only(text: str, marker: str, value: str) -> None:
    q = parsed(text)
    assert q.approx == Approximation(marker, "below")
    assert (q.value, q.low, q.high) == (D(value), None, D(value))


@pytest.mark.parametrize(
    ("text", "marker", "low", "high"),
    [
        # 5 % of the value is wider than one step of the last digit
        ("约1325万", "约", "12587500", "13912500"),
        ("约300", "约", "285", "315"),
        ("大约2000", "大约", "1900", "2100"),
        # one step of the last digit is wider than 5 % of the value
        ("约8", "约", "7", "9"),
        ("约1.5万", "约", "14000", "16000"),
    ],
)
def test_around_allows_the_larger_of_one_step_and_five_percent(
    text: str, marker: str, low: str, high: str
) -> None:
    q = parsed(text)
    assert q.approx == Approximation(marker, "around")
    assert (q.low, q.high) == (D(low), D(high))


@pytest.mark.parametrize(
    ("suffix", "direction", "low", "high"),
    [
        ("左右", "around", "95", "105"),
        ("上下", "around", "95", "105"),
        ("以上", "above", "100", None),
        ("开外", "above", "100", None),
        ("以下", "below", None, "100"),
        ("以内", "below", None, "100"),
    ],
)
def test_trailing_markers(suffix: str, direction: str, low: str | None, high: str | None) -> None:
    expected = (D(low) if low else None, D(high) if high else None)
    applied = with_approximation(parsed("100"), Approximation(suffix, direction))  # type: ignore[arg-type]
    assert applied.approx == Approximation(suffix, direction)  # type: ignore[arg-type]
    assert (applied.low, applied.high) == expected
    assert applied.value == D(100)
    # written straight after the number, the same word is understood by parse_quantity
    inline = parsed(f"100{suffix}")
    assert (inline.low, inline.high) == expected


def test_trailing_duo_after_a_unit_adds_less_than_one_unit() -> None:
    three_years = with_approximation(parsed("3"), Approximation("多", "above"))
    assert (three_years.low, three_years.high) == (D(3), D(4))


def test_prefix_marker_keeps_inner_duo_bound() -> None:
    q = parsed("近40多")
    assert q.approx == Approximation("近", "below")
    assert (q.low, q.high) == (None, D(50))


def test_approximation_of_a_range_widens_both_ends() -> None:
    q = parsed("约3-5")
    assert q.is_range and q.value is None
    assert (q.low, q.high) == (D(2), D(6))


# ---- ranges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "place"),
    [
        ("3—5", "3", "5", "1"),
        ("3——5", "3", "5", "1"),
        ("3-5", "3", "5", "1"),
        ("3~5", "3", "5", "1"),
        ("3至5", "3", "5", "1"),
        ("3到5", "3", "5", "1"),
        ("1.5-2.25", "1.5", "2.25", "0.01"),
        ("111至114万", "1110000", "1140000", "10000"),
        ("1万至2万", "10000", "20000", "10000"),
        ("500-1万", "500", "10000", "1"),
        ("三至五", "3", "5", "1"),
        ("两三", "2", "3", "1"),
        ("一两", "1", "2", "1"),
        ("三四", "3", "4", "1"),
        ("三四十", "30", "40", "1"),
        ("十五六", "15", "16", "1"),
        ("五六十万", "500000", "600000", "10000"),
        ("十几", "10", "19", "1"),
        ("二十几", "20", "29", "1"),
        ("几十", "10", "90", "1"),
        ("几百", "100", "900", "1"),
        ("十几万", "100000", "190000", "10000"),
    ],
)
def test_ranges(text: str, low: str, high: str, place: str) -> None:
    q = parsed(text)
    assert q.is_range
    assert q.value is None
    assert (q.low, q.high) == (D(low), D(high))
    assert q.place == D(place)
    assert q.approx is None


def test_two_three_is_a_range_not_twenty_three() -> None:
    q = parsed("两三")
    assert q.value != D(23)
    assert (q.low, q.high) == (D(2), D(3))


def test_a_chinese_digit_string_is_a_number_not_a_range() -> None:
    q = parsed("二〇二一")
    assert not q.is_range
    assert q.value == D(2021)


# ---- words that carry their unit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit_text", "dimension"),
    [
        ("三成", "30", "%", "percent"),
        ("八成", "80", "%", "percent"),
        ("一半", "50", "%", "percent"),
        ("半数", "50", "%", "percent"),
        ("百分之三十", "30", "%", "percent"),
        ("百分之百", "100", "%", "percent"),
        ("百分之三点五", "3.5", "%", "percent"),
        ("百分之30", "30", "%", "percent"),
        ("千分之五", "5", "‰", "percent"),
        ("翻一番", "2", "倍", "multiple"),
        ("翻了一番", "2", "倍", "multiple"),
        ("翻番", "2", "倍", "multiple"),
        ("翻两番", "4", "倍", "multiple"),
    ],
)
def test_worded_quantities_imply_their_unit(text: str, value: str, unit_text: str, dimension: str) -> None:
    q = parsed(text)
    assert q.value == D(value)
    assert q.implied_unit is not None
    assert (q.implied_unit.text, q.implied_unit.dimension) == (unit_text, dimension)


def test_near_three_tenths() -> None:
    q = parsed("近三成")
    assert q.approx == Approximation("近", "below")
    assert (q.value, q.low, q.high) == (D(30), None, D(30))
    assert q.place == D(10)  # a tenth is the step of 成
    assert q.implied_unit is not None and q.implied_unit.text == "%"


def test_about_eight_tenths() -> None:
    q = parsed("约八成")
    assert q.approx == Approximation("约", "around")
    assert (q.low, q.high) == (D(70), D(90))


def test_more_than_seven_tenths() -> None:
    q = parsed("七成多")
    assert (q.low, q.high) == (D(70), D(80))


# ---- redactions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "magnitude"),
    [
        ("x", "1", "1"),
        ("xx", "1", "1"),
        ("XX", "1", "1"),
        ("xxx", "1", "1"),
        ("x.xx", "0.01", "1"),
        ("xx.x", "0.1", "1"),
        ("xx.xx万", "100", "10000"),
        ("x.x亿", "10000000", "100000000"),
        ("××", "1", "1"),
        ("**", "1", "1"),
        ("＊＊", "1", "1"),
        ("1?3", "1", "1"),
        ("12?", "1", "1"),
        ("1x5", "1", "1"),
    ],
)
def test_redactions_are_never_zero(text: str, place: str, magnitude: str) -> None:
    q = parsed(text)
    assert q.redacted
    assert q.value is None and q.low is None and q.high is None
    assert q.place == D(place)
    assert q.magnitude == D(magnitude)


def test_redaction_keeps_its_approximation() -> None:
    q = parsed("xxx余")
    assert q.redacted and q.approx == Approximation("余", "above")
    assert q.low is None and q.high is None


def test_with_approximation_does_not_invent_bounds_for_redactions() -> None:
    q = with_approximation(parsed("xx"), Approximation("以上", "above"))
    assert q.redacted and q.low is None and q.high is None
    assert q.approx == Approximation("以上", "above")


# ---- properties ---------------------------------------------------------------------------------


@given(
    st.integers(min_value=1000, max_value=10**15),
    st.one_of(st.none(), st.integers(min_value=0, max_value=9999)),
)
def test_thousands_separated_numbers_parse_back(whole: int, fraction: int | None) -> None:
    text = f"{whole:,}" if fraction is None else f"{whole:,}.{fraction:04d}"
    expected = Decimal(text.replace(",", ""))
    q = parsed(text)
    assert q.value == expected
    assert q.place == (D(1) if fraction is None else D("0.0001"))


@given(st.integers(min_value=1000, max_value=10**12))
def test_space_grouped_numbers_parse_back(n: int) -> None:
    text = f"{n:,}".replace(",", " ")
    assert parsed(text).value == D(n)


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_wan_multiplies_exactly(d: Decimal) -> None:
    q = parsed(f"{d}万")
    assert q.value == d * 10000
    assert q.place == D("0.01") * 10000


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["约", "近", "超过", "不足", "多"]))
def test_bounds_always_contain_the_stated_direction(n: int, marker: str) -> None:
    text = f"{n}{marker}" if marker == "多" else f"{marker}{n}"
    q = parsed(text)
    assert q.value == D(n)
    if q.low is not None:
        assert q.low <= q.value
    if q.high is not None:
        assert q.high >= q.value
    assert q.low is not None or q.high is not None
