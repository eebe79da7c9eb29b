#!/usr/bin/env python
"""Chars per second and peak memory of the span taggers on the same texts.

Each tagger runs in its own process so that its peak resident memory (ru_maxrss) is its own; load time is
reported apart from tagging time, since verify loads the tagger once per run.

  python scripts/bench_tagger.py [--texts FILE_OR_DIR ...] [--repeat 3] [--model DIR]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_texts(paths: list[Path]) -> list[str]:
    from edclaims.annotations.io import read_jsonl
    from edclaims.ingest import decode
    from edclaims.normalise import normalise

    texts: list[str] = []
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix == ".jsonl":
                texts.extend(normalise(record.text).text for _, record in read_jsonl(file))
            elif file.suffix in {".txt", ".md"}:
                texts.append(normalise(decode(file.read_bytes(), str(file))).text)
    return texts


def measure(name: str, paths: list[Path], repeat: int, model: str | None) -> dict[str, object]:
    from edclaims.tagging import get_tagger

    texts = load_texts(paths)
    started = time.perf_counter()
    tagger = get_tagger(name, **({"folder": model} if name == "model" and model else {}))
    tagger.tag(texts[:1])  # first call pays one-off costs (jieba's dictionary, torch kernels)
    load = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(repeat):
        tagger.tag(texts)
    seconds = (time.perf_counter() - started) / repeat
    chars = sum(len(t) for t in texts)
    return {
        "tagger": name,
        "texts": len(texts),
        "chars": chars,
        "load_seconds": round(load, 2),
        "seconds": round(seconds, 3),
        "chars_per_second": round(chars / seconds),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--texts",
        type=Path,
        nargs="*",
        default=[ROOT / "examples", ROOT / "annotations" / "gold_heldout.jsonl"],
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=None)
    parser.add_argument("--taggers", nargs="*", default=["rules", "model"])
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one tagger in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.texts, args.repeat, args.model)))
        return 0
    print(f"{'tagger':<8}{'texts':>7}{'chars':>9}{'load s':>8}{'tag s':>8}{'chars/s':>10}{'peak MB':>9}")
    for name in args.taggers:
        command = [
            sys.executable,
            __file__,
            "--one",
            name,
            "--repeat",
            str(args.repeat),
            "--texts",
            *map(str, args.texts),
        ]
        if args.model:
            command += ["--model", args.model]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            print(
                f"{name:<8} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}"
            )
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{name:<8}{r['texts']:>7}{r['chars']:>9}{r['load_seconds']:>8}{r['seconds']:>8}{r['chars_per_second']:>10}{r['peak_rss_mb']:>9}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
