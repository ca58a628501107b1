"""Round one as the candidate lived it: each question and answer, and the debrief of the round.

The engine's analysis, facts and hints are stored with each entry, keyed by a hash of the text
they came from, so a page shows them without re-running spaCy and an edit refreshes them.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import NOTE_LIMIT, TEXT_LIMIT, Opportunity

NON_STORY_FEEDBACK = {"vague", "hedging", "off_topic", "too_long"}


class LoggedQuestion(models.Model):
    """One question asked in round one, with what the candidate answered and how it landed."""

    owner_path = "opportunity__owner"

    class Source(models.TextChoices):
        TYPED = "typed", "Typed from memory"
        TRANSCRIPT = "transcript", "Imported from a transcript"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="logged_questions"
    )
    position = models.PositiveIntegerField(default=0)
    asked_by = models.CharField(max_length=200, blank=True)
    remarks = models.TextField(max_length=NOTE_LIMIT, blank=True)  # said before the question
    question = models.TextField(max_length=NOTE_LIMIT)
    answer = models.TextField(max_length=TEXT_LIMIT, blank=True)
    reaction = models.TextField(max_length=NOTE_LIMIT, blank=True)
    hints = models.TextField(max_length=NOTE_LIMIT, blank=True)
    self_rating = models.PositiveSmallIntegerField(null=True, blank=True)
    follow_up_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="follow_ups"
    )
    start_seconds = models.FloatField(null=True, blank=True)
    end_seconds = models.FloatField(null=True, blank=True)
    source = models.CharField(max_length=16, choices=Source.choices, default=Source.TYPED)
    analysis = models.JSONField(null=True, blank=True)
    facts = models.JSONField(default=list, blank=True)
    found_hints = models.JSONField(default=list, blank=True)
    analysed_text_hash = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.question[:80]

    @property
    def judged(self) -> bool:
        return bool(self.analysis) and not self.analysis.get("refusal")  # type: ignore[union-attr]

    @property
    def star_applies(self) -> bool:
        """Only a behavioral question asks for a story; other answers get no STAR score."""
        return self.judged and self.analysis.get("question_kind", "behavioral") == "behavioral"  # type: ignore[union-attr]

    @property
    def score(self) -> int | None:
        """The STAR score, or None: no answer, not judgeable, or not a story question."""
        if not self.star_applies:
            return None
        assert self.analysis is not None
        score: int = self.analysis["score"]
        return score

    @property
    def feedback(self) -> list[dict[str, str]]:
        """The engine's feedback that fits the question: story advice only for a story."""
        if not self.judged:
            return []
        assert self.analysis is not None
        items: list[dict[str, str]] = self.analysis["feedback"]
        if self.star_applies:
            return items
        return [item for item in items if item["kind"] in NON_STORY_FEEDBACK]

    @property
    def refusal(self) -> dict[str, Any] | None:
        return self.analysis.get("refusal") if self.analysis else None


class RoundDebrief(models.Model):
    """The candidate's notes on round one as a whole."""

    owner_path = "opportunity__owner"

    opportunity = models.OneToOneField(
        Opportunity, on_delete=models.CASCADE, related_name="round_one_debrief"
    )
    went_well = models.TextField(max_length=NOTE_LIMIT, blank=True)
    went_badly = models.TextField(max_length=NOTE_LIMIT, blank=True)
    next_steps = models.TextField(max_length=NOTE_LIMIT, blank=True)
    found_hints = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Round one debrief for {self.opportunity}"

    @property
    def is_empty(self) -> bool:
        return not (self.went_well or self.went_badly or self.next_steps)


class TranscriptDraft(models.Model):
    """A parsed transcript waiting for the user to pick the candidate and review the pairs.

    Nothing reaches the round-one log until the user saves the reviewed pairs.
    """

    owner_path = "opportunity__owner"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="transcript_drafts"
    )
    filename = models.CharField(max_length=255)
    format = models.CharField(max_length=16)
    turns = models.JSONField(default=list)
    candidate = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename
