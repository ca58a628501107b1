"""Split an address into what the checks need, and refuse what is not a public web address."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from .addresses import check_host
from .errors import bad_address, bad_scheme

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Target:
    url: str  # without its #fragment, which never reaches the server
    scheme: str
    host: str  # lower-case, IPv6 without brackets
    port: int

    @property
    def origin(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def parse_target(url: str) -> Target:
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:  # a bad port or a broken [IPv6] bracket
        raise bad_address("its host or port is not valid") from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise bad_scheme(scheme)
    # "https://example.com@10.0.0.1/" reads as example.com to a person but goes to 10.0.0.1.
    if parts.username is not None or parts.password is not None:
        raise bad_address("it contains a user name or password")
    if not parts.hostname:
        raise bad_address("it has no host name")
    clean = urlunsplit((scheme, parts.netloc, parts.path or "/", parts.query, ""))
    return Target(clean, scheme, parts.hostname, port or _DEFAULT_PORTS[scheme])


def is_allowed(target: Target, allowed_hosts: frozenset[str]) -> bool:
    if not allowed_hosts:
        return False
    host = f"[{target.host}]" if ":" in target.host else target.host
    return host in allowed_hosts or f"{host}:{target.port}" in allowed_hosts


def check_target(url: str, allowed_hosts: frozenset[str]) -> Target:
    """The parsed address, or the error that says why Round Two will not fetch it."""
    target = parse_target(url)
    if not is_allowed(target, allowed_hosts):
        check_host(target.host)
    return target


def resolve_location(base: str, location: str) -> str:
    """A redirect's Location, which may be relative, made absolute against the current page."""
    return urljoin(base, location.strip())
