"""Run verify over many inputs: one bad file is reported and the others still run.

Progress: `verify_batch` reports each finished input to an optional callback; `batch_progress` turns that
into a rich progress bar on stderr, and `should_show_progress` decides when a bar is wanted at all (a
terminal, not --quiet, more than one input), so pipes and CI logs only ever receive the report.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import BinaryIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from edclaims.ingest import InputError, Source, SourceFailure, load_text, read_inputs
from edclaims.pipeline import verify_text
from edclaims.records import DocumentResult
from edclaims.tagging import Tagger

# Called once per input when it is done (checked or failed), with the input's name.
ProgressCallback = Callable[[str], None]


def verify_batch(
    inputs: Sequence[str | SourceFailure],
    tagger: Tagger,
    stdin: BinaryIO | None = None,
    max_bytes: int = 10_000_000,
    on_progress: ProgressCallback | None = None,
) -> tuple[list[DocumentResult], list[tuple[str, str]]]:
    docs: list[DocumentResult] = []
    errors: list[tuple[str, str]] = []
    for item in read_inputs(inputs, stdin=stdin, max_bytes=max_bytes):
        _verify_one(item, tagger, docs, errors)
        if on_progress is not None:
            on_progress(item.name)
    return docs, errors


def _verify_one(
    item: Source | SourceFailure, tagger: Tagger, docs: list[DocumentResult], errors: list[tuple[str, str]]
) -> None:
    if isinstance(item, SourceFailure):
        errors.append((item.name, _without_name(item.name, item.message)))
        return
    try:
        text = load_text(item)
    except InputError as error:
        errors.append((item.name, _without_name(item.name, str(error))))
        return
    try:
        docs.append(verify_text(text, source=item.name, tagger=tagger))
    except Exception as error:
        errors.append((item.name, f"internal error while checking it ({type(error).__name__}: {error})"))


def _without_name(name: str, message: str) -> str:
    """Ingest messages name their file; the report keeps the name in its own field."""
    return message.removeprefix(f"{name}: ")


def should_show_progress(stderr_is_tty: bool, quiet: bool, inputs: int) -> bool:
    """A bar only helps a person watching a terminal, and only when there is more than one input."""
    return stderr_is_tty and not quiet and inputs > 1


@contextmanager
def batch_progress(total: int, enabled: bool) -> Iterator[ProgressCallback | None]:
    """A progress callback drawing a transient bar on stderr, or None when disabled."""
    if not enabled:
        yield None
        return
    progress = Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[name]}", style="dim"),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("checking", total=total, name="")

    def advance(name: str) -> None:
        done = progress.tasks[0].completed + 1
        progress.update(task, completed=done, name=os.path.basename(name))

    with progress:
        yield advance
