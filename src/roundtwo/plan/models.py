"""The dated prep plan: generated tasks the user ticks, edits and adds to."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from roundtwo.engines.areas import AREA_KEYS
from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.areas import AREAS_BY_KEY

AREA_CHOICES = [(key, key) for key in AREA_KEYS]


class PlanTask(models.Model):
    owner_path = "opportunity__owner"

    class Source(models.TextChoices):
        GENERATED = "generated", "Suggested by Round Two"
        USER = "user", "Added by you"
        # Made from the user's own notes (a weak round-one answer, a hint): kept by a plan
        # rebuild, refreshed when the notes change.
        DERIVED = "derived", "From your notes"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="plan_tasks"
    )
    key = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=200)
    detail = models.TextField(max_length=2000, blank=True)
    area = models.CharField(max_length=20, choices=AREA_CHOICES, default="understand")
    due = models.DateField()
    minutes = models.PositiveSmallIntegerField(default=30)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.USER)
    done_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def area_title(self) -> str:
        return AREAS_BY_KEY[self.area].title if self.area in AREAS_BY_KEY else self.area

    @property
    def due_label(self) -> str:
        """'Mon 7 Dec': what `|date:"D j M"` gives, at a twentieth of its cost (a plan page
        shows some fifty tasks)."""
        return f"{self.due:%a} {self.due.day} {self.due:%b}"

    @property
    def is_done(self) -> bool:
        return self.done_at is not None
