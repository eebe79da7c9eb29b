"""The spaCy component: `nlp = spacy.blank("zh"); nlp.add_pipe("edclaims")`.

It runs the same pipeline as `edclaims verify` (edclaims.pipeline.verify_text) on doc.text and puts the
tagged spans in doc.spans["edclaims"] (labels QUANTITY / UNIT / SUBJECT) and the claims and findings on
doc._.edclaims_claims and doc._.edclaims_findings. Offsets are characters of doc.text, as everywhere.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from edclaims.pipeline import verify_text
from edclaims.report.json_report import document_dict
from edclaims.tagging import Tagger, get_tagger

SPAN_KEY = "edclaims"

for _name in ("edclaims_claims", "edclaims_findings", "edclaims_result"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class EdclaimsComponent:
    def __init__(self, tagger: Tagger, span_key: str = SPAN_KEY) -> None:
        self.tagger = tagger
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        result = verify_text(doc.text, source="spacy", tagger=self.tagger)
        report = document_dict(result)
        spans = []
        for item in report["spans"]:
            # "expand": a span inside a multi-character token still lands on that token
            span = doc.char_span(item["start"], item["end"], label=item["label"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.span_key] = spans
        doc._.edclaims_claims = report["claims"]
        doc._.edclaims_findings = report["findings"]
        doc._.edclaims_result = result
        return doc


@Language.factory(
    "edclaims",
    default_config={"tagger": "model", "model": None, "span_key": SPAN_KEY},
)
def make_edclaims_component(nlp: Language, name: str, tagger: str, model: str | None, span_key: str) -> Any:
    options = {"folder": model} if tagger == "model" and model else {}
    return EdclaimsComponent(get_tagger(tagger, **options), span_key=span_key)
