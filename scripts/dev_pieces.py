#!/usr/bin/env python
"""Write the hand-annotated pieces of a training run's dev split as annotation JSONL.

Those pieces were held back from training (see `edclaims train`), so post-processing choices can be compared
on them without touching the held-out set:

  python scripts/dev_pieces.py --model models/edclaims-zh --out build/dev_gold.jsonl
  edclaims evaluate --data build/dev_gold.jsonl

The split is rebuilt from the run's own arguments (models/NAME/training.json): same data, seed and share.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from edclaims.model.train import TrainArguments, gold_dev_pieces


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--model", type=Path, default=Path("models/edclaims-zh"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        saved = json.loads((args.model / "training.json").read_text(encoding="utf-8"))["arguments"]
    except (OSError, KeyError, json.JSONDecodeError) as error:
        print(
            f"dev_pieces: {args.model}/training.json: cannot read the run's arguments ({error})",
            file=sys.stderr,
        )
        return 2
    run = TrainArguments(
        data=[Path(p) for p in saved["data"]],
        base=saved["base"],
        out=Path(saved["out"]),
        max_chars=saved["max_chars"],
        dev_share=saved["dev_share"],
        seed=saved["seed"],
        exclude=saved["exclude"],
    )
    pieces = gold_dev_pieces(run)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for number, piece in enumerate(pieces, start=1):
            spans = [{"start": s, "end": e, "label": label} for s, e, label in piece.spans]
            meta = {"id": f"dev-{number:03d}", "split": "dev", "source": "gold"}
            handle.write(
                json.dumps({"text": piece.text, "spans": spans, "meta": meta}, ensure_ascii=False) + "\n"
            )
    print(f"{len(pieces)} gold dev pieces → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
