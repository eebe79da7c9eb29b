"""The terminal report: mismatches first, each with its sentence and the numbers it used highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

STYLE = {"mismatch": "bold red", "unverifiable": "yellow", "consistent": "green"}
MARK = {"mismatch": "✗", "unverifiable": "?", "consistent": "✓"}
CONTEXT_LIMIT = 160


def _excerpt(text: str, start: int, end: int, spans: list[list[int]], style: str) -> Text:
    """One sentence, cut to about CONTEXT_LIMIT characters around its numbers, with the numbers styled."""
    inside = [(s, e) for s, e in spans if start <= s and e <= end]
    cut = False
    if end - start > CONTEXT_LIMIT and inside:
        first, last = min(s for s, _ in inside), max(e for _, e in inside)
        cut = first - CONTEXT_LIMIT // 3 > start
        start = max(start, first - CONTEXT_LIMIT // 3)
        end = min(end, max(last + CONTEXT_LIMIT // 3, start + CONTEXT_LIMIT))
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    out = Text(("…" if cut else "") + raw.strip(), style="dim")
    shift = start + lead - (1 if cut else 0)
    for s, e in inside:
        if e <= start + lead + len(raw.strip()):
            out.stylize(f"bold underline {style}", s - shift, e - shift)
    return out


def render_terminal(report: dict[str, Any], console: Console, show_consistent: bool = True) -> None:
    for doc in report["documents"]:
        console.rule(Text(doc["source"], style="bold"))
        findings: Sequence[dict[str, Any]] = doc["findings"]
        if not findings:
            console.print("  no checkable relation found")
        for finding in findings:
            if finding["status"] == "consistent" and not show_consistent:
                continue
            status = finding["status"]
            head = Text(f" {MARK[status]} {status:<12}", style=STYLE[status])
            head.append(f"{finding['check']:<17}", style="bold")
            head.append(finding["message"])
            console.print(head)
            if finding.get("pairing") or finding.get("confidence", "high") != "high":
                # a fact-checker weighs a pairing made across sentences, or an uncertain one, before acting
                how = f"paired by {finding['pairing']}; " if finding.get("pairing") else ""
                console.print(Text(f"     {how}confidence {finding.get('confidence')}", style="dim"))
            colour = STYLE[status].split()[-1]
            for start, end in finding["sentences"]:
                line = Text("     ")
                line.append_text(_excerpt(doc["text"], start, end, finding["spans"], colour))
                console.print(line)
    summary = report["summary"]
    tail = Text(f"{summary['documents']} document(s): ")
    tail.append(f"{summary['mismatch']} mismatch", style=STYLE["mismatch"] if summary["mismatch"] else "")
    tail.append(f", {summary['unverifiable']} unverifiable, ")
    tail.append(f"{summary['consistent']} consistent", style=STYLE["consistent"])
    if summary["errors"]:
        tail.append(f", {len(summary['errors'])} error(s)", style="bold red")
    console.rule()
    console.print(tail)
