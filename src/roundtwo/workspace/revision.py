"""The owner's revision: raised in the same transaction as any change to their preparation.

Readiness snapshots (readiness_cache.py) hold while the revision they were computed at is
current. It is raised:
  - by signals, for every save, delete and many-to-many change of a model with an `owner_path`
    (coaching and session bookkeeping excepted: readiness reads none of them);
  - by `touch`, which code that writes in bulk (bulk_create, QuerySet.update: no signals) calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db import IntegrityError, models, transaction
from django.db.models import F

from roundtwo.core.permissions import owned_by
from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.models import OwnerRevision

# Models with an owner that readiness never reads: their writes leave snapshots valid.
NOT_READ = {
    "coaching.comment",
    "coaching.notification",
    "coaching.accessrecord",
    "coaching.share",
    "accounts.signedinsession",
    "background.job",
}


def touch(owner_id: int) -> None:
    """Make every readiness snapshot of this owner's opportunities old."""
    if OwnerRevision.objects.filter(owner_id=owner_id).update(revision=F("revision") + 1):
        return
    try:
        with transaction.atomic():
            OwnerRevision.objects.create(owner_id=owner_id, revision=1)
    except IntegrityError:  # made at the same moment by another writer: raise it instead
        OwnerRevision.objects.filter(owner_id=owner_id).update(revision=F("revision") + 1)


def touch_all(owner_ids: Iterable[int]) -> None:
    for owner_id in set(owner_ids):
        touch(owner_id)


def owner_of(instance: models.Model) -> int | None:
    """The owner's id at the cost of at most one query; None when it is already gone."""
    path: str = type(instance).owner_path  # type: ignore[attr-defined]
    if "__" not in path:
        return getattr(instance, f"{path}_id", None)
    if path == "opportunity__owner":
        cached = instance._state.fields_cache.get("opportunity")
        if cached is not None:
            return int(cached.owner_id)
        return (
            Opportunity.objects.filter(pk=instance.opportunity_id)  # type: ignore[attr-defined]
            .values_list("owner_id", flat=True)
            .first()
        )
    try:
        return owned_by(instance)
    except IndexError:  # the row is gone already
        return None


def _watched(model: type[models.Model]) -> bool:
    return hasattr(model, "owner_path") and model._meta.label_lower not in NOT_READ


def on_save(sender: type[models.Model], instance: models.Model, **_: Any) -> None:
    if _watched(sender) and (owner := owner_of(instance)) is not None:
        touch(owner)


def on_delete(
    sender: type[models.Model], instance: models.Model, origin: Any = None, **_: Any
) -> None:
    if not _watched(sender):
        return
    origin_model = origin.model if isinstance(origin, models.QuerySet) else type(origin)
    # Deleting an opportunity or an account takes its snapshots and revision with it, and no
    # other opportunity's readiness reads what hangs below an opportunity.
    if origin is not None and (
        issubclass(origin_model, Opportunity) or origin_model._meta.label_lower == "auth.user"
    ):
        return
    if (owner := owner_of(instance)) is not None:
        touch(owner)


def on_m2m(sender: type[models.Model], instance: models.Model, action: str, **_: Any) -> None:
    owner = owner_of(instance) if action.startswith("post_") and _watched(type(instance)) else None
    if owner is not None:
        touch(owner)


def connect() -> None:
    from django.db.models import signals

    signals.post_save.connect(on_save, dispatch_uid="readiness-save")
    signals.pre_delete.connect(on_delete, dispatch_uid="readiness-delete")
    signals.m2m_changed.connect(on_m2m, dispatch_uid="readiness-m2m")
