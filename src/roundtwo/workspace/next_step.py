"""The one obvious next step for an opportunity, and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.models import PlanTask


@dataclass(frozen=True)
class NextStep:
    lead: str  # where you stand: "Your interview is in 3 days."
    action: str  # what to do: "Next: research Dana Lee."
    url: str


def countdown(days: int | None) -> str:
    if days is None:
        return "No date yet for the second interview."
    if days < 0:
        return "The interview has taken place."
    if days == 0:
        return "Your interview is today."
    if days == 1:
        return "Your interview is tomorrow."
    return f"Your interview is in {days} days."


def next_step(
    opportunity: Opportunity, today: dt.date, tasks: Sequence[PlanTask] | None = None
) -> NextStep:
    """`tasks`: the opportunity's plan tasks when the caller has them already."""
    lead = countdown(opportunity.days_left(today))
    pk = opportunity.pk
    if opportunity.interview_date is None:
        return NextStep(
            lead,
            "Next: add the date, so Round Two can plan your days.",
            reverse("opportunities:edit", args=[pk]),
        )
    if not opportunity.interviewers.all():
        return NextStep(
            lead,
            "Next: add the people you will meet.",
            reverse("workspace:area", args=[pk, "interviewers"]),
        )
    known = list(opportunity.plan_tasks.all()) if tasks is None else tasks
    pending = sorted((t for t in known if not t.is_done), key=lambda t: (t.due, t.pk))
    if pending:
        title = pending[0].title.rstrip(".")
        return NextStep(
            lead, f"Next: {title[:1].lower()}{title[1:]}.", reverse("plan:list", args=[pk])
        )
    return NextStep(
        lead,
        "Every plan task is done. Next: rest, and look over your plan once more.",
        reverse("plan:list", args=[pk]),
    )
