"""Recognise HTML by its first bytes, for stdin and for files whose extension does not say."""

import codecs

_HTML_OPENINGS = (b"<!doctype html", b"<html")
_SNIFF_BYTES = 2048


def looks_like_html(data: bytes) -> bool:
    """True if the data starts (after a BOM, whitespace and comments) with ``<!doctype html`` or ``<html``."""
    head = _ascii_head(data[:_SNIFF_BYTES]).lstrip().lower()
    # Some saved pages start with an XML declaration or a comment before the doctype.
    while head.startswith((b"<?xml", b"<!--")):
        closing = b"?>" if head.startswith(b"<?xml") else b"-->"
        end = head.find(closing)
        if end < 0:
            return False
        head = head[end + len(closing) :].lstrip()
    return head.startswith(_HTML_OPENINGS)


def _ascii_head(head: bytes) -> bytes:
    # UTF-16 pages would never match the ASCII openings byte for byte, so decode them first.
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, errors="ignore")
            return text.encode("ascii", errors="ignore")
    if head.startswith(codecs.BOM_UTF8):
        return head[len(codecs.BOM_UTF8) :]
    return head
