"""robots.txt, fetched through the same guarded client and read with urllib.robotparser.

Following RFC 9309, a robots.txt that does not exist (any 4xx) allows everything. One that
cannot be read (5xx, timeout, unreachable) should strictly mean "stay away", but the user asked
for this one page themselves, so we fetch it and say that we could not check.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import requests
import urllib3.exceptions

from .body import read_body
from .errors import FetchError
from .policy import PRODUCT, Deadline, FetchPolicy
from .transport import send, translate
from .urls import Target, check_target, resolve_location

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
# A slow robots.txt must not use up the page's own deadline: it gets a quarter, 5 s at most.
ROBOTS_SECONDS = 5.0


_REASONS = {
    "timeout": "it took too long to answer",
    "too_large": "it was too large",
    "redirects": "it redirected too many times",
    "private_address": "it redirected inside a private network",
}


@dataclass(frozen=True)
class RobotsVerdict:
    allowed: bool
    note: str | None = None


def robots_url(target: Target) -> str:
    parts = urlsplit(target.url)
    return urlunsplit((parts.scheme, parts.netloc, "/robots.txt", "", ""))


def _unreadable(target: Target, why: str) -> RobotsVerdict:
    return RobotsVerdict(
        True,
        f"Round Two could not read the robots.txt of {target.host} ({why}), so it fetched "
        "the page you asked for anyway.",
    )


def _get(
    session: requests.Session, url: str, policy: FetchPolicy, deadline: Deadline
) -> tuple[int, str]:
    """The status and text of robots.txt, following its redirects with every check applied."""
    for _ in range(policy.max_redirects + 1):
        hop = check_target(url, policy.allowed_hosts)
        with send(session, hop, deadline, accept="text/plain") as response:
            if response.is_redirect:
                url = resolve_location(hop.url, response.headers["Location"])
                continue
            if not 200 <= response.status_code < 300:
                return response.status_code, ""
            try:
                body = read_body(response, MAX_ROBOTS_BYTES, deadline)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                raise translate(exc, hop, deadline) from exc
            return response.status_code, body.decode("utf-8", errors="replace")
    raise FetchError("redirects", "too many redirects")


def robots_verdict(
    session: requests.Session, target: Target, policy: FetchPolicy, deadline: Deadline
) -> RobotsVerdict:
    own_deadline = Deadline(min(deadline.remaining() / 4, ROBOTS_SECONDS))
    try:
        status, text = _get(session, robots_url(target), policy, own_deadline)
    except FetchError as exc:
        return _unreadable(target, _REASONS.get(exc.kind, "the connection failed"))
    if status >= 500 or status < 200 or 300 <= status < 400:
        return _unreadable(target, f"the server answered {status}")
    if status >= 400:
        return RobotsVerdict(True)
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    return RobotsVerdict(parser.can_fetch(PRODUCT, target.url))
