"""Readiness: how prepared you are, per area and overall, with the evidence behind each figure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Status = Literal["nothing_yet", "not_started", "in_progress", "ready"]
READY_AT = 80


@dataclass(frozen=True)
class Signal:
    """One piece of evidence: how far it is met (0 to 1) and how much it counts."""

    label: str
    value: float
    weight: float = 1.0

    @property
    def met(self) -> bool:
        return self.value >= 1.0


@dataclass(frozen=True)
class AreaReadiness:
    key: str
    score: int | None  # None when there is nothing to measure yet: no figure is invented
    signals: tuple[Signal, ...]

    @property
    def status(self) -> Status:
        if self.score is None:
            return "nothing_yet"
        if self.score >= READY_AT:
            return "ready"
        return "in_progress" if self.score > 0 else "not_started"


def score_area(key: str, signals: Iterable[Signal]) -> AreaReadiness:
    kept = tuple(signals)
    total = sum(signal.weight for signal in kept)
    if total <= 0:
        return AreaReadiness(key, None, kept)
    earned = sum(signal.weight * max(0.0, min(1.0, signal.value)) for signal in kept)
    return AreaReadiness(key, round(100 * earned / total), kept)


def overall_score(areas: Sequence[AreaReadiness]) -> int | None:
    """The mean of the areas that can be measured; None when none can."""
    scores = [area.score for area in areas if area.score is not None]
    if not scores:
        return None
    return round(sum(scores) / len(scores))


def fraction_signal(label: str, done: int, total: int, weight: float = 1.0) -> Signal | None:
    """'3 of 5 plan tasks done'; no signal at all when there is nothing to count."""
    if total == 0:
        return None
    return Signal(label.format(done=done, total=total), done / total, weight)
