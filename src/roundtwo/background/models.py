"""A user's view of one piece of background work: what it is, how far it got, what it made."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone


class Job(models.Model):
    owner_path = "owner"

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Working"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    kind = models.CharField(max_length=40)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    message = models.CharField(max_length=500, blank=True)
    result_path = models.CharField(max_length=500, blank=True)
    return_url = models.CharField(max_length=500, blank=True)  # where the user goes when it ends
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}

    def report(self, progress: int, message: str) -> None:
        """Store progress where the page polls it; a separate short write, so it is seen at once."""
        self.progress = max(0, min(100, progress))
        self.message = message
        self.status = self.Status.RUNNING
        self.save(update_fields=["progress", "message", "status"])

    def finish(self, *, result_path: str = "", message: str = "") -> None:
        self.status = self.Status.DONE
        self.progress = 100
        self.result_path = result_path
        self.message = message
        self.finished_at = timezone.now()
        self.save()

    def fail(self, message: str) -> None:
        self.status = self.Status.FAILED
        self.message = message[:500]
        self.finished_at = timezone.now()
        self.save()
