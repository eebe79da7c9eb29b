"""holds(): each relation kind's arithmetic, a case that holds and one that does not, with stated precision."""

from __future__ import annotations

from decimal import Decimal

import pytest

from edclaims.benchmark.arith import Interval, comparator, direction, enumerated_items, holds


def check(figure, kind: str, roles_and_texts: list[tuple[str, str]], computed: str = "") -> bool | None:
    roles = [role for role, _ in roles_and_texts]
    return holds(kind, roles, [figure(text) for _, text in roles_and_texts], computed)


@pytest.mark.parametrize(
    ("kind", "numbers", "computed", "expected"),
    [
        ("percent_of_whole", [("whole", "126所"), ("part", "78所"), ("percent", "61.9%")], "", True),
        ("percent_of_whole", [("whole", "126所"), ("part", "78所"), ("percent", "62.9%")], "", False),
        ("sum", [("total", "45块"), ("item", "28块"), ("item", "17块")], "", True),
        ("sum", [("total", "45块"), ("item", "28块"), ("item", "18块")], "", False),
        ("remainder", [("whole", "37栋"), ("part", "29栋"), ("part", "6栋"), ("remainder", "2栋")], "", True),
        (
            "remainder",
            [("whole", "37栋"), ("part", "29栋"), ("part", "6栋"), ("remainder", "4栋")],
            "",
            False,
        ),
        ("part_le_whole", [("whole", "12所"), ("part", "9所")], "", True),
        ("part_le_whole", [("whole", "12所"), ("part", "13所")], "", False),
        ("restatement", [("before", "1.08万个"), ("after", "1.08万个")], "", True),
        ("restatement", [("before", "1.08万个"), ("after", "1.03万个")], "", False),
        ("change", [("before", "5元"), ("after", "6元")], "5 -> 6 rise", True),
        ("change", [("before", "6元"), ("after", "5元")], "6 -> 5 rise", False),
        ("change", [("before", "42家"), ("after", "2家")], "42 -> 2 fall", True),
        ("change", [("before", "7105人"), ("after", "6842人"), ("delta", "263人")], "fall", True),
        ("change", [("before", "7105人"), ("after", "6842人"), ("delta", "236人")], "fall", False),
        ("comparison", [("part", "93.4%"), ("target", "92%")], "93.4 > 92 (高于)", True),
        ("comparison", [("part", "49.7%"), ("target", "50%")], "49.7 vs 50 under 高于", False),
        ("comparison", [("part", "88.5%"), ("target", "90%")], "88.5 < 90 (低于)", True),
        ("comparison", [("part", "91.5%"), ("target", "90%")], "低于", False),
        ("comparison", [("part", "90%"), ("target", "90%")], "不低于", True),
        ("count_enumeration", [("count", "3个")], "一是/二是/三是 = 3 items", True),
        ("count_enumeration", [("count", "5项")], "一是…四是 = 4 items", False),
        ("bounds", [("percent", "99.3%")], "", True),
        ("bounds", [("percent", "100.4%")], "", False),
        ("average", [("total", "1886万元"), ("count", "2300人"), ("average", "8200元")], "", True),
        ("average", [("total", "1886万元"), ("count", "2300人"), ("average", "8800元")], "", False),
        ("growth", [("before", "2960人"), ("after", "3150人"), ("rate", "6.4%")], "percent rise", True),
        ("growth", [("before", "2960人"), ("after", "3150人"), ("rate", "6.9%")], "percent rise", False),
        ("growth", [("before", "91.2%"), ("after", "93.5%"), ("rate", "2.3个百分点")], "points rise", True),
        ("growth", [("before", "91.2%"), ("after", "93.5%"), ("rate", "2.5个百分点")], "points rise", False),
        ("growth", [("before", "900万元"), ("after", "2360万元"), ("rate", "2.6倍")], "times rise", True),
        ("growth", [("before", "900万元"), ("after", "2360万元"), ("rate", "2.2倍")], "times rise", False),
        ("growth", [("before", "186家"), ("after", "9家"), ("rate", "95.2%")], "percent fall", True),
        ("growth", [("before", "186家"), ("after", "9家"), ("rate", "95.2%")], "percent rise", False),
        ("share_sum", [("part", "38%"), ("part", "41%"), ("part", "21%")], "", True),
        ("share_sum", [("part", "38%"), ("part", "41%"), ("part", "23%")], "", False),
        ("share_sum", [("part", "30%"), ("part", "20%"), ("total", "50%")], "", True),
    ],
)
def test_holds_per_kind(figure, kind, numbers, computed, expected):
    assert check(figure, kind, numbers, computed) is expected


def test_a_percentage_may_be_truncated_but_not_rounded_wrongly(figure):
    # 2/3 = 66.67%: 66.7 rounds, 66.6 truncates, 66.5 is neither
    def pct(stated: str) -> bool | None:
        return check(figure, "percent_of_whole", [("whole", "3个"), ("part", "2个"), ("percent", stated)])

    assert pct("66.7%") is True
    assert pct("66.6%") is True
    assert pct("66.5%") is False


def test_rounded_figures_allow_half_their_last_place(figure):
    # 1.3万 stands for 12 500 … 13 500; exact counts have no slack
    assert check(figure, "sum", [("total", "1.3万名"), ("item", "8600名"), ("item", "4000名")]) is True
    assert check(figure, "sum", [("total", "1.3万名"), ("item", "8600名"), ("item", "5400名")]) is False
    assert check(figure, "sum", [("total", "13000名"), ("item", "8600名"), ("item", "4000名")]) is False
    # 3.46亿 / 2.86万 = 12 098, stated to the hundred as 1.21万
    rounded = [("total", "3.46亿元"), ("count", "2.86万人"), ("average", "1.21万元")]
    assert check(figure, "average", rounded) is True
    assert check(figure, "average", [*rounded[:2], ("average", "1.85万元")]) is False


def test_an_approximate_figure_is_an_interval(figure):
    total = figure("9300多万元")
    assert total == Interval(Decimal(93_000_000), Decimal(94_000_000))
    items = ["860万元", "2150万元", "1980万元", "4360万元"]  # 9350万
    roles = ["total"] + ["item"] * 4
    assert holds("sum", roles, [total, *map(figure, items)]) is True
    assert holds("sum", roles, [total, figure("800万元"), *map(figure, items[1:])]) is False  # 9290万


def test_holds_cannot_decide_without_values_roles_or_known_kind(figure):
    assert holds("sum", ["total", "item"], [None, figure("3所")]) is None
    assert holds("percent_of_whole", ["whole", "part"], [figure("8所"), figure("3所")]) is None
    assert holds("change", ["before", "after"], [figure("8所"), figure("3所")], "no direction") is None
    assert holds("shape", ["part"], [figure("3所")]) is None
    with pytest.raises(ValueError):
        holds("sum", ["total"], [])


def test_computed_string_readers():
    assert direction("650 -> 720 is a rise") == "rise"
    assert direction("fall") == "fall"
    assert direction("rise or fall") is None
    assert comparator("不低于") == ">="
    assert comparator("57.6>50 (高于)") == ">"
    assert comparator("低于") == "<"
    assert comparator("equal") is None
    assert enumerated_items("问题一..问题四 = 4") == 4
    assert enumerated_items("a, b, c = 3 items") == 3
    assert enumerated_items("items listed") is None
