"""The command line around the review: one-line errors with exit 2, and `verify` carrying earlier decisions."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import jsonschema
import pytest
from review_support import KINDERGARTENS, make_report
from typer.testing import CliRunner

from edclaims.cli.app import app
from edclaims.report import SCHEMA_PATH
from edclaims.review.keys import finding_key, text_sha256
from edclaims.review.store import ReviewStore

runner = CliRunner()


def _one_error_line(result) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("edclaims: error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "cannot read"),
        ("{", "not a JSON report"),
        ('{"documents": 3}', 'no "documents" list'),
        ('{"documents": [{"text": 5}]}', '"text" must be a string'),
    ],
)
def test_a_missing_or_invalid_report_is_one_line_and_exit_2(
    tmp_path: Path, content: str | None, expected: str
):
    path = tmp_path / "report.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    for extra in ([], ["--export", str(tmp_path / "out.jsonl")]):
        line = _one_error_line(runner.invoke(app, ["review", str(path), "--port", "0", *extra]))
        assert str(path) in line and expected in line
    assert not (tmp_path / "report.review.sqlite").exists()


def _report(tmp_path: Path) -> Path:
    path = tmp_path / "report.json"
    path.write_text(json.dumps(make_report({"a.txt": KINDERGARTENS}), ensure_ascii=False), encoding="utf-8")
    return path


def test_a_port_in_use_is_one_line_and_exit_2(tmp_path: Path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["review", str(_report(tmp_path)), "--port", str(port)])
    line = _one_error_line(result)
    assert f"cannot listen on 127.0.0.1:{port}" in line
    assert result.stdout == ""  # no URL was printed for a server that never started


def test_a_database_that_is_not_sqlite_is_one_line_and_exit_2(tmp_path: Path):
    db = tmp_path / "notes.sqlite"
    db.write_text("审核记录\n" * 100, encoding="utf-8")
    before = db.read_bytes()
    for extra in (["--port", "0"], ["--export", str(tmp_path / "out.jsonl")]):
        line = _one_error_line(
            runner.invoke(app, ["review", str(_report(tmp_path)), "--db", str(db), *extra])
        )
        assert str(db) in line and "not a database" in line
    assert db.read_bytes() == before


# `edclaims verify -f json -o OUT.json` and the review database beside OUT (or --review-db).


def _verify(tmp_path: Path, out: Path, *extra: str):
    release = tmp_path / "城南区.txt"
    release.write_text(KINDERGARTENS, encoding="utf-8")
    return runner.invoke(
        app, ["verify", str(release), "--tagger", "rules", "-f", "json", "-o", str(out), *extra]
    )


def _mismatch_key(tmp_path: Path) -> str:
    out = tmp_path / "first.json"
    assert _verify(tmp_path, out).exit_code == 1  # the release holds a mismatch
    [mismatch] = [
        f for f in json.loads(out.read_text("utf-8"))["documents"][0]["findings"] if f["status"] == "mismatch"
    ]
    return finding_key(mismatch["check"], mismatch["spans"])


def test_verify_attaches_earlier_decisions_from_the_database_beside_the_output(tmp_path: Path):
    key = _mismatch_key(tmp_path)
    with ReviewStore.open(tmp_path / "out.review.sqlite") as store:
        saved = store.set_decision(text_sha256(KINDERGARTENS), key, "confirmed", "已函告区教育局更正")
    out = tmp_path / "out.json"
    assert _verify(tmp_path, out).exit_code == 1
    report = json.loads(out.read_text("utf-8"))
    jsonschema.validate(report, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    document = report["documents"][0]
    assert document["text_sha256"] == text_sha256(KINDERGARTENS)
    reviewed = [f for f in document["findings"] if "review" in f]
    assert [f["status"] for f in reviewed] == ["mismatch"]
    assert reviewed[0]["review"] == saved.as_dict()


def test_verify_reads_review_db_when_given_and_adds_nothing_without_one(tmp_path: Path):
    key = _mismatch_key(tmp_path)
    db = tmp_path / "elsewhere" / "team.sqlite"
    db.parent.mkdir()
    with ReviewStore.open(db) as store:
        store.set_decision(text_sha256(KINDERGARTENS), key, "dismissed", "")
    before = db.read_bytes()
    plain, attached = tmp_path / "plain.json", tmp_path / "attached.json"
    assert _verify(tmp_path, plain).exit_code == 1
    assert not (tmp_path / "plain.review.sqlite").exists()  # verify never creates a database
    assert all("review" not in f for f in json.loads(plain.read_text("utf-8"))["documents"][0]["findings"])
    assert _verify(tmp_path, attached, "--review-db", str(db)).exit_code == 1
    findings = json.loads(attached.read_text("utf-8"))["documents"][0]["findings"]
    assert [f["review"]["decision"] for f in findings if "review" in f] == ["dismissed"]
    assert db.read_bytes() == before


def test_verify_with_a_missing_review_db_is_one_line_and_exit_2(tmp_path: Path):
    line = _one_error_line(
        _verify(tmp_path, tmp_path / "out.json", "--review-db", str(tmp_path / "none.sqlite"))
    )
    assert "no such review database" in line
