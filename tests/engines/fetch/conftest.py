"""A throwaway HTTP server on 127.0.0.1 with routes each test writes, and a policy allowing it.

Only this server's host and port are exempt from the public-address rule; everything else a test
points at (127.0.0.2, [::1], 169.254.169.254...) is refused as it would be in the app.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from roundtwo.engines.fetch import FetchPolicy

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: PageServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:
        self.server.seen.append((self.path, dict(self.headers.items())))
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        # The client hanging up early is what several tests check, not a server failure.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self)

    def reply(
        self, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class PageServer(ThreadingHTTPServer):
    daemon_threads = True  # a handler stuck in a slow route must not hold up teardown

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()


@dataclass
class Site:
    server: PageServer
    port: int = field(init=False)

    def __post_init__(self) -> None:
        self.port = self.server.server_address[1]

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str) -> Callable[[Route], Route]:
        def register(fn: Route) -> Route:
            self.server.routes[path] = fn
            return fn

        return register

    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        self.server.routes[path] = lambda h: h.reply(body, content_type)

    def policy(self, **overrides: Any) -> FetchPolicy:
        values: dict[str, Any] = {"allowed_hosts": frozenset({f"127.0.0.1:{self.port}"})}
        values.update(overrides)
        return FetchPolicy(**values)

    def paths(self) -> list[str]:
        return [path for path, _ in self.server.seen]


@pytest.fixture
def site() -> Iterator[Site]:
    server = PageServer()
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield Site(server)
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


class NoNetwork(AssertionError):
    pass


@pytest.fixture
def no_connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Fail loudly if anything tries to open a connection; returns the attempts it saw."""
    attempts: list[tuple[str, int]] = []

    def refuse(address: tuple[str, int], *args: Any, **kwargs: Any) -> socket.socket:
        attempts.append(address)
        raise NoNetwork(f"a test tried to connect to {address}")

    monkeypatch.setattr("urllib3.util.connection.create_connection", refuse)
    return attempts


def fake_dns(monkeypatch: pytest.MonkeyPatch, answers: dict[str, str]) -> list[str]:
    """Make chosen names resolve to chosen addresses; no other name resolves. Returns lookups."""
    real = socket.getaddrinfo
    lookups: list[str] = []

    def getaddrinfo(
        host: Any, port: Any, family: int = 0, type: int = 0, proto: int = 0, flags: int = 0
    ) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        lookups.append(name)
        if name in answers:
            address = answers[name]
            if ":" in address:
                return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port or 80, 0, 0))]
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port or 80))]
        try:  # numeric hosts resolve locally, without any query
            return real(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        except socket.gaierror:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known") from None

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return lookups
