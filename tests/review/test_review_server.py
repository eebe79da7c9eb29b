"""The review web app over HTTP: marking findings, correcting spans, restarts, bad input and escaping."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from review_support import KINDERGARTENS, SCRAPED, TEACHERS, Client, Response, Running, finding, write_report

Serve = Callable[..., Running]


def _port(client: Running) -> int:
    assert client.server is not None
    return client.server.port


def _error_of(response: Response) -> str:
    """The one-line JSON error every failure must be."""
    assert response.headers["Content-Type"].startswith("application/json"), response.headers
    body = response.body.decode("utf-8")
    assert "Traceback" not in body and "\n" not in body.strip()
    obj = json.loads(body)
    assert list(obj) == ["error"] and obj["error"]
    return obj["error"]


def test_marks_on_findings_are_shown_with_their_note_and_time(report_path: Path, serve: Serve):
    client = serve(report_path)
    view = client.report()
    assert [d["source"] for d in view["documents"]] == ["kindergartens.txt", "scraped.html", "teachers.txt"]
    assert all(f["review"] is None for d in view["documents"] for f in d["findings"])
    mismatch = finding(view, 0, status="mismatch")
    consistent = finding(view, 0, status="consistent", check="sum")
    changed = finding(view, 2, check="change")
    marks = [
        (0, mismatch, "confirmed", "135÷150=90%,原文92%有误"),
        (0, consistent, "dismissed", ""),
        (2, changed, "follow-up", "待与统计科核对"),
    ]
    for doc, target, decision, note in marks:
        response = client.post(
            "/api/decision", {"doc": doc, "finding_key": target["key"], "decision": decision, "note": note}
        )
        assert response.status == 200, response.body
        assert response.json()["review"]["decision"] == decision
    reviewed = {
        (doc, f["key"]): (f["review"]["decision"], f["review"]["note"])
        for doc, d in enumerate(client.report()["documents"])
        for f in d["findings"]
        if f["review"]
    }
    assert reviewed == {(doc, target["key"]): (decision, note) for doc, target, decision, note in marks}


def test_a_new_decision_replaces_the_old_and_null_clears_it(report_path: Path, serve: Serve):
    client = serve(report_path)
    key = finding(client.report(), 0, status="mismatch")["key"]
    client.post("/api/decision", {"doc": 0, "finding_key": key, "decision": "follow-up", "note": "先标记"})
    client.post("/api/decision", {"doc": 0, "finding_key": key, "decision": "confirmed", "note": "已核实"})
    review = finding(client.report(), 0, status="mismatch")["review"]
    assert (review["decision"], review["note"]) == ("confirmed", "已核实")
    response = client.post("/api/decision", {"doc": 0, "finding_key": key, "decision": None})
    assert response.status == 200 and response.json()["review"] is None
    assert finding(client.report(), 0, status="mismatch")["review"] is None


def test_marks_and_corrections_survive_a_restart_on_the_same_database(report_path: Path, serve: Serve):
    first = serve(report_path)
    key = finding(first.report(), 0, status="mismatch")["key"]
    first.post("/api/decision", {"doc": 0, "finding_key": key, "decision": "confirmed", "note": "重启前"})
    spans = [
        {"start": s["start"], "end": s["end"], "label": s["label"]}
        for s in first.report()["documents"][1]["spans"]
    ]
    first.post("/api/spans", {"doc": 1, "spans": spans[1:]})
    first.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", _port(first)), timeout=2).close()

    second = serve(report_path)
    assert second.url != "" and _port(second) != 0
    view = second.report()
    review = finding(view, 0, status="mismatch")["review"]
    assert (review["decision"], review["note"]) == ("confirmed", "重启前")
    assert view["documents"][1]["spans_corrected"] is True
    assert [(s["start"], s["end"], s["label"]) for s in view["documents"][1]["spans"]] == [
        (s["start"], s["end"], s["label"]) for s in spans[1:]
    ]


def test_a_later_report_of_the_same_release_shows_the_earlier_decisions(
    report_path: Path, serve: Serve, tmp_path: Path
):
    first = serve(report_path)
    key = finding(first.report(), 0, status="mismatch")["key"]
    first.post("/api/decision", {"doc": 0, "finding_key": key, "decision": "confirmed", "note": "首次审核"})
    first.stop()
    # Verified again later: another file name, another position in another report, the same text.
    later = write_report(tmp_path / "later.json", {"teachers.txt": TEACHERS, "城南区通报.txt": KINDERGARTENS})
    second = serve(later, report_path.with_name("report.review.sqlite"))
    view = second.report()
    assert finding(view, 1, status="mismatch")["review"]["note"] == "首次审核"
    assert all(f["review"] is None for f in view["documents"][0]["findings"])


def test_spans_can_be_added_deleted_and_relabelled_then_reset(report_path: Path, serve: Serve):
    client = serve(report_path)
    original = client.report()["documents"][2]["spans"]
    plain = [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in original]
    # 「义务教育学校」 is the subject of 45所 / 48所 and the rules left it untagged.
    start = TEACHERS.index("义务教育学校")
    added = {"start": start, "end": start + len("义务教育学校"), "label": "SUBJECT"}
    assert all(s["end"] <= added["start"] or s["start"] >= added["end"] for s in plain)
    edited = [*plain[1:], added]
    edited[0] = {**edited[0], "label": "SUBJECT" if edited[0]["label"] != "SUBJECT" else "UNIT"}
    response = client.post("/api/spans", {"doc": 2, "spans": edited})
    assert response.status == 200, response.body
    document = client.report()["documents"][2]
    assert document["spans_corrected"] is True
    assert sorted((s["start"], s["end"], s["label"]) for s in document["spans"]) == sorted(
        (s["start"], s["end"], s["label"]) for s in edited
    )
    assert {
        "start": added["start"],
        "end": added["end"],
        "label": "SUBJECT",
        "text": "义务教育学校",
    } in document["spans"]
    # The other documents keep the report's spans.
    assert client.report()["documents"][0]["spans_corrected"] is False
    response = client.post("/api/spans", {"doc": 2, "reset": True})
    assert response.status == 200 and response.json()["spans_corrected"] is False
    assert client.report()["documents"][2]["spans"] == original


@pytest.mark.parametrize(
    ("path", "body", "reason"),
    [
        ("/api/decision", {"doc": 0, "finding_key": "KEY", "decision": "approved"}, "unknown decision"),
        ("/api/decision", {"doc": 0, "finding_key": "sum:0-1", "decision": "confirmed"}, "no finding"),
        ("/api/decision", {"doc": 7, "finding_key": "KEY", "decision": "confirmed"}, "no document 7"),
        ("/api/decision", {"doc": "0", "finding_key": "KEY", "decision": "confirmed"}, '"doc"'),
        ("/api/decision", {"doc": 0, "finding_key": "KEY", "decision": "confirmed", "note": 5}, '"note"'),
        ("/api/spans", {"doc": 0, "spans": [{"start": 0, "end": 2, "label": "PLACE"}]}, "unknown label"),
        ("/api/spans", {"doc": 0, "spans": [{"start": 0, "end": 500, "label": "UNIT"}]}, "out of range"),
        ("/api/spans", {"doc": 0, "spans": [{"start": 5, "end": 5, "label": "UNIT"}]}, "start >= end"),
        ("/api/spans", {"doc": 0, "spans": [{"start": 1.5, "end": 3, "label": "UNIT"}]}, "integers"),
        (
            "/api/spans",
            {
                "doc": 0,
                "spans": [
                    {"start": 0, "end": 4, "label": "UNIT"},
                    {"start": 2, "end": 6, "label": "SUBJECT"},
                ],
            },
            "overlaps",
        ),
        ("/api/spans", {"doc": 0, "spans": "all of them"}, '"spans"'),
    ],
)
def test_invalid_input_is_a_400_with_a_one_line_json_error(
    report_path: Path, serve: Serve, path: str, body: dict, reason: str
):
    client = serve(report_path)
    if body.get("finding_key") == "KEY":
        body = {**body, "finding_key": finding(client.report(), 0)["key"]}
    before = client.report()
    response = client.post(path, body)
    assert response.status == 400
    assert reason in _error_of(response)
    assert client.report() == before  # nothing was stored


def test_malformed_requests_get_json_errors_too(report_path: Path, serve: Serve):
    client = serve(report_path)
    not_json = client.request("/api/decision", b"{doc: 0", "POST", {"Content-Type": "application/json"})
    assert not_json.status == 400 and "not JSON" in _error_of(not_json)
    form = client.request(
        "/api/decision", b"doc=0", "POST", {"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert form.status == 415 and "application/json" in _error_of(form)
    array = client.request("/api/spans", b"[]", "POST", {"Content-Type": "application/json"})
    assert array.status == 400 and "object" in _error_of(array)
    assert client.get("/nowhere").status == 404 and "no such page" in _error_of(client.get("/nowhere"))
    put = client.request("/api/decision", b"{}", "PUT", {"Content-Type": "application/json"})
    assert put.status == 405 and _error_of(put)
    get_post_only = client.get("/api/decision")
    assert get_post_only.status == 405 and "GET" in _error_of(get_post_only)
    # Request lines http.server itself rejects, sent raw: its own error page must be JSON as well.
    for line in (b"GET / / HTTP/1.1", b"NOT A REQUEST"):
        with socket.create_connection(("127.0.0.1", _port(client)), timeout=5) as raw:
            raw.sendall(line + b"\r\n\r\n")
            answer = b"".join(iter(lambda: raw.recv(65536), b"")).decode("utf-8", "replace")  # until closed
        # An unknown version is answered the HTTP/0.9 way: the body alone, without a status line.
        head, _, body = answer.partition("\r\n\r\n") if answer.startswith("HTTP/") else ("", "", answer)
        assert not head or " 400 " in head.splitlines()[0]
        assert "<html" not in answer.lower() and json.loads(body)["error"].startswith("Bad request")


def test_requests_from_other_sites_are_refused(report_path: Path, serve: Serve):
    client = serve(report_path)
    key = finding(client.report(), 0)["key"]
    body = json.dumps({"doc": 0, "finding_key": key, "decision": "confirmed"}).encode()
    rebound = client.request("/api/report", headers={"Host": "attacker.example:80"})
    assert rebound.status == 403 and _error_of(rebound)
    cross_site = client.request(
        "/api/decision",
        body,
        "POST",
        {"Content-Type": "application/json", "Origin": "http://attacker.example"},
    )
    assert cross_site.status == 403
    same_site = client.request(
        "/api/decision", body, "POST", {"Content-Type": "application/json", "Origin": client.url.rstrip("/")}
    )
    assert same_site.status == 200
    assert finding(client.report(), 0)["review"]["decision"] == "confirmed"


def test_release_text_reaches_the_page_only_through_the_json_api(report_path: Path, serve: Serve):
    client = serve(report_path)
    page = client.get("/")
    assert page.status == 200 and page.headers["Content-Type"].startswith("text/html")
    html = page.body.decode("utf-8")
    # The page is static: no release text, no file name, and so no way for the script tag into the markup.
    assert "alert(" not in html and "全市普通高中" not in html and "scraped.html" not in html
    assert "textContent" in html and "innerHTML" not in html
    # Only the page's own inline script and style may run, and it may only talk to this server.
    policy = page.headers["Content-Security-Policy"]
    [script] = re.findall(r"<script>(.*?)</script>", html, re.S)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    assert "connect-src 'self'" in policy and "http" not in policy
    assert not re.search(r"""(src|href)=["']?https?:""", html)  # no network assets

    api = client.get("/api/report")
    assert api.headers["Content-Type"].startswith("application/json")
    assert api.headers["X-Content-Type-Options"] == "nosniff"
    assert api.json()["documents"][1]["text"] == SCRAPED


