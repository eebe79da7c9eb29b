"""The records that flow through the pipeline after normalisation: spans, claims, findings, results.

Offsets inside these records index the *normalised* text; reporters translate them to the original text
through `NormalisedText.to_original`, so that every offset a user sees points into what they gave us.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from edclaims.normalise import NormalisedText
from edclaims.numbers import Quantity, Unit


class Label(StrEnum):
    QUANTITY = "QUANTITY"
    UNIT = "UNIT"
    SUBJECT = "SUBJECT"


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: Label
    text: str


class Status(StrEnum):
    CONSISTENT = "consistent"
    MISMATCH = "mismatch"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Claim:
    """One stated quantity with what it counts or measures."""

    id: str
    quantity: Quantity
    unit: Unit | None
    subject: str | None
    start: int  # quantity + unit (+ trailing approximation word)
    end: int
    q_start: int  # the number itself: what a finding points at
    q_end: int
    sentence: int  # index into ClaimContext.sentences
    clause: int  # global clause index; clauses end at , ; : and sentence ends
    paragraph: int
    subject_inherited: bool = False  # the subject was elided and taken from an earlier claim

    @property
    def redacted(self) -> bool:
        return self.quantity.redacted

    @property
    def dimension(self) -> str | None:
        if self.unit is not None:
            return self.unit.dimension
        if self.quantity.implied_unit is not None:
            return self.quantity.implied_unit.dimension
        return None

    @property
    def scale(self) -> Decimal:
        unit = self.unit or self.quantity.implied_unit
        return unit.scale if unit is not None else Decimal(1)


@dataclass(frozen=True)
class Finding:
    check: str
    status: Status
    claims: tuple[Claim, ...]
    message: str
    stated: Decimal | None = None
    expected: Decimal | None = None
    tolerance: Decimal | None = None
    confidence: str = "high"  # how sure the pairing of numbers is: high | medium | low
    note: str | None = None
    pairing: str | None = None  # how figures stated apart were paired: see checks/linking.py


@dataclass
class DocumentResult:
    source: str
    norm: NormalisedText
    spans: list[Span] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
