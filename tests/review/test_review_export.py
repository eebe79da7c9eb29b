"""`edclaims review REPORT.json --export FILE`: corrected spans out as annotation JSONL that the check accepts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from review_support import KINDERGARTENS, SCRAPED, TEACHERS, Running, finding, make_report
from typer.testing import CliRunner

from edclaims.annotations.io import read_jsonl
from edclaims.cli.app import app
from edclaims.review.keys import text_sha256
from edclaims.review.store import ReviewStore, SpanEdit

Serve = Callable[..., Running]
runner = CliRunner()


def _plain(spans: list[dict]) -> list[tuple[int, int, str]]:
    return sorted((s["start"], s["end"], s["label"]) for s in spans)


def _check_passes(path: Path, records: int) -> None:
    """`edclaims annotations check` through the CLI: exit 0 and no problem line."""
    result = runner.invoke(app, ["annotations", "check", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().startswith(f"{records} records,") and result.stdout.strip().endswith(
        " 0 problems"
    )


def _review(serve: Serve, report: Path) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """Confirm the mismatch in document 0 and correct the spans of document 2; return both span lists."""
    client = serve(report)
    view = client.report()
    key = finding(view, 0, status="mismatch")["key"]
    assert client.post("/api/decision", {"doc": 0, "finding_key": key, "decision": "confirmed"}).status == 200
    spans = [
        {"start": s["start"], "end": s["end"], "label": s["label"]} for s in view["documents"][2]["spans"]
    ]
    start = TEACHERS.index("义务教育学校")
    corrected = [*spans[1:], {"start": start, "end": start + 6, "label": "SUBJECT"}]
    assert client.post("/api/spans", {"doc": 2, "spans": corrected}).status == 200
    client.stop()
    return _plain(view["documents"][0]["spans"]), _plain(corrected)


def test_reviewed_documents_are_exported_with_their_corrected_spans(
    report_path: Path, serve: Serve, tmp_path: Path
):
    report_spans, corrected = _review(serve, report_path)
    target = tmp_path / "annotations.jsonl"
    result = runner.invoke(app, ["review", str(report_path), "--export", str(target)])
    assert result.exit_code == 0, result.output
    assert "2 records (1 with corrected spans)" in result.stderr

    records = [record for _, record in read_jsonl(target)]
    # The untouched document in the middle is not exported: nobody reviewed it.
    assert [r.text for r in records] == [KINDERGARTENS, TEACHERS]
    assert sorted((s.start, s.end, s.label) for s in records[0].spans) == report_spans
    assert sorted((s.start, s.end, s.label) for s in records[1].spans) == corrected
    assert ("义务教育学校", "SUBJECT") in {(records[1].span_text(s), s.label) for s in records[1].spans}
    for record in records:
        sha = text_sha256(record.text)
        assert record.meta == {
            "source": "review",
            "id": f"review-{sha[:12]}",
            "text_sha256": sha,
            "document": record.meta["document"],
        }
    assert [r.meta["document"] for r in records] == ["kindergartens.txt", "teachers.txt"]
    _check_passes(target, 2)


def test_all_documents_exports_the_unreviewed_ones_too(report_path: Path, serve: Serve, tmp_path: Path):
    _review(serve, report_path)
    target = tmp_path / "all.jsonl"
    result = runner.invoke(app, ["review", str(report_path), "--export", str(target), "--all-documents"])
    assert result.exit_code == 0, result.output
    texts = [record.text for _, record in read_jsonl(target)]
    assert texts == [KINDERGARTENS, SCRAPED, TEACHERS]  # the script tag stays text, byte for byte
    _check_passes(target, 3)


def test_exporting_changes_neither_the_report_nor_the_database(
    report_path: Path, serve: Serve, tmp_path: Path
):
    _review(serve, report_path)
    db = report_path.with_name("report.review.sqlite")
    before = (report_path.read_bytes(), db.read_bytes())
    result = runner.invoke(app, ["review", str(report_path), "--export", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0
    assert (report_path.read_bytes(), db.read_bytes()) == before


def test_without_a_database_nothing_is_reviewed_and_no_database_is_created(report_path: Path, tmp_path: Path):
    target = tmp_path / "none.jsonl"
    result = runner.invoke(app, ["review", str(report_path), "--export", str(target)])
    assert result.exit_code == 0 and "0 records" in result.stderr
    assert target.read_text(encoding="utf-8") == ""
    assert not report_path.with_name("report.review.sqlite").exists()
    _check_passes(target, 0)


def test_spans_the_check_would_reject_are_left_out_and_counted(tmp_path: Path):
    # A hand-edited report: one span on the line break, one overlapping the first tagged span.
    report = make_report({"a.txt": KINDERGARTENS})
    document = report["documents"][0]
    first = document["spans"][0]
    newline = KINDERGARTENS.index("\n")
    document["spans"] += [
        {"label": "UNIT", "start": newline, "end": newline + 1, "text": "\n"},
        {"label": "SUBJECT", "start": first["start"], "end": first["end"] + 1, "text": ""},
    ]
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    with ReviewStore.open(tmp_path / "edited.review.sqlite") as store:
        store.set_decision(text_sha256(KINDERGARTENS), "any-finding", "follow-up", "")
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["review", str(path), "--export", str(target)])
    assert result.exit_code == 0, result.output
    assert "2 spans left out" in result.stderr
    [(_, record)] = list(read_jsonl(target))
    # The tagged spans all stay; the one overlapping two of them goes.
    kept = [(s.start, s.end, s.label) for s in record.spans]
    assert kept == [(s["start"], s["end"], s["label"]) for s in document["spans"][:-2]]
    _check_passes(target, 1)


def test_corrected_spans_stored_for_a_text_are_used_whatever_the_report_says(tmp_path: Path):
    path = tmp_path / "r.json"
    path.write_text(json.dumps(make_report({"a.txt": TEACHERS}), ensure_ascii=False), encoding="utf-8")
    start = TEACHERS.index("2860")
    with ReviewStore.open(tmp_path / "r.review.sqlite") as store:
        store.set_spans(text_sha256(TEACHERS), [SpanEdit(start, start + 4, "QUANTITY")])
    target = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["review", str(path), "--export", str(target)]).exit_code == 0
    [(_, record)] = list(read_jsonl(target))
    assert [(s.start, s.end, s.label) for s in record.spans] == [(start, start + 4, "QUANTITY")]


def test_the_export_never_overwrites_the_database(report_path: Path, serve: Serve):
    _review(serve, report_path)
    db = report_path.with_name("report.review.sqlite")
    before = db.read_bytes()
    result = runner.invoke(app, ["review", str(report_path), "--export", str(db)])
    assert result.exit_code == 2 and "refusing to overwrite" in result.stderr
    assert db.read_bytes() == before


def test_exporting_never_overwrites_the_report_it_reads(report_path: Path):
    before = report_path.read_bytes()
    result = runner.invoke(app, ["review", str(report_path), "--export", str(report_path)])
    assert result.exit_code == 2 and "refusing to overwrite the report" in result.stderr
    assert report_path.read_bytes() == before
