"""The text layer of a PDF, read with pypdf. Runs only in the parsing child (see sandbox.py)."""

from __future__ import annotations

import io

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from .errors import empty, encrypted, no_text_layer
from .model import Extracted


def _unlock(reader: PdfReader) -> None:
    """Many PDFs are encrypted only to set permissions, with an empty password to open them."""
    try:
        unlocked = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except DependencyError as exc:  # AES needs the optional cryptography package
        raise encrypted() from exc
    if not unlocked:
        raise encrypted()


def _title(reader: PdfReader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # a broken Info dictionary should not cost us the text
        return None
    title = " ".join(str(title or "").split())
    return title or None


def read_pdf(data: bytes) -> Extracted:
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        _unlock(reader)
    try:
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError as exc:
        raise encrypted() from exc
    if not pages:
        raise empty("PDF")
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise no_text_layer()
    return Extracted(text=text, title=_title(reader), pages=len(pages))
