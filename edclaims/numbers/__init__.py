"""Numbers in Chinese releases: the one quantity parser, the unit lexicon and the mention scanner.

Everything is exact (`decimal.Decimal`); no float is ever produced.
"""

from edclaims.numbers.format import decimal_str
from edclaims.numbers.numerals import parse_chinese_integer, parse_chinese_numeral
from edclaims.numbers.quantity import Approximation, Quantity, parse_quantity, with_approximation
from edclaims.numbers.scanner import MAX_GAP, Mention, not_an_amount, scan, unit_after
from edclaims.numbers.units import (
    COEFFICIENT,
    RATIO,
    Unit,
    a_coefficient,
    a_ratio,
    commensurable,
    lookup_unit,
    match_unit_at,
)

__all__ = [
    "COEFFICIENT",
    "MAX_GAP",
    "RATIO",
    "Approximation",
    "Mention",
    "Quantity",
    "Unit",
    "a_coefficient",
    "a_ratio",
    "commensurable",
    "decimal_str",
    "lookup_unit",
    "match_unit_at",
    "not_an_amount",
    "parse_chinese_integer",
    "parse_chinese_numeral",
    "parse_quantity",
    "scan",
    "unit_after",
    "with_approximation",
]
