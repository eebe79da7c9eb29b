"""Claims from spans, whichever tagger made them: the one place spans become numbers with units.

A QUANTITY span is parsed by the number parser; its UNIT is the UNIT span right after it (or right before
it, for 百分之); its SUBJECT is the SUBJECT span right after a measure word or else the nearest one before
the number in the same clause; an elided subject (「5所幼儿园已竣工,3所投入使用」) is inherited from the
previous claim of the same unit in the sentence. A number with no unit is no claim, except a decimal after
系数/指数, which is a coefficient, and the side of a ratio that is not 1 (生师比17.5:1), which is a ratio.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from edclaims.claims.segment import Segments, segment
from edclaims.numbers import (
    COEFFICIENT,
    MAX_GAP,  # spaces tolerated between a number and its unit (「474  人」), as the scanner reads them
    RATIO,
    Approximation,
    Quantity,
    Unit,
    a_coefficient,
    a_ratio,
    lookup_unit,
    parse_quantity,
    with_approximation,
)
from edclaims.records import Claim, Label, Span

TRAILING_APPROX = re.compile(r"\s{0,2}(左右|上下|以上|以下|以内|开外)")
TRAILING_DIRECTION = {
    "左右": "around",
    "上下": "around",
    "以上": "above",
    "开外": "above",
    "以下": "below",
    "以内": "below",
}


def _unit_after(text: str, end: int, units: dict[int, Span]) -> Span | None:
    for gap in range(MAX_GAP + 1):
        if gap and not text[end : end + gap].isspace():
            return None
        if end + gap in units:
            return units[end + gap]
    return None


def _unit_before(start: int, units_by_end: dict[int, Span]) -> Span | None:
    span = units_by_end.get(start)
    return span if span is not None and span.text.endswith("之") else None


def _subject_for(
    text: str, segs: Segments, q: Span, unit: Unit | None, end: int, subjects: Sequence[Span]
) -> Span | None:
    if unit is not None and unit.dimension.startswith("count:"):
        for span in subjects:
            if span.start == end:
                return span
    clause_start, _ = segs.clause_bounds(segs.clause_of(q.start))
    before = [s for s in subjects if clause_start <= s.start and s.end <= q.start]
    return before[-1] if before else None


def assemble_claims(text: str, spans: Sequence[Span], segs: Segments | None = None) -> list[Claim]:
    segs = segs or segment(text)
    units = {s.start: s for s in spans if s.label == Label.UNIT}
    units_by_end = {s.end: s for s in spans if s.label == Label.UNIT}
    subjects = sorted(s for s in spans if s.label == Label.SUBJECT)
    claims: list[Claim] = []
    for q in sorted(s for s in spans if s.label == Label.QUANTITY):
        quantity = parse_quantity(q.text)
        if quantity is None:
            continue
        unit_span = _unit_after(text, q.end, units) or _unit_before(q.start, units_by_end)
        unit = lookup_unit(unit_span.text) if unit_span is not None else None
        if unit is None and quantity.implied_unit is None:
            if a_ratio(text, q.start, q.end):
                unit = RATIO  # 生师比17.5:1: a ratio compares only with ratios
            elif a_coefficient(text, q.start, q.text):
                unit = COEFFICIENT
            else:
                continue  # a bare number is not a claim: nothing says what it measures
        start = min(q.start, unit_span.start) if unit_span is not None else q.start
        end = max(q.end, unit_span.end) if unit_span is not None else q.end
        quantity, end = _trailing_approximation(text, quantity, end)
        subject_span = _subject_for(text, segs, q, unit, end, subjects)
        subject = subject_span.text if subject_span is not None else None
        inherited = False
        sentence = segs.sentence_of(q.start)
        if subject is None:
            subject = _inherit_subject(claims, sentence, unit)
            inherited = subject is not None
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                quantity=quantity,
                unit=unit,
                subject=subject,
                start=start,
                end=end,
                q_start=q.start,
                q_end=q.end,
                sentence=sentence,
                clause=segs.clause_of(q.start),
                paragraph=segs.paragraph_of(q.start),
                subject_inherited=inherited,
            )
        )
    return claims


def _trailing_approximation(text: str, quantity: Quantity, end: int) -> tuple[Quantity, int]:
    match = TRAILING_APPROX.match(text, end)
    if match is None or quantity.approx is not None:
        return quantity, end
    word = match.group(1)
    approx = Approximation(marker=word, direction=TRAILING_DIRECTION[word])  # type: ignore[arg-type]
    return with_approximation(quantity, approx), match.end()


def _inherit_subject(claims: list[Claim], sentence: int, unit: Unit | None) -> str | None:
    if unit is None:
        return None
    for claim in reversed(claims):
        if claim.sentence != sentence:
            return None
        if claim.unit is not None and claim.unit.dimension == unit.dimension and claim.subject:
            return claim.subject
    return None
