"""Helpers for the model tests: tiny randomly initialised encoders, built here (no download)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


def _save_tiny_bert(folder: Path, vocab_size: int, hidden: int = 64, layers: int = 2) -> Path:
    """A BERT encoder small enough to train in seconds on a CPU, saved with a fixed seed."""
    import torch
    import transformers

    config = transformers.BertConfig(
        vocab_size=vocab_size,
        hidden_size=hidden,
        num_hidden_layers=layers,
        num_attention_heads=2,
        intermediate_size=hidden * 2,
        max_position_embeddings=256,
        pad_token_id=0,
    )
    torch.manual_seed(0)
    transformers.BertModel(config).save_pretrained(folder)
    return folder


@pytest.fixture(scope="session")
def tiny_bert() -> Callable[..., Path]:
    """`tiny_bert(folder, vocab_size, hidden=64, layers=2)` saves a tiny encoder in folder."""
    return _save_tiny_bert
