"""The authoring markup and scripts/markup_to_jsonl.py."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from edclaims.annotations import AnnotatedSpan, AnnotationError, Record, parse_markup, parse_paragraph
from edclaims.annotations.markup import to_markup

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "markup_to_jsonl.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("markup_to_jsonl", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["markup_to_jsonl"] = module
    spec.loader.exec_module(module)
    return module


def test_offsets_index_the_text_without_marks() -> None:
    text, spans = parse_paragraph("全市农村[[4876|Q]][[个|U]][[行政村|S]]，覆盖率[[99.2|Q]][[%|U]]")
    assert text == "全市农村4876个行政村，覆盖率99.2%"
    assert spans == (
        AnnotatedSpan(4, 8, "QUANTITY"),
        AnnotatedSpan(8, 9, "UNIT"),
        AnnotatedSpan(9, 12, "SUBJECT"),
        AnnotatedSpan(16, 20, "QUANTITY"),
        AnnotatedSpan(20, 21, "UNIT"),
    )
    assert [text[s.start : s.end] for s in spans] == ["4876", "个", "行政村", "99.2", "%"]


def test_full_width_text_and_bars_inside_a_mark() -> None:
    text, spans = parse_paragraph("[[百分之|U]][[三十|Q]]的学校开设「３|２」课程，编号[[a|b|S]]")
    assert text == "百分之三十的学校开设「３|２」课程，编号a|b"
    assert [text[s.start : s.end] for s in spans] == ["百分之", "三十", "a|b"]


def test_line_without_marks_is_a_negative_example() -> None:
    assert parse_paragraph("2021年12月14日召开第三次会议。") == ("2021年12月14日召开第三次会议。", ())


def test_to_markup_inverts_the_parser() -> None:
    line = "[[受益学生|S]][[19.66万|Q]][[人|U]]，[[近三|Q]][[成|U]]"
    assert to_markup(Record(*parse_paragraph(line))) == line


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("新增[[3200|Q]个", 'line 7: column 3: unclosed "[["'),
        ("新增3200|Q]]个", 'line 7: column 9: "]]" without an opening "[["'),
        ("新增[[3200]]个", 'line 7: column 3: mark "[[3200]]" has no "|LABEL"'),
        ("新增[[3200|N]]个", 'line 7: column 3: mark "[[3200|N]]": unknown label "N" (expected Q, U or S)'),
        ("新增[[|Q]]个", 'line 7: column 3: mark "[[|Q]]" marks no text'),
        ("新增[[[[3200|Q]]个|S]]", "line 7: column 3: marks cannot nest"),
    ],
)
def test_malformed_marks_raise_with_line_and_column(line: str, message: str) -> None:
    with pytest.raises(AnnotationError) as caught:
        parse_paragraph(line, 7)
    assert str(caught.value) == message


def test_files_comments_variants_and_ids() -> None:
    source = "\n".join(
        [
            "# 县教育局年度工作总结（自拟）",
            "全县[[普惠性幼儿园|S]][[38|Q]][[所|U]]。",
            "",
            "# variant: traditional",
            "全縣[[教師|S]][[1,204|Q]][[名|U]]。",
            "#variant:noisy ",
            "  [[在园幼儿|S]]约[[5千|Q]][[人|U]]  ",
        ]
    )
    parsed = parse_markup(source, "county_heldout")
    assert [p.line for p in parsed] == [2, 5, 7]
    assert [p.record.meta for p in parsed] == [
        {"id": "county_heldout-0001", "source": "gold", "split": "heldout", "variant": "plain"},
        {"id": "county_heldout-0002", "source": "gold", "split": "heldout", "variant": "traditional"},
        {"id": "county_heldout-0003", "source": "gold", "split": "heldout", "variant": "noisy"},
    ]
    assert parsed[2].record.text == "在园幼儿约5千人"  # the paragraph is stripped before offsets are taken
    assert parse_markup("[[3|Q]]", "county")[0].record.meta["split"] == "train"


def test_error_column_counts_stripped_indentation() -> None:
    with pytest.raises(AnnotationError) as caught:
        parse_markup("# c\n  新增[[3200|X]]个", "a")
    assert str(caught.value) == 'line 2: column 5: mark "[[3200|X]]": unknown label "X" (expected Q, U or S)'


def _src(tmp_path: Path, files: dict[str, str]) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for name, content in files.items():
        (src / name).write_text(content, encoding="utf-8")
    return src


def read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_script_writes_train_and_heldout_in_file_order(tmp_path: Path) -> None:
    src = _src(
        tmp_path,
        {
            "b_city.txt": "全市新增[[公办学位|S]][[1.3万|Q]][[个|U]]\n",
            "a_county.txt": "# variant: traditional\n全縣[[學校|S]][[56|Q]][[所|U]]\n",
            "c_heldout.txt": "[[总投资|S]][[3854.8万|Q]][[元|U]]\n",
        },
    )
    out = tmp_path / "out"
    assert load_script().main(["--src", str(src), "--out", str(out)]) == 0
    train, heldout = read(out / "gold_train.jsonl"), read(out / "gold_heldout.jsonl")
    assert [r["meta"]["id"] for r in train] == ["a_county-0001", "b_city-0001"]  # type: ignore[index]
    assert train[0]["meta"]["variant"] == "traditional"  # type: ignore[index]
    assert heldout == [
        {
            "text": "总投资3854.8万元",
            "spans": [
                {"start": 0, "end": 3, "label": "SUBJECT"},
                {"start": 3, "end": 10, "label": "QUANTITY"},
                {"start": 10, "end": 11, "label": "UNIT"},
            ],
            "meta": {"id": "c_heldout-0001", "source": "gold", "split": "heldout", "variant": "plain"},
        }
    ]


def test_script_reports_checker_problems_with_src_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _src(tmp_path, {"a.txt": "# c\n[[学校|S]][[56|Q]][[所|U]]\n\n新增[[学位 |S]][[3200|Q]]个\n"})
    assert load_script().main(["--src", str(src), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err
    assert f"{src / 'a.txt'}:4: span 2-5 (SUBJECT): misaligned, ends on whitespace" in err


def test_script_malformed_mark_is_one_line_error_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _src(tmp_path, {"a.txt": "\n\n新增[[3200|Q]个\n"})
    assert load_script().main(["--src", str(src), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err == f'edclaims: error: {src / "a.txt"}:3: column 3: unclosed "[["\n'
    assert not (tmp_path / "out").exists()


def test_script_missing_src_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert load_script().main(["--src", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("edclaims: error: ")
