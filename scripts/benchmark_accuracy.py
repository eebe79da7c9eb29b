#!/usr/bin/env python
"""How accurately `edclaims verify` finds and checks the relations annotated in one or more relations files.

    python scripts/benchmark_accuracy.py annotations/relations/heldout_releases.jsonl
    python scripts/benchmark_accuracy.py ../shared/dev/seed_relations.jsonl --seeds ../shared/seeds
    python scripts/benchmark_accuracy.py FILE... [--tagger rules|model] [--json] [--verbose]

Files are in the seed format ({"seed": FILE, "relations"}, the release read from --seeds) or the inline
format ({"text", "relations", ...}: annotations/relations/*.jsonl and the synthetic generator's
--relations-out). Printed per relation kind (check family), for each file:

  recall          relations found by a finding of that family whose number spans cover all its numbers
  verdict         of those found, the share whose finding has the annotated verdict
  planted recall  typo-like edits (one digit changed, two neighbouring digits swapped) and flipped direction
                  words (提高↔降低, 高于↔低于 …) planted into consistent relations, only where they break the
                  relation; caught when verify reports a new mismatch covering the edited number (a flip:
                  covering a number of the relation)
  false alarms    mismatches on the unedited releases not explained by a relation annotated "mismatch",
                  per document

Kinds with no registered check family are marked * and left out of the "checked families" row, which the
thresholds apply to. Exit 0, 1 when a threshold is missed, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from edclaims.benchmark import BenchmarkInputError, Planting, load_releases, make_verify, run_benchmark
from edclaims.benchmark.output import result_dict, result_table
from edclaims.benchmark.planting import EDIT_KINDS
from edclaims.benchmark.scoring import BenchmarkResult
from edclaims.checks import get_checks
from edclaims.tagging import get_tagger


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        epilog="See docs/accuracy.md for what is measured and the baseline numbers.",
    )
    parser.add_argument("relations", type=Path, nargs="+", help="relations files (JSONL)")
    parser.add_argument("--seeds", type=Path, help="folder of the releases seed-format files name")
    parser.add_argument("--tagger", default="rules", choices=("rules", "model"))
    parser.add_argument("--per-number", type=int, default=2, help="typo edits planted per number")
    parser.add_argument("--seed", type=int, default=13, help="random seed for choosing the edits")
    parser.add_argument("--no-plant", action="store_true", help="score relations and false alarms only")
    parser.add_argument("--min-recall", type=float, help="fail below this relation recall (checked)")
    parser.add_argument("--min-planted", type=float, help="fail below this planted-error recall (checked)")
    parser.add_argument("--max-fa-per-doc", type=float, help="fail above this many false alarms a document")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false alarm")
    args = parser.parse_args(argv)
    if args.per_number < 1:
        parser.error("--per-number must be at least 1")
    return args


def failures(result: BenchmarkResult, args: argparse.Namespace) -> list[str]:
    """The thresholds this result misses, phrased for the user."""
    checked = result.total(only_checked=True)
    out = []
    if args.min_recall is not None:
        recall = checked.found / checked.relations if checked.relations else 1.0
        if recall < args.min_recall:
            out.append(f"relation recall {recall:.3f} < {args.min_recall}")
    if args.min_planted is not None and not args.no_plant:
        planted, caught = sum(checked.planted.values()), sum(checked.caught.values())
        share = caught / planted if planted else 1.0
        if share < args.min_planted:
            out.append(f"planted-error recall {share:.3f} < {args.min_planted}")
    if args.max_fa_per_doc is not None and result.false_alarms_per_document > args.max_fa_per_doc:
        out.append(
            f"false alarms per document {result.false_alarms_per_document:.3f} > {args.max_fa_per_doc}"
        )
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        files = [(path, load_releases(path, args.seeds)) for path in args.relations]
        tagger = get_tagger(args.tagger)
    except BenchmarkInputError as error:
        print(f"benchmark_accuracy: error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a tagger that cannot load (no model, no torch): one line, no traceback
        print(f"benchmark_accuracy: error: tagger {args.tagger}: {error}", file=sys.stderr)
        return 2
    planting = None if args.no_plant else Planting(frozenset(EDIT_KINDS), args.per_number, args.seed)
    verify = make_verify(tagger)
    checked = set(get_checks())
    report: dict[str, Any] = {"tagger": args.tagger, "files": {}}
    missed: list[str] = []
    for path, releases in files:
        result = run_benchmark(releases, verify, checked, planting)
        problems = failures(result, args)
        missed.extend(f"{path}: {p}" for p in problems)
        if args.json:
            report["files"][str(path)] = {**result_dict(result), "failures": problems}
        else:
            print(f"== {path} ({len(releases)} releases, tagger {args.tagger})")
            print(result_table(result, args.verbose))
            print()
    if args.json:
        report["pass"] = not missed
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print("FAIL: " + "; ".join(missed) if missed else "PASS")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
