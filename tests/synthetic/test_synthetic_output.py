"""The generator's files: byte-identical per seed, spans aligned and parsable, relations as marked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from edclaims.numbers import lookup_unit, parse_quantity
from edclaims.synthetic import relation_holds
from edclaims.synthetic.validate import normalised

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "generate_synthetic.py"


def _run(tmp_path: Path, name: str, *args: str) -> tuple[bytes, bytes]:
    out, rel = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.rel.jsonl"
    subprocess.run(
        [sys.executable, str(SCRIPT), "--out", str(out), "--relations-out", str(rel), *args],
        check=True,
        capture_output=True,
    )
    return out.read_bytes(), rel.read_bytes()


def test_same_seed_same_bytes_different_seed_different(tmp_path):
    a = _run(tmp_path, "a", "--n", "60", "--seed", "7", "--mismatch-rate", "0.2")
    b = _run(tmp_path, "b", "--n", "60", "--seed", "7", "--mismatch-rate", "0.2")
    c = _run(tmp_path, "c", "--n", "60", "--seed", "8", "--mismatch-rate", "0.2")
    assert a == b
    assert a[0] != c[0] and a[1] != c[1]


def test_record_and_relations_file_shape(tmp_path):
    records, relations = _run(tmp_path, "shape", "--n", "20", "--seed", "3")
    lines = [json.loads(line) for line in records.decode("utf-8").splitlines()]
    rel_lines = [json.loads(line) for line in relations.decode("utf-8").splitlines()]
    assert len(lines) == len(rel_lines) == 20
    for index, (record, rel) in enumerate(zip(lines, rel_lines, strict=True), start=1):
        meta = record["meta"]
        assert meta["id"] == f"syn-3-{index:05d}" and meta["source"] == "synthetic" and meta["seed"] == 3
        assert meta["variant"] in {"plain", "traditional", "fullwidth", "gloss"}
        assert rel == {"seed": meta["id"], "text": record["text"], "relations": meta["relations"]}
        for relation in meta["relations"]:
            assert set(relation) >= {"kind", "numbers", "verdict"}
            for number in relation["numbers"]:
                assert set(number) == {"start", "end", "text", "value", "role"}


def test_spans_aligned_non_overlapping_and_labelled(plain_records, broken_records):
    for record in plain_records + broken_records:
        text, end = record["text"], 0
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            piece = text[span["start"] : span["end"]]
            assert piece and piece == piece.strip(), (record["meta"]["id"], span)
            assert span["start"] >= end, (record["meta"]["id"], span)
            assert span["label"] in {"QUANTITY", "UNIT", "SUBJECT"}
            end = span["end"]


def test_every_quantity_parses_and_every_unit_is_known(plain_records):
    for record in plain_records:
        for span in record["spans"]:
            piece = normalised(record["text"][span["start"] : span["end"]])
            if span["label"] == "QUANTITY":
                assert parse_quantity(piece) is not None, piece
            elif span["label"] == "UNIT":
                assert lookup_unit(piece) is not None, piece


def test_relation_numbers_are_tagged_quantities(plain_records):
    for record in plain_records:
        starts = {s["start"] for s in record["spans"] if s["label"] in {"QUANTITY", "UNIT"}}
        for relation in record["meta"]["relations"]:
            for number in relation["numbers"]:
                assert record["text"][number["start"] : number["end"]] == number["text"]
                assert number["start"] in starts


def test_relation_arithmetic_holds_exactly_when_consistent(plain_records, broken_records):
    seen = {"consistent": 0, "mismatch": 0, "unverifiable": 0}
    for record in plain_records + broken_records:
        for relation in json.loads(json.dumps(record))["meta"]["relations"]:  # as read back from JSON
            holds = relation_holds(relation)
            seen[relation["verdict"]] += 1
            if relation["verdict"] == "consistent":
                assert holds is True, relation
            elif relation["verdict"] == "mismatch":
                assert holds is False, relation
            else:
                assert any(n["value"] is None for n in relation["numbers"]), relation
    assert all(seen.values()), seen
    assert not any(r["verdict"] == "mismatch" for rec in plain_records for r in rec["meta"]["relations"])


def test_every_family_and_number_form_occurs(plain_records):
    kinds = {r["kind"] for rec in plain_records for r in rec["meta"]["relations"]}
    assert kinds == {
        "percent_of_whole",
        "sum",
        "remainder",
        "part_le_whole",
        "change",
        "growth",
        "restatement",
    }
    quantities = [
        normalised(rec["text"][s["start"] : s["end"]])
        for rec in plain_records
        for s in rec["spans"]
        if s["label"] == "QUANTITY"
    ]
    assert any("," in q for q in quantities)
    assert any(q.endswith("万") for q in quantities)
    assert any(q.endswith("亿") for q in quantities)
    assert any(q[0] in "两三十五一" for q in quantities)
    assert any(q.startswith(("约", "近", "超过", "不足")) for q in quantities)
    assert any(q.endswith(("多", "余")) for q in quantities)
    assert any("—" in q for q in quantities)
    assert any("x" in q for q in quantities)
    units = {
        normalised(rec["text"][s["start"] : s["end"]])
        for rec in plain_records
        for s in rec["spans"]
        if s["label"] == "UNIT"
    }
    assert {"%", "百分之", "个百分点", "成", "元"} <= units
