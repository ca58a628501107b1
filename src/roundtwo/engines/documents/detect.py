"""Which reader a file needs: magic bytes first, then the content, the name and type as hints."""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Literal

from roundtwo.engines import untrusted_json

from .archive import is_word_document, refuse_bombs, summarise
from .errors import DocumentError, corrupt
from .model import DocumentKind

Container = Literal["pdf", "docx", "textual"]

_BINARY_MAGIC = (
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"RIFF", "an image or a recording"),
    (b"II*\x00", "an image"),
    (b"MM\x00*", "an image"),
    (b"ID3", "a recording"),
    (b"OggS", "a recording"),
    (b"\x1f\x8b", "a compressed archive"),
    (b"7z\xbc\xaf", "a compressed archive"),
    (b"Rar!", "a compressed archive"),
    (b"\xd0\xcf\x11\xe0", "an old-style Word (.doc) or Office file"),
    (b"{\\rtf", "a Rich Text (.rtf) file"),
    (b"%!PS", "a PostScript file"),
    (b"\x7fELF", "a program"),
)
_HINTS: dict[str, DocumentKind] = {
    ".pdf": "pdf",
    "application/pdf": "pdf",
    ".docx": "docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    "text/html": "html",
    "application/xhtml+xml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    "text/markdown": "markdown",
    ".json": "json",
    "application/json": "json",
    ".txt": "text",
    "text/plain": "text",
}
_STRONG_HTML = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_WEAK_HTML = re.compile(r"\A\s*<[a-z!][^>]*>.*</[a-z][a-z0-9]*\s*>", re.I | re.S)


def unsupported(what: str) -> DocumentError:
    return DocumentError(
        "unsupported",
        f"This file looks like {what}, which Round Two cannot read. Upload a PDF, a Word "
        "(.docx) file, a web page, Markdown, plain text or a JSON Resume instead.",
    )


def hint(filename: str, content_type: str | None) -> DocumentKind | None:
    """The kind the name or the declared type suggests; the type wins when both say something."""
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    suffix = PurePath(filename or "").suffix.lower()
    return _HINTS.get(media_type) or _HINTS.get(suffix)


def container(data: bytes, filename: str, content_type: str | None) -> Container:
    """ "pdf" or "docx" (to parse in the child), or "textual"; refuses binaries and zip bombs."""
    if b"%PDF-" in data[:1024]:  # the header may follow some junk, as readers allow
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        summary = summarise(data)
        if summary is None:
            raise corrupt("Word document")
        if not is_word_document(summary):
            raise unsupported("a zip archive (not a Word document)")
        refuse_bombs(summary)
        return "docx"
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise unsupported(what)
    expected = hint(filename, content_type)
    if expected == "pdf":
        raise corrupt("PDF")
    if expected == "docx":
        raise corrupt("Word document")
    return "textual"


def _is_json(text: str) -> bool:
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        untrusted_json.loads(text)
    except untrusted_json.UntrustedJSONError:
        return False
    return True


def textual_kind(text: str, filename: str, content_type: str | None) -> DocumentKind:
    if _is_json(text):
        return "json"
    expected = hint(filename, content_type)
    if _STRONG_HTML.search(text[:4096]):
        return "html"
    if expected == "json":
        raise DocumentError(
            "corrupt",
            "This JSON file is not valid JSON. Check it in an editor and upload it again.",
        )
    if expected in ("markdown", "text"):
        return expected
    if expected == "html" or _WEAK_HTML.match(text[:65536]):
        return "html"
    return "text"
