"""render_html without a browser: escaping, marks for every span, anchors, ordering, counts, the batch index."""

from __future__ import annotations

import base64
import copy
import hashlib
import re
from html.parser import HTMLParser

import pytest

from edclaims.pipeline import verify_text
from edclaims.report import build_report, render_html
from edclaims.report.html_report import Wrap, marked_text
from edclaims.tagging import get_tagger

MIXED = "全县共有义务教育学校120所,其中已建成标准化食堂的学校96所,占比85%。今年新招聘乡村教师由去年的40名增加到52名。\n"
HOSTILE = (
    "城区幼儿园开放日通知:<script>document.title='PWNED'</script>请家长准时到园。"
    '<img src=x onerror="alert(1)">全区幼儿园共有教职工800人,其中<b>专任教师</b>600人,占比75%。\n'
)
VOID = {"meta", "input", "br", "img", "hr", "link"}


class Page(HTMLParser):
    """Collects every element with its attributes and text, and fails on any badly nested end tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list] = []
        self.elements: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append([tag, element])

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for _, element in self.stack:
            element["text"] += data

    def find(self, tag: str, cls: str | None = None) -> list[dict]:
        return [
            e
            for e in self.elements
            if e["tag"] == tag and (cls is None or cls in (e["attrs"].get("class") or "").split())
        ]


def parse(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], "unclosed elements"
    return parser


def report_of(*texts: str, errors: tuple[tuple[str, str], ...] = ()) -> dict:
    rules = get_tagger("rules")
    docs = [verify_text(t, source=f"release-{i}.txt", tagger=rules) for i, t in enumerate(texts, start=1)]
    return build_report(docs, errors)


def test_release_markup_is_shown_as_text_never_as_elements():
    report = report_of(HOSTILE)
    page = render_html(report)
    dom = parse(page)
    assert len(dom.find("script")) == 1  # ours, at the end of the body
    assert "PWNED" not in dom.find("script")[0]["text"]
    assert (
        dom.find("img") == [] and [b for b in dom.find("b") if "num" not in b["attrs"].get("class", "")] == []
    )
    text = dom.find("div", "release-text")[0]["text"]
    assert text == report["documents"][0]["text"]  # the release, character for character, as text
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;&lt;/script&gt;" in page


def test_report_strings_are_escaped_everywhere():
    report = report_of(MIXED)
    report["documents"][0]["source"] = '"><script>alert(1)</script>.txt'
    report["documents"][0]["findings"][0]["message"] = "<i>x</i>"
    report["documents"][0]["findings"][0]["review"] = {"decision": "<u>ok</u>", "note": '" onclick="x'}
    dom = parse(render_html(report))
    assert len(dom.find("script")) == 1 and dom.find("i") == [] and dom.find("u") == []
    assert all("onclick" not in e["attrs"] for e in dom.elements)
    assert dom.find("section", "document")[0]["attrs"]["data-source"] == '"><script>alert(1)</script>.txt'


def test_every_span_is_a_mark_with_its_label_and_offsets():
    report = report_of(MIXED, HOSTILE)
    dom = parse(render_html(report))
    for number, doc in enumerate(report["documents"], start=1):
        section = f"doc-{number}"
        marks = _marks_in(dom, section)
        expected = sorted((s["label"], s["start"], s["end"], s["text"]) for s in doc["spans"])
        assert sorted(marks) == expected


def _marks_in(dom: Page, section: str) -> list[tuple[str, int, int, str]]:
    """Marks between the section's start tag and the next section (elements are in document order)."""
    index = next(i for i, e in enumerate(dom.elements) if e["attrs"].get("id") == section)
    out = []
    for element in dom.elements[index + 1 :]:
        if element["tag"] == "section":
            break
        if element["tag"] == "mark" and "data-start" in element["attrs"]:
            a = element["attrs"]
            out.append((a["data-label"], int(a["data-start"]), int(a["data-end"]), element["text"]))
    return out


