"""doccano sequence-labelling JSONL: `{"text", "label": [[start, end, "LABEL"], ...]}`.

Older doccano exports write `"entities": [{"start_offset", "end_offset", "label"}]` instead; both are read,
`label` is written. doccano keeps any other top-level key as metadata, so we write meta under `"meta"` and
read it back from there, together with any other unknown top-level keys (doccano's own `id`, for example).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import iter_lines, write_text_atomic
from edclaims.annotations.record import AnnotatedSpan, Record

_KNOWN_KEYS = {"text", "label", "entities", "meta", "relations"}


def read_doccano(path: str | os.PathLike[str]) -> list[Record]:
    records = []
    for number, line in iter_lines(path):
        try:
            records.append(from_doccano(json.loads(line)))
        except json.JSONDecodeError as error:
            raise AnnotationError(number, f"invalid JSON: {error.msg} (column {error.colno})") from None
        except AnnotationError as error:
            raise AnnotationError(number, error.reason) from None
    return records


def from_doccano(obj: Any) -> Record:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise AnnotationError(None, 'a doccano record must be an object with a "text" string')
    spans: list[AnnotatedSpan] = []
    if "label" in obj:
        for item in _list(obj["label"], "label"):
            if not (isinstance(item, list) and len(item) == 3):
                raise AnnotationError(None, '"label" items must be [start, end, "LABEL"]')
            spans.append(AnnotatedSpan(item[0], item[1], item[2]))
    elif "entities" in obj:
        for item in _list(obj["entities"], "entities"):
            if not (isinstance(item, dict) and {"start_offset", "end_offset", "label"} <= item.keys()):
                raise AnnotationError(None, '"entities" items need start_offset, end_offset and label')
            spans.append(AnnotatedSpan(item["start_offset"], item["end_offset"], item["label"]))
    meta = {key: value for key, value in obj.items() if key not in _KNOWN_KEYS}
    if isinstance(obj.get("meta"), dict):
        meta.update(obj["meta"])
    return Record(obj["text"], tuple(spans), meta)


def to_doccano(record: Record) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "text": record.text,
        "label": [[s.start, s.end, s.label] for s in record.spans],
    }
    if record.meta:
        obj["meta"] = record.meta
    return obj


def write_doccano(records: Iterable[Record], path: str | os.PathLike[str]) -> None:
    lines = (json.dumps(to_doccano(record), ensure_ascii=False) + "\n" for record in records)
    write_text_atomic(path, "".join(lines))


def _list(value: Any, key: str) -> list[Any]:
    if not isinstance(value, list):
        raise AnnotationError(None, f'"{key}" must be a list')
    return value
