"""Bytes to text: byte-order mark, UTF-8, then charset-normalizer with Windows-1252 favoured.

Shared by the document reader and by `fetch.decode_body`.
"""

from __future__ import annotations

import codecs
import re

from .errors import DocumentError

BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters other than whitespace, and the replacement character left by bad bytes.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_JUNK_SHARE = 0.02


def decode_bom(data: bytes) -> str | None:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    return None


def guess_legacy(data: bytes) -> str:
    """Text in an undeclared single-byte code page.

    charset-normalizer's language score is noisy on short text (a French paragraph scores as
    Indonesian in Mac Latin-2), while its mess score is reliable; so among the least messy
    readings Windows-1252 wins, as it does in browsers for undeclared Western pages.
    """
    from charset_normalizer import from_bytes  # late: it costs 40 ms to import

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return data.decode("cp1252", errors="replace")
    western = next((m for m in matches if m.encoding == "cp1252"), None)
    if western is None:
        western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and western.chaos <= best.chaos:
        return str(western)
    return str(best)


def _utf16_without_bom(data: bytes) -> str | None:
    """Windows tools sometimes write UTF-16 with no mark: every other byte is then NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0) / half, data[1::2].count(0) / half
    if odd_nuls > 0.4 and even_nuls < 0.05:
        return data.decode("utf-16-le", errors="replace")
    if even_nuls > 0.4 and odd_nuls < 0.05:
        return data.decode("utf-16-be", errors="replace")
    return None


def binary_file() -> DocumentError:
    return DocumentError(
        "unsupported",
        "This looks like a binary file (an image, an archive or similar), not a document "
        "Round Two can read. Upload a PDF, a Word (.docx) file, a web page, or plain text.",
    )


def decode_text(data: bytes) -> str:
    """The text of a file that should be text; DocumentError("unsupported") if it is not."""
    text = decode_bom(data)
    if text is None:
        text = _utf16_without_bom(data)
    if text is None:
        if b"\x00" in data:
            raise binary_file()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = guess_legacy(data)
    if len(_JUNK.findall(text)) > _MAX_JUNK_SHARE * max(len(text), 1):
        raise binary_file()
    return text
