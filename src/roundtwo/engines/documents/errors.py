"""The one error type: every message is a sentence the user can act on, and `kind` says why."""

from __future__ import annotations

from typing import Literal, get_args

DocumentErrorKind = Literal[
    "unsupported",
    "empty",
    "no_text_layer",
    "encrypted",
    "too_large",
    "corrupt",
    "timeout",
    "zip_bomb",
]
KINDS: frozenset[str] = frozenset(get_args(DocumentErrorKind))


class DocumentError(Exception):
    """A file Round Two could not turn into text."""

    def __init__(self, kind: DocumentErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: DocumentErrorKind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


def empty(what: str = "file") -> DocumentError:
    return DocumentError("empty", f"This {what} is empty: there is no text in it to read.")


def encrypted() -> DocumentError:
    return DocumentError(
        "encrypted",
        "This PDF is protected with a password, so Round Two cannot read it. Save a copy "
        "without the password (or print it to a new PDF) and upload that.",
    )


def no_text_layer() -> DocumentError:
    return DocumentError(
        "no_text_layer",
        "We could not read text from this PDF: it looks scanned. Paste the text instead.",
    )


def corrupt(what: str) -> DocumentError:
    return DocumentError(
        "corrupt",
        f"We could not read this {what}: it looks damaged or is not really a {what}. "
        "Open it, save it again (or export it as PDF), and upload the new copy.",
    )


def too_large(detail: str) -> DocumentError:
    return DocumentError(
        "too_large", f"This file is too large for Round Two to read ({detail}). {_SHORTER}"
    )


_SHORTER = "Upload a shorter version, or paste the part you need."
