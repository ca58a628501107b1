"""The candidate's email about a new comment, sent by the worker so no page waits on SMTP."""

from __future__ import annotations

import logging

from django_tasks import task

from roundtwo.coaching.models import Comment
from roundtwo.engines.mail import OutgoingMail, SendError, send
from roundtwo.followup.mail_setup import MailSetupError, mail_setup

log = logging.getLogger(__name__)


@task()
def mail_notification(comment_id: int) -> None:
    """Only when the candidate's mail is set up and their account has an address; else the
    in-app notification is the whole of it."""
    comment = Comment.objects.select_related("owner", "author").filter(pk=comment_id).first()
    if comment is None or not comment.owner.email:
        return
    try:
        setup = mail_setup(comment.owner)
    except MailSetupError:
        return
    if not setup.ready:
        return
    who = comment.author_label
    mail = OutgoingMail(
        sender=setup.from_address,
        to=comment.owner.email,
        subject=f"{who} commented on your preparation",
        body=f"{who} wrote:\n\n{comment.text}\n\nOpen Round Two to reply or resolve it.",
    )
    try:
        send(mail, setup.smtp())
    except (ValueError, SendError) as error:
        log.info("comment %s notification not sent: %s", comment.pk, type(error).__name__)
