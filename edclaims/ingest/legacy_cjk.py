"""Decide between GB18030 (GBK, GB2312) and Big5 for bytes that are not UTF-8.

Both codecs often *succeed* on the other's bytes, producing plausible-looking but wrong
characters, so a strict decode alone cannot decide. Instead each successful candidate is
scored by how typical its characters are **for that standard**:

* text really written in GB2312/GBK stays almost entirely inside GB2312 (symbols and the
  3755 level-1 common hanzi), while Big5 bytes read as GBK land a large share of characters
  in the GBK extension areas (rare hanzi) and the private-use area;
* text really written in Big5 stays almost entirely inside Big5's symbols and its 5401
  level-1 common hanzi, while GB bytes read as Big5 land many characters in Big5 level 2
  (less common hanzi) or fail outright.

The character sets are derived from the codecs themselves, so no frequency table is shipped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

# Score weights for one non-ASCII character.
_COMMON = 1.0  # symbols and level-1 (common) hanzi of the candidate's own standard
_LESS_COMMON = 0.4  # level-2 hanzi: legitimate but much rarer in running text
_UNUSUAL = -0.5  # outside the standard's core, e.g. GBK extension hanzi
_PRIVATE_USE = -2.0  # never in a real release

# Below this average score per non-ASCII character neither reading is believable.
_MIN_PLAUSIBLE = 0.3
# Scoring a prefix keeps the cost bounded for large inputs; 20k characters is plenty.
_SCORE_CHARS = 20_000


def choose_legacy_decoding(data: bytes) -> str | None:
    """Return the more plausible of the GB18030 and Big5 readings, or None if neither fits."""
    candidates: list[tuple[float, int, str]] = []
    # The index breaks ties in favour of GB18030, by far the more common legacy encoding.
    for preference, (codec, classify) in enumerate((("gb18030", _gb_weight), ("big5", _big5_weight))):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_plausibility(text, classify), -preference, text))
    if not candidates:
        return None
    score, _, text = max(candidates)
    return text if score >= _MIN_PLAUSIBLE else None


def _plausibility(text: str, weight_of: Callable[[str], float]) -> float:
    weights = [weight_of(ch) for ch in text[:_SCORE_CHARS] if ord(ch) >= 0x80]
    if not weights:
        return 1.0
    return sum(weights) / len(weights)


def _gb_weight(ch: str) -> float:
    common, less_common = _gb2312_sets()
    return _weigh(ch, common, less_common)


def _big5_weight(ch: str) -> float:
    common, less_common = _big5_sets()
    return _weigh(ch, common, less_common)


def _weigh(ch: str, common: frozenset[str], less_common: frozenset[str]) -> float:
    if ch in common:
        return _COMMON
    if ch in less_common:
        return _LESS_COMMON
    if unicodedata.category(ch) == "Co":
        return _PRIVATE_USE
    # Typography shared by both worlds (curly quotes, em dash, ellipsis, full-width forms)
    # may be outside a standard's core table yet is ordinary in releases.
    if unicodedata.category(ch)[0] in "PZS" or 0xFF01 <= ord(ch) <= 0xFF5E:
        return _COMMON / 2
    return _UNUSUAL


@cache
def _gb2312_sets() -> tuple[frozenset[str], frozenset[str]]:
    symbols = _decode_block("gb2312", range(0xA1, 0xAA), range(0xA1, 0xFF))
    level1 = _decode_block("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    level2 = _decode_block("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF))
    return frozenset(symbols | level1), frozenset(level2)


@cache
def _big5_sets() -> tuple[frozenset[str], frozenset[str]]:
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    symbols = _decode_block("big5", range(0xA1, 0xA4), trails)
    # Level 1 (常用字) is A440-C67E; level 2 (次常用字) is C940-F9D5.
    level1 = _decode_block("big5", range(0xA4, 0xC7), trails, last=0xC67E)
    level2 = _decode_block("big5", range(0xC9, 0xFA), trails)
    return frozenset(symbols | level1), frozenset(level2)


def _decode_block(codec: str, leads: Iterable[int], trails: Iterable[int], last: int = 0xFFFF) -> set[str]:
    trail_list = list(trails)
    chars: set[str] = set()
    for lead in leads:
        for trail in trail_list:
            if (lead << 8 | trail) > last:
                continue
            try:
                chars.add(bytes((lead, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return chars
