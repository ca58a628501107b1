"""Plain resume text (already pulled out of a PDF, DOCX or TXT file) -> a Resume."""

from __future__ import annotations

import re
import unicodedata

from .bullets import split_inline, split_sentences, strip_marker
from .dates import has_date
from .headers import looks_like_header, part_kind, split_parts
from .jobs import split_jobs
from .lists import dedupe, parse_education, parse_other, parse_skills
from .model import NOTHING_FOUND, Experience, Resume, ResumeError
from .sections import Section, split_sections
from .words import ROLE_WORDS

MAX_CHARS = 200_000  # about 30 pages; longer text is not a resume
_CONTACT = re.compile(
    r"@|https?://|www\.|linkedin|github\.com|\b(?:phone|email|e-mail|tel|mobile|address)\b", re.I
)
_PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")
MIN_PHONE_DIGITS = 9  # fewer, and "2019 - 2021" would pass for a phone number


def clean_text(text: str) -> list[str]:
    """Normalise what PDF and Word pastes bring: ligatures, odd spaces, soft hyphens."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "").replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return [part.rstrip() for line in text.split("\n") for part in split_inline(line)]


def _is_contact(line: str) -> bool:
    phones = (m.group(0) for m in _PHONE.finditer(line))
    return bool(_CONTACT.search(line)) or any(
        sum(c.isdigit() for c in p) >= MIN_PHONE_DIGITS for p in phones
    )


def _is_name(line: str) -> bool:
    """ "Jane Okafor", "TOMÁS HERRERA", "Mary-Jane O'Neil": two to four capitalised words."""
    words = line.split()
    return (
        2 <= len(words) <= 4
        and all(w[0].isupper() and all(c.isalpha() or c in "'’.-" for c in w) for w in words)
        and not any(w.lower() in ROLE_WORDS for w in words)
    )


def _top_fields(top: list[str]) -> tuple[str | None, str | None, list[str]]:
    """(name, headline, the lines left over) from the lines before the first heading."""
    lines = [line for line in top if line.strip()]
    name = headline = None
    used = 0
    if lines and not _is_contact(lines[0]):
        parts = split_parts(lines[0])
        if parts and _is_name(parts[0]):
            name, used = parts[0], 1
            rest = [p for p in parts[1:] if not _is_contact(p)]
            headline = " | ".join(rest) or None
    for line in lines[used : used + 3]:
        if headline:
            break
        if _is_contact(line):  # "Registered Nurse · maria@example.com · Austin, TX"
            first = split_parts(line)[:1]
            headline = first[0] if first and part_kind(first[0]) == "title" else None
        elif not has_date(line) and not strip_marker(line)[0]:
            headline = line.strip() if looks_like_header(line) and len(line.split()) <= 12 else None
    body = [line for line in top if line.strip() not in {name, headline} and not _is_contact(line)]
    return name, headline, body


def _summary_headline(sections: list[Section]) -> str | None:
    for section in sections:
        if section.kind == "summary":
            text = " ".join(line.strip() for line in section.lines if line.strip())
            sentences = split_sentences(text)
            if sentences and len(sentences[0].split()) <= 30:
                return sentences[0]
    return None


def _lines_of(sections: list[Section], *kinds: str) -> list[str]:
    return [line for s in sections if s.kind in kinds for line in (*s.lines, "")]


def parse_resume_text(text: str) -> Resume:
    if len(text) > MAX_CHARS:
        raise ResumeError("This text is too long to be a resume (over about 30 pages).")
    sections = split_sections(clean_text(text))
    name, headline, top_body = _top_fields(sections[0].lines)
    experiences: list[Experience] = []
    other: list[str] = []
    if any(s.kind == "experience" for s in sections):
        experiences, orphans = split_jobs(_lines_of(sections, "experience"))
        other += orphans
    else:
        # No heading for jobs: look for dated job headers anywhere before the other sections.
        experiences, orphans = split_jobs(top_body)
        if len(sections) == 1:
            other += orphans
    other += parse_other(_lines_of(sections, "projects", "volunteering", "achievements"))
    resume = Resume(
        name=name,
        headline=headline or _summary_headline(sections),
        experiences=tuple(experiences),
        skills=tuple(parse_skills(_lines_of(sections, "skills"))),
        education=tuple(parse_education(_lines_of(sections, "education"))),
        other_bullets=tuple(dedupe(other)),
    )
    if resume.is_empty():
        raise ResumeError(NOTHING_FOUND)
    return resume
