"""A short briefing note for a reference: the role, what to emphasise, when a call may come.

Plain Python, no Django: the candidate's data in, a `Brief` out. The note is written in the
candidate's voice, to be sent (or read out) to the reference, and edited freely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

MAX_POINTS = 4
MAX_STORIES = 3
# Employers usually check references after the last round; a fortnight covers most of them.
CALL_WINDOW_DAYS = 14


@dataclass(frozen=True)
class BriefInput:
    reference_name: str
    role_title: str
    company: str
    emphasise: Sequence[str] = ()  # the role's top requirements and competencies, first first
    stories: Sequence[str] = ()  # titles of stories the reference saw first-hand
    interview_date: dt.date | None = None
    today: dt.date | None = None
    signature: str = ""  # the candidate's name, when known


@dataclass(frozen=True)
class Brief:
    text: str
    emphasise: tuple[str, ...]
    call_window: str  # the likely timing of a call, in words


def briefing_note(data: BriefInput) -> Brief:
    """The whole note; parts with nothing to say (no stories, no requirements) are left out."""
    points = _top(data.emphasise, MAX_POINTS)
    window = call_window(data.interview_date, data.today)
    paragraphs = [
        f"Hi {first_name(data.reference_name)},",
        _opening(data),
        _emphasis(points, data.role_title),
        _stories(_top(data.stories, MAX_STORIES)),
        f"Timing: {window}. A reference call is usually 10 to 15 minutes; "
        "if they reach you first, a quick message to me would help me thank you properly.",
        "Thank you for your help." + (f"\n{data.signature.strip()}" if data.signature else ""),
    ]
    text = "\n\n".join(p for p in paragraphs if p)
    return Brief(text=text, emphasise=points, call_window=window)


def call_window(interview_date: dt.date | None, today: dt.date | None = None) -> str:
    """When the employer is likely to call: around the interview or in the fortnight after."""
    if interview_date is None:
        return "a call usually comes in the week or two after the final interview"
    end = interview_date + dt.timedelta(days=CALL_WINDOW_DAYS)
    if today is not None and today > end:
        return "a call could come any day now"
    if today is not None and today > interview_date:
        return f"a call could come any day now, most likely before {_day(end)}"
    return (
        f"the interview is on {_day(interview_date)}, so a call is most likely "
        f"between then and {_day(end)}"
    )


def first_name(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else "there"


def _opening(data: BriefInput) -> str:
    role = data.role_title.strip() or "a role"
    where = f" at {data.company.strip()}" if data.company.strip() else ""
    when = f" on {_day(data.interview_date)}" if data.interview_date else ""
    return (
        f"Thank you for agreeing to be a reference for me. I have a second-round interview "
        f"for the {role} role{where}{when}, and they may contact you afterwards."
    )


def _emphasis(points: Sequence[str], role_title: str) -> str:
    if not points:
        return (
            f"If they ask, what would help most is how my work relates to the "
            f"{role_title.strip() or 'this'} role: what I did, how I worked with others, "
            "what changed."
        )
    lines = "\n".join(f"- {_sentence_case(p)}" for p in points)
    return f"The role asks most for these, so anything you can say about them would help:\n{lines}"


def _stories(titles: Sequence[str]) -> str:
    if not titles:
        return ""
    named = "\n".join(f"- {t}" for t in titles)
    return f"You saw these first-hand, so they may be worth mentioning:\n{named}"


def _top(items: Sequence[str], limit: int) -> tuple[str, ...]:
    """First-seen order, without repeats (case-insensitive) or blanks."""
    seen: dict[str, str] = {}
    for item in items:
        text = " ".join(item.split())
        if text and text.casefold() not in seen:
            seen[text.casefold()] = text
    return tuple(seen.values())[:limit]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"
