"""A realistic sample opportunity, so a newcomer sees every area filled at once.

Everything is made by the code the pages run (the research reader, the resume parser, the answer,
practice, asking and follow-up engines, the rehearsal upload), so the sample shows what Round Two
really does. One sample per account: loading it again returns the one there is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from roundtwo import knowledge
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.opportunities.sample.areas import (
    debrief_and_draft,
    plan_questions,
    prepare_documents,
    read_company_page,
    record_rehearsal,
)
from roundtwo.opportunities.sample.library import add_reference, add_stories, import_resume
from roundtwo.plan.services import rebuild_plan
from roundtwo.reflect.analysis import refresh
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief
from roundtwo.reflect.services import save_debrief
from roundtwo.research.models import Source
from roundtwo.research.reading import read_source

INTERVIEWER_FIELDS = ("name", "title", "kind", "email", "notes")


def existing_sample(user: User) -> Opportunity | None:
    return Opportunity.objects.filter(owner=user, is_sample=True).first()


def load_demo(user: User, today: dt.date | None = None, *, spoken: bool = True) -> Opportunity:
    """The account's sample, made now unless it has one.

    `spoken`: upload the sample's recorded answer and queue its report (the worker transcribes
    it in a few seconds; tests that do not need it leave it out).
    """
    found = existing_sample(user)
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return fill_sample(user, knowledge.load("demo_opportunity"), today, spoken=spoken)
    except IntegrityError:  # made meanwhile by another request
        found = existing_sample(user)
        if found is None:
            raise
        return found


def fill_sample(
    user: User, data: dict[str, Any], today: dt.date | None, *, spoken: bool
) -> Opportunity:
    opportunity = create_opportunity(user, data, today or timezone.localdate())
    load_round_one(opportunity, data["round_one"])
    read_posting(opportunity)
    read_company_page(opportunity, data["company_page"])
    import_resume(opportunity, data["resume"])
    stories = add_stories(opportunity, data["stories"])
    plan_questions(opportunity)
    reference = add_reference(opportunity, data["reference"], stories)
    prepare_documents(opportunity, data, reference)
    debrief_and_draft(opportunity, data["followup_debriefs"])
    if spoken:
        record_rehearsal(opportunity, data["rehearsal"])
    return opportunity


def create_opportunity(user: User, data: dict[str, Any], today: dt.date) -> Opportunity:
    """The opportunity, its interviewers and its plan, a few days into the preparation."""
    fields = dict(data["opportunity"])
    interview_date = today + dt.timedelta(days=fields.pop("interview_in_days"))
    interview_time = dt.time.fromisoformat(fields.pop("interview_time"))
    opportunity = Opportunity.objects.create(
        owner=user,
        interview_date=interview_date,
        interview_time=interview_time,
        is_sample=True,
        **fields,
    )
    for person in data["interviewers"]:
        saved = Interviewer.objects.create(
            opportunity=opportunity, **{k: person.get(k, "") for k in INTERVIEWER_FIELDS}
        )
        saved.rounds.set([opportunity.round(number) for number in person["rounds"]])
    rebuild_plan(opportunity, today)
    tick_earliest_tasks(opportunity, share=float(data["done_task_share"]))
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
