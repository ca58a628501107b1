"""Transcribe a recording while it is still being made, so the report is ready moments after
the candidate stops.

The browser sends the recording in pieces; after each piece the caller decodes what arrived so
far and calls `advance`, which transcribes every utterance whose cut points the audio has
already fixed (`utterances.py`). At the end `finish` transcribes the rest and measures
everything over the whole recording with `analyze.measure`, exactly as for a finished file:
the words are the same as a batch run's, however the pieces arrived.
"""

from __future__ import annotations

from .analyze import measure
from .decode import Samples
from .report import AudioReport
from .utterances import Progress, settle, transcribe_recording

__all__ = ["Progress", "advance", "finish"]


def advance(samples: Samples, progress: Progress) -> Progress:
    """Transcribe the utterances that settled since the last call."""
    return settle(samples, progress)


def finish(samples: Samples, progress: Progress, *, question: str | None = None) -> AudioReport:
    """The full report: the rest transcribed, then every measure over the whole recording."""
    return measure(samples, transcribe_recording(samples, progress), question=question)
