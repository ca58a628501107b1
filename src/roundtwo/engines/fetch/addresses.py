"""Which hosts are public: IP literals in every spelling, internal names, resolved addresses.

The same `is_public` judges a host written in the URL and the address DNS gives for a name, and
the connection is then pinned to that address (see adapter.py).
"""

from __future__ import annotations

import re
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
from urllib.parse import unquote

from .errors import bad_address, private_address

IPAddress = IPv4Address | IPv6Address

# Written out rather than trusting `is_private`/`is_global` alone: Python 3.11.7 predates the
# corrections of CPython issue 113171, and a gap here is a way into the user's network.
_BLOCKED_V4 = tuple(
    ip_network(net)
    for net in (
        "0.0.0.0/8",  # "this network", including the unspecified 0.0.0.0
        "10.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT: often routes to a provider's internal hosts
        "127.0.0.0/8",
        "169.254.0.0/16",  # link-local, home of the cloud metadata service 169.254.169.254
        "172.16.0.0/12",
        "192.0.0.0/24",
        "192.0.2.0/24",
        "192.88.99.0/24",  # 6to4 relay anycast
        "192.168.0.0/16",
        "198.18.0.0/15",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, and the broadcast address
    )
)
_BLOCKED_V6 = tuple(
    ip_network(net)
    for net in (
        "::/96",  # unspecified, loopback and the old IPv4-compatible form ::a.b.c.d
        "::ffff:0:0:0/96",  # IPv4-translated
        "64:ff9b::/96",  # NAT64: the gateway turns these into IPv4 addresses, private ones too
        "64:ff9b:1::/48",
        "100::/64",
        "2001::/23",  # protocol assignments, including Teredo 2001::/32
        "2001:db8::/32",
        "2002::/16",  # 6to4 embeds an IPv4 address, which may be a private one
        "3fff::/20",
        "5f00::/16",
        "fc00::/7",  # unique-local, including the metadata service fd00:ec2::254
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated, still routed on some networks)
        "ff00::/8",  # multicast
    )
)
# Names that only mean something inside a network. A name without a dot is refused too: the
# resolver completes it with the local search domain ("intranet" -> intranet.corp.example).
_INTERNAL_NAMES = frozenset({"localhost", "metadata.google.internal"})
_INTERNAL_SUFFIXES = (".localhost", ".internal", ".local", ".localdomain", ".home.arpa", ".lan")
_NUMBER = re.compile(r"(?:0[xX][0-9a-fA-F]*|[0-9]+)")


def is_public(ip: IPAddress) -> bool:
    if isinstance(ip, IPv6Address):
        if ip.ipv4_mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1
            return is_public(ip.ipv4_mapped)
        if any(ip in net for net in _BLOCKED_V6):
            return False
    elif any(ip in net for net in _BLOCKED_V4):
        return False
    return ip.is_global and not ip.is_multicast


def _number(part: str) -> int | None:
    """One part of an IPv4 host the way browsers and inet_aton read it: 0x hex, 0 octal."""
    if not _NUMBER.fullmatch(part):
        return None
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part.startswith("0"):
        return int(part, 8) if set(part) <= set("01234567") else None
    return int(part)


def legacy_ipv4(host: str) -> IPv4Address | None:
    """2130706433, 0x7f.1 and 017700000001 all mean 127.0.0.1 to a resolver; None for a name.

    Follows the WHATWG URL rules: a host whose last label is a number is an IPv4 address or an
    error, never a name.
    """
    parts = host.split(".")
    if len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if not parts or not _NUMBER.fullmatch(parts[-1]):
        return None
    numbers = [_number(part) for part in parts]
    if len(numbers) > 4 or any(n is None for n in numbers):
        raise bad_address("its host looks like a numeric address but is not a valid one")
    *leading, last = [n for n in numbers if n is not None]
    if any(n > 255 for n in leading) or last >= 256 ** (5 - len(numbers)):
        raise bad_address("its numeric address is out of range")
    value = last
    for index, n in enumerate(leading):
        value += n << (8 * (3 - index))
    return IPv4Address(value)


def literal_address(host: str) -> IPAddress | None:
    """The IP address a URL host spells, in any spelling, or None when the host is a name."""
    if ":" in host:  # only IPv6 literals contain a colon; "%25" may carry a zone id
        try:
            return ip_address(unquote(host))
        except ValueError as exc:
            raise bad_address("its IPv6 address is not valid") from exc
    return legacy_ipv4(host)


def check_host(host: str) -> None:
    """Refuse, before any network traffic, a host that is internal by its spelling alone."""
    host = host.rstrip(".").lower()
    address = literal_address(host)
    if address is not None:
        if not is_public(address):
            raise private_address()
        return
    if "." not in host or host in _INTERNAL_NAMES or host.endswith(_INTERNAL_SUFFIXES):
        raise private_address()
