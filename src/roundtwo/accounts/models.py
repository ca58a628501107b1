"""What the account pages keep beyond Django's own tables: signed-in sessions and reset requests."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class SignedInSession(models.Model):
    """One browser signed in to an account, so its owner can see it and end it.

    Django's session table has no user column; this row ties a session key to its user, with
    what the owner needs to recognise the browser. A row whose session is gone (signed out,
    ended, expired, key rotated) is stale and removed when the list is read.
    """

    owner_path = "user"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="signed_in_sessions"
    )
    session_key = models.CharField(max_length=40, unique=True)
    user_agent = models.CharField(max_length=300, blank=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField()

    class Meta:
        ordering = ["-last_seen"]

    def __str__(self) -> str:
        return f"session of {self.user_id} seen {self.last_seen:%Y-%m-%d %H:%M}"


class ResetRequest(models.Model):
    """A password-reset request, kept an hour to limit how many mails one address or client gets.

    The address is stored as a keyed hash, not as typed: the table must not become a list of
    addresses people tried.
    """

    address_digest = models.CharField(max_length=64, db_index=True)
    client = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    at = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"reset request at {self.at:%Y-%m-%d %H:%M}"
