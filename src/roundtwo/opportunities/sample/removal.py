"""Removing the sample: its opportunity, the library rows made for it, its files and tasks.

As with deleting an account, the files are listed first and removed only once the rows are
gone for good, so a failure midway leaves the sample whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q, QuerySet
from django_tasks_db.models import DBTaskResult

from roundtwo import stored_files
from roundtwo.accounts.erasure import remove_files, tasks_of
from roundtwo.background.models import Job
from roundtwo.documents.models import ChecklistItem
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import recording_files


def sample_jobs(opportunity: Opportunity) -> QuerySet[Job]:
    """Background jobs of the sample: reading its sources, making its day pack."""
    return Job.objects.filter(
        Q(source__opportunity=opportunity) | Q(daypack__opportunity=opportunity)
    )


def _recordings(opportunity: Opportunity) -> tuple[list[Path], list[str]]:
    attempts = Attempt.objects.filter(question__session__opportunity=opportunity)
    return recording_files(attempts.values_list("media_path", flat=True))


def sample_files(opportunity: Opportunity) -> list[Path]:
    """Recordings still in the pieces folder on this host, and job files of old versions."""
    found = _recordings(opportunity)[0]
    found += [Path(name) for name in _job_results(opportunity) if stored_files.is_legacy(name)]
    data_dir = Path(settings.DATA_DIR).resolve()
    return [path for path in found if path.resolve().is_relative_to(data_dir)]


def stored_names(opportunity: Opportunity) -> list[str]:
    """Its files in the default storage: the attachment, its recording, a day pack if made."""
    items = ChecklistItem.objects.filter(opportunity=opportunity).exclude(attachment="")
    names = list(items.values_list("attachment", flat=True)) + _recordings(opportunity)[1]
    return names + [n for n in _job_results(opportunity) if not stored_files.is_legacy(n)]


def _job_results(opportunity: Opportunity) -> list[str]:
    jobs = sample_jobs(opportunity).exclude(result_path="")
    return list(jobs.values_list("result_path", flat=True))


def sample_tasks(opportunity: Opportunity) -> QuerySet[DBTaskResult[Any, Any]]:
    """Its queued and finished tasks; a running one finds its attempt gone and stops."""
    return tasks_of(
        sample_jobs(opportunity), Attempt.objects.filter(question__session__opportunity=opportunity)
    )


def remove_sample(opportunity: Opportunity) -> int:
    """Delete the sample and all that was made for it; returns how many files were removed."""
    if not opportunity.is_sample:
        raise ValueError("Only the sample can be removed this way.")
    files, names = sample_files(opportunity), stored_names(opportunity)
    with transaction.atomic():
        sample_tasks(opportunity).delete()
        sample_jobs(opportunity).delete()
        # the stories, resume entries and reference made for it go by cascade
        opportunity.delete()
        transaction.on_commit(lambda: remove_files(files, names))
    return len(files) + len(names)
