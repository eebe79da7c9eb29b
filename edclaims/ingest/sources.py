"""Turn command-line arguments (files, directories, ``-``) into raw release bytes.

Every problem with one argument becomes a :class:`SourceFailure` that is *yielded*, not
raised, so that one missing file never stops the other releases from being checked.
Inputs are opened read-only in binary mode and never written to.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from edclaims.ingest.sizes import DEFAULT_MAX_BYTES, format_size, over_limit_message
from edclaims.ingest.sniff import looks_like_html

STDIN_NAME = "-"
RELEASE_EXTENSIONS = (".txt", ".md", ".html", ".htm")
HTML_EXTENSIONS = (".html", ".htm")

# Reading stdin in chunks keeps memory bounded even when the limit is generous.
_STDIN_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One release's raw bytes, before decoding."""

    name: str  # the path as given (or as found under a directory), or "-" for stdin
    data: bytes
    is_html: bool


@dataclass(frozen=True)
class SourceFailure:
    """An argument (or a file under it) that could not be read."""

    name: str
    message: str  # the one-line, user-facing error, already naming the source


def list_inputs(args: Sequence[str]) -> list[str | SourceFailure]:
    """What the arguments name, before reading any of it: a path (or "-") per release, in the order they are
    read, and a :class:`SourceFailure` for an argument that does not exist or a directory without releases.

    Listing first lets a caller know how many releases there are (the progress bar's total) from the one
    walk of each directory that reading then follows."""
    listed: list[str | SourceFailure] = []
    for arg in args:
        if arg == STDIN_NAME:
            listed.append(arg)
            continue
        try:
            info = os.stat(arg)
        except OSError as error:
            listed.append(SourceFailure(arg, _os_error_message(arg, error)))
            continue
        # A file named explicitly is read whatever its extension: the user asked for it.
        listed.extend(_walk_directory(arg) if stat.S_ISDIR(info.st_mode) else [arg])
    return listed


def read_inputs(
    listed: Sequence[str | SourceFailure],
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source | SourceFailure]:
    """Read what `list_inputs` listed, one release at a time."""
    for entry in listed:
        if isinstance(entry, SourceFailure):
            yield entry
        elif entry == STDIN_NAME:
            yield _read_stdin(stdin, max_bytes)
        else:
            yield _read_file(entry, max_bytes)


def iter_sources(
    args: Sequence[str],
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Source | SourceFailure]:
    """Yield a :class:`Source` or :class:`SourceFailure` for every release the arguments name."""
    yield from read_inputs(list_inputs(args), stdin, max_bytes)


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> Source | SourceFailure:
    stream = stdin if stdin is not None else sys.stdin.buffer
    # A text-mode stream (e.g. sys.stdin itself) carries the binary one underneath.
    stream = getattr(stream, "buffer", stream)
    chunks: list[bytes] = []
    total = 0
    try:
        # Read at most max_bytes + 1: enough to know the limit is exceeded, never more.
        while total <= max_bytes:
            chunk = stream.read(min(_STDIN_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        return SourceFailure(STDIN_NAME, _os_error_message(STDIN_NAME, error))
    if total > max_bytes:
        return SourceFailure(
            STDIN_NAME, over_limit_message(STDIN_NAME, f"more than {format_size(max_bytes)}", max_bytes)
        )
    data = b"".join(chunks)
    return Source(STDIN_NAME, data, looks_like_html(data))


def _read_file(path: str, max_bytes: int) -> Source | SourceFailure:
    try:
        # Check the kind first: opening a FIFO or a device could block or never end.
        if not stat.S_ISREG(os.stat(path).st_mode):
            return SourceFailure(path, f"{path}: not a regular file")
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            # Refuse on the size recorded by the file system, before reading a single byte.
            if info.st_size > max_bytes:
                return SourceFailure(path, over_limit_message(path, format_size(info.st_size), max_bytes))
            data = handle.read(max_bytes + 1)
    except OSError as error:
        return SourceFailure(path, _os_error_message(path, error))
    if len(data) > max_bytes:  # the file grew between fstat and read
        return SourceFailure(path, over_limit_message(path, f"more than {format_size(max_bytes)}", max_bytes))
    return Source(path, data, _is_html(path, data))


def _walk_directory(root: str) -> list[str | SourceFailure]:
    failures: list[SourceFailure] = []

    def on_error(error: OSError) -> None:
        name = error.filename or root
        failures.append(SourceFailure(name, _os_error_message(name, error)))

    found: list[tuple[tuple[str, ...], str]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        # Hidden directories (.git, .cache, ...) hold no releases; pruning in place stops the walk.
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for filename in filenames:
            if filename.startswith(".") or not filename.lower().endswith(RELEASE_EXTENSIONS):
                continue
            path = os.path.join(dirpath, filename)
            relative = os.path.relpath(path, root)
            found.append((tuple(relative.split(os.sep)), path))

    if not found and not failures:
        return [SourceFailure(root, f"{root}: no .txt, .md or .html files found")]
    # Sort by path components so that "a/z.txt" comes before "a-b/c.txt" regardless of separators.
    return [*failures, *(path for _, path in sorted(found))]


def _is_html(path: str, data: bytes) -> bool:
    if path.lower().endswith(HTML_EXTENSIONS):
        return True
    return looks_like_html(data)


def _os_error_message(name: str, error: OSError) -> str:
    if error.errno == errno.ENOENT:
        return f"{name}: no such file or directory"
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"{name}: permission denied"
    if error.errno == errno.EISDIR:
        return f"{name}: is a directory"
    reason = error.strerror or str(error)
    return f"{name}: {reason[:1].lower() + reason[1:]}"
