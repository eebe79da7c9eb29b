"""`edclaims review REPORT.json`: review a report's findings in the browser, or export the corrected spans.

Decisions and span corrections go to a SQLite file beside the report (REPORT.review.sqlite, or --db). Exit
statuses: 0 done (or the server was stopped with Ctrl-C), 2 usage or input error — a missing or invalid
report, a database that cannot be opened, a port in use. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from edclaims.annotations.convert import same_file
from edclaims.annotations.errors import AnnotationError
from edclaims.review.report_file import ReportDocument, ReportError, load_report
from edclaims.review.store import ReviewStore, StoreError, default_db_path

EXIT_ERROR = 2


def fail(message: str) -> typer.Exit:
    typer.echo(f"edclaims: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def review(
    report: Annotated[
        Path,
        typer.Argument(help="A JSON report (edclaims verify -f json -o REPORT.json).", show_default=False),
    ],
    port: Annotated[int, typer.Option(help="Port to listen on; 0 picks a free one.")] = 8765,
    host: Annotated[
        str, typer.Option(help="Address to listen on; keep the default to stay local.")
    ] = "127.0.0.1",
    db: Annotated[
        Path | None,
        typer.Option(
            help="Review database. Default: REPORT.review.sqlite beside the report.", show_default=False
        ),
    ] = None,
    export: Annotated[
        Path | None,
        typer.Option(
            help="Write the reviewed documents' spans as annotation JSONL to this file and exit (no server).",
            show_default=False,
        ),
    ] = None,
    all_documents: Annotated[
        bool, typer.Option("--all-documents", help="With --export: every document, reviewed or not.")
    ] = False,
) -> None:
    """Mark findings confirmed, dismissed or follow-up, and correct spans, in a local web page.

    Decisions are kept by the release's text, so a later report of the same release shows them again.
    """
    documents = _load(report)
    db_path = db or default_db_path(report)
    if export is not None:
        if same_file(export, report):
            raise fail(f"{export}: refusing to overwrite the report it reads")
        _export(documents, db_path, export, all_documents)
        return
    if not 0 <= port <= 65535:
        raise fail(f"--port {port}: not a port number (0 to 65535)")
    _serve(documents, db_path, report, host, port)


def _load(report: Path) -> list[ReportDocument]:
    try:
        return load_report(report)
    except ReportError as error:
        raise fail(f"{report}: {error}") from None


def _export(documents: list[ReportDocument], db_path: Path, target: Path, all_documents: bool) -> None:
    from edclaims.review.export import export_annotations

    if same_file(target, db_path):
        raise fail(f"{target}: refusing to overwrite the review database")
    try:
        # Read-only: exporting never creates or changes the database. No database means nothing reviewed.
        store = ReviewStore.open_readonly(db_path) if db_path.exists() else ReviewStore.empty(db_path)
    except StoreError as error:
        raise fail(f"{db_path}: {error}") from None
    try:
        with store:
            summary = export_annotations(documents, store, target, all_documents)
    except (StoreError, AnnotationError) as error:
        raise fail(str(error)) from None
    dropped = (
        f", {summary.dropped} spans left out (rejected by the annotation check)" if summary.dropped else ""
    )
    typer.echo(
        f"{summary.records} records ({summary.corrected} with corrected spans), {summary.spans} spans "
        f"written to {target}{dropped}",
        err=True,
    )


def _serve(documents: list[ReportDocument], db_path: Path, report: Path, host: str, port: int) -> None:
    from edclaims.review.server import make_server
    from edclaims.review.session import ReviewSession

    try:
        store = ReviewStore.open(db_path)
    except StoreError as error:
        raise fail(f"{db_path}: {error}") from None
    with store:
        try:
            server = make_server(ReviewSession(documents, store, report.name), host, port)
        except OSError as error:
            raise fail(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        typer.echo(server.url)
        count = f"{len(documents)} document{'' if len(documents) == 1 else 's'}"
        typer.echo(f"reviewing {count}; decisions in {db_path}; Ctrl-C stops", err=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            typer.echo("stopped", err=True)
        finally:
            server.server_close()


def attach_review_db(report: dict[str, Any], output: Path | None, review_db: Path | None) -> None:
    """`edclaims verify`: add earlier decisions to the report's findings.

    From --review-db (which must exist), else from OUT.review.sqlite beside `-o OUT` when there is one.
    """
    from edclaims.review.attach import attach_reviews

    path = review_db or (default_db_path(output) if output is not None else None)
    if path is None or (review_db is None and not path.is_file()):
        return
    try:
        with ReviewStore.open_readonly(path) as store:
            attach_reviews(report, store)
    except StoreError as error:
        raise fail(f"{path}: {error}") from None
