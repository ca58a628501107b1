"""Which reader a file needs: decided by its content, with the file name only as a tie-break."""

from __future__ import annotations

import re
from pathlib import PurePath

from roundtwo.engines import untrusted_json

from .errors import TranscriptError, unreadable

_SRT_TIMING = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->", re.MULTILINE)
_SRT_COMMA = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2},\d{1,3}\s*-->", re.MULTILINE)
_VTT_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}\.\d{3}\s*-->", re.MULTILINE)
_KNOWN = "We read WebVTT (.vtt), SubRip (.srt), plain text (.txt) and Word (.docx) transcripts."

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "it is a PDF. Copy its text into a .txt file, or export the transcript as .docx."),
    (b"\xd0\xcf\x11\xe0", "it is an older Word (.doc) file. Save it as .docx or .txt first."),
    (b"{\\rtf", "it is a Rich Text (.rtf) file. Save it as .docx or .txt first."),
)


def _suffix(filename: str) -> str:
    return PurePath(filename or "").suffix.lower()


def binary_format(data: bytes, filename: str) -> str | None:
    """Return "docx" for a zip container; raise for the documents people upload by mistake."""
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise unreadable(reason)
    return None


def _structured(head: str) -> str | None:
    lowered = head[:200].lower()
    if lowered.startswith(("<!doctype", "<html", "<?xml")) or "<body" in lowered:
        return "a web page or an XML file"
    if head[:1] in "{[":
        try:
            untrusted_json.loads(head)
        except untrusted_json.UntrustedJSONError as error:
            return "a JSON file" if error.limit else None  # "[00:01] Name: ..." is a transcript
        return "a JSON file"
    return None


def text_format(text: str, filename: str) -> str:
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("WEBVTT"):
        return "vtt"
    suffix = _suffix(filename)
    srt_hits, vtt_hits = len(_SRT_COMMA.findall(text)), len(_VTT_TIMING.findall(text))
    if srt_hits and srt_hits >= vtt_hits:
        return "srt"
    if _SRT_TIMING.search(text) and suffix == ".srt":
        return "srt"
    if vtt_hits:
        return "vtt"
    kind = _structured(head)
    if kind:
        raise TranscriptError(
            f"This file is not a transcript we can read: it looks like {kind}, "
            f"not a transcript. {_KNOWN}"
        )
    return "text"
