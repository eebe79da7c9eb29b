"""Accuracy benchmark over annotated relations: the code shared by scripts/benchmark_accuracy.py and
scripts/score_relations.py (holds, planted edits, matching findings to relations, tallies, output) and the
markup of annotations/src/relations_heldout.txt read by scripts/relations_to_jsonl.py."""

from __future__ import annotations

from edclaims.benchmark.arith import holds
from edclaims.benchmark.matching import Found, catches, covering, false_alarms, findings_of, match_relation
from edclaims.benchmark.planting import Edit, plant_flip, plant_typos, typo_edits
from edclaims.benchmark.relations import (
    BenchmarkInputError,
    Number,
    Relation,
    Release,
    load_releases,
    stated_value,
)
from edclaims.benchmark.scoring import BenchmarkResult, Planting, Tally, make_verify, run_benchmark

__all__ = [
    "BenchmarkInputError",
    "BenchmarkResult",
    "Edit",
    "Found",
    "Number",
    "Planting",
    "Relation",
    "Release",
    "Tally",
    "catches",
    "covering",
    "false_alarms",
    "findings_of",
    "holds",
    "load_releases",
    "make_verify",
    "match_relation",
    "plant_flip",
    "plant_typos",
    "run_benchmark",
    "stated_value",
    "typo_edits",
]
