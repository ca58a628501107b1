"""Sending: a real SMTP server on loopback receives the note; failures keep it; the password
never leaves the server; .eml, mailto and copy work without any mail settings."""

from __future__ import annotations

import datetime as dt
import logging
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.followup.models import FollowUpEmail, MailSettings
from roundtwo.opportunities.models import Opportunity
from tests.followup.conftest import SECRET, Inbox, save_mail_settings
from tests.followup.helpers import area_url, debrief_panel


@pytest.fixture
def dana_note(alices_opportunity: Opportunity, alice_client: Client) -> FollowUpEmail:
    debrief_panel(alices_opportunity)
    alice_client.post(f"/o/{alices_opportunity.pk}/followup/draft/", {"tone": "warm"})
    return FollowUpEmail.objects.get(interviewer__name="Dana Lee")


def text_of(message: EmailMessage) -> str:
    """The body as the user wrote it: SMTP carries lines ending in CRLF."""
    return str(message.get_content()).replace("\r\n", "\n").strip()


def send_url(note: FollowUpEmail, action: str = "send") -> str:
    return f"/o/{note.opportunity_id}/followup/email/{note.pk}/{action}/"


def test_a_note_is_received_by_a_real_smtp_server_with_the_right_headers(
    alice: User, alice_client: Client, dana_note: FollowUpEmail, smtp_inbox: Inbox
) -> None:
    save_mail_settings(alice, smtp_inbox.port)
    response = alice_client.post(send_url(dana_note), follow=True)
    assert "Sent to Dana Lee at dana.lee@acme.example." in response.content.decode()
    [message] = smtp_inbox.messages
    assert message["To"].addresses[0].addr_spec == "dana.lee@acme.example"
    assert message["To"].addresses[0].display_name == "Dana Lee"
    assert message["From"].addresses[0].addr_spec == "alice@example.org"
    assert message["From"].addresses[0].display_name == "Alice Moreau"
    assert message["Subject"] == dana_note.subject
    assert text_of(message) == dana_note.body.strip()
    dana_note.refresh_from_db()
    assert dana_note.status == "sent" and dana_note.sent_at is not None
    assert dana_note.message_id and dana_note.message_id == message["Message-ID"]
    assert smtp_inbox.envelopes[0].rcpt_tos == ["dana.lee@acme.example"]


def test_a_cjk_and_rtl_note_arrives_intact(
    alice: User, alice_client: Client, dana_note: FollowUpEmail, smtp_inbox: Inbox
) -> None:
    save_mail_settings(alice, smtp_inbox.port, your_name="ليلى 王")
    dana_note.subject = "ありがとうございました — شكرا"
    dana_note.body = "倉庫の自動化について、ありがとうございました。\nشكرا جزيلا"
    dana_note.save()
    alice_client.post(send_url(dana_note))
    [message] = smtp_inbox.messages
    assert message["Subject"] == dana_note.subject
    assert message["From"].addresses[0].display_name == "ليلى 王"
    assert text_of(message) == dana_note.body


def test_sending_ticks_the_plan_task_for_that_person(
    alice: User,
    alices_opportunity: Opportunity,
    alice_client: Client,
    dana_note: FollowUpEmail,
    smtp_inbox: Inbox,
) -> None:
    task = alices_opportunity.plan_tasks.filter(key="thanks-person:Dana Lee").first()
    assert task is not None and not task.is_done
    save_mail_settings(alice, smtp_inbox.port)
    alice_client.post(send_url(dana_note))
    task.refresh_from_db()
    assert task.is_done


def test_a_refusing_server_keeps_the_draft_and_offers_to_try_again(
    alice: User, alice_client: Client, dana_note: FollowUpEmail, refusing_smtp: Inbox
) -> None:
    save_mail_settings(alice, refusing_smtp.port)
    body = dana_note.body
    page = alice_client.post(send_url(dana_note), follow=True).content.decode()
    assert "Not sent to Dana Lee" in page and "Your note is kept." in page
    assert "Try again" in page
    dana_note.refresh_from_db()
    assert dana_note.status == "draft" and dana_note.body == body and dana_note.last_error
    assert not refusing_smtp.envelopes


