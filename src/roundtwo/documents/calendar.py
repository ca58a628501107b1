"""The interview and the prep plan as an .ics file, through the calendar engine."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.utils.text import slugify

from roundtwo.engines.calendar import InterviewEvent, PrepTask, build_calendar
from roundtwo.opportunities.models import Format, Opportunity
from roundtwo.plan.services import panel_people

UID_DOMAIN = "roundtwo.local"


class CalendarUnavailable(ValueError):
    """Nothing to put in a calendar yet, or a setting the engine cannot use; says what to do."""


def interview_event(opportunity: Opportunity) -> InterviewEvent | None:
    day = opportunity.interview_date
    if day is None:
        return None
    zone = opportunity.time_zone or "UTC"
    start = None
    if opportunity.interview_time is not None:
        try:
            start = dt.datetime.combine(day, opportunity.interview_time, zoneinfo.ZoneInfo(zone))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise CalendarUnavailable(
                f"The time zone {zone!r} is not known; choose one in the opportunity's details."
            ) from None
    return InterviewEvent(
        title=f"Interview: {opportunity.role_title} at {opportunity.company} (round two)",
        start=start,
        date=None if start else day,
        time_zone=zone,
        location=opportunity.location
        or (opportunity.meeting_link if opportunity.format == Format.VIDEO else ""),
        url=opportunity.meeting_link,
        description=_description(opportunity),
        uid=f"interview-{opportunity.pk}@{UID_DOMAIN}",
    )


def _description(opportunity: Opportunity) -> str:
    lines = [f"Format: {opportunity.get_format_display()}"]
    people = [f"{p.name} ({p.title})" if p.title else p.name for p in panel_people(opportunity)]
    if people:
        lines.append("You will meet: " + ", ".join(people))
    if opportunity.meeting_link:
        lines.append(f"Join: {opportunity.meeting_link}")
    return "\n".join(lines)


def prep_tasks(opportunity: Opportunity) -> list[PrepTask]:
    return [
        PrepTask(
            title=task.title,
            due=task.due,
            uid=f"task-{task.pk}@{UID_DOMAIN}",
            done=task.is_done,
            description=task.detail,
        )
        for task in opportunity.plan_tasks.all()
    ]


def calendar_file(opportunity: Opportunity) -> bytes:
    event = interview_event(opportunity)
    tasks = prep_tasks(opportunity)
    if event is None and not tasks:
        raise CalendarUnavailable(
            "Add the interview date first: the calendar holds the interview and the plan up to it."
        )
    try:
        return build_calendar(
            [event] if event else [], tasks, name=f"Round Two: {opportunity.company}"
        )
    except ValueError as error:
        raise CalendarUnavailable(str(error)) from None


def calendar_filename(opportunity: Opportunity) -> str:
    return f"interview-{slugify(opportunity.company) or opportunity.pk}.ics"
