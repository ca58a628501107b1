"""Turn what the user points at (a URL, or a file's bytes) into text the extractors read.

Composes the safe fetcher and the sandboxed document reader; the web task and the CLI both call
it, so a page is read the same way wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from roundtwo.engines.documents import DocumentText, read_document
from roundtwo.engines.fetch import FetchPolicy, decode_body, fetch

_CONTENT_TYPES = {"html": "text/html", "markdown": "text/markdown"}
_READ_AS_TEXT = {"text/html", "application/xhtml+xml", "text/plain", "text/markdown"}


@dataclass(frozen=True)
class Acquired:
    content: str  # HTML for pages, plain text or Markdown for everything else
    content_type: str  # "text/html" | "text/markdown" | "text/plain"
    title: str | None
    origin: str  # the final URL, or the file name
    notes: tuple[str, ...] = ()


def from_document(document: DocumentText, origin: str) -> Acquired:
    content_type = _CONTENT_TYPES.get(document.kind, "text/plain")
    return Acquired(document.text, content_type, document.title, origin)


def acquire_bytes(data: bytes, filename: str, content_type: str | None = None) -> Acquired:
    """A file's text; raises DocumentError with a sentence for the user."""
    return from_document(read_document(data, filename, content_type), filename)


def acquire_url(
    url: str,
    policy: FetchPolicy | None = None,
    progress: Callable[[int, int | None], None] | None = None,
) -> Acquired:
    """A page's text; raises FetchError or DocumentError with a sentence for the user."""
    fetched = fetch(url, policy or FetchPolicy(), progress=progress)
    if fetched.content_type in _READ_AS_TEXT:
        kind = "text/html" if "html" in fetched.content_type else fetched.content_type
        return Acquired(decode_body(fetched), kind, None, fetched.url, fetched.notes)
    name = urlsplit(fetched.url).path.rsplit("/", 1)[-1] or "download"
    document = read_document(fetched.body, name, fetched.content_type)
    acquired = from_document(document, fetched.url)
    return Acquired(
        acquired.content, acquired.content_type, acquired.title, fetched.url, fetched.notes
    )
