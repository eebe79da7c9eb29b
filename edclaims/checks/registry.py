"""The one place check families are registered. Each family is a module with one function decorated here."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from edclaims.checks.context import ClaimContext
from edclaims.records import Finding

CheckFunction = Callable[[ClaimContext], Iterable[Finding]]

# the built-in families, in the order their findings are listed
BUILTIN_FAMILIES = (
    "percent_of_whole",
    "sum",
    "remainder",
    "part_le_whole",
    "change",
    "restatement",
    "comparison",
    "bounds",
    "count_enumeration",
    "average",
    "growth",
    "share_sum",
)

_CHECKS: dict[str, CheckFunction] = {}


def register_check(name: str) -> Callable[[CheckFunction], CheckFunction]:
    def decorate(function: CheckFunction) -> CheckFunction:
        _CHECKS[name] = function
        return function

    return decorate


def get_checks(names: Iterable[str] | None = None) -> dict[str, CheckFunction]:
    for family in BUILTIN_FAMILIES:
        importlib.import_module(f"edclaims.checks.{family}")
    if names is None:
        return dict(_CHECKS)
    wanted = list(names)
    unknown = [n for n in wanted if n not in _CHECKS]
    if unknown:
        raise KeyError(f"unknown check {', '.join(unknown)}; choose from {', '.join(sorted(_CHECKS))}")
    return {n: _CHECKS[n] for n in wanted}


def run_checks(ctx: ClaimContext, names: Iterable[str] | None = None) -> list[Finding]:
    findings: list[Finding] = []
    for function in get_checks(names).values():
        findings.extend(function(ctx))
    return findings
