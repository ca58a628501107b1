"""Positions of user-ordered rows: new rows go last."""

from __future__ import annotations

from typing import Any

from django.db.models import Max, QuerySet


def next_position(rows: QuerySet[Any]) -> int:
    """One past the highest position in `rows`, or 0 when there are none."""
    top = rows.aggregate(top=Max("position"))["top"]
    return 0 if top is None else top + 1
