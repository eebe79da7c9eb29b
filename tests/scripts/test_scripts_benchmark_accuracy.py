"""scripts/benchmark_accuracy.py and scripts/score_relations.py end to end, on small releases written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOOD = "全县共有幼儿园126所，其中公办幼儿园78所，占61.9%。今年新建幼儿园3所。"
# 78/126 is 61.9%, not 71.9%: a mismatch nobody annotated is a false alarm
UNANNOTATED_ERROR = "全县共有幼儿园126所，其中公办幼儿园78所，占71.9%。今年新建幼儿园3所。"


def percent(text: str, verdict: str = "consistent") -> dict:
    numbers = []
    for role, printed in (
        ("whole", "126所"),
        ("part", "78所"),
        ("percent", text[text.index("占") + 1 : text.index("%") + 1]),
    ):
        start = text.index(printed)
        value = printed.rstrip("所%")
        numbers.append(
            {"text": printed, "start": start, "end": start + len(printed), "value": value, "role": role}
        )
    return {"kind": "percent_of_whole", "numbers": numbers, "computed": "78/126", "verdict": verdict}


def write(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_prints_a_row_per_family_and_passes_its_thresholds(script, tmp_path, capsys):
    path = write(tmp_path / "r.jsonl", {"text": GOOD, "meta": {"id": "g1"}, "relations": [percent(GOOD)]})
    code = script("benchmark_accuracy").main(
        [str(path), "--per-number", "1", "--min-recall", "1", "--max-fa-per-doc", "0"]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    [row] = [line for line in out.splitlines() if line.startswith("percent_of_whole")]
    assert row.split()[1:5] == ["1", "1", "1.000", "1.000"]  # relations, found, recall, verdict accuracy
    assert "false alarms: 0 in 1 documents" in out and out.rstrip().endswith("PASS")


def test_json_output_and_a_missed_threshold(script, tmp_path, capsys):
    path = write(tmp_path / "r.jsonl", {"text": UNANNOTATED_ERROR, "relations": []})
    code = script("benchmark_accuracy").main([str(path), "--json", "--no-plant", "--max-fa-per-doc", "0.5"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1 and report["pass"] is False
    [(name, result)] = report["files"].items()
    assert name == str(path)
    assert result["false_alarms"] >= 1 and result["false_alarms_per_document"] >= 1
    assert result["failures"] and "false alarms per document" in result["failures"][0]


def test_an_annotated_mismatch_is_no_false_alarm(script, tmp_path, capsys):
    record = {"text": UNANNOTATED_ERROR, "relations": [percent(UNANNOTATED_ERROR, "mismatch")]}
    path = write(tmp_path / "r.jsonl", record)
    assert script("benchmark_accuracy").main([str(path), "--json", "--max-fa-per-doc", "0"]) == 0
    result = next(iter(json.loads(capsys.readouterr().out)["files"].values()))
    family = result["families"]["percent_of_whole"]
    assert family["found"] == 1 and family["verdict_accuracy"] == 1.0 and family["planted"] == 0


def test_seed_format_reads_releases_from_the_seeds_folder(script, tmp_path, capsys):
    seeds = tmp_path / "releases"
    seeds.mkdir()
    (seeds / "a.txt").write_text(GOOD, encoding="utf-8")
    path = write(tmp_path / "r.jsonl", {"seed": "a.txt", "relations": [percent(GOOD)]})
    assert script("benchmark_accuracy").main([str(path), "--seeds", str(seeds), "--no-plant"]) == 0
    assert "== " + str(path) + " (1 releases" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [("{oops\n", "invalid JSON"), ('{"seed": "none.txt", "relations": []}\n', "cannot read")],
)
def test_bad_input_is_one_line_and_exit_2(script, tmp_path, capsys, content, message):
    path = tmp_path / "r.jsonl"
    path.write_text(content, encoding="utf-8")
    assert script("benchmark_accuracy").main([str(path), "--seeds", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_score_relations_keeps_its_table_and_verdict_rule(script, tmp_path, capsys):
    path = write(tmp_path / "r.jsonl", {"text": GOOD, "relations": [percent(GOOD)]})
    code = script("score_relations").main([str(path), "--plant", "--per-number", "1", "--min-recall", "0"])
    out = capsys.readouterr().out
    assert code == 0
    [total] = [line.split() for line in out.splitlines() if line.startswith("all ")]
    assert total[1:4] == ["1", "1", "1.000"]  # found with the annotated verdict
    assert int(total[4]) == 3  # one typo planted per number
    assert "false alarms (mismatches on the unedited releases): 0" in out
