"""Smoke test on the real releases in /work/shared/seeds, when they are available.

No seed text is copied here: the test only reads the files and checks general properties.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from edclaims.ingest import Source, iter_sources, load_text
from edclaims.normalise import normalise

SEEDS = Path("/work/shared/seeds")
CREDIT_WORDS = ("责任编辑", "责 编", "审 核", "监制", "版权所有", "ICP备", "公网安备", "许可证号", "扫一扫")

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed releases not available")


def _seed_texts() -> list[tuple[str, str]]:
    texts = []
    for item in iter_sources([str(SEEDS)]):
        assert isinstance(item, Source), item
        texts.append((item.name, load_text(item)))
    return texts


def test_seeds_normalise_without_furniture_and_with_an_exact_map() -> None:
    texts = _seed_texts()
    assert texts
    for name, original in texts:
        norm = normalise(original)
        for word in CREDIT_WORDS:
            assert word not in norm.text, (name, word)
        # Traditional input comes out Simplified and without glosses.
        assert "學" not in norm.text and "(xué)" not in norm.text, name
        for i, char in enumerate(norm.text):
            assert normalise(original[norm.starts[i] : norm.ends[i]]).text == char, (name, i)


def test_no_paragraph_of_at_least_20_chars_survives_twice() -> None:
    for name, original in _seed_texts():
        lines = [line.strip() for line in normalise(original).text.split("\n") if len(line.strip()) >= 20]
        assert len(lines) == len(set(lines)), name
