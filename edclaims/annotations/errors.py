"""The one error type of the annotation tools: what is wrong, and on which line when a line is known."""

from __future__ import annotations


class AnnotationError(Exception):
    """A file that cannot be read or converted. `line` is 1-based, or None when no line applies."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason

    def __str__(self) -> str:
        return self.reason if self.line is None else f"line {self.line}: {self.reason}"
