"""Teams transcripts saved as Word files: the paragraphs become lines for the text reader."""

from __future__ import annotations

import io
import zipfile

import docx

from .errors import TranscriptError, unreadable

# A 5 MB upload could unpack to gigabytes; a real transcript's XML is a few megabytes at most.
_MAX_UNPACKED = 100 * 1024 * 1024


def _cannot_open() -> TranscriptError:
    return unreadable(
        "it looks like a Word (.docx) file, but it could not be opened. It may be damaged, "
        "password-protected, or another kind of zip archive."
    )


def _unpacked_size(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return sum(info.file_size for info in archive.infolist())


def _open(data: bytes) -> docx.document.Document:
    try:
        too_big = _unpacked_size(data) > _MAX_UNPACKED
        document = None if too_big else docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile, zlib, lxml and python-docx each fail their own way
        raise _cannot_open() from exc
    if document is None:
        raise _cannot_open()
    return document


def docx_lines(data: bytes) -> list[str]:
    lines: list[str] = []
    for paragraph in _open(data).paragraphs:
        lines.extend(paragraph.text.split("\n"))  # line breaks inside a paragraph come as "\n"
    return lines
