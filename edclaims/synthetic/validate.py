"""Checks every generated record must pass; the generator fails loudly on the first that does not."""

from __future__ import annotations

from typing import Any

from edclaims.numbers import lookup_unit, parse_quantity
from edclaims.synthetic.arith import relation_holds
from edclaims.synthetic.builder import LABELS
from edclaims.synthetic.variants import to_simplified

_HALFWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


class GeneratorError(AssertionError):
    """A generated record breaks the annotation format or its own relations: a generator bug."""


def normalised(text: str) -> str:
    """A span's text as the parser sees it: half-width, Simplified (variants change only the surface)."""
    return to_simplified(text.translate(_HALFWIDTH))


def validate_record(record: dict[str, Any]) -> None:
    text: str = record["text"]
    spans = sorted(record["spans"], key=lambda s: (s["start"], s["end"]))
    previous_end = 0
    for span in spans:
        start, end, label = span["start"], span["end"], span["label"]
        piece = text[start:end]
        where = f"{record['meta']['id']} span {start}-{end} {label} {piece!r}"
        if label not in LABELS:
            raise GeneratorError(f"{where}: unknown label")
        if not 0 <= start < end <= len(text) or piece != piece.strip():
            raise GeneratorError(f"{where}: empty, out of range or padded")
        if start < previous_end:
            raise GeneratorError(f"{where}: overlaps the span before")
        previous_end = end
        if label == "QUANTITY" and parse_quantity(normalised(piece)) is None:
            raise GeneratorError(f"{where}: parse_quantity rejects it")
        if label == "UNIT" and lookup_unit(normalised(piece)) is None:
            raise GeneratorError(f"{where}: lookup_unit does not know it")
    for relation in record["meta"]["relations"]:
        for number in relation["numbers"]:
            if text[number["start"] : number["end"]] != number["text"]:
                raise GeneratorError(f"{record['meta']['id']}: relation number {number} misaligned")
        holds = relation_holds(relation)
        expected = {"consistent": True, "mismatch": False, "unverifiable": None}[relation["verdict"]]
        if holds is not expected:
            raise GeneratorError(
                f"{record['meta']['id']}: {relation['kind']} {relation['computed']} is "
                f"{relation['verdict']} but its arithmetic gives {holds}"
            )
