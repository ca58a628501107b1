"""The coaching part of a candidate's export: what is theirs, and what an import restores.

Exported: the shares they granted (address, coach's name, scope, opportunity, dates), the
comments on their items (author's name, text, time, resolved, replies), their notifications and
their access log. Restored by an import:
- comments, as history: the candidate's own under their account, everyone else's under the name
  they wrote with (the author's account may not exist on this site, so none is linked);
- the access log, merged: entries already here are not doubled, none is linked to an account;
- never a share: a share lets another account in, and the address in the file may belong to
  someone else on this site, so the candidate invites again; the import summary says so;
- not notifications: they point at pages of the old site; the comments they announced are back.

Items are named by where they sit in the document (the opportunity's index, then the item's
index in the order its section writes them), not by database ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import models

from roundtwo.backup.sections import build, dump_fields, story_key
from roundtwo.coaching.access_log import coach_name
from roundtwo.coaching.models import AccessRecord, Comment, Notification, Share
from roundtwo.followup.models import FollowUpEmail
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt
from roundtwo.stories.models import Story

# Per kind of item an opportunity holds: the model, its path to the opportunity, and the order
# its backup section writes it in (so the n-th here is the n-th in the file, before and after).
OPPORTUNITY_ITEMS: dict[str, tuple[type[models.Model], str, tuple[str, ...]]] = {
    "logged_question": (LoggedQuestion, "opportunity", ("position", "id")),
    "practice_question": (PracticeQuestion, "opportunity", ("position", "id")),
    "followup_email": (FollowUpEmail, "opportunity", ("id",)),
    "attempt": (
        Attempt,
        "question__session__opportunity",
        (
            "question__session__created_at",
            "question__session__id",
            "question__position",
            "question__id",
            "created_at",
            "id",
        ),
    ),
}
SHARE_NOT_EXPORTED = {"token_hash"}  # only a hash, but of a live link: it stays here


@dataclass
class Restored:
    """What the coaching part of an import did, for the summary."""

    comments: int = 0
    access_records: int = 0
    access_records_present: int = 0
    notifications_in_file: int = 0
    shares_in_file: list[str] = field(default_factory=list)  # live there, not here


def item_index(opportunities: Sequence[Opportunity]) -> dict[tuple[str, int], Any]:
    """(kind, pk) -> the item's place in the document: {"opportunity", "index"} or its story."""
    places: dict[tuple[str, int], Any] = {}
    for number, opportunity in enumerate(opportunities):
        for kind, (model, path, order) in OPPORTUNITY_ITEMS.items():
            rows = model._default_manager.filter(**{path: opportunity}).order_by(*order)
            for index, pk in enumerate(rows.values_list("pk", flat=True)):
                places[(kind, pk)] = {"kind": kind, "opportunity": number, "index": index}
    return places


def place_of(comment: Comment, places: dict[tuple[str, int], Any]) -> Any:
    if comment.story is not None:
        return {"kind": "story", "story": story_key(comment.story)}
    kind, _, pk = comment.target_key.partition(":")
    return places.get((kind, int(pk))) if pk else None


def dump_comment(comment: Comment, owner: User) -> dict[str, Any]:
    row = {k: v for k, v in dump_fields(comment).items() if k != "author_name"}
    row["author"] = comment.author_label
    row["by_candidate"] = comment.author_id == owner.pk
    return row


def dump_comments(user: User, opportunities: Sequence[Opportunity]) -> list[dict[str, Any]]:
    places = item_index(opportunities)
    rows = list(Comment.objects.filter(owner=user).select_related("author", "story"))
    replies: dict[int, list[Comment]] = {}
    for comment in rows:
        if comment.parent_id is not None:
            replies.setdefault(comment.parent_id, []).append(comment)
    dumped = []
    for comment in rows:
        on = place_of(comment, places)
        if comment.parent_id is None and on is not None:
            under = replies.get(comment.pk, [])
            dumped.append(
                {
                    **dump_comment(comment, user),
                    "on": on,
                    "replies": [dump_comment(reply, user) for reply in under],
                }
            )
    return dumped


def dump_shares(user: User, opportunities: Sequence[Opportunity]) -> list[dict[str, Any]]:
    number = {opportunity.pk: i for i, opportunity in enumerate(opportunities)}
    shares = Share.objects.filter(owner=user).select_related("coach").order_by("invited_at", "id")
    return [
        {
            **{k: v for k, v in dump_fields(share).items() if k not in SHARE_NOT_EXPORTED},
            "opportunity": number.get(share.opportunity_id) if share.opportunity_id else None,
            "coach": coach_name(share.coach) if share.coach else None,
            "status": share.status,
        }
        for share in shares
    ]


def dump_coaching(user: User, opportunities: Sequence[Opportunity]) -> dict[str, Any]:
    notifications = Notification.objects.filter(user=user).order_by("created_at", "id")
    log = AccessRecord.objects.filter(owner=user).order_by("at", "id")
    return {
        "shares": dump_shares(user, opportunities),
        "comments": dump_comments(user, opportunities),
        "notifications": [dump_fields(row) for row in notifications],
        "access_log": [dump_fields(row) for row in log],
    }


