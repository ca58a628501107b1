"""Comments on one item of a preparation: who may write them, and who hears about them.

The target of a comment is named "kind:id" (say "story:12"); the item is fetched through
`core.permissions` with the COMMENT action, so a coach comments only where their share's scope
allows, and the candidate (the owner) may always reply, resolve and flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from django.contrib.auth.models import AbstractBaseUser, User
from django.db import models, transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone

from roundtwo.coaching.models import Comment, Notification
from roundtwo.core.permissions import Action, fetch, owned_by
from roundtwo.followup.models import FollowUpEmail
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt
from roundtwo.stories.models import Story

TARGET_MODELS: dict[str, type[models.Model]] = {
    "logged_question": LoggedQuestion,
    "story": Story,
    "practice_question": PracticeQuestion,
    "attempt": Attempt,
    "followup_email": FollowUpEmail,
}
# How each kind names the opportunity it belongs to (stories belong to none).
OPPORTUNITY_LOOKUP = {
    "logged_question": "opportunity_id",
    "practice_question": "opportunity_id",
    "attempt": "question__session__opportunity_id",
    "followup_email": "opportunity_id",
}


@dataclass(frozen=True)
class Target:
    kind: str
    obj: models.Model
    owner_id: int


def parse_target(key: str) -> tuple[str, int]:
    kind, _, raw = key.partition(":")
    if kind not in TARGET_MODELS or not raw.isdigit():
        raise Http404("No such item.")
    return kind, int(raw)


def find_target(key: str, user: AbstractBaseUser, action: Action, opportunity_id: int) -> Target:
    """The item, if `user` may `action` it; items of an opportunity must be of this one."""
    kind, pk = parse_target(key)
    lookup: dict[str, Any] = {"pk": pk}
    if kind in OPPORTUNITY_LOOKUP:
        lookup[OPPORTUNITY_LOOKUP[kind]] = opportunity_id
    obj = fetch(TARGET_MODELS[kind], user, action, **lookup)
    return Target(kind, obj, owned_by(obj))


def add_comment(
    target: Target,
    author: AbstractBaseUser,
    text: str,
    *,
    opportunity_id: int,
    parent_id: int | None = None,
    at_seconds: float | None = None,
    flagged: bool = False,
) -> Comment:
    parent = None
    if parent_id is not None:
        parent = Comment.objects.filter(
            pk=parent_id, **{target.kind: target.obj}, parent=None
        ).first()
        if parent is None:
            raise Http404("No such comment to reply to.")
    with transaction.atomic():
        comment = Comment.objects.create(
            owner_id=target.owner_id,
            author=cast(User, author),  # the object, not its id: the notification names them
            opportunity_id=opportunity_id if target.kind in OPPORTUNITY_LOOKUP else None,
            parent=parent,
            text=text,
            at_seconds=at_seconds if target.kind == "attempt" else None,
            flagged=flagged,
            **{target.kind: target.obj},
        )
        notify(comment, opportunity_id)
    return comment


def notify(comment: Comment, opportunity_id: int) -> None:
    """Tell the candidate about a coach's comment; tell a coach when the candidate replies."""
    url = reverse("coaching:workspace", args=[opportunity_id]) + f"#comment-{comment.pk}"
    who = comment.author_label
    # A restored comment's author has no account here (author_id None): nobody to tell.
    replied_to = comment.parent.author_id if comment.parent is not None else None
    if comment.author_id != comment.owner_id:
        Notification.objects.create(
            user_id=comment.owner_id, text=f"{who} commented: {comment.text[:200]}", url=url
        )
        from roundtwo.coaching.tasks import mail_notification

        transaction.on_commit(lambda: mail_notification.enqueue(comment.pk))
    elif replied_to is not None and replied_to != comment.owner_id:
        Notification.objects.create(
            user_id=replied_to, text=f"{who} replied: {comment.text[:200]}", url=url
        )


def resolve(comment: Comment, resolved: bool = True) -> None:
    comment.resolved_at = timezone.now() if resolved else None
    comment.save(update_fields=["resolved_at"])


def threads(comments: list[Comment]) -> dict[str, list[Comment]]:
    """Top-level comments by target key, each with its replies in `thread_replies`."""
    by_parent: dict[int, list[Comment]] = {}
    for comment in comments:
        if comment.parent_id is not None:
            by_parent.setdefault(comment.parent_id, []).append(comment)
    found: dict[str, list[Comment]] = {}
    for comment in comments:
        if comment.parent_id is None:
            comment.thread_replies = by_parent.get(comment.pk, [])  # type: ignore[attr-defined]
            found.setdefault(comment.target_key, []).append(comment)
    return found
