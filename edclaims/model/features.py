"""Annotated records → model inputs: normalised text, one input id per character, BIO label ids.

The tagger always sees normalised text (Simplified, half-width, glosses and furniture removed), so gold
spans written on a Traditional or noisy original are projected through the normalisation offset map.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from edclaims.claims.segment import SENTENCE_END
from edclaims.model.labels import IGNORE, TAG2ID, spans_to_tags
from edclaims.model.vocab import CharVocab
from edclaims.normalise import NormalisedText, normalise

Spans = list[tuple[int, int, str]]


@dataclass(frozen=True)
class Example:
    text: str  # normalised
    spans: tuple[tuple[int, int, str], ...]  # on the normalised text


def project_spans(norm: NormalisedText, spans: Iterable[tuple[int, int, str]]) -> Spans:
    """Spans on norm.original → spans on norm.text; spans whose characters were all removed vanish."""
    out: Spans = []
    for start, end, label in spans:
        # both maps only grow along the text, so the characters inside [start, end) form one run
        first = bisect.bisect_left(norm.starts, start)
        last = bisect.bisect_right(norm.ends, end)
        if first < last:
            out.append((first, last, label))
    return out


def to_example(text: str, spans: Iterable[tuple[int, int, str]]) -> Example:
    norm = normalise(text)
    return Example(norm.text, tuple(project_spans(norm, spans)))


def chunks(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """[start, end) pieces of at most max_chars, cut after sentence ends where possible."""
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            cuts = [m.end() for m in SENTENCE_END.finditer(text, start, end) if m.end() > start]
            if cuts:
                end = cuts[-1]
        yield start, end
        start = end


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each sentence, its closing punctuation included."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        if match.end() > start:
            yield start, match.end()
            start = match.end()
    if start < len(text):
        yield start, len(text)


def pieces(text: str, max_chars: int) -> Iterator[tuple[int, int]]:
    """Sentences, and pieces of at most max_chars of longer ones: what the tagger is run over."""
    for sentence_start, sentence_end in sentences(text):
        for start, end in chunks(text[sentence_start:sentence_end], max_chars):
            yield sentence_start + start, sentence_start + end


def split_example(example: Example, max_chars: int) -> list[Example]:
    """The example cut as the tagger will see text at run time: sentence by sentence."""
    out = []
    for start, end in pieces(example.text, max_chars):
        inside = tuple((s - start, e - start, lab) for s, e, lab in example.spans if start <= s and e <= end)
        if example.text[start:end].strip():
            out.append(Example(example.text[start:end], inside))
    return out


def encode(example: Example, vocab: CharVocab) -> dict[str, list[int]]:
    """[CLS] + one id per character + [SEP]; labels IGNORE on the specials."""
    ids = vocab.encode(example.text)
    tags = spans_to_tags(len(example.text), example.spans)
    return {
        "input_ids": [vocab.id("[CLS]"), *ids, vocab.id("[SEP]")],
        "labels": [IGNORE, *(TAG2ID[t] for t in tags), IGNORE],
    }


def pad_batch(rows: Sequence[dict[str, list[int]]], pad_id: int) -> dict[str, list[list[int]]]:
    width = max(len(r["input_ids"]) for r in rows)
    batch: dict[str, list[list[int]]] = {"input_ids": [], "attention_mask": []}
    if "labels" in rows[0]:
        batch["labels"] = []
    for row in rows:
        missing = width - len(row["input_ids"])
        batch["input_ids"].append(row["input_ids"] + [pad_id] * missing)
        batch["attention_mask"].append([1] * len(row["input_ids"]) + [0] * missing)
        if "labels" in row:
            batch["labels"].append(row["labels"] + [IGNORE] * missing)
    return batch
