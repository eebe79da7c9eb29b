"""Read and write annotation records in every supported format, chosen by name or by file extension.

| name | extension | spans | meta |
|---|---|---|---|
| jsonl | .jsonl | yes | yes |
| doccano | (--from/--to doccano; .jsonl input is sniffed) | yes | under "meta" |
| labelstudio | .json | yes | task "meta" |
| spacy | .spacy | doc.spans["edclaims"] | doc.user_data["meta"] |
| conll | .conll .bio | BIO tags | not kept |

Text and spans survive every round trip exactly; span order is kept except by CoNLL, which returns spans
in text order.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from edclaims.annotations.check import check_record
from edclaims.annotations.conll import read_conll, write_conll
from edclaims.annotations.docbin import read_docbin, write_docbin
from edclaims.annotations.doccano import read_doccano, write_doccano
from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import iter_lines, read_jsonl, write_jsonl
from edclaims.annotations.labelstudio import read_labelstudio, write_labelstudio
from edclaims.annotations.record import Record

FORMATS: tuple[str, ...] = ("jsonl", "doccano", "labelstudio", "spacy", "conll")
KEEPS_META = {"jsonl": True, "doccano": True, "labelstudio": True, "spacy": True, "conll": False}
_EXTENSIONS = {
    ".jsonl": "jsonl",
    ".json": "labelstudio",
    ".spacy": "spacy",
    ".conll": "conll",
    ".bio": "conll",
}

PathLike = str | os.PathLike[str]


def _read_our_jsonl(path: PathLike) -> list[Record]:
    return [record for _, record in read_jsonl(path)]


READERS: dict[str, Callable[[PathLike], list[Record]]] = {
    "jsonl": _read_our_jsonl,
    "doccano": read_doccano,
    "labelstudio": read_labelstudio,
    "spacy": read_docbin,
    "conll": read_conll,
}
WRITERS: dict[str, Callable[[Sequence[Record], PathLike], None]] = {
    "jsonl": write_jsonl,
    "doccano": write_doccano,
    "labelstudio": write_labelstudio,
    "spacy": write_docbin,
    "conll": write_conll,
}


def format_for(path: PathLike, explicit: str | None = None, *, sniff: bool = False) -> str:
    """The format named by `explicit`, else by the extension. With `sniff`, a .jsonl file whose first line
    is doccano-shaped (a "label" or "entities" key and no "spans") reads as doccano."""
    if explicit is not None:
        name = explicit.lower()
        if name not in FORMATS:
            raise AnnotationError(None, f"unknown format {explicit!r} (expected {', '.join(FORMATS)})")
        return name
    suffix = Path(path).suffix.lower()
    if suffix not in _EXTENSIONS:
        raise AnnotationError(
            None,
            f"cannot tell the format from {str(path)!r}; name it with --from/--to ({', '.join(FORMATS)})",
        )
    name = _EXTENSIONS[suffix]
    if name == "jsonl" and sniff and _looks_like_doccano(path):
        return "doccano"
    return name


def read_records(path: PathLike, fmt: str) -> list[Record]:
    return READERS[fmt](path)


def write_records(records: Sequence[Record], path: PathLike, fmt: str) -> None:
    """Write after checking every record: a converter must not pass bad spans on to a trainer."""
    validate_records(records)
    WRITERS[fmt](records, path)


def validate_records(records: Sequence[Record]) -> None:
    """Raise `AnnotationError` naming the first record that `check_record` rejects."""
    for index, record in enumerate(records, start=1):
        reasons = check_record(record)
        if reasons:
            more = f" (and {len(reasons) - 1} more)" if len(reasons) > 1 else ""
            raise AnnotationError(None, f"record {index}: {reasons[0]}{more}")


def convert(
    source: PathLike, target: PathLike, from_format: str | None = None, to_format: str | None = None
) -> int:
    """Convert a file; returns the number of records. Refuses to write over the input."""
    if same_file(source, target):
        raise AnnotationError(None, "refusing to overwrite the input file; choose another output path")
    reading = format_for(source, from_format, sniff=True)
    writing = format_for(target, to_format)
    records = read_records(source, reading)
    write_records(records, target, writing)
    return len(records)


def same_file(a: PathLike, b: PathLike) -> bool:
    first, second = Path(a), Path(b)
    if first.resolve() == second.resolve():
        return True
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def _looks_like_doccano(path: PathLike) -> bool:
    try:
        for _, line in iter_lines(path):
            obj = json.loads(line)
            return isinstance(obj, dict) and "spans" not in obj and ("label" in obj or "entities" in obj)
    except (AnnotationError, json.JSONDecodeError):
        return False  # let the real reader report the problem with its line
    return False
