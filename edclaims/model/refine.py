"""What the number parser knows, applied to the model's spans.

The model proposes spans; a QUANTITY that does not parse, or that cuts a run of digits (「2019年」 tagged
「20」), is dropped; a UNIT must be a unit of the lexicon (a near miss is widened to the longest lexicon
word at its start: 「分」 → 「分钟」) and must touch a kept QUANTITY; a QUANTITY with neither a UNIT nor a
unit of its own (一半, 三成) is a bare number and not a claim; a number and unit that the guideline leaves
untagged (years, ordinals, 三年级, 一人一床) are dropped by the scanner's own rules (`not_an_amount`); a
QUANTITY the scanner reads wider (「近一半」 inside 「接近一半」) takes the scanner's extent; SUBJECT pieces are
joined and put on word boundaries (edclaims/model/subject_bounds.py).
"""

from __future__ import annotations

from edclaims.model.subject_bounds import tidy_subjects
from edclaims.numbers import (
    MAX_GAP,
    lookup_unit,
    match_unit_at,
    not_an_amount,
    parse_quantity,
    scan,
    unit_after,
)
from edclaims.numbers.quantity import PREFIX_MARKERS
from edclaims.records import Label, Span


def _cuts_digits(text: str, start: int, end: int) -> bool:
    before = start > 0 and text[start - 1].isdigit() and text[start].isdigit()
    after = end < len(text) and text[end].isdigit() and text[end - 1].isdigit()
    return before or after


def _unit(text: str, span: Span) -> Span | None:
    """The longest lexicon unit starting where the model's UNIT starts (「人」 before 次 is 「人次」)."""
    unit = match_unit_at(text, span.start)
    if unit is None:
        return span if lookup_unit(span.text) is not None else None
    end = span.start + len(unit.text)
    return Span(span.start, end, Label.UNIT, text[span.start : end])


def _unit_after(text: str, q: Span) -> Span | None:
    """A lexicon unit right after a number the model left without one (the scanner's own rule)."""
    found = unit_after(text, q.end)
    if found is None:
        return None
    start, unit = found
    return Span(start, start + len(unit.text), Label.UNIT, text[start : start + len(unit.text)])


def add_missed_numbers(text: str, spans: list[Span]) -> list[Span]:
    """The number scanner's QUANTITY and UNIT for every quantity the model left untagged.

    The scanner knows number forms by rule (it is what the rule tagger uses); where the model tagged nothing
    at all — in very long sentences, or forms rare in training (「经过三年集中更新」) — its spans are added. Where
    the model put a number inside another span (「学前三年毛入园率」 is a rate's name, a SUBJECT) the model's
    reading stands. Never a SUBJECT from the scanner: those stay the model's.
    """
    from edclaims.numbers import scan

    taken = [(s.start, s.end) for s in spans]
    added: list[Span] = []
    for mention in scan(text):
        if any(mention.start < e and s < mention.end for s, e in taken):
            continue
        added.append(
            Span(mention.q_start, mention.q_end, Label.QUANTITY, text[mention.q_start : mention.q_end])
        )
        if mention.unit is not None and mention.u_start is not None and mention.u_end is not None:
            added.append(
                Span(mention.u_start, mention.u_end, Label.UNIT, text[mention.u_start : mention.u_end])
            )
    return sorted(set(spans) | set(added))


def _negative(text: str, q: Span, u: Span) -> bool:
    unit = lookup_unit(u.text)
    if unit is None:
        return False
    marker = next((m for m in PREFIX_MARKERS if q.text.startswith(m) and len(m) < len(q.text)), "")
    return not_an_amount(text, q.start + len(marker), q.end, unit, u.start)


def _widened(text: str, spans: list[Span]) -> list[Span]:
    """A model QUANTITY inside a wider scanner quantity that shares one of its ends takes the scanner's extent
    (the approximation word the model cut: 「接近一半」, not 「近一半」)."""
    mentions = [(m.q_start, m.q_end) for m in scan(text)]
    out = []
    for s in spans:
        if s.label == Label.QUANTITY:
            wider = [
                (a, b)
                for a, b in mentions
                if a <= s.start and s.end <= b and (a, b) != (s.start, s.end) and (a == s.start or b == s.end)
            ]
            if wider:
                a, b = wider[0]
                s = Span(a, b, Label.QUANTITY, text[a:b])
        out.append(s)
    return out


def refine(text: str, spans: list[Span]) -> list[Span]:
    spans = _widened(text, spans)
    quantities = [
        s
        for s in spans
        if s.label == Label.QUANTITY
        and not _cuts_digits(text, s.start, s.end)
        and parse_quantity(s.text) is not None
    ]
    units = [u for u in (_unit(text, s) for s in spans if s.label == Label.UNIT) if u is not None]
    kept_units: list[Span] = []
    kept_quantities: list[Span] = []
    for q in quantities:
        after = [
            u for u in units if q.end <= u.start <= q.end + MAX_GAP and not text[q.end : u.start].strip()
        ]
        before = [u for u in units if u.end == q.start and u.text.endswith("之")]
        parsed = parse_quantity(q.text)
        if not after and not before and (parsed is None or parsed.implied_unit is None):
            found = _unit_after(text, q)
            after = [found] if found is not None else []
        if after and _negative(text, q, after[0]):
            continue
        if after or before or (parsed is not None and parsed.implied_unit is not None):
            kept_quantities.append(q)
            kept_units.extend((after or before)[:1])
    taken = [(s.start, s.end) for s in kept_quantities + kept_units]
    subjects = [
        s for s in spans if s.label == Label.SUBJECT and not any(s.start < e and b < s.end for b, e in taken)
    ]
    return tidy_subjects(text, sorted(set(kept_quantities + kept_units + subjects)))
