"""Read the text of an untrusted document: PDF, Word (.docx), HTML, Markdown, plain text, JSON.

`read_document(data, filename, content_type)` decides the kind by magic bytes first (%PDF, a zip
holding word/document.xml, HTML markup, parseable JSON), with the name and declared type as
hints, and returns a `DocumentText`. PDFs and Word files are parsed in a child Python process
with a memory ceiling and a wall-clock timeout (sandbox.py), so a hostile file costs the child,
not the app; zip bombs are refused from the archive's directory before anything is unpacked.
HTML comes back as the decoded HTML itself (the research extractor parses it); text, Markdown
and JSON come back decoded (byte-order mark, UTF-8, else charset-normalizer). Every failure is a
`DocumentError` whose `message` is a sentence for the user and whose `kind` says what went wrong:
"unsupported", "empty", "no_text_layer" (a scanned PDF), "encrypted", "too_large", "corrupt",
"timeout" or "zip_bomb". `check_document` runs only the checks that need no parser, for a
refusal while the user waits.
"""

from __future__ import annotations

from .errors import DocumentError, DocumentErrorKind
from .model import MAX_BYTES, DocumentKind, DocumentText
from .reader import check_document, read_document

__all__ = [
    "MAX_BYTES",
    "DocumentError",
    "DocumentErrorKind",
    "DocumentKind",
    "DocumentText",
    "check_document",
    "read_document",
]
