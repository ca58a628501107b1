"""The built message, the .eml file and the mailto: link, read back with the email package."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from roundtwo.engines.mail import OutgoingMail, build_message, mailto_url, to_eml

NOTE = OutgoingMail(
    sender="anna@example.com",
    to="hiring@acme.example",
    subject="Thank you for Tuesday's conversation",
    body="Dear Mr. Tanaka,\n\nThank you for your time.\n\nBest regards,\nAnna",
    sender_name="Anna de Vries",
    to_name="Kenji Tanaka",
)
INTERNATIONAL = OutgoingMail(
    sender="zoe@example.com",
    to="sara@example.org",
    subject="Merci — 面接のお礼 — شكرا لكم",
    body="Chère Sara,\nありがとうございました。\nشكرا جزيلا\nZoë",
    sender_name="Zoë Ångström",
    to_name="سارة الأحمد 田中",
)


def read_back(raw: bytes) -> EmailMessage:
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def strict_reading(raw: bytes, name: str) -> str:
    """A header unfolded and decoded word by word, exactly as RFC 2047 (section 6.2) says."""
    folded = message_from_bytes(raw)[name]
    return str(make_header(decode_header(folded.replace("\r\n", "").replace("\n", ""))))


def test_the_message_has_the_headers_a_mail_needs() -> None:
    message = build_message(NOTE, now=datetime(2026, 1, 15, 9, 30, tzinfo=UTC))
    assert message["From"] == "Anna de Vries <anna@example.com>"
    assert message["To"] == "Kenji Tanaka <hiring@acme.example>"
    assert message["Subject"] == "Thank you for Tuesday's conversation"
    assert message["Date"] == "Thu, 15 Jan 2026 09:30:00 +0000"
    assert message["Message-ID"].endswith("@example.com>")
    assert message.get_content() == NOTE.body + "\n"


def test_every_message_gets_its_own_id() -> None:
    assert build_message(NOTE)["Message-ID"] != build_message(NOTE)["Message-ID"]


def test_names_and_subjects_in_any_script_are_encoded_and_decode_back() -> None:
    raw = build_message(INTERNATIONAL).as_bytes()
    assert raw.isascii()  # encoded words and a transfer encoding: safe for any server
    assert b"=?utf-8?" in raw
    parsed = read_back(raw)
    assert parsed["Subject"] == INTERNATIONAL.subject
    assert parsed["From"].addresses[0].display_name == "Zoë Ångström"
    assert parsed["To"].addresses[0].display_name == "سارة الأحمد 田中"
    assert parsed.get_content().replace("\r\n", "\n") == INTERNATIONAL.body + "\n"
    assert parsed.get_content_charset() == "utf-8"


@pytest.mark.parametrize(
    "subject",
    [
        "Follow-up: " + " ".join(["面接"] * 40),
        " ".join(["Спасибо за встречу и за интересный разговор о команде"] * 3),
        " ".join(["Re: Merci pour l’entretien — actualités de l’équipe à Genève et à Zürich"] * 2),
        " ".join(["A plain ASCII subject long enough to be folded over more than one line"] * 2),
    ],
)
def test_a_long_subject_is_folded_into_short_lines_and_keeps_every_space(subject: str) -> None:
    raw = build_message(OutgoingMail("a@example.com", "b@example.org", subject, "Hi")).as_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78
    assert read_back(raw)["Subject"] == subject
    assert strict_reading(raw, "Subject") == subject


def test_a_long_name_in_another_script_keeps_its_spaces() -> None:
    name = "Маргарита Александровна Константинопольская-Римская"
    mail = OutgoingMail("a@example.com", "margarita.konstantinopolskaya@example.org", "Hi", "Hi")
    raw = build_message(dataclasses.replace(mail, to_name=name)).as_bytes()
    # Python 3.11's own address parser puts spaces between encoded words here, so read it as
    # RFC 2047 says (and mail programs do):
    assert strict_reading(raw, "To") == f"{name} <margarita.konstantinopolskaya@example.org>"
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78


def test_a_name_with_quotes_and_commas_stays_one_name() -> None:
    tricky = OutgoingMail("a@example.com", "b@example.org", "Hi", "Hi", to_name='Vries, "Anna" de')
    parsed = read_back(build_message(tricky).as_bytes())
    [address] = parsed["To"].addresses
    assert address.display_name == 'Vries, "Anna" de'
    assert address.addr_spec == "b@example.org"


@pytest.mark.parametrize("field", ["sender_name", "to_name", "subject", "sender", "to"])
def test_header_injection_in_any_field_is_refused(field: str) -> None:
    values = {
        "sender": "anna@example.com",
        "to": "b@example.org",
        "subject": "Hello",
        "sender_name": "Anna",
        "to_name": "Bo",
    }
    values[field] += "\r\nBcc: everyone@example.net"
    mail = OutgoingMail(body="Hi", **values)
    with pytest.raises(ValueError):
        build_message(mail)
    with pytest.raises(ValueError):
        to_eml(mail)


def test_the_eml_file_uses_crlf_and_opens_as_a_draft() -> None:
    raw = to_eml(INTERNATIONAL)
    assert b"\n" not in raw.replace(b"\r\n", b"")
    parsed = read_back(raw)
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == INTERNATIONAL.subject
    assert "X-Unsent" not in read_back(to_eml(NOTE, draft=False))


def test_the_mailto_link_carries_the_subject_and_body_percent_encoded() -> None:
    url = mailto_url(INTERNATIONAL)
    assert url.isascii()
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "sara@example.org"
    fields = parse_qs(parts.query, strict_parsing=True)
    assert fields["subject"] == [INTERNATIONAL.subject]
    assert fields["body"] == [INTERNATIONAL.body.replace("\n", "\r\n")]
    assert "%0D%0A" in url
    assert " " not in url and "+" not in url  # spaces as %20: a "+" would stay a plus sign


def test_the_mailto_link_escapes_characters_that_would_end_a_field() -> None:
    mail = OutgoingMail("a@example.com", "b@example.org", "Q&A? 100% #1 = yes", "x&body=evil")
    fields = parse_qs(urlsplit(mailto_url(mail)).query)
    assert fields == {"subject": ["Q&A? 100% #1 = yes"], "body": ["x&body=evil"]}


def test_the_mailto_link_refuses_injection_too() -> None:
    with pytest.raises(ValueError):
        mailto_url(OutgoingMail("a@example.com", "b@example.org?cc=x@y.org", "Hi", "Hi"))
    with pytest.raises(ValueError):
        mailto_url(OutgoingMail("a@example.com", "b@example.org", "Hi\nCc: x@y.org", "Hi"))
