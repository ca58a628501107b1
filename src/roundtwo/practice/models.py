"""An opportunity's tailored practice set: the questions to rehearse, each with its reason."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import Opportunity
from roundtwo.stories.models import Story


class PracticeQuestion(models.Model):
    owner_path = "opportunity__owner"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="practice_questions"
    )
    key = models.CharField(max_length=100)  # the engine's id: a bank id, "round-one-2", ...
    question = models.TextField(max_length=2000)
    kind = models.CharField(max_length=20)
    why = models.TextField(max_length=2000, blank=True)
    competencies = models.JSONField(default=list, blank=True)
    skills = models.JSONField(default=list, blank=True)
    follow_ups = models.JSONField(default=list, blank=True)
    story = models.ForeignKey(Story, null=True, blank=True, on_delete=models.SET_NULL)
    story_why = models.CharField(max_length=500, blank=True)
    position = models.PositiveIntegerField(default=0)
    general = models.BooleanField(default=False)  # chosen without knowing the role
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.question[:80]
