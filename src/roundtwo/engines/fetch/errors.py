"""The one error type: every message is a sentence the user can act on, and `kind` says why."""

from __future__ import annotations

from typing import Literal

FetchErrorKind = Literal[
    "scheme",
    "private_address",
    "dns",
    "unreachable",
    "timeout",
    "too_large",
    "status",
    "redirects",
    "robots",
    "content_type",
]


class FetchError(Exception):
    """A page Round Two would not or could not fetch."""

    def __init__(self, kind: FetchErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind: FetchErrorKind = kind
        self.message = message

    def __str__(self) -> str:
        return self.message


def private_address() -> FetchError:
    return FetchError(
        "private_address",
        "That address points inside your own network, so Round Two will not fetch it.",
    )


def bad_scheme(scheme: str) -> FetchError:
    shown = f"“{scheme}:” addresses" if scheme else "addresses without http:// or https://"
    return FetchError(
        "scheme",
        f"Round Two only fetches web addresses starting with http:// or https://, not {shown}.",
    )


def bad_address(reason: str) -> FetchError:
    return FetchError("scheme", f"That is not a web address Round Two can fetch: {reason}.")


def timed_out(seconds: float) -> FetchError:
    return FetchError(
        "timeout",
        f"The site did not finish answering within {seconds:g} seconds, so Round Two stopped "
        "waiting. Try again later, or save the page and upload it instead.",
    )


def too_large(max_bytes: int) -> FetchError:
    megabytes = max_bytes / (1024 * 1024)
    return FetchError(
        "too_large",
        f"That page is larger than {megabytes:g} MB, so Round Two stopped downloading it. "
        "Save the part you need and upload or paste it instead.",
    )
