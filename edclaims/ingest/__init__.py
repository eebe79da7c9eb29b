"""Ingest: command-line arguments → release bytes → decoded text, never a traceback.

Typical use::

    for item in iter_sources(paths):
        if isinstance(item, SourceFailure):
            print(item.message)
            continue
        try:
            text = load_text(item)
        except InputError as error:
            print(error)
"""

from edclaims.ingest.decoding import decode
from edclaims.ingest.errors import InputError
from edclaims.ingest.html_text import html_to_text
from edclaims.ingest.loading import load_text
from edclaims.ingest.sizes import DEFAULT_MAX_BYTES
from edclaims.ingest.sources import Source, SourceFailure, iter_sources, list_inputs, read_inputs

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputError",
    "Source",
    "SourceFailure",
    "decode",
    "html_to_text",
    "iter_sources",
    "list_inputs",
    "load_text",
    "read_inputs",
]
