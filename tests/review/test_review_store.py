"""The review database and the keys that find a finding again: what is stored, what survives, what is refused."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from review_support import KINDERGARTENS, TEACHERS, make_report

from edclaims.review.keys import finding_key, finding_keys, text_sha256
from edclaims.review.report_file import ReportError, load_report, parse_report
from edclaims.review.store import ReviewStore, SpanEdit, StoreError, default_db_path

SHA = text_sha256(KINDERGARTENS)
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def test_the_database_sits_beside_the_report():
    assert default_db_path(Path("out/report.json")) == Path("out/report.review.sqlite")
    assert default_db_path(Path("report")) == Path("report.review.sqlite")


def test_a_decision_is_stored_with_its_note_and_time_and_survives_reopening(tmp_path: Path):
    db = tmp_path / "r.review.sqlite"
    with ReviewStore.open(db) as store:
        saved = store.set_decision(SHA, "sum:1-2", "confirmed", "与原表核对一致")
    assert TIMESTAMP.match(saved.decided_at)
    with ReviewStore.open(db) as store:
        assert store.decisions(SHA) == {"sum:1-2": saved}
        assert store.decisions(text_sha256(TEACHERS)) == {}


def test_deciding_again_replaces_the_decision(tmp_path: Path):
    with ReviewStore.open(tmp_path / "r.sqlite") as store:
        store.set_decision(SHA, "sum:1-2", "follow-up", "待核实")
        store.set_decision(SHA, "sum:1-2", "dismissed", "口径不同")
        [(key, decision)] = store.decisions(SHA).items()
        assert (key, decision.decision, decision.note) == ("sum:1-2", "dismissed", "口径不同")
        store.clear_decision(SHA, "sum:1-2")
        assert store.decisions(SHA) == {}


def test_an_unknown_decision_is_refused_by_the_code_and_by_the_table(tmp_path: Path):
    db = tmp_path / "r.sqlite"
    with ReviewStore.open(db) as store, pytest.raises(ValueError):
        store.set_decision(SHA, "sum:1-2", "approved", "")
    connection = sqlite3.connect(db)
    with pytest.raises(sqlite3.IntegrityError):
        connection.execute("INSERT INTO decisions VALUES (?, 'k', 'approved', '', 'now')", (SHA,))
    connection.close()


def test_corrected_spans_are_kept_in_text_order_and_can_be_reset(tmp_path: Path):
    with ReviewStore.open(tmp_path / "r.sqlite") as store:
        assert store.corrected_spans(SHA) is None
        store.set_spans(SHA, [SpanEdit(34, 36, "QUANTITY"), SpanEdit(31, 34, "SUBJECT")])
        corrected = store.corrected_spans(SHA)
        assert corrected is not None and TIMESTAMP.match(corrected.corrected_at)
        assert corrected.spans == (SpanEdit(31, 34, "SUBJECT"), SpanEdit(34, 36, "QUANTITY"))
        assert store.reviewed_hashes() == {SHA}
        store.clear_spans(SHA)
        assert store.corrected_spans(SHA) is None
        assert store.reviewed_hashes() == set()


def test_reviewed_documents_are_those_with_a_decision_or_corrected_spans(tmp_path: Path):
    other = text_sha256(TEACHERS)
    with ReviewStore.open(tmp_path / "r.sqlite") as store:
        store.set_decision(SHA, "sum:1-2", "confirmed", "")
        store.set_spans(other, [])
        assert store.reviewed_hashes() == {SHA, other}


def test_read_only_opening_never_creates_or_changes_the_file(tmp_path: Path):
    db = tmp_path / "r.sqlite"
    with pytest.raises(StoreError, match="no such review database"):
        ReviewStore.open_readonly(db)
    assert not db.exists()
    with ReviewStore.open(db) as store:
        store.set_decision(SHA, "sum:1-2", "confirmed", "")
    before = db.read_bytes()
    with ReviewStore.open_readonly(db) as store:
        assert store.decisions(SHA)["sum:1-2"].decision == "confirmed"
        with pytest.raises(StoreError):
            store.set_decision(SHA, "sum:1-2", "dismissed", "")
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_one_error_line(tmp_path: Path):
    db = tmp_path / "r.sqlite"
    db.write_text("这不是数据库\n" * 200, encoding="utf-8")
    for opener in (ReviewStore.open, ReviewStore.open_readonly):
        with pytest.raises(StoreError) as caught:
            opener(db)
        assert "\n" not in str(caught.value) and "not a database" in str(caught.value)


def test_a_database_from_a_newer_edclaims_is_refused(tmp_path: Path):
    db = tmp_path / "r.sqlite"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(StoreError, match="newer"):
        ReviewStore.open(db)


def test_the_finding_key_is_the_check_and_the_numbers_not_the_status():
    report = make_report({"a.txt": KINDERGARTENS})
    [mismatch] = [f for f in report["documents"][0]["findings"] if f["status"] == "mismatch"]
    key = finding_key(mismatch["check"], mismatch["spans"])
    numbers = sorted(KINDERGARTENS[s:e] for s, e in mismatch["spans"])
    assert key.startswith("percent_of_whole:") and numbers == ["135", "150", "92"]
    assert key == finding_key(mismatch["check"], [list(s) for s in mismatch["spans"]])
    relabelled = {**mismatch, "status": "consistent", "id": "f9", "message": "changed"}
    assert (
        parse_report({"documents": [{**report["documents"][0], "findings": [relabelled]}]})[0].findings[0].key
        == key
    )


def test_two_findings_of_one_check_on_the_same_numbers_get_distinct_keys():
    keys = finding_keys([("sum", [[1, 2]]), ("sum", [[1, 2]]), ("sum", [[1, 3]])])
    assert keys == ["sum:1-2", "sum:1-2#2", "sum:1-3"]


def test_the_report_hash_is_the_text_hash():
    report = make_report({"a.txt": KINDERGARTENS})
    assert report["documents"][0]["text_sha256"] == text_sha256(KINDERGARTENS)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a JSON report"),
        (b"[1, 2]", 'no "documents" list'),
        (b'{"documents": [{"source": "a"}]}', '"text" must be a string'),
        (b'{"documents": [{"text": "ab", "spans": [{"start": 0, "end": 9, "label": "UNIT"}]}]}', "outside"),
        (b'{"documents": [{"text": "ab", "findings": [{"check": "sum", "spans": [[0]]}]}]}', "pairs"),
        (b"\xff\xfe{", "not UTF-8"),
    ],
)
def test_a_report_that_cannot_be_reviewed_is_one_error_line(tmp_path: Path, content: bytes, message: str):
    path = tmp_path / "report.json"
    path.write_bytes(content)
    with pytest.raises(ReportError) as caught:
        load_report(path)
    assert message in str(caught.value) and "\n" not in str(caught.value)
