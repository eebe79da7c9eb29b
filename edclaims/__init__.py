"""edclaims: find, recompute and flag the arithmetic relations inside Chinese government releases."""

__version__ = "0.1.0"
