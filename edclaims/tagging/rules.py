"""The rule tagger: quantities and units from the number scanner, subjects from jieba.

It is the baseline the fine-tuned model must beat, and it makes the silver labels the model starts from.
"""

from __future__ import annotations

from collections.abc import Sequence

from edclaims.claims.segment import segment
from edclaims.numbers import scan
from edclaims.records import Label, Span
from edclaims.tagging.registry import register_tagger
from edclaims.tagging.subjects import subject_after, subject_before


class RuleTagger:
    name = "rules"

    def tag(self, texts: Sequence[str]) -> list[list[Span]]:
        return [tag_text(text) for text in texts]


def tag_text(text: str) -> list[Span]:
    segs = segment(text)
    spans: set[Span] = set()
    taken: list[tuple[int, int]] = []
    mentions = scan(text)
    for mention in mentions:
        spans.add(Span(mention.q_start, mention.q_end, Label.QUANTITY, text[mention.q_start : mention.q_end]))
        taken.append((mention.q_start, mention.q_end))
        if mention.unit is not None and mention.u_start is not None and mention.u_end is not None:
            spans.add(Span(mention.u_start, mention.u_end, Label.UNIT, text[mention.u_start : mention.u_end]))
            taken.append((mention.u_start, mention.u_end))
    for mention in mentions:
        found = None
        unit = mention.unit
        if (
            unit is not None
            and unit.dimension.startswith("count:")
            and (mention.u_start or 0) >= mention.q_start
        ):
            _, clause_end = segs.clause_bounds(segs.clause_of(mention.end - 1))
            found = subject_after(text, mention.end, clause_end)
        if found is None:
            first = min(mention.q_start, mention.u_start if mention.u_start is not None else mention.q_start)
            clause_start, _ = segs.clause_bounds(segs.clause_of(first))
            found = subject_before(text, clause_start, first)
        if found is None or any(found[0] < end and start < found[1] for start, end in taken):
            continue
        spans.add(Span(found[0], found[1], Label.SUBJECT, text[found[0] : found[1]]))
    return sorted(spans)


@register_tagger("rules")
def make_rule_tagger() -> RuleTagger:
    return RuleTagger()
