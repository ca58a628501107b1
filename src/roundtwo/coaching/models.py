"""Shares with a coach, their comments, the candidate's notifications and the access log.

A share belongs to the candidate (`owner`); the coach is a separate account that accepted the
invitation. Its scope is a set of flags, read only by `core.permissions`, the one place that
decides what a coach may see or do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from roundtwo.opportunities.models import NOTE_LIMIT, Opportunity

INVITATION_DAYS = 7


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Share(models.Model):
    """One candidate's preparation opened to one coach, for one opportunity or for all."""

    owner_path = "owner"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="shares_given"
    )
    email = models.EmailField(max_length=254)  # where the invitation went
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="shares_received",
    )
    opportunity = models.ForeignKey(  # null: every opportunity, now and later
        Opportunity, on_delete=models.CASCADE, null=True, blank=True, related_name="shares"
    )
    # The scope. Viewing the opportunity's workspace is always in it; the rest only when ticked.
    can_comment = models.BooleanField(default=False)
    can_review = models.BooleanField(default=False)  # needs shares_recordings
    shares_stories = models.BooleanField(default=False)
    shares_resume = models.BooleanField(default=False)
    shares_recordings = models.BooleanField(default=False)
    token_hash = models.CharField(max_length=64, unique=True)  # the link's token is never stored
    invited_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-invited_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(can_review=False) | Q(shares_recordings=True),
                name="coaching_review_needs_recordings",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.scope_label})"

    def new_token(self) -> str:
        """Set a fresh token and expiry; the token itself is returned once, for the link."""
        token = secrets.token_urlsafe(32)
        self.token_hash = token_hash(token)
        self.expires_at = timezone.now() + dt.timedelta(days=INVITATION_DAYS)
        return token

    @property
    def is_active(self) -> bool:
        return self.accepted_at is not None and self.revoked_at is None

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.accepted_at is not None:
            return "active"
        if self.expires_at <= timezone.now():
            return "expired"
        return "invited"

    @property
    def scope_label(self) -> str:
        parts = ["view"]
        if self.can_comment:
            parts.append("comment")
        if self.can_review:
            parts.append("review recordings")
        shared = [
            name
            for name, flag in (
                ("stories", self.shares_stories),
                ("resume", self.shares_resume),
                ("recordings", self.shares_recordings),
            )
            if flag
        ]
        label = ", ".join(parts)
        return f"{label}; with {', '.join(shared)}" if shared else label

    @property
    def what(self) -> str:
        return str(self.opportunity) if self.opportunity_id else "All your interviews"


class Comment(models.Model):
    """A remark on one item of a candidate's preparation, by the coach or the candidate.

    Exactly one target is set; each is a real foreign key, so deleting the item (or the
    opportunity, or the account) deletes its comments with it.
    """

    owner_path = "owner"
    TARGETS = ("logged_question", "story", "practice_question", "attempt", "followup_email")

    owner = models.ForeignKey(  # the candidate whose item this is
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    # None for a comment restored from an export: its author's account is not on this site,
    # so only the name they wrote under is kept (author_name).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="comments_written",
    )
    author_name = models.CharField(max_length=150, blank=True)
    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, null=True, blank=True, related_name="comments"
    )
    logged_question = models.ForeignKey(
        "reflect.LoggedQuestion", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    story = models.ForeignKey(
        "stories.Story", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    practice_question = models.ForeignKey(
        "practice.PracticeQuestion",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    attempt = models.ForeignKey(
        "rehearse.Attempt", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    followup_email = models.ForeignKey(
        "followup.FollowUpEmail", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    at_seconds = models.FloatField(null=True, blank=True)  # a moment of the recording
    text = models.TextField(max_length=NOTE_LIMIT)
    flagged = models.BooleanField(default=False)  # the candidate asks their coach to look
    resolved_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def author_label(self) -> str:
        if self.author is None:
            return self.author_name
        return self.author.get_full_name() or self.author.get_username()

    @property
    def is_restored(self) -> bool:
        """Restored from an export: history, with no account behind the name."""
        return self.author_id is None

    @property
    def target_key(self) -> str:
        for name in self.TARGETS:
            value = getattr(self, f"{name}_id")
            if value is not None:
                return f"{name}:{value}"
        return ""


class Notification(models.Model):
    owner_path = "user"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.text


class AccessRecord(models.Model):
    """One look or action by a coach at a candidate's data: who, what, when."""

    owner_path = "owner"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_records"
    )
    # Kept as a name after the coach's account is gone: the candidate's record stays true.
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    coach_name = models.CharField(max_length=150)
    action = models.CharField(max_length=20)
    what = models.CharField(max_length=300)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.coach_name} {self.action} {self.what}"
