"""The checker: each rejection with its line number and reason, and clean files pass."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from edclaims.annotations import AnnotatedSpan, AnnotationError, Problem, Record, check_file, check_record
from edclaims.annotations.check import check_file_report

TEXT = "全县共有义务教育学校56所，其中小学41所。"
# 全县共有义务教育学校 = 0-10, 56 = 10-12, 所 = 12-13, 其中 14-16, 小学 16-18, 41 18-20, 所 20-21
GOOD_SPANS = [
    {"start": 4, "end": 10, "label": "SUBJECT"},
    {"start": 10, "end": 12, "label": "QUANTITY"},
    {"start": 12, "end": 13, "label": "UNIT"},
    {"start": 16, "end": 18, "label": "SUBJECT"},
    {"start": 18, "end": 20, "label": "QUANTITY"},
    {"start": 20, "end": 21, "label": "UNIT"},
]


def line(text: str, spans: list[dict[str, object]], **meta: object) -> str:
    return json.dumps({"text": text, "spans": spans, "meta": meta}, ensure_ascii=False)


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(f"{item}\n" for item in lines), encoding="utf-8")
    return path


def test_offsets_in_the_fixture_are_what_the_comment_says() -> None:
    assert [TEXT[s["start"] : s["end"]] for s in GOOD_SPANS] == [
        "义务教育学校",
        "56",
        "所",
        "小学",
        "41",
        "所",
    ]


def test_clean_file_has_no_problems(tmp_path: Path) -> None:
    path = write(tmp_path, line(TEXT, GOOD_SPANS, id="t-1"), line("今年未新建学校。", []))
    report = check_file_report(path)
    assert report.problems == []
    assert (report.records, report.spans) == (2, 6)


@pytest.mark.parametrize(
    ("span", "reason"),
    [
        (
            {"start": 18, "end": 40, "label": "QUANTITY"},
            "span 18-40 (QUANTITY): out of range for a text of 22 characters",
        ),
        (
            {"start": -1, "end": 2, "label": "SUBJECT"},
            "span -1-2 (SUBJECT): out of range for a text of 22 characters",
        ),
        ({"start": 12, "end": 12, "label": "UNIT"}, "span 12-12 (UNIT): start >= end"),
        ({"start": 13, "end": 12, "label": "UNIT"}, "span 13-12 (UNIT): start >= end"),
        (
            {"start": 10, "end": 12, "label": "NUMBER"},
            "span 10-12 (NUMBER): unknown label (expected QUANTITY, UNIT, SUBJECT)",
        ),
        (
            {"start": 10, "end": 12, "label": "quantity"},
            "span 10-12 (quantity): unknown label (expected QUANTITY, UNIT, SUBJECT)",
        ),
        (
            {"start": "10", "end": 12, "label": "QUANTITY"},
            'span "10"-12 (QUANTITY): offsets must be integers',
        ),
        (
            {"start": 10, "end": 12.0, "label": "QUANTITY"},
            "span 10-12.0 (QUANTITY): offsets must be integers",
        ),
        (
            {"start": True, "end": 12, "label": "QUANTITY"},
            "span true-12 (QUANTITY): offsets must be integers",
        ),
        (
            {"start": None, "end": 12, "label": "QUANTITY"},
            "span null-12 (QUANTITY): offsets must be integers",
        ),
    ],
)
def test_single_span_rejections(tmp_path: Path, span: dict[str, object], reason: str) -> None:
    path = write(tmp_path, line(TEXT, GOOD_SPANS), line(TEXT, [span]))
    assert check_file(path) == [Problem(2, reason)]


def test_misaligned_spans_on_whitespace(tmp_path: Path) -> None:
    text = "发放资助金 415万元 。"  # a stray space before 415 and after 元
    spans = [
        {"start": 5, "end": 10, "label": "QUANTITY"},  # " 415万"
        {"start": 10, "end": 12, "label": "UNIT"},  # "元 "
    ]
    assert text[5:10] == " 415万" and text[10:12] == "元 "
    path = write(tmp_path, line(text, spans))
    assert [str(p) for p in check_file(path)] == [
        "line 1: span 5-10 (QUANTITY): misaligned, starts on whitespace",
        "line 1: span 10-12 (UNIT): misaligned, ends on whitespace",
    ]


def test_space_inside_a_span_is_fine() -> None:
    # Grouped digits: 「12 215」 is one QUANTITY (guideline); only the edges must not be whitespace.
    record = Record("在校生12 215人", (AnnotatedSpan(3, 9, "QUANTITY"), AnnotatedSpan(9, 10, "UNIT")))
    assert check_record(record) == []


def test_full_width_space_counts_as_whitespace() -> None:
    record = Record("\u3000\u3000全市共有幼儿园120所", (AnnotatedSpan(1, 6, "SUBJECT"),))
    assert check_record(record) == ["span 1-6 (SUBJECT): misaligned, starts on whitespace"]


def test_overlap_message_names_both_spans(tmp_path: Path) -> None:
    text = "完成投资约1.2亿元，新建校舍4.5万平方米。"
    spans = [
        {"start": 4, "end": 9, "label": "QUANTITY"},  # 约1.2亿
        {"start": 8, "end": 10, "label": "UNIT"},  # 亿元: overlaps
    ]
    lines = [line("今年未新建学校。", [])] * 11 + [line(text, spans)]
    path = write(tmp_path, *lines)
    assert [str(p) for p in check_file(path)] == ["line 12: span 8-10 (UNIT) overlaps span 4-9 (QUANTITY)"]


def test_same_offsets_different_labels_overlap_and_exact_copies_are_duplicates() -> None:
    quantity = AnnotatedSpan(10, 12, "QUANTITY")
    record = Record(TEXT, (quantity, AnnotatedSpan(10, 12, "UNIT"), quantity))
    assert check_record(record) == [
        "duplicate span 10-12 (QUANTITY)",
        "span 10-12 (UNIT) overlaps span 10-12 (QUANTITY)",
    ]


def test_touching_spans_do_not_overlap() -> None:
    record = Record(TEXT, tuple(AnnotatedSpan(s["start"], s["end"], s["label"]) for s in GOOD_SPANS))  # type: ignore[arg-type]
    assert check_record(record) == []


def test_misaligned_span_still_checked_for_overlap() -> None:
    text = "新增学位 3200个"
    record = Record(text, (AnnotatedSpan(4, 9, "QUANTITY"), AnnotatedSpan(8, 10, "UNIT")))
    assert check_record(record) == [
        "span 4-9 (QUANTITY): misaligned, starts on whitespace",
        "span 8-10 (UNIT) overlaps span 4-9 (QUANTITY)",
    ]


def test_empty_text_is_rejected() -> None:
    assert check_record(Record("", ())) == ["empty text"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
        ('{"spans": []}', 'missing key "text"'),
        ('{"text": "全市"}', 'missing key "spans"'),
        ('{"text": 3, "spans": []}', '"text" must be a string'),
        ('{"text": "全市", "spans": {}}', '"spans" must be a list'),
        ('{"text": "全市", "spans": [], "meta": []}', '"meta" must be an object'),
        ('{"text": "全市", "spans": [[0, 1, "UNIT"]]}', "span #1 must be an object"),
        ('{"text": "全市", "spans": [{"start": 0, "end": 1}]}', 'span #1 is missing "label"'),
        ("[1, 2]", "a record must be a JSON object"),
    ],
)
def test_structural_problems_are_reported_per_line_and_checking_goes_on(
    tmp_path: Path, content: str, reason: str
) -> None:
    bad_span = line(TEXT, [{"start": 12, "end": 12, "label": "UNIT"}])
    path = write(tmp_path, line(TEXT, GOOD_SPANS), content, bad_span)
    assert check_file(path) == [Problem(2, reason), Problem(3, "span 12-12 (UNIT): start >= end")]


def test_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(
        f"{line(TEXT, GOOD_SPANS)}\n\n  \n{line(TEXT, [{'start': 0, 'end': 99, 'label': 'UNIT'}])}\n"
    )
    assert [p.line for p in check_file(path)] == [4]


def test_bytes_that_are_not_utf8_spoil_only_their_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = line(TEXT, GOOD_SPANS).encode("utf-8")
    path.write_bytes(good + b"\n" + "全市".encode("gb18030") + b"\n" + good + b"\n")
    problems = check_file(path)
    assert [p.line for p in problems] == [2]
    assert problems[0].reason.startswith("not UTF-8")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + line(TEXT, GOOD_SPANS).encode("utf-8") + b"\n")
    assert check_file(path) == []


def test_unreadable_file_raises(tmp_path: Path) -> None:
    with pytest.raises(AnnotationError, match="cannot read") as caught:
        check_file(tmp_path / "missing.jsonl")
    assert caught.value.line is None


@pytest.mark.parametrize("label", [["UNIT"], {"name": "UNIT"}, None, 3])
def test_labels_of_the_wrong_type_are_reported_not_crashed_on(tmp_path: Path, label: object) -> None:
    spans = [{"start": 10, "end": 12, "label": label}, {"start": 10, "end": 12, "label": label}]
    spans.append({"start": 11, "end": 13, "label": "UNIT"})
    problems = check_file(write(tmp_path, line(TEXT, spans)))
    shown = json.dumps(label, ensure_ascii=False)
    assert [p.reason for p in problems] == [
        f"span 10-12 ({shown}): unknown label (expected QUANTITY, UNIT, SUBJECT)",
        f"span 10-12 ({shown}): unknown label (expected QUANTITY, UNIT, SUBJECT)",
        f"duplicate span 10-12 ({shown})",
        f"span 11-13 (UNIT) overlaps span 10-12 ({shown})",
    ]
