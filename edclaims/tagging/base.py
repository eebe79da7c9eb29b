"""The one interface every tagger implements, so the rule tagger and the model are interchangeable."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from edclaims.records import Span


class TaggerError(Exception):
    """A tagger could not be built or run (for example a missing or broken model folder)."""


class Tagger(Protocol):
    name: str

    def tag(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans for each text, sorted by start; offsets index that text."""
        ...
