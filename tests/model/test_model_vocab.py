from pathlib import Path

import pytest

from edclaims.model.vocab import (
    ALWAYS_CHARS,
    CLS_ID,
    PAD_ID,
    SEP_ID,
    SPECIAL,
    UNK_ID,
    VOCAB_FILE,
    CharVocab,
    char_key,
    initial_rows,
    select_rows,
)

VOCAB = CharVocab(
    (*SPECIAL, "全", "市", "共", "有", "所", "1", "2", "5", ".", "%", " ", "\n", "\u2028", "\\", "、", ",")
)


def test_char_key_folds_full_width_forms_but_keeps_one_character():
    assert char_key("５") == "5"
    assert char_key("％") == "%"
    assert char_key("\u3000") == " "
    assert char_key("…") == "…"  # NFKC gives "...", three characters
    assert char_key("全") == "全"


def test_encode_gives_one_id_per_character():
    text = "全市共有１２5所 学校\n占12.5％😀、，"
    ids = VOCAB.encode(text)
    assert len(ids) == len(text)
    assert ids[4:6] == [VOCAB.id("1"), VOCAB.id("2")]  # full-width digits share the ASCII rows
    assert ids[text.index("％")] == VOCAB.id("%")
    assert ids[text.index(" ")] == VOCAB.id(" ")
    assert ids[text.index("\n")] == VOCAB.id("\n")
    assert ids[text.index("😀")] == UNK_ID
    assert ids[-2:] == [VOCAB.id("、"), VOCAB.id(",")]  # the full-width comma is looked up as ","
    assert ids[text.index("学")] == UNK_ID
    assert VOCAB.encode(text, max_length=3) == ids[:3]
    assert VOCAB.encode("") == []


def test_specials_have_fixed_ids_and_never_come_from_text():
    assert [VOCAB.id(name) for name in SPECIAL] == [PAD_ID, UNK_ID, CLS_ID, SEP_ID] == [0, 1, 2, 3]
    assert VOCAB.encode("[CLS]") == [UNK_ID] * 5
    assert len(VOCAB) == len(VOCAB.chars)


def test_save_and_load_round_trip_escapes_whitespace(tmp_path: Path):
    VOCAB.save(tmp_path)
    lines = (tmp_path / VOCAB_FILE).read_text(encoding="utf-8").split("\n")
    assert lines[:4] == list(SPECIAL)
    assert {"\\u0020", "\\n", "\\u2028", "\\\\"} <= set(lines)
    assert len(lines) == len(VOCAB) + 1 and lines[-1] == ""
    loaded = CharVocab.load(tmp_path)
    assert loaded == VOCAB
    assert loaded.encode("1\n ") == VOCAB.encode("1\n ")


def test_load_tolerates_crlf_line_endings(tmp_path: Path):
    VOCAB.save(tmp_path)
    path = tmp_path / VOCAB_FILE
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert CharVocab.load(tmp_path) == VOCAB


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("[PAD]\n[UNK]\n[CLS]\n", "first 4 lines"),
        ("[UNK]\n[PAD]\n[CLS]\n[SEP]\n", "first 4 lines"),
        ("[PAD]\n[UNK]\n[CLS]\n[SEP]\n全\nab\n", "line 6"),
        ("[PAD]\n[UNK]\n[CLS]\n[SEP]\n全\n\n", "line 6"),
        ("[PAD]\n[UNK]\n[CLS]\n[SEP]\n\\uzzzz\n", "line 5"),
        ("[PAD]\n[UNK]\n[CLS]\n[SEP]\n全\n全\n", "repeats"),
        ("[PAD]\n[UNK]\n[CLS]\n[SEP]\n５\n", "lookup form"),
    ],
)
def test_load_rejects_corrupt_files_with_one_line_naming_the_file(tmp_path: Path, content: str, problem: str):
    (tmp_path / VOCAB_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem) as error:
        CharVocab.load(tmp_path)
    message = str(error.value)
    assert str(tmp_path / VOCAB_FILE) in message and "\n" not in message


def test_load_rejects_missing_and_undecodable_files(tmp_path: Path):
    with pytest.raises(ValueError, match="not found") as error:
        CharVocab.load(tmp_path)
    assert str(tmp_path / VOCAB_FILE) in str(error.value)
    (tmp_path / VOCAB_FILE).write_bytes(b"[PAD]\n[UNK]\n[CLS]\n[SEP]\n\xff\n")  # not UTF-8
    with pytest.raises(ValueError, match="cannot read"):
        CharVocab.load(tmp_path)


def test_constructor_validates_entries():
    with pytest.raises(ValueError, match="starts with"):
        CharVocab(("全",))
    with pytest.raises(ValueError, match="not one character"):
        CharVocab((*SPECIAL, "全市"))


# A tiny stand-in for the XLM-R pieces: specials first, as in the real file, then subwords.
PIECES = [
    "<s>",  # 0
    "<pad>",  # 1
    "</s>",  # 2
    "<unk>",  # 3
    ",",  # 4
    "▁",  # 5: the space
    "的",  # 6
    "▁的",  # 7: "的" exists bare, so this one is not used
    "▁校",  # 8: "校" exists only with the word-start mark
    "学校",  # 9: two characters, never a character row
    "%",  # 10
    "ж",  # 11: outside the kept ranges
    "...",  # 12: what "…" became under NFKC
    "°",  # 13
    "C",  # 14
    "▁1",  # 15
    "1",  # 16
    "😀",  # 17
]


def test_select_rows_keeps_character_pieces_and_maps_specials():
    rows, chars = select_rows(PIECES, [])
    assert chars[:4] == list(SPECIAL) and rows[:4] == [1, 3, 0, 2]
    kept = dict(zip(chars[4:], rows[4:], strict=True))
    assert kept["的"] == 6
    assert kept["校"] == 8
    assert kept[" "] == 5
    assert kept["1"] == 16  # the bare piece wins over "▁1"
    assert kept["%"] == 10 and kept[","] == 4
    assert "学" not in kept and "ж" not in kept and "😀" not in kept
    assert all(kept[ch] is None for ch in ALWAYS_CHARS if ch in kept)
    CharVocab(tuple(chars))  # valid as a vocabulary


def test_select_rows_adds_extra_characters():
    rows, chars = select_rows(PIECES, "学的ж５\n学😀")
    added = {ch: row for ch, row in zip(chars, rows, strict=True) if ch in "学ж５5\n😀"}
    # "５" is added as "5" (no piece here), "\n" starts from the space row, known pieces keep their rows.
    assert added == {"学": None, "ж": 11, "5": None, "\n": 5, "😀": 17}
    assert chars.count("学") == 1 and "５" not in chars
    assert chars.index("学") < chars.index("\n")  # first-seen order
    assert len(rows) == len(chars)


def test_select_rows_needs_the_special_pieces():
    with pytest.raises(ValueError, match="<pad>"):
        select_rows(["<s>", "</s>", "<unk>", "的"], [])


def test_initial_rows_use_the_folded_form():
    assert initial_rows(PIECES, ["…", "℃", "学", "‱"]) == [(12,), (13, 14), (), ()]
