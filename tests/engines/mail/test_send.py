"""Sending through real SMTP servers on loopback, and every way that can fail."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from roundtwo.engines.mail import OutgoingMail, SendError, SmtpSettings, send

from .conftest import HOST, PASSWORD, USERNAME, Server, TlsFiles, nobody_connected

NOTE = OutgoingMail(
    sender=USERNAME,
    to="kenji.tanaka@acme.example",
    subject="Thank you — 面接のお礼 — شكرا",
    body="Dear Mr. Tanaka,\n\nThank you for Tuesday.\n\nAnna",
    sender_name="Anna de Vries",
    to_name="田中 健二",
)


def plain(port: int, **changes: object) -> SmtpSettings:
    return SmtpSettings(**({"host": HOST, "port": port, "security": "none"} | changes))  # type: ignore[arg-type]


def test_a_mail_arrives_with_its_headers_and_body(plain_server: Server) -> None:
    message_id = send(NOTE, plain(plain_server.port))
    [received] = plain_server.received
    assert received.envelope_from == USERNAME
    assert received.envelope_to == ["kenji.tanaka@acme.example"]
    message = received.message
    assert message["Message-ID"] == message_id
    assert message["From"] == "Anna de Vries <anna@example.com>"
    assert message["To"].addresses[0].display_name == "田中 健二"
    assert message["Subject"] == NOTE.subject
    assert message["Date"]
    assert message.get_content().replace("\r\n", "\n") == NOTE.body + "\n"


@pytest.mark.parametrize(
    ("sender_name", "to_name"),
    [("Zoë Ångström", "张伟"), ("محمد الأحمد", "שרה כהן"), ("Иван Петров", "佐藤 花子")],
)
def test_names_in_any_script_arrive_intact(
    plain_server: Server, sender_name: str, to_name: str
) -> None:
    mail = OutgoingMail(USERNAME, "x@acme.example", "Hi", "Hi", sender_name, to_name)
    send(mail, plain(plain_server.port))
    message = plain_server.received[-1].message
    assert message["From"].addresses[0].display_name == sender_name
    assert message["To"].addresses[0].display_name == to_name


def test_a_login_over_plain_loopback_works(plain_server: Server) -> None:
    send(NOTE, plain(plain_server.port, username=USERNAME, password=PASSWORD))
    assert len(plain_server.received) == 1


def test_a_password_with_accents_is_sent_as_utf8(plain_server: Server) -> None:
    send(NOTE, plain(plain_server.port, username=USERNAME, password="pässwörd-ünïcode"))
    assert len(plain_server.received) == 1


def test_starttls_with_a_trusted_certificate_sends_and_logs_in(
    starttls_server: Server, tls_files: TlsFiles
) -> None:
    settings = SmtpSettings(
        "localhost",
        starttls_server.port,
        "starttls",
        username=USERNAME,
        password=PASSWORD,
        ssl_context=tls_files.client_context(),
    )
    send(NOTE, settings)
    assert starttls_server.received[0].message["Subject"] == NOTE.subject


def test_implicit_tls_with_a_trusted_certificate_sends(
    tls_server: Server, tls_files: TlsFiles
) -> None:
    settings = SmtpSettings(
        HOST,
        tls_server.port,
        "tls",
        username=USERNAME,
        password=PASSWORD,
        ssl_context=tls_files.client_context(),
    )
    send(NOTE, settings)
    assert len(tls_server.received) == 1


def test_a_self_signed_certificate_is_refused_by_default(starttls_server: Server) -> None:
    settings = SmtpSettings(
        "localhost", starttls_server.port, "starttls", username=USERNAME, password=PASSWORD
    )
    with pytest.raises(SendError) as failure:
        send(NOTE, settings)
    assert failure.value.kind == "tls"
    assert "certificate" in str(failure.value) and "could not be verified" in str(failure.value)
    assert starttls_server.received == []


def test_implicit_tls_to_a_server_that_speaks_plain_smtp_fails_clearly(
    plain_server: Server,
) -> None:
    with pytest.raises(SendError) as failure:
        send(NOTE, SmtpSettings(HOST, plain_server.port, "tls", timeout_s=5))
    assert failure.value.kind == "tls"
    assert "secure connection" in str(failure.value)


def test_starttls_to_a_server_without_it_sends_nothing(plain_server: Server) -> None:
    settings = SmtpSettings(HOST, plain_server.port, "starttls", USERNAME, PASSWORD)
    with pytest.raises(SendError, match="does not offer STARTTLS") as failure:
        send(NOTE, settings)
    assert failure.value.kind == "tls"
    assert plain_server.received == []


def test_a_wrong_password_is_an_auth_failure(plain_server: Server) -> None:
    with pytest.raises(SendError) as failure:
        send(NOTE, plain(plain_server.port, username=USERNAME, password="not the password"))
    assert failure.value.kind == "auth"
    assert "did not accept the user name and password (535" in str(failure.value)
    assert plain_server.received == []


def test_a_wrong_password_over_starttls_is_an_auth_failure(
    starttls_server: Server, tls_files: TlsFiles
) -> None:
    settings = SmtpSettings(
        "localhost",
        starttls_server.port,
        "starttls",
        username=USERNAME,
        password="wrong",
        ssl_context=tls_files.client_context(),
    )
    with pytest.raises(SendError) as failure:
        send(NOTE, settings)
    assert failure.value.kind == "auth"


def test_a_closed_port_is_a_refused_connection(closed_port: int) -> None:
    with pytest.raises(SendError) as failure:
        send(NOTE, plain(closed_port))
    assert failure.value.kind == "refused"
    assert f"The mail server at {HOST}:{closed_port} refused the connection." in str(failure.value)


def test_a_server_that_turns_the_client_away_is_explained() -> None:
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(1)
        port = int(listener.getsockname()[1])

        def greet_and_hang_up() -> None:
            connection, _ = listener.accept()
            with connection:
                connection.sendall(b"554 5.7.1 Too busy, come back later\r\n")

        greeter = threading.Thread(target=greet_and_hang_up, daemon=True)
        greeter.start()
        with pytest.raises(SendError) as failure:
            send(NOTE, plain(port, timeout_s=5))
        greeter.join(5)
    assert failure.value.kind == "refused"
    assert "turned the connection away (554 5.7.1 Too busy, come back later)" in str(failure.value)


def test_a_server_that_never_answers_times_out(silent_listener: socket.socket) -> None:
    port = int(silent_listener.getsockname()[1])
    started = time.monotonic()
    with pytest.raises(SendError) as failure:
        send(NOTE, plain(port, timeout_s=0.5))
    assert failure.value.kind == "timeout"
    assert "did not answer within 0.5 seconds" in str(failure.value)
    assert time.monotonic() - started < 5


def test_a_refused_recipient_is_named_with_the_servers_reason(plain_server: Server) -> None:
    plain_server.refuse.add("kenji.tanaka@acme.example")
    with pytest.raises(SendError) as failure:
        send(NOTE, plain(plain_server.port))
    assert failure.value.kind == "recipient"
    assert "kenji.tanaka@acme.example: 550 5.1.1 No such mailbox here" in str(failure.value)
    assert plain_server.received == []


def test_an_unknown_host_name_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    # No DNS here: the resolver's own "no such name" answer is what the user would get.
    def no_such_name(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    settings = SmtpSettings("smtp.nowhere.example", 587, "starttls")
    with pytest.raises(SendError) as failure:
        send(NOTE, settings)
    assert failure.value.kind == "dns"
    assert "No mail server called smtp.nowhere.example" in str(failure.value)


@pytest.mark.parametrize("field", ["sender_name", "to_name", "subject", "sender", "to"])
def test_header_injection_is_refused_before_any_connection(
    silent_listener: socket.socket, field: str
) -> None:
    values = {
        "sender": USERNAME,
        "to": "b@example.org",
        "subject": "Hi",
        "sender_name": "A",
        "to_name": "B",
    }
    values[field] += "\r\nBcc: everyone@example.net"
    port = int(silent_listener.getsockname()[1])
    with pytest.raises(ValueError):
        send(OutgoingMail(body="Hi", **values), plain(port))
    assert nobody_connected(silent_listener)


def test_unencrypted_sending_is_refused_for_a_remote_host() -> None:
    with pytest.raises(ValueError, match="only to a mail server on this computer"):
        SmtpSettings("smtp.example.com", 25, "none")


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.5.5.5", "::1", "[::1]"])
def test_unencrypted_sending_is_allowed_to_this_computer(host: str) -> None:
    assert SmtpSettings(host, 25, "none").security == "none"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"security": "ssl"}, "starttls, tls or none"),
        ({"port": 0}, "not a port number"),
        ({"port": 70000}, "not a port number"),
        ({"host": ""}, "not a mail server host name"),
        ({"host": "smtp.example.com\r\nRCPT"}, "not a mail server host name"),
        ({"timeout_s": 0}, "more than 0 seconds"),
    ],
)
def test_impossible_settings_are_refused(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"host": "smtp.example.com", "port": 587, "security": "starttls"}
    with pytest.raises(ValueError, match=message):
        SmtpSettings(**(fields | changes))  # type: ignore[arg-type]
