"""Deleting an account: every row, every file it made, and every session it is signed in with.

Rows go through the user's cascade in one transaction; the files are listed first and removed
only once that transaction has committed, so a failure midway leaves the account whole.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from axes.models import AccessAttempt, AccessFailureLog, AccessLog  # type: ignore[import-untyped]
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from roundtwo.background.models import Job
from roundtwo.documents.models import ATTACHMENT_FOLDER, ChecklistItem
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import folder as recordings_folder

log = logging.getLogger(__name__)


def account_files(user: User) -> list[Path]:
    """Every file of the account under the data directory: recordings, attachments, results."""
    data_dir = Path(settings.DATA_DIR).resolve()
    media = Path(settings.MEDIA_ROOT)
    recordings = recordings_folder()
    found = [
        recordings / name
        for name in Attempt.objects.filter(question__session__opportunity__owner=user)
        .exclude(media_path="")
        .values_list("media_path", flat=True)
    ]
    found += [
        media / name
        for name in ChecklistItem.objects.filter(opportunity__owner=user)
        .exclude(attachment="")
        .values_list("attachment", flat=True)
    ]
    found += [
        Path(result)
        for result in Job.objects.filter(owner=user)
        .exclude(result_path="")
        .values_list("result_path", flat=True)
    ]
    # Only ever files inside the data directory, whatever a row says.
    return [path for path in found if path.resolve().is_relative_to(data_dir)]


def erase_account(user: User) -> int:
    """Delete the account and all it owns; returns how many files were removed."""
    files = account_files(user)
    with transaction.atomic():
        end_sessions(user)
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username=user.get_username()).delete()
        user.delete()
        transaction.on_commit(lambda: remove_files(files))
    return len(files)


def end_sessions(user: User) -> None:
    """Sign the account out everywhere, not only in the browser that asked."""
    key = str(user.pk)
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == key:
            session.delete()


def remove_files(files: list[Path]) -> None:
    attachments = Path(settings.MEDIA_ROOT) / ATTACHMENT_FOLDER
    for path in files:
        try:
            path.unlink(missing_ok=True)
            # each attachment sits alone in a folder of its own, named at random
            if path.parent.parent == attachments:
                shutil.rmtree(path.parent, ignore_errors=True)
        except OSError as error:
            log.error("Could not remove a file of a deleted account: %s", error)
