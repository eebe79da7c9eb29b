"""Step 2: Traditional → Simplified Chinese with OpenCC ``t2s``, keeping offsets exact.

OpenCC converts phrases, which can change lengths. Each line is converted whole (so phrase
context picks the right character, e.g. 乾隆 stays 乾隆) and accepted when its length is
unchanged, which makes the mapping one to one. Otherwise that line falls back to
character-by-character conversion, keeping a character as it is if its conversion is not
exactly one character.
"""

from __future__ import annotations

from functools import cache

import opencc

from edclaims.normalise.lines import iter_lines
from edclaims.normalise.mapping import StepResult


@cache
def _converter() -> opencc.OpenCC:
    # Loading the dictionaries is the expensive part: do it once per process.
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> StepResult:
    """Convert Traditional characters to Simplified, one char to one char."""
    converter = _converter()
    pieces = [_convert_line(converter, line.content) + line.ending for line in iter_lines(text)]
    return StepResult.unchanged_length("".join(pieces))


def _convert_line(converter: opencc.OpenCC, line: str) -> str:
    if line.isascii():
        return line
    converted = converter.convert(line)
    if len(converted) == len(line):
        return converted
    return "".join(_convert_char(converter, ch) for ch in line)


def _convert_char(converter: opencc.OpenCC, ch: str) -> str:
    if ch.isascii():
        return ch
    converted = converter.convert(ch)
    return converted if len(converted) == 1 else ch
