"""The one way a view fetches an object by id: ownership is checked on the way in.

Every model a user can reach by an id in a URL declares how it reaches its owner
(`owner_path`). A mismatch answers 404, the same as a missing id, so ids of other
users' objects cannot be probed.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.http import Http404


class Owned(Protocol):
    owner_path: str


M = TypeVar("M", bound=models.Model)


def owned_queryset(model: type[M], user: AbstractBaseUser | AnonymousUser) -> models.QuerySet[M]:
    if not user.is_authenticated:
        return model._default_manager.none()
    path: str = getattr(model, "owner_path")  # noqa: B009  (a declared class attribute)
    return model._default_manager.filter(**{path: user})


def get_or_404(queryset: models.QuerySet[M], **lookup: Any) -> M:
    try:
        return queryset.get(**lookup)
    except queryset.model.DoesNotExist:  # type: ignore[attr-defined]
        raise Http404(f"No {queryset.model._meta.verbose_name} here.") from None


def get_owned(model: type[M], user: AbstractBaseUser | AnonymousUser, **lookup: Any) -> M:
    return get_or_404(owned_queryset(model, user), **lookup)
