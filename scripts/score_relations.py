#!/usr/bin/env python
"""Score `edclaims verify` against a relations file: relation recall, planted-error recall, false alarms.

A relations file has one JSON object per release: {"seed": FILE, "relations": [{"kind", "numbers":
[{"text", "start", "end", "value", "role"}], "verdict", ...}]}, offsets indexing the release's text.

  relation recall   share of relations (of the kinds edclaims checks) found by a finding of the same
                    check whose number spans cover every number of the relation, with the same verdict
  planted recall    each number of each consistent relation is edited like a typo (one digit changed, or
                    two neighbouring digits swapped) so that the relation no longer holds; share of edits
                    for which verify reports a mismatch whose spans cover the edited number
  false alarms      mismatches reported on the unedited releases (they are consistent as published)

Usage: python scripts/score_relations.py ../shared/dev/seed_relations.jsonl --seeds ../shared/seeds --plant
Exits 1 when relation or planted recall is below --min-recall or false alarms exceed --max-false-alarms.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from pathlib import Path
from typing import Any

from edclaims.checks import get_checks
from edclaims.ingest import decode
from edclaims.pipeline import verify_text
from edclaims.records import DocumentResult, Status
from edclaims.tagging import get_tagger

DIGITS = re.compile(r"\d+(?:\.\d+)?")


@dataclass
class Tally:
    relations: int = 0
    found: int = 0
    planted: int = 0
    caught: int = 0
    missed: list[str] = field(default_factory=list)


def finding_spans(doc: DocumentResult) -> list[tuple[str, str, list[tuple[int, int]]]]:
    out = []
    for f in doc.findings:
        spans = [doc.norm.to_original(c.q_start, c.q_end) for c in f.claims]
        out.append((f.check, str(f.status), spans))
    return out


def covers(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def relation_found(doc: DocumentResult, relation: dict[str, Any]) -> bool:
    for check, status, spans in finding_spans(doc):
        if check != relation["kind"] or status != relation["verdict"]:
            continue
        if all(covers(spans, n["start"], n["end"]) for n in relation["numbers"]):
            return True
    return False


def holds(kind: str, numbers: list[dict[str, Any]], values: list[Decimal], computed: str) -> bool | None:
    """Whether the relation's arithmetic holds for these values; None when the kind has no arithmetic here."""
    by_role: dict[str, list[Decimal]] = defaultdict(list)
    for n, v in zip(numbers, values, strict=True):
        by_role[n["role"]].append(v)
    if kind == "percent_of_whole":
        stated = by_role["percent"][0]
        places = -stated.as_tuple().exponent if stated.as_tuple().exponent < 0 else 0  # type: ignore[operator]
        exact = by_role["part"][0] / by_role["whole"][0] * 100
        rounded = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        return rounded == stated or stated <= exact < stated + Decimal(1).scaleb(-places)
    if kind == "remainder":
        return by_role["whole"][0] - sum(by_role["part"]) == by_role["remainder"][0]
    if kind == "sum":
        return sum(by_role["item"]) == by_role["total"][0]
    if kind == "part_le_whole":
        return all(p <= by_role["whole"][0] for p in by_role["part"])
    if kind == "restatement":
        return by_role["before"][0] == by_role["after"][0]
    if kind == "change":
        before, after = by_role["before"][0], by_role["after"][0]
        return after > before if "rise" in computed else after < before
    if kind == "comparison":
        part, target = by_role["part"][0], by_role["target"][0]
        return part > target if ("高于" in computed or ">" in computed) else part < target
    return None


def typo_edits(digits: str, rng: random.Random) -> list[str]:
    """Typo-like variants of a digit string: one digit changed, or two neighbouring digits swapped."""
    positions = [i for i, ch in enumerate(digits) if ch.isdigit()]
    out = set()
    for i in positions:
        for d in "0123456789":
            if d != digits[i]:
                out.add(digits[:i] + d + digits[i + 1 :])
    for a, b in pairwise(positions):
        if b == a + 1 and digits[a] != digits[b]:
            out.add(digits[:a] + digits[b] + digits[a] + digits[b + 1 :])
    # a leading zero is not a typo anyone would leave in a release
    edits = sorted(e for e in out if not (len(e) > 1 and e[0] == "0" and e[1] != "."))
    rng.shuffle(edits)
    return edits


