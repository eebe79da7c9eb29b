"""How a finding and a document are recognised again in a later report of the same release.

A document is its text: the SHA-256 of the text every offset indexes (`text_sha256`). A finding is its
check and the offsets of the numbers it used; its status, message and id are left out on purpose, so a
decision survives a change in the verdict (a fixed tolerance, a new check run before it) and is shown
again where the reviewer can see the verdict changed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from edclaims.report.json_report import text_sha256

__all__ = ["finding_key", "finding_keys", "text_sha256"]


def finding_key(check: str, spans: Iterable[Sequence[int]]) -> str:
    """`percent_of_whole:67-70,87-90,95-97`: the check and its numbers' offsets, in the report's order."""
    return f"{check}:" + ",".join(f"{start}-{end}" for start, end in spans)


def finding_keys(findings: Iterable[tuple[str, Sequence[Sequence[int]]]]) -> list[str]:
    """Keys for one document's findings; a repeated key gets `#2`, `#3` … in report order.

    Two findings of one check on the very same numbers are rare but possible; numbering them keeps each
    decision on its own finding instead of one overwriting the other.
    """
    seen: Counter[str] = Counter()
    keys = []
    for check, spans in findings:
        key = finding_key(check, spans)
        seen[key] += 1
        keys.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return keys
