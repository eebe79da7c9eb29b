"""The lexicon and word-boundary checks applied to the model's spans (edclaims/model/refine.py)."""

from __future__ import annotations

from edclaims.model.refine import refine
from edclaims.model.subject_bounds import tidy_subjects
from edclaims.records import Label, Span


def span(text: str, piece: str, label: Label, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece), label, piece)


def texts(spans: list[Span], label: Label) -> list[str]:
    return [s.text for s in spans if s.label == label]


def test_a_year_tagged_as_a_quantity_is_dropped_with_its_unit() -> None:
    text = "大班额由2019年的412个减少到17个"
    proposed = [
        span(text, "2019", Label.QUANTITY),
        span(text, "年", Label.UNIT),
        span(text, "412", Label.QUANTITY),
        span(text, "个", Label.UNIT),
    ]
    kept = refine(text, proposed)
    assert texts(kept, Label.QUANTITY) == ["412"]
    assert texts(kept, Label.UNIT) == ["个"]


def test_grade_words_and_slogans_are_not_amounts() -> None:
    grade = "三至六年级书面作业"
    assert refine(grade, [span(grade, "三至六", Label.QUANTITY), span(grade, "年", Label.UNIT)]) == []
    slogan = "寄宿生实现一人一床。"
    assert refine(slogan, [span(slogan, "一", Label.QUANTITY), span(slogan, "人", Label.UNIT)]) == []


def test_a_duration_in_chinese_numerals_is_kept() -> None:
    text = "经过三年集中更新"
    kept = refine(text, [span(text, "三", Label.QUANTITY), span(text, "年", Label.UNIT)])
    assert texts(kept, Label.QUANTITY) == ["三"]


def test_a_quantity_cut_short_of_its_approximation_word_takes_the_scanner_extent() -> None:
    text = "支出41.2亿元,接近一半。"
    kept = refine(text, [span(text, "近一半", Label.QUANTITY)])
    assert texts(kept, Label.QUANTITY) == ["接近一半"]


def test_subject_pieces_that_touch_are_joined() -> None:
    text = "全市教育专网接入学校312所"
    pieces = [span(text, "教育专网接入", Label.SUBJECT), span(text, "学校", Label.SUBJECT)]
    assert texts(tidy_subjects(text, pieces), Label.SUBJECT) == ["教育专网接入学校"]


def test_a_subject_starting_inside_a_verb_leaves_the_verb_out() -> None:
    text = "校企共同开发课程230门"
    tidied = tidy_subjects(text, [span(text, "发课程", Label.SUBJECT)])
    assert texts(tidied, Label.SUBJECT) == ["课程"]


def test_a_subject_starting_inside_a_noun_takes_the_whole_noun() -> None:
    text = "签订安全承诺书5.6万份"
    tidied = tidy_subjects(text, [span(text, "诺书", Label.SUBJECT)])
    assert texts(tidied, Label.SUBJECT) == ["承诺书"]


def test_subject_tidying_never_overlaps_other_spans_and_leaves_them_alone() -> None:
    # 「在校」 ends inside the word 在校生, whose last character the UNIT holds: the edge may not move onto it
    text = "在校生9.87万人"
    spans = [
        span(text, "在校", Label.SUBJECT),
        span(text, "生", Label.UNIT),
        span(text, "9.87万", Label.QUANTITY),
    ]
    assert tidy_subjects(text, spans) == sorted(spans)


def test_a_quantity_the_model_left_without_a_unit_takes_the_lexicon_unit_after_it() -> None:
    text = "新建学校15 所,教学点8个"
    kept = refine(text, [span(text, "15", Label.QUANTITY), span(text, "8", Label.QUANTITY)])
    assert [(s.text, s.start) for s in kept if s.label == Label.UNIT] == [("所", 7), ("个", 13)]
    # more than two spaces is no longer the number's unit, and a number without a unit is no claim
    far = "新建学校15   所"
    assert refine(far, [span(far, "15", Label.QUANTITY)]) == []
