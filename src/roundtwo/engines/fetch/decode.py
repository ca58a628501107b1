"""A fetched body as text: byte-order mark, declared charset, HTML <meta>, UTF-8, then a guess."""

from __future__ import annotations

import re

from roundtwo.engines.documents.text import decode_bom, guess_legacy

from .policy import Fetched

_META_CHARSET = re.compile(rb"""<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read these labels as Windows-1252, and so do the pages that declare them.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _meta_charset(body: bytes) -> str | None:
    found = _META_CHARSET.search(body[:4096])
    return found.group(1).decode("ascii").lower() if found else None


def _strict(body: bytes, label: str | None) -> str | None:
    if not label:
        return None
    encoding = "cp1252" if label in _WINDOWS_1252 else label
    try:
        return body.decode(encoding)
    except (LookupError, UnicodeDecodeError):  # an unknown label, or a wrong one
        return None


def decode_body(fetched: Fetched) -> str:
    body = fetched.body
    text = decode_bom(body)
    if text is not None:
        return text
    meta = _meta_charset(body) if fetched.content_type in _HTML_TYPES else None
    for label in (fetched.charset, meta, "utf-8"):
        text = _strict(body, label)
        if text is not None:
            return text
    return guess_legacy(body)
