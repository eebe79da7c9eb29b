"""The rule layer: check families that recompute the relations between claims."""

from edclaims.checks.context import ClaimContext
from edclaims.checks.registry import BUILTIN_FAMILIES, get_checks, register_check, run_checks

__all__ = ["BUILTIN_FAMILIES", "ClaimContext", "get_checks", "register_check", "run_checks"]
