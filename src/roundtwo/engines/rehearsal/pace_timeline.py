"""Pace over the course of an answer: words per minute in consecutive stretches of time.

A candidate often starts steady and speeds up once nervous, or slows down hunting for the end;
one figure for the whole answer hides that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

WINDOW_S = 20.0
MIN_TAIL_S = 8.0  # a last stretch shorter than this is merged into the one before


@dataclass(frozen=True)
class Stretch:
    start: float
    end: float
    words: int

    @property
    def wpm(self) -> float:
        return round(self.words / (self.end - self.start) * 60, 0) if self.end > self.start else 0.0

    @property
    def label(self) -> str:
        return f"{_clock(self.start)}–{_clock(self.end)}"


def _clock(seconds: float) -> str:
    whole = int(round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def pace_over_time(report: dict[str, Any], window: float = WINDOW_S) -> list[Stretch]:
    words = report.get("words") or []
    if not words:
        return []
    begin, finish = float(words[0]["start"]), float(words[-1]["end"])
    if finish - begin < 2 * window:
        return []  # too short for a trend: the overall pace says it all
    edges = [begin]
    while edges[-1] + window < finish:
        edges.append(edges[-1] + window)
    if finish - edges[-1] < MIN_TAIL_S:
        edges.pop()
    edges.append(finish)
    starts = [float(w["start"]) for w in words]
    return [
        Stretch(a, b, sum(1 for t in starts if a <= t < b))
        for a, b in zip(edges, edges[1:], strict=False)
    ]
