"""Turn the plan engine's dated tasks into the opportunity's plan, keeping what the user did."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from roundtwo.engines.interviewers import InterviewerRef
from roundtwo.engines.prep_plan import Plan, PlanRequest, build_plan
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.workspace.revision import touch


def panel_people(opportunity: Opportunity) -> list[Interviewer]:
    """The round-two interviewers, or everyone entered when no one is marked for round two."""
    return opportunity.interviewers_in_round(2) or list(opportunity.interviewers.all())


def panel(opportunity: Opportunity) -> tuple[InterviewerRef, ...]:
    """The panel as the engines see it."""
    return tuple(
        InterviewerRef(name=p.name, kind=p.kind, title=p.title)  # type: ignore[arg-type]
        for p in panel_people(opportunity)
    )


def plan_for(opportunity: Opportunity, today: dt.date | None = None) -> Plan | None:
    if opportunity.interview_date is None:
        return None
    request = PlanRequest(
        today=today or timezone.localdate(),
        interview_date=opportunity.interview_date,
        interviewers=panel(opportunity),
        format=opportunity.format,
        company=opportunity.company,
        role_title=opportunity.role_title,
    )
    return build_plan(request)


@transaction.atomic
def rebuild_plan(opportunity: Opportunity, today: dt.date | None = None) -> Plan | None:
    """Replace the suggested tasks not yet done; the user's own tasks and ticked ones stay."""
    plan = plan_for(opportunity, today)
    if plan is None:
        return None
    tasks = opportunity.plan_tasks
    tasks.filter(source=PlanTask.Source.GENERATED, done_at__isnull=True).delete()
    done_keys = set(tasks.exclude(key="").values_list("key", flat=True))
    PlanTask.objects.bulk_create(
        PlanTask(
            opportunity=opportunity,
            key=task.key,
            title=task.title[:200],
            detail=task.detail[:2000],
            area=task.area,
            due=task.due,
            minutes=task.minutes,
            source=PlanTask.Source.GENERATED,
        )
        for task in plan.tasks
        if task.key not in done_keys
    )
    touch(opportunity.owner_id)
    return plan
