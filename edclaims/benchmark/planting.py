"""Planted errors: realistic edits to a consistent relation that break it, for measuring what verify catches.

Three edits, each keeping the text's length so that offsets before and after stay comparable:

  digit   one digit of a number changed (「4835」 → 「4836」)
  swap    two neighbouring digits swapped (「4835」 → 「4853」)
  flip    the direction word of a change, growth or comparison flipped (提高 ↔ 降低, 高于 ↔ 低于 …)

An edit is planted only when it breaks the relation, as `holds` decides with the edited value (or, for a
flip, with the annotation's direction flipped too).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from edclaims.benchmark.arith import holds
from edclaims.benchmark.relations import DIGIT_GROUP, Number, Relation, plain_digits, written_value

EDIT_KINDS = ("digit", "swap", "flip")

_FULL_WIDTH_DIGITS = "０１２３４５６７８９"

# each direction word and the word that says the opposite (same length, so offsets do not move)
FLIPS: dict[str, str] = {
    "提高": "降低",
    "降低": "提高",
    "增加": "减少",
    "减少": "增加",
    "增长": "下降",
    "上升": "下降",
    "下降": "增长",
    "高于": "低于",
    "低于": "高于",
    "超过": "低于",
    # the Traditional forms of the two releases written in that script
    "增長": "下降",
    "減少": "增加",
    "高於": "低於",
    "低於": "高於",
}
FLIP_KINDS = frozenset({"change", "growth", "comparison"})
_FLIP_WORD = re.compile("|".join(sorted(FLIPS, key=len, reverse=True)))
# the computed string's direction, flipped with the word
_COMPUTED_FLIPS = {"rise": "fall", "fall": "rise", "高于": "低于", "低于": "高于", ">": "<", "<": ">"}
_COMPUTED_WORD = re.compile("rise|fall|高于|低于|(?<!-)>|<(?!-)")  # not the arrows of "a -> b"
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
FLIP_LOOKBACK = 20  # characters before the first number searched when no word stands between the numbers


@dataclass(frozen=True)
class Edit:
    kind: str  # one of EDIT_KINDS
    text: str  # the whole edited release
    start: int  # the edited characters
    end: int
    targets: tuple[tuple[int, int], ...]  # what a mismatch must cover to catch the edit

    def context(self, width: int = 8) -> str:
        return self.text[max(0, self.start - width) : self.end + width // 2]


def typo_edits(group: str, rng: random.Random) -> list[tuple[str, str]]:
    """(edit kind, edited group) for a written figure: every one-digit change and every swap of two
    neighbouring, different digits, in a shuffled order. Full-width digits stay full-width, separators stay."""
    positions = [i for i, ch in enumerate(group) if ch.isdigit()]
    out: dict[str, str] = {}
    for i in positions:
        full_width = group[i] in _FULL_WIDTH_DIGITS
        for d in "0123456789":
            new = _FULL_WIDTH_DIGITS[int(d)] if full_width else d
            if new != group[i]:
                out[group[:i] + new + group[i + 1 :]] = "digit"
    for a, b in pairwise(positions):
        if b == a + 1 and group[a] != group[b]:
            out[group[:a] + group[b] + group[a] + group[b + 1 :]] = "swap"
    # a leading zero is not a typo anyone would leave in a release
    edits = sorted(e for e in out if not _leading_zero(e))
    rng.shuffle(edits)
    return [(out[e], e) for e in edits]


def _leading_zero(group: str) -> bool:
    plain = plain_digits(group)
    return len(plain) > 1 and plain[0] == "0" and plain[1] != "."


def edited_number(number: Number, group_start: int, old: str, new: str) -> Number:
    """The number with one digit group rewritten; its value scaled like the written digits."""
    text = number.text[:group_start] + new + number.text[group_start + len(old) :]
    if number.value is None:
        return replace(number, text=text)
    old_written, new_written = written_value(old), written_value(new)
    if old_written == 0:
        value = new_written
    else:
        value = number.value * new_written / old_written
    return replace(number, text=text, value=value)


def plant_typos(
    text: str,
    relation: Relation,
    rng: random.Random,
    per_number: int,
    kinds: frozenset[str] = frozenset({"digit", "swap"}),
) -> Iterator[Edit]:
    """Up to `per_number` edits of the wanted kinds (digit, swap) per number of the relation that break it."""
    for index, number in enumerate(relation.numbers):
        match = DIGIT_GROUP.search(number.text)
        if match is None or number.value is None:
            continue
        old = match.group(0)
        start = number.start + match.start()
        made = 0
        for kind, new in typo_edits(old, rng):
            if made >= per_number:
                break
            if kind not in kinds:
                continue
            changed = edited_number(number, match.start(), old, new)
            # the same number may fill two roles (whole of one pair, part of another): edit all of them
            values = [
                changed.stated if other.start == number.start or j == index else other.stated
                for j, other in enumerate(relation.numbers)
            ]
            if holds(relation.kind, relation.roles, values, relation.computed) is not False:
                continue
            made += 1
            edited = text[:start] + new + text[start + len(old) :]
            yield Edit(kind, edited, start, start + len(new), ((start, start + len(new)),))


def find_direction_word(text: str, relation: Relation) -> tuple[int, str] | None:
    """The direction word of a relation: the last one between its first and last number, else the last one
    shortly before its first number in the same sentence."""
    first = min(n.start for n in relation.numbers)
    last_start = max(n.start for n in relation.numbers)
    first_end = min(n.end for n in relation.numbers if n.start == first)
    between = list(_FLIP_WORD.finditer(text, first_end, last_start))
    if between:
        word = between[-1]
        return word.start(), word.group(0)
    window_start = max(0, first - FLIP_LOOKBACK)
    ends = list(_SENTENCE_END.finditer(text, window_start, first))
    if ends:
        window_start = ends[-1].end()
    before = list(_FLIP_WORD.finditer(text, window_start, first))
    if before:
        return before[-1].start(), before[-1].group(0)
    return None


def flip_computed(computed: str) -> str:
    return _COMPUTED_WORD.sub(lambda m: _COMPUTED_FLIPS[m.group(0)], computed)


def plant_flip(text: str, relation: Relation) -> Edit | None:
    """The relation's direction word flipped, when that breaks it (change, growth and comparison only)."""
    if relation.kind not in FLIP_KINDS:
        return None
    found = find_direction_word(text, relation)
    if found is None:
        return None
    start, word = found
    flipped = FLIPS[word]
    values = [n.stated for n in relation.numbers]
    if holds(relation.kind, relation.roles, values, flip_computed(relation.computed)) is not False:
        return None
    edited = text[:start] + flipped + text[start + len(word) :]
    targets = tuple((n.start, n.end) for n in relation.numbers)
    return Edit("flip", edited, start, start + len(flipped), targets)
