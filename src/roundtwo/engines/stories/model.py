"""What the story engine returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TagSuggestion:
    """A tag (competency id or value name) proposed for a story, with the evidence for it."""

    tag: str
    score: float  # 0..1; higher means more evidence, not a probability
    why: str


@dataclass(frozen=True)
class Coverage:
    """Which stories show which competencies, against the competencies the role needs."""

    by_competency: tuple[tuple[str, tuple[str, ...]], ...]  # competency id -> story ids
    gaps: tuple[str, ...]  # needed competencies no story shows
    thin: tuple[str, ...]  # needed competencies only one story shows

    def stories_for(self, competency_id: str) -> tuple[str, ...]:
        for cid, story_ids in self.by_competency:
            if cid == competency_id:
                return story_ids
        return ()
