"""Starting a Job's task, telling the user when its worker died, and trying it again.

A job task takes the Job's id as its first argument; `job_task` registers it with the
recovery, so a task whose worker died shows on the job page as starting again or as failed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks_db.compat import Task
from django_tasks_db.models import DBTaskResult

from roundtwo.background.models import Job
from roundtwo.background.recovery import MAX_ATTEMPTS, when_lost

RESTARTING = "Round Two stopped while this was running; starting it again."
GAVE_UP = (
    f"Round Two stopped {MAX_ATTEMPTS} times while working on this, so it was not tried again. "
    "Nothing you saved was changed."
)


def job_task(func: Callable[..., None]) -> Task[Any, None]:
    made: Task[Any, None] = task()(func)
    when_lost(made)(job_lost)
    return made


def job_lost(args: list[Any], gave_up: bool) -> None:
    job = Job.objects.filter(id=args[0]).first() if args else None
    if job is None or job.is_finished:
        return
    if gave_up:
        job.fail(GAVE_UP)
    else:
        Job.objects.filter(pk=job.pk).update(status=Job.Status.QUEUED, message=RESTARTING)


def start_job(job: Job, work: Task[Any, None], *args: Any) -> Job:
    """Queue the work in the same transaction as the job, so neither exists without the other."""
    with transaction.atomic():
        result = work.enqueue(str(job.id), *args)
        job.task_id = result.id
        job.save(update_fields=["task_id"])
    return job


def try_again(job: Job) -> bool:
    """Run a failed job's task again with the same arguments; False when it cannot be."""
    if job.task_id is None or not job.can_try_again:
        return False
    row = DBTaskResult.objects.filter(id=job.task_id).first()
    if row is None:
        return False
    job.status = Job.Status.QUEUED
    job.progress = 0
    job.message = ""
    job.finished_at = None
    job.created_at = timezone.now()
    job.save()
    args = row.args_kwargs.get("args", [])
    return start_job(job, row.task, *args[1:]) is job
