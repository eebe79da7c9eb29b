"""The benchmark's result as a terminal table or as a JSON-ready dict."""

from __future__ import annotations

from typing import Any

from edclaims.benchmark.planting import EDIT_KINDS
from edclaims.benchmark.scoring import BenchmarkResult, Tally


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def shown(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def tally_dict(tally: Tally) -> dict[str, Any]:
    planted, caught = sum(tally.planted.values()), sum(tally.caught.values())
    return {
        "relations": tally.relations,
        "found": tally.found,
        "recall": ratio(tally.found, tally.relations),
        "verdict_right": tally.verdict_right,
        "verdict_accuracy": ratio(tally.verdict_right, tally.found),
        "planted": planted,
        "caught": caught,
        "planted_recall": ratio(caught, planted),
        "by_edit": {
            kind: {
                "planted": tally.planted[kind],
                "caught": tally.caught[kind],
                "recall": ratio(tally.caught[kind], tally.planted[kind]),
            }
            for kind in EDIT_KINDS
        },
    }


def result_dict(result: BenchmarkResult) -> dict[str, Any]:
    return {
        "documents": result.documents,
        "families": {
            kind: {**tally_dict(tally), "checked": kind in result.checked}
            for kind, tally in sorted(result.kinds.items())
        },
        "checked": tally_dict(result.total(only_checked=True)),
        "all": tally_dict(result.total(only_checked=False)),
        "false_alarms": len(result.false_alarms),
        "false_alarms_per_document": round(result.false_alarms_per_document, 3),
        "strict_false_alarms": len(result.strict_false_alarms),
        "misses": [str(m) for m in result.misses + result.false_alarms],
    }


_HEADER = f"{'family':<20}{'relations':>10}{'found':>7}{'recall':>8}{'verdict':>9}{'planted':>9}{'caught':>8}{'recall':>8}"


def _row(name: str, tally: Tally) -> str:
    planted, caught = sum(tally.planted.values()), sum(tally.caught.values())
    return (
        f"{name:<20}{tally.relations:>10}{tally.found:>7}{shown(ratio(tally.found, tally.relations)):>8}"
        f"{shown(ratio(tally.verdict_right, tally.found)):>9}{planted:>9}{caught:>8}"
        f"{shown(ratio(caught, planted)):>8}"
    )


def result_table(result: BenchmarkResult, verbose: bool) -> str:
    lines = [_HEADER]
    unchecked = []
    for kind, tally in sorted(result.kinds.items()):
        name = kind if kind in result.checked else kind + " *"
        if kind not in result.checked:
            unchecked.append(kind)
        lines.append(_row(name, tally))
    checked, everything = result.total(only_checked=True), result.total(only_checked=False)
    lines.append(_row("checked families", checked))
    lines.append(_row("all relations", everything))
    if unchecked:
        lines.append(f"* no check family of that name is registered: {', '.join(unchecked)}")
    edits = "  ".join(
        f"{kind} {everything.caught[kind]}/{everything.planted[kind]} "
        f"({shown(ratio(everything.caught[kind], everything.planted[kind]))})"
        for kind in EDIT_KINDS
    )
    lines.append(f"planted errors caught, by edit: {edits}")
    lines.append(
        f"false alarms: {len(result.false_alarms)} in {result.documents} documents"
        f" ({result.false_alarms_per_document:.3f} per document)"
    )
    lines.append(
        f"strict false alarms (mismatches reporting no annotated broken relation): {len(result.strict_false_alarms)}"
    )
    if verbose:
        loose = {(m.release, m.detail) for m in result.false_alarms}
        strict_only = [m for m in result.strict_false_alarms if (m.release, m.detail) not in loose]
        lines.extend(f"  {miss}" for miss in result.misses + result.false_alarms + strict_only)
    return "\n".join(lines)
