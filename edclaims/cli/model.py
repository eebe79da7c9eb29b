"""`edclaims train` and `edclaims evaluate`: the learning side of the span tagger."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from edclaims.annotations.io import AnnotationError
from edclaims.tagging import TaggerError, get_tagger

EXIT_ERROR = 2


def fail(message: str) -> typer.Exit:
    typer.echo(f"edclaims: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def train(
    data: Annotated[
        list[Path],
        typer.Option("--data", help="Annotation JSONL files or folders (held-out records are skipped)."),
    ],
    base: Annotated[
        str, typer.Option(help="Base model folder (scripts/prepare_base_model.py) or checkpoint.")
    ],
    out: Annotated[Path, typer.Option(help="Folder to write the trained model to.")],
    epochs: Annotated[int, typer.Option(help="Passes over the training data.")] = 6,
    batch_size: Annotated[int, typer.Option(help="Paragraph chunks per step.")] = 16,
    learning_rate: Annotated[float, typer.Option(help="Peak learning rate.")] = 1e-4,
    seed: Annotated[int, typer.Option(help="Seed for shuffling, splitting and initialisation.")] = 13,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many steps.")] = None,
    gold_repeat: Annotated[int, typer.Option(help="Times each hand-annotated paragraph counts.")] = 4,
) -> None:
    """Fine-tune the span tagger on annotated paragraphs (CPU; prints a metrics line per epoch)."""
    from edclaims.model.train import TrainArguments
    from edclaims.model.train import train as run_training

    missing = [str(p) for p in data if not p.exists()]
    if missing:
        raise fail(f"{', '.join(missing)}: no such file or directory")
    args = TrainArguments(
        data=data,
        base=base,
        out=out,
        epochs=epochs,
        batch_size=batch_size,
        learning_rate=learning_rate,
        seed=seed,
        max_steps=max_steps,
        gold_repeat=gold_repeat,
    )
    try:
        result = run_training(args, progress=typer.echo)
    except (AnnotationError, ValueError, OSError) as error:
        raise fail(str(error)) from None
    typer.echo(f"saved {out} ({result['examples']} training chunks, {result['seconds']} s)")


def evaluate(
    data: Annotated[list[Path], typer.Option("--data", help="Annotation JSONL files to score on.")],
    model: Annotated[Path | None, typer.Option(help="Model folder (default: the shipped model).")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json")] = "table",
) -> None:
    """Span precision, recall and F1 per label for the model and the rule tagger on the same data."""
    from edclaims.model.evaluate import evaluate as run_evaluation
    from edclaims.model.tagger import ModelTagger

    missing = [str(p) for p in data if not p.exists()]
    if missing:
        raise fail(f"{', '.join(missing)}: no such file or directory")
    try:
        network = ModelTagger(model)
        taggers = {
            "model": network,
            "model-only": network.without_scanner(),
            "rules": get_tagger("rules"),
        }
        result = run_evaluation(data, taggers)
    except (TaggerError, AnnotationError) as error:
        raise fail(str(error)) from None
    if format == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{result['paragraphs']} paragraphs: span P / R / F1")
    table.add_column("label")
    for name in result["taggers"]:
        table.add_column(f"{name} P", justify="right")
        table.add_column(f"{name} R", justify="right")
        table.add_column(f"{name} F1", justify="right")
    for label in ("QUANTITY", "UNIT", "SUBJECT"):
        row = [label]
        for scores in result["taggers"].values():
            s = scores["labels"][label]
            row += [f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}"]
        table.add_row(*row)
    console = Console(width=max(Console().width, 40 + 30 * len(result["taggers"])))
    console.print(table)
    for name, scores in result["taggers"].items():
        console.print(f"{name}: {scores['chars_per_second']} chars/s")
