"""Bytes → text for Chinese releases: BOMs, UTF-8, and the GB18030-versus-Big5 decision.

The returned text is what every reported offset indexes, so nothing is changed beyond
stripping a BOM (line endings such as ``\\r\\n`` are kept as they are).
"""

from __future__ import annotations

import codecs

from edclaims.ingest.errors import InputError
from edclaims.ingest.legacy_cjk import choose_legacy_decoding

# Checked longest first: the UTF-32 LE BOM begins with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that plain text legitimately contains: tab, LF, VT, FF, CR, and ESC/SUB
# which old DOS editors left behind.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1a\x1b")
_BINARY_SAMPLE = 64 * 1024
# Real releases have essentially no other control bytes; binary formats have many.
_MAX_CONTROL_SHARE = 0.05


def decode(data: bytes, name: str) -> str:
    """Decode one release's bytes, or raise :class:`InputError` with a one-line reason."""
    if not data.strip():
        raise InputError(f"{name}: empty file")

    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_after_bom(data[len(bom) :], codec, name)

    if _looks_binary(data):
        raise InputError(f"{name}: binary file, not a text release")

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        legacy = choose_legacy_decoding(data)
        if legacy is None:
            raise InputError(f"{name}: could not decode: not UTF-8, GB18030 or Big5") from None
        text = legacy
    return _non_empty(text, name)


def _decode_after_bom(body: bytes, codec: str, name: str) -> str:
    try:
        text = body.decode(codec)
    except UnicodeDecodeError:
        label = codec.upper().removesuffix("-LE").removesuffix("-BE")
        message = f"{name}: could not decode: starts with a {label} BOM but is not valid {label}"
        raise InputError(message) from None
    return _non_empty(text, name)


def _non_empty(text: str, name: str) -> str:
    # Whitespace-only in UTF-16 is not whitespace-only as bytes, so check again after decoding.
    if not text.strip():
        raise InputError(f"{name}: empty file")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:_BINARY_SAMPLE]
    # NUL never occurs in UTF-8, GB18030 or Big5 text; without a UTF-16 BOM it means binary.
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * len(sample)
