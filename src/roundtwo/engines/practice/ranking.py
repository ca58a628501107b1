"""Score every bank question for one role. Each score is a sum of named parts, so the "why" can
say what drove it: the role's competencies, its skill areas, the panel and the level.

Scores are compared within a group (behavioral, technical, second-round); how many of each the
set holds is decided by diversity.slot_plan, not by comparing scores across groups.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from roundtwo.engines import question_bank
from roundtwo.engines.question_bank import Question

from . import embeddings, why
from .competencies import CompetencyEvidence
from .model import Kind, Suggestion
from .role import Role

Group = Literal["personal", "behavioral", "technical", "second_round"]

SECONDARY_SHARE = 0.5  # a question's second competency counts half
PANEL_BONUS = 0.25
# Per standard deviation of WordLlama similarity between the posting and the question: a small
# nudge towards questions worded like the job (nurse postings get patient questions), never
# enough to outweigh a competency the posting asks for.
SIMILARITY_WEIGHT = 0.15
TECH_COMPETENCY_SHARE = 0.3
LEVEL_FIT: Mapping[str, Mapping[str, float]] = {
    "senior": {"senior": 0.2, "mid": 0.15, "any": 0.1, "entry": -0.3},
    "mid": {"mid": 0.2, "senior": 0.1, "any": 0.1, "entry": -0.2},
    "entry": {"entry": 0.2, "any": 0.2, "mid": 0.1, "senior": -0.2},
}
# Why-us and fit come up in nearly every second round; strategy mostly with senior people.
CATEGORY_BASE: Mapping[str, float] = {
    "motivation_why_us": 1.0,
    "cultural_fit": 0.95,
    "team_collaboration": 0.85,
    "first_90_days": 0.8,
    "long_term_goals": 0.7,
    "leadership_strategy": 0.6,
}
SENIOR_PANEL = frozenset({"executive", "department_head"})


@dataclass(frozen=True)
class Candidate:
    id: str
    text: str
    kind: Kind
    group: Group
    competencies: tuple[str, ...]
    skills: tuple[str, ...]
    follow_ups: tuple[str, ...]
    score: float
    why: str
    topic: str  # what two questions must not both be about too often

    def suggestion(self) -> Suggestion:
        return Suggestion(
            id=self.id,
            question=self.text,
            kind=self.kind,
            competencies=self.competencies,
            skills=self.skills,
            why=self.why,
            follow_ups=self.follow_ups,
            score=round(self.score, 4),
        )


def competency_fit(question: Question, role: Role) -> tuple[float, CompetencyEvidence | None]:
    """How much of what the role asks for the question tests, and the strongest evidence."""
    total, best = 0.0, None
    for i, cid in enumerate(question.competencies):
        evidence = role.evidence(cid)
        if evidence is None:
            continue
        total += evidence.weight * (1.0 if i == 0 else SECONDARY_SHARE)
        if best is None or evidence.weight > best.weight:
            best = evidence
    return total, best


def _common(question: Question, role: Role, similarity: Mapping[str, float]) -> float:
    panel = PANEL_BONUS if role.panel & set(question.interviewer_kinds) else 0.0
    level = LEVEL_FIT[role.level].get(question.level, 0.0)
    return panel + level + SIMILARITY_WEIGHT * similarity.get(question.id, 0.0)


def _candidate(q: Question, group: Group, score: float, reason: str, topic: str) -> Candidate:
    return Candidate(
        id=q.id,
        text=q.text,
        kind=q.kind,
        group=group,
        competencies=q.competencies,
        skills=q.skills,
        follow_ups=q.follow_ups,
        score=score,
        why=reason,
        topic=topic,
    )


def behavioral(role: Role, similarity: Mapping[str, float]) -> list[Candidate]:
    out = []
    for q in question_bank.behavioral_questions():
        fit, _ = competency_fit(q, role)
        reason = why.behavioral_why(q, role)
        out.append(
            _candidate(q, "behavioral", fit + _common(q, role, similarity), reason, q.category)
        )
    return out


def technical(role: Role, similarity: Mapping[str, float]) -> list[Candidate]:
    """Questions in the role's matched areas only: a nurse gets no coding question."""
    if not role.areas:
        return []
    top = role.areas[0].score
    out = []
    for q in question_bank.technical_questions():
        area = role.area(q.category)
        if area is None:
            continue
        fit, _ = competency_fit(q, role)
        score = area.score / top + TECH_COMPETENCY_SHARE * fit + _common(q, role, similarity)
        out.append(_candidate(q, "technical", score, why.technical_why(q, role, area), area.id))
    return out


def _category_base(category: str, role: Role) -> float:
    base = CATEGORY_BASE.get(category, 0.5)
    if category == "leadership_strategy":
        base += 0.5 if role.panel & SENIOR_PANEL else 0.0
        base += 0.3 if role.level == "senior" or role.weight("leadership") >= 1.0 else 0.0
    if category in {"cultural_fit", "motivation_why_us"} and "hr" in role.panel:
        base += 0.2
    return base


def second_round(role: Role, similarity: Mapping[str, float]) -> list[Candidate]:
    out = []
    for q in question_bank.second_round_questions():
        fit, _ = competency_fit(q, role)
        score = _category_base(q.category, role) + 0.3 * fit + _common(q, role, similarity)
        reason = why.second_round_why(q, role)
        out.append(_candidate(q, "second_round", score, reason, q.category))
    return out


def bank_candidates(role: Role) -> list[Candidate]:
    similarity = embeddings.question_similarity(role.vector)
    return [
        *behavioral(role, similarity),
        *technical(role, similarity),
        *second_round(role, similarity),
    ]
