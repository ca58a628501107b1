"""What reading a document hands back, and the limits every reader shares."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocumentKind = Literal["html", "pdf", "docx", "text", "markdown", "json"]

MAX_BYTES = 25 * 1024 * 1024  # larger than any CV or job post; the fetcher stops at 5 MB
# The most text the parsing child may send back. A 300-page book is about a million characters:
# more than this is not a document to prepare from, or the child is misbehaving.
MAX_TEXT_CHARS = 2_000_000


@dataclass(frozen=True)
class DocumentText:
    text: str  # for "html" the raw decoded HTML: the research extractor parses it itself
    kind: DocumentKind
    title: str | None
    pages: int | None  # PDFs only


@dataclass(frozen=True)
class Extracted:
    """What a parser in the child process found, before it becomes a DocumentText."""

    text: str
    title: str | None
    pages: int | None
