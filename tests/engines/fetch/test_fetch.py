"""Fetching from a local server: redirects, statuses, size, time, robots.txt and content types."""

from __future__ import annotations

import gzip
import socket
import time
import tracemalloc
from datetime import UTC

import pytest

from roundtwo import __version__
from roundtwo.engines.fetch import FetchError, FetchPolicy, fetch

from .conftest import Handler, Route, Site

HTML = b"<!doctype html><title>Platform team</title><p>We build the data platform.</p>"
MB = 1024 * 1024


def failure(url: str, site: Site, **policy: object) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetch(url, site.policy(**policy))
    return caught.value


def test_a_page_comes_back_with_its_type_charset_and_time(site: Site) -> None:
    site.page("/team", HTML, "text/html; charset=UTF-8")
    fetched = fetch(site.url("/team#values"), site.policy())
    assert fetched.body == HTML
    assert fetched.status == 200
    assert (fetched.content_type, fetched.charset) == ("text/html", "utf-8")
    assert fetched.url == site.url("/team")
    assert fetched.redirects == ()
    assert fetched.fetched_at.tzinfo is UTC


def test_the_user_agent_says_honestly_who_is_asking(site: Site) -> None:
    site.page("/", HTML)
    fetch(site.url("/"), site.policy())
    agent = dict(site.server.seen)["/"]["User-Agent"]
    assert agent.startswith(f"RoundTwo/{__version__} (+https://github.com/roundtwo;")
    assert "fetches only pages the user asked for" in agent


def test_a_host_allowed_without_a_port_is_allowed_on_any_port(site: Site) -> None:
    site.page("/", HTML)
    fetched = fetch(site.url("/"), site.policy(allowed_hosts=frozenset({"127.0.0.1"})))
    assert fetched.body == HTML


def test_an_allowed_host_on_another_port_is_still_refused(site: Site) -> None:
    site.page("/", HTML)
    error = failure(site.url("/"), site, allowed_hosts=frozenset({"127.0.0.1:1"}))
    assert error.kind == "private_address"
    assert site.paths() == []


def test_a_closed_port_is_unreachable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = FetchPolicy(allowed_hosts=frozenset({f"127.0.0.1:{port}"}))
    with pytest.raises(FetchError) as caught:
        fetch(f"http://127.0.0.1:{port}/", policy)
    assert caught.value.kind == "unreachable"
    assert "127.0.0.1" in caught.value.message


def test_redirects_are_followed_and_recorded(site: Site) -> None:
    site.page("/final", HTML)
    site.route("/old")(lambda h: h.redirect("/middle", 301))
    site.route("/middle")(lambda h: h.redirect(site.url("/final"), 307))
    fetched = fetch(site.url("/old"), site.policy())
    assert fetched.url == site.url("/final")
    assert fetched.redirects == (site.url("/old"), site.url("/middle"))


@pytest.mark.parametrize(
    "inside",
    [
        "http://127.0.0.2:{port}/",
        "http://[::1]:{port}/",
        "http://169.254.169.254/latest/meta-data/",
        "http://2130706433:{port}/",
        "http://localhost:{port}/",
    ],
)
def test_a_redirect_inside_the_network_is_refused_even_from_an_allowed_host(
    site: Site, inside: str
) -> None:
    site.route("/jobs")(lambda h: h.redirect(inside.format(port=site.port)))
    error = failure(site.url("/jobs"), site)
    assert error.kind == "private_address"
    assert site.paths() == ["/robots.txt", "/jobs"]


def test_a_redirect_to_another_scheme_is_refused(site: Site) -> None:
    site.route("/cv")(lambda h: h.redirect("file:///etc/passwd"))
    assert failure(site.url("/cv"), site).kind == "scheme"


def test_a_redirect_loop_is_named_as_one(site: Site) -> None:
    site.route("/a")(lambda h: h.redirect("/b"))
    site.route("/b")(lambda h: h.redirect("/a"))
    error = failure(site.url("/a"), site)
    assert error.kind == "redirects"
    assert "circle" in error.message
    assert site.paths().count("/a") == 1


