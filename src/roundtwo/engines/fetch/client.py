"""`fetch`: every hop checked (address, robots.txt), redirects by hand, then a bounded body."""

from __future__ import annotations

from datetime import UTC, datetime

import requests
import urllib3.exceptions

from .adapter import open_session
from .body import Progress, read_body
from .content_types import ACCEPT_HEADER, check_content_type
from .errors import FetchError
from .policy import DEFAULT_POLICY, Deadline, Fetched, FetchPolicy
from .robots import robots_verdict
from .transport import send, translate
from .urls import Target, check_target, resolve_location

_STATUS_HINTS = {
    401: "the page needs you to sign in. Open it in your browser and paste the text instead.",
    403: "the site refused access. Open it in your browser and paste the text instead.",
    404: "there is no page at that address. Check it for typos; the page may have moved.",
    410: "the page has been removed.",
    429: "the site is being asked too often. Try again in a few minutes.",
}


def _status_error(response: requests.Response) -> FetchError:
    code = response.status_code
    hint = _STATUS_HINTS.get(code)
    if hint is None:
        hint = (
            "the site had a problem of its own. Try again later."
            if code >= 500
            else "so there is no page to read."
        )
    return FetchError("status", f"The site answered {code}: {hint}")


class _Robots:
    """robots.txt verdicts for one fetch, read once per origin along the redirect chain."""

    def __init__(self, session: requests.Session, policy: FetchPolicy, deadline: Deadline):
        self._session, self._policy, self._deadline = session, policy, deadline
        self._seen: set[str] = set()
        self.notes: list[str] = []

    def check(self, target: Target) -> None:
        if not self._policy.respect_robots or target.origin in self._seen:
            return
        self._seen.add(target.origin)
        verdict = robots_verdict(self._session, target, self._policy, self._deadline)
        if verdict.note:
            self.notes.append(verdict.note)
        if not verdict.allowed:
            raise FetchError(
                "robots",
                f"{target.host} asks automated tools not to fetch that page (in its "
                "robots.txt), so Round Two will not. Open it in your browser and paste the "
                "text instead.",
            )


def _follow(
    session: requests.Session, url: str, policy: FetchPolicy, deadline: Deadline
) -> tuple[requests.Response, Target, tuple[str, ...], tuple[str, ...]]:
    """The final response (not yet read), its address, the redirect chain and robots notes."""
    chain: list[str] = []
    robots = _Robots(session, policy, deadline)
    while True:
        target = check_target(url, policy.allowed_hosts)
        if target.url in chain:
            raise FetchError(
                "redirects", "That address redirects in a circle, so there is no page to read."
            )
        robots.check(target)
        response = send(session, target, deadline, ACCEPT_HEADER)
        if not response.is_redirect:
            if not 200 <= response.status_code < 300:
                response.close()
                raise _status_error(response)
            return response, target, tuple(chain), tuple(robots.notes)
        response.close()
        chain.append(target.url)
        if len(chain) > policy.max_redirects:
            raise FetchError(
                "redirects",
                f"That address redirected more than {policy.max_redirects} times, so Round "
                "Two gave up. Open it in your browser and copy the final address instead.",
            )
        url = resolve_location(target.url, response.headers["Location"])


def fetch(
    url: str, policy: FetchPolicy = DEFAULT_POLICY, *, progress: Progress | None = None
) -> Fetched:
    """Fetch one page the user asked for, or raise `FetchError` saying why not."""
    deadline = Deadline(policy.deadline_seconds)
    with open_session(policy) as session:
        response, target, chain, notes = _follow(session, url, policy, deadline)
        with response:
            content_type, charset = check_content_type(response.headers.get("Content-Type"))
            try:
                body = read_body(response, policy.max_bytes, deadline, progress)
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
                raise translate(exc, target, deadline) from exc
    return Fetched(
        url=target.url,
        status=response.status_code,
        content_type=content_type,
        charset=charset,
        body=body,
        fetched_at=datetime.now(UTC),
        redirects=chain,
        notes=notes,
    )
