"""iter_sources(): files, directories and stdin in; failures yielded, never raised."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import pytest

from edclaims.ingest import Source, SourceFailure, iter_sources

BODY = "今年全区新增幼儿园7所，新增学位2100个。\n".encode()
HTML = b"<!DOCTYPE html><html><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>"


def _names(items: list[Source | SourceFailure]) -> list[str]:
    return [item.name for item in items]


def test_a_file_is_read_as_given(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(BODY)
    [item] = list(iter_sources([str(path)]))
    assert item == Source(str(path), BODY, is_html=False)


def test_missing_file_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(BODY)
    missing = str(tmp_path / "missing.txt")
    items = list(iter_sources([missing, str(good)]))
    assert items[0] == SourceFailure(missing, f"{missing}: no such file or directory")
    assert isinstance(items[1], Source) and items[1].data == BODY


def test_relative_name_is_kept_in_the_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    [item] = list(iter_sources(["missing.txt"]))
    assert isinstance(item, SourceFailure)
    assert item.message == "missing.txt: no such file or directory"


def test_directory_recursion_extension_filter_hidden_and_order(tmp_path: Path) -> None:
    root = tmp_path / "releases"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for rel in (
        "z.txt",
        "a.md",
        "b/deep/c.HTML",
        "b/d.htm",
        "b/notes.pdf",
        ".secret.txt",
        ".hidden/x.txt",
        "e.csv",
    ):
        (root / rel).write_bytes(BODY)
    items = list(iter_sources([str(root)]))
    assert all(isinstance(item, Source) for item in items)
    expected = ["a.md", "b/d.htm", "b/deep/c.HTML", "z.txt"]
    assert _names(items) == [os.path.join(str(root), *rel.split("/")) for rel in expected]
    assert [item.is_html for item in items if isinstance(item, Source)] == [False, True, True, False]


def test_directory_without_releases(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "data.csv").write_text("1,2")
    [item] = list(iter_sources([str(empty)]))
    assert item == SourceFailure(str(empty), f"{empty}: no .txt, .md or .html files found")


def test_explicit_file_with_another_extension_is_read(tmp_path: Path) -> None:
    path = tmp_path / "release.data"
    path.write_bytes(BODY)
    [item] = list(iter_sources([str(path)]))
    assert isinstance(item, Source) and item.data == BODY


@pytest.mark.parametrize(
    ("filename", "data", "is_html"),
    [
        ("page.html", BODY, True),  # the extension decides
        ("page.txt", HTML, True),  # content sniffing
        ("page.txt", b"\xef\xbb\xbf  \n<html><body>x</body></html>", True),
        ("page.md", b"<!-- saved --><!doctype HTML><html></html>", True),
        ("page.txt", BODY, False),
        ("page.txt", "<p>不是整页</p>".encode(), False),
    ],
)
def test_is_html(tmp_path: Path, filename: str, data: bytes, is_html: bool) -> None:
    path = tmp_path / filename
    path.write_bytes(data)
    [item] = list(iter_sources([str(path)]))
    assert isinstance(item, Source) and item.is_html is is_html


def test_over_size_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    [item] = list(iter_sources([str(path)], max_bytes=1024))
    assert item == SourceFailure(str(path), f"{path}: 2.0 KB is over the 1 KB limit for one release")


def test_file_at_the_limit_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "exact.txt"
    path.write_bytes(b"y" * 1024)
    [item] = list(iter_sources([str(path)], max_bytes=1024))
    assert isinstance(item, Source) and len(item.data) == 1024


def test_fifty_megabyte_sparse_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: no blocks are actually written
    started = time.perf_counter()
    [item] = list(iter_sources([str(path)]))
    assert time.perf_counter() - started < 1.0
    assert item == SourceFailure(str(path), f"{path}: 50.0 MB is over the 10 MB limit for one release")


def test_stdin() -> None:
    [item] = list(iter_sources(["-"], stdin=io.BytesIO(BODY)))
    assert item == Source("-", BODY, is_html=False)
    [page] = list(iter_sources(["-"], stdin=io.BytesIO(HTML)))
    assert isinstance(page, Source) and page.is_html


def test_stdin_over_the_limit_reads_at_most_limit_plus_one() -> None:
    stream = io.BytesIO(b"z" * 10_000)
    [item] = list(iter_sources(["-"], stdin=stream, max_bytes=100))
    assert item == SourceFailure("-", "-: more than 100 bytes is over the 100 bytes limit for one release")
    assert stream.tell() == 101


def test_stdin_text_wrapper_is_read_as_bytes() -> None:
    wrapper = io.TextIOWrapper(io.BytesIO(BODY), encoding="utf-8")
    [item] = list(iter_sources(["-"], stdin=wrapper))  # type: ignore[arg-type]
    assert isinstance(item, Source) and item.data == BODY


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_bytes(BODY)
    path.chmod(0)
    [item] = list(iter_sources([str(path)]))
    assert item == SourceFailure(str(path), f"{path}: permission denied")


def test_unreadable_file_reported_via_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Works even as root: simulate the permission error that open() would raise.
    path = tmp_path / "locked.txt"
    path.write_bytes(BODY)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("builtins.open", refuse)
    [item] = list(iter_sources([str(path)]))
    assert item == SourceFailure(str(path), f"{path}: permission denied")


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [item] = list(iter_sources([str(fifo)]))
    assert item == SourceFailure(str(fifo), f"{fifo}: not a regular file")


def test_inputs_are_not_modified(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    path = root / "a.txt"
    path.write_bytes(BODY)
    old = time.time() - 3600
    os.utime(path, (old, old))
    before = path.stat()
    items = list(iter_sources([str(root), str(path)]))
    assert len(items) == 2
    after = path.stat()
    assert path.read_bytes() == BODY
    assert after.st_mtime_ns == before.st_mtime_ns
    assert after.st_size == before.st_size
    assert sorted(p.name for p in root.iterdir()) == ["a.txt"]
