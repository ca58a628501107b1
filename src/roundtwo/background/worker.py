"""Run the database task worker: alone (`roundtwo worker`) or in a thread beside the web app."""

from __future__ import annotations

import threading

from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from roundtwo.background.recovery import keep_lease, renew

# A rehearsal report should be on screen within seconds of "Stop": a quarter-second poll of the
# task table is cheap next to that.
POLL_SECONDS = 0.25


class LeasedWorker(Worker):
    """A worker that holds a lease while it runs, so its tasks are recovered if it dies."""

    def run(self) -> None:
        renew(self.worker_id)  # before the first claim, so no keeper takes our work for lost
        stop = threading.Event()
        keeper = threading.Thread(
            target=keep_lease, args=(self.worker_id, stop), name="roundtwo-lease", daemon=True
        )
        keeper.start()
        try:
            super().run()
        finally:
            stop.set()


def make_worker(*, interval: float = POLL_SECONDS, batch: bool = False) -> Worker:
    # a batch run ends when the queue is empty and starts no keeper thread (tests run it inside
    # their own transaction, where a second connection would wait on the first)
    kind = Worker if batch else LeasedWorker
    return kind(
        queue_names=["default"],
        interval=interval,
        batch=batch,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=get_random_string(32),
        excluded_queue_names=[],
    )


def start_in_thread() -> Worker:
    """A daemon thread, so stopping the web app stops the worker with it."""
    worker = make_worker()
    threading.Thread(target=worker.run, name="roundtwo-worker", daemon=True).start()
    return worker


def run_pending() -> None:
    """Run every queued task now, then return: for tests and scripts that need the result."""
    make_worker(interval=0, batch=True).run()
