"""Rehearsal sessions, the questions in them, each spoken or typed attempt, and people's reviews."""

from __future__ import annotations

import datetime as dt
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import NOTE_LIMIT, Interviewer, Opportunity

REVIEW_LINK_DAYS = 14  # long enough for a friend to find an evening; short enough to forget
REVIEW_LINK_CHOICES = (1, 3, 7, 14, 30)


class RehearsalSession(models.Model):
    owner_path = "opportunity__owner"

    class Kind(models.TextChoices):
        DRILL = "drill", "Drill on one question"
        MOCK = "mock", "Mock interview"
        REDO = "redo", "Round-one redo"
        PANEL = "panel", "Panel mock"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="rehearsal_sessions"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(max_length=200)
    read_aloud = models.BooleanField(default=False)  # questions spoken by the browser's voices
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title


class SessionQuestion(models.Model):
    owner_path = "session__opportunity__owner"

    session = models.ForeignKey(
        RehearsalSession, on_delete=models.CASCADE, related_name="questions"
    )
    text = models.TextField(max_length=2000)
    why = models.CharField(max_length=500, blank=True)
    behavioral = models.BooleanField(default=True)  # sets the target length and the STAR check
    interviewer = models.ForeignKey(
        Interviewer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    follow_up_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="follow_ups"
    )
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def target_seconds(self) -> int:
        return 120 if self.behavioral else 60


# An answer is minutes long, its analysis seconds to a minute, three tries included.
STALLED_AFTER = timedelta(minutes=30)


class Attempt(models.Model):
    owner_path = "question__session__opportunity__owner"

    class Mode(models.TextChoices):
        AUDIO = "audio", "Spoken"
        VIDEO = "video", "Spoken, with video"
        TYPED = "typed", "Typed"
        UPLOAD = "upload", "Uploaded recording"

    class Status(models.TextChoices):
        RECORDING = "recording", "Recording"
        PROCESSING = "processing", "Preparing the report"
        DONE = "done", "Report ready"
        NO_SPEECH = "no_speech", "No answer heard"
        FAILED = "failed", "Could not be analysed"

    question = models.ForeignKey(SessionQuestion, on_delete=models.CASCADE, related_name="attempts")
    question_key = models.CharField(max_length=200, db_index=True)  # same question across sessions
    mode = models.CharField(max_length=10, choices=Mode.choices)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.RECORDING)
    message = models.CharField(max_length=500, blank=True)
    # a piece file's name while recording, a storage name once sealed (rehearse.recording)
    media_path = models.CharField(max_length=500, blank=True)
    media_type = models.CharField(max_length=100, blank=True)
    chunks_received = models.PositiveIntegerField(default=0)
    # bytes of the file the stored pieces fill; null for recordings made before it was kept
    media_bytes = models.PositiveBigIntegerField(null=True, blank=True)
    progress = models.JSONField(null=True, blank=True)  # engines.speech.incremental.Progress
    advance_queued = models.BooleanField(default=False)
    typed_text = models.TextField(max_length=NOTE_LIMIT, blank=True)
    report = models.JSONField(null=True, blank=True)  # AudioReport.as_dict() or typed analysis
    # copies of the report's headline figures, for progress charts without reading every report
    wpm = models.FloatField(null=True, blank=True)
    fillers_per_min = models.FloatField(null=True, blank=True)
    long_pauses = models.PositiveIntegerField(null=True, blank=True)
    speaking_time_s = models.FloatField(null=True, blank=True)
    content_score = models.PositiveSmallIntegerField(null=True, blank=True)
    review_token = models.CharField(max_length=64, blank=True, db_index=True)
    review_expires_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    review_link_choices = REVIEW_LINK_CHOICES  # for the form on the report
    review_link_days = REVIEW_LINK_DAYS

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.question} ({self.get_status_display()})"

    @property
    def is_spoken(self) -> bool:
        return self.mode != self.Mode.TYPED

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.NO_SPEECH, self.Status.FAILED}

    @property
    def is_stalled(self) -> bool:
        """Unfinished long after any answer and its retried analysis could end: stop polling."""
        return not self.is_finished and timezone.now() - self.created_at > STALLED_AFTER

    def store_report(self, report: dict[str, Any]) -> None:
        self.report = report
        self.wpm = report.get("wpm") if report.get("speech_detected") else None
        self.fillers_per_min = report.get("fillers_per_min") if self.wpm is not None else None
        self.long_pauses = report.get("long_pause_count") if self.wpm is not None else None
        self.speaking_time_s = report.get("speaking_time_s") if self.wpm is not None else None
        content = report.get("content") or {}
        self.content_score = content.get("score")

    def new_review_token(self, days: int = REVIEW_LINK_DAYS) -> str:
        self.review_token = secrets.token_urlsafe(24)
        self.review_expires_at = timezone.now() + dt.timedelta(days=days)
        return self.review_token


RUBRIC = (
    ("eye_contact", "Eye contact", "Looks at the camera or the interviewer, not away or down."),
    ("posture", "Posture", "Upright and open; not slumped, not rigid."),
    ("gestures", "Gestures", "Natural hand movement that supports the words; no fidgeting."),
    ("facial_expression", "Facial expression", "Engaged and friendly; matches what is said."),
    ("energy", "Energy", "Interested and alert, without rushing."),
    ("tone", "Tone of voice", "Warm and varied; not flat, not trailing off."),
    ("clarity", "Clarity", "Easy to follow: a clear point, a clear structure, a clear end."),
)


class Review(models.Model):
    """A person's judgement of an attempt: the app never scores faces, emotion or confidence."""

    owner_path = "attempt__question__session__opportunity__owner"

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.CharField(max_length=100)
    ratings = models.JSONField(
        default=dict, blank=True
    )  # rubric key -> 1..5; a comment alone is a review
    comments = models.TextField(max_length=NOTE_LIMIT, blank=True)
    by_link = models.BooleanField(default=False)  # given through the private review link
    # A signed-in coach with the review scope (coaching); their account leaves, the review stays.
    coach = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"Review by {self.reviewer}"
