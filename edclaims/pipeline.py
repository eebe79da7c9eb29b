"""The whole job for one text: normalise → tag → claims → checks. The CLI and the spaCy component share it."""

from __future__ import annotations

from collections.abc import Iterable

from edclaims.checks import ClaimContext, run_checks
from edclaims.checks.timeframe import release_year
from edclaims.claims import assemble_claims, segment
from edclaims.normalise import normalise
from edclaims.records import DocumentResult
from edclaims.tagging import Tagger, get_tagger


def verify_text(
    original: str, source: str = "-", tagger: Tagger | None = None, checks: Iterable[str] | None = None
) -> DocumentResult:
    tagger = tagger or get_tagger("rules")
    norm = normalise(original)
    spans = tagger.tag([norm.text])[0]
    segs = segment(norm.text)
    claims = assemble_claims(norm.text, spans, segs)
    ctx = ClaimContext(norm.text, segs, tuple(claims), release_year(original))
    findings = run_checks(ctx, checks)
    return DocumentResult(source=source, norm=norm, spans=spans, claims=claims, findings=findings)
