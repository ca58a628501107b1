"""What goes into the fit matrix and the values map, and what comes out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Status = Literal["covered", "partly", "not_covered"]
ValueStatus = Literal["shown", "weak", "no_evidence"]


@dataclass(frozen=True)
class Evidence:
    """One thing the candidate can point to: a resume bullet or a prepared story."""

    id: str
    text: str
    source: str  # "resume: Data Engineer at Portline", "story: The migration"
    kind: str = "bullet"  # "bullet" | "story"


@dataclass(frozen=True)
class RequirementInput:
    text: str
    kind: str  # "must" | "nice"


@dataclass(frozen=True)
class Match:
    """A piece of evidence behind a row, with the plain reason it was matched."""

    evidence_id: str
    text: str
    source: str
    why: str  # 'shares "Kafka", "streaming"; meaning similarity 0.71'
    score: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "evidence_id": self.evidence_id,
            "text": self.text,
            "source": self.source,
            "why": self.why,
            "score": round(self.score, 3),
        }


@dataclass(frozen=True)
class FitRow:
    requirement: str
    kind: str
    status: Status
    score: float  # 0..1
    matches: tuple[Match, ...]
    suggestion: str | None  # only for "partly" and "not_covered"
    # The years-of-experience check, when the requirement asks for years and jobs were given.
    years_note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "requirement": self.requirement,
            "kind": self.kind,
            "status": self.status,
            "score": round(self.score, 3),
            "matches": [m.as_dict() for m in self.matches],
            "suggestion": self.suggestion,
            "years_note": self.years_note,
        }


@dataclass(frozen=True)
class ValueInput:
    name: str
    description: str | None = None


@dataclass(frozen=True)
class ValueMatch:
    value: str
    status: ValueStatus
    matches: tuple[Match, ...]
    suggestion: str
    score: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "status": self.status,
            "score": round(self.score, 3),
            "matches": [m.as_dict() for m in self.matches],
            "suggestion": self.suggestion,
        }
