"""The one error type: every message is a sentence the user can act on."""

from __future__ import annotations


class TranscriptError(ValueError):
    """A transcript that cannot be read, or a request that does not fit the transcript."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def unreadable(reason: str) -> TranscriptError:
    """The error for a file we cannot turn into speaker turns."""
    return TranscriptError(f"This file is not a transcript we can read: {reason}")
