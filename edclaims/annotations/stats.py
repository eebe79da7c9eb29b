"""Counts for a model card: records, spans per label, and how records spread over meta values."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from edclaims.annotations.record import LABELS, Record

META_KEYS: tuple[str, ...] = ("split", "variant", "source")


@dataclass
class Stats:
    records: int = 0
    spans: int = 0
    characters: int = 0
    unlabelled: int = 0  # records without any span: negatives, worth knowing how many
    labels: Counter[str] = field(default_factory=Counter)
    meta: dict[str, Counter[str]] = field(default_factory=lambda: {key: Counter() for key in META_KEYS})

    def add(self, records: Iterable[Record]) -> Stats:
        for record in records:
            self.records += 1
            self.characters += len(record.text)
            self.spans += len(record.spans)
            self.unlabelled += not record.spans
            self.labels.update(str(span.label) for span in record.spans)
            for key in META_KEYS:
                value = record.meta.get(key)
                self.meta[key][str(value) if value is not None else "(none)"] += 1
        return self

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "spans": self.spans,
            "characters": self.characters,
            "records_without_spans": self.unlabelled,
            "labels": {label: self.labels[label] for label in _label_order(self.labels)},
            **{key: dict(sorted(counts.items())) for key, counts in self.meta.items()},
        }

    def lines(self) -> list[str]:
        out = [
            f"records  {self.records}",
            f"  without spans  {self.unlabelled}",
            f"characters  {self.characters}",
            f"spans  {self.spans}",
        ]
        out += [f"  {label}  {self.labels[label]}" for label in _label_order(self.labels)]
        for key, counts in self.meta.items():
            out.append(key)
            out += [f"  {value}  {count}" for value, count in sorted(counts.items())]
        return out


def _label_order(counts: Counter[str]) -> list[str]:
    # Known labels always show, even at zero; anything else (from a foreign file) after them.
    return [*LABELS, *sorted(label for label in counts if label not in LABELS)]