def test_findings_are_listed_mismatches_first_with_their_values():
    report = report_of(MIXED)
    dom = parse(render_html(report))
    items = dom.find("li", "finding")
    assert [i["attrs"]["data-status"] for i in items] == [
        f["status"] for f in report["documents"][0]["findings"]
    ]
    assert items[0]["attrs"]["data-status"] == "mismatch" and len(items) >= 3
    first = report["documents"][0]["findings"][0]
    for key in ("stated", "expected", "tolerance"):
        assert first[key] in items[0]["text"]
    assert first["check"] in items[0]["text"] and first["message"] in items[0]["text"]
    assert "confidence: high" in items[0]["text"]


def test_every_number_link_lands_on_an_element_holding_that_number():
    report = report_of(MIXED)
    dom = parse(render_html(report))
    ids = {e["attrs"]["id"]: e for e in dom.elements if "id" in e["attrs"]}
    links = [a for a in dom.find("a", "number")]
    assert len(links) == sum(len(f["spans"]) for f in report["documents"][0]["findings"])
    text = report["documents"][0]["text"]
    for link in links:
        target = ids[link["attrs"]["href"].removeprefix("#")]
        start, end = int(target["attrs"]["data-start"]), int(target["attrs"]["data-end"])
        assert target["tag"] == "mark" and target["text"] == text[start:end]
    mismatch_marks = dom.find("mark", "used-mismatch")
    assert sorted(m["text"] for m in mismatch_marks) == ["120", "85", "96"]


def test_summary_tiles_show_the_report_counts():
    report = report_of(MIXED, HOSTILE, errors=(("gone.txt", "no such file or directory"),))
    dom = parse(render_html(report))
    tiles = {e["attrs"]["data-count"]: e["text"] for e in dom.find("span", "value")}
    summary = report["summary"]
    assert tiles == {
        "documents": "2",
        "mismatch": str(summary["mismatch"]),
        "unverifiable": str(summary["unverifiable"]),
        "consistent": str(summary["consistent"]),
        "errors": "1",
    }
    assert summary["mismatch"] >= 1 and summary["consistent"] >= 1  # the tiles are not all alike


def test_a_batch_gets_an_index_linking_every_release_and_naming_failures():
    report = report_of(MIXED, HOSTILE, errors=(("gone.txt", "no such file or directory"),))
    dom = parse(render_html(report))
    rows = [r for r in dom.elements if r["tag"] == "tr"][1:]
    assert [r["text"].split("release-")[0] for r in rows[:2]] == ["1", "2"]
    links = [a["attrs"]["href"] for a in dom.find("a") if a["attrs"].get("href", "").startswith("#doc-")]
    assert links[:2] == ["#doc-1", "#doc-2"]
    assert "1" in rows[0]["text"] and "gone.txt" in rows[2]["text"] and "no such file" in rows[2]["text"]
    cells = [c["text"] for c in dom.elements if c["tag"] == "td"]
    statuses = [f["status"] for f in report["documents"][0]["findings"]]
    counts = [str(statuses.count(s)) for s in ("mismatch", "unverifiable", "consistent")]
    assert cells[:6] == ["1", "release-1.txt", *counts, ""] and counts[0] == "1"


def test_a_single_release_has_no_index():
    dom = parse(render_html(report_of(MIXED)))
    assert not any(e["attrs"].get("id") == "index" for e in dom.elements)


def test_without_javascript_everything_is_listed():
    page = render_html(report_of(MIXED))
    dom = parse(page)
    filters = next(e for e in dom.elements if e["attrs"].get("id") == "filters")
    assert "hidden" in filters["attrs"]  # the controls only appear once the script runs
    assert not dom.find("li", "filtered-out")
    boxes = {(b["attrs"]["data-kind"], b["attrs"]["value"]) for b in dom.find("input")}
    assert {("check", "percent_of_whole"), ("check", "change"), ("status", "mismatch")} <= boxes


