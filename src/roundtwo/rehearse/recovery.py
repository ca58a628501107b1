"""Recordings left behind by a crash: ended ones still get their report, stray files go."""

from __future__ import annotations

import time
from datetime import timedelta

from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import is_stored, piece_file
from roundtwo.rehearse.tasks import queue_finish

# The browser sends a piece every four seconds while recording; a minute without one means
# the recording ended and its "finish" never arrived (the server was down, the tab was closed).
ABANDONED_AFTER = timedelta(minutes=1)


def finish_abandoned() -> int:
    """Prepare the report of every recording that stopped arriving (or an upload cut short).

    Pieces are seen only on the host they arrived at: a worker elsewhere leaves them to one
    that shares the pieces folder (docs/hosting.md).
    """
    finished = 0
    for attempt in Attempt.objects.filter(status=Attempt.Status.RECORDING).exclude(media_path=""):
        cutoff = time.time() - ABANDONED_AFTER.total_seconds()
        if last_arrival(attempt) < cutoff and queue_finish(attempt):
            finished += 1
    return finished


def last_arrival(attempt: Attempt) -> float:
    """When its last bytes arrived (an upload: when it began); the future when unknown here."""
    if is_stored(attempt.media_path):
        return attempt.created_at.timestamp()
    path = piece_file(attempt)
    return path.stat().st_mtime if path is not None else float("inf")
