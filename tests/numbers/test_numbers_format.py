"""decimal_str prints exact decimals without exponents or float artefacts."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from edclaims.numbers import decimal_str


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("1E+4"), "10000"),
        (Decimal("99.1600"), "99.16"),
        (Decimal("38548000.0"), "38548000"),
        (Decimal("0.1"), "0.1"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("-2.50"), "-2.5"),
        (Decimal("-0"), "0"),
        (Decimal("0E-5"), "0"),
        (Decimal("100"), "100"),
    ],
)
def test_decimal_str(value: Decimal, expected: str) -> None:
    assert decimal_str(value) == expected


@given(st.decimals(allow_nan=False, allow_infinity=False, places=6, min_value=-(10**12), max_value=10**12))
def test_decimal_str_round_trips_exactly_without_exponent(value: Decimal) -> None:
    text = decimal_str(value)
    assert "E" not in text and "e" not in text
    assert Decimal(text) == value
    assert not ("." in text and text.endswith("0"))
