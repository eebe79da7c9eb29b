"""Normalise: the text the tagger sees, with an exact offset map back to the original.

``normalise(original)`` returns a :class:`NormalisedText`; ``to_original(start, end)`` turns
a span found in ``.text`` into the span of ``.original`` that the user should be shown.
"""

from edclaims.normalise.mapping import NormalisedText, StepBuilder, StepResult
from edclaims.normalise.pipeline import STEPS, normalise

__all__ = ["STEPS", "NormalisedText", "StepBuilder", "StepResult", "normalise"]
