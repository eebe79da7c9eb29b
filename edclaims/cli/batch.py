"""Run verify over many inputs: one bad file is reported and the others still run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from edclaims.ingest import InputError, SourceFailure, iter_sources, load_text
from edclaims.pipeline import verify_text
from edclaims.records import DocumentResult
from edclaims.tagging import Tagger


def verify_batch(
    paths: Sequence[str], tagger: Tagger, stdin: BinaryIO | None = None, max_bytes: int = 10_000_000
) -> tuple[list[DocumentResult], list[tuple[str, str]]]:
    docs: list[DocumentResult] = []
    errors: list[tuple[str, str]] = []
    for item in iter_sources(paths, stdin=stdin, max_bytes=max_bytes):
        if isinstance(item, SourceFailure):
            errors.append((item.name, _without_name(item.name, item.message)))
            continue
        try:
            text = load_text(item)
        except InputError as error:
            errors.append((item.name, _without_name(item.name, str(error))))
            continue
        try:
            docs.append(verify_text(text, source=item.name, tagger=tagger))
        except Exception as error:
            errors.append((item.name, f"internal error while checking it ({type(error).__name__}: {error})"))
    return docs, errors


def _without_name(name: str, message: str) -> str:
    """Ingest messages name their file; the report keeps the name in its own field."""
    return message.removeprefix(f"{name}: ")
