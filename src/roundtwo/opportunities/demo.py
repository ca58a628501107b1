"""A realistic sample opportunity, so a newcomer sees a filled workspace at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from roundtwo import knowledge
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import rebuild_plan
from roundtwo.reflect.analysis import refresh
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief
from roundtwo.reflect.services import save_debrief
from roundtwo.research.models import Source
from roundtwo.research.reading import read_source

INTERVIEWER_FIELDS = ("name", "title", "kind", "email", "notes")


@transaction.atomic
def load_demo(user: User, today: dt.date | None = None) -> Opportunity:
    data: dict[str, Any] = knowledge.load("demo_opportunity")
    today = today or timezone.localdate()
    fields = dict(data["opportunity"])
    interview_date = today + dt.timedelta(days=fields.pop("interview_in_days"))
    interview_time = dt.time.fromisoformat(fields.pop("interview_time"))
    opportunity = Opportunity.objects.create(
        owner=user, interview_date=interview_date, interview_time=interview_time, **fields
    )
    for person in data["interviewers"]:
        saved = Interviewer.objects.create(
            opportunity=opportunity, **{k: person.get(k, "") for k in INTERVIEWER_FIELDS}
        )
        saved.rounds.set([opportunity.round(number) for number in person["rounds"]])
    rebuild_plan(opportunity, today)
    tick_earliest_tasks(opportunity, share=float(data["done_task_share"]))
    load_round_one(opportunity, data["round_one"])
    read_posting(opportunity)
    return opportunity


def read_posting(opportunity: Opportunity) -> None:
    """The sample posting as a pasted source, read the way the user's own would be."""
    source = Source.objects.create(
        opportunity=opportunity,
        kind=Source.Kind.JOB,
        content=opportunity.posting_text,
        content_type="text/plain",
        title="Sample job posting (pasted)",
    )
    read_source(source, report=lambda _progress, _message: None)


def load_round_one(opportunity: Opportunity, data: dict[str, Any]) -> None:
    """A logged round one, analysed as the user's own would be, with its derived tasks."""
    saved: list[LoggedQuestion] = []
    for position, row in enumerate(data["questions"]):
        parent = row.get("follow_up_of")
        entry = LoggedQuestion(
            opportunity=opportunity,
            position=position,
            follow_up_of=saved[parent] if parent is not None else None,
            **{k: row.get(k, "") for k in ("asked_by", "question", "answer", "reaction")},
            self_rating=row.get("self_rating"),
        )
        refresh(entry)
        entry.save()
        saved.append(entry)
    save_debrief(RoundDebrief(opportunity=opportunity, **data["debrief"]))


def tick_earliest_tasks(opportunity: Opportunity, share: float) -> None:
    """Mark the first tasks done, as someone a few days into their preparation would have."""
    tasks = list(opportunity.plan_tasks.order_by("due", "id"))
    now = timezone.now()
    for task in tasks[: round(len(tasks) * share)]:
        task.done_at = now
        task.save(update_fields=["done_at"])
