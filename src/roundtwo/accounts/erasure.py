"""Deleting an account: every row, every file it made, and every session it is signed in with.

Rows go through the user's cascade in one transaction; the files are listed first and removed
only once that transaction has committed, so a failure midway leaves the account whole.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path
from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog  # type: ignore[import-untyped]
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from roundtwo import stored_files
from roundtwo.background.models import Job
from roundtwo.documents.models import ATTACHMENT_FOLDER, ChecklistItem
from roundtwo.organisations.membership import forget_account
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import recording_files

log = logging.getLogger(__name__)


def _recordings(user: User) -> tuple[list[Path], list[str]]:
    attempts = Attempt.objects.filter(question__session__opportunity__owner=user)
    return recording_files(attempts.values_list("media_path", flat=True))


def account_files(user: User) -> list[Path]:
    """Recordings still in the pieces folder on this host, and job files of old versions."""
    data_dir = Path(settings.DATA_DIR).resolve()
    found = _recordings(user)[0]
    found += [Path(name) for name in _job_results(user) if stored_files.is_legacy(name)]
    # Only ever files inside the data directory, whatever a row says.
    return [path for path in found if path.resolve().is_relative_to(data_dir)]


def stored_names(user: User) -> list[str]:
    """The account's files in the default storage: attachments, exports, day packs, recordings."""
    names = list(
        ChecklistItem.objects.filter(opportunity__owner=user)
        .exclude(attachment="")
        .values_list("attachment", flat=True)
    )
    names += _recordings(user)[1]
    return names + [name for name in _job_results(user) if not stored_files.is_legacy(name)]


def _job_results(user: User) -> list[str]:
    return list(
        Job.objects.filter(owner=user).exclude(result_path="").values_list("result_path", flat=True)
    )


def task_rows(user: User) -> QuerySet[DBTaskResult[Any, Any]]:
    """The account's queued and finished tasks (a failed one's traceback may quote its data)."""
    return tasks_of(
        Job.objects.filter(owner=user),
        Attempt.objects.filter(question__session__opportunity__owner=user),
    )


def tasks_of(jobs: QuerySet[Job], attempts: QuerySet[Attempt]) -> QuerySet[DBTaskResult[Any, Any]]:
    """The queued and finished tasks of these jobs and attempts.

    Tasks with a job take the job's id first; rehearsal tasks take the attempt's id first.
    A running task is left to finish: it finds its job or attempt gone and stops.
    """
    job_ids = [str(pk) for pk in jobs.values_list("pk", flat=True)]
    by_job = Q(args_kwargs__args__0__in=job_ids)
    by_attempt = Q(task_path__startswith="roundtwo.rehearse.tasks.") & Q(
        args_kwargs__args__0__in=list(attempts.values_list("pk", flat=True))
    )
    return DBTaskResult.objects.exclude(status=TaskResultStatus.RUNNING).filter(by_job | by_attempt)


def erase_account(user: User) -> int:
    """Delete the account and all it owns; returns how many files were removed."""
    files, names = account_files(user), stored_names(user)
    with transaction.atomic():
        end_sessions(user)
        task_rows(user).delete()
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            model.objects.filter(username=user.get_username()).delete()
        forget_account(user)  # organisations it was the last member of
        user.delete()
        transaction.on_commit(lambda: remove_files(files, names))
    return len(files) + len(names)


def end_sessions(user: User) -> None:
    """Sign the account out everywhere, not only in the browser that asked."""
    key = str(user.pk)
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == key:
            session.delete()


def remove_files(files: list[Path], names: list[str]) -> None:
    for path in files:
        try:
            path.unlink(missing_ok=True)
        except OSError as error:
            log.error("Could not remove a file of a deleted account: %s", error)
    for name in names:
        try:
            default_storage.delete(name)
            _remove_empty_folder(name)
        except OSError as error:
            log.error("Could not remove a stored file of a deleted account: %s", error)


def _remove_empty_folder(name: str) -> None:
    """Each attachment sits alone in a folder named at random: on disk, that folder goes too."""
    if not name.startswith(f"{ATTACHMENT_FOLDER}/"):
        return
    try:
        folder = Path(default_storage.path(name)).parent
    except NotImplementedError:  # a bucket has no folders to leave behind
        return
    if folder.parent == Path(settings.MEDIA_ROOT) / ATTACHMENT_FOLDER:
        shutil.rmtree(folder, ignore_errors=True)
