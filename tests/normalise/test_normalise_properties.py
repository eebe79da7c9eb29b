"""Property tests: through every step and the whole pipeline, each normalised char comes from
an original range that normalises to exactly that char."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from edclaims.normalise import STEPS, NormalisedText, normalise
from edclaims.normalise.mapping import Step, StepResult

SIMPLIFIED = "全市县学校教育新增幼儿园所个名人万元占比达到提高其中共有"
# Traditional characters whose conversion does not depend on phrase context.
TRADITIONAL = "學義務項設萬會議強調經濟國區縣園師資與為個們這時對進總數據"
FULLWIDTH = "０１２３４５６７８９．％，：（）　ＡＢ"
PLAIN = "0123456789.%,:() ab-"
GLOSSES = ["學(xué)", "務(wù)", "項(xiàng)", "設(shè)", "學（xué）", "升学(xué)", "教育(jiao)"]
ASIDES = ["(含教学点)", "(0391)", "(2021-2023年)", "（含教學點）", "方案(a)"]
FURNITURE = [
    "责任编辑:某某",
    "責任編輯：某某",
    "审 核:某某",
    "版权所有:某某网",
    "网站首页 新闻 国内 国际",
    "关键词:教育责任编辑:某某",
    "联系电话:0000-1234567",
    "2022-03-04 10:20",
    "扫一扫",
]

chars = st.text(alphabet=SIMPLIFIED + TRADITIONAL + FULLWIDTH + PLAIN, min_size=1, max_size=30)
pieces = st.one_of(chars, st.sampled_from(GLOSSES), st.sampled_from(ASIDES))
paragraphs = st.lists(pieces, min_size=1, max_size=6).map("".join)


@st.composite
def releases(draw: st.DrawFn) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["body", "body", "furniture", "repeat", "blank"]))
        if kind == "furniture":
            lines.append(draw(st.sampled_from(FURNITURE)))
        elif kind == "repeat" and lines:
            indent = draw(st.sampled_from(["", "  ", "\u3000\u3000", "\t"]))
            lines.append(indent + draw(st.sampled_from(lines)))
        elif kind == "blank":
            lines.append("")
        else:
            lines.append(draw(paragraphs))
    endings = draw(
        st.lists(st.sampled_from(["\n", "\r\n", "\n\n"]), min_size=len(lines), max_size=len(lines))
    )
    text = "".join(line + ending for line, ending in zip(lines, endings, strict=True))
    return text if draw(st.booleans()) else text.rstrip("\r\n")


def _check_map(original: str, text: str, starts: tuple[int, ...], ends: tuple[int, ...], redo: Step) -> None:
    assert len(starts) == len(ends) == len(text)
    previous_end = 0
    for i, char in enumerate(text):
        start, end = starts[i], ends[i]
        # Spans are non-empty, in order and non-overlapping.
        assert previous_end <= start < end <= len(original)
        previous_end = end
        assert redo(original[start:end]).text == char, (i, original[start:end], char)


@settings(max_examples=150, deadline=None)
@given(releases())
def test_every_step_maps_each_char_to_a_range_that_produces_it(original: str) -> None:
    text = original
    for step in STEPS:
        result = step(text)
        _check_map(text, result.text, result.starts, result.ends, step)
        text = result.text


@settings(max_examples=200, deadline=None)
@given(releases())
def test_pipeline_maps_each_char_to_a_range_that_normalises_to_it(original: str) -> None:
    norm = normalise(original)
    assert norm.original == original
    _check_map(original, norm.text, norm.starts, norm.ends, normalise)


@settings(max_examples=100, deadline=None)
@given(releases())
def test_composed_steps_equal_the_pipeline(original: str) -> None:
    composed = NormalisedText.identity(original)
    for step in STEPS:
        composed = composed.apply(step)
    assert composed == normalise(original)


@settings(max_examples=100, deadline=None)
@given(releases(), st.data())
def test_any_span_maps_to_first_start_and_last_end(original: str, data: st.DataObject) -> None:
    norm = normalise(original)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    assert norm.to_original(start, end) == (norm.starts[start], norm.ends[end - 1])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10**7), min_size=1, max_size=5), st.booleans())
def test_numbers_map_back_to_the_same_number(numbers: list[int], fullwidth: bool) -> None:
    def shown(n: int) -> str:
        digits = f"{n / 100:.2f}"
        return digits.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."}) if fullwidth else digits

    original = "學(xué)校" + "，".join(f"第{i}項數據為{shown(n)}萬元" for i, n in enumerate(numbers)) + "。"
    norm = normalise(original)
    search_from = 0
    for n in numbers:
        number = f"{n / 100:.2f}"
        start = norm.text.index(number, search_from)
        search_from = start + len(number)
        o_start, o_end = norm.to_original(start, search_from)
        assert original[o_start:o_end] == shown(n)


def test_results_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        StepResult.unchanged_length("x").text = "y"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        normalise("x").text = "y"  # type: ignore[misc]
