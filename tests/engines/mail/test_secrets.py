"""The password stays out of every repr, error message, traceback and log record."""

from __future__ import annotations

import base64
import logging
import smtplib
import traceback

import pytest

from roundtwo.engines.mail import OutgoingMail, SendError, SmtpSettings, send
from roundtwo.engines.mail.smtp import _explain, _scrubbed

from .conftest import HOST, PASSWORD, USERNAME, Server, TlsFiles

NOTE = OutgoingMail(USERNAME, "kenji@acme.example", "Thank you", "Dear Kenji,\nThanks.")


def everything_said(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), *traceback.format_exception(error)])


def secret_forms(password: str) -> list[str]:
    plain_token = f"\0{USERNAME}\0{password}".encode()
    return [
        password,
        base64.b64encode(plain_token).decode(),
        base64.b64encode(password.encode()).decode(),
    ]


def test_the_settings_repr_hides_the_password() -> None:
    settings = SmtpSettings("smtp.example.com", 587, "starttls", USERNAME, PASSWORD)
    assert PASSWORD not in repr(settings)
    assert PASSWORD not in str(settings)
    assert "smtp.example.com" in repr(settings)


def failures(plain_server: Server, starttls_server: Server, closed: int) -> list[SmtpSettings]:
    return [
        SmtpSettings(HOST, plain_server.port, "none", USERNAME, "wrong-" + PASSWORD),
        SmtpSettings(HOST, closed, "none", USERNAME, PASSWORD),
        SmtpSettings("localhost", starttls_server.port, "starttls", USERNAME, PASSWORD),
        SmtpSettings(HOST, plain_server.port, "starttls", USERNAME, PASSWORD),
        SmtpSettings(HOST, plain_server.port, "tls", USERNAME, PASSWORD, timeout_s=3),
    ]


def test_no_failure_mentions_the_password_anywhere(
    plain_server: Server,
    starttls_server: Server,
    closed_port: int,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    kinds = []
    for settings in failures(plain_server, starttls_server, closed_port):
        with pytest.raises(SendError) as failure:
            send(NOTE, settings)
        kinds.append(failure.value.kind)
        said = everything_said(failure.value)
        for secret in secret_forms(settings.password):
            assert secret not in said
    assert kinds == ["auth", "refused", "tls", "tls", "tls"]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Mail not sent" in logged
    assert PASSWORD not in logged


def test_a_successful_send_logs_no_password(
    starttls_server: Server, tls_files: TlsFiles, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    settings = SmtpSettings(
        "localhost",
        starttls_server.port,
        "starttls",
        USERNAME,
        PASSWORD,
        ssl_context=tls_files.client_context(),
    )
    message_id = send(NOTE, settings)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("roundtwo")]
    assert any(message_id in line for line in ours)
    assert all(PASSWORD not in record.getMessage() for record in caplog.records)


def test_a_server_that_echoes_the_password_does_not_leak_it() -> None:
    # A hostile or broken server repeating the credentials in its refusal: blanked out.
    settings = SmtpSettings(HOST, 25, "none", USERNAME, PASSWORD)
    echoed = smtplib.SMTPAuthenticationError(535, f"bad password {PASSWORD}".encode())
    error = _scrubbed(_explain(echoed, settings), settings)
    assert PASSWORD not in str(error)
    assert "••••••••" in str(error)
