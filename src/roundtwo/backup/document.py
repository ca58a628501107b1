"""The export document: all of one user's data as one versioned JSON object.

It is also the backup format, so `import_document(export_document(user))` must give back
exactly what was exported. Database ids are left out: rows are nested under their parents.

Version 2 added "coaching" (shares, comments, notifications, access log; see coaching/backup.py
for what an import restores of it). A version 1 file has none and imports as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from roundtwo.backup.sections import (
    dump_experiences,
    dump_mail_settings,
    dump_opportunity,
    dump_references,
    dump_stories,
    load_experiences,
    load_mail_settings,
    load_opportunity,
    load_references,
    load_stories,
)
from roundtwo.coaching.backup import Restored, dump_coaching, load_coaching
from roundtwo.coaching.models import Share
from roundtwo.documents.models import Reference
from roundtwo.opportunities.models import Opportunity
from roundtwo.resume.models import Experience
from roundtwo.stories.models import Story
from roundtwo.workspace.revision import touch

FORMAT = "roundtwo-export"
VERSION = 2  # 2: coaching; version 1 files still import (they have no coaching to restore)


class ImportRefused(ValueError):
    """The document cannot be imported; nothing was changed."""


@dataclass
class ImportSummary:
    """What an import did, in sentences for the page and the command line."""

    opportunities: int
    coaching: Restored = field(default_factory=Restored)
    shares_ended: list[str] = field(default_factory=list)  # this site's, with their opportunity

    def lines(self) -> list[str]:
        lines = [f"Restored {self.opportunities} opportunities from the file."]
        done = self.coaching
        if done.comments:
            lines.append(
                f"Restored {done.comments} comments as history, each under its author's name."
            )
        if done.access_records or done.access_records_present:
            lines.append(
                f"Added {done.access_records} entries to your access log from the file "
                f"({done.access_records_present} were already there)."
            )
        not_granted = [email for email in done.shares_in_file if email not in self.shares_ended]
        if not_granted:
            lines.append(
                f"Not re-granted: {len(not_granted)} shares with coaches in the file "
                f"({', '.join(not_granted)}). A file never gives an account access: "
                "invite your coach again on the Sharing page."
            )
        if self.shares_ended:
            lines.append(
                f"Ended with the opportunities they opened: {len(self.shares_ended)} shares "
                f"({', '.join(self.shares_ended)}). Invite them again if you wish."
            )
        if done.notifications_in_file:
            lines.append(
                f"The file's {done.notifications_in_file} notifications stay in the file: "
                "they point at the old pages."
            )
        return lines


def export_document(user: User) -> dict[str, Any]:
    opportunities = list(Opportunity.objects.filter(owner=user).order_by("created_at", "id"))
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timezone.now().isoformat(),
        "user": {"username": user.get_username()},
        "opportunities": [dump_opportunity(opportunity) for opportunity in opportunities],
        "experiences": dump_experiences(user),
        "stories": dump_stories(user),
        "references": dump_references(user),
        "mail_settings": dump_mail_settings(user),
        "coaching": dump_coaching(user, opportunities),
    }


def check_document(document: Any, user: User) -> None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused("This is not a Round Two export file.")
    version = document.get("version")
    if not isinstance(version, int):
        raise ImportRefused("The file has no version number, so it cannot be read safely.")
    if version > VERSION:
        raise ImportRefused(
            f"The file comes from a newer Round Two (format version {version}); "
            f"this one reads version {VERSION}. Update Round Two, then import again."
        )
    owner = (
        document.get("user", {}).get("username") if isinstance(document.get("user"), dict) else None
    )
    if owner != user.get_username():
        raise ImportRefused(
            f"The file belongs to the account {owner!r}, not to {user.get_username()!r}. "
            "Sign in as that account to restore it."
        )
    if not isinstance(document.get("opportunities"), list):
        raise ImportRefused("The file has no list of opportunities.")
    if not isinstance(document.get("coaching", {}), dict):
        raise ImportRefused("The file's coaching part is not readable.")


def import_document(document: Any, user: User) -> ImportSummary:
    """Replace the user's data with the document's, all or nothing."""
    check_document(document, user)
    try:
        with transaction.atomic():
            ended = shares_ending(user)
            Opportunity.objects.filter(owner=user).delete()
            Story.objects.filter(owner=user).delete()
            load_stories(user, document.get("stories", []))  # before practice sets name them
            Reference.objects.filter(owner=user).delete()
            load_references(user, document.get("references", []))  # before briefs name them
            opportunities = [load_opportunity(entry, user) for entry in document["opportunities"]]
            Experience.objects.filter(owner=user).delete()
            load_experiences(user, document.get("experiences", []))
            load_mail_settings(user, document.get("mail_settings"))
            coaching = load_coaching(user, document.get("coaching"), opportunities)
            touch(user.pk)  # bulk writes above send no signals
    except ImportRefused:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise ImportRefused(f"The file is damaged or incomplete ({_describe(error)}).") from None
    return ImportSummary(len(opportunities), coaching, ended)


def shares_ending(user: User) -> list[str]:
    """This site's live shares of one opportunity: they go with it when it is replaced."""
    live = Share.objects.filter(owner=user, opportunity__isnull=False, revoked_at=None)
    return list(live.exclude(accepted_at=None).values_list("email", flat=True))


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error.args[0]!r}"
    return str(error)[:200]
