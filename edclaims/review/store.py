"""The review database: a reviewer's decisions on findings and corrected spans, in one SQLite file.

Rows are keyed by the document's text hash, never by a file name or a report, so the same release verified
again later (a new report, another path, another day) finds its earlier decisions. One connection is shared
by the server's threads behind a lock: reviews are a handful of writes a minute, and SQLite serialises
writers anyway. Every write is its own committed transaction, so a decision the server acknowledged is on
disk when the server stops.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

DECISIONS: tuple[str, ...] = ("confirmed", "dismissed", "follow-up")
SCHEMA_VERSION = 1

_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS decisions (
    text_sha256 TEXT NOT NULL,
    finding_key TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ({", ".join(repr(d) for d in DECISIONS)})),
    note        TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    PRIMARY KEY (text_sha256, finding_key)
);
CREATE TABLE IF NOT EXISTS corrected_spans (
    text_sha256  TEXT PRIMARY KEY,
    spans        TEXT NOT NULL,  -- JSON list of {"start", "end", "label"}, sorted by start
    corrected_at TEXT NOT NULL
);
PRAGMA user_version = {SCHEMA_VERSION};
"""


class StoreError(Exception):
    """The database cannot be opened or read; the message is one line for the user."""


@dataclass(frozen=True)
class Decision:
    decision: str
    note: str
    decided_at: str

    def as_dict(self) -> dict[str, str]:
        return {"decision": self.decision, "note": self.note, "decided_at": self.decided_at}


@dataclass(frozen=True)
class SpanEdit:
    """A span as the reviewer left it: offsets into the document text and a label."""

    start: int
    end: int
    label: str

    def as_dict(self) -> dict[str, int | str]:
        return {"start": self.start, "end": self.end, "label": self.label}


@dataclass(frozen=True)
class CorrectedSpans:
    spans: tuple[SpanEdit, ...]
    corrected_at: str


def now_utc() -> str:
    """`2026-01-08T10:30:00Z`: whole seconds, UTC, so timestamps sort as text and read the same anywhere."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_db_path(report: Path) -> Path:
    """REPORT.json → REPORT.review.sqlite, beside the report."""
    return report.with_name(f"{report.stem}.review.sqlite")


class ReviewStore:
    """Decisions and corrected spans in one SQLite file. Use `open` (read-write) or `open_readonly`."""

    def __init__(self, connection: sqlite3.Connection | None, path: Path) -> None:
        # `None` stands for a read-only store whose file has no tables yet: it answers every query empty.
        self._connection = connection
        self._lock = threading.Lock()
        self.path = path

    @classmethod
    def open(cls, path: Path) -> ReviewStore:
        """Open or create the database; raise `StoreError` if it cannot be created or is not ours."""
        try:
            connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            _refuse_newer(version)
            connection.executescript(_SCHEMA)
        except sqlite3.Error as error:
            raise StoreError(f"cannot open the review database: {error}") from None
        return cls(connection, path)

    @classmethod
    def open_readonly(cls, path: Path) -> ReviewStore:
        """Open an existing database without ever writing to it (`edclaims verify`, exports)."""
        if not path.is_file():
            raise StoreError("no such review database")
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            _refuse_newer(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        except sqlite3.Error as error:
            raise StoreError(f"cannot read the review database: {error}") from None
        if not {"decisions", "corrected_spans"} <= tables:
            connection.close()
            return cls(None, path)
        return cls(connection, path)

    @classmethod
    def empty(cls, path: Path) -> ReviewStore:
        """A read-only store with nothing in it: what a database that does not exist yet holds."""
        return cls(None, path)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _cursor(self) -> Iterator[sqlite3.Connection]:
        if self._connection is None:
            raise StoreError("the review database is read-only")
        with self._lock:
            try:
                yield self._connection
            except sqlite3.Error as error:
                raise StoreError(f"review database: {error}") from None

    def _rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        if self._connection is None:
            return []
        with self._cursor() as connection:
            return connection.execute(sql, parameters).fetchall()

    # decisions

    def decisions(self, text_sha256: str) -> dict[str, Decision]:
        """Every decision on one document, by finding key."""
        rows = self._rows(
            "SELECT finding_key, decision, note, decided_at FROM decisions WHERE text_sha256 = ?",
            (text_sha256,),
        )
        return {key: Decision(decision, note, at) for key, decision, note, at in rows}

    def set_decision(self, text_sha256: str, finding_key: str, decision: str, note: str) -> Decision:
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        saved = Decision(decision, note, now_utc())
        with self._cursor() as connection:
            connection.execute(
                "INSERT INTO decisions (text_sha256, finding_key, decision, note, decided_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (text_sha256, finding_key) DO UPDATE SET"
                " decision = excluded.decision, note = excluded.note, decided_at = excluded.decided_at",
                (text_sha256, finding_key, saved.decision, saved.note, saved.decided_at),
            )
        return saved

    def clear_decision(self, text_sha256: str, finding_key: str) -> None:
        with self._cursor() as connection:
            connection.execute(
                "DELETE FROM decisions WHERE text_sha256 = ? AND finding_key = ?", (text_sha256, finding_key)
            )

    # corrected spans

    def corrected_spans(self, text_sha256: str) -> CorrectedSpans | None:
        """The reviewer's spans for a document, or None if they were never changed (or were reset)."""
        rows = self._rows(
            "SELECT spans, corrected_at FROM corrected_spans WHERE text_sha256 = ?", (text_sha256,)
        )
        if not rows:
            return None
        spans_json, corrected_at = rows[0]
        try:
            spans = tuple(
                SpanEdit(int(s["start"]), int(s["end"]), str(s["label"])) for s in json.loads(spans_json)
            )
        except (ValueError, TypeError, KeyError) as error:
            raise StoreError(f"corrupt corrected spans for {text_sha256[:12]}: {error}") from None
        return CorrectedSpans(spans, corrected_at)

    def set_spans(self, text_sha256: str, spans: Sequence[SpanEdit]) -> CorrectedSpans:
        ordered = tuple(sorted(spans, key=lambda s: (s.start, s.end)))
        saved = CorrectedSpans(ordered, now_utc())
        payload = json.dumps([s.as_dict() for s in ordered], ensure_ascii=False)
        with self._cursor() as connection:
            connection.execute(
                "INSERT INTO corrected_spans (text_sha256, spans, corrected_at) VALUES (?, ?, ?)"
                " ON CONFLICT (text_sha256) DO UPDATE SET"
                " spans = excluded.spans, corrected_at = excluded.corrected_at",
                (text_sha256, payload, saved.corrected_at),
            )
        return saved

    def clear_spans(self, text_sha256: str) -> None:
        with self._cursor() as connection:
            connection.execute("DELETE FROM corrected_spans WHERE text_sha256 = ?", (text_sha256,))

    # what has been reviewed

    def reviewed_hashes(self) -> set[str]:
        """Documents with at least one decision or a span correction."""
        rows = self._rows("SELECT text_sha256 FROM decisions UNION SELECT text_sha256 FROM corrected_spans")
        return {row[0] for row in rows}


def _refuse_newer(version: int) -> None:
    if version > SCHEMA_VERSION:
        raise sqlite3.DatabaseError(
            f"made by a newer edclaims (schema {version}, this one reads {SCHEMA_VERSION})"
        )
