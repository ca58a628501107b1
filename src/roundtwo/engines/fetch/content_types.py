"""The kinds of document Round Two reads, checked before the body is downloaded."""

from __future__ import annotations

from email.message import Message

from .errors import FetchError

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ACCEPTED = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/markdown",
    "application/pdf",
    DOCX,
    "application/json",  # a JSON Resume
)
ACCEPT_HEADER = ", ".join([*ACCEPTED, "*/*;q=0.1"])


def split_content_type(header: str | None) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"; ("", None) when absent."""
    if not header:
        return "", None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    media_type = header.split(";", 1)[0].strip().lower()
    return media_type, charset.strip().lower() if isinstance(charset, str) else None


def check_content_type(header: str | None) -> tuple[str, str | None]:
    media_type, charset = split_content_type(header)
    if media_type in ACCEPTED:
        return media_type, charset
    what = f"“{media_type}”" if media_type else "no document type at all"
    raise FetchError(
        "content_type",
        "Round Two reads web pages, PDFs, Word documents (.docx), plain text, Markdown and "
        f"JSON Resume files, but that address sent {what}. If it is a file you can open, "
        "save it and upload it instead.",
    )
