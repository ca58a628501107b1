"""The polite check-in when no reply came, and when it is due.

Business days are Monday to Friday; public holidays vary by country, so the caller passes any
it knows. A count "between" two dates counts the weekdays after the first up to and including
the second: a note sent on Friday has one business day behind it on Monday.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta

from roundtwo.engines.asking.grammar import word_list

from .compose import MAX_ROLE_WORDS
from .model import Candidate, Draft, InterviewerDebrief, Tone
from .notes import read_notes
from .text import email_address, greeting_name, one_line, word_count

DEFAULT_BUSINESS_DAYS = 5  # a working week: the usual advice before chasing politely
_MONTHS = word_list(
    "January February March April May June July August September October November December"
)


def is_business_day(day: date, holidays: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def business_days_between(a: date, b: date, holidays: Collection[date] = ()) -> int:
    """Weekdays after `a` up to and including `b` (negative when `b` is before `a`)."""
    if b < a:
        return -business_days_between(b, a, holidays)
    weeks, rest = divmod((b - a).days, 7)
    count = weeks * 5 + sum(1 for i in range(1, rest + 1) if (a + timedelta(days=i)).weekday() < 5)
    return count - sum(1 for h in set(holidays) if a < h <= b and h.weekday() < 5)


def check_in_date(sent_on: date, business_days: int, holidays: Collection[date] = ()) -> date:
    """The first day on which `business_days` business days have passed since `sent_on`."""
    day, left = sent_on, max(business_days, 0)
    while left:
        day += timedelta(days=1)
        left -= is_business_day(day, holidays)
    return day


def check_in_due(
    sent_on: date, today: date, business_days: int, holidays: Collection[date] = ()
) -> bool:
    return business_days_between(sent_on, today, holidays) >= business_days


def check_in_draft(
    debrief: InterviewerDebrief | None,
    candidate: Candidate,
    *,
    company: str,
    role: str,
    sent_on: date,
    business_days: int = DEFAULT_BUSINESS_DAYS,
    tone: Tone = "warm",
    today: date | None = None,
) -> Draft:
    """A short, polite check-in on the second interview; to the hiring team without a debrief.
    With `today`, a warning says when the check-in is not due yet."""
    company = " ".join(one_line(company).split()[:MAX_ROLE_WORDS]) or "your organisation"
    role = " ".join(one_line(role).split()[:MAX_ROLE_WORDS])
    role_phrase = f"the {role} role" if role else "the role"
    name = greeting_name(debrief.name, formal=tone == "formal") if debrief else ""
    greeting = (
        (f"Dear {name}," if name else "Dear hiring team,")
        if tone == "formal"
        else (f"Hi {name}," if name else "Hello,")
    )
    notes = read_notes(debrief, keep=(company, role)) if debrief else None
    note_day = f"{sent_on.day} {_MONTHS[sent_on.month - 1]}"
    lines = _lines(tone, role_phrase, company, note_day)
    if notes is not None and notes.topics:
        thinking = "I have" if tone == "formal" else "I've"
        lines[0] += f" {thinking} kept thinking about {notes.topics[0]} since we spoke."
    body = "\n\n".join([greeting, *lines, f"{_sign_off(tone)}\n{one_line(candidate.name)}"])
    return Draft(
        interviewer=one_line(debrief.name) if debrief else "",
        to=email_address(debrief.email) if debrief else None,
        subject=one_line(_subject(tone, role or "the role")),
        body=body,
        topics_used=notes.topics[:1] if notes else (),
        needs_topic=False,  # a check-in stands without one
        word_count=word_count(body),
        warnings=_due_warning(sent_on, today, business_days),
    )


def _lines(tone: Tone, role_phrase: str, company: str, note_day: str) -> list[str]:
    if tone == "formal":
        return [
            f"I hope you are well. I am writing to follow up on my second interview for "
            f"{role_phrase} at {company}, and on my note of {note_day}.",
            f"I remain very interested in {role_phrase}, and I would be grateful for any update "
            "on the timeline when you have one.",
            "If anything further would help from my side, please let me know.",
        ]
    return [
        f"I hope you're well. I wanted to follow up on my second interview for {role_phrase} "
        f"at {company}, and on my note of {note_day}.",
        f"I'm still very keen on {role_phrase}, and I'd be grateful for any update on the "
        "timeline whenever you have one.",
        "If anything else would help from my side, just let me know.",
    ]


def _sign_off(tone: Tone) -> str:
    return "Kind regards," if tone == "formal" else "Best wishes,"


def _subject(tone: Tone, role: str) -> str:
    return (
        f"Following up: second interview for {role}"
        if tone == "formal"
        else (f"Checking in: {role} second interview")
    )


def _due_warning(sent_on: date, today: date | None, business_days: int) -> tuple[str, ...]:
    if today is None or check_in_due(sent_on, today, business_days):
        return ()
    passed = max(business_days_between(sent_on, today), 0)
    due = check_in_date(sent_on, business_days)
    return (
        f"Not due yet: {passed} of {business_days} business days since your note; "
        f"send it on or after {due.isoformat()}.",
    )
