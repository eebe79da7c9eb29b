"""Step 1: full-width ASCII forms and the ideographic space → their half-width counterparts.

Deliberately not NFKC: NFKC also rewrites ①, ㎡, ½, 〇-like forms and ligatures, changing
lengths and sometimes meanings. This step is strictly one char to one char.
"""

from __future__ import annotations

from edclaims.normalise.mapping import StepResult

_FULLWIDTH_FIRST, _FULLWIDTH_LAST = 0xFF01, 0xFF5E  # ！ … ～
_OFFSET = 0xFEE0  # distance from a full-width form to its ASCII character
_IDEOGRAPHIC_SPACE = 0x3000

_TABLE: dict[int, int] = {cp: cp - _OFFSET for cp in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1)}
_TABLE[_IDEOGRAPHIC_SPACE] = ord(" ")


def to_half_width(text: str) -> StepResult:
    """``２５．２％`` → ``25.2%``, ``（`` → ``(``, ``：`` → ``:``; every other char is kept."""
    return StepResult.unchanged_length(text.translate(_TABLE))
