"""Earlier review decisions into a new report: `edclaims verify -f json -o OUT.json` with a review database.

A decision is attached to the finding of the same check on the same numbers in a document of the same text
(see `keys.py`), as `"review": {"decision", "note", "decided_at"}` — so a release verified again after it
was reviewed carries the reviewer's word, even if the verdict itself changed since.
"""

from __future__ import annotations

from typing import Any

from edclaims.review.keys import finding_keys, text_sha256
from edclaims.review.store import ReviewStore


def attach_reviews(report: dict[str, Any], store: ReviewStore) -> int:
    """Add `review` to every finding with a decision in `store`; return how many were attached."""
    attached = 0
    for doc in report.get("documents", []):
        decisions = store.decisions(doc.get("text_sha256") or text_sha256(doc["text"]))
        if not decisions:
            continue
        findings = doc["findings"]
        keys = finding_keys((f["check"], f["spans"]) for f in findings)
        for key, finding in zip(keys, findings, strict=True):
            if key in decisions:
                finding["review"] = decisions[key].as_dict()
                attached += 1
    return attached
