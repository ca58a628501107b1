"""What to bring on the day, the references who vouch for you, and the day pack's settings."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import get_valid_filename

from roundtwo.background.models import Job
from roundtwo.opportunities.models import NOTE_LIMIT, Opportunity
from roundtwo.stories.models import Story

ATTACHMENT_FOLDER = "documents"


def attachment_path(instance: ChecklistItem, filename: str) -> str:
    """A fresh folder per file under the data directory, so names never collide or guess."""
    safe = get_valid_filename(filename.rsplit("/", 1)[-1])[-100:] or "file"
    return f"{ATTACHMENT_FOLDER}/{uuid.uuid4().hex}/{safe}"


class ChecklistItem(models.Model):
    owner_path = "opportunity__owner"

    class Status(models.TextChoices):
        TODO = "todo", "To do"
        READY = "ready", "Ready"
        PRINTED = "printed", "Printed"
        PACKED = "packed", "Packed"

    class Source(models.TextChoices):
        SUGGESTED = "suggested", "Suggested by Round Two"
        USER = "user", "Added by you"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="checklist_items"
    )
    key = models.CharField(max_length=40, blank=True)  # a suggestion's id: never added twice
    label = models.CharField(max_length=200)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.TODO)
    notes = models.TextField(max_length=NOTE_LIMIT, blank=True)
    link = models.URLField(max_length=1000, blank=True)
    attachment = models.FileField(upload_to=attachment_path, max_length=300, blank=True)
    attachment_name = models.CharField(max_length=255, blank=True)  # as the user named it
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.USER)
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.label

    @property
    def is_done(self) -> bool:
        return self.status != self.Status.TODO


class Reference(models.Model):
    """Someone who will vouch for you: kept across opportunities, like stories and the resume."""

    owner_path = "owner"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="references"
    )
    name = models.CharField(max_length=200)
    relationship = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    notes = models.TextField(max_length=NOTE_LIMIT, blank=True)
    stories = models.ManyToManyField(Story, blank=True, related_name="references")
    # set only on the sample's own rows, so removing the sample removes them too
    sample_of = models.ForeignKey(
        "opportunities.Opportunity",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sample_references",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class ReferenceBrief(models.Model):
    """One reference for one opportunity: permission, briefing and the note sent to them."""

    owner_path = "opportunity__owner"

    class Permission(models.TextChoices):
        NOT_ASKED = "not_asked", "Not asked yet"
        WAITING = "waiting", "Asked, no answer yet"
        YES = "yes", "Yes"
        NO = "no", "No"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="reference_briefs"
    )
    reference = models.ForeignKey(Reference, on_delete=models.CASCADE, related_name="briefs")
    permission = models.CharField(
        max_length=16, choices=Permission.choices, default=Permission.NOT_ASKED
    )
    permission_asked_on = models.DateField(null=True, blank=True)
    briefed_on = models.DateField(null=True, blank=True)
    note = models.TextField(max_length=NOTE_LIMIT, blank=True)
    note_edited = models.BooleanField(default=False)  # the user's words: never regenerated
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["reference__name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["opportunity", "reference"], name="one_brief_per_reference"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} for {self.opportunity}"


class DayPack(models.Model):
    """The interview-day pack's settings, the last PDF made, and whether it was printed."""

    owner_path = "opportunity__owner"

    class PageSize(models.TextChoices):
        A4 = "A4", "A4"
        LETTER = "Letter", "US Letter"

    opportunity = models.OneToOneField(
        Opportunity, on_delete=models.CASCADE, related_name="day_pack"
    )
    page_size = models.CharField(max_length=8, choices=PageSize.choices, default=PageSize.A4)
    ask_for = models.CharField(max_length=200, blank=True)  # who to ask for on arrival
    printed_at = models.DateTimeField(null=True, blank=True)
    job = models.ForeignKey(Job, null=True, blank=True, on_delete=models.SET_NULL)

    def __str__(self) -> str:
        return f"Day pack for {self.opportunity}"
