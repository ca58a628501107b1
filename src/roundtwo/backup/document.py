"""The export document: all of one user's data as one versioned JSON object.

It is also the backup format, so `import_document(export_document(user))` must give back
exactly what was exported. Database ids are left out: rows are nested under their parents.
"""

from __future__ import annotations

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
from roundtwo.documents.models import Reference
from roundtwo.opportunities.models import Opportunity
from roundtwo.resume.models import Experience
from roundtwo.stories.models import Story
from roundtwo.workspace.revision import touch

FORMAT = "roundtwo-export"
VERSION = 1


class ImportRefused(ValueError):
    """The document cannot be imported; nothing was changed."""


def export_document(user: User) -> dict[str, Any]:
    opportunities = Opportunity.objects.filter(owner=user).order_by("created_at", "id")
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


def import_document(document: Any, user: User) -> int:
    """Replace the user's data with the document's, all or nothing. Returns opportunities read."""
    check_document(document, user)
    try:
        with transaction.atomic():
            Opportunity.objects.filter(owner=user).delete()
            Story.objects.filter(owner=user).delete()
            load_stories(user, document.get("stories", []))  # before practice sets name them
            Reference.objects.filter(owner=user).delete()
            load_references(user, document.get("references", []))  # before briefs name them
            for entry in document["opportunities"]:
                load_opportunity(entry, user)
            Experience.objects.filter(owner=user).delete()
            load_experiences(user, document.get("experiences", []))
            load_mail_settings(user, document.get("mail_settings"))
            touch(user.pk)  # bulk writes above send no signals
    except ImportRefused:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ImportRefused(f"The file is damaged or incomplete ({_describe(error)}).") from None
    return len(document["opportunities"])


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error.args[0]!r}"
    return str(error)[:200]
