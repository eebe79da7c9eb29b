"""Fixtures for the review tests: a report of three releases, and review servers to drive over HTTP.

Servers run in a thread on a free port and are driven with urllib, as a browser would.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from review_support import KINDERGARTENS, SCRAPED, TEACHERS, Running, write_report

from edclaims.review.report_file import load_report
from edclaims.review.server import make_server
from edclaims.review.session import ReviewSession
from edclaims.review.store import ReviewStore


@pytest.fixture
def report_path(tmp_path: Path) -> Path:
    """Three releases in one report, as `edclaims verify -f json -o report.json` writes it."""
    return write_report(
        tmp_path / "report.json",
        {"kindergartens.txt": KINDERGARTENS, "scraped.html": SCRAPED, "teachers.txt": TEACHERS},
    )


@pytest.fixture
def serve() -> Iterator[Callable[..., Running]]:
    """`serve(report_path, db_path)`: start a review server on a free port; stopped after the test."""
    clients: list[Running] = []

    def start(report: Path, db: Path | None = None) -> Running:
        store = ReviewStore.open(db or report.with_name(f"{report.stem}.review.sqlite"))
        server = make_server(ReviewSession(load_report(report), store, report.name), "127.0.0.1", 0)
        # A short poll: shutdown() waits for the loop to look, and tests stop many servers.
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        client = Running(server.url, server, store, thread)
        clients.append(client)
        return client

    yield start
    for client in clients:
        client.stop()
