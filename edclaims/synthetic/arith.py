"""Whether a generated relation's arithmetic holds: the benchmark's own arithmetic, on the relation as JSON.

The generator runs this on every relation it writes (a consistent relation must hold, a planted mismatch
must not) and the tests run it again on the JSON it wrote. It is `edclaims.benchmark.arith.holds` on the
values with the precision their text states, so that the generator and the benchmark that scores its
releases can never disagree about a relation.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from edclaims.benchmark.arith import holds
from edclaims.benchmark.relations import stated_value


def relation_holds(relation: dict[str, Any]) -> bool | None:
    """True/False for the relation's arithmetic; None when a number is redacted (value None)."""
    numbers = relation["numbers"]
    values = [
        None if n["value"] is None else stated_value(n["text"], Decimal(str(n["value"]))) for n in numbers
    ]
    return holds(relation["kind"], [n["role"] for n in numbers], values, relation.get("computed", ""))
