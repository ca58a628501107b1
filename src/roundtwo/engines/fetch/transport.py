"""One GET with no redirect following, and the translation of transport failures to FetchError."""

from __future__ import annotations

import ssl

import requests
import urllib3.exceptions

from .errors import FetchError, bad_address, timed_out
from .policy import Deadline
from .urls import Target


def send(
    session: requests.Session, target: Target, deadline: Deadline, accept: str
) -> requests.Response:
    left = deadline.remaining()
    try:
        return session.get(
            target.url,
            headers={"Accept": accept, "Accept-Encoding": "gzip, deflate"},
            stream=True,  # headers first: type and size are checked before the body is read
            allow_redirects=False,
            timeout=(left, left),
        )
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise translate(exc, target, deadline) from exc


def translate(exc: Exception, target: Target, deadline: Deadline) -> FetchError:
    """A sentence for the user from whatever requests, urllib3 or the socket raised."""
    timeouts = (requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError)
    if isinstance(exc, timeouts) or isinstance(exc.__context__, timeouts):
        return timed_out(deadline.seconds)
    if isinstance(exc, requests.exceptions.InvalidURL):
        return bad_address("its host name is not valid")
    if isinstance(exc, requests.exceptions.SSLError | ssl.SSLError):
        return FetchError(
            "unreachable",
            f"Round Two could not open a secure connection to {target.host}: its certificate "
            "or encryption settings were not accepted.",
        )
    return FetchError(
        "unreachable",
        f"Round Two could not reach {target.host}: the connection failed or was cut off. "
        "Check the address, or try again later.",
    )
