"""The candidate's evidence as the fit engine reads it: every bullet, with where it came from."""

from __future__ import annotations

from django.contrib.auth.models import User

from roundtwo.engines.fit import Evidence
from roundtwo.engines.resume import Experience as ParsedExperience
from roundtwo.resume.models import Achievement, Experience
from roundtwo.stories.models import Story
from roundtwo.stories.services import text_of


def evidence_for(user: User) -> list[Evidence]:
    """Resume bullets, then the story library: both are things the candidate can point to."""
    return resume_evidence(user) + story_evidence(user)


def story_evidence(user: User) -> list[Evidence]:
    return [
        Evidence(id=f"story-{s.pk}", text=text_of(s), source=f"story: {s.title}", kind="story")
        for s in Story.objects.filter(owner=user)
    ]


def resume_evidence(user: User) -> list[Evidence]:
    achievements = Achievement.objects.filter(experience__owner=user).select_related("experience")
    return [
        Evidence(
            id=f"achievement-{a.pk}",
            text=a.text,
            source=f"resume: {a.experience.heading}",
            kind="bullet",
        )
        for a in achievements.order_by("experience__position", "experience_id", "position")
    ]


def jobs_for(user: User) -> list[ParsedExperience]:
    """Jobs with their dates, so "5+ years" requirements can be checked against them."""
    return [
        ParsedExperience(
            title=e.title or None,
            organisation=e.organisation or None,
            start=e.start or None,
            end=e.end or None,
            location=e.location or None,
            bullets=tuple(a.text for a in e.achievements.all()),
        )
        for e in Experience.objects.filter(owner=user, kind=Experience.Kind.JOB).prefetch_related(
            "achievements"
        )
    ]


def has_evidence(user: User) -> bool:
    return (
        Achievement.objects.filter(experience__owner=user).exists()
        or Story.objects.filter(owner=user).exists()
    )
