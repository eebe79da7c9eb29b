"""One forward pass over a batch of texts → one BIO tag per character. Training, evaluation and the tagger share it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from edclaims.model.vocab import CharVocab

BATCH = 32


def predict_tags(model: Any, vocab: CharVocab, texts: Sequence[str]) -> list[list[str]]:
    import torch

    id2tag = model.config.id2label
    cls, sep, pad = vocab.id("[CLS]"), vocab.id("[SEP]"), vocab.id("[PAD]")
    out: list[list[str]] = [[] for _ in texts]
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad least
    for first in range(0, len(order), BATCH):
        chunk = order[first : first + BATCH]
        rows = [[cls, *vocab.encode(texts[i]), sep] for i in chunk]
        width = max(len(r) for r in rows)
        ids = torch.tensor([r + [pad] * (width - len(r)) for r in rows])
        mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
        with torch.inference_mode():
            best = model(input_ids=ids, attention_mask=mask).logits.argmax(-1).tolist()
        for i, row in zip(chunk, best, strict=True):
            out[i] = [id2tag[t] for t in row[1 : len(texts[i]) + 1]]
    return out
