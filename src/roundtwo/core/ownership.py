"""The owner's way to fetch an object by id: `core.permissions` with the EDIT action.

Every model a user can reach by an id in a URL declares how it reaches its owner
(`owner_path`). A mismatch answers 404, the same as a missing id, so ids of other
users' objects cannot be probed. Coaches never pass here: their read-only pages fetch
through `core.permissions.fetch` with VIEW, COMMENT or REVIEW.
"""

from __future__ import annotations

from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.http import Http404

from roundtwo.core.permissions import Action, fetch, permitted

M = TypeVar("M", bound=models.Model)


def owned_queryset(model: type[M], user: AbstractBaseUser | AnonymousUser) -> models.QuerySet[M]:
    return permitted(model, user, Action.EDIT)


def get_or_404(queryset: models.QuerySet[M], **lookup: Any) -> M:
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist:  # type: ignore[attr-defined]
        raise Http404(f"No {queryset.model._meta.verbose_name} here.") from None


def get_owned(model: type[M], user: AbstractBaseUser | AnonymousUser, **lookup: Any) -> M:
    return fetch(model, user, Action.EDIT, **lookup)
