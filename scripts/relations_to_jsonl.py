#!/usr/bin/env python
"""Convert hand-written releases with relations (markup) to a relations JSONL file, one release a line.

    python scripts/relations_to_jsonl.py [SRC] [--out OUT]

SRC defaults to annotations/src/relations_heldout.txt, OUT to annotations/relations/heldout_releases.jsonl.
Each line is {"text", "spans": [], "meta": {"id", "split": "heldout", "source": "gold-relations", "topic",
"style"}, "relations": [...]}, offsets into "text"; the markup is described in edclaims/benchmark/markup.py
and at the top of the src file. Every relation's arithmetic is checked against its verdict on the way.
Exit 0, or 2 with `SRC:LINE: reason` on the first problem (nothing is written then).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from edclaims.annotations import AnnotationError
from edclaims.annotations.convert import same_file
from edclaims.annotations.io import write_text_atomic
from edclaims.benchmark.markup import MarkupError, parse_relations_markup

DEFAULT_SRC = Path("annotations/src/relations_heldout.txt")
DEFAULT_OUT = Path("annotations/relations/heldout_releases.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("src", type=Path, nargs="?", default=DEFAULT_SRC, help="markup file")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSONL file to write")
    args = parser.parse_args(argv)
    try:
        if same_file(args.out, args.src):
            raise ValueError("the output would overwrite the markup file")
        source = args.src.read_text(encoding="utf-8-sig")
        records = parse_relations_markup(source)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(args.out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    except MarkupError as error:
        print(f"relations_to_jsonl: error: {args.src}:{error.line}: {error.reason}", file=sys.stderr)
        return 2
    except (OSError, UnicodeDecodeError, AnnotationError, ValueError) as error:
        reason = getattr(error, "strerror", None) or error
        print(f"relations_to_jsonl: error: {args.src} → {args.out}: {reason}", file=sys.stderr)
        return 2
    verdicts = Counter(rel["verdict"] for r in records for rel in r["relations"])
    summary = ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items()))
    print(
        f"{args.out}: {len(records)} releases, {sum(verdicts.values())} relations ({summary})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
