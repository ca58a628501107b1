"""The one place that answers "may this user do ACTION on this object", for owners and coaches.

Every object a view reaches by an id is fetched through `fetch` (or `core.ownership`, which
calls it with EDIT). The owner may do anything with their own objects. A coach reaches a
candidate's object only through an accepted, unrevoked share, only for the kinds listed in
SHARED_KINDS, and only for the actions the share's scope allows; everything else answers 404,
the same as a missing id. A model that is not listed is owner-only, and a test fails when a
model with an `owner_path` is listed in neither SHARED_KINDS nor OWNER_ONLY, so a new kind of
object is a decision, not an accident.

The share is read on every request, so a revoked coach's very next request is refused.
Organisations are not read here: being an admin or a member of one reaches no content.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.db.models import Q
from django.http import Http404

M = TypeVar("M", bound=models.Model)
User = AbstractBaseUser | AnonymousUser


class Action(enum.StrEnum):
    VIEW = "view"
    COMMENT = "comment"
    REVIEW = "review"
    EDIT = "edit"  # change or delete: the owner only, always


@dataclass(frozen=True)
class Kind:
    """How a coach may reach a kind of object: which share flag it needs, if any."""

    needs: str = ""  # a Share boolean field ("shares_stories"), or "" for the workspace itself
    reviewable: bool = False


# What a coach may see, by model label. Opportunity-bound kinds follow the share's opportunity.
SHARED_KINDS: dict[str, Kind] = {
    "opportunities.opportunity": Kind(),
    "opportunities.interviewer": Kind(),
    "opportunities.round": Kind(),
    "plan.plantask": Kind(),
    "reflect.loggedquestion": Kind(),
    "reflect.rounddebrief": Kind(),
    "practice.practicequestion": Kind(),
    "followup.followupemail": Kind(),
    "research.item": Kind(),
    "stories.story": Kind(needs="shares_stories"),
    "resume.experience": Kind(needs="shares_resume"),
    "resume.achievement": Kind(needs="shares_resume"),
    "rehearse.rehearsalsession": Kind(needs="shares_recordings"),
    "rehearse.sessionquestion": Kind(needs="shares_recordings"),
    "rehearse.attempt": Kind(needs="shares_recordings", reviewable=True),
    "rehearse.review": Kind(needs="shares_recordings"),
}
# Never shown to a coach: settings, raw sources, jobs, files, private notes, the sharing itself.
OWNER_ONLY: frozenset[str] = frozenset(
    {
        "accounts.signedinsession",
        "ask.askquestion",
        "background.job",
        "coaching.share",
        "coaching.comment",  # read through the item it is on, never by its own id
        "coaching.notification",
        "coaching.accessrecord",
        "documents.checklistitem",
        "documents.reference",
        "documents.referencebrief",
        "documents.daypack",
        "followup.debrief",
        "followup.mailsettings",
        "organisations.membership",  # membership grants no content: see organisations.access
        "reflect.transcriptdraft",
        "research.source",
        "workspace.areavisit",
    }
)


def owner_path(model: type[models.Model]) -> str:
    path: str = getattr(model, "owner_path")  # noqa: B009  (a declared class attribute)
    return path


def opportunity_path(model: type[models.Model]) -> str | None:
    """The lookup from this model to its opportunity's id, or None when it has none."""
    path = owner_path(model)
    if model._meta.label_lower == "opportunities.opportunity":
        return "pk"
    prefix = path.removesuffix("__owner")
    return f"{prefix}_id" if prefix.endswith("opportunity") and prefix != path else None


def scope_filter(action: Action, kind: Kind) -> Q | None:
    """The share flags an action on this kind needs, as a filter on Share; None: never."""
    needed = Q(accepted_at__isnull=False, revoked_at__isnull=True)
    if kind.needs:
        needed &= Q(**{kind.needs: True})
    if action is Action.COMMENT:
        needed &= Q(can_comment=True)
    elif action is Action.REVIEW:
        if not kind.reviewable:
            return None
        needed &= Q(can_review=True)
    elif action is not Action.VIEW:
        return None
    return needed


def shared_filter(model: type[M], user: AbstractBaseUser, action: Action) -> Q | None:
    """Which of the model's rows the coach reaches through their shares, or None for none."""
    from roundtwo.coaching.models import Share

    kind = SHARED_KINDS.get(model._meta.label_lower)
    needed = scope_filter(action, kind) if kind is not None else None
    if needed is None:
        return None
    shares = Share.objects.filter(needed, coach_id=user.pk).values_list(
        "owner_id", "opportunity_id"
    )
    to_opportunity = opportunity_path(model)
    reach: Q | None = None
    for owner_id, opportunity_id in shares:
        one = Q(**{owner_path(model): owner_id})
        if opportunity_id is not None and to_opportunity is not None:
            one &= Q(**{to_opportunity: opportunity_id})
        reach = one if reach is None else reach | one
    return reach


def permitted(model: type[M], user: User, action: Action = Action.VIEW) -> models.QuerySet[M]:
    """The rows this user may do `action` on: their own, plus what their shares allow."""
    manager = model._default_manager
    if not user.is_authenticated:
        return manager.none()
    own = Q(**{owner_path(model): user})
    if action is Action.EDIT:
        return manager.filter(own)
    shared = shared_filter(model, user, action)
    return manager.filter(own | shared if shared is not None else own)


def owned_by(obj: models.Model) -> int:
    """The id of the account that owns this object: read from the row when it holds the owner,
    else one query, remembered on the object (a fetch and its access record both ask)."""
    model = type(obj)
    path = owner_path(model)
    if "__" not in path:
        return int(getattr(obj, f"{path}_id"))
    if (known := obj.__dict__.get("_owned_by")) is not None:
        return int(known)
    found = int(model._default_manager.filter(pk=obj.pk).values_list(path, flat=True)[0])
    obj.__dict__["_owned_by"] = found
    return found


def fetch(
    model: type[M],
    user: User,
    action: Action = Action.EDIT,
    refine: Callable[[models.QuerySet[M]], models.QuerySet[M]] | None = None,
    **lookup: Any,
) -> M:
    """The object, if this user may do `action` on it; 404 otherwise, as for a missing id.

    `refine` adds annotations or prefetches, never a wider filter. A coach's access is written
    to the candidate's access log.
    """
    rows = permitted(model, user, action)
    try:
        obj = (refine(rows) if refine else rows).get(**lookup)
    except model.DoesNotExist:  # type: ignore[attr-defined]
        raise Http404(f"No {model._meta.verbose_name} here.") from None
    if action is not Action.EDIT:
        owner_id = owned_by(obj)
        if owner_id != user.pk:
            from roundtwo.coaching.access_log import record

            record(owner_id, user, action, obj)
    return obj


def may(user: User, action: Action, obj: models.Model) -> bool:
    """Whether `user` may do `action` on `obj` (for showing or hiding a tool; views still fetch)."""
    return permitted(type(obj), user, action).filter(pk=obj.pk).exists()
