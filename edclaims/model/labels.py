"""Character-level BIO tags for QUANTITY / UNIT / SUBJECT spans, and the conversions both ways."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

ENTITY_LABELS = ("QUANTITY", "UNIT", "SUBJECT")
TAGS = ("O", *(f"{prefix}-{label}" for label in ENTITY_LABELS for prefix in ("B", "I")))
TAG2ID = {tag: i for i, tag in enumerate(TAGS)}
IGNORE = -100  # the label id torch's cross-entropy skips: special tokens and padding


def spans_to_tags(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in spans:
        if not 0 <= start < end <= length:
            continue
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def tags_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans from tags; an I- that does not continue a span of its label starts one (lenient decoding)."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, name = tag.partition("-")
        continues = prefix == "I" and name == label
        if start is not None and not continues:
            spans.append((start, i, label or ""))
            start, label = None, None
        if prefix in {"B", "I"} and not continues:
            start, label = i, name
    return spans
