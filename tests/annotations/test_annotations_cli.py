"""`edclaims annotations ...`: exit statuses, output lines, one-line errors, never a traceback.

app.py is wired by the lead, so these tests mount `annotations_app` on a small Typer app of their own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from edclaims.annotations import read_records
from edclaims.cli.annotations import annotations_app

root = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
root.add_typer(annotations_app, name="annotations")


@root.callback()
def _root() -> None:
    """A group, so that `annotations` is a sub-command as in the real app."""


GOOD = {
    "text": "全市新增公办学位1.3万个，普惠性幼儿园覆盖率达91.8%。",
    "spans": [
        {"start": 4, "end": 8, "label": "SUBJECT"},
        {"start": 8, "end": 12, "label": "QUANTITY"},
        {"start": 12, "end": 13, "label": "UNIT"},
        {"start": 14, "end": 23, "label": "SUBJECT"},
        {"start": 24, "end": 28, "label": "QUANTITY"},
        {"start": 28, "end": 29, "label": "UNIT"},
    ],
    "meta": {"id": "c-0001", "split": "train", "source": "gold", "variant": "plain"},
}
BAD = {
    "text": "今年投入资金约2.4亿元。",
    "spans": [{"start": 6, "end": 11, "label": "QUANTITY"}, {"start": 10, "end": 12, "label": "UNIT"}],
    "meta": {"id": "c-0002", "split": "heldout", "variant": "traditional"},
}


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(root, ["annotations", *args])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def write(path: Path, *records: dict[str, object]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path / "good.jsonl", GOOD, GOOD)


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    return write(tmp_path / "bad.jsonl", GOOD, BAD)


def test_fixture_offsets() -> None:
    texts = [GOOD["text"][s["start"] : s["end"]] for s in GOOD["spans"]]  # type: ignore[index,misc,union-attr]
    assert texts == ["公办学位", "1.3万", "个", "普惠性幼儿园覆盖率", "91.8", "%"]


def test_check_clean_exits_0(good: Path) -> None:
    result = invoke("check", str(good))
    assert result.exit_code == 0
    assert result.stdout == "2 records, 12 spans, 0 problems\n"


def test_check_problems_exit_1_with_file_and_line(good: Path, bad: Path) -> None:
    result = invoke("check", str(good), str(bad))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{bad}:2: span 10-12 (UNIT) overlaps span 6-11 (QUANTITY)",
        "4 records, 20 spans, 1 problems",
    ]


def test_check_missing_file_exits_2_without_traceback(good: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    result = invoke("check", str(missing), str(good))
    assert result.exit_code == 2
    assert result.stderr == f"edclaims: error: {missing}: cannot read: No such file or directory\n"
    assert result.stdout == "2 records, 12 spans, 0 problems\n"  # the readable file is still checked


def test_check_directory_is_unreadable(tmp_path: Path) -> None:
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.startswith("edclaims: error: ") and result.stderr.count("\n") == 1


def test_check_invalid_json_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "全市", "spans": [\n', encoding="utf-8")
    result = invoke("check", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{path}:1: invalid JSON")


@pytest.mark.parametrize(
    ("extension", "fmt"), [(".json", "labelstudio"), (".spacy", "spacy"), (".conll", "conll")]
)
def test_convert_round_trip_through_the_cli(good: Path, tmp_path: Path, extension: str, fmt: str) -> None:
    middle = tmp_path / f"middle{extension}"
    assert invoke("convert", str(good), str(middle)).exit_code == 0
    back = tmp_path / "back.jsonl"
    result = invoke("convert", str(middle), str(back))
    assert result.exit_code == 0
    assert "2 records written" in result.stderr
    records = read_records(back, "jsonl")
    assert [r.text for r in records] == [GOOD["text"]] * 2
    assert [[s.__dict__ for s in r.spans] for r in records] == [GOOD["spans"]] * 2
    expected_meta = {} if fmt == "conll" else GOOD["meta"]
    assert all(r.meta == expected_meta for r in records)


def test_convert_to_doccano_needs_to_flag(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "doccano.jsonl"
    assert invoke("convert", str(good), str(out), "--to", "doccano").exit_code == 0
    line = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert line["label"][0] == [4, 8, "SUBJECT"]


def test_convert_refuses_to_overwrite_input(good: Path) -> None:
    before = good.read_bytes()
    result = invoke("convert", str(good), str(good.parent / "." / good.name), "--to", "conll")
    assert result.exit_code == 2
    assert result.stderr.startswith("edclaims: error: ") and "refusing to overwrite" in result.stderr
    assert good.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["missing.jsonl", "out.conll"], "cannot read"),
        (["good.jsonl", "out.txt"], "cannot tell the format"),
        (["good.jsonl", "out.conll", "--to", "brat"], "unknown format 'brat'"),
        (["bad.jsonl", "out.spacy"], "record 2: span 10-12 (UNIT) overlaps span 6-11 (QUANTITY)"),
        (["good.jsonl", "no/such/dir/out.conll"], "cannot write"),
    ],
)
def test_convert_errors_are_one_line_exit_2(
    good: Path, bad: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], fragment: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("convert", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith("edclaims: error: ") and result.stderr.count("\n") == 1
    assert fragment in result.stderr
    assert not list(tmp_path.glob("out.*"))


def test_stats_counts_labels_and_meta(bad: Path, tmp_path: Path) -> None:
    spacy_file = tmp_path / "good.spacy"
    assert invoke("convert", str(write(tmp_path / "g.jsonl", GOOD)), str(spacy_file)).exit_code == 0
    # bad.jsonl reads fine: stats counts, it does not judge.
    result = invoke("stats", str(bad), str(spacy_file), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "records": 3,
        "spans": 14,
        "characters": 2 * len(GOOD["text"]) + len(BAD["text"]),  # type: ignore[arg-type]
        "records_without_spans": 0,
        "labels": {"QUANTITY": 5, "UNIT": 5, "SUBJECT": 4},
        "split": {"heldout": 1, "train": 2},
        "variant": {"plain": 2, "traditional": 1},
        "source": {"(none)": 1, "gold": 2},
    }
    text = invoke("stats", str(bad)).stdout
    assert "records  2" in text and "  QUANTITY  3" in text and "  traditional  1" in text


def test_stats_unreadable_exits_2(tmp_path: Path) -> None:
    result = invoke("stats", str(tmp_path / "missing.spacy"))
    assert result.exit_code == 2
    assert result.stderr.startswith("edclaims: error: ")


def test_no_arguments_shows_help_not_a_traceback() -> None:
    result = invoke()
    assert "check" in result.output and "convert" in result.output and "stats" in result.output
