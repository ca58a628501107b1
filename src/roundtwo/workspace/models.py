"""What the workspace remembers beyond the other areas' own data."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from roundtwo.opportunities.models import Opportunity


class AreaVisit(models.Model):
    """The first time the user opened an area's page: a small, honest readiness signal."""

    owner_path = "opportunity__owner"

    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="area_visits"
    )
    area = models.CharField(max_length=20)
    first_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["opportunity", "area"], name="one_visit_per_area"),
        ]

    def __str__(self) -> str:
        return f"{self.area} seen {self.first_seen_at:%Y-%m-%d}"


class OwnerRevision(models.Model):
    """A counter raised whenever any of the owner's preparation changes (readiness_cache.py)."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    revision = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"revision {self.revision}"


class ReadinessSnapshot(models.Model):
    """An opportunity's readiness and next step as computed at one owner revision, on one day.

    A cache, not data: it is never exported, and any row may be deleted at any time.
    """

    opportunity = models.OneToOneField(
        Opportunity, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    revision = models.BigIntegerField()
    day = models.DateField()
    data = models.JSONField()

    def __str__(self) -> str:
        return f"readiness at revision {self.revision} on {self.day}"
