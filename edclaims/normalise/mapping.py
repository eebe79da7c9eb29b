"""The one offset-mapping mechanism every normalisation step composes on.

A step turns text ``T`` into text ``T'`` and says, for every character of ``T'``, which
``[start, end)`` range of ``T`` it came from (:class:`StepResult`). Composing a step onto a
:class:`NormalisedText` looks those ranges up in the previous map, so offsets always point
into the ORIGINAL text however many steps ran. Removed characters simply have no entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StepResult:
    """The output of one step: new text plus, per new char, its ``[start, end)`` in the step's input."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def unchanged_length(cls, text: str) -> StepResult:
        """A step that replaced characters one for one: char ``i`` came from input char ``i``."""
        return cls(text, tuple(range(len(text))), tuple(range(1, len(text) + 1)))


Step = Callable[[str], StepResult]


@dataclass
class StepBuilder:
    """Accumulates a step's output piece by piece while recording where each piece came from."""

    _chars: list[str] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _ends: list[int] = field(default_factory=list)

    def keep(self, source: str, start: int, end: int) -> None:
        """Copy ``source[start:end]`` unchanged, one char to one char."""
        self._chars.append(source[start:end])
        self._starts.extend(range(start, end))
        self._ends.extend(range(start + 1, end + 1))

    def emit(self, char: str, start: int, end: int) -> None:
        """Write one new char that stands for ``source[start:end]``."""
        if len(char) != 1 or end <= start:
            raise ValueError(f"emit needs one char for a non-empty range, got {char!r} for [{start}, {end})")
        self._chars.append(char)
        self._starts.append(start)
        self._ends.append(end)

    def build(self) -> StepResult:
        return StepResult("".join(self._chars), tuple(self._starts), tuple(self._ends))


@dataclass(frozen=True)
class NormalisedText:
    """Normalised text plus, for each of its chars, the ``[start, end)`` it covers in ``original``."""

    original: str  # the text every reported offset indexes
    text: str  # the normalised text the tagger sees
    starts: tuple[int, ...]  # len(text): original start offset of each normalised char
    ends: tuple[int, ...]  # len(text): original end offset of each normalised char

    def __post_init__(self) -> None:
        if not len(self.starts) == len(self.ends) == len(self.text):
            raise ValueError("starts and ends must have one entry per normalised character")

    @classmethod
    def identity(cls, original: str) -> NormalisedText:
        step = StepResult.unchanged_length(original)
        return cls(original, original, step.starts, step.ends)

    def apply(self, step: Step) -> NormalisedText:
        """Run ``step`` on the normalised text and keep offsets pointing into the original."""
        return self.compose(step(self.text))

    def compose(self, result: StepResult) -> NormalisedText:
        starts = tuple(self.starts[s] for s in result.starts)
        ends = tuple(self.ends[e - 1] for e in result.ends)
        return NormalisedText(self.original, result.text, starts, ends)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map ``[start, end)`` in the normalised text to ``[start, end)`` in the original.

        A span crossing removed characters maps to [start of its first char, end of its last
        char], so the original span includes whatever was removed in between. An empty span
        maps to an empty span at the corresponding original position.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) is outside the normalised text ({len(self.text)} chars)")
        if start == end:
            position = self._position(start)
            return position, position
        return self.starts[start], self.ends[end - 1]

    def _position(self, index: int) -> int:
        if index < len(self.text):
            return self.starts[index]
        return self.ends[-1] if self.text else 0
