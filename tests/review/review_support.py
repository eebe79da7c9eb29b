"""Helpers for the review tests: real reports from the pipeline, and a client for a running review server.

Reports are built the way `edclaims verify --tagger rules -f json` builds them (`verify_text` with the rule
tagger, then `build_report`), from short releases written for these tests.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edclaims.pipeline import verify_text
from edclaims.report import build_report
from edclaims.review.server import ReviewServer
from edclaims.review.store import ReviewStore
from edclaims.tagging import get_tagger

# A mismatch (135 / 150 is 90%, not 92%) among consistent sums and parts.
KINDERGARTENS = (
    "城南区教育局通报2025年秋季学期学前教育工作情况\n\n"
    "全区共有幼儿园80所,其中公办幼儿园52所,民办幼儿园28所。"
    "全区农村共有行政村150个,其中幼儿园服务半径覆盖的行政村135个,覆盖率92%。\n"
)
# Text scraped with a script tag left in it: must reach the reviewer as text, never as markup.
SCRAPED = (
    "市教育局网站转载:<script>alert('x')</script>全市普通高中18所,其中公办高中12所,民办高中6所。"
    "高中阶段毛入学率由92.1%提高到94.5%。<b>完</b>\n"
)
TEACHERS = "全县义务教育学校由45所增加到48所,在校学生3.6万人,其中小学生2.4万人,初中生1.2万人。专任教师2860名,比上年增加120名。\n"


def make_report(texts: dict[str, str]) -> dict[str, Any]:
    tagger = get_tagger("rules")
    return build_report([verify_text(text, source, tagger) for source, text in texts.items()])


def write_report(path: Path, texts: dict[str, str]) -> Path:
    path.write_text(json.dumps(make_report(texts), ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Client:
    """How to talk to a review server at `url`, as the page does."""

    url: str

    def request(
        self,
        path: str,
        body: bytes | None = None,
        method: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        request = urllib.request.Request(self.url + path.lstrip("/"), data=body, method=method)
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return Response(answer.status, dict(answer.headers.items()), answer.read())
        except urllib.error.HTTPError as error:
            return Response(error.code, dict(error.headers.items()), error.read())

    def get(self, path: str) -> Response:
        return self.request(path)

    def post(self, path: str, obj: Any) -> Response:
        data = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        return self.request(path, data, "POST", {"Content-Type": "application/json"})

    def report(self) -> dict[str, Any]:
        response = self.get("/api/report")
        assert response.status == 200, response.body
        return response.json()


@dataclass
class Running(Client):
    """A review server running in a thread of the test, with its client."""

    server: ReviewServer | None = None
    store: ReviewStore | None = None
    thread: threading.Thread | None = None
    stopped: bool = field(default=False)

    def stop(self) -> None:
        assert self.server and self.store and self.thread
        if not self.stopped:
            self.server.shutdown()
            self.server.server_close()
            self.thread.join(timeout=10)
            self.store.close()
            self.stopped = True


def finding(
    report_view: dict[str, Any], doc: int, status: str | None = None, check: str | None = None
) -> dict:
    """The first finding of a document with that status and/or check."""
    for candidate in report_view["documents"][doc]["findings"]:
        if (status is None or candidate["status"] == status) and (
            check is None or candidate["check"] == check
        ):
            return candidate
    raise AssertionError(f"no {status or ''} {check or ''} finding in document {doc}")
