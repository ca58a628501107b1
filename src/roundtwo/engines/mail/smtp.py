"""Send one mail through the user's SMTP server and explain every failure in a sentence."""

from __future__ import annotations

import base64
import logging
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager

from .errors import SendError
from .message import OutgoingMail, build_message
from .settings import SmtpSettings

log = logging.getLogger(__name__)
# What the client calls itself in EHLO. The default (socket.getfqdn()) costs a DNS lookup and
# tells the server the machine's own name, which it does not need.
EHLO_NAME = "localhost"


def send(mail: OutgoingMail, settings: SmtpSettings) -> str:
    """Send `mail`; the Message-ID on success, else SendError with a plain sentence.

    The message is built (and every header checked, ValueError) before any connection is made.
    """
    message = build_message(mail)
    message_id = str(message["Message-ID"])
    try:
        with _connected(settings) as client:
            client.send_message(message)
    except SendError as error:
        log.warning("Mail not sent through %s:%d: %s", settings.host, settings.port, error.kind)
        raise
    except OSError as error:  # smtplib's errors are OSErrors too
        explained = _scrubbed(_explain(error, settings), settings)
        log.warning("Mail not sent through %s:%d: %s", settings.host, settings.port, explained.kind)
        # `from None`: the original exception can quote the server's replies; ours says enough.
        raise explained from None
    log.info("Mail %s sent through %s:%d", message_id, settings.host, settings.port)
    return message_id


@contextmanager
def _connected(settings: SmtpSettings) -> Iterator[smtplib.SMTP]:
    client: smtplib.SMTP
    if settings.security == "tls":
        client = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            local_hostname=EHLO_NAME,
            timeout=settings.timeout_s,
            context=settings.context(),
        )
    else:
        client = smtplib.SMTP(
            settings.host, settings.port, local_hostname=EHLO_NAME, timeout=settings.timeout_s
        )
    with client:
        client.ehlo()
        if settings.security == "starttls":
            _start_tls(client, settings)
        if settings.username:
            _log_in(client, settings)
        yield client


def _start_tls(client: smtplib.SMTP, settings: SmtpSettings) -> None:
    if not client.has_extn("starttls"):
        raise SendError(
            "tls",
            f"The mail server at {settings.host} does not offer STARTTLS, so Round Two did not "
            "send your password or mail unencrypted. Check the port, or choose TLS.",
        )
    client.starttls(context=settings.context())
    client.ehlo()


def _log_in(client: smtplib.SMTP, settings: SmtpSettings) -> None:
    if not client.has_extn("auth"):
        raise SendError(
            "auth",
            f"The mail server at {settings.host} does not offer a log in on this connection. "
            "Check the port and the security setting, or leave the user name empty.",
        )
    if (settings.username + settings.password).isascii():
        client.login(settings.username, settings.password)
        return
    # smtplib encodes credentials as ASCII; AUTH PLAIN is defined over UTF-8 (RFC 4616).
    token = f"\0{settings.username}\0{settings.password}".encode()
    code, reply = client.docmd("AUTH", "PLAIN " + base64.b64encode(token).decode("ascii"))
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _explain(error: OSError, settings: SmtpSettings) -> SendError:
    where = f"the mail server at {settings.host}:{settings.port}"
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return SendError(
            "auth",
            f"The mail server did not accept the user name and password ({_reply(error)}). "
            "Check them; some providers want an app password here.",
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{address}: {code} {_text(reply)}"
            for address, (code, reply) in error.recipients.items()
        )
        return SendError("recipient", f"The mail server refused the recipient ({refused}).")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return SendError(
            "sender",
            f"The mail server refused the sender address {error.sender} ({_reply(error)}). "
            "Many servers only send from the address you log in with.",
        )
    if isinstance(error, smtplib.SMTPConnectError):
        return SendError(
            "refused", f"{where.capitalize()} turned the connection away ({_reply(error)})."
        )
    if isinstance(error, smtplib.SMTPResponseException):
        return SendError("rejected", f"The mail server did not accept the mail ({_reply(error)}).")
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(
        error.__context__, TimeoutError
    ):
        return _timed_out(where, settings)
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return SendError(
            "disconnected",
            f"{where.capitalize()} closed the connection unexpectedly. Check the port and the "
            "security setting (STARTTLS is usually port 587, TLS port 465).",
        )
    return _explain_network(error, where, settings)


def _explain_network(error: OSError, where: str, settings: SmtpSettings) -> SendError:
    if isinstance(error, ssl.SSLCertVerificationError):
        return SendError(
            "tls",
            f"The certificate of {where} could not be verified ({error.verify_message}), so "
            "Round Two did not send anything over that connection.",
        )
    if isinstance(error, ssl.SSLError):
        return SendError(
            "tls",
            f"The secure connection to {where} failed ({error.reason or error}). Check the port "
            "and the security setting (STARTTLS is usually port 587, TLS port 465).",
        )
    if isinstance(error, TimeoutError):
        return _timed_out(where, settings)
    if isinstance(error, ConnectionRefusedError):
        return SendError(
            "refused",
            f"{where.capitalize()} refused the connection. Check the host name and the port, "
            "and that the server is running.",
        )
    if isinstance(error, socket.gaierror):
        return SendError(
            "dns",
            f"No mail server called {settings.host} could be found. Check the host name and "
            "your internet connection.",
        )
    if isinstance(error, smtplib.SMTPException):
        return SendError("rejected", f"Sending through {where} failed ({error}).")
    return SendError(
        "network",
        f"Round Two could not reach {where} ({error.strerror or error}). Check the host name, "
        "the port and your internet connection.",
    )


def _timed_out(where: str, settings: SmtpSettings) -> SendError:
    return SendError(
        "timeout",
        f"{where.capitalize()} did not answer within {settings.timeout_s:g} seconds. Check the "
        "host name and the port, or try again later.",
    )


def _reply(error: smtplib.SMTPResponseException) -> str:
    return f"{error.smtp_code} {_text(error.smtp_error)}".strip()


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


def _scrubbed(error: SendError, settings: SmtpSettings) -> SendError:
    """The same error with the password blanked out, should a server ever echo it back."""
    if not settings.password:
        return error
    secrets = [settings.password, _plain_token(settings)]
    message = error.message
    for secret in secrets:
        message = message.replace(secret, "•" * 8)
    return SendError(error.kind, message) if message != error.message else error


def _plain_token(settings: SmtpSettings) -> str:
    raw = f"\0{settings.username}\0{settings.password}".encode()
    return base64.b64encode(raw).decode("ascii")
