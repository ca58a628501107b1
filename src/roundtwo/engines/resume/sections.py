"""Split a resume into its sections by their headings ("EXPERIENCE", "Work history:", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Heading phrases after qualifiers ("relevant", "selected", ...) are dropped; exact matches only,
# so a job line such as "Head of Customer Experience" is never taken for a heading.
HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience", "work experience", "employment", "employment history", "work history",
        "career history", "career", "positions", "positions held", "history", "internships",
        "internship", "jobs", "roles", "background", "experience and employment",
    ),
    "education": (
        "education", "academic background", "qualifications", "education and training",
        "training", "certifications", "certificates", "licences", "licenses", "courses",
        "education and qualifications", "certifications and training", "development",
        "licences and certifications", "licenses and certifications",
    ),
    "skills": (
        "skills", "skill set", "skillset", "competencies", "tools", "technologies",
        "tech stack", "stack", "skills and tools", "tools and technologies", "expertise",
        "areas of expertise", "languages", "skills and competencies", "languages and tools",
        "strengths", "capabilities",
    ),
    "projects": ("projects", "side projects", "open source", "portfolio", "project experience"),
    "volunteering": (
        "volunteering", "volunteer experience", "voluntary work", "volunteer work",
        "community", "community involvement", "activities", "leadership and activities",
        "extracurricular activities", "volunteering and community",
    ),
    "achievements": (
        "achievements", "awards", "honours", "honors", "accomplishments", "publications",
        "awards and honours", "awards and honors", "awards and achievements", "highlights",
        "career highlights", "achievements and awards",
    ),
    "summary": (
        "summary", "profile", "about", "about me", "personal statement", "objective",
        "overview", "personal profile", "introduction",
    ),
    "other": (
        "interests", "hobbies", "references", "contact", "contact details", "personal details",
        "additional information", "hobbies and interests", "details", "links",
    ),
}  # fmt: skip
QUALIFIERS = {
    "relevant", "selected", "professional", "work", "key", "other", "additional", "recent",
    "technical", "core", "my", "previous", "career", "academic", "employment", "personal",
    "notable", "industry", "software", "teaching", "clinical", "research", "leadership",
}  # fmt: skip
_PHRASES = {phrase: kind for kind, phrases in HEADINGS.items() for phrase in phrases}
_DECORATION = " \t#*=_-–—|:•·▪>[](){}"


@dataclass
class Section:
    kind: str  # "top" for the lines before the first heading, else a key of HEADINGS
    heading: str
    lines: list[str] = field(default_factory=list)


def _unspace(line: str) -> str:
    """ "E X P E R I E N C E" (letter-spaced headings, as some PDFs paste them) -> "EXPERIENCE"."""
    text = line.strip(_DECORATION)
    return text.replace(" ", "") if re.fullmatch(r"(?:\w ){3,}\w", text) else line


def _normalise(text: str) -> str:
    text = text.strip(_DECORATION).lower().replace("&", " and ").replace("/", " and ")
    return " ".join(re.sub(r"[^a-z ]", " ", text).split())


def heading_kind(line: str) -> str | None:
    """The section a heading line opens, or None when the line is not a heading."""
    line = _unspace(line)
    if len(line.split()) > 6 or re.search(r"\d", line):
        return None
    words = _normalise(line).split()
    while words and words[0] in QUALIFIERS and " ".join(words) not in _PHRASES:
        words = words[1:]
    return _PHRASES.get(" ".join(words))


def _inline_heading(line: str) -> tuple[str, str] | None:
    """ "SKILLS: Python, SQL" -> ("skills", "Python, SQL")."""
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip():
        return None
    kind = heading_kind(head)
    return (kind, rest.strip()) if kind else None


def _per_job_list(current: Section, kind: str) -> bool:
    # "Technologies: Airflow, dbt" right under a job belongs to that job, not to a new section.
    follows_text = bool(current.lines) and bool(current.lines[-1].strip())
    return kind == "skills" and follows_text and current.kind in {"experience", "projects"}


def split_sections(lines: list[str]) -> list[Section]:
    sections = [Section("top", "")]
    for line in lines:
        if line.strip() and (kind := heading_kind(line)):
            sections.append(Section(kind, line.strip()))
        elif (inline := _inline_heading(line)) and not _per_job_list(sections[-1], inline[0]):
            sections.append(Section(inline[0], line.strip(), [inline[1]]))
        else:
            sections[-1].lines.append(line)
    return sections
