"""Recordings left behind by a crash: ended ones still get their report, stray files go."""

from __future__ import annotations

import time
from datetime import timedelta

from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import media_file
from roundtwo.rehearse.tasks import queue_finish

# The browser sends a piece every four seconds while recording; a minute without one means
# the recording ended and its "finish" never arrived (the server was down, the tab was closed).
ABANDONED_AFTER = timedelta(minutes=1)


def finish_abandoned() -> int:
    """Prepare the report of every recording that stopped arriving (or an upload cut short)."""
    cutoff = time.time() - ABANDONED_AFTER.total_seconds()
    finished = 0
    for attempt in Attempt.objects.filter(status=Attempt.Status.RECORDING).exclude(media_path=""):
        path = media_file(attempt)
        if path is not None and path.stat().st_mtime < cutoff:
            queue_finish(attempt)
            finished += 1
    return finished
