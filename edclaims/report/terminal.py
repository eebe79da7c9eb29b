"""The terminal report: mismatches first, each with its sentence and the numbers it used highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

STYLE = {"mismatch": "bold red", "unverifiable": "yellow", "consistent": "green"}
MARK = {"mismatch": "✗", "unverifiable": "?", "consistent": "✓"}
CONTEXT_LIMIT = 160


def _sentence(doc: dict[str, Any], finding: dict[str, Any]) -> Text:
    start, end = finding["context"]["start"], finding["context"]["end"]
    text = doc["text"]
    if end - start > CONTEXT_LIMIT:
        first = min(s for s, _ in finding["spans"])
        last = max(e for _, e in finding["spans"])
        start = max(start, first - 40)
        end = min(end, max(last + 40, start + CONTEXT_LIMIT))
    out = Text(text[start:end].strip("\n"), style="dim")
    lead = len(text[start:end]) - len(text[start:end].lstrip("\n"))
    for s, e in finding["spans"]:
        if start <= s and e <= end:
            out.stylize("bold underline " + STYLE[finding["status"]].split()[-1], s - start - lead, e - start - lead)
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
            line = Text("     ")
            line.append_text(_sentence(doc, finding))
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
