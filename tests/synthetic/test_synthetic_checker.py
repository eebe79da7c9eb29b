"""The project's checker on generated paragraphs: it finds most consistent relations and never calls one a
mismatch; planted mismatches it finds are reported as mismatches."""

from __future__ import annotations

from edclaims.pipeline import verify_text


def _findings(record):
    doc = verify_text(record["text"])
    return [
        (f.check, str(f.status), [doc.norm.to_original(c.q_start, c.q_end) for c in f.claims])
        for f in doc.findings
    ]


def _covers(spans, number):
    return any(s < number["end"] and number["start"] < e for s, e in spans)


def _matches(finding, relation):
    check, _, spans = finding
    return check == relation["kind"] and all(_covers(spans, n) for n in relation["numbers"])


def test_checker_finds_consistent_relations_without_mismatch(plain_records):
    total = found = mismatched = 0
    for record in plain_records[:100]:
        findings = _findings(record)
        for relation in record["meta"]["relations"]:
            if relation["verdict"] != "consistent":
                continue
            total += 1
            found += any(_matches(f, relation) and f[1] == "consistent" for f in findings)
            mismatched += any(_matches(f, relation) and f[1] == "mismatch" for f in findings)
    print(
        f"\nconsistent relations: {total}, found {found} ({found / total:.3f}), called mismatch: {mismatched}"
    )
    assert total >= 250
    assert found / total >= 0.8
    assert mismatched == 0


def test_checker_reports_most_planted_mismatches(broken_records):
    total = caught = 0
    for record in broken_records[:100]:
        findings = _findings(record)
        for relation in record["meta"]["relations"]:
            if relation["verdict"] == "mismatch":
                total += 1
                caught += any(_matches(f, relation) and f[1] == "mismatch" for f in findings)
    print(f"\nplanted mismatches: {total}, reported as mismatch {caught} ({caught / total:.3f})")
    assert total >= 30
    assert caught / total >= 0.7
