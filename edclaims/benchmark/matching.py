"""Findings against annotated relations: which relation a finding covers, which edit it catches, and which
mismatches are false alarms. All offsets are in the original release text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from edclaims.benchmark.relations import Relation
from edclaims.records import DocumentResult

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Found:
    """One finding reduced to what the benchmark compares: family, status and number spans."""

    check: str
    status: str
    spans: Spans
    message: str = ""


def findings_of(doc: DocumentResult) -> list[Found]:
    return [
        Found(
            f.check,
            str(f.status),
            tuple(doc.norm.to_original(c.q_start, c.q_end) for c in f.claims),
            f.message,
        )
        for f in doc.findings
    ]


def covers(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether any span overlaps [start, end)."""
    return any(s < end and start < e for s, e in spans)


# Families that recompute the same equation, or a stronger one, over a relation's numbers: sum and
# remainder are one equation (total = items + rest; which family reports it depends on whether the last item
# is worded 其余/其他), and a part within its whole is checked by a share of that whole (part ÷ whole =
# the stated %) or by a breakdown holding both. Their findings find the relation too.
ALSO_FOUND_BY: dict[str, tuple[str, ...]] = {
    "sum": ("remainder",),
    "remainder": ("sum",),
    "part_le_whole": ("percent_of_whole", "sum", "remainder"),
}


def covering(findings: Sequence[Found], relation: Relation) -> list[Found]:
    """Findings of the relation's family (or of one in ALSO_FOUND_BY) whose number spans cover every number
    of the relation; those of its own family first."""
    families = (relation.kind, *ALSO_FOUND_BY.get(relation.kind, ()))
    found = [
        f
        for f in findings
        if f.check in families and all(covers(f.spans, n.start, n.end) for n in relation.numbers)
    ]
    return sorted(found, key=lambda f: families.index(f.check))


def match_relation(findings: Sequence[Found], relation: Relation) -> Found | None:
    """The finding that finds the relation, preferring one with the annotated verdict; None if none does."""
    candidates = covering(findings, relation)
    for f in candidates:
        if f.status == relation.verdict:
            return f
    return candidates[0] if candidates else None


def mismatches(findings: Iterable[Found]) -> set[tuple[str, Spans]]:
    return {(f.check, f.spans) for f in findings if f.status == "mismatch"}


def catches(before: Sequence[Found], after: Sequence[Found], targets: Iterable[tuple[int, int]]) -> bool:
    """Whether the edited release has a new mismatch (not already reported on the unedited one) covering
    one of the targets. Edits keep the text's length, so spans before and after are comparable."""
    old = mismatches(before)
    wanted = list(targets)
    return any(
        (f.check, f.spans) not in old and any(covers(f.spans, s, e) for s, e in wanted)
        for f in after
        if f.status == "mismatch"
    )


def strict_false_alarms(findings: Sequence[Found], relations: Sequence[Relation]) -> list[Found]:
    """Mismatches that report no annotated broken relation: they cover fewer than two numbers (all, for a
    relation of one) of every relation annotated "mismatch". Stricter than `false_alarms`: a mismatch that
    pairs one broken figure with numbers of its own choosing counts here."""
    broken = [r for r in relations if r.verdict == "mismatch"]

    def reports(f: Found, r: Relation) -> bool:
        shared = sum(1 for n in r.numbers if covers(f.spans, n.start, n.end))
        return shared >= min(2, len(r.numbers))

    return [f for f in findings if f.status == "mismatch" and not any(reports(f, r) for r in broken)]


def false_alarms(findings: Sequence[Found], relations: Sequence[Relation]) -> list[Found]:
    """Mismatches on an unedited release not explained by an annotated mismatch: a mismatch is explained
    when it covers a number of a relation annotated "mismatch" (the broken figure may well show up in
    another family's finding too)."""
    broken = [(n.start, n.end) for r in relations if r.verdict == "mismatch" for n in r.numbers]
    return [
        f for f in findings if f.status == "mismatch" and not any(covers(f.spans, s, e) for s, e in broken)
    ]
