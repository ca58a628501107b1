"""Keep the follow-up plan tasks in step, and say when the thank-you notes are due.

The plan engine already schedules "Write down how it went" (key `debrief`), "Send a thank-you
note to NAME" (`thanks-person:NAME`) and "Send thank-you notes to the people you met"
(`thanks-everyone`) after the interview. Filling the debriefs and sending the notes ticks them,
so the plan, the overview's "For today" list and readiness agree with what was done.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass

from django.utils import timezone

from roundtwo.followup.models import FollowUpEmail
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.workspace.revision import touch

SEND_WITHIN = dt.timedelta(hours=24)


def tick_plan_tasks(opportunity: Opportunity) -> None:
    """Mark done the follow-up tasks whose work is done; never un-ticks what the user ticked."""
    people = panel_people(opportunity)
    sent = {
        e.interviewer_id
        for e in opportunity.followup_emails.all()
        if e.kind == FollowUpEmail.Kind.THANK_YOU and e.is_sent
    }
    debriefed = {d.interviewer_id for d in opportunity.followup_debriefs.all() if not d.is_empty}
    keys = [f"thanks-person:{p.name}" for p in people if p.pk in sent]
    if people and all(p.pk in sent for p in people):
        keys.append("thanks-everyone")
    if people and all(p.pk in debriefed for p in people):
        keys.append("debrief")
    if opportunity.plan_tasks.filter(key__in=keys, done_at__isnull=True).update(
        done_at=timezone.now()
    ):
        touch(opportunity.owner_id)


def interview_start(opportunity: Opportunity) -> dt.datetime | None:
    """When round two began, in its own time zone; the end of that day when no time is set."""
    if opportunity.interview_date is None:
        return None
    try:
        zone = zoneinfo.ZoneInfo(opportunity.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = zoneinfo.ZoneInfo("UTC")
    at = opportunity.interview_time or dt.time(17, 0)
    return dt.datetime.combine(opportunity.interview_date, at, tzinfo=zone)


@dataclass(frozen=True)
class SendReminder:
    unsent: tuple[str, ...]  # names of the people still without a sent thank-you
    deadline: dt.datetime
    late: bool


def send_reminder(
    opportunity: Opportunity, people: list[Interviewer], now: dt.datetime | None = None
) -> SendReminder | None:
    """A nudge from the start of the interview until every note is sent."""
    start = interview_start(opportunity)
    now = now or timezone.now()
    if start is None or now < start or not people:
        return None
    sent = {
        e.interviewer_id
        for e in opportunity.followup_emails.all()
        if e.kind == FollowUpEmail.Kind.THANK_YOU and e.is_sent
    }
    unsent = tuple(p.name for p in people if p.pk not in sent)
    if not unsent:
        return None
    deadline = start + SEND_WITHIN
    return SendReminder(unsent, deadline, late=now > deadline)