def find_items(opportunities: Sequence[Opportunity]) -> dict[tuple[str, int, int], models.Model]:
    """(kind, opportunity's index, item's index) -> the item just imported."""
    found: dict[tuple[str, int, int], models.Model] = {}
    for number, opportunity in enumerate(opportunities):
        for kind, (model, path, order) in OPPORTUNITY_ITEMS.items():
            rows = model._default_manager.filter(**{path: opportunity}).order_by(*order)
            for index, item in enumerate(rows):
                found[(kind, number, index)] = item
    return found


Target = tuple[str, models.Model, Opportunity | None]


def target_of(
    on: Any,
    items: dict[tuple[str, int, int], models.Model],
    stories: dict[tuple[str, ...], Story],
    opportunities: Sequence[Opportunity],
) -> Target:
    """The item a comment is on, with its kind and opportunity (None for a story)."""
    if not isinstance(on, dict):
        raise TypeError("a comment has no item it is on")
    if on.get("kind") == "story":
        story = stories.get(tuple(on.get("story") or ()))
        if story is None:
            raise ValueError("a comment is on a story the file does not hold")
        return "story", story, None
    kind, number, index = str(on.get("kind")), on.get("opportunity"), on.get("index")
    if not isinstance(number, int) or not isinstance(index, int):
        raise ValueError(f"a comment is on an item the file does not name ({kind})")
    item = items.get((kind, number, index))
    if item is None:
        raise ValueError(f"a comment is on an item the file does not hold ({kind})")
    return kind, item, opportunities[number]


def build_comment(row: Any, user: User, **parents: Any) -> Comment:
    if not isinstance(row, dict):
        raise TypeError("a comment entry is not an object")
    by_candidate = row.get("by_candidate") is True
    values = {**row, "author_name": "" if by_candidate else str(row.get("author") or "")}
    comment: Comment = build(
        Comment, values, owner=user, author=user if by_candidate else None, **parents
    )
    if not by_candidate and not comment.author_name.strip():
        raise ValueError("a comment by someone else has no author's name")
    return comment


def load_comments(user: User, rows: Any, opportunities: Sequence[Opportunity]) -> int:
    if not isinstance(rows, list):
        raise TypeError("comments is not a list")
    items = find_items(opportunities)
    stories = {tuple(story_key(s) or ()): s for s in Story.objects.filter(owner=user)}
    made = 0
    for row in rows:
        on = row.get("on") if isinstance(row, dict) else None
        kind, item, opportunity = target_of(on, items, stories, opportunities)
        target = {kind: item, "opportunity": opportunity}
        comment = build_comment(row, user, **target)
        comment.save()
        replies = row.get("replies", [])
        if not isinstance(replies, list):
            raise TypeError("replies is not a list")
        for reply in replies:
            build_comment(reply, user, parent=comment, **target).save()
        made += 1 + len(replies)
    return made


def load_access_log(user: User, rows: Any) -> tuple[int, int]:
    """Adds the file's entries not already here; returns (added, already here)."""
    if not isinstance(rows, list):
        raise TypeError("access_log is not a list")
    fields = ("coach_name", "action", "what", "at")
    present = set(AccessRecord.objects.filter(owner=user).values_list(*fields))
    new: list[AccessRecord] = []
    for row in rows:
        record: AccessRecord = build(AccessRecord, row, owner=user, coach=None)
        key = (record.coach_name, record.action, record.what, record.at)
        if key not in present:
            present.add(key)
            new.append(record)
    AccessRecord.objects.bulk_create(new)
    return len(new), len(rows) - len(new)


def shares_not_in_place(user: User, rows: Any) -> list[str]:
    """The file's live shares that this site does not have (none is granted from a file)."""
    if not isinstance(rows, list):
        raise TypeError("shares is not a list")
    # After the opportunities were replaced: the shares of every opportunity left on this site.
    here = set(Share.objects.filter(owner=user, revoked_at=None).values_list("email", flat=True))
    named = []
    for row in rows:
        if not isinstance(row, dict):
            raise TypeError("a share entry is not an object")
        email = str(row.get("email") or "an unnamed address")[:254]
        if row.get("revoked_at") is None and row.get("status") != "expired" and email not in here:
            named.append(email)
    return named


def load_coaching(user: User, section: Any, opportunities: Sequence[Opportunity]) -> Restored:
    """Inside the import's transaction, after the opportunities and stories are back."""
    if section is None:  # a file from before coaching (format version 1)
        return Restored()
    if not isinstance(section, dict):
        raise TypeError("coaching is not an object")
    notifications = section.get("notifications", [])
    if not isinstance(notifications, list):
        raise TypeError("notifications is not a list")
    added, present = load_access_log(user, section.get("access_log", []))
    return Restored(
        comments=load_comments(user, section.get("comments", []), opportunities),
        access_records=added,
        access_records_present=present,
        notifications_in_file=len(notifications),
        shares_in_file=shares_not_in_place(user, section.get("shares", [])),
    )
