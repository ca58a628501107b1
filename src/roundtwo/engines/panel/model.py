"""What the panel planner takes and returns."""

from __future__ import annotations

from dataclasses import dataclass

from roundtwo.engines.asking import AskSuggestion


@dataclass(frozen=True)
class PanelMember:
    id: str
    name: str
    kind: str  # peer, hiring_manager, department_head, executive, hr, other
    title: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StoryRef:
    id: str
    title: str
    text: str  # stories.story_text(...) of the story
    competencies: tuple[str, ...] = ()  # competency ids the candidate tagged
    values: tuple[str, ...] = ()  # company value names the candidate tagged


@dataclass(frozen=True)
class LikelyQuestion:
    question: str
    why: str
    competencies: tuple[str, ...] = ()


@dataclass(frozen=True)
class MemberPlan:
    member: PanelMember
    perspective: str
    evaluates: tuple[str, ...]  # competency ids, most important first
    likely_questions: tuple[LikelyQuestion, ...]
    lead_stories: tuple[tuple[StoryRef, str], ...]  # (story, why it suits this person)
    questions_to_ask: tuple[AskSuggestion, ...]
    tips: tuple[str, ...]


@dataclass(frozen=True)
class PanelPlan:
    members: tuple[MemberPlan, ...]
    warnings: tuple[str, ...]
