"""Step 5: skip lines that repeat an earlier line, so an article printed twice is seen once.

Lines are compared with all whitespace removed (the second copy is often indented
differently). Empty and very short lines (「谢谢。」, 「问题一:」) are never dropped: they repeat
legitimately and carry no claims of their own. The FIRST occurrence is the one kept.
"""

from __future__ import annotations

import re

from edclaims.normalise.lines import iter_lines
from edclaims.normalise.mapping import StepBuilder, StepResult

# Lines shorter than this (whitespace excluded) may repeat freely.
MIN_REPEAT_CHARS = 8
_WHITESPACE = re.compile(r"\s+")


def drop_repeats(text: str) -> StepResult:
    """Remove each line (with its ending) whose whitespace-free content appeared on an earlier line."""
    builder = StepBuilder()
    seen: set[str] = set()
    for line in iter_lines(text):
        key = _WHITESPACE.sub("", line.content)
        if len(key) >= MIN_REPEAT_CHARS:
            if key in seen:
                continue
            seen.add(key)
        builder.keep(text, line.start, line.end)
    return builder.build()
