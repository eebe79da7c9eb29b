"""The normalisation pipeline: original text → :class:`NormalisedText` for the tagger."""

from __future__ import annotations

from edclaims.normalise.dedupe import drop_repeats
from edclaims.normalise.furniture import drop_furniture
from edclaims.normalise.mapping import NormalisedText, Step
from edclaims.normalise.pinyin import strip_glosses
from edclaims.normalise.script import to_simplified
from edclaims.normalise.width import to_half_width

# Order matters: width first so that labels end in ":" and glosses sit in "(" ")";
# script before furniture so that Traditional labels (聯繫電話) are recognised; furniture
# before dedupe so that a credit block printed twice is simply gone.
STEPS: tuple[Step, ...] = (to_half_width, to_simplified, strip_glosses, drop_furniture, drop_repeats)


def normalise(original: str) -> NormalisedText:
    """Run every step in order; offsets in the result index ``original``."""
    result = NormalisedText.identity(original)
    for step in STEPS:
        result = result.apply(step)
    return result
