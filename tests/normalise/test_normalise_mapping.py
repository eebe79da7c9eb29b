"""The offset map: composition through steps, to_original, and number spans."""

from __future__ import annotations

import re

import pytest

from edclaims.normalise import NormalisedText, StepBuilder, normalise
from edclaims.normalise.mapping import StepResult

ORIGINAL = "全市共有１２３所學(xué)校，占比４５．６％。\n責任編輯：某某\n新增學位2100個（含教學點）。"


def test_identity() -> None:
    norm = NormalisedText.identity("abc")
    assert norm.text == "abc" and norm.starts == (0, 1, 2) and norm.ends == (1, 2, 3)


def test_composition_keeps_offsets_in_the_original() -> None:
    norm = NormalisedText.identity("aXXbc")
    drop_x = StepBuilder()
    drop_x.keep("aXXbc", 0, 1)
    drop_x.keep("aXXbc", 3, 5)
    once = norm.compose(drop_x.build())
    assert once.text == "abc" and once.starts == (0, 3, 4)
    merge = StepBuilder()
    merge.emit("B", 1, 3)  # "bc" → "B": one char standing for two
    twice = once.compose(merge.build())
    assert twice.text == "B"
    assert (twice.starts, twice.ends) == ((3,), (5,))


def test_builder_rejects_bad_emits() -> None:
    with pytest.raises(ValueError):
        StepBuilder().emit("ab", 0, 1)
    with pytest.raises(ValueError):
        StepBuilder().emit("a", 2, 2)


def test_lengths_must_agree() -> None:
    with pytest.raises(ValueError):
        NormalisedText("ab", "ab", (0,), (1, 2))


def test_normalised_text() -> None:
    norm = normalise(ORIGINAL)
    assert norm.text == "全市共有123所学校,占比45.6%。\n新增学位2100个(含教学点)。"


@pytest.mark.parametrize("number", ["123", "45.6%", "2100"])
def test_number_span_maps_back_to_the_same_number(number: str) -> None:
    norm = normalise(ORIGINAL)
    start = norm.text.index(number)
    o_start, o_end = norm.to_original(start, start + len(number))
    shown = ORIGINAL[o_start:o_end]
    assert normalise(shown).text == number
    assert re.sub(r"[^\d.%．％０-９]", "", shown) == shown  # nothing but the number itself


def test_span_across_a_removed_gloss_covers_the_gap() -> None:
    norm = normalise(ORIGINAL)
    start = norm.text.index("学校")
    o_start, o_end = norm.to_original(start, start + 2)
    assert ORIGINAL[o_start:o_end] == "學(xué)校"


def test_span_across_a_removed_line_covers_the_gap() -> None:
    norm = normalise(ORIGINAL)
    start = norm.text.index("。\n新")
    o_start, o_end = norm.to_original(start, start + 3)
    assert ORIGINAL[o_start:o_end] == "。\n責任編輯：某某\n新"


def test_empty_spans_and_bounds() -> None:
    norm = normalise(ORIGINAL)
    assert norm.to_original(0, 0) == (0, 0)
    end = len(norm.text)
    assert norm.to_original(end, end) == (len(ORIGINAL), len(ORIGINAL))
    with pytest.raises(ValueError):
        norm.to_original(2, 1)
    with pytest.raises(ValueError):
        norm.to_original(0, end + 1)
    assert normalise("").to_original(0, 0) == (0, 0)


def test_unchanged_length_step_result() -> None:
    assert StepResult.unchanged_length("ab") == StepResult("ab", (0, 1), (1, 2))
