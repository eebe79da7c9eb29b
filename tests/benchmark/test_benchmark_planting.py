"""Planted errors: typo edits of a figure, which of them break a relation, and direction-word flips."""

from __future__ import annotations

import random

from edclaims.benchmark.planting import (
    find_direction_word,
    flip_computed,
    plant_flip,
    plant_typos,
    typo_edits,
)


def test_typo_edits_change_one_digit_or_swap_two_neighbours():
    edits = typo_edits("126", random.Random(1))
    kinds = dict((new, kind) for kind, new in edits)
    assert kinds["127"] == "digit" and kinds["926"] == "digit" and kinds["136"] == "digit"
    assert kinds["216"] == "swap" and kinds["162"] == "swap"
    assert "612" not in kinds  # not neighbours
    assert "026" not in kinds  # a leading zero is no typo
    assert len(edits) == 9 * 3 - 1 + 2  # 27 digit changes minus "026", 2 swaps
    assert all(len(new) == 3 for _, new in edits)


def test_typo_edits_keep_width_separators_and_decimal_point():
    for _, new in typo_edits("１３６", random.Random(2)):
        assert all("０" <= ch <= "９" for ch in new)
    for _, new in typo_edits("1,376", random.Random(3)):
        assert new[1] == ","
    swaps = {new for kind, new in typo_edits("99.2", random.Random(4)) if kind == "swap"}
    assert swaps == set()  # 9 and 9 are equal; 9 and 2 are not neighbours across the point
    assert "0.2" not in {new for _, new in typo_edits("0.2", random.Random(5))}
    assert "00.2" not in {new for _, new in typo_edits("10.2", random.Random(5))}


def test_typo_edits_are_shuffled_by_the_seed():
    assert typo_edits("4835", random.Random(7)) == typo_edits("4835", random.Random(7))
    assert typo_edits("4835", random.Random(7)) != typo_edits("4835", random.Random(8))


TEXT = "全县共有幼儿园126所，其中公办幼儿园78所，占61.9%。"


def test_planted_typos_break_the_relation_and_point_at_the_edited_digits(relation_in):
    relation = relation_in(
        TEXT, "percent_of_whole", "consistent", "", ("whole", "126所"), ("part", "78所"), ("percent", "61.9%")
    )
    edits = list(plant_typos(TEXT, relation, random.Random(3), per_number=2))
    assert len(edits) == 6  # two per number
    for edit in edits:
        assert len(edit.text) == len(TEXT) and edit.text != TEXT
        assert edit.kind in {"digit", "swap"}
        assert edit.targets == ((edit.start, edit.end),)
        changed = [i for i, (a, b) in enumerate(zip(TEXT, edit.text, strict=True)) if a != b]
        assert edit.start <= min(changed) and max(changed) < edit.end


def test_edits_that_keep_the_relation_true_are_not_planted(relation_in):
    # 1.3万 stands for 12 500 … 13 500: 8600 + 4400 edited to 8600 + 4600 still fits, so it is no error
    text = "困难学生1.3万名，其中寄宿生8600名，非寄宿生4400名。"
    relation = relation_in(
        text, "sum", "consistent", "", ("total", "1.3万名"), ("item", "8600名"), ("item", "4400名")
    )
    planted = {e.text for e in plant_typos(text, relation, random.Random(1), per_number=50)}
    assert text.replace("4400", "4600") not in planted
    assert text.replace("4400", "4900") not in planted  # 13 500: on the edge, still a rounding of 1.3万
    assert text.replace("4400", "7400") in planted
    assert text.replace("1.3万", "1.8万") in planted
    assert text.replace("1.3万", "1.2万") in planted  # 11 500 … 12 500 misses 13 000


def test_a_number_in_two_roles_is_edited_in_both(relation_in):
    text = "新增学位1.08万个。共新增学位1.08万个。"
    relation = relation_in(
        text, "restatement", "consistent", "", ("before", "1.08万个"), ("after", "1.08万个")
    )
    # relation_in finds the first occurrence for both roles: the same span fills both, so no edit of it breaks
    assert list(plant_typos(text, relation, random.Random(1), per_number=5)) == []


def test_direction_word_between_or_before_the_numbers(relation_in):
    text = "毛入园率由91.2%提高到93.5%。"
    change = relation_in(text, "change", "consistent", "rise", ("before", "91.2%"), ("after", "93.5%"))
    assert find_direction_word(text, change) == (text.index("提高"), "提高")
    text2 = "今年增长到3150人，上年为2960人。"
    growth = relation_in(text2, "change", "consistent", "rise", ("after", "3150人"), ("before", "2960人"))
    assert find_direction_word(text2, growth) == (text2.index("增长"), "增长")
    text3 = "学校提高了标准。班额为57个和6个。"  # the word is in another sentence
    other = relation_in(text3, "change", "consistent", "fall", ("before", "57个"), ("after", "6个"))
    assert find_direction_word(text3, other) is None


def test_a_flip_changes_the_word_and_breaks_the_relation(relation_in):
    text = "参与率达到96.2%，高于全市92%的平均水平。"
    relation = relation_in(
        text, "comparison", "consistent", "96.2 > 92 (高于)", ("part", "96.2%"), ("target", "92%")
    )
    edit = plant_flip(text, relation)
    assert edit is not None and edit.kind == "flip"
    assert edit.text == text.replace("高于", "低于")
    assert edit.targets == tuple((n.start, n.end) for n in relation.numbers)


def test_no_flip_for_other_kinds_or_without_a_direction(relation_in):
    text = "全县共有幼儿园126所，其中公办幼儿园78所，增加了。"
    relation = relation_in(text, "part_le_whole", "consistent", "", ("whole", "126所"), ("part", "78所"))
    assert plant_flip(text, relation) is None
    change = relation_in(text, "change", "consistent", "no direction", ("before", "126所"), ("after", "78所"))
    assert plant_flip(text, change) is None


def test_flip_computed_swaps_every_direction_once():
    assert flip_computed("650->720 is a rise (高于)") == "650->720 is a fall (低于)"
    assert flip_computed("57.6>50") == "57.6<50"
    assert flip_computed("88.5 < 90 (低于) fall") == "88.5 > 90 (高于) rise"
