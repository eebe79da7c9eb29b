"""Label Studio JSON export: a JSON array of tasks.

    [{"data": {"text": ...}, "meta": {...},
      "annotations": [{"result": [{"id": "r1", "from_name": "label", "to_name": "text", "type": "labels",
                                   "value": {"start": 4, "end": 8, "text": "4876", "labels": ["QUANTITY"]}}]}]}

Only the first annotation of a task is read (a task with none reads as unlabelled), and only results of
type "labels". Our meta goes in the task's "meta" (Label Studio keeps it); "data.meta" is read as well.

Offsets: Label Studio once counted them in UTF-16 code units, as JavaScript does, which differs from
Python's code points after any character outside the BMP (CJK Extension B, emoji). When a result's "text"
disagrees with our slice but agrees with the UTF-16 reading, the offsets are converted; when it agrees with
neither, reading fails rather than train on a shifted span.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import read_bytes, write_text_atomic
from edclaims.annotations.record import AnnotatedSpan, Record


def read_labelstudio(path: str | os.PathLike[str]) -> list[Record]:
    try:
        tasks = json.loads(read_bytes(path).decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise AnnotationError(None, f"not UTF-8 (byte {error.start + 1})") from None
    except json.JSONDecodeError as error:
        raise AnnotationError(error.lineno, f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(tasks, list):
        raise AnnotationError(None, "a Label Studio export must be a JSON array of tasks")
    records = []
    for index, task in enumerate(tasks, start=1):
        try:
            records.append(from_labelstudio(task))
        except AnnotationError as error:
            raise AnnotationError(None, f"task {index}: {error.reason}") from None
    return records


def from_labelstudio(task: Any) -> Record:
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise AnnotationError(None, 'a task needs "data": {"text": ...}')
    text: str = data["text"]
    meta: dict[str, Any] = {}
    for source in (data.get("meta"), task.get("meta")):
        if isinstance(source, dict):
            meta.update(source)
    annotations = task.get("annotations") or []
    if not isinstance(annotations, list):
        raise AnnotationError(None, '"annotations" must be a list')
    results = annotations[0].get("result", []) if annotations and isinstance(annotations[0], dict) else []
    spans = tuple(
        _span(text, item) for item in results if isinstance(item, dict) and item.get("type") == "labels"
    )
    return Record(text, spans, meta)


def to_labelstudio(record: Record) -> dict[str, Any]:
    results = [
        {
            "id": f"r{index}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": span.start,
                "end": span.end,
                "text": record.text[span.start : span.end],
                "labels": [span.label],
            },
        }
        for index, span in enumerate(record.spans, start=1)
    ]
    task: dict[str, Any] = {"data": {"text": record.text}, "annotations": [{"result": results}]}
    if record.meta:
        task["meta"] = record.meta
    return task


def write_labelstudio(records: Iterable[Record], path: str | os.PathLike[str]) -> None:
    tasks = [to_labelstudio(record) for record in records]
    write_text_atomic(path, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")


def _span(text: str, item: dict[str, Any]) -> AnnotatedSpan:
    value = item.get("value")
    if not isinstance(value, dict) or not {"start", "end", "labels"} <= value.keys():
        raise AnnotationError(None, 'a "labels" result needs value.start, value.end and value.labels')
    labels = value["labels"]
    if not (isinstance(labels, list) and len(labels) == 1):
        raise AnnotationError(None, f"a result must carry exactly one label, not {labels!r}")
    start, end, label = value["start"], value["end"], labels[0]
    quoted = value.get("text")
    if isinstance(quoted, str) and isinstance(start, int) and isinstance(end, int):
        if text[start:end] != quoted:
            converted = _from_utf16(text, start, end)
            if converted is None or text[converted[0] : converted[1]] != quoted:
                raise AnnotationError(
                    None,
                    f"result {start}-{end} ({label}) says {quoted!r} but the text there is {text[start:end]!r}",
                )
            start, end = converted
    return AnnotatedSpan(start, end, label)


def _from_utf16(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Map UTF-16 code-unit offsets to code-point offsets, or None if they fall inside a surrogate pair."""
    positions: dict[int, int] = {}
    units = 0
    for index, char in enumerate(text):
        positions[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    positions[units] = len(text)
    if start not in positions or end not in positions:
        return None
    return positions[start], positions[end]
