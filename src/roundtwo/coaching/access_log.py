"""Every look or action of a coach at a candidate's data, written where the candidate reads it."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models

from roundtwo.coaching.models import AccessRecord


def describe(obj: models.Model) -> str:
    return f"{obj._meta.verbose_name}: {obj}"[:300]


def coach_name(user: AbstractBaseUser | AnonymousUser) -> str:
    full: str = getattr(user, "get_full_name", lambda: "")().strip()
    email: str = getattr(user, "email", "")
    name = full or user.get_username()
    return f"{name} <{email}>"[:150] if email else name[:150]


def record(
    owner_id: int, coach: AbstractBaseUser | AnonymousUser, action: str, obj: models.Model
) -> None:
    AccessRecord.objects.create(
        owner_id=owner_id,
        coach_id=coach.pk,
        coach_name=coach_name(coach),
        action=str(action),
        what=describe(obj),
    )
