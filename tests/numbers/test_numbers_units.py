"""The unit lexicon: lookups, longest match, dimensions and scales."""

from decimal import Decimal

import pytest

from edclaims.numbers import Unit, commensurable, lookup_unit, match_unit_at
from edclaims.numbers.units import LEXICON, PREFIX_UNITS, is_prefix_unit


def unit(text: str) -> Unit:
    found = lookup_unit(text)
    assert found is not None, text
    return found


@pytest.mark.parametrize(
    ("text", "canonical", "dimension", "scale"),
    [
        ("元", "元", "money", "1"),
        ("千元", "元", "money", "1000"),
        ("万元", "元", "money", "10000"),
        ("亿元", "元", "money", "100000000"),
        ("平方米", "平方米", "area", "1"),
        ("万平方米", "平方米", "area", "10000"),
        ("平方公里", "平方米", "area", "1000000"),
        ("公顷", "平方米", "area", "10000"),
        ("亩", "亩", "area:亩", "1"),
        ("米", "米", "length", "1"),
        ("公里", "米", "length", "1000"),
        ("千米", "米", "length", "1000"),
        ("吨", "千克", "weight", "1000"),
        ("公斤", "千克", "weight", "1"),
        ("千克", "千克", "weight", "1"),
        ("年", "年", "time:年", "1"),
        ("个月", "个月", "time:月", "1"),
        ("天", "天", "time:天", "1"),
        ("小时", "小时", "time:小时", "1"),
        ("分钟", "分钟", "time:分钟", "1"),
        ("%", "%", "percent", "1"),
        ("‰", "%", "percent", "0.1"),
        ("成", "%", "percent", "10"),
        ("百分之", "%", "percent", "1"),
        ("个百分点", "个百分点", "pp", "1"),
        ("百分点", "个百分点", "pp", "1"),
        ("倍", "倍", "multiple", "1"),
    ],
)
def test_measure_units_have_their_dimension_and_scale(
    text: str, canonical: str, dimension: str, scale: str
) -> None:
    found = unit(text)
    assert found == Unit(text, canonical, dimension, Decimal(scale))


@pytest.mark.parametrize(
    "word",
    (
        "个 所 人 人次 户 家 项 场 次 份 对 期 门 条 座 间 处 张 台 套 本 册 篇 件 种 类 批 支"
        " 辆 株 棵 只 届 节 课时 学时 班"
    ).split(),
)
def test_every_measure_word_is_its_own_count_dimension(word: str) -> None:
    assert unit(word) == Unit(word, word, f"count:{word}", Decimal(1))


@pytest.mark.parametrize("word", ["名", "位"])
def test_people_counted_in_ming_or_wei_are_counted_in_ren(word: str) -> None:
    assert unit(word) == Unit(word, "人", "count:人", Decimal(1))
    assert commensurable(unit(word), unit("人"))


def test_people_and_attendances_are_different_dimensions() -> None:
    assert not commensurable(unit("人"), unit("人次"))
    assert not commensurable(unit("所"), unit("个"))


def test_money_units_are_commensurable_whatever_their_scale() -> None:
    assert commensurable(unit("万元"), unit("亿元"))
    assert commensurable(unit("元"), unit("千元"))


def test_percent_and_percentage_point_are_not_commensurable() -> None:
    assert commensurable(unit("%"), unit("成"))
    assert not commensurable(unit("%"), unit("个百分点"))


def test_mu_is_kept_apart_from_square_metres() -> None:
    assert not commensurable(unit("亩"), unit("平方米"))


def test_lookup_unknown_is_none_and_ignores_surrounding_spaces() -> None:
    assert lookup_unit("学校") is None
    assert lookup_unit("") is None
    assert lookup_unit(" 元 ") == unit("元")


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("100万人次参加", 4, "人次"),
        ("5人参加", 1, "人"),
        ("提高3个百分点", 3, "个百分点"),
        ("3个学校", 1, "个"),
        ("6个月内", 1, "个月"),
        ("2平方公里", 1, "平方公里"),
        ("2平方米", 1, "平方米"),
        ("百分之三十", 0, "百分之"),
    ],
)
def test_match_unit_at_prefers_the_longest_entry(text: str, pos: int, expected: str) -> None:
    found = match_unit_at(text, pos)
    assert found is not None
    assert found.text == expected


def test_match_unit_at_returns_none_where_no_unit_starts() -> None:
    assert match_unit_at("3学校", 1) is None
    assert match_unit_at("3", 1) is None


def test_prefix_units_are_written_before_the_number() -> None:
    assert is_prefix_unit(unit("百分之"))
    assert is_prefix_unit(unit("千分之"))
    assert not is_prefix_unit(unit("%"))
    assert all(text in LEXICON for text in PREFIX_UNITS)


def test_lexicon_rows_are_consistent() -> None:
    for text, entry in LEXICON.items():
        assert entry.text == text
        assert isinstance(entry.scale, Decimal) and entry.scale > 0
        # every dimension has exactly one canonical unit
        same = {other.canonical for other in LEXICON.values() if other.dimension == entry.dimension}
        assert len(same) == 1, entry.dimension
