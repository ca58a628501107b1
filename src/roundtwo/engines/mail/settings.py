"""How to reach the user's mail server; checked when made, and the password kept out of repr."""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass, field
from typing import Literal, get_args

Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[Security, ...] = get_args(Security)


@dataclass(frozen=True)
class SmtpSettings:
    """`security`: "starttls" (usually port 587), "tls" (implicit, usually 465), or "none".

    "none" is refused unless the host is this computer: it is for tests and local relays only,
    since the password and the mail would otherwise cross the network in clear text.
    `ssl_context` replaces the default one (system certificates, hostname checked), for example
    to trust a local relay's self-signed certificate; nothing turns verification off implicitly.
    """

    host: str
    port: int
    security: Security
    username: str = ""
    password: str = field(default="", repr=False)
    timeout_s: float = 20.0
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.security not in SECURITIES:
            raise ValueError(
                f"“{self.security}” is not a connection security Round Two knows: use "
                "starttls, tls or none."
            )
        if not self.host.strip() or any(c.isspace() or not c.isprintable() for c in self.host):
            raise ValueError(f"“{self.host}” is not a mail server host name.")
        if not 1 <= self.port <= 65535:
            raise ValueError(f"{self.port} is not a port number: use 1 to 65535 (often 587).")
        if not self.timeout_s > 0:
            raise ValueError("The time to wait for the mail server must be more than 0 seconds.")
        if self.security == "none" and not is_this_computer(self.host):
            raise ValueError(
                f"Round Two sends without encryption only to a mail server on this computer; "
                f"for {self.host} choose STARTTLS or TLS, so your password and mail are "
                "encrypted on the way."
            )

    def context(self) -> ssl.SSLContext:
        return self.ssl_context or ssl.create_default_context()


def is_this_computer(host: str) -> bool:
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
