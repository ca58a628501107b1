"""The story library: the candidate's STAR stories, kept across opportunities."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import NOTE_LIMIT, TEXT_LIMIT


class Story(models.Model):
    owner_path = "owner"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="stories"
    )
    title = models.CharField(max_length=200)
    situation = models.TextField(max_length=NOTE_LIMIT, blank=True)
    task = models.TextField(max_length=NOTE_LIMIT, blank=True)
    action = models.TextField(max_length=NOTE_LIMIT, blank=True)
    result = models.TextField(max_length=NOTE_LIMIT, blank=True)
    metrics = models.CharField(max_length=500, blank=True)
    free_text = models.TextField(max_length=TEXT_LIMIT, blank=True)
    competencies = models.JSONField(default=list, blank=True)  # competency ids, the user's word
    values = models.JSONField(default=list, blank=True)  # company value names it shows
    analysis = models.JSONField(null=True, blank=True)
    analysed_text_hash = models.CharField(max_length=64, blank=True)
    # set only on the sample's own rows, so removing the sample removes them too
    sample_of = models.ForeignKey(
        "opportunities.Opportunity",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sample_stories",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["title", "id"]
        verbose_name_plural = "stories"

    def __str__(self) -> str:
        return self.title

    @property
    def score(self) -> int | None:
        if not self.analysis or self.analysis.get("refusal"):
            return None
        score: int = self.analysis["score"]
        return score

    @property
    def refusal(self) -> dict[str, Any] | None:
        return self.analysis.get("refusal") if self.analysis else None
