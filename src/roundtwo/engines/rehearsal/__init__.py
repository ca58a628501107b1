"""The rehearsal studio's judgement of one attempt, in plain words (plain Python, no Django).

- `metrics(report, target_seconds)` -> Metric per measure: the value, what it means, the good
  range and a verdict, each resting on figures from the speech report (or "not measured").
- `improvements(report, metrics, limit=3)` -> the top things to work on, each with evidence.
- `compare(previous, current)` -> per measure, the change and whether it is better.
- `pace_over_time(report)` -> words per minute in 20 s stretches (answers of 40 s or more).
- `marked_transcript(report)` -> the words with fillers, crutch words, restarts and long
  pauses marked (and filled pauses heard only in the sound), with start times for playback;
  `tally(spans)` -> each filler or crutch word with its count.
"""

from __future__ import annotations

from .compare import Change, compare
from .feedback import Improvement, improvements
from .marks import Token, marked_transcript, tally
from .metrics import Metric, metrics
from .pace_timeline import Stretch, pace_over_time

__all__ = [
    "Change",
    "Improvement",
    "Metric",
    "Stretch",
    "Token",
    "compare",
    "improvements",
    "marked_transcript",
    "metrics",
    "pace_over_time",
    "tally",
]