def test_every_span_text_and_finding_number_is_sliced_by_code_point(tmp_path: Path, serve: Serve):
    # 𠀋 lies outside the BMP: one code point, two UTF-16 units. Offsets after it must still line up.
    text = "𠀋县教育局:全县共有幼儿园80所,其中公办幼儿园52所,民办幼儿园28所。\n"
    client = serve(write_report(tmp_path / "astral.json", {"astral.txt": text}))
    document = client.report()["documents"][0]
    assert document["spans"], "the rules should tag this release"
    for span in document["spans"]:
        assert span["text"] == text[span["start"] : span["end"]]
    view = client.report()
    assert view["documents"][0]["text"] == text
    assert sorted(finding(view, 0, check="sum")["numbers"]) == ["28", "52", "80"]


# The command itself, as a reviewer runs it: a subprocess that prints its URL, stopped and started again.


@contextmanager
def running_cli(*args: str) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "edclaims", "review", *args, "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", url), (url, process.stderr and process.stderr.read())
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        assert process.stderr is not None
        assert "Traceback" not in process.stderr.read()


def test_the_command_prints_its_url_and_keeps_marks_across_restarts(report_path: Path):
    with running_cli(str(report_path)) as url:
        client = Client(url)
        key = finding(client.report(), 0, status="mismatch")["key"]
        response = client.post(
            "/api/decision", {"doc": 0, "finding_key": key, "decision": "follow-up", "note": "复核"}
        )
        assert response.status == 200
    assert report_path.with_name("report.review.sqlite").is_file()
    with running_cli(str(report_path)) as url:
        review = finding(Client(url).report(), 0, status="mismatch")["review"]
        assert (review["decision"], review["note"]) == ("follow-up", "复核")
