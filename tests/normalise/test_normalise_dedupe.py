"""Step 5: an article printed twice on a page is seen once; short lines may repeat."""

from __future__ import annotations

from edclaims.normalise import normalise
from edclaims.normalise.dedupe import drop_repeats

PARAGRAPHS = [
    "县教育局:全面推进义务教育优质均衡发展",
    "  今年全县新建改扩建公办幼儿园12所,新增公办学位3600个。",
    "加强队伍建设 提升教学质量",
    "  全年招聘中小学教师410名,其中研究生学历35名。",
]


def test_article_printed_twice_is_seen_once() -> None:
    first = "\n\n".join(PARAGRAPHS)
    # The second copy is indented differently, as pages with a print view often do.
    second = "\n\n".join("    " + p.strip() for p in PARAGRAPHS)
    original = f"{first}\n\n责任编辑:某某\n\n{second}\n"
    result = normalise(original)
    for paragraph in PARAGRAPHS:
        assert result.text.count(paragraph.strip()) == 1
    # The FIRST occurrence is kept: its offsets lie in the first copy.
    index = result.text.index("全年招聘中小学教师410名")
    start, _ = result.to_original(index, index + 1)
    assert start < len(first)
    assert "责任编辑" not in result.text


def test_short_lines_and_blank_lines_may_repeat() -> None:
    text = "谢谢。\n\n问题一:\n谢谢。\n\n问题一:\n"
    assert drop_repeats(text).text == text


def test_first_occurrence_is_kept_and_later_ones_dropped_with_their_endings() -> None:
    line = "全市共有普通高中28所,在校生6.1万人。"
    text = f"{line}\r\n中间一段有7所学校的内容。\r\n {line} \r\n结尾"
    result = drop_repeats(text)
    assert result.text == f"{line}\r\n中间一段有7所学校的内容。\r\n结尾"
