"""Our JSONL format: one record a line, `{"text", "spans": [{"start", "end", "label"}], "meta"}`.

Reading is structural only (valid JSON, the keys present, the right containers); whether the offsets and
labels make sense is `check.py`'s job, so a file with a bad span still loads and can be reported in full.
Blank lines are skipped, and line numbers count them, so they match what an editor shows.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.record import AnnotatedSpan, Record


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Record]]:
    """Yield `(line number, record)`; raise `AnnotationError` at the first line that is not a record."""
    for number, line in iter_lines(path):
        yield number, parse_line(number, line)


def iter_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, str]]:
    """Yield the non-blank lines with their 1-based numbers; raise at the first line that is not UTF-8."""
    for number, line in iter_line_results(path):
        if isinstance(line, AnnotationError):
            raise line
        yield number, line


def iter_line_results(path: str | os.PathLike[str]) -> Iterator[tuple[int, str | AnnotationError]]:
    """Like `iter_lines`, but a line that is not UTF-8 comes back as an error and reading goes on.

    The file is split on `\n` bytes before decoding, so a bad byte spoils only its own line. Only `\n`
    ends a line: JSON escapes control characters, but U+2028 and friends may stand raw inside a string,
    and `str.splitlines` would cut a record in two there. Raises `AnnotationError` if the file is unreadable.
    """
    data = read_bytes(path)
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield number, AnnotationError(number, f"not UTF-8 (byte {error.start + 1} of the line)")
            continue
        if line.strip():
            yield number, line


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise AnnotationError(None, f"cannot read: {error.strerror or error}") from None


def parse_line(number: int, line: str) -> Record:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as error:
        raise AnnotationError(number, f"invalid JSON: {error.msg} (column {error.colno})") from None
    try:
        return record_from_dict(obj)
    except AnnotationError as error:
        raise AnnotationError(number, error.reason) from None


def record_from_dict(obj: Any) -> Record:
    if not isinstance(obj, dict):
        raise AnnotationError(None, "a record must be a JSON object")
    for key in ("text", "spans"):
        if key not in obj:
            raise AnnotationError(None, f'missing key "{key}"')
    if not isinstance(obj["text"], str):
        raise AnnotationError(None, '"text" must be a string')
    if not isinstance(obj["spans"], list):
        raise AnnotationError(None, '"spans" must be a list')
    meta = obj.get("meta", {})
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise AnnotationError(None, '"meta" must be an object')
    spans = []
    for index, span in enumerate(obj["spans"], start=1):
        if not isinstance(span, dict):
            raise AnnotationError(None, f"span #{index} must be an object")
        missing = [key for key in ("start", "end", "label") if key not in span]
        if missing:
            raise AnnotationError(None, f'span #{index} is missing "{missing[0]}"')
        spans.append(AnnotatedSpan(span["start"], span["end"], span["label"]))
    return Record(obj["text"], tuple(spans), dict(meta))


def record_to_dict(record: Record) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "text": record.text,
        "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in record.spans],
    }
    if record.meta:
        obj["meta"] = record.meta
    return obj


def dumps_jsonl(records: Iterable[Record]) -> str:
    # ensure_ascii=False keeps the Chinese readable in diffs; json still escapes \n, \r and \t.
    return "".join(json.dumps(record_to_dict(r), ensure_ascii=False) + "\n" for r in records)


def write_jsonl(records: Iterable[Record], path: str | os.PathLike[str]) -> None:
    write_text_atomic(path, dumps_jsonl(records))


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        # Only a lone surrogate gets here (from a "\ud800" escape in the input): no file can hold it.
        raise AnnotationError(None, f"cannot encode character {error.object[error.start]!a}") from None
    write_bytes_atomic(path, data)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write through a temporary file and rename, so a failed write never leaves half a file behind."""
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise AnnotationError(None, f"cannot write {target}: {error.strerror or error}") from None
