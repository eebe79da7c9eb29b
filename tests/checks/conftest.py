from __future__ import annotations

from collections.abc import Callable

import pytest

from edclaims.pipeline import verify_text
from edclaims.records import Finding
from edclaims.tagging import Tagger, get_tagger


def _findings(text: str, check: str) -> list[Finding]:
    return [f for f in verify_text(text).findings if f.check == check]


@pytest.fixture
def findings() -> Callable[[str, str], list[Finding]]:
    """findings(text, check): the findings of one check family on a text we wrote."""
    return _findings


def _numbers_of(finding: Finding, text: str) -> list[str]:
    return [text[c.q_start : c.q_end] for c in finding.claims]


@pytest.fixture
def numbers_of() -> Callable[[Finding, str], list[str]]:
    """numbers_of(finding, text): the numbers a finding used, as written."""
    return _numbers_of


@pytest.fixture(scope="session")
def model_tagger() -> Tagger:
    """The shipped model tagger, loaded once: some pairings go wrong only with its spans."""
    return get_tagger("model")


@pytest.fixture
def model_findings(model_tagger: Tagger) -> Callable[[str, str], list[Finding]]:
    """model_findings(text, check): findings of one family with the shipped model as tagger."""
    return lambda text, check: [
        f for f in verify_text(text, tagger=model_tagger).findings if f.check == check
    ]
