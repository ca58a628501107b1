"""What the practice-set engine takes and returns: frozen dataclasses, as_dict() for the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["behavioral", "technical", "culture", "motivation", "leadership", "practical"]
KINDS: tuple[Kind, ...] = (
    "behavioral",
    "technical",
    "culture",
    "motivation",
    "leadership",
    "practical",
)
# The kinds a told story answers well; technical, motivation and practical questions ask for
# reasoning or plans, and a story pinned to them would mislead.
STORY_KINDS: frozenset[str] = frozenset({"behavioral", "culture", "leadership"})


@dataclass(frozen=True)
class WeakSpot:
    """A weak round-one answer: its question and the main reason it was weak."""

    question: str
    reason: str


@dataclass(frozen=True)
class RoleProfile:
    """What is known about the role; every field may be empty."""

    title: str | None = None
    competencies: tuple[str, ...] = ()  # competency ids from the posting
    skills: tuple[str, ...] = ()  # skill names (as engines.research extracts them) or free words
    text: str = ""  # posting text, used when nothing structured is known
    values: tuple[str, ...] = ()  # company value names
    interviewer_kinds: tuple[str, ...] = ()  # peer, hiring_manager, department_head, ...
    weak_spots: tuple[WeakSpot, ...] = ()
    followups: tuple[str, ...] = ()  # predicted follow-up questions from round one
    asked_in_round_one: tuple[str, ...] = ()  # never suggested again (near-duplicates too)

    @property
    def is_general(self) -> bool:
        """True when nothing in the role was recognised, so the set is a general one."""
        from .profile import is_general  # the analysis imports this module

        return is_general(self)


@dataclass(frozen=True)
class Suggestion:
    id: str  # bank id, or "round-one-<n>", "followup-<n>", "value-<slug>"
    question: str
    kind: Kind
    competencies: tuple[str, ...]
    skills: tuple[str, ...]  # skill area ids
    why: str
    follow_ups: tuple[str, ...]
    # The evidence score the question was ranked with inside its group (weak spots highest);
    # the order of the returned tuple, not this number, is the ranking.
    score: float
    story_id: str | None = None
    story_title: str | None = None
    story_why: str | None = None

    def as_dict(self) -> dict[str, Any]:
        story = None
        if self.story_id is not None:
            story = {"id": self.story_id, "title": self.story_title, "why": self.story_why}
        return {
            "id": self.id,
            "question": self.question,
            "kind": self.kind,
            "competencies": list(self.competencies),
            "skills": list(self.skills),
            "why": self.why,
            "follow_ups": list(self.follow_ups),
            "story": story,
        }


@dataclass(frozen=True)
class StoryRef:
    """One of the candidate's prepared stories."""

    id: str
    title: str
    text: str
    competencies: tuple[str, ...] = ()
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class PracticalFormatInfo:
    id: str
    name: str
    description: str
    typical_duration: str
    how_to_prepare: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "typical_duration": self.typical_duration,
            "how_to_prepare": list(self.how_to_prepare),
        }


@dataclass(frozen=True)
class TechPrep:
    """How to prepare one skill area the role needs."""

    skill_area: str
    name: str
    why: str
    questions: tuple[str, ...]
    formats: tuple[PracticalFormatInfo, ...]
    steps: tuple[str, ...]
    checklist: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "skill_area": self.skill_area,
            "name": self.name,
            "why": self.why,
            "questions": list(self.questions),
            "formats": [f.as_dict() for f in self.formats],
            "steps": list(self.steps),
            "checklist": list(self.checklist),
        }
