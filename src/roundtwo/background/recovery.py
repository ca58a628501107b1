"""Work claimed by a worker that died is found and run again, a bounded number of times.

django-tasks-db marks a claimed task RUNNING and never looks at it again, and it has no lease
or retry of its own: a worker killed mid-task leaves the row RUNNING forever. Each of our workers
therefore holds a lease, a row it renews every few seconds from a keeper thread. A RUNNING task
whose worker's lease ran out (or never existed) is put back in the queue; after MAX_ATTEMPTS
claims it is marked failed instead, and the feature that queued it is told, so the user reads
what happened on the job or report page.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.db import DatabaseError, close_old_connections, transaction
from django.utils import timezone
from django_tasks_db.compat import Task, TaskResultStatus
from django_tasks_db.models import DBTaskResult

from roundtwo.background.models import WorkerLease

log = logging.getLogger(__name__)

BEAT_SECONDS = 3.0
LEASE_SECONDS = 15.0  # five missed beats: a busy SQLite writer can delay one, not five
MAX_ATTEMPTS = 3
HOUSEKEEPING_SECONDS = 60.0

# Told when a task's worker died: (the task's args, gave_up). gave_up is False when the task
# was queued again, True when it was marked failed after MAX_ATTEMPTS claims.
LostHandler = Callable[[list[Any], bool], None]
_lost_handlers: dict[str, LostHandler] = {}
_housekeeping: list[Callable[[], object]] = []


class WorkerLost(Exception):
    """Recorded on a task that was given up because its worker kept dying."""


def when_lost(task: Task[Any, Any]) -> Callable[[LostHandler], LostHandler]:
    """Register what to tell the user when this task's worker dies."""

    def register(handler: LostHandler) -> LostHandler:
        _lost_handlers[task.module_path] = handler
        return handler

    return register


def add_housekeeping(chore: Callable[[], object]) -> None:
    """A chore the keeper runs at start and every minute (apps add theirs in ready())."""
    if chore not in _housekeeping:
        _housekeeping.append(chore)


def renew(worker_id: str) -> None:
    WorkerLease.objects.update_or_create(
        worker_id=worker_id, defaults={"renewed_at": timezone.now()}
    )


def recover_lost_work() -> int:
    """Queue again, or fail, every RUNNING task whose worker holds no live lease."""
    cutoff = timezone.now() - timedelta(seconds=LEASE_SECONDS)
    alive = set(
        WorkerLease.objects.filter(renewed_at__gte=cutoff).values_list("worker_id", flat=True)
    )
    recovered = 0
    for row in DBTaskResult.objects.running():
        if row.worker_ids and row.worker_ids[-1] in alive:
            continue
        recovered += recover(row)
    WorkerLease.objects.filter(renewed_at__lt=timezone.now() - timedelta(days=1)).delete()
    return recovered


def recover(row: DBTaskResult[Any, Any]) -> int:
    tries = len(row.worker_ids)
    gave_up = tries >= MAX_ATTEMPTS
    with transaction.atomic():
        # compare-and-set: a live worker that claimed it again in between keeps it
        still_lost = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at
        )
        if gave_up:
            changed = still_lost.update(
                status=TaskResultStatus.FAILED,
                finished_at=timezone.now(),
                exception_class_path=f"{WorkerLost.__module__}.{WorkerLost.__qualname__}",
                traceback=f"The worker stopped during each of {tries} tries.",
                return_value=None,
            )
        else:
            changed = still_lost.update(status=TaskResultStatus.READY, started_at=None)
        if changed:
            log.warning("task %s lost its worker (try %s); gave up: %s", row.pk, tries, gave_up)
            handler = _handler_for(row)
            if handler is not None:
                handler(list(row.args_kwargs.get("args", [])), gave_up)
    return changed


def _handler_for(row: DBTaskResult[Any, Any]) -> LostHandler | None:
    try:
        row.task  # noqa: B018 - importing the task's module registers its handler
    except ImportError:
        return None
    return _lost_handlers.get(row.task_path)


def keep_lease(worker_id: str, stop: threading.Event) -> None:
    """The keeper thread: renew the lease, recover lost work, and now and then tidy up."""
    last_chores = -HOUSEKEEPING_SECONDS
    elapsed = 0.0
    while True:
        close_old_connections()
        try:
            renew(worker_id)
            recover_lost_work()
        except DatabaseError:
            log.exception("the background keeper could not reach the database; trying again")
        if elapsed - last_chores >= HOUSEKEEPING_SECONDS:
            last_chores = elapsed
            run_housekeeping()
        if stop.wait(BEAT_SECONDS):
            return
        elapsed += BEAT_SECONDS


def run_housekeeping() -> None:
    for chore in _housekeeping:
        try:
            chore()
        except Exception:  # a chore's failure must never stop the lease being renewed
            log.exception("background housekeeping %s failed", chore)
