"""Chinese numerals to exact Decimals."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from numbers_chinese_render import to_chinese

from edclaims.numbers import parse_chinese_integer, parse_chinese_numeral
from edclaims.numbers.numerals import is_digit_string


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("〇", "0"),
        ("零", "0"),
        ("一", "1"),
        ("两", "2"),
        ("十", "10"),
        ("十五", "15"),
        ("二十", "20"),
        ("一十五", "15"),
        ("一百二十", "120"),
        ("一百零五", "105"),
        ("一千零五", "1005"),
        ("一千零五十", "1050"),
        ("两千三百万", "23000000"),
        ("一万四百", "10400"),
        ("一万零四百", "10400"),
        ("一萬四百", "10400"),
        ("一亿二千万", "120000000"),
        ("三万亿", "3000000000000"),
        ("一億", "100000000"),
        ("廿", "20"),
        ("廿一", "21"),
        ("卅", "30"),
        ("卅五", "35"),
        ("壹佰贰拾", "120"),
        ("叁仟肆佰伍拾陆", "3456"),
        ("玖拾", "90"),
        ("百万", "1000000"),
        ("千万", "10000000"),
    ],
)
def test_positional_numerals(text: str, expected: str) -> None:
    assert parse_chinese_numeral(text) == Decimal(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("三千五", 3500), ("一百二", 120), ("一万四", 14000), ("两百五", 250), ("一亿五", 150000000)],
)
def test_colloquial_trailing_digit_takes_the_next_lower_place(text: str, expected: int) -> None:
    assert parse_chinese_integer(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("二〇二一", 2021), ("一九四九", 1949), ("二〇〇八", 2008), ("二零二二", 2022)],
)
def test_digit_by_digit_strings(text: str, expected: int) -> None:
    assert is_digit_string(text)
    assert parse_chinese_integer(text) == expected


def test_a_single_digit_is_not_a_digit_string() -> None:
    assert not is_digit_string("三")
    assert not is_digit_string("十五")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三点五", "3.5"),
        ("零点五", "0.5"),
        ("十二点零五", "12.05"),
        ("三点五万", "35000"),
        ("一点二亿", "120000000"),
    ],
)
def test_decimals_with_dian(text: str, expected: str) -> None:
    assert parse_chinese_numeral(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "点五", "三点", "三点十", "十十", "三百四千", "学校", "一亿万", "3", "五x"]
)
def test_malformed_numerals_are_rejected(text: str) -> None:
    assert parse_chinese_numeral(text) is None


@given(st.integers(min_value=0, max_value=10**16 - 1))  # 亿亿 is not written; 10^16 is 京
def test_any_integer_rendered_in_chinese_parses_back(n: int) -> None:
    assert parse_chinese_numeral(to_chinese(n)) == Decimal(n)


@given(st.integers(min_value=1, max_value=99999999))
def test_formal_numerals_parse_like_ordinary_ones(n: int) -> None:
    formal_chars = str.maketrans("一二三四五六七八九十百千万", "壹贰叁肆伍陆柒捌玖拾佰仟萬")
    formal = to_chinese(n).translate(formal_chars)
    assert parse_chinese_numeral(formal) == Decimal(n)
