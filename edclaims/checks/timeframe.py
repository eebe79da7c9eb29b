"""When a figure is about: the year nearest before it, resolving 今年/去年 against the release's own date.

Two figures of different years are never a restatement of each other (「2020年……153所」 vs 「今年……30所」).
"""

from __future__ import annotations

import re

RELEASE_DATE = re.compile(r"((?:19|20)\d\d)\s*(?:年|-|/|\.)\s*\d{1,2}\s*(?:月|-|/|\.)\s*\d{1,2}")
TIME_EXPRESSION = re.compile(r"((?:19|20)\d\d)年|(今年|本年|当年|去年|上年|前年|明年)")
RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
HEADER_CHARS = 1500
COMPARISON_BASE = "比较"  # 比去年, 较2020年: always a base
FROM_BASE = "由从与同"  # 由2021年的46%: a base only with 的 after the year (从2022年起 starts a period)


def _names_a_base(text: str, match: re.Match[str]) -> bool:
    if match.start() == 0:
        return False
    before = text[match.start() - 1]
    return before in COMPARISON_BASE or (before in FROM_BASE and text[match.end() : match.end() + 1] == "的")


def release_year(original: str) -> int | None:
    """The year of the release's date line (「发布日期:2021年12月14日」, 「2021-11-17 15:18:14」), if any."""
    match = RELEASE_DATE.search(original[:HEADER_CHARS])
    return int(match.group(1)) if match else None


def frame_before(text: str, start: int, end: int, year: int | None) -> str | None:
    """The last time expression in text[start:end], as a year when it can be resolved."""
    last = None
    for match in TIME_EXPRESSION.finditer(text, start, end):
        if _names_a_base(text, match):
            continue  # 「由2021年的46%」, 「比去年的」: the year of a base figure, not of what follows
        last = match
    if last is None:
        return None
    if last.group(1):
        return last.group(1)
    word = last.group(2)
    if year is None:
        return "今年" if RELATIVE[word] == 0 and word != "当年" else word
    return str(year + RELATIVE[word])
