"""Shared generated data: generating is cheap, but the checker run over it is not, so do each once."""

from __future__ import annotations

from typing import Any

import pytest

from edclaims.synthetic import generate_records


@pytest.fixture(scope="session")
def plain_records() -> list[dict[str, Any]]:
    return list(generate_records(300, seed=7))


@pytest.fixture(scope="session")
def broken_records() -> list[dict[str, Any]]:
    return list(generate_records(200, seed=8, mismatch_rate=0.3))
