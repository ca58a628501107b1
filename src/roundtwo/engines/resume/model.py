"""What a parsed resume is: experience entries with their achievement bullets, and the rest."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class ResumeError(ValueError):
    """The text or file cannot be turned into a resume; the message is shown to the candidate."""


NOTHING_FOUND = "We could not find any experience or achievements in this resume."


@dataclass(frozen=True)
class Experience:
    """One job (or role) with its dates as ISO "yyyy-mm" or "yyyy", or "present"."""

    title: str | None
    organisation: str | None
    start: str | None
    end: str | None
    location: str | None
    bullets: tuple[str, ...]

    @property
    def label(self) -> str:
        """How the candidate would name this job: "Data Engineer at Portline Ltd"."""
        if self.title and self.organisation:
            return f"{self.title} at {self.organisation}"
        return self.title or self.organisation or "an untitled role"

    def as_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "organisation": self.organisation,
            "start": self.start,
            "end": self.end,
            "location": self.location,
            "bullets": list(self.bullets),
        }


@dataclass(frozen=True)
class Resume:
    name: str | None
    headline: str | None
    experiences: tuple[Experience, ...]
    skills: tuple[str, ...]
    education: tuple[str, ...]
    # Projects, volunteering and achievements that belong to no job.
    other_bullets: tuple[str, ...]

    def is_empty(self) -> bool:
        return not (self.experiences or self.other_bullets or self.skills or self.education)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "headline": self.headline,
            "experiences": [e.as_dict() for e in self.experiences],
            "skills": list(self.skills),
            "education": list(self.education),
            "other_bullets": list(self.other_bullets),
        }