def _redirect_to(location: str) -> Route:
    return lambda h: h.redirect(location)


def test_five_redirects_are_followed_and_a_sixth_is_not(site: Site) -> None:
    for n in range(7):
        site.route(f"/{n}")(_redirect_to(f"/{n + 1}"))
    site.page("/5", HTML)
    assert len(fetch(site.url("/0"), site.policy()).redirects) == 5
    error = failure(site.url("/0"), site, max_redirects=4)
    assert error.kind == "redirects"
    assert "more than 4 times" in error.message


@pytest.mark.parametrize("status", [404, 410, 403, 500, 503])
def test_an_error_status_is_reported_with_its_code(site: Site, status: int) -> None:
    site.route("/gone")(lambda h: h.reply(b"nope", "text/html", status))
    error = failure(site.url("/gone"), site)
    assert error.kind == "status"
    assert str(status) in error.message


def test_a_declared_50_mb_body_is_refused_without_downloading_it(site: Site) -> None:
    @site.route("/big")
    def big(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/pdf")
        h.send_header("Content-Length", str(50 * MB))
        h.end_headers()
        block = b"\0" * MB
        for _ in range(50):
            h.wfile.write(block)

    started = time.monotonic()
    error = failure(site.url("/big"), site)
    assert error.kind == "too_large"
    assert "5 MB" in error.message
    assert time.monotonic() - started < 2


def _stream(h: Handler, block: bytes, count: int, encoding: str | None = None) -> None:
    """A body without Content-Length: the size is only known by reading it."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    if encoding:
        h.send_header("Content-Encoding", encoding)
    h.send_header("Connection", "close")
    h.end_headers()
    for _ in range(count):
        if h.server.stopping.is_set():
            return
        h.wfile.write(block)


def test_an_undeclared_50_mb_body_is_cut_off_at_the_cap_in_bounded_memory(site: Site) -> None:
    block = b"x" * (64 * 1024)
    site.route("/stream")(lambda h: _stream(h, block, 50 * 16))
    tracemalloc.start()
    started = time.monotonic()
    try:
        error = failure(site.url("/stream"), site)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.kind == "too_large"
    assert time.monotonic() - started < 5
    assert peak < 16 * MB


def test_a_compressed_bomb_is_measured_after_decompression(site: Site) -> None:
    bomb = gzip.compress(b"\0" * (50 * MB), compresslevel=9)  # about 50 KB on the wire
    site.route("/bomb")(lambda h: _stream(h, bomb, 1, encoding="gzip"))
    tracemalloc.start()
    try:
        error = failure(site.url("/bomb"), site)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.kind == "too_large"
    assert peak < 16 * MB


def test_a_smaller_cap_is_respected(site: Site) -> None:
    site.page("/", b"a" * 2000, "text/plain")
    assert failure(site.url("/"), site, max_bytes=1000).kind == "too_large"
    assert len(fetch(site.url("/"), site.policy(max_bytes=2000)).body) == 2000


def test_progress_is_reported_as_bytes_arrive(site: Site) -> None:
    site.page("/cv.pdf", b"%PDF-1.4 " + b"0" * 300_000, "application/pdf")
    seen: list[tuple[int, int | None]] = []
    fetch(
        site.url("/cv.pdf"), site.policy(), progress=lambda done, total: seen.append((done, total))
    )
    assert seen[-1] == (300_009, 300_009)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def _stall(h: Handler, headers_first: bool) -> None:
    if headers_first:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100")
        h.end_headers()
        h.wfile.write(b"<p>")
        h.wfile.flush()
    h.server.stopping.wait(30)


def _trickle(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    while not h.server.stopping.wait(0.05):
        h.wfile.write(b".")
        h.wfile.flush()


@pytest.mark.parametrize(
    "route",
    [
        lambda h: _stall(h, headers_first=False),
        lambda h: _stall(h, headers_first=True),
        _trickle,
    ],
    ids=["no-headers", "stalled-body", "trickling-body"],
)
def test_a_slow_server_times_out_within_the_deadline(site: Site, route: object) -> None:
    site.server.routes["/slow"] = route  # type: ignore[assignment]
    started = time.monotonic()
    error = failure(site.url("/slow"), site, deadline_seconds=1.0)
    elapsed = time.monotonic() - started
    assert error.kind == "timeout"
    assert "1 seconds" in error.message
    assert elapsed < 1.6


def test_robots_txt_that_disallows_the_page_is_respected(site: Site) -> None:
    site.page("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    site.page("/private/team", HTML)
    site.page("/public/team", HTML)
    error = failure(site.url("/private/team"), site)
    assert error.kind == "robots"
    assert "robots.txt" in error.message
    assert "/private/team" not in site.paths()
    assert fetch(site.url("/public/team"), site.policy()).body == HTML


def test_robots_rules_for_our_own_agent_apply_to_us(site: Site) -> None:
    rules = b"User-agent: RoundTwo\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    site.page("/robots.txt", rules, "text/plain")
    site.page("/", HTML)
    assert failure(site.url("/"), site).kind == "robots"


def test_robots_rules_for_other_agents_do_not_apply_to_us(site: Site) -> None:
    site.page("/robots.txt", b"User-agent: BadBot\nDisallow: /\n", "text/plain")
    site.page("/", HTML)
    assert fetch(site.url("/"), site.policy()).notes == ()


def test_a_missing_robots_txt_allows_everything_silently(site: Site) -> None:
    site.page("/", HTML)
    assert fetch(site.url("/"), site.policy()).notes == ()


def test_a_broken_robots_txt_allows_but_leaves_a_note(site: Site) -> None:
    site.route("/robots.txt")(lambda h: h.reply(b"oops", "text/plain", 503))
    site.page("/", HTML)
    fetched = fetch(site.url("/"), site.policy())
    assert fetched.body == HTML
    assert len(fetched.notes) == 1
    assert "503" in fetched.notes[0]


def test_a_silent_robots_txt_costs_only_part_of_the_deadline(site: Site) -> None:
    site.route("/robots.txt")(lambda h: _stall(h, headers_first=False))
    site.page("/", HTML)
    started = time.monotonic()
    fetched = fetch(site.url("/"), site.policy(deadline_seconds=2.0))
    assert fetched.body == HTML
    assert "took too long" in fetched.notes[0]
    assert time.monotonic() - started < 1.0


def test_robots_can_be_switched_off(site: Site) -> None:
    site.page("/robots.txt", b"User-agent: *\nDisallow: /\n", "text/plain")
    site.page("/", HTML)
    assert fetch(site.url("/"), site.policy(respect_robots=False)).body == HTML
    assert "/robots.txt" not in site.paths()


@pytest.mark.parametrize(
    "content_type", ["image/png", "application/octet-stream", "application/zip", "video/mp4"]
)
def test_a_type_round_two_does_not_read_is_refused_before_the_body(
    site: Site, content_type: str
) -> None:
    site.page("/file", b"\x89PNG\r\n\x1a\n", content_type)
    error = failure(site.url("/file"), site)
    assert error.kind == "content_type"
    assert content_type in error.message


def test_a_response_without_a_type_is_refused(site: Site) -> None:
    @site.route("/bare")
    def bare(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "2")
        h.end_headers()
        h.wfile.write(b"hi")

    assert failure(site.url("/bare"), site).kind == "content_type"


@pytest.mark.parametrize(
    "content_type",
    [
        "text/html",
        "application/xhtml+xml",
        "text/plain; charset=utf-8",
        "text/markdown",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/json",
    ],
)
def test_every_type_round_two_reads_is_accepted(site: Site, content_type: str) -> None:
    site.page("/doc", b"{}", content_type)
    assert fetch(site.url("/doc"), site.policy()).content_type == content_type.split(";")[0]
