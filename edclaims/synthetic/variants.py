"""Surface variants of a finished paragraph: Traditional script, full-width digits, pinyin glosses.

Each returns the new text and spans (and an offset map for relations). Traditional and full-width are
one character for one character, so offsets do not move; glosses insert text, and every offset after an
insertion point moves by the inserted length.
"""

from __future__ import annotations

import random
from functools import cache

import opencc

from edclaims.synthetic import lexicon
from edclaims.synthetic.builder import Span

FULLWIDTH = {ord(ch): ord(ch) + 0xFEE0 for ch in "0123456789%."}


@cache
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


def traditional(text: str) -> str | None:
    """The paragraph in Traditional script, or None when OpenCC changed its length (offsets would move)."""
    converted = _s2t().convert(text)
    return converted if len(converted) == len(text) else None


def fullwidth(text: str) -> str:
    return text.translate(FULLWIDTH)


def gloss(
    text: str, spans: list[Span], rng: random.Random, most: int = 3
) -> tuple[str, list[Span], list[int]]:
    """Insert 「(xué)」-style glosses after a few glossable characters outside every span.

    Returns the text, the shifted spans and `shift`, where new offset = old + shift[old] (len(text)+1 long).
    """
    inside = [False] * (len(text) + 1)
    for span in spans:
        for pos in range(span.start + 1, span.end):
            inside[pos] = True  # an insertion here would split the span
    candidates = [i for i, ch in enumerate(text) if ch in lexicon.GLOSSES and not inside[i + 1]]
    chosen = sorted(rng.sample(candidates, min(len(candidates), rng.randint(1, most))))
    pieces: list[str] = []
    shift = [0] * (len(text) + 1)
    added = 0
    last = 0
    for i in chosen:
        pieces.append(text[last : i + 1])
        insert = f"({lexicon.GLOSSES[text[i]]})"
        pieces.append(insert)
        added += len(insert)
        for pos in range(i + 1, len(text) + 1):
            shift[pos] = added
        last = i + 1
    pieces.append(text[last:])
    # a span starting right at an insertion point starts after the gloss; its end, if there, before it
    moved = [Span(s.start + shift[s.start], s.end + shift[s.end - 1] if s.end else 0, s.label) for s in spans]
    return "".join(pieces), moved, shift
