"""Steps 1-3 (width, script, pinyin) on their own."""

from __future__ import annotations

import pytest

from edclaims.normalise import script
from edclaims.normalise.mapping import StepResult
from edclaims.normalise.pinyin import strip_glosses
from edclaims.normalise.script import to_simplified
from edclaims.normalise.width import to_half_width


def test_width_maps_fullwidth_ascii_and_ideographic_space() -> None:
    result = to_half_width("占比：８２．３６％，（含　教学点）ＡＢｃ！～")
    assert result.text == "占比:82.36%,(含 教学点)ABc!~"
    assert result == StepResult.unchanged_length(result.text)


def test_width_leaves_other_forms_alone() -> None:
    # NFKC would rewrite these (and change lengths); the width step must not.
    text = "①㎡½「」、。〇ｶ"
    assert to_half_width(text).text == text


def test_script_converts_traditional_one_to_one() -> None:
    original = "衡水市召開教育重點工作推進會議，萬名學生參加。\r\n第二行：經濟發展"
    result = to_simplified(original)
    assert result.text == "衡水市召开教育重点工作推进会议，万名学生参加。\r\n第二行：经济发展"
    assert len(result.text) == len(original)


def test_script_keeps_phrase_context_when_length_is_unchanged() -> None:
    # 乾 alone becomes 干, but the phrase 乾隆 keeps it: whole-line conversion wins.
    assert to_simplified("乾隆年間").text == "乾隆年间"


def test_script_falls_back_to_char_by_char_when_a_line_changes_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class PhraseExpandingConverter:
        def convert(self, text: str) -> str:
            if len(text) > 1:
                return text + "多"  # a phrase rule that changes the length
            return {"學": "学", "萬": "万", "頭": "头頭"}.get(text, text)

    monkeypatch.setattr(script, "_converter", lambda: PhraseExpandingConverter())
    result = to_simplified("萬名學生\n頭")
    # Per char: a conversion that is not exactly one char keeps the original char.
    assert result.text == "万名学生\n頭"


def test_script_converter_is_created_once() -> None:
    assert script._converter() is script._converter()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("升學(xué)擇校", "升學擇校"),
        ("義務(wù)教育", "義務教育"),
        ("重項(xiàng)工作", "重項工作"),
        ("轉設(shè)!", "轉設!"),
        ("升学（xué）", "升学"),
        ("发展(fā)规划(huà)", "发展规划"),
        ("学院(shuang)", "学院"),
        ("语(lü)", "语"),
    ],
)
def test_pinyin_glosses_are_removed(text: str, expected: str) -> None:
    assert strip_glosses(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "共整合28所(含教学点)",
        "电话(0391)8797096",
        "规划(2021-2023年)",
        "方案(a)",
        "面积(km)",
        "ABC(xué)",
        "学生(xuéxíguo)",
        "学(XUÉ)",
        "(xué)开头",
        "单位(人)",
    ],
)
def test_ordinary_asides_stay(text: str) -> None:
    assert strip_glosses(text).text == text


def test_pinyin_map_skips_the_gloss() -> None:
    result = strip_glosses("升學(xué)擇校")
    assert result.starts == (0, 1, 7, 8)
    assert result.ends == (1, 2, 8, 9)
