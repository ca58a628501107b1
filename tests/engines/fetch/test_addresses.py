"""Internal addresses are refused in every spelling, before any connection is opened."""

from __future__ import annotations

from ipaddress import IPv4Address, ip_address

import pytest

from roundtwo.engines.fetch import FetchError, FetchPolicy, fetch
from roundtwo.engines.fetch.addresses import is_public, legacy_ipv4

from .conftest import fake_dns

INTERNAL_URLS = [
    # loopback, in the usual and the shortened spelling
    "http://127.0.0.1/",
    "http://127.1/",
    "http://127.255.255.254:8080/admin",
    "http://localhost/",
    "http://LOCALHOST./",
    "http://api.localhost/",
    # private ranges
    "http://10.0.0.1/",
    "https://10.255.255.255/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.1.1/",
    # link-local and the cloud metadata services
    "http://169.254.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://metadata.google.internal/computeMetadata/v1/",
    "http://[fd00:ec2::254]/latest/meta-data/",
    "http://[fe80::1]/",
    "http://[fe80::1%25eth0]/",
    # carrier-grade NAT
    "http://100.64.0.1/",
    "http://100.127.255.254/",
    # unspecified
    "http://0.0.0.0/",
    "http://0/",
    "http://[::]/",
    # multicast, reserved, broadcast
    "http://224.0.0.1/",
    "http://239.255.255.250/",
    "http://[ff02::1]/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    # IPv6 loopback and the IPv6 forms of IPv4 addresses
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[::ffff:10.0.0.1]/",
    "http://[::ffff:169.254.169.254]/",
    "http://[::127.0.0.1]/",
    "http://[2002:7f00:1::]/",  # 6to4 around 127.0.0.1
    "http://[2002:c0a8:101::1]/",  # 6to4 around 192.168.1.1
    "http://[64:ff9b::a00:1]/",  # NAT64 around 10.0.0.1
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 around 169.254.169.254
    "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",  # Teredo
    "http://[fc00::1]/",
    "http://[fd12:3456:789a::1]/",
    "http://[fec0::1]/",
    # decimal, octal and hex spellings of 127.0.0.1 and 10.0.0.1
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://017700000001/",
    "http://0177.0.0.1/",
    "http://0x7F.0.0.0x1/",
    "http://167772161/",
    # names that only mean something inside a network
    "http://intranet/",
    "http://printer.local/",
    "http://db.internal/",
    "http://router.home.arpa/",
]


@pytest.mark.parametrize("url", INTERNAL_URLS)
def test_an_internal_address_is_refused_before_connecting(
    url: str, no_connections: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    lookups = fake_dns(monkeypatch, {})
    with pytest.raises(FetchError) as caught:
        fetch(url)
    assert caught.value.kind == "private_address"
    assert "inside your own network" in caught.value.message
    assert no_connections == []
    assert lookups == []


@pytest.mark.parametrize(
    "answer",
    [
        "127.0.0.1",
        "10.0.0.5",
        "172.20.1.1",
        "192.168.0.10",
        "169.254.169.254",
        "100.64.12.1",
        "0.0.0.0",
        "::1",
        "fd00:ec2::254",
        "fe80::1",
        "::ffff:192.168.0.1",
        "64:ff9b::a00:1",
        "2002:a00:1::",
    ],
)
def test_a_public_looking_name_that_resolves_inside_is_refused(
    answer: str, no_connections: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {"jobs.example.com": answer})
    with pytest.raises(FetchError) as caught:
        fetch("https://jobs.example.com/careers", FetchPolicy(respect_robots=False))
    assert caught.value.kind == "private_address"
    assert no_connections == []


def test_the_connection_goes_to_the_address_that_was_checked(
    no_connections: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A rebinding resolver answers a public address first and loopback afterwards: the name must
    # be looked up once, and the connection made to that first, checked answer.
    lookups = fake_dns(monkeypatch, {"rebind.example.com": "8.8.8.8"})
    with pytest.raises(AssertionError, match="8.8.8.8"):
        fetch("http://rebind.example.com/", FetchPolicy(respect_robots=False))
    assert [a[0] for a in no_connections] == ["8.8.8.8"]
    assert lookups.count("rebind.example.com") == 1


def test_a_name_that_does_not_resolve_is_a_dns_error(
    no_connections: list[tuple[str, int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_dns(monkeypatch, {})
    with pytest.raises(FetchError) as caught:
        fetch("https://no-such-company.example/", FetchPolicy(respect_robots=False))
    assert caught.value.kind == "dns"
    assert "no-such-company.example" in caught.value.message
    assert no_connections == []


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://example.com/cv.pdf",
        "gopher://example.com/",
        "javascript:alert(1)",
        "data:text/html,hello",
        "example.com/jobs",
        "//example.com/jobs",
    ],
)
def test_only_http_and_https_are_fetched(url: str, no_connections: list[tuple[str, int]]) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url)
    assert caught.value.kind == "scheme"
    assert "http://" in caught.value.message


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com@10.0.0.1/",
        "https://user:secret@example.com/",
        "http://[::1/",
        "http://example.com:99999/",
        "http://1.2.3.4.5/",
        "http://0x1g.0.0.1/",
        "http://256.1.1.1/",
        "http:///path-only",
    ],
)
def test_a_malformed_or_deceptive_address_is_refused(
    url: str, no_connections: list[tuple[str, int]]
) -> None:
    with pytest.raises(FetchError) as caught:
        fetch(url)
    assert caught.value.kind in {"scheme", "private_address"}
    assert no_connections == []


@pytest.mark.parametrize(
    ("spelling", "meaning"),
    [
        ("2130706433", "127.0.0.1"),
        ("0x7f.1", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("10.1.257", "10.1.1.1"),
        ("0", "0.0.0.0"),
        ("8.8.8.8.", "8.8.8.8"),
    ],
)
def test_numeric_hosts_are_read_the_way_a_resolver_reads_them(spelling: str, meaning: str) -> None:
    assert legacy_ipv4(spelling) == IPv4Address(meaning)


def test_a_name_is_not_mistaken_for_a_number() -> None:
    assert legacy_ipv4("jobs.example.com") is None
    assert legacy_ipv4("1password.com") is None


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "::ffff:8.8.8.8"]
)
def test_public_addresses_are_public(address: str) -> None:
    assert is_public(ip_address(address))
