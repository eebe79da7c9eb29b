"""Convert hand-written markup paragraphs (`annotations/src/*.txt`) to the gold JSONL files, then check them.

    python scripts/markup_to_jsonl.py [--src annotations/src] [--out annotations]

Every src file whose stem contains "heldout" goes to `gold_heldout.jsonl`, every other one to
`gold_train.jsonl`, in file-name order; `relations_*.txt` (releases with relations, another markup) are
left to scripts/relations_to_jsonl.py. The checker then runs over both outputs; each problem is reported
as `SRC_FILE:LINE: reason`, pointing at the markup line to fix. Exit 0 clean, 1 problems, 2 bad input.
The markup itself is described in `edclaims/annotations/markup.py`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edclaims.annotations import AnnotationError, check_file, write_jsonl
from edclaims.annotations.markup import MarkedLine, parse_markup

OUTPUTS = {"train": "gold_train.jsonl", "heldout": "gold_heldout.jsonl"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--src", type=Path, default=Path("annotations/src"), help="directory of *.txt markup")
    parser.add_argument("--out", type=Path, default=Path("annotations"), help="directory for the JSONL files")
    args = parser.parse_args(argv)
    try:
        return run(args.src, args.out)
    except AnnotationError as error:
        print(f"edclaims: error: {error}", file=sys.stderr)
        return 2


def run(src: Path, out: Path) -> int:
    if not src.is_dir():
        raise AnnotationError(None, f"{src}: not a directory")
    # relations_*.txt hold releases in the relations markup, converted by scripts/relations_to_jsonl.py
    files = sorted(p for p in src.glob("*.txt") if not p.name.startswith("relations_"))
    if not files:
        raise AnnotationError(None, f"{src}: no *.txt markup files")
    # For each output, which (src file, src line) every written line came from.
    parsed: dict[str, list[tuple[Path, MarkedLine]]] = {split: [] for split in OUTPUTS}
    for path in files:
        try:
            source = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise AnnotationError(None, f"{path}: cannot read: {error}") from None
        try:
            lines = parse_markup(source, path.stem)
        except AnnotationError as error:
            raise AnnotationError(None, f"{path}:{error.line}: {error.reason}") from None
        split = "heldout" if "heldout" in path.stem else "train"
        parsed[split].extend((path, line) for line in lines)
    out.mkdir(parents=True, exist_ok=True)
    problems = 0
    for split, name in OUTPUTS.items():
        target = out / name
        write_jsonl([line.record for _, line in parsed[split]], target)
        # The output has one record a line, so output line n is parsed[split][n - 1].
        for problem in check_file(target):
            path, line = parsed[split][problem.line - 1]
            print(f"{path}:{line.line}: {problem.reason}", file=sys.stderr)
            problems += 1
        print(f"{target}: {len(parsed[split])} records", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
