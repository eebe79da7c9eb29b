#!/usr/bin/env python
"""Score `edclaims verify` against a relations file: relation recall, planted-error recall, false alarms.

A relations file has one JSON object per release: {"seed": FILE, "relations": [{"kind", "numbers":
[{"text", "start", "end", "value", "role"}], "verdict", ...}]}, offsets indexing the release's text
(or the inline format, {"text", "relations"}).

  relation recall   share of relations (of the kinds edclaims checks) found by a finding of the same
                    check whose number spans cover every number of the relation, with the same verdict
  planted recall    each number of each consistent relation is edited like a typo (one digit changed, or
                    two neighbouring digits swapped) so that the relation no longer holds; share of edits
                    for which verify reports a new mismatch whose spans cover the edited number
  false alarms      mismatches reported on the unedited releases (not explained by a relation annotated
                    "mismatch")

The work is done by `edclaims.benchmark`, shared with scripts/benchmark_accuracy.py (which also reports
verdict accuracy, direction-word flips and kinds without a check).

Usage: python scripts/score_relations.py ../shared/dev/seed_relations.jsonl --seeds ../shared/seeds --plant
Exits 1 when relation or planted recall is below --min-recall or false alarms exceed --max-false-alarms,
2 on bad input.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from edclaims.benchmark import BenchmarkInputError, Planting, load_releases, make_verify, run_benchmark
from edclaims.benchmark.output import ratio, shown
from edclaims.benchmark.scoring import BenchmarkResult, Tally
from edclaims.checks import get_checks
from edclaims.tagging import get_tagger


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("relations", type=Path)
    parser.add_argument(
        "--seeds", type=Path, help="folder of the releases (default: ../seeds beside the file)"
    )
    parser.add_argument("--plant", action="store_true", help="also plant typo-like edits and score them")
    parser.add_argument("--per-number", type=int, default=2, help="edits planted per number of a relation")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--tagger", default="rules")
    parser.add_argument("--min-recall", type=float, default=0.9)
    parser.add_argument("--max-false-alarms", type=int, default=0)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    try:
        releases = load_releases(args.relations, args.seeds)
        tagger = get_tagger(args.tagger)
    except BenchmarkInputError as error:
        print(f"score_relations: error: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a tagger that cannot load: one line, no traceback
        print(f"score_relations: error: tagger {args.tagger}: {error}", file=sys.stderr)
        return 2
    checked = set(get_checks())
    # relations of kinds no family checks are not scored here, so they plant nothing either
    in_scope = [replace(r, relations=tuple(x for x in r.relations if x.kind in checked)) for r in releases]
    out_of_scope = sum(len(r.relations) for r in releases) - sum(len(r.relations) for r in in_scope)
    planting = Planting(frozenset({"digit", "swap"}), args.per_number, args.seed) if args.plant else None
    result = run_benchmark(in_scope, make_verify(tagger), checked, planting)
    total = print_table(result)
    print(f"relations of kinds not checked yet: {out_of_scope}")
    print(f"false alarms (mismatches on the unedited releases): {len(result.false_alarms)}")
    if args.verbose:
        for miss in result.misses + result.false_alarms:
            print(f"  {miss}")
    recall = total.verdict_right / total.relations if total.relations else 1.0
    planted, caught = sum(total.planted.values()), sum(total.caught.values())
    ok = recall >= args.min_recall and (
        not args.plant or (caught / planted if planted else 1.0) >= args.min_recall
    )
    ok = ok and len(result.false_alarms) <= args.max_false_alarms
    print(
        "PASS" if ok else "FAIL",
        f"(minimum recall {args.min_recall}, at most {args.max_false_alarms} false alarms)",
    )
    return 0 if ok else 1


def print_table(result: BenchmarkResult) -> Tally:
    """The per-kind table; "found" counts relations found with the annotated verdict. Returns the total."""
    print(f"{'kind':<18}{'relations':>10}{'found':>7}{'recall':>8}{'planted':>9}{'caught':>8}{'recall':>8}")
    rows = [*sorted(result.kinds.items()), ("all", result.total(only_checked=True))]
    for kind, t in rows:
        planted, caught = sum(t.planted.values()), sum(t.caught.values())
        print(
            f"{kind:<18}{t.relations:>10}{t.verdict_right:>7}{shown(ratio(t.verdict_right, t.relations)):>8}"
            f"{planted:>9}{caught:>8}{shown(ratio(caught, planted)):>8}"
        )
    return rows[-1][1]


if __name__ == "__main__":
    sys.exit(main())
