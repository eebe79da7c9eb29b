"""decode(): every encoding a Chinese release arrives in, and every way bytes can be unusable."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from edclaims.ingest import InputError, decode

# Written for these tests; figures are arbitrary.
SIMPLIFIED = "全县共有初级中学二十三所，在校学生一万零四百人，比上年增加百分之六。\n新建教学楼四栋。"
TRADITIONAL = "全縣共有國民中學二十三所，在校學生一萬零四百人，較上年增加百分之六。\n新建教學樓四棟。"
# About twenty characters each: the GB/Big5 decision must hold even for short texts.
SHORT_SIMPLIFIED = "本学期新增课后服务教师三百名覆盖全部学校"
SHORT_TRADITIONAL = "本學期新增課後服務教師三百名覆蓋全部學校"


@pytest.mark.parametrize(
    ("text", "codec", "bom"),
    [
        (SIMPLIFIED, "utf-8", b""),
        (SIMPLIFIED, "utf-8", codecs.BOM_UTF8),
        (SIMPLIFIED, "gb18030", b""),
        (SIMPLIFIED, "gbk", b""),
        (SIMPLIFIED, "gb2312", b""),
        (TRADITIONAL, "big5", b""),
        (TRADITIONAL, "utf-8", b""),
        (SIMPLIFIED, "utf-16-le", codecs.BOM_UTF16_LE),
        (SIMPLIFIED, "utf-16-be", codecs.BOM_UTF16_BE),
        (TRADITIONAL, "utf-16-le", codecs.BOM_UTF16_LE),
        (SIMPLIFIED, "utf-32-le", codecs.BOM_UTF32_LE),
        (SIMPLIFIED, "utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_round_trip_through_a_file(tmp_path: Path, text: str, codec: str, bom: bytes) -> None:
    path = tmp_path / f"release-{codec}.txt"
    path.write_bytes(bom + text.encode(codec))
    assert decode(path.read_bytes(), path.name) == text


def test_python_utf16_codec_output_with_its_own_bom() -> None:
    assert decode(SIMPLIFIED.encode("utf-16"), "a.txt") == SIMPLIFIED


@pytest.mark.parametrize(("text", "codec"), [(SHORT_SIMPLIFIED, "gbk"), (SHORT_TRADITIONAL, "big5")])
def test_short_legacy_texts_are_recognised(text: str, codec: str) -> None:
    data = text.encode(codec)
    # Both codecs decode the other's bytes without error here, so scoring must decide.
    assert decode(data, "short.txt") == text


def test_both_legacy_codecs_succeed_on_the_short_big5_text() -> None:
    # Guards the premise of the scoring test above: a strict decode alone would be fooled.
    data = SHORT_TRADITIONAL.encode("big5")
    assert data.decode("gb18030") != SHORT_TRADITIONAL


def test_crlf_is_kept_and_only_the_bom_is_stripped() -> None:
    text = "第一行：12所\r\n第二行：34人\r\n"
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8"), "a.txt") == text
    assert decode(text.encode("gb18030"), "a.txt") == text


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8, " \n".encode("utf-16")])
def test_empty_or_whitespace_only(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^a\.txt: empty file$"):
        decode(data, "a.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "全县学校12所".encode("utf-16-le"),  # UTF-16 without a BOM: its digits carry NULs
        bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50 + "正文".encode(),
    ],
)
def test_binary(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^b\.bin: binary file, not a text release$"):
        decode(data, "b.bin")


@pytest.mark.parametrize("data", [b"abc\xfd\xff\xfe" * 5, b"\x81\x20\xff\xff\x80\x80\x80"])
def test_undecodable(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^c\.txt: could not decode: not UTF-8, GB18030 or Big5$"):
        decode(data, "c.txt")


def test_invalid_bytes_after_a_utf16_bom() -> None:
    with pytest.raises(InputError, match=r"^d\.txt: could not decode"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "d.txt")


def test_plain_ascii_and_tabs_are_fine() -> None:
    assert decode(b"total\t12\nnote\x0c\n", "e.txt") == "total\t12\nnote\x0c\n"
