"""A new attempt against the one before it: what changed, and whether that is better."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .metrics import Metric

Direction = Literal["better", "worse", "same"]

# differences smaller than these are within what two readings of the same delivery give
NOISE = {"wpm": 8.0, "fillers_per_min": 0.5, "long_pauses": 0.5, "speaking_time_s": 10.0}
NOISE_DEFAULT = 0.5


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    before: str
    after: str
    direction: Direction


def compare(previous: list[Metric], current: list[Metric]) -> list[Change]:
    before = {m.key: m for m in previous}
    changes: list[Change] = []
    for now in current:
        then = before.get(now.key)
        if then is None or then.value is None or now.value is None:
            continue
        changes.append(Change(now.key, now.label, then.shown, now.shown, _direction(then, now)))
    return changes


def _direction(then: Metric, now: Metric) -> Direction:
    assert then.value is not None and now.value is not None
    if abs(now.value - then.value) < NOISE.get(now.key, NOISE_DEFAULT):
        return "same"
    if now.higher_is_better is None:  # a range is best: closer to "good" is better
        rank = {"good": 0, "fair": 1, "work_on": 2, "unmeasured": 3}
        if rank[now.verdict] == rank[then.verdict]:
            return "same"
        return "better" if rank[now.verdict] < rank[then.verdict] else "worse"
    improved = now.value > then.value if now.higher_is_better else now.value < then.value
    return "better" if improved else "worse"


def score_change(before: int | None, after: int | None) -> Direction | None:
    if before is None or after is None:
        return None
    if abs(after - before) < 5:
        return "same"
    return "better" if after > before else "worse"
