"""From a :class:`Source` to the text every offset refers to."""

from __future__ import annotations

from edclaims.ingest.decoding import decode
from edclaims.ingest.errors import InputError
from edclaims.ingest.html_text import html_to_text
from edclaims.ingest.sources import Source


def load_text(source: Source) -> str:
    """Decode the source and, for HTML, extract its article text. Raises :class:`InputError`."""
    text = decode(source.data, source.name)
    if not source.is_html:
        return text
    try:
        article = html_to_text(text)
    except (ValueError, TypeError, RecursionError) as error:
        # The parser is lenient; this guards the promise that a bad page is one error line.
        raise InputError(f"{source.name}: could not parse the HTML ({type(error).__name__})") from None
    if not article.strip():
        raise InputError(f"{source.name}: no article text found in the HTML")
    return article
