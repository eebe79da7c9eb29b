"""Annotation tooling: the span-annotation record format, its checker, converters and authoring markup.

The tagger is trained on QUANTITY / UNIT / SUBJECT character spans stored as JSONL (see
`annotations/GUIDELINES.md`); this package reads, validates, converts and counts those files.
"""

from edclaims.annotations.check import FileReport, Problem, check_file, check_file_report, check_record
from edclaims.annotations.convert import FORMATS, convert, format_for, read_records, write_records
from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import read_jsonl, write_jsonl
from edclaims.annotations.markup import parse_markup, parse_paragraph
from edclaims.annotations.record import LABELS, AnnotatedSpan, Record
from edclaims.annotations.stats import Stats

__all__ = [
    "FORMATS",
    "LABELS",
    "AnnotatedSpan",
    "AnnotationError",
    "FileReport",
    "Problem",
    "Record",
    "Stats",
    "check_file",
    "check_file_report",
    "check_record",
    "convert",
    "format_for",
    "parse_markup",
    "parse_paragraph",
    "read_jsonl",
    "read_records",
    "write_jsonl",
    "write_records",
]
