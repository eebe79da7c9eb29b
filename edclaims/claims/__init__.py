"""From tagged spans to claims: a quantity, its unit, what it counts, and where it sits."""

from edclaims.claims.assemble import assemble_claims
from edclaims.claims.segment import Segments, segment

__all__ = ["Segments", "assemble_claims", "segment"]
