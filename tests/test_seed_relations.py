"""The real releases in ../shared, when present: relations found, planted typos caught, no false alarm.

Run for both taggers; the model must find at least as many relations as the rule tagger.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RELATIONS = SHARED / "dev" / "seed_relations.jsonl"
MODEL = ROOT / "models" / "edclaims-zh"

pytestmark = pytest.mark.skipif(not RELATIONS.exists(), reason="../shared/dev is not beside this checkout")


@cache  # each tagger is scored once per session, planted edits and all
def score(tagger: str) -> tuple[int, str]:
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
            "--tagger",
            tagger,
        ],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [found] = [int(line.split()[2]) for line in result.stdout.splitlines() if line.startswith("all ")]
    return found, result.stdout


def test_rule_tagger_passes_on_the_seeds():
    score("rules")


@pytest.mark.skipif(not (MODEL / "model.safetensors").exists(), reason="no shipped model")
def test_model_finds_at_least_as_many_relations_as_the_rules():
    with_model, _ = score("model")
    with_rules, _ = score("rules")
    assert with_model >= with_rules
