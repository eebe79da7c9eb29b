"""The character vocabulary of the tagging model: one embedding row per character, looked up by NFKC form.

The tagger labels characters, so the encoder gets exactly one input id per character of the text; the
offsets of the tags are then the offsets of the text. `select_rows` decides which rows of the pretrained
subword vocabulary (XLM-R SentencePiece pieces) become rows of this vocabulary; it lives here rather than in
`scripts/prepare_base_model.py` so that it can be tested without the 91 MB wheel.

`vocab.txt` holds one entry per line, line number = id. The first four lines are the special tokens
`[PAD]`, `[UNK]`, `[CLS]`, `[SEP]`; every other line is exactly one character, except that characters which
would break the one-per-line format or be invisible are escaped:

- `\\` (a backslash) is written as two backslashes;
- `\n`, `\r`, `\t` are written as backslash + `n`, `r`, `t`;
- any other whitespace or non-printable character (U+3000, U+00A0, U+2028, U+200B, U+FEFF, ...) is
  written as backslash + `u` + 4 hex digits, or backslash + `U` + 8 hex digits above U+FFFF.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SPECIAL = ("[PAD]", "[UNK]", "[CLS]", "[SEP]")  # ids 0..3 in our vocab
PAD_ID, UNK_ID, CLS_ID, SEP_ID = range(len(SPECIAL))
VOCAB_FILE = "vocab.txt"

# The XLM-R SentencePiece names of our specials, in SPECIAL order: the rows they are copied from.
SENTENCEPIECE_SPECIAL = ("<pad>", "<unk>", "<s>", "</s>")
# SentencePiece writes a space (and a word start) as this character.
SPM_SPACE = "▁"

_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {v: k for k, v in _ESCAPES.items()}


def char_key(ch: str) -> str:
    """The lookup form of one character: its NFKC form if that is a single character, else the character.

    Full-width digits, letters and signs thereby share rows with their ASCII forms ("５" → "5", "％" → "%"),
    which is also what the pretrained tokenizer did (it normalises with NFKC). Characters whose NFKC form is
    longer ("…" → "...", "㎡" → "m2") keep their own row so that one character stays one id.
    """
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def _escape(ch: str) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if ch.isspace() or not ch.isprintable():
        code = ord(ch)
        return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
    return ch


def _unescape(entry: str) -> str | None:
    """The character an entry of vocab.txt stands for, or None when the entry is not a valid one."""
    if len(entry) == 1:
        # A lone backslash or whitespace would have been escaped, so it means the file was edited by hand.
        return None if entry == "\\" or entry.isspace() or not entry.isprintable() else entry
    if entry in _UNESCAPES:
        return _UNESCAPES[entry]
    digits = {"\\u": 4, "\\U": 8}.get(entry[:2])
    if digits is None or len(entry) != 2 + digits:
        return None
    try:
        code = int(entry[2:], 16)
        return chr(code)
    except ValueError:  # not hex, or beyond U+10FFFF
        return None


@dataclass(frozen=True)
class CharVocab:
    """Characters by id; the first four entries are SPECIAL."""

    chars: tuple[str, ...]
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if tuple(self.chars[: len(SPECIAL)]) != SPECIAL:
            raise ValueError(f"a character vocabulary starts with {', '.join(SPECIAL)}")
        index: dict[str, int] = {}
        for i, ch in enumerate(self.chars):
            if i >= len(SPECIAL):
                if len(ch) != 1:
                    raise ValueError(f"entry {i} is not one character: {ch!r}")
                if char_key(ch) != ch:
                    # Lookups go through char_key, so this row could never be used.
                    raise ValueError(
                        f"entry {i} {ch!r} is not in lookup form (char_key gives {char_key(ch)!r})"
                    )
            if ch in index:
                raise ValueError(f"entry {i} {ch!r} repeats entry {index[ch]}")
            index[ch] = i
        object.__setattr__(self, "_index", index)

    def id(self, ch: str) -> int:
        """The id of one character (or of a special token name such as "[CLS]"); [UNK] when missing."""
        found = self._index.get(ch)
        if found is None:
            found = self._index.get(char_key(ch), UNK_ID)
        return found

    def encode(self, text: str, max_length: int | None = None) -> list[int]:
        """One id per character of text (no special tokens), cut to max_length ids when given."""
        chars = text if max_length is None else text[:max_length]
        index = self._index
        # Every non-special entry is in lookup form, and special names are several characters long, so the
        # key of a single character finds exactly its own row.
        return [index.get(char_key(ch), UNK_ID) for ch in chars]

    def save(self, folder: Path) -> None:
        """Write folder/vocab.txt: one entry per line, escaped as the module docstring describes."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        lines = [*SPECIAL, *(_escape(ch) for ch in self.chars[len(SPECIAL) :])]
        # newline="\n": the format is defined by "\n" separators on every platform.
        with (folder / VOCAB_FILE).open("w", encoding="utf-8", newline="\n") as out:
            out.write("\n".join(lines) + "\n")

    @classmethod
    def load(cls, folder: Path) -> CharVocab:
        """Read folder/vocab.txt; ValueError with a one-line message naming the file if missing or corrupt."""
        path = Path(folder) / VOCAB_FILE
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ValueError(f"{path}: vocabulary file not found") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ValueError(f"{path}: cannot read the vocabulary file ({error})") from None
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        lines = [line.removesuffix("\r") for line in lines]  # tolerate a file re-saved with CRLF endings
        if tuple(lines[: len(SPECIAL)]) != SPECIAL:
            raise ValueError(f"{path}: the first {len(SPECIAL)} lines must be {' '.join(SPECIAL)}")
        chars = list(SPECIAL)
        for number, line in enumerate(lines[len(SPECIAL) :], start=len(SPECIAL) + 1):
            ch = _unescape(line)
            if ch is None:
                raise ValueError(f"{path}: line {number} is not one character or a known escape: {line!r}")
            chars.append(ch)
        try:
            return cls(tuple(chars))
        except ValueError as error:
            raise ValueError(f"{path}: {error}") from None

    def __len__(self) -> int:
        return len(self.chars)


