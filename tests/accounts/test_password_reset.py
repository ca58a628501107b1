"""Password reset by email, through a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time

import pytest
from django.contrib.auth.models import User
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.test import Client

from roundtwo.accounts import password_reset
from roundtwo.accounts.models import ResetRequest
from tests.conftest import PASSWORD
from tests.followup.conftest import Inbox

NEW_PASSWORD = "a brand new walk by the river"
LINK = re.compile(r"http://testserver(/accounts/sign-in/reset/[^\s]+/)")


@pytest.fixture(autouse=True)
def mail_sent_in_the_request(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thread that sends is joined, so a test reads the inbox after the mail arrived."""
    real = password_reset.dispatch_mail

    def joined(outbox: list[tuple[str, str, str]]) -> threading.Thread:
        thread = real(outbox)
        thread.join(timeout=30)
        return thread

    monkeypatch.setattr(password_reset, "dispatch_mail", joined)


@pytest.fixture
def alice_with_email(alice: User) -> User:
    alice.email = "alice@example.org"
    alice.save()
    return alice


def ask(address: str, client: Client | None = None, ip: str = "198.51.100.7") -> object:
    return (client or Client()).post(
        "/accounts/sign-in/forgot/", {"email": address}, REMOTE_ADDR=ip
    )


def can_sign_in(password: str, client: Client | None = None) -> bool:
    answer = (client or Client()).post(
        "/accounts/sign-in/", {"username": "alice", "password": password}
    )
    return answer.status_code == 302


def link_in(inbox: Inbox) -> str:
    body = inbox.messages[-1].get_content()
    found = LINK.search(body)
    assert found, body
    return found.group(1)


def test_a_reset_link_arrives_and_sets_a_new_password(
    site_mail: Inbox, alice_with_email: User
) -> None:
    response = ask("Alice@Example.org")
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert len(site_mail.messages) == 1
    message = site_mail.messages[0]
    assert message["To"] == "alice@example.org"
    assert message["From"].addresses[0].addr_spec == "noreply@roundtwo.example"
    client = Client()
    form_page = client.get(link_in(site_mail), follow=True)
    assert b"Choose a new password" in form_page.content
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert done.status_code == 302
    assert can_sign_in(NEW_PASSWORD)
    assert not can_sign_in(PASSWORD)


def test_the_answer_is_the_same_for_a_known_and_an_unknown_address(
    site_mail: Inbox, alice_with_email: User
) -> None:
    known = ask("alice@example.org")
    unknown = ask("nobody@example.org")
    assert known.status_code == unknown.status_code == 302  # type: ignore[attr-defined]
    assert known["Location"] == unknown["Location"]  # type: ignore[index]
    page = Client().get(known["Location"]).content  # type: ignore[index]
    assert b"If an account has that address" in page
    assert len(site_mail.messages) == 1


def test_a_link_works_once(site_mail: Inbox, alice_with_email: User) -> None:
    ask("alice@example.org")
    link = link_in(site_mail)
    client = Client()
    form_page = client.get(link, follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    again = Client().get(link, follow=True)
    assert b"This link does not work" in again.content


def test_an_expired_link_is_refused(
    site_mail: Inbox, alice_with_email: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    ask("alice@example.org")
    link = link_in(site_mail)
    later = time.time() + 3601
    monkeypatch.setattr(
        PasswordResetTokenGenerator, "_now", lambda self: dt.datetime.fromtimestamp(later)
    )
    page = Client().get(link, follow=True)
    assert b"This link does not work" in page.content


def test_a_forged_token_is_refused_and_changes_nothing(
    site_mail: Inbox, alice_with_email: User
) -> None:
    ask("alice@example.org")
    link = link_in(site_mail)
    forged = re.sub(r"/([^/]+)/$", "/1a2-0123456789abcdef0123456789abcdef/", link)
    page = Client().get(forged, follow=True)
    assert b"This link does not work" in page.content
    assert can_sign_in(PASSWORD)


def test_one_address_gets_at_most_three_mails_an_hour_and_is_told_the_same(
    site_mail: Inbox, alice_with_email: User
) -> None:
    answers = [ask("alice@example.org", ip=f"203.0.113.{n}") for n in range(5)]
    assert {a.status_code for a in answers} == {302}  # type: ignore[attr-defined]
    assert len(site_mail.messages) == password_reset.MAILS_PER_ADDRESS


def test_one_client_asking_too_often_is_refused(site_mail: Inbox, db: None) -> None:
    for n in range(password_reset.REQUESTS_PER_CLIENT):
        assert ask(f"person{n}@example.org").status_code == 302  # type: ignore[attr-defined]
    refused = ask("one-more@example.org")
    assert refused.status_code == 429  # type: ignore[attr-defined]
    assert b"Too many reset requests" in refused.content  # type: ignore[attr-defined]


def test_the_addresses_tried_are_not_kept_in_clear(site_mail: Inbox, db: None) -> None:
    ask("secret.person@example.org")
    row = ResetRequest.objects.get()
    assert "secret" not in row.address_digest


def test_a_reset_signs_out_every_other_browser(site_mail: Inbox, alice_with_email: User) -> None:
    elsewhere = Client()
    assert can_sign_in(PASSWORD, elsewhere)
    ask("alice@example.org")
    client = Client()
    form_page = client.get(link_in(site_mail), follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert elsewhere.get("/").status_code == 302
    assert "/accounts/sign-in/" in elsewhere.get("/")["Location"]


def test_without_site_mail_there_is_no_reset_page_and_the_terminal_is_named(
    no_site_mail: None, alice_with_email: User, alice_client: Client
) -> None:
    assert Client().get("/accounts/sign-in/forgot/").status_code == 404
    assert b"Forgot your password" not in Client().get("/accounts/sign-in/").content
    account = alice_client.get("/accounts/account/").content
    assert b"roundtwo user password alice" in account


def test_with_site_mail_the_sign_in_page_offers_a_reset(site_mail: Inbox, db: None) -> None:
    User.objects.create_user("someone", password=PASSWORD)
    assert b"Forgot your password" in Client().get("/accounts/sign-in/").content


def test_a_mail_server_that_refuses_tells_the_visitor_nothing_different(
    refusing_smtp: Inbox, alice_with_email: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUNDTWO_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ROUNDTWO_SMTP_PORT", str(refusing_smtp.port))
    monkeypatch.setenv("ROUNDTWO_SMTP_SECURITY", "none")
    monkeypatch.setenv("ROUNDTWO_SMTP_FROM", "noreply@roundtwo.example")
    assert ask("alice@example.org").status_code == 302  # type: ignore[attr-defined]
    assert not refusing_smtp.envelopes


def test_the_account_page_saves_an_email_address_and_refuses_a_bad_one(
    alice_client: Client, alice: User
) -> None:
    bad = alice_client.post("/accounts/account/email/", {"email": "not an address"})
    assert bad.status_code == 400
    alice.refresh_from_db()
    assert alice.email == ""
    good = alice_client.post("/accounts/account/email/", {"email": "alice@example.org"})
    assert good.status_code == 302
    alice.refresh_from_db()
    assert alice.email == "alice@example.org"
