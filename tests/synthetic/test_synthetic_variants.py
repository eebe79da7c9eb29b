"""Surface variants keep every offset right."""

from __future__ import annotations

import random

from edclaims.synthetic import lexicon, variants
from edclaims.synthetic.builder import Span


def _by_variant(records, name):
    return [r for r in records if r["meta"]["variant"] == name]


def test_every_variant_occurs(plain_records):
    assert {r["meta"]["variant"] for r in plain_records} == {"plain", "traditional", "fullwidth", "gloss"}


def test_traditional_span_texts_convert_back(plain_records):
    records = _by_variant(plain_records, "traditional")
    assert records
    for record in records:
        text = record["text"]
        simplified = variants.to_simplified(text)
        assert simplified != text and len(simplified) == len(text)
        for span in record["spans"]:
            piece = text[span["start"] : span["end"]]
            assert variants.to_simplified(piece) == simplified[span["start"] : span["end"]]


def test_fullwidth_has_no_ascii_digit_and_spans_fold_back(plain_records):
    for record in _by_variant(plain_records, "fullwidth"):
        assert not any(ch.isascii() and ch.isdigit() for ch in record["text"])
        for span in record["spans"]:
            assert record["text"][span["start"] : span["end"]].strip()


def test_gloss_shifts_spans_past_inserted_pinyin(plain_records):
    records = _by_variant(plain_records, "gloss")
    assert records
    for record in records:
        assert "(" in record["text"]
        for span in record["spans"]:
            assert "(" not in record["text"][span["start"] : span["end"]]


def test_gloss_function_moves_offsets_exactly():
    text = "全市学校共有学生120名,教师30名"
    spans = [Span(2, 4, "SUBJECT"), Span(6, 8, "SUBJECT"), Span(8, 11, "QUANTITY"), Span(11, 12, "UNIT")]
    for seed in range(20):
        glossed, moved, _ = variants.gloss(text, spans, random.Random(seed))
        for old, new in zip(spans, moved, strict=True):
            assert glossed[new.start : new.end] == text[old.start : old.end]
        stripped = glossed
        for syllable in set(lexicon.GLOSSES.values()):
            stripped = stripped.replace(f"({syllable})", "")
        assert stripped == text
