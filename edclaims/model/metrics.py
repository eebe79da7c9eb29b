"""Span precision, recall and F1 per label: a predicted span counts only when start, end and label all match."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from edclaims.model.labels import ENTITY_LABELS

SpanList = Sequence[tuple[int, int, str]]


def span_scores(gold: Sequence[SpanList], predicted: Sequence[SpanList]) -> dict[str, dict[str, float]]:
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        gs, ps = set(map(tuple, g)), set(map(tuple, p))
        for _, _, label in gs:
            n_gold[label] += 1
        for _, _, label in ps:
            n_pred[label] += 1
        for _, _, label in gs & ps:
            tp[label] += 1
    scores: dict[str, dict[str, float]] = {}
    for label in ENTITY_LABELS:
        precision = tp[label] / n_pred[label] if n_pred[label] else 0.0
        recall = tp[label] / n_gold[label] if n_gold[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "gold": n_gold[label],
            "predicted": n_pred[label],
        }
    return scores
