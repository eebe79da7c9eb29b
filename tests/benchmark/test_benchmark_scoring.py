"""Matching findings to relations, catching planted edits, false-alarm accounting and the tallies, with
stand-in verify functions whose behaviour each test chooses (and one run of the real pipeline)."""

from __future__ import annotations

from decimal import Decimal

from edclaims.benchmark import Planting, Release, make_verify, run_benchmark
from edclaims.benchmark.matching import (
    Found,
    catches,
    covering,
    false_alarms,
    match_relation,
    strict_false_alarms,
)
from edclaims.benchmark.output import result_dict, result_table
from edclaims.tagging import get_tagger

TEXT = "全县共有幼儿园126所，其中公办幼儿园78所，占61.9%。"
SPANS = ((7, 10), (19, 21), (24, 28))  # 126, 78, 61.9 (the number alone, as findings point at it)


def test_spans_are_where_the_numbers_are():
    assert [TEXT[s:e] for s, e in SPANS] == ["126", "78", "61.9"]


def percent_relation(relation_in, verdict="consistent"):
    return relation_in(
        TEXT,
        "percent_of_whole",
        verdict,
        "78/126",
        ("whole", "126所"),
        ("part", "78所"),
        ("percent", "61.9%"),
    )


def arithmetic_verify(text: str, source: str) -> list[Found]:
    """A perfect checker for TEXT's one relation: consistent while 126/78/61.9 agree, else a mismatch."""
    whole, part, percent = (Decimal(text[s:e]) for s, e in SPANS)
    agrees = (part / whole * 100).quantize(Decimal("0.1")) == percent
    return [Found("percent_of_whole", "consistent" if agrees else "mismatch", SPANS, "")]


def test_covering_needs_every_number_and_the_same_family(relation_in):
    relation = percent_relation(relation_in)
    full = Found("percent_of_whole", "consistent", SPANS)
    partial = Found("percent_of_whole", "consistent", SPANS[:2])
    other = Found("remainder", "consistent", SPANS)
    assert covering([partial, other, full], relation) == [full]
    assert match_relation([partial, other], relation) is None


def test_match_prefers_the_annotated_verdict(relation_in):
    relation = percent_relation(relation_in)
    unsure = Found("percent_of_whole", "unverifiable", SPANS)
    sure = Found("percent_of_whole", "consistent", SPANS)
    assert match_relation([unsure, sure], relation) is sure
    assert match_relation([unsure], relation) is unsure


def test_only_a_new_mismatch_over_a_target_catches_an_edit():
    old = Found("restatement", "mismatch", ((0, 3),))
    new = Found("sum", "mismatch", ((7, 10),))
    assert catches([], [new], [(8, 9)])
    assert not catches([], [new], [(20, 22)])  # somewhere else
    assert not catches([old], [old], [(0, 3)])  # already reported before the edit
    assert not catches([], [Found("sum", "unverifiable", ((7, 10),))], [(7, 10)])


def test_false_alarms_are_mismatches_no_annotated_mismatch_explains(relation_in):
    consistent = percent_relation(relation_in)
    broken = percent_relation(relation_in, "mismatch")
    mismatch = Found("percent_of_whole", "mismatch", SPANS)
    elsewhere = Found("sum", "mismatch", ((40, 42),))
    assert false_alarms([mismatch, elsewhere], [consistent]) == [mismatch, elsewhere]
    assert false_alarms([mismatch, elsewhere], [broken]) == [elsewhere]
    assert false_alarms([Found("sum", "consistent", SPANS)], []) == []


def test_a_perfect_checker_finds_and_catches_everything(relation_in):
    release = Release("t1", TEXT, (percent_relation(relation_in),))
    result = run_benchmark([release], arithmetic_verify, {"percent_of_whole"}, Planting(per_number=2, seed=5))
    tally = result.kinds["percent_of_whole"]
    assert (tally.relations, tally.found, tally.verdict_right) == (1, 1, 1)
    assert sum(tally.planted.values()) == 6 == sum(tally.caught.values())
    assert result.false_alarms == [] and result.misses == []


def test_a_checker_that_never_objects_catches_nothing(relation_in):
    release = Release("t1", TEXT, (percent_relation(relation_in),))

    def lenient(text: str, source: str) -> list[Found]:
        return [Found("percent_of_whole", "consistent", SPANS)]

    result = run_benchmark([release], lenient, {"percent_of_whole"}, Planting(per_number=1))
    tally = result.kinds["percent_of_whole"]
    assert tally.found == 1 and sum(tally.planted.values()) == 3 and sum(tally.caught.values()) == 0
    assert [m.what for m in result.misses] == ["edit not caught"] * 3


