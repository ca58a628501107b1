"""Fetch one page the user asked for, safely: only public web addresses, bounded in every way.

`fetch(url, policy)` accepts http and https only and refuses, before connecting, hosts that are
internal by their spelling (loopback, private, link-local, carrier-grade NAT, cloud metadata,
unspecified, multicast and reserved ranges, their IPv6 forms, and decimal/octal/hex IPv4 such
as http://2130706433/). Names are resolved once through requests-hardened, the answer is
checked, and the connection is pinned to it, so DNS rebinding has no window. Redirects are
followed by hand (at most `max_redirects`, loops refused), each hop checked again; robots.txt is
honoured for the RoundTwo user agent; the Content-Type must be one Round Two reads; the body is
streamed under `max_bytes`; one deadline covers it all. Every refusal is a `FetchError` whose
`message` is a sentence for the user and whose `kind` says which rule was hit.
`decode_body(fetched)` turns the bytes into text.
"""

from __future__ import annotations

from .client import fetch
from .content_types import ACCEPTED
from .decode import decode_body
from .errors import FetchError, FetchErrorKind
from .policy import Fetched, FetchPolicy, user_agent

__all__ = [
    "ACCEPTED",
    "FetchError",
    "FetchErrorKind",
    "FetchPolicy",
    "Fetched",
    "decode_body",
    "fetch",
    "user_agent",
]
