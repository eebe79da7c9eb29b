"""State shared by the sentence families while one paragraph is composed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from edclaims.synthetic.builder import NumberRef, Relation, Sentence

REDACT_RATE = 0.06  # share of relations that get one operand withheld (x, xx, x.xx)


@dataclass
class FamilyContext:
    rng: random.Random  # everything about the text
    breaker: random.Random  # only the mismatch decisions, so --mismatch-rate leaves the rest comparable
    mismatch_rate: float
    place: str  # 东林县
    scope: str  # 全县: the whole-of-jurisdiction word matching the place's level
    used: list[str] = field(default_factory=list)  # subjects already in the paragraph

    def breaks(self) -> bool:
        """Whether to plant a mismatch in the relation being built."""
        return self.breaker.random() < self.mismatch_rate

    def redacts(self) -> bool:
        return self.rng.random() < REDACT_RATE

    def steps(self, low: int = 2, high: int = 5) -> int:
        """A signed number of last-place steps for a planted error, far enough to beat any rounding."""
        return self.rng.randint(low, high) * self.rng.choice((-1, 1))

    def free(self, nouns: list[str]) -> list[str]:
        """Nouns that neither contain nor are contained in a subject already used: two families about
        「幼儿园」 and 「公办幼儿园」 in one paragraph would invite the checker to pair their figures."""
        return [n for n in nouns if not any(n in u or u in n for u in self.used)]

    def take(self, noun: str) -> str:
        self.used.append(noun)
        return noun


@dataclass
class FamilyOutput:
    sentences: list[Sentence]
    relations: list[Relation]
    lead: Sentence | None = None  # goes at the top of the paragraph


def verdict(refs: list[NumberRef], broken: bool) -> str:
    if any(r.rendered.redacted for r in refs):
        return "unverifiable"
    return "mismatch" if broken else "consistent"


def show(value: Decimal | None) -> str:
    if value is None:
        return "x"
    return format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))
