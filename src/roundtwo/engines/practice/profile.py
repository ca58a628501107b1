"""Build a RoleProfile from a posting, tidy one the caller built, and say when it is general."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from roundtwo.engines.research import extract_job
from roundtwo.engines.research.model import JobPosting

from .model import RoleProfile, WeakSpot
from .role import Role, read_role
from .text import MAX_CONTENT_CHARS, MAX_TEXT_CHARS, cap, is_english

MAX_ITEMS = 40  # skills, values, follow-ups ... beyond this a list is noise, not a profile
_HAS_TAG = re.compile(r"<(?:[a-zA-Z][\w-]*|/[a-zA-Z][\w-]*|!--)[^>]*>")
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)


def _strings(values: Any, limit: int = MAX_ITEMS) -> tuple[str, ...]:
    """Non-empty, distinct strings from whatever the caller passed (None, a list, a str)."""
    if values is None:
        return ()
    if isinstance(values, str):
        values = (values,)
    try:
        items = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    except TypeError:
        return ()
    return tuple(dict.fromkeys(cap(v, 500) for v in items))[:limit]


def _weak_spots(values: Iterable[Any] | None) -> tuple[WeakSpot, ...]:
    spots = []
    for v in values or ():
        if isinstance(v, WeakSpot) and isinstance(v.question, str) and v.question.strip():
            reason = v.reason.strip() if isinstance(v.reason, str) else ""
            spots.append(WeakSpot(cap(v.question.strip(), 500), cap(reason, 300)))
    return tuple(dict.fromkeys(spots))[:MAX_ITEMS]


def plain(text: str) -> str:
    """Text without markup: callers sometimes pass a stored posting page as the text."""
    if not _HAS_TAG.search(text):
        return text
    return html.unescape(_TAG.sub(" ", cap(text, MAX_CONTENT_CHARS)))


def normalise(profile: RoleProfile) -> RoleProfile:
    """The same profile with every field the expected type, trimmed and capped."""
    title = profile.title.strip() if isinstance(profile.title, str) else None
    text = plain(profile.text) if isinstance(profile.text, str) else ""
    return RoleProfile(
        title=cap(title, 300) if title else None,
        competencies=_strings(profile.competencies),
        skills=_strings(profile.skills, 80),
        text=cap(text, MAX_TEXT_CHARS),
        values=_strings(profile.values),
        interviewer_kinds=_strings(profile.interviewer_kinds),
        weak_spots=_weak_spots(profile.weak_spots),
        followups=_strings(profile.followups),
        asked_in_round_one=_strings(profile.asked_in_round_one, 200),
    )


def role_of(profile: RoleProfile) -> Role:
    return read_role(normalise(profile))


def is_general(profile: RoleProfile) -> bool:
    """True when nothing in the profile was recognised (the UI then says the set is general)."""
    return role_of(profile).general


def posting_text(job: JobPosting) -> str:
    """The posting's own lines (title, duties, requirements), without benefits or page chrome."""
    lines = [job.title or "", *job.responsibilities, *(r.text for r in job.requirements)]
    return "\n".join(line for line in lines if line)


def profile_from_posting(
    content: str, *, source: str = "posting", content_type: str = "text/plain"
) -> RoleProfile:
    """A profile read from one already-fetched posting (HTML, Markdown or plain text)."""
    if not isinstance(content, str) or not content.strip():
        return RoleProfile()
    content = cap(content, MAX_CONTENT_CHARS)
    job = extract_job(content, source=source, content_type=content_type)
    text = posting_text(job) if (job.responsibilities or job.requirements) else ""
    text = cap(text or plain(content), MAX_TEXT_CHARS)
    if not is_english(text):  # the keyword signals are English: the set will be general
        return RoleProfile(title=job.title, text=text)
    return RoleProfile(
        title=job.title,
        competencies=job.competencies,
        skills=job.skills,
        text=text,
    )
