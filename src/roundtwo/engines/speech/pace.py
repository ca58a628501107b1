"""Words per minute over speaking time, and the long pauses between words."""

from __future__ import annotations

from dataclasses import dataclass

from .transcribe import Word

LONG_PAUSE_SECONDS = 2.0


@dataclass(frozen=True)
class Pause:
    start: float
    end: float


@dataclass(frozen=True)
class Pace:
    speaking_time_s: float
    wpm: float
    pauses: tuple[Pause, ...]


def measure_pace(words: tuple[Word, ...]) -> Pace:
    """Speaking time runs from the first word to the last, so lead-in silence is not counted."""
    if not words:
        return Pace(0.0, 0.0, ())
    speaking = max(words[-1].end - words[0].start, 0.0)
    wpm = len(words) / speaking * 60 if speaking > 0 else 0.0
    pauses = tuple(
        Pause(a.end, b.start)
        for a, b in zip(words, words[1:], strict=False)
        if b.start - a.end > LONG_PAUSE_SECONDS
    )
    return Pace(round(speaking, 2), round(wpm, 1), pauses)