def test_an_old_false_alarm_counts_once_and_catches_no_edit(relation_in):
    release = Release("t1", TEXT, (percent_relation(relation_in),))

    def alarmed(text: str, source: str) -> list[Found]:
        return [Found("percent_of_whole", "mismatch", SPANS, "wrong")]

    result = run_benchmark([release], alarmed, {"percent_of_whole"}, Planting(per_number=1))
    tally = result.kinds["percent_of_whole"]
    assert len(result.false_alarms) == 1 and result.false_alarms_per_document == 1.0
    assert tally.found == 1 and tally.verdict_right == 0  # found, with the wrong verdict
    assert sum(tally.caught.values()) == 0
    assert {m.what for m in result.misses} == {"wrong verdict", "edit not caught"}


def test_a_flagged_mismatch_relation_is_right_and_no_alarm(relation_in):
    broken_text = TEXT.replace("61.9", "71.9")
    broken = relation_in(
        broken_text,
        "percent_of_whole",
        "mismatch",
        "",
        ("whole", "126所"),
        ("part", "78所"),
        ("percent", "71.9%"),
    )
    result = run_benchmark(
        [Release("b", broken_text, (broken,))], arithmetic_verify, {"percent_of_whole"}, None
    )
    tally = result.kinds["percent_of_whole"]
    assert (tally.found, tally.verdict_right) == (1, 1)
    assert result.false_alarms == [] and sum(tally.planted.values()) == 0  # nothing planted in a mismatch


def test_kinds_without_a_check_are_kept_apart(relation_in):
    average_text = "经费1886万元，资助2300人，人均8200元。"
    average = relation_in(
        average_text,
        "average",
        "consistent",
        "",
        ("total", "1886万元"),
        ("count", "2300人"),
        ("average", "8200元"),
    )
    releases = [
        Release("t1", TEXT, (percent_relation(relation_in),)),
        Release("t2", average_text, (average,)),
    ]
    result = run_benchmark(releases, lambda text, source: [], {"percent_of_whole"}, None)
    assert result.total(only_checked=True).relations == 1
    assert result.total(only_checked=False).relations == 2
    table = result_table(result, verbose=True)
    assert "average *" in table and "not found: t2: average" in table
    data = result_dict(result)
    assert data["families"]["average"]["checked"] is False and data["checked"]["recall"] == 0.0


def test_the_real_pipeline_finds_the_relation_and_catches_a_typo(relation_in):
    release = Release("real", TEXT, (percent_relation(relation_in),))
    verify = make_verify(get_tagger("rules"))
    result = run_benchmark([release], verify, {"percent_of_whole"}, Planting(frozenset({"digit"}), 1, 13))
    tally = result.kinds["percent_of_whole"]
    assert (tally.found, tally.verdict_right) == (1, 1)
    assert tally.planted["digit"] == 3 and tally.caught["digit"] >= 1
    assert result.false_alarms == []


def test_a_family_recomputing_the_same_or_a_stronger_equation_finds_the_relation(relation_in):
    # part ≤ whole is checked by the share of that whole; the family of its own name comes first
    bound = relation_in(
        TEXT, "part_le_whole", "consistent", "78 <= 126", ("whole", "126所"), ("part", "78所")
    )
    share = Found("percent_of_whole", "consistent", SPANS)
    own = Found("part_le_whole", "consistent", SPANS[:2])
    assert covering([share], bound) == [share]
    assert covering([share, own], bound) == [own, share]
    # but a share is not found by a part–whole finding, which checks less
    assert covering([own], percent_relation(relation_in)) == []


def test_strict_false_alarms_must_report_a_broken_relation(relation_in):
    broken = percent_relation(relation_in, "mismatch")
    reports = Found("percent_of_whole", "mismatch", SPANS)
    shares_one = Found("sum", "mismatch", ((7, 10), (40, 42)))  # 126 paired with a number of its own
    assert false_alarms([reports, shares_one], [broken]) == []  # both excused by the loose rule
    assert strict_false_alarms([reports, shares_one], [broken]) == [shares_one]


def test_the_verbose_table_lists_each_false_alarm_once():
    from edclaims.benchmark.scoring import BenchmarkResult, Miss

    both = Miss("r1", "sum", "false alarm", "1 + 2 = 3: more than 2")
    strict_only = Miss("r2", "percent_of_whole", "false alarm (strict)", "5 / 10 = 50%")
    result = BenchmarkResult(
        {}, frozenset(), 2, [both], [], [Miss("r1", "sum", "false alarm (strict)", both.detail), strict_only]
    )
    table = result_table(result, verbose=True)
    assert table.count(both.detail) == 1 and table.count(strict_only.detail) == 1
    assert "strict false alarms (mismatches reporting no annotated broken relation): 2" in table
