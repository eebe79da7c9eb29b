"""Fine-tune a token-classification model on annotated paragraphs (character-level BIO), on the CPU.

Typed arguments in one dataclass (as Hugging Face's run_ner.py does), datasets for loading, splitting and
mapping, a plain torch loop (no accelerate needed), fixed seeds so that a retrain reproduces its metrics.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from edclaims.annotations.io import read_jsonl
from edclaims.model.features import Example, encode, pad_batch, split_example, to_example
from edclaims.model.labels import TAGS
from edclaims.model.metrics import span_scores
from edclaims.model.vocab import CharVocab

HELD_OUT = "heldout"
LOG_EVERY = 50


@dataclass
class TrainArguments:
    data: list[Path]  # JSONL files or folders of them; records with meta.split == "heldout" are never used
    base: str  # a folder made by scripts/prepare_base_model.py, or any transformers checkpoint / hub name
    out: Path
    epochs: int = 6
    batch_size: int = 16
    learning_rate: float = 1e-4
    weight_decay: float = 0.01
    warmup_share: float = 0.06
    max_chars: int = 160
    dev_share: float = 0.1
    seed: int = 13
    threads: int = 2
    max_steps: int | None = None  # stop early (tests, smoke runs)
    save_fp16: bool = True
    gold_repeat: int = 4  # hand-annotated paragraphs count this many times against synthetic ones
    exclude: list[str] = field(default_factory=lambda: [HELD_OUT])


def data_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.rglob("*.jsonl")) if path.is_dir() else [path])
    return files


def load_examples(paths: list[Path], exclude: list[str], max_chars: int) -> list[tuple[Example, bool]]:
    """(example, is gold) for every sentence piece of every record not excluded."""
    examples: list[tuple[Example, bool]] = []
    for file in data_files(paths):
        for _, record in read_jsonl(file):
            if record.meta.get("split") in exclude:
                continue
            example = to_example(record.text, [(s.start, s.end, s.label) for s in record.spans])
            gold = record.meta.get("source") == "gold"
            examples.extend((piece, gold) for piece in split_example(example, max_chars))
    return examples


def seed_everything(seed: int) -> None:
    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def load_base(base: str) -> tuple[Any, CharVocab]:
    """The base encoder with a fresh tagging head, and its character vocabulary."""
    from transformers import AutoModelForTokenClassification

    id2label = dict(enumerate(TAGS))
    label2id = {t: i for i, t in id2label.items()}
    model = AutoModelForTokenClassification.from_pretrained(
        base, num_labels=len(TAGS), id2label=id2label, label2id=label2id, ignore_mismatched_sizes=True
    )
    folder = Path(base)
    if (folder / "vocab.txt").is_file():
        try:
            return model, CharVocab.load(folder)
        except ValueError:
            pass
    return _char_level(model, base)


def _char_level(model: Any, base: str) -> tuple[Any, CharVocab]:
    """A subword checkpoint becomes character-level: keep the embedding rows of its single-character tokens."""
    import torch
    from transformers import AutoTokenizer

    from edclaims.model.vocab import SPECIAL, char_key

    tokenizer = AutoTokenizer.from_pretrained(base)
    vocab = tokenizer.get_vocab()
    specials = [
        tokenizer.pad_token_id,
        tokenizer.unk_token_id,
        tokenizer.cls_token_id,
        tokenizer.sep_token_id,
    ]
    rows: list[int] = [int(i if i is not None else tokenizer.unk_token_id) for i in specials]
    chars: list[str] = list(SPECIAL)
    for piece, row in sorted(vocab.items(), key=lambda kv: kv[1]):
        text = piece[1:] if piece[:1] in {"▁", "#"} and len(piece) == 2 else piece
        text = text.removeprefix("##")
        if len(text) == 1 and char_key(text) == text and text not in chars:
            chars.append(text)
            rows.append(row)
    old = model.get_input_embeddings().weight.data
    new = torch.nn.Embedding(len(rows), old.shape[1])
    new.weight.data = old[torch.tensor(rows)].clone()
    model.set_input_embeddings(new)
    model.config.vocab_size = len(rows)
    model.config.pad_token_id = 0
    return model, CharVocab(tuple(chars))


def train(args: TrainArguments, progress: Callable[[str], None] = print) -> dict[str, Any]:
    import datasets
    import torch

    torch.set_num_threads(args.threads)
    seed_everything(args.seed)
    examples = load_examples(args.data, args.exclude, args.max_chars)
    if not examples:
        raise ValueError("no training paragraphs found in " + ", ".join(str(p) for p in args.data))
    model, vocab = load_base(args.base)
    train_set, dev_set = split_dev(examples, args)
    # gold counts more than synthetic; repeated after the split so the dev set holds no copy of training
    gold_rows = [i for i, gold in enumerate(train_set["gold"]) if gold]
    if args.gold_repeat > 1 and gold_rows:
        train_set = datasets.concatenate_datasets(
            [train_set] + [train_set.select(gold_rows)] * (args.gold_repeat - 1)
        )

    def featurise(row: dict[str, Any]) -> dict[str, list[int]]:
        return encode(_example(row), vocab)

    train_features = train_set.map(featurise, remove_columns=["text", "starts", "ends", "labels_", "gold"])
    steps_per_epoch = math.ceil(len(train_features) / args.batch_size)
    total = (
        steps_per_epoch * args.epochs
        if args.max_steps is None
        else min(args.max_steps, steps_per_epoch * args.epochs)
    )
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.learning_rate, weight_decay=args.weight_decay)
    warmup = max(1, int(total * args.warmup_share))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))
    )
    rng = random.Random(args.seed)
    history: list[dict[str, Any]] = []
    step = 0
    started = time.monotonic()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        task = bar.add_task("training", total=total)
        for epoch in range(1, args.epochs + 1):
            model.train()
            order = list(range(len(train_features)))
            rng.shuffle(order)
            losses: list[float] = []
            for first in range(0, len(order), args.batch_size):
                if step >= total:
                    break
                rows = [train_features[i] for i in order[first : first + args.batch_size]]
                batch = {k: torch.tensor(v) for k, v in pad_batch(rows, vocab.id("[PAD]")).items()}
                loss = model(**batch).loss
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimiser.step()
                scheduler.step()
                optimiser.zero_grad()
                losses.append(loss.item())
                step += 1
                bar.update(
                    task,
                    advance=1,
                    description=f"epoch {epoch} loss {sum(losses[-20:]) / len(losses[-20:]):.4f}",
                )
            metrics = {"epoch": epoch, "steps": step, "loss": round(sum(losses) / max(1, len(losses)), 5)}
            if len(dev_set):
                metrics["dev"] = evaluate_examples(model, vocab, [_example(r) for r in dev_set])
            history.append(metrics)
            progress(_metrics_line(metrics))
            if step >= total:
                break
    elapsed = time.monotonic() - started
    save(model, vocab, args, history, elapsed)
    return {"history": history, "seconds": round(elapsed, 1), "examples": len(examples), "steps": step}


def split_dev(examples: list[tuple[Example, bool]], args: TrainArguments) -> tuple[Any, Any]:
    """(train, dev) datasets: a seeded share of the sentence pieces is held back for per-epoch scores."""
    import datasets

    # Arrow columns hold one type each: spans travel as three parallel lists
    table = datasets.Dataset.from_list([_row(e, gold) for e, gold in examples])
    if args.dev_share and len(table) >= 10:
        split = table.train_test_split(test_size=args.dev_share, seed=args.seed)
        return split["train"], split["test"]
    return table, table.select(range(0))


def gold_dev_pieces(args: TrainArguments) -> list[Example]:
    """The hand-annotated pieces of a run's dev split: never trained on, a set for tuning post-processing."""
    examples = load_examples(args.data, args.exclude, args.max_chars)
    _, dev_set = split_dev(examples, args)
    return [_example(row) for row in dev_set if row["gold"]]


