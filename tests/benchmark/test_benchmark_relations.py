"""Reading relations files in both formats, and the precision a figure's text states."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from edclaims.benchmark.arith import Interval
from edclaims.benchmark.relations import BenchmarkInputError, load_releases, stated_value

TEXT = "全县共有幼儿园126所，其中公办幼儿园78所，占61.9%。"


def relation(text: str = TEXT) -> dict:
    numbers = []
    for role, printed, value in (("whole", "126所", 126), ("part", "78所", 78), ("percent", "61.9%", "61.9")):
        start = text.index(printed)
        numbers.append(
            {"text": printed, "start": start, "end": start + len(printed), "value": value, "role": role}
        )
    return {"kind": "percent_of_whole", "numbers": numbers, "computed": "78/126", "verdict": "consistent"}


def write(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("1.3万个", 13000, Decimal("1.3E+4")),
        ("4876个", 4876, Decimal("4876")),
        ("9300万元", 93_000_000, Decimal("9300E+4")),
        ("80.50%", Decimal("80.5"), Decimal("80.50")),
        ("１，３７６人", 1376, Decimal("1376")),
        ("6 300个", 6300, Decimal("6300")),
        ("两千三百名", 2300, Decimal("2300")),
    ],
)
def test_stated_value_keeps_the_printed_precision(text, value, expected):
    result = stated_value(text, Decimal(value))
    assert result == expected
    assert isinstance(result, Decimal) and result.as_tuple().exponent == expected.as_tuple().exponent


def test_many_and_more_make_an_interval_up_to_the_last_digit():
    assert stated_value("9300多万元", Decimal(93_000_000)) == Interval(
        Decimal(93_000_000), Decimal(94_000_000)
    )
    assert stated_value("1.2万余人", Decimal(12000)) == Interval(Decimal(12000), Decimal(13000))
    assert stated_value("5600余个", Decimal(5600)) == Interval(Decimal(5600), Decimal(5700))


def test_inline_records_carry_their_text(tmp_path):
    path = write(
        tmp_path / "r.jsonl", {"text": TEXT, "spans": [], "meta": {"id": "a1"}, "relations": [relation()]}
    )
    [release] = load_releases(path)
    assert release.id == "a1" and release.text == TEXT
    [rel] = release.relations
    assert [n.value for n in rel.numbers] == [Decimal(126), Decimal(78), Decimal("61.9")]
    assert rel.holds() is True


def test_generator_records_are_named_by_their_seed(tmp_path):
    path = write(tmp_path / "r.jsonl", {"seed": "syn-1", "text": TEXT, "relations": []})
    assert load_releases(path)[0].id == "syn-1"


def test_seed_records_read_their_release_from_the_seeds_folder(tmp_path):
    seeds = tmp_path / "releases"
    seeds.mkdir()
    (seeds / "one.txt").write_text(TEXT, encoding="utf-8")
    path = write(tmp_path / "r.jsonl", {"seed": "one.txt", "relations": [relation()]})
    [release] = load_releases(path, seeds)
    assert release.id == "one.txt" and release.text == TEXT
    # by default the folder "seeds" beside the file's folder, as ../shared/dev and ../shared/seeds
    (tmp_path / "dev").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text(TEXT, encoding="utf-8")
    assert (
        load_releases(write(tmp_path / "dev" / "r.jsonl", {"seed": "one.txt", "relations": []}))[0].text
        == TEXT
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json\n", "invalid JSON"),
        ('{"text": "x"}\n', '"relations" list'),
        ('{"relations": []}\n', '"text" or "seed"'),
        ('{"seed": "missing.txt", "relations": []}\n', "cannot read"),
        ("\n", "no releases"),
    ],
)
def test_bad_files_give_one_line_errors(tmp_path, content, message):
    path = tmp_path / "r.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BenchmarkInputError, match=message) as error:
        load_releases(path, tmp_path)
    assert "\n" not in str(error.value)


def test_misaligned_or_malformed_numbers_are_rejected(tmp_path):
    shifted = relation()
    shifted["numbers"][0]["start"] += 1
    shifted["numbers"][0]["end"] += 1
    with pytest.raises(BenchmarkInputError, match="not '126所'"):
        load_releases(write(tmp_path / "a.jsonl", {"text": TEXT, "relations": [shifted]}))
    bad_value = relation()
    bad_value["numbers"][2]["value"] = "sixty"
    with pytest.raises(BenchmarkInputError, match="not a number"):
        load_releases(write(tmp_path / "b.jsonl", {"text": TEXT, "relations": [bad_value]}))
    bad_verdict = relation() | {"verdict": "fine"}
    with pytest.raises(BenchmarkInputError, match="verdict"):
        load_releases(write(tmp_path / "c.jsonl", {"text": TEXT, "relations": [bad_verdict]}))


def test_a_redacted_value_is_none_and_the_relation_undecided(tmp_path):
    text = "全县共有幼儿园xx所，其中公办幼儿园63所。"
    rel = {
        "kind": "part_le_whole",
        "verdict": "unverifiable",
        "numbers": [
            {"text": "xx所", "start": 7, "end": 10, "value": None, "role": "whole"},
            {"text": "63所", "start": 18, "end": 21, "value": 63, "role": "part"},
        ],
    }
    [release] = load_releases(write(tmp_path / "r.jsonl", {"text": text, "relations": [rel]}))
    assert release.relations[0].numbers[0].value is None
    assert release.relations[0].holds() is None
