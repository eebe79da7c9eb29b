"""spaCy DocBin (`.spacy`): spans in `doc.spans["edclaims"]`, meta in `doc.user_data["meta"]`.

A span group, not `doc.ents`, because spans must map onto tokens and groups say so without claiming NER
semantics. Docs are built with `spacy.blank("zh")`, whose default segmenter cuts every character into its own
token (whitespace runs attach to the character before them), so every span that neither starts nor ends on
whitespace aligns. spaCy is imported lazily: it takes seconds to load and only this format needs it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from edclaims.annotations.errors import AnnotationError
from edclaims.annotations.io import read_bytes, write_bytes_atomic
from edclaims.annotations.record import AnnotatedSpan, Record

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPANS_KEY = "edclaims"


@cache
def blank_zh() -> Language:
    import spacy

    return spacy.blank("zh")


def to_doc(record: Record, index: int = 1) -> Doc:
    nlp = blank_zh()
    doc = nlp.make_doc(record.text)
    spans = []
    for span in record.spans:
        made = doc.char_span(span.start, span.end, label=span.label)
        if made is None:
            raise AnnotationError(
                None, f"record {index}: span {span.describe()} does not align with the character tokens"
            )
        spans.append(made)
    doc.spans[SPANS_KEY] = spans
    doc.user_data["meta"] = dict(record.meta)
    return doc


def from_doc(doc: Doc) -> Record:
    # Fall back on doc.ents for DocBins made by other tools (an NER corpus has no span group).
    group: Iterable[Any] = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else doc.ents
    spans = tuple(AnnotatedSpan(s.start_char, s.end_char, s.label_) for s in group)
    meta = doc.user_data.get("meta", {})
    return Record(doc.text, spans, _lists(meta) if isinstance(meta, dict) else {})


def _lists(value: Any) -> Any:
    # msgpack hands JSON arrays back as tuples; turn them into lists so meta compares equal after a round trip.
    if isinstance(value, dict):
        return {key: _lists(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_lists(item) for item in value]
    return value


def docbin_bytes(records: Iterable[Record]) -> bytes:
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    for index, record in enumerate(records, start=1):
        docbin.add(to_doc(record, index))
    return docbin.to_bytes()


def records_from_docbin_bytes(data: bytes) -> list[Record]:
    from spacy.tokens import DocBin

    try:
        docbin = DocBin(store_user_data=True).from_bytes(data)
        docs = list(docbin.get_docs(blank_zh().vocab))
    except Exception as error:  # msgpack, zlib and spaCy each raise their own types on junk
        raise AnnotationError(None, f"not a spaCy DocBin ({type(error).__name__})") from None
    return [from_doc(doc) for doc in docs]


def write_docbin(records: Iterable[Record], path: str | os.PathLike[str]) -> None:
    write_bytes_atomic(path, docbin_bytes(records))


def read_docbin(path: str | os.PathLike[str]) -> list[Record]:
    return records_from_docbin_bytes(read_bytes(path))