def _row(example: Example, gold: bool) -> dict[str, Any]:
    return {
        "gold": gold,
        "text": example.text,
        "starts": [s for s, _, _ in example.spans],
        "ends": [e for _, e, _ in example.spans],
        "labels_": [label for _, _, label in example.spans],
    }


def _example(row: dict[str, Any]) -> Example:
    return Example(row["text"], tuple(zip(row["starts"], row["ends"], row["labels_"], strict=True)))


def _metrics_line(metrics: dict[str, Any]) -> str:
    line = f"epoch {metrics['epoch']}: loss {metrics['loss']}"
    for label, score in metrics.get("dev", {}).items():
        line += f"  {label} F1 {score['f1']:.3f}"
    return line


def evaluate_examples(model: Any, vocab: CharVocab, examples: list[Example]) -> dict[str, dict[str, float]]:
    from edclaims.model.labels import tags_to_spans
    from edclaims.model.predict import predict_tags

    model.eval()
    predicted = predict_tags(model, vocab, [e.text for e in examples])
    return span_scores([list(e.spans) for e in examples], [tags_to_spans(t) for t in predicted])


def save(
    model: Any, vocab: CharVocab, args: TrainArguments, history: list[dict[str, Any]], seconds: float
) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    to_save = model.half() if args.save_fp16 else model
    to_save.save_pretrained(args.out, safe_serialization=True)
    model.float()
    vocab.save(args.out)
    (args.out / "labels.json").write_text(
        json.dumps(list(TAGS), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    record = {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(args).items()}
    record["data"] = [str(p) for p in args.data]
    (args.out / "training.json").write_text(
        json.dumps(
            {"arguments": record, "history": history, "seconds": round(seconds, 1)},
            ensure_ascii=False,
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
