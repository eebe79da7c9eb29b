"""Step 4: drop page-furniture lines (credits, contact blocks, navigation) before tagging.

A furniture line is removed together with its line ending. A long body line that merely
ends with an appended credit (「……责任编辑:郑某」) keeps its body and loses the credit.
Which lines count as furniture is decided in :mod:`edclaims.normalise.furniture_rules`.
"""

from __future__ import annotations

from edclaims.normalise.furniture_rules import credit_tail_start, is_furniture
from edclaims.normalise.lines import iter_lines
from edclaims.normalise.mapping import StepBuilder, StepResult


def drop_furniture(text: str) -> StepResult:
    """Remove every furniture line; keep everything else char for char."""
    builder = StepBuilder()
    for line in iter_lines(text):
        if is_furniture(line.content):
            continue
        tail = credit_tail_start(line.content)
        content_end = line.start + (len(line.content) if tail is None else tail)
        builder.keep(text, line.start, content_end)
        builder.keep(text, line.start + len(line.content), line.end)
    return builder.build()
