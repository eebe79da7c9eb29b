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
            scores = torch.log_softmax(model(input_ids=ids, attention_mask=mask).logits, dim=-1)
        for k, i in enumerate(chunk):
            best = viterbi(scores[k, 1 : len(texts[i]) + 1], allowed_transitions(id2tag))
            out[i] = [id2tag[t] for t in best]
    return out


def allowed_transitions(id2tag: dict[int, str]) -> Any:
    """A (previous tag, tag) mask: an I-X only continues a B-X or an I-X."""
    import torch

    n = len(id2tag)
    mask = torch.zeros(n + 1, n)  # row n: the start of the sequence
    for cur in range(n):
        prefix, _, label = id2tag[cur].partition("-")
        for prev in range(n + 1):
            if prefix == "I" and (
                prev == n or id2tag[prev].partition("-")[2] != label or id2tag[prev] == "O"
            ):
                mask[prev, cur] = float("-inf")
    return mask


def viterbi(scores: Any, mask: Any) -> list[int]:
    """The best tag sequence that is valid BIO, from per-character log-probabilities (length × tags)."""

    length, n = scores.shape
    if length == 0:
        return []
    best = scores[0] + mask[n]
    back = []
    for t in range(1, length):
        candidates = best[:, None] + mask[:n]  # previous × current
        best, index = candidates.max(dim=0)
        best = best + scores[t]
        back.append(index)
    path = [int(best.argmax())]
    for index in reversed(back):
        path.append(int(index[path[-1]]))
    return path[::-1]
