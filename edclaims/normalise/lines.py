"""Splitting text into lines while keeping every offset: content and line ending separately."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Only LF ends a line; a CR before it belongs to the ending so that "\r\n" texts behave like
# "\n" texts. (str.splitlines would also split on \x1c, \u2028 ... that releases do not use.)
_LINE = re.compile(r"([^\n]*?)(\r?\n|$)")


@dataclass(frozen=True)
class Line:
    start: int  # offset of the line's first char in the text
    content: str  # the line without its ending
    ending: str  # "\n", "\r\n" or "" for a last line without one

    @property
    def end(self) -> int:
        """Offset just past the line's ending."""
        return self.start + len(self.content) + len(self.ending)


def iter_lines(text: str) -> Iterator[Line]:
    """Yield every line of ``text``; concatenating ``content + ending`` gives ``text`` back."""
    position = 0
    length = len(text)
    while position < length:
        match = _LINE.match(text, position)
        assert match is not None  # the pattern matches at any position
        content, ending = match.group(1), match.group(2)
        yield Line(position, content, ending)
        position = match.end()
