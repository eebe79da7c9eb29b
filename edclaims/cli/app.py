"""`edclaims verify`: releases in, a flag report out.

Exit status: 0 no mismatch, 1 at least one mismatch, 2 usage or input error (any input that could not be
read; the others are still checked and reported). Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from edclaims import __version__
from edclaims.annotations.convert import same_file
from edclaims.cli import model as model_commands
from edclaims.cli import review as review_commands
from edclaims.cli.batch import batch_progress, should_show_progress, verify_batch
from edclaims.ingest import list_inputs
from edclaims.report import build_report, render_csv, render_html, render_terminal
from edclaims.report.csv_report import CSV_FILE_ENCODING
from edclaims.tagging import TaggerError, get_tagger

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check the arithmetic inside Chinese government releases.",
)

EXIT_OK, EXIT_MISMATCH, EXIT_ERROR = 0, 1, 2


class Format(StrEnum):
    terminal = "terminal"
    json = "json"
    html = "html"
    csv = "csv"


class FailOn(StrEnum):
    mismatch = "mismatch"
    never = "never"


def fail(message: str) -> typer.Exit:
    typer.echo(f"edclaims: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


@app.command()
def verify(
    paths: Annotated[
        list[str], typer.Argument(help="Release files (.txt .md .html), directories, or - for stdin.")
    ],
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Report format: terminal, json, html (one page) or csv.")
    ] = Format.terminal,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    fail_on: Annotated[
        FailOn, typer.Option(help="'never' exits 0 even when mismatches are found.")
    ] = FailOn.mismatch,
    tagger: Annotated[
        str, typer.Option(help="Span tagger: model (the shipped fine-tuned model) or rules (jieba rules).")
    ] = "model",
    max_size: Annotated[float, typer.Option(help="Largest release to read, in MB.")] = 10.0,
    all_findings: Annotated[
        bool, typer.Option("--all/--flags-only", help="Terminal: list consistent findings too.")
    ] = True,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress or per-file error lines.")
    ] = False,
    review_db: Annotated[
        Path | None,
        typer.Option(
            help="Attach earlier review decisions from this database (default: OUT.review.sqlite beside -o OUT).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Find every checkable arithmetic relation in the releases, recompute it, and flag what does not add up."""
    try:
        chosen = get_tagger(tagger)
    except TaggerError as error:
        raise fail(str(error)) from None
    if output is not None and any(p != "-" and same_file(p, output) for p in paths):
        raise fail(f"{output}: refusing to overwrite an input with the report")
    stdin = sys.stdin.buffer if "-" in paths else None
    inputs = list_inputs(paths)  # listed once: the bar's total and what is read
    total = len(inputs)
    with batch_progress(total, should_show_progress(sys.stderr.isatty(), quiet, total)) as on_progress:
        docs, errors = verify_batch(
            inputs, chosen, stdin=stdin, max_bytes=int(max_size * 1024 * 1024), on_progress=on_progress
        )
    if not quiet:
        for source, message in errors:
            typer.echo(f"edclaims: error: {source}: {message}", err=True)
    report = build_report(docs, errors)
    review_commands.attach_review_db(report, output, review_db)
    try:
        _write(report, format, output, show_consistent=all_findings)
    except OSError as error:
        raise fail(f"{output}: cannot write the report: {error.strerror or error}") from None
    if errors:
        raise typer.Exit(EXIT_ERROR)
    if fail_on is FailOn.mismatch and report["summary"]["mismatch"]:
        raise typer.Exit(EXIT_MISMATCH)


def _write(report: dict, format: Format, output: Path | None, show_consistent: bool = True) -> None:
    if format in (Format.json, Format.html, Format.csv):
        if format is Format.json:
            text = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        else:
            text = render_html(report) if format is Format.html else render_csv(report)
        if output is None:
            sys.stdout.write(text)
        else:
            # Excel reads a CSV as Chinese only with a BOM; newline="" keeps the CSV's own CRLF line ends.
            encoding = CSV_FILE_ENCODING if format is Format.csv else "utf-8"
            with output.open("w", encoding=encoding, newline="") as handle:
                handle.write(text)
        return
    if output is None:
        render_terminal(report, Console(highlight=False), show_consistent=show_consistent)
        return
    with output.open("w", encoding="utf-8") as handle:
        render_terminal(
            report,
            Console(file=handle, highlight=False, width=120, color_system=None),
            show_consistent=show_consistent,
        )


@app.command()
def checks() -> None:
    """List the check families."""
    from edclaims.checks import get_checks

    for name in get_checks():
        typer.echo(name)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"edclaims {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True)] = False,
) -> None:
    """edclaims: check the arithmetic inside Chinese government releases."""


app.command()(model_commands.train)
app.command()(model_commands.evaluate)
app.command()(review_commands.review)


def _mount_annotations() -> None:
    from edclaims.cli.annotations import annotations_app

    app.add_typer(annotations_app, name="annotations", help="Check, convert and count annotation files.")


_mount_annotations()


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("edclaims: interrupted", err=True)
        sys.exit(130)
