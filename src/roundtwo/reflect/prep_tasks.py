"""Keep the plan tasks made from round one in step with it: one per weak answer, one per hint."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.db import transaction
from django.utils import timezone

from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.reflect.insights import Reflection
from roundtwo.workspace.revision import touch

KEY_PREFIX = "reflect:"


def wanted_tasks(reflection: Reflection) -> dict[str, tuple[str, str]]:
    """key -> (title, detail), weakest answers first so they get the earliest days."""
    wanted: dict[str, tuple[str, str]] = {}
    for weak in reflection.weakest:
        reasons = "; ".join(r["message"] for r in weak.reasons[:3])
        wanted[f"{KEY_PREFIX}weak:{weak.entry.pk}"] = (weak.task, f"Why: {reasons}"[:2000])
    for hint in reflection.hints:
        digest = hashlib.sha1(hint.sentence.lower().encode(), usedforsecurity=False).hexdigest()
        detail = f"From {hint.source}: “{hint.sentence}”"[:2000]
        wanted[f"{KEY_PREFIX}hint:{digest[:12]}"] = (hint.task, detail)
    return wanted


def due_dates(count: int, today: dt.date, interview: dt.date | None) -> list[dt.date]:
    """Two tasks a day from tomorrow, never later than the day before the interview."""
    last = interview - dt.timedelta(days=1) if interview else None
    dates = []
    for index in range(count):
        due = today + dt.timedelta(days=1 + index // 2)
        if last is not None:
            due = max(today, min(due, last))
        dates.append(due)
    return dates


@transaction.atomic
def sync_tasks(opportunity: Opportunity, reflection: Reflection) -> None:
    """Add tasks for new findings, drop undone ones that no longer apply; ticked ones stay."""
    wanted = wanted_tasks(reflection)
    existing = {
        task.key: task
        for task in opportunity.plan_tasks.filter(
            source=PlanTask.Source.DERIVED, key__startswith=KEY_PREFIX
        )
    }
    stale = [t.pk for key, t in existing.items() if key not in wanted and not t.is_done]
    PlanTask.objects.filter(pk__in=stale).delete()
    new_keys = [key for key in wanted if key not in existing]
    dates = due_dates(len(new_keys), timezone.localdate(), opportunity.interview_date)
    PlanTask.objects.bulk_create(
        PlanTask(
            opportunity=opportunity,
            key=key,
            title=wanted[key][0],
            detail=wanted[key][1],
            area="reflect",
            due=due,
            minutes=30,
            source=PlanTask.Source.DERIVED,
        )
        for key, due in zip(new_keys, dates, strict=True)
    )
    touch(opportunity.owner_id)
