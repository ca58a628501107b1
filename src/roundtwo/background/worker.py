"""Run the database task worker: alone (`roundtwo worker`) or in a thread beside the web app."""

from __future__ import annotations

import threading

from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

# A rehearsal report should be on screen within seconds of "Stop": a quarter-second poll of the
# task table is cheap next to that.
POLL_SECONDS = 0.25


def make_worker(*, interval: float = POLL_SECONDS, batch: bool = False) -> Worker:
    return Worker(
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
