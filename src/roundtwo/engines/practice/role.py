"""Read a RoleProfile once into what the ranking needs: competencies and skill areas with their
evidence, the panel, the seniority and whether anything was recognised at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.question_bank import competency
from roundtwo.engines.research.skills import known_skills

from . import embeddings
from .competencies import CompetencyEvidence, find_competencies
from .model import RoleProfile
from .skill_areas import AreaEvidence, find_areas, with_tie_break
from .text import MAX_TEXT_CHARS, cap, is_english

RoleLevel = Literal["entry", "mid", "senior"]

# Asked in nearly every second round whatever the job, so a general set is built on them.
GENERAL_COMPETENCIES: tuple[str, ...] = (
    "communication",
    "collaboration",
    "problem_solving",
    "ownership",
    "adaptability",
    "learning_from_failure",
    "prioritisation",
    "conflict_resolution",
    "self_awareness",
    "delivering_results",
)
_SENIOR = re.compile(
    r"\b(senior|sr|lead|principal|head|director|chief|staff|vp|vice president|manager)\b", re.I
)
_ENTRY = re.compile(
    r"\b(junior|jr|graduate|trainee|apprentice|intern|internship|entry[- ]level|assistant)\b",
    re.I,
)


@dataclass(frozen=True)
class Role:
    title: str
    text: str  # capped
    competencies: tuple[CompetencyEvidence, ...]  # heaviest first
    areas: tuple[AreaEvidence, ...]  # matched areas, best first
    level: RoleLevel
    panel: frozenset[str]
    general: bool  # nothing recognised: the set is a general one
    vector: Any | None  # WordLlama vector of title and text

    def weight(self, competency_id: str) -> float:
        for c in self.competencies:
            if c.id == competency_id:
                return c.weight
        return 0.0

    def evidence(self, competency_id: str) -> CompetencyEvidence | None:
        return next((c for c in self.competencies if c.id == competency_id), None)

    def area(self, area_id: str) -> AreaEvidence | None:
        return next((a for a in self.areas if a.id == area_id), None)


def level_of(title: str) -> RoleLevel:
    if _ENTRY.search(title):
        return "entry"
    return "senior" if _SENIOR.search(title) else "mid"


@lru_cache(maxsize=64)
def read_role(profile: RoleProfile) -> Role:
    """The analysed role of a normalised profile (profile.normalise); cached, since the UI asks
    for suggestions and technical prep of the same profile."""
    title = cap((profile.title or "").strip(), 300)
    text = cap(profile.text or "", MAX_TEXT_CHARS)
    english = is_english(f"{title}\n{text}")
    if not english:  # keyword signals would read noise: say the set is general
        title, text = "", ""
    skills = profile.skills
    if not skills and text:
        skills = tuple(known_skills(text))
    stated = profile.competencies if english else ()
    comps = find_competencies(stated, title, text)
    areas = find_areas(title, skills if english else (), text)
    vector = _vector(title, text)
    areas = with_tie_break(areas, embeddings.area_similarity(vector))
    general = not comps and not areas
    if general:
        comps = _general_competencies()
    return Role(
        title=title,
        text=text,
        competencies=comps,
        areas=areas,
        level=level_of(title),
        panel=frozenset(k for k in profile.interviewer_kinds if k in KINDS),
        general=general,
        vector=vector,
    )


def _vector(title: str, text: str) -> Any | None:
    if not (title or text):
        return None
    rows = embeddings.embed([f"{title}. {title}. {text}"])
    return None if rows is None else rows[0]


def _general_competencies() -> tuple[CompetencyEvidence, ...]:
    return tuple(
        CompetencyEvidence(cid, competency(cid).name, 1.0 - 0.05 * i)
        for i, cid in enumerate(GENERAL_COMPETENCIES)
    )
