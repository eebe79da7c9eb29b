"""Paragraphs from sentence families, in surface variants, as annotation records and relations lines."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from edclaims.synthetic import lexicon, variants
from edclaims.synthetic.builder import Paragraph, Sentence, Span, join
from edclaims.synthetic.context import FamilyContext
from edclaims.synthetic.distractors import DISTRACTORS
from edclaims.synthetic.families import RELATION_FAMILIES
from edclaims.synthetic.validate import GeneratorError, validate_record

# plain most of the time; the others teach the tagger the surfaces normalisation undoes
VARIANT_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("plain", 70),
    ("traditional", 10),
    ("fullwidth", 10),
    ("gloss", 10),
)


def compose(ctx: FamilyContext) -> Paragraph:
    """2–4 relation families and 1–3 distractors, in random order; a lead sentence goes first."""
    rng = ctx.rng
    groups: list[list[Sentence]] = []
    relations = []
    lead: Sentence | None = None
    for name in rng.sample(sorted(RELATION_FAMILIES), rng.randint(2, 4)):
        out = RELATION_FAMILIES[name](ctx)
        if out is None:
            continue
        groups.append(out.sentences)
        relations.extend(out.relations)
        lead = lead or out.lead
    for name in rng.sample(sorted(DISTRACTORS), rng.randint(1, 3)):
        groups.append([DISTRACTORS[name](ctx)])
    rng.shuffle(groups)
    sentences = ([lead] if lead is not None else []) + [s for group in groups for s in group]
    return join(sentences, relations)


def _json_value(value: Decimal | None) -> int | float | None:
    """Relations store values as JSON numbers like the seed file; refuse any that would not round-trip."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) != value:
        raise GeneratorError(f"value {value} does not survive JSON")
    return as_float


def _apply_variant(
    name: str, paragraph: Paragraph, rng: random.Random
) -> tuple[str, str, list[Span], list[dict[str, Any]]]:
    text, spans, relations = paragraph.text, paragraph.spans, paragraph.relations
    shift = [0] * (len(text) + 1)
    if name == "traditional":
        converted = variants.traditional(text)
        if converted is None:
            name = "plain"  # OpenCC changed the length: offsets would not hold
        else:
            text = converted
    elif name == "fullwidth":
        text = variants.fullwidth(text)
    elif name == "gloss":
        glossed, moved_spans, moved_shift = variants.gloss(text, spans, rng)
        if glossed == text:
            name = "plain"  # every glossable character sat inside a span
        text, spans, shift = glossed, moved_spans, moved_shift
    moved = []
    for relation in relations:
        numbers = []
        for n in relation["numbers"]:
            start, end = n["start"] + shift[n["start"]], n["end"] + shift[n["end"] - 1]
            numbers.append({**n, "start": start, "end": end, "text": text[start:end]})
        moved.append({**relation, "numbers": numbers})
    return name, text, spans, moved


def generate_records(n: int, seed: int, mismatch_rate: float = 0.0) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    breaker = random.Random(f"mismatch-{seed}")  # str seeds are hashed deterministically (version 2)
    names = [v for v, _ in VARIANT_WEIGHTS]
    weights = [w for _, w in VARIANT_WEIGHTS]
    for index in range(1, n + 1):
        head, level = rng.choice(lexicon.PLACE_HEADS), rng.choice(lexicon.PLACE_LEVELS)
        ctx = FamilyContext(rng, breaker, mismatch_rate, head + level, "全" + level)
        paragraph = compose(ctx)
        variant = rng.choices(names, weights)[0]
        variant, text, spans, relations = _apply_variant(variant, paragraph, rng)
        for relation in relations:
            for number in relation["numbers"]:
                number["value"] = _json_value(number["value"])
        record = {
            "text": text,
            "spans": [
                {"start": s.start, "end": s.end, "label": s.label}
                for s in sorted(spans, key=lambda s: s.start)
            ],
            "meta": {
                "id": f"syn-{seed}-{index:05d}",
                "source": "synthetic",
                "seed": seed,
                "variant": variant,
                "relations": relations,
            },
        }
        validate_record(record)
        yield record


def to_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"


def relations_line(record: dict[str, Any]) -> str:
    """The seed_relations.jsonl shape: one paragraph, its text and its relations."""
    line = {"seed": record["meta"]["id"], "text": record["text"], "relations": record["meta"]["relations"]}
    return json.dumps(line, ensure_ascii=False) + "\n"
