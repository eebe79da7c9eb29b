"""Run verify over annotated releases and tally, per relation kind, what it finds and what it catches.

relations        annotated relations of the kind
found            relations with a finding of the same family whose number spans cover every number
verdict right    found relations whose finding has the annotated verdict
planted/caught   edits planted into consistent relations (see planting.py) and those verify caught:
                 a new mismatch covering the edited number (a flip: covering a number of the relation)
false alarms     mismatches on the unedited releases not explained by an annotated mismatch relation
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from edclaims.benchmark.matching import (
    Found,
    catches,
    false_alarms,
    findings_of,
    match_relation,
    strict_false_alarms,
)
from edclaims.benchmark.planting import EDIT_KINDS, Edit, plant_flip, plant_typos
from edclaims.benchmark.relations import Relation, Release
from edclaims.pipeline import verify_text
from edclaims.tagging.base import Tagger

# verify(text, source) → the findings of one release
Verify = Callable[[str, str], list[Found]]


@dataclass
class Tally:
    relations: int = 0
    found: int = 0
    verdict_right: int = 0
    planted: Counter[str] = field(default_factory=Counter)  # by edit kind
    caught: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        self.relations += other.relations
        self.found += other.found
        self.verdict_right += other.verdict_right
        self.planted.update(other.planted)
        self.caught.update(other.caught)


@dataclass
class Miss:
    release: str
    kind: str
    what: str  # "not found", "wrong verdict", "edit not caught", "false alarm"
    detail: str

    def __str__(self) -> str:
        return f"{self.what}: {self.release}: {self.kind}: {self.detail}"


@dataclass
class BenchmarkResult:
    kinds: dict[str, Tally]
    checked: frozenset[str]  # families registered when the benchmark ran
    documents: int
    false_alarms: list[Miss]
    misses: list[Miss]
    strict_false_alarms: list[Miss] = field(default_factory=list)  # see matching.strict_false_alarms

    def total(self, only_checked: bool) -> Tally:
        total = Tally()
        for kind, tally in self.kinds.items():
            if kind in self.checked or not only_checked:
                total.add(tally)
        return total

    @property
    def false_alarms_per_document(self) -> float:
        return len(self.false_alarms) / self.documents if self.documents else 0.0


@dataclass(frozen=True)
class Planting:
    """What to plant: the edit kinds wanted and how many typo edits per number."""

    kinds: frozenset[str] = frozenset(EDIT_KINDS)
    per_number: int = 2
    seed: int = 13


def plant_all(text: str, relation: Relation, rng: random.Random, planting: Planting) -> Iterable[Edit]:
    typos = planting.kinds & {"digit", "swap"}
    if typos:
        yield from plant_typos(text, relation, rng, planting.per_number, typos)
    if "flip" in planting.kinds:
        flip = plant_flip(text, relation)
        if flip is not None:
            yield flip


def run_benchmark(
    releases: Sequence[Release], verify: Verify, checked: Iterable[str], planting: Planting | None
) -> BenchmarkResult:
    """Score `verify` on the releases; plant errors into consistent relations unless `planting` is None."""
    result = BenchmarkResult({}, frozenset(checked), len(releases), [], [])
    rng = random.Random(planting.seed if planting else 0)
    for release in releases:
        findings = verify(release.text, release.id)
        for alarm in false_alarms(findings, release.relations):
            result.false_alarms.append(Miss(release.id, alarm.check, "false alarm", alarm.message))
        for alarm in strict_false_alarms(findings, release.relations):
            result.strict_false_alarms.append(
                Miss(release.id, alarm.check, "false alarm (strict)", alarm.message)
            )
        for relation in release.relations:
            tally = result.kinds.setdefault(relation.kind, Tally())
            tally.relations += 1
            label = relation.computed or ", ".join(n.text for n in relation.numbers)
            match = match_relation(findings, relation)
            if match is None:
                result.misses.append(Miss(release.id, relation.kind, "not found", label))
            else:
                tally.found += 1
                if match.status == relation.verdict:
                    tally.verdict_right += 1
                else:
                    detail = f"{label} (annotated {relation.verdict}, verify says {match.status})"
                    result.misses.append(Miss(release.id, relation.kind, "wrong verdict", detail))
            if planting is None or relation.verdict != "consistent":
                continue
            for edit in plant_all(release.text, relation, rng, planting):
                tally.planted[edit.kind] += 1
                if catches(findings, verify(edit.text, release.id), edit.targets):
                    tally.caught[edit.kind] += 1
                else:
                    detail = f"{label}: {edit.kind} {edit.context()!r}"
                    result.misses.append(Miss(release.id, relation.kind, "edit not caught", detail))
    return result


def make_verify(tagger: Tagger) -> Verify:
    """verify_text with one tagger, reduced to the findings the benchmark compares."""

    def verify(text: str, source: str) -> list[Found]:
        return findings_of(verify_text(text, source=source, tagger=tagger))

    return verify
