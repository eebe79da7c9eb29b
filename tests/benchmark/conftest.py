"""Helpers for the benchmark tests: figures from their printed text, and relations built by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from edclaims.benchmark.arith import Interval
from edclaims.benchmark.markup import mark_value
from edclaims.benchmark.relations import Number, Relation, stated_value


def figure(text: str) -> Decimal | Interval | None:
    """A figure as holds() takes it, from its printed text: 「1.3万个」 → Decimal("1.3E+4")."""
    value = mark_value(text, None, 1)
    return None if value is None else stated_value(text, value)


def relation_in(text: str, kind: str, verdict: str, computed: str, *numbers: tuple[str, str]) -> Relation:
    """A relation over the first occurrence of each (role, number text) in `text`."""
    built = []
    for role, printed in numbers:
        start = text.index(printed)
        built.append(Number(printed, start, start + len(printed), mark_value(printed, None, 1), role))
    return Relation(kind, tuple(built), computed, verdict)


@pytest.fixture(name="figure")
def figure_fixture():
    return figure


@pytest.fixture(name="relation_in")
def relation_in_fixture():
    return relation_in
