"""What the research extractors return: frozen dataclasses with the JSON contracts as as_dict()."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

RequirementKind = Literal["must", "nice"]


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the page (URL or file name) and the heading it sat under, if any."""

    ref: str
    section: str | None = None


@dataclass(frozen=True)
class Fact:
    """One short statement about a company (mission, goal, product...) and where it came from."""

    text: str
    source: Source
    evidence: str | None = None  # the sentence a cue was read from, when text is only a label


@dataclass(frozen=True)
class Value:
    name: str
    description: str | None
    source: Source

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "description": self.description}


@dataclass(frozen=True)
class RecentItem:
    date: str | None  # ISO yyyy-mm-dd or yyyy-mm
    title: str
    summary: str | None
    source: Source

    def as_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "title": self.title,
            "summary": self.summary,
            "source": self.source.ref,
        }


@dataclass(frozen=True)
class Requirement:
    text: str
    kind: RequirementKind

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind}


@dataclass(frozen=True)
class JobPosting:
    title: str | None
    company: str | None
    location: str | None
    employment_type: str | None
    responsibilities: tuple[str, ...]
    requirements: tuple[Requirement, ...]
    skills: tuple[str, ...]
    competencies: tuple[str, ...]
    source: str
    years_experience: int | None = None
    education: str | None = None
    culture: tuple[str, ...] = ()
    benefits: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was found (the caller then says so)."""
        return not (self.title or self.responsibilities or self.requirements or self.skills)

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "company": self.company,
            "location": self.location,
            "employment_type": self.employment_type,
            "responsibilities": list(self.responsibilities),
            "requirements": [r.as_dict() for r in self.requirements],
            "skills": list(self.skills),
            "competencies": list(self.competencies),
            "source": self.source,
            "years_experience": self.years_experience,
            "education": self.education,
        }


def _text(fact: Fact | None) -> str | None:
    return fact.text if fact is not None else None


@dataclass(frozen=True)
class CompanyFacts:
    name: Fact | None
    mission: Fact | None
    values: tuple[Value, ...]
    goals: tuple[Fact, ...]
    products: tuple[Fact, ...]
    recent: tuple[RecentItem, ...]  # newest first, undated last
    sources: tuple[str, ...]
    industry: Fact | None = None
    competitors: tuple[Fact, ...] = ()
    culture: tuple[Fact, ...] = ()
    principles: tuple[Value, ...] = ()  # principles or behaviours listed apart from the values

    @property
    def is_empty(self) -> bool:
        facts = (
            self.values,
            self.principles,
            self.goals,
            self.products,
            self.recent,
            self.competitors,
        )
        return self.name is None and self.mission is None and not any(facts)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": _text(self.name),
            "mission": _text(self.mission),
            "values": [v.as_dict() for v in self.values],
            "principles": [p.as_dict() for p in self.principles],
            "goals": [g.text for g in self.goals],
            "products": [p.text for p in self.products],
            "recent": [r.as_dict() for r in self.recent],
            "sources": list(self.sources),
            "industry": _text(self.industry),
            "competitors": [c.text for c in self.competitors],
            "culture": [c.text for c in self.culture],
        }
