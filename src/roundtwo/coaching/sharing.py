"""Invite a coach, accept an invitation, revoke a share: the rules, apart from the pages."""

from __future__ import annotations

import logging

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from roundtwo.coaching.models import Share, token_hash
from roundtwo.engines.mail import OutgoingMail, SendError, send
from roundtwo.followup.mail_setup import MailSetupError, mail_setup, sender_name

log = logging.getLogger(__name__)


class InvitationError(Exception):
    """Why an invitation link cannot be used, in words for the page."""


def create_share(owner: AbstractBaseUser, share: Share) -> str:
    """Save a new invitation; returns the token for the link (only its hash is stored)."""
    share.owner = owner  # type: ignore[assignment]
    share.shares_recordings = share.shares_recordings or share.can_review
    token = share.new_token()
    share.save()
    return token


def invitation_mail(share: Share, link: str, sender: str, label: str) -> OutgoingMail:
    who = label or share.owner.get_username()
    body = (
        f"{who} invites you to follow their interview preparation on Round Two "
        f"({share.what}; you may {share.scope_label}).\n\n"
        f"Open this link to accept; it works once, until {share.expires_at:%d %B %Y}:\n{link}\n\n"
        "If you did not expect this, ignore this message: nothing is shared until you accept."
    )
    return OutgoingMail(
        sender=sender,
        to=share.email,
        subject=f"{who} invites you as their coach",
        body=body,
        sender_name=label,
    )


def send_invitation(share: Share, link: str) -> str:
    """Send the link through the candidate's mail settings; returns "" or why it did not go."""
    try:
        setup = mail_setup(share.owner)
    except MailSetupError as error:
        return str(error)
    if not setup.ready:
        return f"Mail is not set up ({' and '.join(setup.missing)} missing): copy the link instead."
    try:
        send(
            invitation_mail(share, link, setup.from_address, sender_name(share.owner)), setup.smtp()
        )
    except (ValueError, SendError) as error:
        log.info("invitation %s not sent: %s", share.pk, type(error).__name__)
        return f"The invitation was not sent: {error} Copy the link instead."
    return ""


def find_invitation(token: str) -> Share:
    """The invitation this token opens; InvitationError says why not, and reveals nothing else."""
    share = (
        Share.objects.select_related("owner", "opportunity")
        .filter(token_hash=token_hash(token))
        .first()
        if 20 <= len(token) <= 100
        else None
    )
    if share is None:
        raise InvitationError("This invitation link is not valid. Check that it was copied whole.")
    if share.revoked_at is not None:
        raise InvitationError("This invitation was withdrawn.")
    if share.accepted_at is not None:
        raise InvitationError("This invitation has already been used. Each link works once.")
    if share.expires_at <= timezone.now():
        raise InvitationError("This invitation has expired. Ask for a new one.")
    return share


def accept(token: str, coach: AbstractBaseUser) -> Share:
    with transaction.atomic():
        share = find_invitation(token)
        # The row lock makes "works once" hold when two tabs accept at the same moment.
        locked = Share.objects.select_for_update().get(pk=share.pk)
        if locked.accepted_at is not None:
            raise InvitationError("This invitation has already been used. Each link works once.")
        if locked.owner_id == coach.pk:
            raise InvitationError("This is your own invitation: send the link to your coach.")
        locked.coach = coach  # type: ignore[assignment]
        locked.accepted_at = timezone.now()
        locked.save(update_fields=["coach", "accepted_at"])
    return locked


def revoke(share: Share) -> None:
    if share.revoked_at is None:
        share.revoked_at = timezone.now()
        share.save(update_fields=["revoked_at"])


def active_shares(coach: AbstractBaseUser) -> list[Share]:
    return list(
        Share.objects.filter(coach_id=coach.pk, accepted_at__isnull=False, revoked_at=None)
        .select_related("owner", "opportunity")
        .order_by("owner__username", "opportunity__interview_date")
    )
