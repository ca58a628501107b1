"""What the asking engine takes and returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FACT_KINDS = ("recent", "goal", "product", "value", "mission", "culture", "requirement")


@dataclass(frozen=True)
class Fact:
    """One thing the research found: a news item, a goal, a value, a requirement..."""

    kind: str  # one of FACT_KINDS; other kinds are ignored
    text: str
    date: str | None = None  # ISO yyyy, yyyy-mm or yyyy-mm-dd, for recent news


@dataclass(frozen=True)
class AskContext:
    """Who the questions are for, and what the candidate already knows or has asked."""

    kind: str  # interviewer kind: peer, hiring_manager, department_head, executive, hr, other
    role_title: str | None = None
    company: str | None = None
    facts: tuple[Fact, ...] = ()  # from the research area
    known: tuple[str, ...] = ()  # research texts, round-one answers, notes: already answered
    already_asked: tuple[str, ...] = ()  # asked in round one, or planned for someone else


@dataclass(frozen=True)
class AskSuggestion:
    question: str
    category: str  # an ask category from question_bank.ASK_CATEGORIES
    why: str
    bank_id: str | None  # None for a question written from a research fact
    personalised: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "category": self.category,
            "why": self.why,
            "personalised": self.personalised,
        }
