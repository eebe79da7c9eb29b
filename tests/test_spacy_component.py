"""The spaCy component on a blank zh pipeline: spans in doc.spans, claims and findings on Doc extensions."""

import spacy

TEXT = "全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率57%。"


def test_component_tags_spans_and_reports_findings():
    nlp = spacy.blank("zh")
    nlp.add_pipe("edclaims", config={"tagger": "rules"})
    doc = nlp(TEXT)
    spans = [(s.text, s.label_) for s in doc.spans["edclaims"]]
    assert ("200", "QUANTITY") in spans and ("个", "UNIT") in spans and ("覆盖率", "SUBJECT") in spans
    [finding] = [f for f in doc._.edclaims_findings if f["check"] == "percent_of_whole"]
    assert finding["status"] == "mismatch"
    assert sorted(doc.text[s:e] for s, e in finding["spans"]) == ["150", "200", "57"]
    assert {c["value"] for c in doc._.edclaims_claims} >= {"200", "150", "57"}


def test_component_shares_the_verify_pipeline():
    from edclaims.pipeline import verify_text

    nlp = spacy.blank("zh")
    nlp.add_pipe("edclaims", config={"tagger": "rules"})
    doc = nlp(TEXT)
    direct = verify_text(TEXT)
    assert [f.message for f in doc._.edclaims_result.findings] == [f.message for f in direct.findings]
