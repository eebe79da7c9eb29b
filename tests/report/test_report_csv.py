"""render_csv: the columns, one row per finding in report order, exact decimal strings, numbers with offsets."""

from __future__ import annotations

import csv
import io
import re

from edclaims.pipeline import verify_text
from edclaims.report import build_report, render_csv
from edclaims.report.csv_report import COLUMNS
from edclaims.tagging import get_tagger

MIXED = "全县共有义务教育学校120所,其中已建成标准化食堂的学校96所,占比85%。今年新招聘乡村教师由去年的40名增加到52名。\n"
MONEY = "全年发放资助资金4150万元,其中学前教育资助资金1235.5万元,义务教育资助资金2914.5万元。\n"


def report_of(*texts: str) -> dict:
    rules = get_tagger("rules")
    return build_report([verify_text(t, source=f"r{i}.txt", tagger=rules) for i, t in enumerate(texts, 1)])


def rows_of(report: dict) -> list[dict[str, str]]:
    text = render_csv(report)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    return list(reader)


def test_header_and_one_row_per_finding_in_report_order():
    report = report_of(MIXED, MONEY)
    rows = rows_of(report)
    expected = [
        (d["source"], f["id"], f["check"], f["status"]) for d in report["documents"] for f in d["findings"]
    ]
    assert [(r["source"], r["finding"], r["check"], r["status"]) for r in rows] == expected
    assert rows[0]["status"] == "mismatch" and rows[0]["check"] == "percent_of_whole"
    assert len(rows) >= 4 and {r["source"] for r in rows} == {"r1.txt", "r2.txt"}


def test_values_are_the_reports_decimal_strings():
    report = report_of(MIXED, MONEY)
    findings = [f for d in report["documents"] for f in d["findings"]]
    for row, finding in zip(rows_of(report), findings, strict=True):
        for key in ("stated", "expected", "tolerance"):
            assert row[key] == (finding[key] or "")
        assert row["confidence"] == finding["confidence"] and row["message"] == finding["message"]
    [money] = [r for r in rows_of(report) if r["source"] == "r2.txt"]
    assert money["stated"] == "41500000" and "e" not in money["stated"].lower()
    assert rows_of(report)[0]["expected"] == "80" and rows_of(report)[0]["tolerance"] == "0.5"


def test_numbers_name_each_figure_with_offsets_into_the_text():
    report = report_of(MIXED)
    text = report["documents"][0]["text"]
    first = rows_of(report)[0]
    parts = first["numbers"].split("; ")
    assert [p.split("@")[0] for p in parts] == ["120所", "96所", "85%"]
    for part in parts:
        shown, start, end = re.fullmatch(r"(.+)@(\d+)-(\d+)", part).groups()
        assert text[int(start) : int(end)] == shown


def test_sentence_is_the_release_sentence():
    row = rows_of(report_of(MIXED))[0]
    assert row["sentence"] == "全县共有义务教育学校120所,其中已建成标准化食堂的学校96所,占比85%。"


def test_lines_end_in_crlf_and_chinese_survives_a_round_trip():
    text = render_csv(report_of(MIXED))
    assert text.startswith("source,finding,") and "\r\n" in text and not text.startswith("\ufeff")
    assert "标准化食堂" in text


def test_cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised():
    report = report_of(MIXED)
    finding = report["documents"][0]["findings"][0]
    finding["message"] = '=HYPERLINK("http://x")'
    finding["note"] = "@SUM(1)"
    report["documents"][0]["source"] = "+cmd.txt"
    row = rows_of(report)[0]
    assert row["message"] == '\'=HYPERLINK("http://x")' and row["note"] == "'@SUM(1)"
    assert row["source"] == "'+cmd.txt"


def test_review_decisions_fill_their_columns():
    report = report_of(MIXED)
    report["documents"][0]["findings"][0]["review"] = {"decision": "confirmed", "note": "已核对"}
    rows = rows_of(report)
    assert (rows[0]["review_decision"], rows[0]["review_note"]) == ("confirmed", "已核对")
    assert rows[1]["review_decision"] == "" and rows[1]["review_note"] == ""


def test_a_report_without_findings_is_just_the_header():
    text = render_csv(report_of("今天天气晴朗。\n"))
    assert text == ",".join(COLUMNS) + "\r\n"
