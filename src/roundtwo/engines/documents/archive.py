"""Look inside a zip's central directory, without unpacking anything, to spot Word files and bombs.

The sizes checked are the ones the directory declares. That is enough: zipfile never inflates
an entry past its declared size (it stops there and the CRC check then fails), so an archive that
lies about its sizes cannot unpack to more than it admits. The parsing child's memory limit is
the second line of defence.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from .errors import DocumentError

MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 100  # real .docx files compress XML about 5-10:1
MAX_ENTRIES = 2000  # a long Word document has a few dozen parts


@dataclass(frozen=True)
class ZipSummary:
    names: frozenset[str]
    entries: int
    packed: int
    unpacked: int


def summarise(data: bytes) -> ZipSummary | None:
    """The central directory's totals, or None when the bytes are not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None
    return ZipSummary(
        names=frozenset(info.filename for info in infos),
        entries=len(infos),
        packed=sum(info.compress_size for info in infos),
        unpacked=sum(info.file_size for info in infos),
    )


def is_word_document(summary: ZipSummary) -> bool:
    return "word/document.xml" in summary.names


def _bomb(detail: str) -> DocumentError:
    return DocumentError(
        "zip_bomb",
        f"This Word file would unpack to {detail}, far beyond any real document, so Round "
        "Two will not open it. Save the document again from Word and upload the new copy.",
    )


def refuse_bombs(summary: ZipSummary) -> None:
    if summary.entries > MAX_ENTRIES:
        raise _bomb(f"{summary.entries:,} separate parts")
    if summary.unpacked > MAX_UNPACKED:
        raise _bomb(f"{summary.unpacked / 1024 / 1024:,.0f} MB")
    if summary.unpacked > MAX_RATIO * max(summary.packed, 1) and summary.unpacked > 1024 * 1024:
        raise _bomb(f"{summary.unpacked // max(summary.packed, 1):,} times its own size")
