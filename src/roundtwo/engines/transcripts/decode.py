"""Bytes to text: byte-order marks first, then UTF-8, then charset-normalizer's best guess."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import unreadable

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than whitespace, and the replacement character left by bad bytes.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_JUNK_SHARE = 0.02


def _binary() -> Exception:
    return unreadable(
        "it looks like a binary file (an image, an archive or similar), not text. "
        "Export the transcript as .vtt, .srt, .txt or .docx and try again."
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """Windows tools sometimes write UTF-16 with no mark: every other byte is then NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0) / (len(data) // 2)
    odd_nuls = data[1::2].count(0) / (len(data) // 2)
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _guess(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    if b"\x00" in data:
        raise _binary()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _legacy(data)


def _legacy(data: bytes) -> str:
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise _binary()
    # Short files often tie between several code pages; Windows-1252 is the usual one for the
    # Western European text most transcripts are in, so it wins a tie.
    for match in matches:
        tied = (match.chaos, match.coherence) == (best.chaos, best.coherence)
        if tied and match.encoding == "cp1252":
            return str(match)
    return str(best)


def _mostly_text(text: str) -> bool:
    junk = len(_JUNK.findall(text))
    return junk <= _MAX_JUNK_SHARE * max(len(text), 1)


def decode_text(data: bytes) -> str:
    text = _guess(data)
    if not _mostly_text(text):
        raise _binary()
    return text
