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


def test_default_component_uses_the_shipped_model():
    from pathlib import Path

    import pytest

    if not (Path(__file__).resolve().parents[1] / "models" / "edclaims-zh" / "model.safetensors").exists():
        pytest.skip("no shipped model")
    nlp = spacy.blank("zh")
    nlp.add_pipe("edclaims")
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["edclaims"] if s.label_ == "QUANTITY"] == ["200", "150", "57"]
    # SUBJECT spans come from the network only (the number scanner adds none): the model did run
    assert [s.text for s in doc.spans["edclaims"] if s.label_ == "SUBJECT"] == ["行政村", "行政村", "覆盖率"]
    assert [f["status"] for f in doc._.edclaims_findings if f["check"] == "percent_of_whole"] == ["mismatch"]
