"""`read_document`: choose the reader, parse binaries in the child, decode text in-process."""

from __future__ import annotations

from dataclasses import replace

from .detect import Container, container, textual_kind
from .errors import empty, too_large
from .model import MAX_BYTES, DocumentText
from .sandbox import parse_in_child
from .text import decode_text
from .titles import html_title, markdown_title


def _read_textual(data: bytes, filename: str, content_type: str | None) -> DocumentText:
    text = decode_text(data)
    if not text.strip():
        raise empty()
    kind = textual_kind(text, filename, content_type)
    title = html_title(text) if kind == "html" else None
    if kind == "markdown":
        title = markdown_title(text)
    return DocumentText(text=text, kind=kind, title=title, pages=None)


def _container_of(data: bytes, filename: str, content_type: str | None) -> Container:
    if len(data) > MAX_BYTES:
        raise too_large(f"more than {MAX_BYTES // (1024 * 1024)} MB")
    if not data.strip():
        raise empty()
    return container(data, filename, content_type)


def check_document(data: bytes, filename: str, content_type: str | None = None) -> None:
    """The checks that need no parser (size, emptiness, binaries, zip bombs, text that does
    not decode), cheap enough to run while the user waits; raises DocumentError."""
    if _container_of(data, filename, content_type) == "textual" and not decode_text(data).strip():
        raise empty()


def read_document(
    data: bytes,
    filename: str,
    content_type: str | None = None,
    *,
    timeout: float = 20.0,
    memory_mb: int = 512,
) -> DocumentText:
    """The text of an uploaded or fetched file, or a DocumentError saying why there is none."""
    kind = _container_of(data, filename, content_type)
    if kind == "textual":
        document = _read_textual(data, filename, content_type)
    else:
        found = parse_in_child(kind, data, timeout=timeout, memory_mb=memory_mb)
        document = DocumentText(text=found.text, kind=kind, title=found.title, pages=found.pages)
    # PostgreSQL cannot store NUL in text, and no reader of ours has any use for one.
    return replace(document, text=document.text.replace("\x00", ""))
