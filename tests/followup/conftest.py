"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, and its bad twins."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from django.contrib.auth.models import User

from roundtwo.followup.models import MailSettings


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def as_bytes(content: bytes | str | None) -> bytes:
    return content.encode() if isinstance(content, str) else content or b""


@dataclass
class Inbox:
    """What the loopback server accepted, parsed, in arrival order."""

    port: int
    envelopes: list[Envelope] = field(default_factory=list)

    @property
    def messages(self) -> list[EmailMessage]:
        return [
            message_from_bytes(as_bytes(e.content), policy=policy.default) for e in self.envelopes
        ]


class Keeper:
    def __init__(self, inbox: Inbox, refuse: bool) -> None:
        self.inbox = inbox
        self.refuse = refuse

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if self.refuse:
            return "550 5.1.1 Mailbox unavailable: no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        self.inbox.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def run_server(refuse: bool) -> Iterator[Inbox]:
    inbox = Inbox(port=free_port())
    controller = Controller(Keeper(inbox, refuse), hostname="127.0.0.1", port=inbox.port)
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def smtp_inbox() -> Iterator[Inbox]:
    yield from run_server(refuse=False)


@pytest.fixture
def refusing_smtp() -> Iterator[Inbox]:
    yield from run_server(refuse=True)


@pytest.fixture
def silent_smtp() -> Iterator[int]:
    """A port that accepts connections and never says a word: the send must time out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
                held.append(conn)
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=2)
        for conn in held:
            conn.close()
        listener.close()


SECRET = "s3cret-Pässword-never-shown"


def save_mail_settings(user: User, port: int, **fields: object) -> MailSettings:
    values: dict[str, object] = {
        "your_name": "Alice Moreau",
        "from_address": "alice@example.org",
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_security": "none",
        "smtp_username": "",
        "smtp_password": SECRET,
    }
    values.update(fields)
    settings, _ = MailSettings.objects.update_or_create(owner=user, defaults=values)
    return settings


@pytest.fixture(autouse=True)
def no_smtp_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from the user's own settings: no ROUNDTWO_SMTP_* from the shell."""
    for name in ("HOST", "PORT", "SECURITY", "USERNAME", "PASSWORD", "FROM", "TIMEOUT"):
        monkeypatch.delenv(f"ROUNDTWO_SMTP_{name}", raising=False)
