"""What a check sees of a document: its claims in order, with the text and boundaries around them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from edclaims.checks.timeframe import frame_before
from edclaims.claims.segment import Segments
from edclaims.records import Claim


@dataclass(frozen=True)
class ClaimContext:
    text: str
    segs: Segments
    claims: tuple[Claim, ...]
    release_year: int | None = None
    # structures several checks read (change pairs, 其中 breakdowns), worked out once per document
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def prefix(self, claim: Claim) -> str:
        """Text of the claim's clause before its number."""
        start, _ = self.segs.clause_bounds(claim.clause)
        return self.text[start : claim.q_start]

    def suffix(self, claim: Claim) -> str:
        """Text of the claim's clause after its unit."""
        _, end = self.segs.clause_bounds(self.segs.clause_of(max(claim.end - 1, 0)))
        return self.text[claim.end : end]

    def clause_text(self, claim: Claim) -> str:
        start, end = self.segs.clause_bounds(claim.clause)
        return self.text[start:end]

    def sentence_text(self, claim: Claim) -> str:
        return self.segs.sentence_text(claim.sentence)

    def between(self, first: Claim, second: Claim) -> str:
        return self.text[first.end : second.q_start]

    def in_closed_bracket(self, claim: Claim, anchor: Claim) -> bool:
        """The claim stands in a bracket closed before the anchor: an aside, not what the anchor reads on
        (「中小学412所(其中农村学校236所),已接入……的412所」)."""
        between = self.text[claim.end : anchor.q_start]
        return between.count(")") > between.count("(")

    def time_frame(self, claim: Claim) -> str | None:
        """The year a figure is about: the nearest time expression before it in its sentence, else paragraph."""
        sentence_start, _ = self.segs.sentence_bounds(claim.sentence)
        frame = frame_before(self.text, sentence_start, claim.q_start, self.release_year)
        if frame is None:
            paragraph_start = self.segs.paragraph_starts[claim.paragraph]
            frame = frame_before(self.text, paragraph_start, sentence_start, self.release_year)
        return frame

    def same_dimension(self, a: Claim, b: Claim) -> bool:
        return a.dimension is not None and a.dimension == b.dimension

    def earlier(self, claim: Claim, sentences_back: int = 0) -> list[Claim]:
        """Claims before this one, in its sentence or up to `sentences_back` sentences before, nearest first."""
        out = [
            c
            for c in self.claims
            if c.q_start < claim.q_start
            and claim.sentence - sentences_back <= c.sentence <= claim.sentence
            and c.paragraph == claim.paragraph
        ]
        return sorted(out, key=lambda c: -c.q_start)

    def later_in_sentence(self, claim: Claim) -> list[Claim]:
        return [c for c in self.claims if c.q_start > claim.q_start and c.sentence == claim.sentence]


def subjects_match(a: str | None, b: str | None) -> bool:
    """Two subjects name the same thing: equal, or one contains the other, or same modifier and head."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) >= 2 and short in long:
        return True
    prefix = len(_common_prefix(a, b))
    suffix = len(_common_prefix(a[::-1], b[::-1]))
    return prefix >= 2 and suffix >= 2


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
