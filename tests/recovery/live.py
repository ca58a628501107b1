"""`roundtwo serve` as a real process on its own data directory and database, to kill and restart.

Used by the crash tests and by bench/chaos: what they show holds for the program as users run
it (waitress, its worker thread, a database file or a PostgreSQL database), not for a test client.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import requests

PASSWORD = "a calm evening of preparation"
READY_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LiveServer:
    """One data directory and database; `start` and `kill` as often as a test needs."""

    def __init__(self, data_dir: Path, database_url: str | None = None) -> None:
        self.data_dir = data_dir
        self.database_url = database_url
        self.env = {**os.environ, "ROUNDTWO_DATA_DIR": str(data_dir)}
        self.env.pop("DATABASE_URL", None)
        if database_url:
            self.env["DATABASE_URL"] = database_url
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.serve_args: list[str] = []  # e.g. ["--workers", "2"] for the hosted processes

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cli(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "roundtwo", *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=180,
        )
        return done.stdout

    def start(self) -> None:
        self.starts += 1
        log = (self.data_dir / f"serve-{self.starts}.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "roundtwo", "serve", "--port", str(self.port), *self.serve_args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"roundtwo serve exited; see {log.name}")
            try:
                requests.get(f"{self.url}/accounts/sign-in/", timeout=10)
                return
            except requests.RequestException:  # not listening yet, or busy starting
                time.sleep(0.1)
        raise TimeoutError("roundtwo serve did not answer")

    def kill(self) -> None:
        """kill -9: no handler runs, no transaction is closed, nothing is flushed."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)  # gunicorn's children too
            self.process.wait(timeout=30)
        self.process = None

    def sign_in(self, username: str) -> requests.Session:
        session = requests.Session()
        session.get(f"{self.url}/accounts/sign-in/", timeout=10)
        response = session.post(
            f"{self.url}/accounts/sign-in/",
            data={"username": username, "password": PASSWORD, **self.token(session)},
            headers={"Referer": f"{self.url}/accounts/sign-in/"},
            timeout=10,
        )
        assert response.ok and "sign-in" not in response.url, "could not sign in"
        return session

    @staticmethod
    def token(session: requests.Session) -> dict[str, str]:
        return {"csrfmiddlewaretoken": session.cookies.get("csrftoken") or ""}

    def post(self, session: requests.Session, path: str, **kwargs: Any) -> requests.Response:
        headers = {**self.token(session), **kwargs.pop("headers", {})}
        headers["X-CSRFToken"] = headers.pop("csrfmiddlewaretoken")
        return session.post(f"{self.url}{path}", headers=headers, timeout=30, **kwargs)

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """Read the database directly, as a second program would (`%s` placeholders)."""
        if self.database_url:
            with psycopg.connect(self.database_url) as postgres:
                return postgres.execute(sql.encode(), params).fetchall()
        sqlite = sqlite3.connect(self.data_dir / "roundtwo.sqlite3", timeout=20)
        try:
            return sqlite.execute(sql.replace("%s", "?"), params).fetchall()
        finally:
            sqlite.close()


def postgres_url_beside(url: str, suffix: str) -> str:
    """A database of its own next to the one DATABASE_URL names, made empty."""
    base, _, name = url.rpartition("/")
    fresh = f"{name}_{suffix}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{fresh}" WITH (FORCE)'.encode())
        connection.execute(f'CREATE DATABASE "{fresh}"'.encode())
    return f"{base}/{fresh}"


def drop_postgres(url: str) -> None:
    base, _, name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())


@contextmanager
def live_server(data_dir: Path, suffix: str) -> Iterator[LiveServer]:
    """A server on the database kind the suite runs on; its database goes with it."""
    outer = os.environ.get("DATABASE_URL")
    database_url = postgres_url_beside(outer, suffix) if outer else None
    server = LiveServer(data_dir, database_url)
    try:
        yield server
    finally:
        server.kill()
        if database_url:
            drop_postgres(database_url)


def opportunity_with_account(server: LiveServer, username: str = "alice") -> int:
    server.cli("user", "create", username, "--password", PASSWORD)
    found = re.search(r"\(id (\d+)\)", server.cli("demo", "--user", username))
    assert found, "the demo opportunity was not made"
    return int(found.group(1))
