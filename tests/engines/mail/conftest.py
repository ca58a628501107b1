"""Real SMTP servers on 127.0.0.1 (aiosmtpd), each on a free port, and a self-signed certificate.

`plain_server` speaks SMTP without TLS and accepts a log in without it (only acceptable because
it is loopback); `starttls_server` requires STARTTLS before the log in; `tls_server` speaks TLS
from the first byte. All keep what they received in `server.received` and refuse recipients
listed in `server.refuse`.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

HOST = "127.0.0.1"
USERNAME = "anna@example.com"
# Unusual enough that finding it anywhere in an error or a log can only mean a leak.
PASSWORD = "Tr0ub4dor&3-zebra-horse"


@dataclass
class Received:
    envelope_from: str
    envelope_to: list[str]
    message: EmailMessage


@dataclass
class Sink:
    """The aiosmtpd handler: records every mail, refuses the recipients in `refuse`."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        raw = envelope.original_content or b""
        parsed = message_from_bytes(raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"


def check_login(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USERNAME
        and auth_data.password.decode() in (PASSWORD, "pässwörd-ünïcode")
    )
    # handled=False: aiosmtpd itself answers 235 or 535 (with True it would answer nothing).
    return AuthResult(success=ok, handled=False)


@dataclass
class Server:
    port: int
    sink: Sink

    @property
    def received(self) -> list[Received]:
        return self.sink.received

    @property
    def refuse(self) -> set[str]:
        return self.sink.refuse


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class TlsFiles:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context

    def client_context(self) -> ssl.SSLContext:
        """A verifying context that trusts this one certificate: what a user would configure."""
        return ssl.create_default_context(cafile=str(self.cert))


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    files = TlsFiles(folder / "cert.pem", folder / "key.pem")
    files.cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return files


def run(**smtp_options: Any) -> Iterator[Server]:
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname=HOST, port=port, **smtp_options)
    controller.start()
    try:
        yield Server(port, sink)
    finally:
        controller.stop()


@pytest.fixture
def plain_server() -> Iterator[Server]:
    yield from run(authenticator=check_login, auth_require_tls=False)


@pytest.fixture
def starttls_server(tls_files: TlsFiles) -> Iterator[Server]:
    yield from run(
        tls_context=tls_files.server_context(),
        require_starttls=True,
        authenticator=check_login,
        auth_required=True,
    )


@pytest.fixture
def tls_server(tls_files: TlsFiles) -> Iterator[Server]:
    # auth_require_tls only knows STARTTLS; this connection is TLS from the first byte.
    yield from run(
        ssl_context=tls_files.server_context(), authenticator=check_login, auth_require_tls=False
    )


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on, so connecting is refused at once."""
    return free_port()


@pytest.fixture
def silent_listener() -> Iterator[socket.socket]:
    """A port that completes the TCP handshake (the kernel's backlog) but never says a word.

    Non-blocking, so `accept()` tells a test at once whether anyone connected at all.
    """
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(4)
        listener.setblocking(False)
        yield listener


def nobody_connected(listener: socket.socket) -> bool:
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return True
    connection.close()
    return False
