"""Send a note through the user's mail server, or hand it over as .eml, mailto or text.

A failed send keeps the draft as it is and records the reason, so the page can offer
"Try again". Nothing here logs the password; a send is logged by the note's id only.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from roundtwo.engines.mail import OutgoingMail, SendError, mailto_url, send, to_eml
from roundtwo.followup.mail_setup import MailSetupError, mail_setup, sender_name
from roundtwo.followup.models import FollowUpEmail
from roundtwo.followup.reminders import tick_plan_tasks

log = logging.getLogger(__name__)


class NotSent(Exception):
    """Why a note did not go out, in words for the page; the draft is unchanged."""


def outgoing(email: FollowUpEmail, sender: str = "", sender_label: str = "") -> OutgoingMail:
    """The note as the mail engine takes it. Raises ValueError for an unsafe header."""
    return OutgoingMail(
        sender=sender,
        to=email.to,
        subject=email.subject,
        body=email.body,
        sender_name=sender_label,
        to_name=email.interviewer.name,
    )


def send_email(email: FollowUpEmail) -> str:
    """Send now; on success the note is marked sent and its plan task ticked."""
    if not email.to:
        raise NotSent(f"Add {email.interviewer.name}'s email address first.")
    try:
        setup = mail_setup(email.opportunity.owner)
    except MailSetupError as error:
        raise NotSent(str(error)) from None
    if not setup.ready:
        raise NotSent(f"Set up your mail first: {' and '.join(setup.missing)} missing.")
    try:
        mail = outgoing(email, setup.from_address, setup.from_name)
        message_id = send(mail, setup.smtp())
    except (ValueError, SendError) as error:
        email.last_error = str(error)[:1000]
        email.save(update_fields=["last_error"])
        log.info("follow-up email %s not sent: %s", email.pk, type(error).__name__)
        raise NotSent(str(error)) from None
    mark_sent(email, message_id)
    log.info("follow-up email %s sent", email.pk)
    return message_id


@transaction.atomic
def mark_sent(email: FollowUpEmail, message_id: str = "") -> None:
    email.status = FollowUpEmail.Status.SENT
    email.sent_at = timezone.now()
    email.message_id = message_id[:300]
    email.last_error = ""
    email.save(update_fields=["status", "sent_at", "message_id", "last_error"])
    tick_plan_tasks(email.opportunity)


def handover(email: FollowUpEmail) -> OutgoingMail:
    """For .eml and mailto: from the saved address, else the account's own address."""
    owner = email.opportunity.owner
    try:
        sender = mail_setup(owner).from_address
    except MailSetupError:
        sender = ""
    return outgoing(email, sender or owner.email, sender_name(owner))


def eml_bytes(email: FollowUpEmail) -> bytes:
    """The note as an .eml file; ValueError says what is missing or unsafe."""
    mail = handover(email)
    if not mail.sender:
        raise ValueError("add your email address in the mail settings, so the file has a sender.")
    if not mail.to:
        raise ValueError(f"add {email.interviewer.name}'s email address first.")
    data = to_eml(mail)
    if email.status == FollowUpEmail.Status.DRAFT:
        email.status = FollowUpEmail.Status.EXPORTED
        email.save(update_fields=["status"])
    return data


def mailto_link(email: FollowUpEmail) -> str:
    """A mailto: URL, or "" when a header would be unsafe (the edit page says why)."""
    try:
        return mailto_url(handover(email))
    except ValueError:
        return ""


def plain_text(email: FollowUpEmail) -> str:
    """What "Copy" copies: the subject line, then the note."""
    return f"Subject: {email.subject}\n\n{email.body}"
