"""What the candidate learned about the role and the company, each fact tied to its source."""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils import timezone

from roundtwo.background.models import Job
from roundtwo.opportunities.models import NOTE_LIMIT, Opportunity


class Source(models.Model):
    """A page or file the facts came from: fetched by URL, uploaded, or pasted."""

    owner_path = "opportunity__owner"

    class Kind(models.TextChoices):
        JOB = "job", "Job posting"
        COMPANY = "company", "Company page (about, mission, values, careers)"
        NEWS = "news", "News, blog or press page"
        REPORT = "report", "Annual report or other document"

    class Status(models.TextChoices):
        PENDING = "pending", "Reading"
        READY = "ready", "Read"
        FAILED = "failed", "Could not be read"

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="sources")
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.JOB)
    url = models.URLField(max_length=2000, blank=True)
    filename = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=300, blank=True)
    upload = models.BinaryField(null=True, blank=True)  # waiting to be read; cleared after
    content = models.TextField(blank=True)  # decoded page or text, so it can be read again
    content_type = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    error = models.CharField(max_length=500, blank=True)
    fetched_at = models.DateTimeField(null=True, blank=True)
    job = models.ForeignKey(Job, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.label

    @property
    def return_url(self) -> str:
        return reverse("workspace:area", args=[self.opportunity_id, "research"]) + "#sources"

    @property
    def label(self) -> str:
        return self.title or self.url or self.filename or "Pasted text"


class Item(models.Model):
    """One fact about the role or the company, found in a source or written by the user."""

    owner_path = "opportunity__owner"

    class Section(models.TextChoices):
        TITLE = "title", "Job title"
        EMPLOYER = "employer", "Employer"
        LOCATION = "location", "Location"
        EMPLOYMENT = "employment_type", "Employment type"
        RESPONSIBILITY = "responsibility", "Responsibility"
        MUST = "must", "Must-have requirement"
        NICE = "nice", "Nice-to-have requirement"
        SKILL = "skill", "Skill or tool"
        COMPETENCY = "competency", "Competency"
        EXPERIENCE = "experience", "Years of experience"
        EDUCATION = "education", "Education"
        MISSION = "mission", "Mission or vision"
        VALUE = "value", "Value"
        GOAL = "goal", "Goal or priority"
        PRODUCT = "product", "Product or service"
        RECENT = "recent", "Recent development"
        INDUSTRY = "industry", "Industry"
        COMPETITOR = "competitor", "Competitor"
        CULTURE = "culture", "Culture cue"
        TREND = "trend", "Industry trend"
        NOTE = "note", "Your note"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="research_items"
    )
    section = models.CharField(max_length=20, choices=Section.choices)
    name = models.CharField(max_length=300)
    text = models.TextField(max_length=NOTE_LIMIT, blank=True)
    date = models.CharField(max_length=10, blank=True)  # ISO date or year-month, when stated
    source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    edited = models.BooleanField(default=False)  # the user's word: reading a source again keeps it
    found_as = models.CharField(max_length=300, blank=True)  # the source's own words, before edits
    position = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["section", "position", "id"]

    def __str__(self) -> str:
        return f"{self.get_section_display()}: {self.name}"
