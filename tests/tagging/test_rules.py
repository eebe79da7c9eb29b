import pytest

from edclaims.records import Label
from edclaims.tagging import TaggerError, available_taggers, get_tagger

TEXT = (
    "全市农村4876个行政村,共有幼儿园及服务点1298所,其中覆盖的行政村共4835个,覆盖率99.2%,受益学生19.66万人。"
)


def _spans(text: str, label: Label) -> list[str]:
    [spans] = get_tagger("rules").tag([text])
    return [s.text for s in spans if s.label == label]


def test_quantity_and_unit_spans():
    assert _spans(TEXT, Label.QUANTITY) == ["4876", "1298", "4835", "99.2", "19.66万"]
    assert _spans(TEXT, Label.UNIT) == ["个", "所", "个", "%", "人"]


def test_subject_after_a_measure_word_and_before_a_number():
    subjects = _spans(TEXT, Label.SUBJECT)
    assert "行政村" in subjects  # 「4876个行政村」 and 「覆盖的行政村共4835个」
    assert "覆盖率" in subjects and "学生" in subjects


def test_span_offsets_index_the_text():
    [spans] = get_tagger("rules").tag([TEXT])
    assert all(TEXT[s.start : s.end] == s.text for s in spans)
    assert spans == sorted(spans)


def test_negatives_are_not_tagged():
    text = "2021年12月14日,第十场发布会在8:30开始,咨询电话0371-65598032,依据〔2021〕39号文件。"
    assert _spans(text, Label.QUANTITY) == []


def test_registry_lists_rules_and_rejects_unknown_names():
    assert "rules" in available_taggers()
    with pytest.raises(TaggerError, match="unknown tagger"):
        get_tagger("nope")
