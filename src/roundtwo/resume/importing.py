"""A resume file becomes the candidate's experience entries and bullets, in one transaction."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction

from roundtwo.engines.resume import Resume, parse_json_resume, parse_resume_text
from roundtwo.engines.sources import acquire_bytes
from roundtwo.research.html_text import html_to_text
from roundtwo.resume.models import Achievement, Experience
from roundtwo.workspace.revision import touch


def parse_upload(data: bytes, filename: str) -> Resume:
    """Raises DocumentError or ResumeError, each with a sentence for the user."""
    acquired = acquire_bytes(data, filename)
    text = acquired.content
    if text.lstrip().startswith("{") or filename.lower().endswith(".json"):
        return parse_json_resume(text)
    if acquired.content_type == "text/html":
        text = html_to_text(text)
    return parse_resume_text(text)


def rows_of(resume: Resume) -> list[tuple[dict[str, str], list[str]]]:
    """(experience fields, bullets) for each entry to create, jobs first."""
    rows: list[tuple[dict[str, str], list[str]]] = []
    for job in resume.experiences:
        fields = {
            "kind": Experience.Kind.JOB,
            "title": job.title or "",
            "organisation": job.organisation or "",
            "start": job.start or "",
            "end": job.end or "",
            "location": job.location or "",
        }
        rows.append((fields, list(job.bullets)))
    for kind, title, bullets in (
        (Experience.Kind.OTHER, "Projects and other achievements", resume.other_bullets),
        (Experience.Kind.SKILLS, "Skills", resume.skills),
        (Experience.Kind.EDUCATION, "Education", resume.education),
    ):
        if bullets:
            rows.append(({"kind": kind, "title": title}, list(bullets)))
    return rows


@transaction.atomic
def save_resume(user: User, resume: Resume, filename: str, replace: bool) -> list[Experience]:
    """Store the parsed resume; with `replace`, earlier imported entries go (typed ones stay)."""
    if replace:
        user.experiences.exclude(imported_from="").delete()
    start = user.experiences.count()
    saved = []
    for offset, (fields, bullets) in enumerate(rows_of(resume)):
        experience = Experience.objects.create(
            owner=user, position=start + offset, imported_from=filename[:255], **fields
        )
        Achievement.objects.bulk_create(
            Achievement(experience=experience, text=text[:5000], position=i)
            for i, text in enumerate(bullets)
        )
        saved.append(experience)
    touch(user.pk)
    return saved
