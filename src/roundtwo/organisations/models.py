"""Organisations (a career centre, an outplacement firm), their members and invitations.

Membership gives an admin aggregate figures and nothing else: `core.permissions` never reads
these tables, so no candidate's contents are reached through an organisation. A coach in an
organisation sees a candidate's work only through that candidate's own share.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

INVITATION_DAYS = 7


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Role(models.TextChoices):
    ADMIN = "admin", "Admin"
    COACH = "coach", "Coach"
    CANDIDATE = "candidate", "Candidate"


class Organisation(models.Model):
    name = models.CharField(max_length=120, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """One account in one organisation, with one role. The member's own row (they may leave)."""

    owner_path = "user"

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["organisation__name", "role", "user__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="organisations_one_membership_each"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.organisation_id} ({self.role})"


class Invitation(models.Model):
    """A link an admin made for one address and one role: works once, for 7 days."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(max_length=254)
    role = models.CharField(max_length=10, choices=Role.choices)
    invited_by = models.ForeignKey(  # kept as a name if that admin's account is deleted
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    invited_by_name = models.CharField(max_length=150)
    token_hash = models.CharField(max_length=64, unique=True)  # the token itself is never stored
    invited_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-invited_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.email} ({self.role})"

    def new_token(self) -> str:
        """Set a fresh token and expiry; the token itself is returned once, for the link."""
        token = secrets.token_urlsafe(32)
        self.token_hash = token_hash(token)
        self.expires_at = timezone.now() + dt.timedelta(days=INVITATION_DAYS)
        return token

    @property
    def is_pending(self) -> bool:
        return (
            self.accepted_at is None
            and self.withdrawn_at is None
            and self.expires_at > timezone.now()
        )
