import json

import jsonschema

from edclaims.pipeline import verify_text
from edclaims.report import SCHEMA_PATH, build_report

TRADITIONAL = "全市農村共有行政村２００個,其中通校車的行政村共１５０個,覆蓋率５７％。"


def _schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_report_validates_against_the_documented_schema():
    doc = verify_text("全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率75%。", source="a.txt")
    report = build_report([doc], [("b.txt", "empty file")])
    jsonschema.validate(report, _schema())
    assert report["summary"]["errors"] == [{"source": "b.txt", "message": "empty file"}]


def test_schema_rejects_a_float_value():
    doc = verify_text("全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率75%。")
    report = build_report([doc])
    report["documents"][0]["findings"][0]["stated"] = 75.0
    try:
        jsonschema.validate(report, _schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("a float value passed the schema")


def test_offsets_index_the_original_text_through_normalisation():
    report = build_report([verify_text(TRADITIONAL)])
    doc = report["documents"][0]
    assert doc["text"] == TRADITIONAL
    [finding] = [f for f in doc["findings"] if f["check"] == "percent_of_whole"]
    assert finding["status"] == "mismatch"
    assert sorted(doc["text"][s:e] for s, e in finding["spans"]) == ["１５０", "２００", "５７"]
    for span in doc["spans"]:
        assert doc["text"][span["start"] : span["end"]] == span["text"]


def test_values_are_exact_decimal_strings():
    report = build_report([verify_text("投资3854.8万元,其中市级资金0.1万元,县级资金0.2万元。")])
    values = {c["canonical_value"] for c in report["documents"][0]["claims"]}
    assert {"38548000", "1000", "2000"} <= values


def test_mismatches_are_listed_first():
    text = "全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率57%。\n新建学校由12所增加到15所。"
    findings = build_report([verify_text(text)])["documents"][0]["findings"]
    statuses = [f["status"] for f in findings]
    assert statuses[0] == "mismatch" and "consistent" in statuses


def test_a_pairing_across_paragraphs_is_reported_with_its_reason():
    text = "今年全市招收新生4.2万人。\n\n其中,职业院校招收新生1.1万人,占26.2%。"
    report = build_report([verify_text(text)])
    jsonschema.validate(report, _schema())
    [finding] = [f for f in report["documents"][0]["findings"] if f["check"] == "percent_of_whole"]
    assert finding["confidence"] == "high"
    assert "the paragraph before" in finding["pairing"]
    same_sentence = build_report(
        [verify_text("全市农村共有行政村200个,其中通校车的行政村共150个,覆盖率75%。")]
    )
    assert all(f["pairing"] is None for f in same_sentence["documents"][0]["findings"])
