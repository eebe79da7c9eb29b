"""Converters: every format round-trips text and spans exactly (meta where the format holds it)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edclaims.annotations import (
    FORMATS,
    LABELS,
    AnnotatedSpan,
    AnnotationError,
    Record,
    check_record,
    convert,
    format_for,
    read_records,
    write_records,
)
from edclaims.annotations.conll import decode_char, encode_char, parse_conll, to_conll
from edclaims.annotations.convert import KEEPS_META
from edclaims.annotations.docbin import SPANS_KEY, to_doc
from edclaims.annotations.labelstudio import from_labelstudio

EXTENSION = {
    "jsonl": ".jsonl",
    "doccano": ".jsonl",
    "labelstudio": ".json",
    "spacy": ".spacy",
    "conll": ".conll",
}

SAMPLES = [
    Record(
        "全县共有义务教育学校56所，其中小学41所。",
        (
            AnnotatedSpan(4, 10, "SUBJECT"),
            AnnotatedSpan(10, 12, "QUANTITY"),
            AnnotatedSpan(12, 13, "UNIT"),
            AnnotatedSpan(16, 18, "SUBJECT"),
            AnnotatedSpan(18, 20, "QUANTITY"),
            AnnotatedSpan(20, 21, "UNIT"),
        ),
        {"id": "t-0001", "split": "train", "source": "gold", "variant": "plain"},
    ),
    # Full-width digits and percent sign, as in an unnormalised variant.
    Record(
        "全区培训教师１２００人次，覆盖率１００％。",
        (
            AnnotatedSpan(2, 6, "SUBJECT"),
            AnnotatedSpan(6, 10, "QUANTITY"),
            AnnotatedSpan(10, 12, "UNIT"),
            AnnotatedSpan(13, 16, "SUBJECT"),
            AnnotatedSpan(16, 19, "QUANTITY"),
            AnnotatedSpan(19, 20, "UNIT"),
        ),
        {"id": "t-0002", "variant": "fullwidth", "tags": ["a", "b"], "n": 3},
    ),
    # Spaces inside a span, a tab and a newline between words, and a paragraph without spans.
    Record(
        "资助家庭经济困难学生 12 215人次\t发放资助金\n415万元",
        (
            AnnotatedSpan(2, 10, "SUBJECT"),
            AnnotatedSpan(11, 17, "QUANTITY"),
            AnnotatedSpan(17, 19, "UNIT"),
            AnnotatedSpan(26, 30, "QUANTITY"),
            AnnotatedSpan(30, 31, "UNIT"),
        ),
        {},
    ),
    Record("今年未新建学校。", (), {"id": "t-0004"}),
]


def test_sample_spans_are_what_they_claim() -> None:
    texts = [[r.span_text(s) for s in r.spans] for r in SAMPLES]
    assert texts[0] == ["义务教育学校", "56", "所", "小学", "41", "所"]
    assert texts[1] == ["培训教师", "１２００", "人次", "覆盖率", "１００", "％"]
    assert texts[2] == ["家庭经济困难学生", "12 215", "人次", "415万", "元"]
    assert all(check_record(r) == [] for r in SAMPLES)


def _sorted(spans: tuple[AnnotatedSpan, ...]) -> list[AnnotatedSpan]:
    return sorted(spans, key=lambda s: (s.start, s.end, s.label))


def round_trip(records: list[Record], fmt: str, directory: Path) -> list[Record]:
    path = directory / f"records{EXTENSION[fmt]}"
    write_records(records, path, fmt)
    return read_records(path, fmt)


def assert_same(before: list[Record], after: list[Record], fmt: str) -> None:
    assert [r.text for r in after] == [r.text for r in before]
    assert [_sorted(r.spans) for r in after] == [_sorted(r.spans) for r in before]
    if KEEPS_META[fmt]:
        assert [r.meta for r in after] == [r.meta for r in before]
    else:
        assert all(r.meta == {} for r in after)


@pytest.mark.parametrize("fmt", FORMATS)
def test_samples_round_trip(fmt: str, tmp_path: Path) -> None:
    assert_same(SAMPLES, round_trip(SAMPLES, fmt, tmp_path), fmt)


# Chinese release text, full-width forms, ASCII, every kind of whitespace the formats must survive
# (space, ideographic space, tab, newline, U+2028), and a character outside the BMP (CJK Extension B).
ALPHABET = (
    list("全市农村行政村个所名人次元万亿约近多余覆盖率学生幼儿园，。、；：（）《》")
    + list("0123456789.%-—ａｂ０１２３％，xX|[]<>#")
    + [" ", "\u3000", "\t", "\n", "\r", "\u2028", "\u00a0", "\U00020000", "\x85"]
)

META = st.dictionaries(
    st.sampled_from(["id", "split", "source", "variant", "note"]),
    st.one_of(
        st.text(alphabet=ALPHABET, max_size=8), st.integers(-5, 5), st.lists(st.integers(0, 3), max_size=3)
    ),
    max_size=4,
)


@st.composite
def records(draw: st.DrawFn) -> Record:
    text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=40))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        # Move the edges inwards off whitespace; a span of only whitespace is dropped.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(AnnotatedSpan(start, end, draw(st.sampled_from(LABELS))))
    return Record(text, tuple(draw(st.permutations(spans))), draw(META))


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(records(), min_size=1, max_size=4))
def test_random_records_round_trip(fmt: str, batch: list[Record]) -> None:
    assert all(check_record(r) == [] for r in batch)
    with tempfile.TemporaryDirectory() as directory:
        assert_same(batch, round_trip(batch, fmt, Path(directory)), fmt)


@settings(max_examples=40, deadline=None)
@given(batch=st.lists(records(), min_size=1, max_size=3))
def test_chain_through_every_format_and_back(batch: list[Record]) -> None:
    with tempfile.TemporaryDirectory() as directory:
        current = batch
        for fmt in ("doccano", "labelstudio", "spacy", "jsonl"):
            current = round_trip(current, fmt, Path(directory))
        assert_same(batch, current, "jsonl")


def test_formats_from_extension_and_name(tmp_path: Path) -> None:
    assert format_for("a.jsonl") == "jsonl"
    assert format_for("a.JSON") == "labelstudio"
    assert format_for("a.spacy") == "spacy"
    assert format_for("a.bio") == "conll"
    assert format_for("a.jsonl", "doccano") == "doccano"
    with pytest.raises(AnnotationError, match="cannot tell the format"):
        format_for("a.txt")
    with pytest.raises(AnnotationError, match="unknown format 'brat'"):
        format_for("a.jsonl", "brat")


def test_doccano_jsonl_is_sniffed_on_input(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"id": 7, "text": "新增学位3200个", "label": [[4, 8, "QUANTITY"]]}) + "\n")
    assert format_for(path, sniff=True) == "doccano"
    [record] = read_records(path, "doccano")
    assert record.spans == (AnnotatedSpan(4, 8, "QUANTITY"),)
    assert record.meta == {"id": 7}  # doccano's own top-level keys land in meta


def test_doccano_entities_shape_is_read(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    entity = {"id": 1, "start_offset": 4, "end_offset": 8, "label": "QUANTITY"}
    path.write_text(json.dumps({"text": "新增学位3200个", "entities": [entity]}) + "\n")
    assert read_records(path, "doccano")[0].spans == (AnnotatedSpan(4, 8, "QUANTITY"),)


def test_doccano_bad_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text('{"text": "全市", "label": []}\n{"text": "全市", "label": [[0, 1]]}\n')
    with pytest.raises(AnnotationError) as caught:
        read_records(path, "doccano")
    assert str(caught.value) == 'line 2: "label" items must be [start, end, "LABEL"]'


def test_labelstudio_reads_the_first_annotation_and_only_labels_results() -> None:
    def result(start: int, end: int, label: str, kind: str = "labels") -> dict[str, object]:
        value = {"start": start, "end": end, "text": "学位3200个"[start - 2 : end - 2], "labels": [label]}
        return {"value": value, "from_name": "label", "to_name": "text", "type": kind}

    task = {
        "data": {"text": "新增学位3200个"},
        "annotations": [
            {"result": [result(4, 8, "QUANTITY"), result(2, 4, "SUBJECT", kind="relation")]},
            {"result": [result(8, 9, "UNIT")]},
        ],
    }
    record = from_labelstudio(task)
    assert record.spans == (AnnotatedSpan(4, 8, "QUANTITY"),)


def test_labelstudio_utf16_offsets_are_converted_when_the_quoted_text_says_so() -> None:
    text = "𠀀村小学生120人"  # one astral character first: UTF-16 offsets run one ahead
    value = {"start": 6, "end": 9, "text": "120", "labels": ["QUANTITY"]}
    task = {"data": {"text": text}, "annotations": [{"result": [{"value": value, "type": "labels"}]}]}
    assert from_labelstudio(task).spans == (AnnotatedSpan(5, 8, "QUANTITY"),)


def test_labelstudio_text_that_matches_no_offsets_is_an_error(tmp_path: Path) -> None:
    value = {"start": 4, "end": 8, "text": "9999", "labels": ["QUANTITY"]}
    tasks = [
        {
            "data": {"text": "新增学位3200个"},
            "annotations": [{"result": [{"value": value, "type": "labels"}]}],
        }
    ]
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False))
    with pytest.raises(AnnotationError, match="task 1: result 4-8 \\(QUANTITY\\) says '9999'"):
        read_records(path, "labelstudio")


def test_labelstudio_task_without_annotations_is_unlabelled() -> None:
    assert from_labelstudio({"data": {"text": "全市"}, "annotations": []}).spans == ()


def test_docbin_holds_spans_in_a_span_group_and_meta_in_user_data() -> None:
    doc = to_doc(SAMPLES[0])
    group = doc.spans[SPANS_KEY]
    assert [(s.text, s.label_) for s in group][:3] == [
        ("义务教育学校", "SUBJECT"),
        ("56", "QUANTITY"),
        ("所", "UNIT"),
    ]
    assert doc.user_data["meta"]["id"] == "t-0001"


def test_docbin_refuses_a_span_that_does_not_align() -> None:
    # The checker stops this before writing; to_doc still fails loudly on its own, with the record index.
    record = Record("新增 学位", (AnnotatedSpan(2, 4, "SUBJECT"),))
    with pytest.raises(AnnotationError, match="record 3: span 2-4 \\(SUBJECT\\) does not align"):
        to_doc(record, 3)


def test_not_a_docbin_is_a_clean_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.spacy"
    path.write_bytes(b"\x00\x01 not msgpack")
    with pytest.raises(AnnotationError, match="not a spaCy DocBin"):
        read_records(path, "spacy")


def test_conll_layout_and_escapes() -> None:
    record = Record("约 5\t所", (AnnotatedSpan(0, 3, "QUANTITY"), AnnotatedSpan(4, 5, "UNIT")))
    assert to_conll(record) == "约\tB-QUANTITY\n<SP>\tI-QUANTITY\n5\tI-QUANTITY\n<U+0009>\tO\n所\tB-UNIT\n\n"
    assert [encode_char(c) for c in " \u3000\n\u2028<"] == ["<SP>", "<U+3000>", "<U+000A>", "<U+2028>", "<"]
    assert decode_char("<U+20000>") == "\U00020000"
    assert decode_char("ab") is None


def test_conll_adjacent_spans_of_one_label_stay_apart() -> None:
    record = Record("两三个", (AnnotatedSpan(0, 1, "QUANTITY"), AnnotatedSpan(1, 2, "QUANTITY")))
    assert parse_conll(to_conll(record))[0].spans == record.spans


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("全\tO\n市\tI-UNIT\n", "line 2: I-UNIT does not continue a UNIT span"),
        ("全\tB-UNIT\n市\tI-QUANTITY\n", "line 2: I-QUANTITY does not continue a QUANTITY span"),
        ("全\tO\textra\n", "line 1: expected char<TAB>TAG, got 3 column(s)"),
        ("全市\tO\n", "line 1: '全市' is not one character, <SP> or <U+XXXX>"),
        ("全\tX\n", "line 1: unknown tag 'X' (expected O, B-LABEL or I-LABEL)"),
    ],
)
def test_conll_reading_is_strict(content: str, message: str) -> None:
    with pytest.raises(AnnotationError) as caught:
        parse_conll(content)
    assert str(caught.value) == message


def test_conll_cannot_write_an_empty_text() -> None:
    with pytest.raises(AnnotationError, match="record 2: an empty text"):
        to_conll(Record("", ()), 2)


def test_writing_checks_records_first(tmp_path: Path) -> None:
    bad = Record("新增学位3200个", (AnnotatedSpan(4, 8, "QUANTITY"), AnnotatedSpan(7, 9, "UNIT")))
    with pytest.raises(
        AnnotationError, match="record 2: span 7-9 \\(UNIT\\) overlaps span 4-8 \\(QUANTITY\\)"
    ):
        write_records([SAMPLES[0], bad], tmp_path / "out.spacy", "spacy")
    assert not (tmp_path / "out.spacy").exists()


def test_convert_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    write_records(SAMPLES, path, "jsonl")
    before = path.read_bytes()
    with pytest.raises(AnnotationError, match="refusing to overwrite"):
        convert(path, tmp_path / "." / "a.jsonl", to_format="conll")
    assert path.read_bytes() == before


def test_convert_returns_the_record_count(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    write_records(SAMPLES, source, "jsonl")
    assert convert(source, tmp_path / "a.conll") == len(SAMPLES)
