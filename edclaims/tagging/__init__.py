"""Taggers: text in, QUANTITY / UNIT / SUBJECT character spans out, all behind one interface."""

from edclaims.tagging.base import Tagger, TaggerError
from edclaims.tagging.registry import available_taggers, get_tagger

__all__ = ["Tagger", "TaggerError", "available_taggers", "get_tagger"]
