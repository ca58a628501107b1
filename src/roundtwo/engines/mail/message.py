"""One outgoing mail as a checked EmailMessage, an .eml file, or a mailto: link."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from urllib.parse import quote

from .checks import validate_address, validate_body, validate_header_value

# CRLF line ends for SMTP; a body that is not plain ASCII goes as quoted-printable or base64,
# never as raw 8-bit, which a server without 8BITMIME may mangle. refold_source="none" keeps
# the headers this module encodes itself (below) exactly as they were encoded.
POLICY = policy.SMTP.clone(cte_type="7bit", refold_source="none")


@dataclass(frozen=True)
class OutgoingMail:
    """A plain-text mail from the user to one person (a thank-you note, a follow-up)."""

    sender: str
    to: str
    subject: str
    body: str
    sender_name: str = ""
    to_name: str = ""


def build_message(mail: OutgoingMail, *, now: datetime | None = None) -> EmailMessage:
    """The mail with every value checked (ValueError), Date and Message-ID set.

    Non-ASCII names and subjects become RFC 2047 encoded words, the body UTF-8 text in a 7-bit
    transfer encoding; lines end in CRLF as SMTP wants.
    """
    sender = validate_address(mail.sender)
    to = validate_address(mail.to)
    sender_name = validate_header_value(mail.sender_name)
    to_name = validate_header_value(mail.to_name)
    message = EmailMessage(policy=POLICY)
    _set_address(message, "From", sender_name, sender)
    _set_address(message, "To", to_name, to)
    _set_text(message, "Subject", validate_header_value(mail.subject))
    message["Date"] = format_datetime((now or datetime.now(UTC)).astimezone(UTC))
    # A random id rather than email.utils.make_msgid, which puts the time and the process id in it.
    message["Message-ID"] = f"<{uuid.uuid4().hex}@{sender.rpartition('@')[2]}>"
    message.set_content(_crlf_free(validate_body(mail.body)))
    return message


def to_eml(mail: OutgoingMail, *, draft: bool = True) -> bytes:
    """The mail as an .eml file; `draft` adds X-Unsent: 1 so Outlook opens it ready to send."""
    message = build_message(mail)
    if draft:
        message["X-Unsent"] = "1"
    return message.as_bytes()


def mailto_url(mail: OutgoingMail) -> str:
    """A mailto: link (RFC 6068) that opens the user's own mail program with the mail filled in.

    Only the address goes in the link: RFC 6068 allows no display names there, and the mail
    program chooses the sender itself. Line breaks in the body become %0D%0A as the RFC asks.
    Some programs cut links longer than about 2,000 characters, so keep the body short.
    """
    to = validate_address(mail.to)
    subject = validate_header_value(mail.subject)
    body = "\r\n".join(_crlf_free(validate_body(mail.body)).split("\n"))
    fields = [f"subject={quote(subject, safe='')}", f"body={quote(body, safe='')}"]
    return f"mailto:{quote(to, safe='@')}?{'&'.join(fields)}"


def _set_text(message: EmailMessage, name: str, text: str) -> None:
    if text.isascii():
        message[name] = text
    else:
        message.set_raw(name, _encoded_words(text, name))


def _set_address(message: EmailMessage, name: str, display_name: str, address: str) -> None:
    if display_name.isascii():
        message[name] = Address(display_name=display_name, addr_spec=address)
    else:
        message.set_raw(name, _encoded_words(display_name, name, after=f" <{address}>"))


def _encoded_words(text: str, name: str, after: str = "") -> str:
    """`text` as RFC 2047 encoded words, folded, with every space inside a word.

    Python 3.11's own folder (policy.SMTP) can leave the space between two encoded words
    outside them, where every RFC 2047 reader drops it ("за интересный" arrives as
    "заинтересный"; CPython issue 144156, fixed only in later versions). email.header does not.
    """
    header = Header(text, "utf-8", header_name=name)
    if after:
        header.append(after, "us-ascii")
    return header.encode(linesep="\n")


def _crlf_free(text: str) -> str:
    """Line breaks as plain \\n, whatever the form came with."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