# Characters (in lookup form) whose pretrained rows are kept even when no annotation uses them: what Chinese
# education releases are written with. Inclusive code point ranges.
KEPT_RANGES: tuple[tuple[int, int], ...] = (
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0x3400, 0x4DBF),  # CJK extension A
    (0xF900, 0xFAFF),  # CJK compatibility ideographs (NFKC folds most of them into the unified block)
    (0x0020, 0x007E),  # ASCII printable, space included (it is the "▁" piece)
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。〃《》「」『』【】〔〕〖〗〜
    (0xFF00, 0xFFEF),  # full-width and half-width forms that NFKC does not fold to ASCII
    (0x00A0, 0x00FF),  # Latin-1 symbols: ° ± × ÷ · § ¥ £ ²
    (0x2010, 0x205E),  # general punctuation: — – ‐ … ‰ ‱ · “ ” ‘ ’ • ′ ″ ※
    (0x2100, 0x218F),  # letterlike and number forms: ℃ № Ⅰ Ⅱ ⅰ
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators: ≤ ≥ ≈ ≠ √ ∶ ∑
    (0x2460, 0x24FF),  # enclosed numbers: ① ⑴ ⒈
    (0x2500, 0x25FF),  # box drawing and geometric shapes: ─ ■ □ ● ○ ◆ △
    (0x2600, 0x26FF),  # miscellaneous symbols: ★ ☆ ☑
    (0x3200, 0x33FF),  # enclosed CJK and CJK compatibility: ㈠ ㊣ ㎡ ㎞ ㎏
    (0x0391, 0x03C9),  # Greek letters used in science and maths: α β γ Δ Ω
)


# Characters common in releases that no piece covers, because the pretrained tokenizer NFKC-folded them into
# several characters ("…" → "...", "℃" → "°C", "⑴" → "(1)"); they always get a row, initialised from the
# rows of their folded form (see `initial_rows`).
ALWAYS_CHARS = "…‥‱℃℉㎡㎞㎏㎎㎝㎜㏄⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑ⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ½¼¾"


def is_kept_char(ch: str) -> bool:
    """Whether a character's pretrained row is kept regardless of the annotations."""
    code = ord(ch)
    # Invisible format characters (soft hyphen, bidi controls) fall inside the ranges but carry nothing.
    return ch.isprintable() and any(low <= code <= high for low, high in KEPT_RANGES)


def _piece_rows(pieces: Sequence[str]) -> dict[str, int]:
    """The original row for each character (in lookup form) that some single-character piece stands for.

    Preference, best first: the piece that is the character itself; the piece "▁" + character (the same
    character at a word start); a piece whose NFKC form is the character; "▁" + such a piece. The space is the
    lone "▁" piece, which is how SentencePiece writes it.
    """
    best: dict[str, tuple[int, int]] = {}  # key -> (rank, row)
    for row, piece in enumerate(pieces):
        if piece == SPM_SPACE:
            key, rank = " ", 0
        elif len(piece) == 1:
            key = char_key(piece)
            rank = 0 if key == piece else 2
        elif len(piece) == 2 and piece[0] == SPM_SPACE:
            key = char_key(piece[1])
            rank = 1 if key == piece[1] else 3
        else:
            continue
        if key not in best or rank < best[key][0]:
            best[key] = (rank, row)
    return {key: row for key, (_, row) in best.items()}


def select_rows(pieces: Sequence[str], extra_chars: Iterable[str]) -> tuple[list[int | None], list[str]]:
    """Which pretrained rows become the character vocabulary, and the vocabulary's characters.

    Returns (rows, chars), aligned: chars starts with SPECIAL (their rows are the SentencePiece <pad>, <unk>,
    <s>, </s> pieces); then every character in KEPT_RANGES that a single-character piece covers, in original
    row order; then ALWAYS_CHARS and the characters of extra_chars (in lookup form) not yet present, in
    first-seen order. For
    each character rows holds its original row, or None for a character no piece covers (a new row, to be
    initialised by the caller). An extra whitespace character that NFKC keeps apart from the space ("\\n",
    "\\t") gets the row of "▁": the pretrained tokenizer turned it into a space.
    """
    where = {piece: row for row, piece in reversed(list(enumerate(pieces)))}
    missing = [name for name in SENTENCEPIECE_SPECIAL if name not in where]
    if missing:
        raise ValueError(f"the pieces lack the special tokens {', '.join(missing)}")
    rows: list[int | None] = [where[name] for name in SENTENCEPIECE_SPECIAL]
    chars: list[str] = list(SPECIAL)
    by_char = _piece_rows(pieces)
    kept = sorted((row, ch) for ch, row in by_char.items() if is_kept_char(ch))
    for row, ch in kept:
        rows.append(row)
        chars.append(ch)
    seen = set(chars)
    for raw in itertools.chain(ALWAYS_CHARS, extra_chars):
        ch = char_key(raw)
        if ch in seen:
            continue
        seen.add(ch)
        chars.append(ch)
        if ch in by_char:
            rows.append(by_char[ch])  # a piece outside KEPT_RANGES: still a trained row
        elif ch.isspace() and " " in by_char:
            rows.append(by_char[" "])
        else:
            rows.append(None)
    return rows, chars


def initial_rows(pieces: Sequence[str], chars: Iterable[str]) -> list[tuple[int, ...]]:
    """For each new character, the pretrained rows whose mean should initialise its row; () when none fit.

    A character no single piece covers was NFKC-folded by the pretrained tokenizer into several characters,
    so the model saw those instead: the piece of the whole folded form when there is one ("…" → "..."), else
    the rows of its characters one by one ("℃" → "°", "C"). Characters that fold to nothing known get ().
    """
    where = {piece: row for row, piece in reversed(list(enumerate(pieces)))}
    by_char = _piece_rows(pieces)
    result: list[tuple[int, ...]] = []
    for ch in chars:
        folded = unicodedata.normalize("NFKC", ch)
        whole = where.get(folded, where.get(SPM_SPACE + folded)) if len(folded) > 1 else None
        if whole is not None:
            result.append((whole,))
        elif len(folded) > 1 and all(c in by_char for c in folded):
            result.append(tuple(by_char[c] for c in folded))
        else:
            result.append(())
    return result
