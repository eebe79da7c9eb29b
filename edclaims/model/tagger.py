"""The fine-tuned span tagger behind the `Tagger` interface.

It is loaded once per run, tags only the sentences that hold a number or a numeral (most sentences of a
release hold none), in length-sorted batches, on the CPU.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path

from edclaims.model.features import pieces as pieces_of
from edclaims.model.labels import TAGS, tags_to_spans
from edclaims.model.predict import predict_tags
from edclaims.model.refine import add_missed_numbers, refine
from edclaims.model.vocab import CharVocab
from edclaims.records import Label, Span
from edclaims.tagging.base import TaggerError
from edclaims.tagging.registry import register_tagger

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "edclaims-zh"
HAS_NUMBER = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿廿卅壹贰叁肆伍陆柒捌玖拾佰仟xX×?？半番]")
REQUIRED = ("config.json", "model.safetensors", "vocab.txt")
MAX_CHARS = 254  # + [CLS] and [SEP] stays under the position embeddings and keeps attention cheap


def model_folder(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get("EDCLAIMS_MODEL") or DEFAULT_MODEL)


class ModelTagger:
    name = "model"

    def __init__(
        self, folder: str | Path | None = None, threads: int | None = None, scanner: bool = True
    ) -> None:
        self.folder = model_folder(folder)
        self.scanner = scanner  # add the number scanner's spans for numbers the model missed
        missing = [f for f in REQUIRED if not (self.folder / f).is_file()]
        if not self.folder.is_dir() or missing:
            what = "no such folder" if not self.folder.is_dir() else "missing " + ", ".join(missing)
            raise TaggerError(
                f"model folder {self.folder}: {what} (use --tagger rules to run without the model)"
            )
        import torch  # imported here: the rule tagger never pays for torch
        from transformers import AutoModelForTokenClassification
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()  # a user running verify wants the report, not weight-loading bars
        torch.set_num_threads(threads or min(2, os.cpu_count() or 1))
        try:
            self.vocab = CharVocab.load(self.folder)
            model = AutoModelForTokenClassification.from_pretrained(self.folder, local_files_only=True)
        except (OSError, ValueError, KeyError, RuntimeError, json.JSONDecodeError) as error:
            raise TaggerError(
                f"model folder {self.folder}: cannot load it ({type(error).__name__}: {error})"
            ) from None
        self.model = model.float().eval()  # weights ship in fp16; the CPU computes in fp32
        self.id2tag = [self.model.config.id2label[i] for i in range(len(self.model.config.id2label))]
        if set(self.id2tag) != set(TAGS):
            raise TaggerError(
                f"model folder {self.folder}: its labels {sorted(self.id2tag)} are not edclaims' tags"
            )

    def without_scanner(self) -> ModelTagger:
        """The same loaded network, without the scanner's fill-in: the network's own spans, for evaluation
        (loading the weights a second time would double the memory and the wait)."""
        twin = copy.copy(self)
        twin.scanner = False
        return twin

    def tag(self, texts: Sequence[str]) -> list[list[Span]]:
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end) of each sentence worth tagging
        for index, text in enumerate(texts):
            for start, end in pieces_of(text, MAX_CHARS):
                if HAS_NUMBER.search(text, start, end):
                    pieces.append((index, start, end))
        found: list[list[Span]] = [[] for _ in texts]
        predicted = predict_tags(self.model, self.vocab, [texts[i][s:e] for i, s, e in pieces])
        for (index, start, _), tags in zip(pieces, predicted, strict=True):
            text = texts[index]
            for s, e, label in tags_to_spans(tags):
                found[index].append(Span(start + s, start + e, Label(label), text[start + s : start + e]))
        refined = [refine(text, spans) for text, spans in zip(texts, found, strict=True)]
        if self.scanner:
            refined = [add_missed_numbers(text, spans) for text, spans in zip(texts, refined, strict=True)]
        return refined


@register_tagger("model")
def make_model_tagger(folder: str | Path | None = None, scanner: bool = True) -> ModelTagger:
    return ModelTagger(folder, scanner=scanner)
