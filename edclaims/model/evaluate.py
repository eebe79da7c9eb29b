"""Span precision, recall and F1 per label for the model and the rule tagger, side by side on the same data."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from edclaims.annotations.io import read_jsonl
from edclaims.model.features import Example, to_example
from edclaims.model.metrics import span_scores
from edclaims.model.train import data_files
from edclaims.tagging import Tagger


def load_eval_examples(paths: list[Path]) -> list[Example]:
    examples = []
    for file in data_files(paths):
        for _, record in read_jsonl(file):
            examples.append(to_example(record.text, [(s.start, s.end, s.label) for s in record.spans]))
    return examples


def score_tagger(tagger: Tagger, examples: list[Example]) -> dict[str, Any]:
    started = time.monotonic()
    predicted = tagger.tag([e.text for e in examples])
    seconds = time.monotonic() - started
    spans = [[(s.start, s.end, str(s.label)) for s in doc] for doc in predicted]
    chars = sum(len(e.text) for e in examples)
    return {
        "labels": span_scores([list(e.spans) for e in examples], spans),
        "seconds": round(seconds, 2),
        "chars_per_second": round(chars / seconds) if seconds else None,
    }


def evaluate(paths: list[Path], taggers: dict[str, Tagger]) -> dict[str, Any]:
    examples = load_eval_examples(paths)
    return {
        "data": [str(p) for p in paths],
        "paragraphs": len(examples),
        "taggers": {name: score_tagger(tagger, examples) for name, tagger in taggers.items()},
    }
