"""An opportunity (one job you are interviewing for), its rounds and its interviewers."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone

TEXT_LIMIT = 20_000  # long enough for a pasted job posting, short enough to stay a form field
NOTE_LIMIT = 5_000


class Stage(models.TextChoices):
    APPLIED = "applied", "Applied"
    ROUND_1_SCHEDULED = "round1_scheduled", "Round 1 scheduled"
    ROUND_1_DONE = "round1_done", "Round 1 done, waiting to hear"
    ROUND_2_SCHEDULED = "round2_scheduled", "Round 1 done, round 2 scheduled"
    ROUND_2_DONE = "round2_done", "Round 2 done"
    OFFER = "offer", "Offer"
    CLOSED = "closed", "Closed"


class Format(models.TextChoices):
    ONSITE = "onsite", "On-site"
    VIDEO = "video", "Video call"
    PHONE = "phone", "Phone call"


class InterviewerKind(models.TextChoices):
    PEER = "peer", "Peer or team member"
    HIRING_MANAGER = "hiring_manager", "Hiring manager"
    DEPARTMENT_HEAD = "department_head", "Department head"
    EXECUTIVE = "executive", "Senior executive"
    HR = "hr", "HR or recruiter"
    OTHER = "other", "Other"


class Opportunity(models.Model):
    owner_path = "owner"

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="opportunities"
    )
    company = models.CharField(max_length=200)
    role_title = models.CharField(max_length=200)
    posting_url = models.URLField(max_length=1000, blank=True)
    posting_text = models.TextField(max_length=TEXT_LIMIT, blank=True)
    stage = models.CharField(max_length=32, choices=Stage.choices, default=Stage.ROUND_2_SCHEDULED)
    interview_date = models.DateField(null=True, blank=True)
    interview_time = models.TimeField(null=True, blank=True)
    time_zone = models.CharField(max_length=64, default="UTC")
    format = models.CharField(max_length=16, choices=Format.choices, default=Format.VIDEO)
    location = models.CharField(max_length=500, blank=True)
    meeting_link = models.URLField(max_length=1000, blank=True)
    notes = models.TextField(max_length=NOTE_LIMIT, blank=True)
    archived_at = models.DateTimeField(null=True, blank=True)
    is_sample = models.BooleanField(default=False)  # "Look at a sample first"; removed in one click
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "opportunities"
        ordering = ["interview_date", "company"]
        constraints = [  # two clicks on "Look at a sample first" still make one sample
            models.UniqueConstraint(
                fields=["owner"], condition=models.Q(is_sample=True), name="one_sample_per_owner"
            )
        ]

    def __str__(self) -> str:
        return f"{self.role_title} at {self.company}"

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def days_left(self, today: dt.date | None = None) -> int | None:
        if self.interview_date is None:
            return None
        return (self.interview_date - (today or timezone.localdate())).days

    def interviewers_in_round(self, number: int) -> list[Interviewer]:
        """Reads through .all(), so a prefetched list of interviewers costs no query."""
        return [p for p in self.interviewers.all() if number in p.round_numbers()]

    def round(self, number: int) -> Round:
        found, _ = self.rounds.get_or_create(number=number)
        return found


class Round(models.Model):
    owner_path = "opportunity__owner"

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(fields=["opportunity", "number"], name="one_round_per_number"),
        ]

    def __str__(self) -> str:
        return f"Round {self.number}"


class Interviewer(models.Model):
    owner_path = "opportunity__owner"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="interviewers"
    )
    name = models.CharField(max_length=200)
    title = models.CharField(max_length=200, blank=True)
    kind = models.CharField(
        max_length=32, choices=InterviewerKind.choices, default=InterviewerKind.PEER
    )
    email = models.EmailField(blank=True)
    profile_url = models.URLField(max_length=1000, blank=True)
    notes = models.TextField(max_length=NOTE_LIMIT, blank=True)
    rounds = models.ManyToManyField(Round, related_name="interviewers", blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"

    def round_numbers(self) -> list[int]:
        return sorted(r.number for r in self.rounds.all())
