"""`verify -f html` and `-f csv` on the command line, and the batch progress bar (terminal only)."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from edclaims.cli.app import app
from edclaims.cli.batch import should_show_progress, verify_batch
from edclaims.ingest import SourceFailure, list_inputs
from edclaims.tagging import get_tagger

MIXED = "全县共有义务教育学校120所,其中已建成标准化食堂的学校96所,占比85%。今年新招聘乡村教师由去年的40名增加到52名。\n"
GOOD = "全区幼儿园共有教职工800人,其中<b>专任教师</b>600人,占比75%。<script>alert(1)</script>\n"
BAR = "━"  # the bar's own character: never in a report


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    folder.mkdir()
    (folder / "a.txt").write_text(MIXED, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    return folder


def findings_of(folder: Path) -> list[dict]:
    """The findings the JSON report holds for the same inputs: what the other formats must show."""
    report = json.loads(invoke(str(folder), "-f", "json").stdout)
    return [f for d in report["documents"] for f in d["findings"]]


def invoke(*args: str):
    result = CliRunner().invoke(app, ["verify", *args, "--tagger", "rules"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_html_to_a_file(releases: Path, tmp_path: Path):
    out = tmp_path / "report.html"
    result = invoke(str(releases), "-f", "html", "-o", str(out))
    assert result.exit_code == 1 and result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="index"' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    findings = findings_of(releases)
    assert page.count('<li class="finding') == len(findings) >= 3
    assert all(f'id="doc-{i}-' in page for i in (1, 2))


def test_html_to_stdout_when_all_is_consistent(releases: Path):
    result = invoke(str(releases / "b.txt"), "-f", "html")
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and result.stdout.rstrip().endswith("</html>")
    assert 'id="index"' not in result.stdout  # one release: no index


def test_csv_file_has_a_bom_for_excel_and_one_row_per_finding(releases: Path, tmp_path: Path):
    out = tmp_path / "report.csv"
    result = invoke(str(releases), "-f", "csv", "-o", str(out))
    assert result.exit_code == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsource,finding,") and b"\r\n" in raw and b"\r\r\n" not in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    statuses = [r["status"] for r in rows if r["source"].endswith("a.txt")]
    assert statuses[0] == "mismatch" and set(statuses[1:]) == {"consistent"}  # mismatches first
    findings = findings_of(releases)
    assert [(r["finding"], r["stated"], r["expected"]) for r in rows] == [
        (f["id"], f["stated"] or "", f["expected"] or "") for f in findings
    ]
    assert rows[0]["stated"] == "85" and rows[0]["expected"] == "80"  # 96 / 120 = 80%, stated 85%


def test_csv_to_stdout_has_no_bom(releases: Path):
    result = invoke(str(releases / "a.txt"), "-f", "csv")
    assert result.exit_code == 1 and result.stdout.startswith("source,finding,")


def test_unwritable_output_is_one_line(releases: Path, tmp_path: Path):
    result = invoke(str(releases), "-f", "html", "-o", str(tmp_path / "no" / "such" / "dir.html"))
    assert result.exit_code == 2 and "cannot write the report" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_failed_input_is_listed_in_the_html_index(releases: Path, tmp_path: Path):
    out = tmp_path / "report.html"
    result = invoke(str(releases / "a.txt"), str(tmp_path / "gone.txt"), "-f", "html", "-o", str(out))
    assert result.exit_code == 2
    page = out.read_text(encoding="utf-8")
    assert '<tr class="failed">' in page and "gone.txt" in page and "no such file" in page


def run_cli(*args: str, stderr: int | None = None) -> tuple[subprocess.Popen[bytes], bytes, bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "edclaims", "verify", *args, "--tagger", "rules"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if stderr is None else stderr,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"},
    )
    out, err = process.communicate(timeout=120)
    return process, out, err or b""


def test_in_a_pipe_stderr_carries_no_progress(releases: Path):
    process, out, err = run_cli(str(releases), "-f", "json")
    assert process.returncode == 1 and out.startswith(b"{")
    assert err == b""


def test_in_a_pipe_only_error_lines_reach_stderr(releases: Path, tmp_path: Path):
    process, _, err = run_cli(str(releases), str(tmp_path / "gone.txt"), "-f", "json")
    assert process.returncode == 2
    lines = err.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("edclaims: error:") and BAR not in err.decode()


def stderr_on_a_terminal(*args: str) -> tuple[int, str]:
    """Run verify with stderr on a pseudo-terminal (stdout still a pipe) and return what the terminal got."""
    master, slave = pty.openpty()
    received: list[bytes] = []

    def drain() -> None:  # the bar redraws many times: keep the terminal's buffer from filling up
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO once the child has closed its end
                return
            if not chunk:
                return
            received.append(chunk)

    reader = threading.Thread(target=drain)
    reader.start()
    try:
        process, _, _ = run_cli(*args, stderr=slave)
    finally:
        os.close(slave)
        reader.join(timeout=30)
        os.close(master)
    return process.returncode, b"".join(received).decode("utf-8", errors="replace")


def test_on_a_terminal_a_batch_shows_a_bar(releases: Path):
    code, seen = stderr_on_a_terminal(str(releases), "-f", "json")
    assert code == 1 and BAR in seen and "2/2" in seen


@pytest.mark.parametrize("quiet", [True, False])
def test_on_a_terminal_quiet_or_a_single_input_shows_none(releases: Path, quiet: bool):
    args = (str(releases), "-q") if quiet else (str(releases / "a.txt"),)
    code, seen = stderr_on_a_terminal(*args, "-f", "json")
    assert code == 1 and BAR not in seen and "checking" not in seen


@pytest.mark.parametrize(
    ("tty", "quiet", "inputs", "shown"),
    [
        (True, False, 2, True),
        (True, False, 40, True),
        (True, False, 1, False),
        (True, True, 2, False),
        (False, False, 2, False),
        (False, True, 1, False),
    ],
)
def test_when_the_bar_is_shown(tty: bool, quiet: bool, inputs: int, shown: bool):
    assert should_show_progress(tty, quiet, inputs) is shown


def test_inputs_are_listed_by_the_directory_rules_before_any_is_read(tmp_path: Path):
    tree = tmp_path / "t"
    (tree / "sub").mkdir(parents=True)
    (tree / ".git").mkdir()
    for name in ("a.txt", "sub/b.HTML", "sub/c.md", ".hidden.txt", "notes.docx", ".git/d.txt"):
        (tree / name).write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    assert list_inputs([str(tree)]) == [str(tree / "a.txt"), str(tree / "sub/b.HTML"), str(tree / "sub/c.md")]
    listed = list_inputs([str(tree), "-", str(tmp_path / "missing.txt"), str(tmp_path / "empty")])
    assert len(listed) == 6 and listed[3] == "-"  # the progress bar's total
    assert [type(e) for e in listed[4:]] == [SourceFailure, SourceFailure]


def test_verify_batch_reports_every_input_once_in_order(releases: Path, tmp_path: Path):
    seen: list[str] = []
    missing = str(tmp_path / "gone.txt")
    inputs = list_inputs([str(releases), missing])
    docs, errors = verify_batch(inputs, get_tagger("rules"), on_progress=seen.append)
    assert seen == [str(releases / "a.txt"), str(releases / "b.txt"), missing]
    assert len(docs) == 2 and [e[0] for e in errors] == [missing]


def test_the_report_never_overwrites_an_input(releases: Path):
    release = releases / "a.txt"
    before = release.read_bytes()
    result = invoke(str(release), "-f", "html", "-o", str(release))
    assert result.exit_code == 2
    assert "refusing to overwrite an input" in result.output
    assert release.read_bytes() == before
