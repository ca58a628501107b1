"""The interview and the prep plan as one iCalendar file (RFC 5545) any calendar app can import.

The interview is a VEVENT in its own time zone (DTSTART;TZID=... with the matching VTIMEZONE
written into the file, so the app needs no time zone database of its own) with DISPLAY reminders.
Each prep task is an all-day VEVENT on its due date. Every item keeps the UID the caller gives,
so importing the file again updates the events already there instead of adding copies.
Escaping, line folding at 75 octets and CRLF line endings are the icalendar library's job.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from icalendar import TRANSP, Alarm, Calendar, Event

PRODID = "-//Round Two//Interview preparation//EN"
DEFAULT_NAME = "Round Two: interview preparation"
# Reminders that fire after the interview has started are of no use to anyone.
MAX_REMINDER_MINUTES = 60 * 24 * 28


@dataclass(frozen=True, kw_only=True)
class InterviewEvent:
    """One interview: `start` (time zone aware) when the time is known, else `date` (all day).

    `sequence` is optional: raise it when the interview moves, so apps that compare it (Outlook,
    Apple Calendar) take the new file as an update of the event they already have.
    """

    title: str
    start: datetime | None = None
    date: dt.date | None = None
    duration_minutes: int = 60
    time_zone: str
    location: str = ""
    url: str = ""
    description: str = ""
    uid: str
    sequence: int = 0


@dataclass(frozen=True)
class PrepTask:
    """One task of the prep plan, shown on the day it is due."""

    title: str
    due: dt.date
    uid: str
    done: bool = False
    description: str = ""
    sequence: int = 0


def build_calendar(
    events: Sequence[InterviewEvent],
    tasks: Sequence[PrepTask],
    *,
    reminders_minutes: Sequence[int] = (1440, 60),
    name: str = DEFAULT_NAME,
    task_reminder_at: time | None = time(9, 0),
    stamp: datetime | None = None,
) -> bytes:
    """The .ics file's bytes. `stamp` (DTSTAMP, default now) only exists so tests can fix it.

    Raises ValueError, with a sentence for the user, for an unknown time zone, an interview with
    neither a start nor a date, a start without a time zone, or two items sharing one UID.
    """
    _check_unique_uids([e.uid for e in events] + [t.uid for t in tasks])
    _check_reminders(reminders_minutes)
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    calendar = Calendar.new(
        name=name,
        prodid=PRODID,
        method="PUBLISH",
        # The calendar's own UID must not change between builds either, so it comes from the name.
        uid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"roundtwo:calendar:{name}")),
    )
    days: list[dt.date] = []
    for event in events:
        component, day = _interview(event, reminders_minutes, stamp)
        calendar.add_component(component)
        days.append(day)
    for task in tasks:
        calendar.add_component(_task(task, task_reminder_at, stamp))
        days.append(task.due)
    _add_time_zones(calendar, days)
    return bytes(calendar.to_ical())


def _interview(
    event: InterviewEvent, reminders_minutes: Sequence[int], stamp: datetime
) -> tuple[Event, dt.date]:
    zone = _zone(event.time_zone)
    if event.duration_minutes <= 0:
        raise ValueError(f"The interview “{event.title}” needs a duration of at least a minute.")
    start: dt.date | datetime
    if event.start is not None:
        if event.start.tzinfo is None or event.start.utcoffset() is None:
            raise ValueError(
                f"The start of “{event.title}” has no time zone, so its time would be ambiguous."
            )
        start = event.start.astimezone(zone)
        end: dt.date | datetime = start + timedelta(minutes=event.duration_minutes)
        day = start.date()
    elif event.date is not None:
        start, end, day = event.date, event.date + timedelta(days=1), event.date
    else:
        raise ValueError(f"The interview “{event.title}” needs a date or a start time.")
    component = Event.new(
        summary=event.title,
        start=start,
        end=end,
        uid=_uid(event.uid),
        stamp=stamp,
        sequence=event.sequence,
        location=event.location or None,
        url=event.url or None,
        description=event.description or None,
    )
    for minutes in sorted(set(reminders_minutes), reverse=True):
        component.add_component(
            Alarm.new_display(_reminder_text(event.title, minutes), timedelta(minutes=-minutes))
        )
    return component, day


def _task(task: PrepTask, reminder_at: time | None, stamp: datetime) -> Event:
    # An all-day VEVENT rather than a VTODO: Google Calendar and Outlook import only events from
    # an .ics file and drop to-dos silently, and a task on its due day is what the plan shows.
    component = Event.new(
        summary=f"✓ {task.title}" if task.done else task.title,
        start=task.due,
        end=task.due + timedelta(days=1),
        uid=_uid(task.uid),
        stamp=stamp,
        sequence=task.sequence,
        description=task.description or None,
        # A prep task is a reminder, not an appointment: it must not mark the day as busy.
        transparency=TRANSP.TRANSPARENT,
    )
    if reminder_at is not None and not task.done:
        # Relative to the all-day start (midnight, local to whoever imports it): a morning nudge.
        after_midnight = timedelta(hours=reminder_at.hour, minutes=reminder_at.minute)
        component.add_component(Alarm.new_display(task.title, after_midnight))
    return component


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(
            f"“{name}” is not a time zone Round Two knows. Use a name from the IANA time zone "
            "database, such as Europe/Amsterdam or America/New_York."
        ) from None


def _uid(uid: str) -> str:
    if not uid.strip():
        raise ValueError("Every calendar item needs a UID, so that importing it again updates it.")
    return uid


def _check_unique_uids(uids: list[str]) -> None:
    seen: set[str] = set()
    for uid in uids:
        if uid in seen:
            raise ValueError(
                f"Two calendar items share the UID “{uid}”; one would replace the other."
            )
        seen.add(uid)


def _check_reminders(reminders_minutes: Sequence[int]) -> None:
    for minutes in reminders_minutes:
        if not 0 <= minutes <= MAX_REMINDER_MINUTES:
            raise ValueError(
                f"A reminder {minutes} minutes before the interview is not possible: use 0 to "
                f"{MAX_REMINDER_MINUTES} minutes (four weeks)."
            )


def _reminder_text(title: str, minutes: int) -> str:
    if minutes == 0:
        return f"{title}: now"
    if minutes % 1440 == 0:
        days = minutes // 1440
        return f"{title}: in {days} day{'s' if days > 1 else ''}"
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{title}: in {hours} hour{'s' if hours > 1 else ''}"
    return f"{title}: in {minutes} minutes"


def _add_time_zones(calendar: Calendar, days: list[dt.date]) -> None:
    # VTIMEZONE rules only for the years the file covers keep it short; the library's default
    # span (1970-2038) would list every transition of those decades.
    if not days:
        return
    first = dt.date(min(days).year - 1, 1, 1)
    last = dt.date(max(days).year + 2, 1, 1)
    calendar.add_missing_timezones(first_date=first, last_date=last)