def test_a_server_that_never_answers_times_out_and_keeps_the_draft(
    alice: User,
    alice_client: Client,
    dana_note: FollowUpEmail,
    silent_smtp: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ROUNDTWO_SMTP_TIMEOUT", "1")
    save_mail_settings(alice, silent_smtp)
    started = timezone.now()
    page = alice_client.post(send_url(dana_note), follow=True).content.decode()
    assert (timezone.now() - started).total_seconds() < 10
    assert "Not sent to Dana Lee" in page and "Try again" in page
    dana_note.refresh_from_db()
    assert dana_note.status == "draft"


def test_no_mail_settings_means_no_send_button_but_every_other_way(
    alice_client: Client, dana_note: FollowUpEmail
) -> None:
    page = alice_client.get(area_url(dana_note.opportunity)).content.decode()
    assert "Sending from here is not set up" in page
    assert send_url(dana_note) not in page
    assert "mailto:dana.lee@acme.example?" in page
    assert "Download .eml" in page and 'data-copy="copy-' in page
    assert f"Subject: {dana_note.subject}" in page  # the copy box holds the text
    response = alice_client.post(send_url(dana_note), follow=True)
    assert "Set up your mail first" in response.content.decode()


def test_the_eml_download_parses_back_to_the_note(
    alice: User, alice_client: Client, dana_note: FollowUpEmail
) -> None:
    page = alice_client.post(send_url(dana_note, "eml"), follow=True).content.decode()
    assert "add your email address in the mail settings" in page
    alice.email = "alice@example.org"  # the account's address will do as the sender
    alice.save()
    response = alice_client.post(send_url(dana_note, "eml"))
    assert response["Content-Type"] == "message/rfc822"
    assert response["Content-Disposition"].endswith('.eml"')
    message = message_from_bytes(response.content, policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "dana.lee@acme.example"
    assert message["From"].addresses[0].addr_spec == "alice@example.org"
    assert message["Subject"] == dana_note.subject
    assert text_of(message) == dana_note.body.strip()
    dana_note.refresh_from_db()
    assert dana_note.status == "exported"


def test_a_note_sent_from_the_users_own_mail_app_can_be_marked_sent(
    alice_client: Client, dana_note: FollowUpEmail
) -> None:
    alice_client.post(send_url(dana_note, "mark"), {"what": "sent"})
    dana_note.refresh_from_db()
    assert dana_note.is_sent and dana_note.sent_at is not None


def test_an_unsafe_interviewer_name_is_refused_when_sending(
    alice: User, alice_client: Client, dana_note: FollowUpEmail, smtp_inbox: Inbox
) -> None:
    save_mail_settings(alice, smtp_inbox.port)
    person = dana_note.interviewer
    person.name = "Dana Lee\r\nBcc: everyone@example.org"
    person.save()
    page = alice_client.post(send_url(dana_note), follow=True).content.decode()
    assert "Not sent to" in page
    assert not smtp_inbox.envelopes
    dana_note.refresh_from_db()
    assert dana_note.status != "sent"


def test_the_password_is_write_only(
    alice: User,
    alice_client: Client,
    dana_note: FollowUpEmail,
    smtp_inbox: Inbox,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    url = f"/o/{dana_note.opportunity_id}/followup/settings/"
    form = {
        "your_name": "Alice Moreau",
        "from_address": "alice@example.org",
        "smtp_host": "127.0.0.1",
        "smtp_port": str(smtp_inbox.port),
        "smtp_security": "none",
        "smtp_username": "",
        "password": SECRET,
        "check_in_days": "5",
    }
    bodies = [alice_client.post(url, form, follow=True).content]
    assert MailSettings.objects.get(owner=alice).smtp_password == SECRET
    settings_page = alice_client.get(url).content
    assert b"saved" in settings_page
    bodies.append(settings_page)
    form.pop("password")
    bodies.append(alice_client.post(url, {**form, "smtp_port": "0"}).content)  # an error page
    alice_client.post(url, form)
    assert MailSettings.objects.get(owner=alice).smtp_password == SECRET  # empty keeps it
    bodies.append(alice_client.get(area_url(dana_note.opportunity)).content)
    bodies.append(alice_client.post(send_url(dana_note), follow=True).content)
    bodies.append(alice_client.get(send_url(dana_note).removesuffix("send/")).content)
    for body in bodies:
        assert SECRET.encode() not in body
    assert SECRET not in caplog.text
    assert SECRET not in repr(MailSettings.objects.get(owner=alice))


def test_the_password_can_be_forgotten(alice: User, alice_client: Client) -> None:
    from tests.conftest import make_opportunity

    opportunity = make_opportunity(alice)
    save_mail_settings(alice, 2525, smtp_security="starttls", smtp_host="smtp.example.org")
    url = f"/o/{opportunity.pk}/followup/settings/"
    alice_client.post(
        url,
        {
            "your_name": "",
            "from_address": "alice@example.org",
            "smtp_host": "smtp.example.org",
            "smtp_port": "587",
            "smtp_security": "starttls",
            "check_in_days": "5",
            "forget_password": "on",
        },
    )
    assert MailSettings.objects.get(owner=alice).smtp_password == ""


def test_no_encryption_is_refused_for_a_server_elsewhere(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    url = f"/o/{alices_opportunity.pk}/followup/settings/"
    form = {
        "from_address": "alice@example.org",
        "smtp_host": "smtp.example.org",
        "smtp_port": "25",
        "smtp_security": "none",
        "password": SECRET,
        "check_in_days": "5",
    }
    page = alice_client.post(url, form).content.decode()
    assert "choose STARTTLS or TLS" in page
    assert SECRET not in page
    assert not MailSettings.objects.filter(owner=alice).exists()


def test_an_unsafe_name_or_address_in_the_settings_is_refused(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    url = f"/o/{alices_opportunity.pk}/followup/settings/"
    form = {
        "your_name": "Alice\r\nBcc: everyone@example.org",
        "from_address": "alice@example.org\nBcc: x@example.org",
        "smtp_host": "smtp.example.org",
        "smtp_port": "587",
        "smtp_security": "starttls",
        "check_in_days": "5",
    }
    page = alice_client.post(url, form).content.decode()
    assert "Your name:" in page and "Your email address (sent from):" in page
    assert not MailSettings.objects.filter(owner=alice).exists()


def test_the_environment_takes_precedence_and_says_so(
    alice: User,
    alice_client: Client,
    dana_note: FollowUpEmail,
    smtp_inbox: Inbox,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_mail_settings(alice, 1, smtp_host="smtp.example.org", smtp_security="starttls")
    monkeypatch.setenv("ROUNDTWO_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ROUNDTWO_SMTP_PORT", str(smtp_inbox.port))
    monkeypatch.setenv("ROUNDTWO_SMTP_SECURITY", "none")
    monkeypatch.setenv("ROUNDTWO_SMTP_PASSWORD", "env-secret-xyz")
    monkeypatch.setenv("ROUNDTWO_SMTP_FROM", "noreply@roundtwo.example")
    settings_page = alice_client.get(
        f"/o/{dana_note.opportunity_id}/followup/settings/"
    ).content.decode()
    assert "From the environment (ROUNDTWO_SMTP_HOST)." in settings_page
    assert "from the environment" in settings_page
    assert "env-secret-xyz" not in settings_page
    alice_client.post(send_url(dana_note))
    [message] = smtp_inbox.messages
    assert message["From"].addresses[0].addr_spec == "noreply@roundtwo.example"


def test_a_bad_environment_value_is_explained(
    alice_client: Client, dana_note: FollowUpEmail, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUNDTWO_SMTP_PORT", "twenty-five")
    page = alice_client.get(area_url(dana_note.opportunity)).content.decode()
    assert "ROUNDTWO_SMTP_PORT must be a whole number" in page


def test_a_reminder_shows_until_the_notes_are_sent(
    alice: User, alice_client: Client, smtp_inbox: Inbox
) -> None:
    from tests.conftest import add_interviewer, make_opportunity

    opportunity = make_opportunity(alice, days_ahead=0, interview_time=dt.time(0, 0))
    dana = add_interviewer(opportunity, "Dana Lee", "hiring_manager", [2])
    dana.email = "dana.lee@acme.example"
    dana.save()
    page = alice_client.get(area_url(opportunity)).content.decode()
    assert "Send your thank-you notes within 24 hours" in page and "Dana Lee" in page
    alice_client.post(f"/o/{opportunity.pk}/followup/draft/", {"tone": "warm"})
    note = FollowUpEmail.objects.get(interviewer=dana)
    save_mail_settings(alice, smtp_inbox.port)
    alice_client.post(send_url(note))
    assert "within 24 hours" not in alice_client.get(area_url(opportunity)).content.decode()
