"""Printing exact decimals for people."""

from __future__ import annotations

from decimal import Decimal


def decimal_str(d: Decimal) -> str:
    """An exact decimal as people write it: no exponent, no trailing zeros (1E+4 → 10000, 99.1600 → 99.16)."""
    if not d.is_finite():
        return str(d)
    if d.is_zero():
        return "0"  # also for -0 and 0E-5, which print oddly
    text = format(d, "f")  # "f" never uses exponent notation
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
