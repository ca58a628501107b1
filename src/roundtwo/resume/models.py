"""The candidate's own evidence, across opportunities: experience entries and their bullets."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import NOTE_LIMIT


class Experience(models.Model):
    owner_path = "owner"

    class Kind(models.TextChoices):
        JOB = "job", "Job"
        OTHER = "other", "Projects and other achievements"
        SKILLS = "skills", "Skills"
        EDUCATION = "education", "Education"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="experiences"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.JOB)
    title = models.CharField(max_length=300, blank=True)
    organisation = models.CharField(max_length=300, blank=True)
    start = models.CharField(max_length=10, blank=True)
    end = models.CharField(max_length=10, blank=True)
    location = models.CharField(max_length=200, blank=True)
    position = models.PositiveIntegerField(default=0)
    imported_from = models.CharField(max_length=255, blank=True)
    # set only on the sample's own rows, so removing the sample removes them too
    sample_of = models.ForeignKey(
        "opportunities.Opportunity",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sample_experiences",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.heading

    @property
    def heading(self) -> str:
        if self.kind != self.Kind.JOB:
            return self.title or self.get_kind_display()
        at = f" at {self.organisation}" if self.organisation else ""
        return f"{self.title or 'Role'}{at}"

    @property
    def period(self) -> str:
        return " – ".join(part for part in (self.start, self.end) if part)


class Achievement(models.Model):
    owner_path = "experience__owner"

    experience = models.ForeignKey(
        Experience, on_delete=models.CASCADE, related_name="achievements"
    )
    text = models.TextField(max_length=NOTE_LIMIT)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text[:80]