def test_the_content_security_policy_admits_exactly_our_script_and_style():
    page = render_html(report_of(HOSTILE))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    script = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    style = re.search(r"<style>(.*)</style>", page, re.S).group(1)
    for source, directive in ((script, "script-src"), (style, "style-src")):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in policy
    assert "default-src 'none'" in policy and "http" not in policy.replace("http-equiv", "")


def test_no_network_asset_is_referenced():
    page = render_html(report_of(MIXED))
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


def test_review_decisions_are_shown():
    report = report_of(MIXED)
    report["documents"][0]["findings"][0]["review"] = {"decision": "confirmed", "note": "核对原文无误"}
    dom = parse(render_html(report))
    [review] = dom.find("p", "review")
    assert "confirmed" in review["text"] and "核对原文无误" in review["text"]


def test_a_review_note_without_a_decision_is_shown_and_an_empty_review_is_not():
    report = report_of(MIXED)
    report["documents"][0]["findings"][0]["review"] = {"decision": None, "note": "待复核"}
    report["documents"][0]["findings"][1]["review"] = {"decision": None, "note": ""}
    dom = parse(render_html(report))
    [review] = dom.find("p", "review")
    assert "no decision" in review["text"] and "待复核" in review["text"]


def test_overlapping_and_out_of_range_spans_are_skipped_not_fatal():
    report = report_of(MIXED)
    doc = report["documents"][0]
    text = doc["text"]
    first = copy.deepcopy(doc["spans"][1])  # QUANTITY 120
    doc["spans"] += [
        {"label": "SUBJECT", "start": first["start"] - 2, "end": first["end"], "text": "x"},  # overlaps
        {"label": "UNIT", "start": first["start"], "end": first["end"], "text": "x"},  # same offsets
        {"label": "UNIT", "start": len(text) + 3, "end": len(text) + 9, "text": ""},  # past the end
        {"label": "UNIT", "start": 5, "end": 5, "text": ""},  # empty
    ]
    dom = parse(render_html(report))  # well nested, or parse() fails
    marks = _marks_in(dom, "doc-1")
    assert len(marks) == len(doc["spans"]) - 4
    # the finding that used 120 still has a target, now an empty anchor if its mark lost
    ids = {e["attrs"]["id"] for e in dom.elements if "id" in e["attrs"]}
    for link in dom.find("a", "number"):
        assert link["attrs"]["href"].removeprefix("#") in ids


def test_a_finding_number_without_a_mark_of_its_own_gets_an_empty_anchor():
    report = report_of(MIXED)
    doc = report["documents"][0]
    quantity = doc["spans"][1]  # QUANTITY 120, a number the findings use
    doc["spans"].remove(quantity)
    dom = parse(render_html(report))
    [anchor] = [a for a in dom.find("span", "anchor")]
    target = anchor["attrs"]["id"]
    assert any(link["attrs"]["href"] == "#" + target for link in dom.find("a", "number"))
    assert f"{quantity['start']}" in target


@pytest.mark.parametrize(
    ("wraps", "expected"),
    [
        ([(0, 2), (1, 3)], "[ab]c&lt;d"),
        ([(1, 3), (0, 2)], "[ab]c&lt;d"),
        ([(0, 4), (1, 2)], "[abc&lt;]d"),
        ([(2, 2), (3, 9)], "abc&lt;d"),
        ([(3, 4), (0, 1)], "[a]bc[&lt;]d"),
    ],
)
def test_marked_text_keeps_the_first_of_overlapping_wraps(wraps: list[tuple[int, int]], expected: str):
    out = marked_text("abc<d", [Wrap(s, e, "[", "]") for s, e in wraps])
    assert out == expected


def test_marked_text_puts_anchors_inside_or_between_marks_in_valid_order():
    out = marked_text(
        "abcd", [Wrap(0, 2, "<m>", "</m>"), Wrap(2, 4, "<m>", "</m>")], {2: ["<a/>"], 1: ["<x/>"]}
    )
    assert out == "<m>a<x/>b</m><a/><m>cd</m>"
