"""After the interview: a debrief per interviewer, the emails to them, and how to send them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from roundtwo.core.fields import EncryptedTextField
from roundtwo.opportunities.models import NOTE_LIMIT, Interviewer, Opportunity


class Debrief(models.Model):
    """What one interviewer talked about, noted right after the interview."""

    owner_path = "opportunity__owner"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="followup_debriefs"
    )
    interviewer = models.OneToOneField(
        Interviewer, on_delete=models.CASCADE, related_name="followup_debrief"
    )
    topics = models.TextField(max_length=NOTE_LIMIT, blank=True)  # one per line
    specific = models.TextField(max_length=NOTE_LIMIT, blank=True)
    questions_asked = models.TextField(max_length=NOTE_LIMIT, blank=True)  # one per line
    rapport = models.TextField(max_length=NOTE_LIMIT, blank=True)
    next_steps = models.TextField(max_length=NOTE_LIMIT, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["interviewer__created_at", "id"]

    def __str__(self) -> str:
        return f"Debrief of {self.interviewer.name}"

    @property
    def topic_list(self) -> list[str]:
        return lines(self.topics)

    @property
    def question_list(self) -> list[str]:
        return lines(self.questions_asked)

    @property
    def is_empty(self) -> bool:
        return not any(
            (self.topics, self.specific, self.questions_asked, self.rapport, self.next_steps)
        )


def lines(text: str) -> list[str]:
    return [line.strip(" \t-•*") for line in text.splitlines() if line.strip(" \t-•*")]


class FollowUpEmail(models.Model):
    """A thank-you note or a check-in to one interviewer: drafted, edited, then sent or exported."""

    owner_path = "opportunity__owner"

    class Kind(models.TextChoices):
        THANK_YOU = "thank_you", "Thank-you note"
        CHECK_IN = "check_in", "Check-in"

    class Tone(models.TextChoices):
        WARM = "warm", "Warm"
        FORMAL = "formal", "Formal"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SENT = "sent", "Sent"
        EXPORTED = "exported", "Exported"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="followup_emails"
    )
    interviewer = models.ForeignKey(
        Interviewer, on_delete=models.CASCADE, related_name="followup_emails"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.THANK_YOU)
    to = models.CharField(max_length=254, blank=True)
    subject = models.CharField(max_length=300)
    body = models.TextField(max_length=NOTE_LIMIT)
    tone = models.CharField(max_length=8, choices=Tone.choices, default=Tone.WARM)
    topics_used = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    needs_topic = models.BooleanField(default=False)
    edited = models.BooleanField(default=False)  # changed by hand since it was drafted
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=300, blank=True)
    last_error = models.CharField(max_length=1000, blank=True)
    replied_at = models.DateTimeField(null=True, blank=True)
    drafted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["interviewer__created_at", "kind", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["interviewer", "kind"], name="one_followup_email_per_person_and_kind"
            ),
        ]

    def __str__(self) -> str:
        return self.subject

    @property
    def is_sent(self) -> bool:
        return self.status == self.Status.SENT


class MailSettings(models.Model):
    """How one user sends mail. The password is write-only: never shown, logged or exported."""

    owner_path = "owner"

    class Security(models.TextChoices):
        STARTTLS = "starttls", "STARTTLS (usually port 587)"
        TLS = "tls", "TLS from the start (usually port 465)"
        NONE = "none", "None (only for a server on this machine)"

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mail_settings"
    )
    your_name = models.CharField(max_length=200, blank=True)
    from_address = models.CharField(max_length=254, blank=True)
    smtp_host = models.CharField(max_length=253, blank=True)
    smtp_port = models.PositiveIntegerField(default=587)
    smtp_security = models.CharField(
        max_length=16, choices=Security.choices, default=Security.STARTTLS
    )
    smtp_username = models.CharField(max_length=254, blank=True)
    smtp_password = EncryptedTextField(blank=True)  # encrypted at rest, with the data dir's key
    check_in_days = models.PositiveSmallIntegerField(default=5)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "mail settings"

    def __str__(self) -> str:
        return f"Mail settings of {self.owner}"

    def __repr__(self) -> str:  # never the password, even in a debugger or a log line
        return f"<MailSettings owner={self.owner_id} host={self.smtp_host!r}>"
