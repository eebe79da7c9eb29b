"""Step 3: remove pinyin glosses such as 升學(xué) → 升學, which some pages print after rare readings.

Only a single lowercase pinyin syllable in brackets directly after a Chinese character is a
gloss. Ordinary asides such as (含教学点), (0391), (2021-2023年) or a list marker (a) never
match: they contain no syllable, or a lone vowel without a tone mark.
"""

from __future__ import annotations

import re

from edclaims.normalise.mapping import StepBuilder, StepResult

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_VOWEL = f"[aeiouüv{_TONED}]"
_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_SYLLABLE = f"{_INITIAL}?{_VOWEL}{{1,4}}(?:ng|n|r)?"
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
# The gloss itself is at most 7 letters; both half- and full-width brackets are accepted.
_GLOSS = re.compile(rf"(?<={_HAN})[(（](?P<syllable>(?=[a-zü{_TONED}]{{1,7}}[)）]){_SYLLABLE})[)）]")
_TONE_MARK = re.compile(f"[{_TONED}]")


def strip_glosses(text: str) -> StepResult:
    """Drop every bracketed pinyin gloss that directly follows a Chinese character."""
    builder = StepBuilder()
    position = 0
    for match in _GLOSS.finditer(text):
        if not _is_gloss(match.group("syllable")):
            continue
        builder.keep(text, position, match.start())
        position = match.end()
    builder.keep(text, position, len(text))
    return builder.build()


def _is_gloss(syllable: str) -> bool:
    # A single untoned letter, as in 方案(a), is far more likely a list marker than pinyin.
    return bool(_TONE_MARK.search(syllable)) or len(syllable) >= 2
