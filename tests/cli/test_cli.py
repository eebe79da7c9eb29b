"""The command line: exit statuses, one-line errors, files never modified, batches that survive a bad file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from edclaims.cli.app import app

GOOD = "全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率75%。\n"
BAD = "全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率57%。\n"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "release.txt"


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """edclaims with the rule tagger unless a test names one: these tests are about the command line."""
    if args and args[0] == "verify" and "--tagger" not in args:
        args = (*args, "--tagger", "rules")
    return run_default(*args, stdin=stdin, cwd=cwd)


def run_default(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "edclaims", *args],
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    path = tmp_path / "bad.txt"
    path.write_text(BAD, encoding="utf-8")
    return path


def test_no_mismatch_exits_0(good: Path):
    result = run("verify", str(good))
    assert result.returncode == 0
    assert "0 mismatch" in result.stdout


def test_a_mismatch_exits_1_and_is_shown_first(bad: Path):
    result = run("verify", str(bad))
    assert result.returncode == 1
    assert "mismatch" in result.stdout.splitlines()[1]


def test_flags_only_hides_consistent_findings(good: Path, bad: Path):
    assert "consistent" in run("verify", str(good)).stdout.split("\n", 2)[1]
    shown = run("verify", str(good), str(bad), "--flags-only").stdout
    assert "✗ mismatch" in shown and "✓ consistent" not in shown


def test_fail_on_never_exits_0(bad: Path):
    assert run("verify", str(bad), "--fail-on", "never").returncode == 0


def test_json_to_file(bad: Path, tmp_path: Path):
    out = tmp_path / "report.json"
    result = run("verify", str(bad), "--format", "json", "-o", str(out))
    assert result.returncode == 1 and result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["summary"]["mismatch"] == 1


def test_stdin(tmp_path: Path):
    result = run("verify", "-", "--format", "json", stdin=BAD.encode())
    assert json.loads(result.stdout)["documents"][0]["source"] == "-"


def _bad_input(kind: str, folder: Path) -> Path:
    if kind == "missing":
        return folder / "missing.txt"
    if kind == "empty":
        (folder / "empty.txt").write_bytes(b"")
        return folder / "empty.txt"
    if kind == "binary":
        (folder / "bin.txt").write_bytes(bytes(range(256)) * 4)
        return folder / "bin.txt"
    if kind == "undecodable":
        (folder / "odd.txt").write_bytes(b"\x81\x30\xff\xfe\x80" * 40 + b"\xff" * 10)
        return folder / "odd.txt"
    (folder / "emptydir").mkdir()
    return folder / "emptydir"


@pytest.mark.parametrize(
    ("kind", "needle"),
    [
        ("missing", "no such file"),
        ("empty", "empty"),
        ("binary", "binary"),
        ("undecodable", "decode"),
        ("emptydir", "no .txt"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, kind: str, needle: str):
    result = run("verify", str(_bad_input(kind, tmp_path)))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("edclaims: error:")
    assert lines[0].count(tmp_path.name) == 1  # the file is named once


def test_oversized_file_is_refused(tmp_path: Path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: refused before it is read
    result = run("verify", str(big))
    assert result.returncode == 2 and "MB" in result.stderr


def test_one_bad_file_does_not_stop_the_batch(tmp_path: Path, bad: Path):
    missing = tmp_path / "nope.txt"
    result = run("verify", str(missing), str(bad), "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert [d["source"] for d in report["documents"]] == [str(bad)]
    assert report["summary"]["mismatch"] == 1 and len(report["summary"]["errors"]) == 1


def test_inputs_are_not_modified(bad: Path):
    before = (bad.read_bytes(), os.stat(bad).st_mtime_ns)
    run("verify", str(bad))
    assert (bad.read_bytes(), os.stat(bad).st_mtime_ns) == before


def test_usage_error_exits_2():
    result = run("verify", "--format", "yaml", "x.txt")
    assert result.returncode == 2


def test_unknown_tagger_is_one_line(good: Path):
    result = run("verify", str(good), "--tagger", "nope")
    assert result.returncode == 2 and "unknown tagger" in result.stderr


def test_example_release_with_the_default_tagger_shows_the_planted_flag():
    result = run_default("verify", str(EXAMPLE), "--format", "json")
    report = json.loads(result.stdout)
    mismatches = [f for f in report["documents"][0]["findings"] if f["status"] == "mismatch"]
    assert result.returncode == 1
    assert [f["check"] for f in mismatches] == ["percent_of_whole"]


def test_missing_model_folder_is_one_line_naming_it(good: Path, tmp_path: Path):
    env_folder = tmp_path / "no-model-here"
    result = subprocess.run(
        [sys.executable, "-m", "edclaims", "verify", str(good)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "EDCLAIMS_MODEL": str(env_folder)},
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and str(env_folder) in result.stderr


def test_train_passes_every_option_to_the_trainer(tmp_path: Path, monkeypatch):
    import edclaims.model.train as training

    seen = {}

    def fake_train(args, progress=print):
        seen["args"] = args
        return {"examples": 0, "seconds": 0.0, "history": [], "steps": 0}

    monkeypatch.setattr(training, "train", fake_train)
    data = tmp_path / "gold.jsonl"
    data.write_text("", encoding="utf-8")
    options = ["--data", str(data), "--base", "b", "--out", str(tmp_path / "m"), "--epochs", "2"]
    options += ["--batch-size", "8", "--learning-rate", "0.001", "--seed", "7", "--max-steps", "5"]
    result = CliRunner().invoke(app, ["train", *options, "--gold-repeat", "1"])
    assert result.exit_code == 0, result.output
    args = seen["args"]
    assert (
        args.epochs,
        args.batch_size,
        args.learning_rate,
        args.seed,
        args.max_steps,
        args.gold_repeat,
    ) == (
        2,
        8,
        0.001,
        7,
        5,
        1,
    )
