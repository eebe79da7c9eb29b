"""The real releases in ../shared, when present: relations found, planted typos caught, no false alarm."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RELATIONS = SHARED / "dev" / "seed_relations.jsonl"


@pytest.mark.skipif(not RELATIONS.exists(), reason="../shared/dev is not beside this checkout")
def test_seed_relations_recall_planted_recall_and_no_false_alarm():
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "score_relations.py"),
            str(RELATIONS),
            "--seeds",
            str(SHARED / "seeds"),
            "--plant",
            "--min-recall",
            "0.9",
            "--max-false-alarms",
            "0",
            "-v",
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "PASS" in result.stdout
