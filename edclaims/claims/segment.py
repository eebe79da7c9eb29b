"""Sentence, clause and paragraph boundaries of a normalised text.

Checks pair numbers by distance in these units: a percentage and its part sit in one sentence, a lead
paragraph restates the body, a 其中 breakdown ends with its sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"[。!?！？\n]+|……+")
# a comma between a digit and three digits is a thousands separator, not a clause end
CLAUSE_END = re.compile(r"[;:、，；：。!?！？\n]|……|(?<!\d),|,(?!\d{3}(?!\d))")
PARAGRAPH_END = re.compile(r"\n\s*")


@dataclass(frozen=True)
class Segments:
    text: str
    sentence_starts: tuple[int, ...]
    clause_starts: tuple[int, ...]
    paragraph_starts: tuple[int, ...]

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def clause_of(self, pos: int) -> int:
        return bisect.bisect_right(self.clause_starts, pos) - 1

    def paragraph_of(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, pos) - 1

    def sentence_bounds(self, index: int) -> tuple[int, int]:
        return _bounds(self.sentence_starts, index, len(self.text))

    def clause_bounds(self, index: int) -> tuple[int, int]:
        return _bounds(self.clause_starts, index, len(self.text))

    def sentence_text(self, index: int) -> str:
        start, end = self.sentence_bounds(index)
        return self.text[start:end]


def _bounds(starts: tuple[int, ...], index: int, length: int) -> tuple[int, int]:
    end = starts[index + 1] if index + 1 < len(starts) else length
    return starts[index], end


def _starts(text: str, pattern: re.Pattern[str]) -> tuple[int, ...]:
    starts = [0]
    for match in pattern.finditer(text):
        if match.end() < len(text):
            starts.append(match.end())
    return tuple(sorted(set(starts)))


def segment(text: str) -> Segments:
    return Segments(
        text=text,
        sentence_starts=_starts(text, SENTENCE_END),
        clause_starts=_starts(text, CLAUSE_END),
        paragraph_starts=_starts(text, PARAGRAPH_END),
    )
