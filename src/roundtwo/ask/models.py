"""Questions the candidate asks the interviewers: planned per person, marked asked, answered."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import NOTE_LIMIT, Interviewer, Opportunity


class AskQuestion(models.Model):
    owner_path = "opportunity__owner"

    class Source(models.TextChoices):
        SUGGESTED = "suggested", "Suggested by Round Two"
        USER = "user", "Written by you"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="ask_questions"
    )
    interviewer = models.ForeignKey(
        Interviewer, null=True, blank=True, on_delete=models.SET_NULL, related_name="ask_questions"
    )
    round_number = models.PositiveSmallIntegerField(default=2)
    text = models.TextField(max_length=1000)
    category = models.CharField(max_length=40, blank=True)
    why = models.CharField(max_length=500, blank=True)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.USER)
    asked = models.BooleanField(default=False)
    answer = models.TextField(max_length=NOTE_LIMIT, blank=True)
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["round_number", "position", "id"]

    def __str__(self) -> str:
        return self.text[:80]
