"""What a fetch may do (`FetchPolicy`), what it hands back (`Fetched`), and its clock."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime

from .errors import timed_out

PRODUCT = "RoundTwo"  # the token robots.txt rules are matched against


@dataclass(frozen=True)
class FetchPolicy:
    max_bytes: int = 5 * 1024 * 1024
    deadline_seconds: float = 20.0  # across every redirect and the whole body
    max_redirects: int = 5
    # Hosts ("127.0.0.1:8765" or "127.0.0.1") exempt from the public-address rule. Only tests set
    # this, so they can serve pages from loopback; the app never does.
    allowed_hosts: frozenset[str] = frozenset()
    respect_robots: bool = True


DEFAULT_POLICY = FetchPolicy()  # frozen, so one shared default is safe


@dataclass(frozen=True)
class Fetched:
    url: str  # the final address, after redirects
    status: int
    content_type: str  # the media type alone, lower-case: "text/html"
    charset: str | None  # from the Content-Type header, if it named one
    body: bytes
    fetched_at: datetime  # UTC
    redirects: tuple[str, ...]  # every address that redirected, in order; () when none did
    # Things the user may want to know but that did not stop the fetch ("robots.txt could not
    # be read, so we assumed the page may be fetched").
    notes: tuple[str, ...] = field(default=())


def user_agent() -> str:
    from roundtwo import __version__  # late, so the engine never pins a stale version string

    return (
        f"{PRODUCT}/{__version__} (+https://github.com/roundtwo; interview preparation, "
        "fetches only pages the user asked for)"
    )


class Deadline:
    """One budget of seconds shared by robots.txt, every redirect hop and the body."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; raises the timeout error once none are."""
        left = self._ends - time.monotonic()
        if left <= 0:
            raise timed_out(self.seconds)
        return left
