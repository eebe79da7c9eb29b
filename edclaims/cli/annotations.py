"""`edclaims annotations`: check, convert and count span-annotation files.

Exit statuses: 0 clean, 1 problems found (check), 2 usage or unreadable input. Every error is one line
`edclaims: error: ...` on stderr, never a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from edclaims.annotations import AnnotationError, Stats, check_file_report, format_for, read_records
from edclaims.annotations.convert import FORMATS, KEEPS_META, WRITERS, same_file, validate_records

annotations_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Check, convert and count QUANTITY / UNIT / SUBJECT annotation files.",
)

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2
_FORMAT_HELP = "One of: " + ", ".join(FORMATS) + ". Default: from the extension."


def _error(message: str) -> None:
    typer.echo(f"edclaims: error: {message}", err=True)


@annotations_app.command()
def check(
    files: Annotated[list[Path], typer.Argument(help="Annotation JSONL files.", show_default=False)],
) -> None:
    """Report every bad span as FILE:LINE: reason, then a summary; exit 1 if any problem was found."""
    records = spans = problems = 0
    unreadable = False
    for path in files:
        try:
            report = check_file_report(path)
        except AnnotationError as error:
            _error(f"{path}: {error}")
            unreadable = True
            continue
        for problem in report.problems:
            typer.echo(f"{path}:{problem.line}: {problem.reason}")
        records += report.records
        spans += report.spans
        problems += len(report.problems)
    typer.echo(f"{records} records, {spans} spans, {problems} problems")
    if unreadable:
        raise typer.Exit(EXIT_ERROR)
    if problems:
        raise typer.Exit(EXIT_PROBLEMS)


@annotations_app.command(name="convert")
def convert_command(
    source: Annotated[Path, typer.Argument(metavar="IN", help="File to read.", show_default=False)],
    target: Annotated[Path, typer.Argument(metavar="OUT", help="File to write.", show_default=False)],
    from_format: Annotated[str | None, typer.Option("--from", help=_FORMAT_HELP, show_default=False)] = None,
    to_format: Annotated[str | None, typer.Option("--to", help=_FORMAT_HELP, show_default=False)] = None,
) -> None:
    """Convert between jsonl, doccano, labelstudio, spacy (.spacy) and conll. Never overwrites IN.

    Records are checked before writing; CoNLL keeps no meta.
    """
    try:
        if same_file(source, target):
            raise AnnotationError(None, f"{target}: refusing to overwrite the input file")
        reading = format_for(source, from_format, sniff=True)
        writing = format_for(target, to_format)
    except AnnotationError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    try:
        records = read_records(source, reading)
        validate_records(records)
    except AnnotationError as error:
        _error(f"{source}: {error}")
        raise typer.Exit(EXIT_ERROR) from None
    try:
        WRITERS[writing](records, target)
    except AnnotationError as error:
        _error(str(error))
        raise typer.Exit(EXIT_ERROR) from None
    note = "" if KEEPS_META[writing] else " (CoNLL keeps no meta)"
    typer.echo(f"{len(records)} records written to {target} as {writing}{note}", err=True)


@annotations_app.command()
def stats(
    files: Annotated[list[Path], typer.Argument(help="Annotation files, any format.", show_default=False)],
    from_format: Annotated[str | None, typer.Option("--from", help=_FORMAT_HELP, show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Records, spans per label, and records per split, variant and source, over all FILES together."""
    totals = Stats()
    for path in files:
        try:
            totals.add(read_records(path, format_for(path, from_format, sniff=True)))
        except AnnotationError as error:
            _error(f"{path}: {error}")
            raise typer.Exit(EXIT_ERROR) from None
    if as_json:
        typer.echo(json.dumps(totals.to_dict(), ensure_ascii=False, indent=2))
    else:
        for line in totals.lines():
            typer.echo(line)
