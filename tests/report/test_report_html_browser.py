"""The HTML report in a real browser: headless Chromium loads a report made by `edclaims verify -f html`.

The DOM is read after scripts ran (--dump-dom): every finding and every span must be there, the filter
script must have run, and nothing from the releases may have become an element or run. Skipped when
Chromium is missing, unless EDCLAIMS_REQUIRE_BROWSER=1 (CI), which makes a missing browser a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import struct
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MIXED = "全县共有义务教育学校120所,其中已建成标准化食堂的学校96所,占比85%。今年新招聘乡村教师由去年的40名增加到52名。\n"
# If any of this markup ran, the page title would change or the body would gain data-pwned.
HOSTILE = (
    "城区幼儿园开放日通知:<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')"
    "</script>请家长准时到园。<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
    "全区幼儿园共有教职工800人,其中<b>专任教师</b>600人,占比75%。\n"
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
)
VOID = {"meta", "input", "br", "img", "hr", "link"}


class Dom(HTMLParser):
    """Elements in document order with their attributes and text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[dict] = []
        self.elements: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = {"tag": tag, "attrs": dict(attrs), "text": ""}
        self.elements.append(element)
        if tag not in VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()["tag"] == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self.stack:
            element["text"] += data

    def classes(self, element: dict) -> list[str]:
        return (element["attrs"].get("class") or "").split()

    def by_id(self, ident: str) -> dict:
        return next(e for e in self.elements if e["attrs"].get("id") == ident)


@pytest.fixture(scope="module")
def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("EDCLAIMS_REQUIRE_BROWSER") == "1":
            pytest.fail("EDCLAIMS_REQUIRE_BROWSER=1 but chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    return found


def run_chromium(binary: str, profile: Path, *args: str) -> str:
    """Chromium with a fresh profile; on a timeout its whole process group (and nothing else) is killed."""
    process = subprocess.Popen(
        [binary, *FLAGS, f"--user-data-dir={profile}", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=90)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("chromium did not finish within 90 s")
    assert process.returncode == 0, err.decode("utf-8", "replace")[-2000:]
    return out.decode("utf-8")


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The same two releases verified twice by the CLI: the HTML page under test and the JSON it renders."""
    folder = tmp_path_factory.mktemp("browser")
    (folder / "mixed.txt").write_text(MIXED, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    inputs = [str(folder / "mixed.txt"), str(folder / "hostile.txt")]
    outputs = {}
    for form in ("html", "json"):
        out = folder / f"report.{form}"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "edclaims",
                "verify",
                *inputs,
                "--tagger",
                "rules",
                "-f",
                form,
                "-o",
                str(out),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 1, result.stderr  # the mixed release has a mismatch
        outputs[form] = out
    return {
        "folder": folder,
        "html": outputs["html"],
        "report": json.loads(outputs["json"].read_text("utf-8")),
    }


@pytest.fixture(scope="module")
def dom(chromium: str, made: dict) -> Dom:
    page = run_chromium(chromium, made["folder"] / "profile-dom", "--dump-dom", made["html"].as_uri())
    parsed = Dom()
    parsed.feed(page)
    return parsed


def test_every_finding_is_listed(dom: Dom, made: dict):
    for number, doc in enumerate(made["report"]["documents"], start=1):
        for finding in doc["findings"]:
            item = dom.by_id(f"doc-{number}-{finding['id']}")
            assert item["tag"] == "li" and item["attrs"]["data-status"] == finding["status"]
            assert finding["message"] in item["text"]
    listed = [e for e in dom.elements if e["tag"] == "li" and "finding" in dom.classes(e)]
    assert len(listed) == sum(len(d["findings"]) for d in made["report"]["documents"]) >= 3


def test_every_span_is_highlighted(dom: Dom, made: dict):
    marks = [
        (e["attrs"]["data-label"], int(e["attrs"]["data-start"]), int(e["attrs"]["data-end"]), e["text"])
        for e in dom.elements
        if e["tag"] == "mark" and "data-start" in e["attrs"]
    ]
    expected = [
        (s["label"], s["start"], s["end"], s["text"]) for d in made["report"]["documents"] for s in d["spans"]
    ]
    assert sorted(marks) == sorted(expected)
    for label in ("QUANTITY", "UNIT", "SUBJECT"):
        assert sum(m[0] == label for m in marks) == sum(e[0] == label for e in expected) > 0


def test_release_markup_stays_text_and_never_runs(dom: Dom, made: dict):
    title = next(e for e in dom.elements if e["tag"] == "title")["text"]
    body = next(e for e in dom.elements if e["tag"] == "body")
    assert "PWNED" not in title and "data-pwned" not in body["attrs"]
    scripts = [e for e in dom.elements if e["tag"] == "script"]
    assert len(scripts) == 1 and "PWNED" not in scripts[0]["text"] and "alert" not in scripts[0]["text"]
    assert not [e for e in dom.elements if e["tag"] == "img"]
    assert not [e for e in dom.elements if e["tag"] == "b" and "num" not in dom.classes(e)]
    hostile = dom.by_id("doc-2")["text"]
    assert "<script>document.title='PWNED'" in hostile and "<b>专任教师</b>" in hostile


def test_the_filter_script_ran(dom: Dom):
    assert "hidden" not in dom.by_id("filters")["attrs"]  # the page's own script un-hides the controls
    assert not [e for e in dom.elements if "filtered-out" in dom.classes(e)]


def test_a_filtered_view_hides_the_other_findings(chromium: str, made: dict):
    url = made["html"].as_uri() + "?status=mismatch"
    parsed = Dom()
    parsed.feed(run_chromium(chromium, made["folder"] / "profile-filter", "--dump-dom", url))
    items = [e for e in parsed.elements if e["tag"] == "li" and "finding" in parsed.classes(e)]
    hidden = {e["attrs"]["data-status"] for e in items if "filtered-out" in parsed.classes(e)}
    shown = [e["attrs"]["data-status"] for e in items if "filtered-out" not in parsed.classes(e)]
    assert shown == ["mismatch"] and hidden == {"consistent"}
    counts = [e["text"] for e in parsed.elements if "shown-count" in parsed.classes(e)]
    assert counts == ["1", "0"]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_a_screenshot_is_taken(chromium: str, made: dict):
    shot = made["folder"] / "shot.png"
    run_chromium(
        chromium,
        made["folder"] / "profile-shot",
        "--window-size=1000,900",
        f"--screenshot={shot}",
        made["html"].as_uri(),
    )
    data = shot.read_bytes()
    assert png_size(data) == (1000, 900)
    assert len(data) > 20_000  # a blank or error page of that size compresses to a few KB


def test_the_readme_screenshot_script_works(chromium: str, tmp_path: Path):
    png, html = tmp_path / "report.png", tmp_path / "report.html"
    script = ROOT / "scripts" / "screenshot_report.py"
    options = ["--out", str(png), "--html", str(html), "--window", "900,700", "--chromium", chromium]
    result = subprocess.run(
        [sys.executable, str(script), *options],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert png_size(png.read_bytes()) == (900, 700)
    assert "examples/release.txt" in html.read_text(encoding="utf-8")
