"""A user's view of one piece of background work: what it is, how far it got, what it made."""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone

# Three tries with a 15-second lease each fit well inside this; past it no worker is running.
STALLED_AFTER = timedelta(minutes=10)


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
    task_id = models.UUIDField(null=True, blank=True)  # the django-tasks row doing the work
    created_at = models.DateTimeField(default=timezone.now)  # moved on when the user tries again
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.kind} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in {self.Status.DONE, self.Status.FAILED}

    @property
    def is_stalled(self) -> bool:
        """Unfinished long after any retry could have ended: the page stops asking and says so."""
        return not self.is_finished and timezone.now() - self.created_at > STALLED_AFTER

    @property
    def can_try_again(self) -> bool:
        return self.status == self.Status.FAILED and self.task_id is not None

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


class WorkerLease(models.Model):
    """A running worker renews its row every few seconds; a row gone stale means it died."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    renewed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.worker_id
