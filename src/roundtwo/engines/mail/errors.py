"""The one error `send` raises: a sentence for the user, never the password, and a `kind`."""

from __future__ import annotations

from typing import Literal

SendErrorKind = Literal[
    "settings",
    "dns",
    "refused",
    "timeout",
    "tls",
    "auth",
    "sender",
    "recipient",
    "rejected",
    "disconnected",
    "network",
]


class SendError(Exception):
    """A mail that was not sent, with the reason in plain words."""

    def __init__(self, kind: SendErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: SendErrorKind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message
