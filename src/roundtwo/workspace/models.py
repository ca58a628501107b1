"""What the workspace remembers beyond the other areas' own data."""

from __future__ import annotations

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
