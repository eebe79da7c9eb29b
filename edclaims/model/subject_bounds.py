"""Word boundaries for the model's SUBJECT spans.

The model labels characters, so a SUBJECT can come out in pieces (「教育专网接入」「学校」) or cut through a
word (「发课程」 for 开发课程, 「诺书」 for 承诺书). A noun phrase is made of whole words, so:

1. pieces that touch are one span;
2. an edge that falls inside a jieba word moves to a word boundary: a verb there is left out (the guideline
   tags the noun phrase, not the verb: 「开发课程」 → 「课程」); any other word goes to the side holding more
   of it (「诺书」 → 「承诺书」, a lone character cut off a longer word is dropped).

The variant was chosen on the gold pieces of the training run's dev split (never trained on), not on the
held-out set; see models/edclaims-zh/README.md.
"""

from __future__ import annotations

from edclaims.records import Label, Span
from edclaims.tagging.subjects import word_spans


def _merged(text: str, subjects: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(subjects):
        if out and out[-1].end == span.start:
            first = out.pop()
            span = Span(first.start, span.end, Label.SUBJECT, text[first.start : span.end])
        out.append(span)
    return out


def _is_verb(flag: str) -> bool:
    return flag.startswith("v") and flag != "vn"  # vn: a verbal noun (管理, 投资) names things too


def _snapped(span: Span, words: list[tuple[int, int, str]]) -> tuple[int, int]:
    start, end = span.start, span.end
    for w_start, w_end, flag in words:
        if w_start < start < w_end:  # the span starts inside this word
            keep_whole = not _is_verb(flag) and (start - w_start) < (w_end - start)
            start = w_start if keep_whole else w_end
        if w_start < end < w_end:  # the span ends inside this word
            keep_whole = not _is_verb(flag) and (end - w_start) > (w_end - end)
            end = w_end if keep_whole else w_start
    return start, end


def tidy_subjects(text: str, spans: list[Span]) -> list[Span]:
    """The spans with SUBJECT pieces joined and SUBJECT edges on word boundaries; other labels unchanged."""
    subjects = [s for s in spans if s.label == Label.SUBJECT]
    if not subjects:
        return spans
    others = [s for s in spans if s.label != Label.SUBJECT]
    words = word_spans(text)
    tidied: list[Span] = []
    for span in _merged(text, subjects):
        start, end = _snapped(span, words)
        clash = any(o.start < end and start < o.end for o in others)
        if start < end and not clash:
            span = Span(start, end, Label.SUBJECT, text[start:end])
        tidied.append(span)
    return sorted(set(others) | set(tidied))
