"""Synthetic release paragraphs with known spans and known relations, for training and benchmarking."""

from edclaims.synthetic.arith import relation_holds
from edclaims.synthetic.generate import generate_records, relations_line, to_line
from edclaims.synthetic.validate import GeneratorError, validate_record

__all__ = [
    "GeneratorError",
    "generate_records",
    "relation_holds",
    "relations_line",
    "to_line",
    "validate_record",
]