def plant(text: str, relation: dict[str, Any], index: int, rng: random.Random, per_number: int):
    """Yield (edited text, edited span) for edits of number `index` that break the relation."""
    number = relation["numbers"][index]
    match = DIGITS.search(number["text"])
    if match is None:
        return
    old = match.group(0)
    start = number["start"] + match.start()
    made = 0
    for new in typo_edits(old, rng):
        if made >= per_number:
            break
        values = [Decimal(str(n["value"])) for n in relation["numbers"]]
        values[index] = values[index] * Decimal(new) / Decimal(old) if Decimal(old) else Decimal(new)
        # the same number may fill two roles (whole of one pair, part of another): edit all of them
        for j, other in enumerate(relation["numbers"]):
            if j != index and other["start"] == number["start"]:
                values[j] = values[index]
        if holds(relation["kind"], relation["numbers"], values, relation.get("computed", "")) is not False:
            continue
        made += 1
        yield text[:start] + new + text[start + len(old) :], (start, start + len(new))


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
    seeds = args.seeds or args.relations.parent.parent / "seeds"
    kinds = set(get_checks())
    tagger = get_tagger(args.tagger)
    rng = random.Random(args.seed)
    tallies: dict[str, Tally] = defaultdict(Tally)
    false_alarms: list[str] = []
    out_of_scope = 0
    for line in args.relations.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        text = decode((seeds / record["seed"]).read_bytes(), record["seed"])
        doc = verify_text(text, source=record["seed"], tagger=tagger)
        for f in doc.findings:
            if f.status is Status.MISMATCH:
                false_alarms.append(f"{record['seed']}: {f.check}: {f.message}")
        for relation in record["relations"]:
            if relation["kind"] not in kinds:
                out_of_scope += 1
                continue
            tally = tallies[relation["kind"]]
            tally.relations += 1
            label = f"{record['seed']} {relation['kind']} {relation.get('computed', '')}"
            if relation_found(doc, relation):
                tally.found += 1
            else:
                tally.missed.append("not found: " + label)
            if not args.plant or relation["verdict"] != "consistent":
                continue
            for index in range(len(relation["numbers"])):
                for edited, (start, end) in plant(text, relation, index, rng, args.per_number):
                    tally.planted += 1
                    result = verify_text(edited, source=record["seed"], tagger=tagger)
                    if any(
                        status == "mismatch" and covers(spans, start, end)
                        for _, status, spans in finding_spans(result)
                    ):
                        tally.caught += 1
                    else:
                        tally.missed.append(f"edit not caught: {label}: {edited[start - 8 : end + 4]!r}")
    total = Tally()
    print(f"{'kind':<18}{'relations':>10}{'found':>7}{'recall':>8}{'planted':>9}{'caught':>8}{'recall':>8}")
    for kind, t in sorted(tallies.items()):
        print(
            f"{kind:<18}{t.relations:>10}{t.found:>7}{_ratio(t.found, t.relations):>8}"
            f"{t.planted:>9}{t.caught:>8}{_ratio(t.caught, t.planted):>8}"
        )
        for name in ("relations", "found", "planted", "caught"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
        total.missed.extend(t.missed)
    print(
        f"{'all':<18}{total.relations:>10}{total.found:>7}{_ratio(total.found, total.relations):>8}"
        f"{total.planted:>9}{total.caught:>8}{_ratio(total.caught, total.planted):>8}"
    )
    print(f"relations of kinds not checked yet: {out_of_scope}")
    print(f"false alarms (mismatches on the unedited releases): {len(false_alarms)}")
    if args.verbose:
        for line in total.missed + false_alarms:
            print("  " + line)
    recall = total.found / total.relations if total.relations else 1.0
    planted = total.caught / total.planted if total.planted else 1.0
    ok = recall >= args.min_recall and (not args.plant or planted >= args.min_recall)
    ok = ok and len(false_alarms) <= args.max_false_alarms
    print(
        "PASS" if ok else "FAIL",
        f"(minimum recall {args.min_recall}, at most {args.max_false_alarms} false alarms)",
    )
    return 0 if ok else 1


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


if __name__ == "__main__":
    sys.exit(main())
