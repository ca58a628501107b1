"""Invite someone into an organisation, and accept: the rules, apart from the pages.

Like a coach's invitation: a random token of which only the SHA-256 is stored, one use, 7
days; sent through the site's own mail (ROUNDTWO_SMTP_*) or copied by hand. An address that
already has an account simply signs in and accepts with that account.
"""

from __future__ import annotations

import logging

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from roundtwo.accounts import site_mail
from roundtwo.coaching.access_log import coach_name
from roundtwo.engines.mail import SendError
from roundtwo.followup.mail_setup import MailSetupError
from roundtwo.organisations.models import Invitation, Membership, Organisation, Role, token_hash

log = logging.getLogger(__name__)

WHAT_ADMINS_SEE = (
    "Its admins see figures across all its candidates (how many there are, interviews in the "
    "next 14 days, readiness in bands, rehearsals this week) and who the members are. Nobody "
    "sees your interviews, answers, stories or recordings through the organisation: only "
    "someone you share with from your Sharing page, and every look is in your access log."
)


class InvitationError(Exception):
    """Why an invitation link cannot be used, in words for the page."""


class AlreadyMember(Exception):
    """The account is already in this organisation; the invitation stays unused."""


def create_invitation(
    organisation: Organisation, admin: AbstractBaseUser, email: str, role: str
) -> tuple[Invitation, str]:
    """Save a new invitation; returns it and the token for the link (only its hash is kept)."""
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        invited_by_id=admin.pk,
        invited_by_name=coach_name(admin),
    )
    token = invitation.new_token()
    invitation.save()
    return invitation, token


def invitation_body(invitation: Invitation, link: str) -> str:
    return (
        f"{invitation.invited_by_name} invites you to join {invitation.organisation.name} on "
        f"Round Two as {Role(invitation.role).label.lower()}.\n\n"
        f"{WHAT_ADMINS_SEE}\n\n"
        f"Open this link to accept; it works once, until {invitation.expires_at:%d %B %Y}:\n"
        f"{link}\n\nIf you did not expect this, ignore this message: nothing happens until "
        "you accept."
    )


def send_invitation(invitation: Invitation, link: str) -> str:
    """Send the link as the site; returns "" or why it did not go (the link is still shown)."""
    if not site_mail.configured():
        return "This site sends no mail (ROUNDTWO_SMTP_HOST and _FROM): copy the link instead."
    subject = f"An invitation to {invitation.organisation.name}"
    try:
        site_mail.send_from_site(invitation.email, subject, invitation_body(invitation, link))
    except (ValueError, SendError, MailSetupError) as error:
        log.info("organisation invitation %s not sent: %s", invitation.pk, type(error).__name__)
        return f"The invitation was not sent: {error} Copy the link instead."
    return ""


def find_invitation(token: str) -> Invitation:
    """The invitation this token opens; InvitationError says why not, and reveals nothing else."""
    invitation = (
        Invitation.objects.select_related("organisation")
        .filter(token_hash=token_hash(token))
        .first()
        if 20 <= len(token) <= 100
        else None
    )
    if invitation is None:
        raise InvitationError("This invitation link is not valid. Check that it was copied whole.")
    if invitation.withdrawn_at is not None:
        raise InvitationError("This invitation was withdrawn.")
    if invitation.accepted_at is not None:
        raise InvitationError("This invitation has already been used. Each link works once.")
    if invitation.expires_at <= timezone.now():
        raise InvitationError("This invitation has expired. Ask the organisation for a new one.")
    return invitation


def accept(token: str, user: AbstractBaseUser) -> Membership:
    """Join with the invitation's role; the row lock makes "works once" hold across tabs."""
    with transaction.atomic():
        invitation = find_invitation(token)
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if locked.accepted_at is not None:
            raise InvitationError("This invitation has already been used. Each link works once.")
        existing = Membership.objects.filter(
            organisation_id=locked.organisation_id, user_id=user.pk
        ).first()
        if existing is not None:
            raise AlreadyMember(
                f"You are already in {invitation.organisation.name} as "
                f"{Role(existing.role).label.lower()}; the invitation was not used."
            )
        try:
            with transaction.atomic():
                membership = Membership.objects.create(
                    organisation_id=locked.organisation_id, user_id=user.pk, role=locked.role
                )
        except IntegrityError:  # joined a moment ago through another invitation
            raise AlreadyMember(f"You are already in {invitation.organisation.name}.") from None
        locked.accepted_at = timezone.now()
        locked.save(update_fields=["accepted_at"])
    return membership


def withdraw(invitation: Invitation) -> None:
    if invitation.withdrawn_at is None and invitation.accepted_at is None:
        invitation.withdrawn_at = timezone.now()
        invitation.save(update_fields=["withdrawn_at"])
