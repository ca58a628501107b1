"""The sample's areas, each made by the code its own page runs, so it shows what they really do."""

from __future__ import annotations

from importlib import resources
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from roundtwo.ask.services import add_suggestions as add_questions_to_ask
from roundtwo.documents.checklist import add_suggestions as add_checklist_suggestions
from roundtwo.documents.models import ChecklistItem, DayPack, Reference, ReferenceBrief
from roundtwo.followup.drafting import redraft
from roundtwo.followup.models import Debrief
from roundtwo.followup.reminders import tick_plan_tasks
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.practice.services import build_practice_set
from roundtwo.rehearse.capture import new_attempt
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import store_upload
from roundtwo.rehearse.sessions import start_session
from roundtwo.rehearse.tasks import queue_finish
from roundtwo.research.models import Source
from roundtwo.research.reading import read_source

DEBRIEF_FIELDS = ("topics", "specific", "questions_asked", "rapport", "next_steps")


def read_company_page(opportunity: Opportunity, page: dict[str, str]) -> None:
    """The values page, saved as a web page would be and read by the research engine."""
    source = Source.objects.create(
        opportunity=opportunity,
        kind=Source.Kind.COMPANY,
        upload=page["html"].encode(),
        filename="how-we-work.html",
        title=page["title"],
    )
    read_source(source, report=lambda _progress, _message: None)


def plan_questions(opportunity: Opportunity) -> None:
    """A tailored practice set, and questions to ask for each round-two interviewer."""
    build_practice_set(opportunity)
    for person in panel_people(opportunity):
        add_questions_to_ask(opportunity, person)


def record_rehearsal(opportunity: Opportunity, data: dict[str, str]) -> Attempt:
    """A drill with the spoken answer uploaded; the worker transcribes it like any other."""
    session = start_session(opportunity, "drill", question=data["question"])
    recording = resources.files(__package__).joinpath(data["recording"]).read_bytes()
    attempt = new_attempt(session.questions.get(), Attempt.Mode.UPLOAD, media_type="audio/ogg")
    store_upload(attempt, recording)
    queue_finish(attempt)
    return attempt


def prepare_documents(opportunity: Opportunity, data: dict[str, Any], reference: Reference) -> None:
    """The suggested checklist with a few things done, the resume attached, a briefed reference."""
    add_checklist_suggestions(opportunity)
    items = {item.key: item for item in opportunity.checklist_items.all()}
    for key in data["checklist_done"]:
        items[key].status = ChecklistItem.Status.READY
        items[key].save(update_fields=["status"])
    resume = items["resume_copies"]
    resume.attachment_name = data["resume"]["filename"]
    resume.attachment.save(data["resume"]["filename"], ContentFile(data["resume"]["text"].encode()))
    today = timezone.localdate()
    ReferenceBrief.objects.create(
        opportunity=opportunity,
        reference=reference,
        permission=ReferenceBrief.Permission.YES,
        permission_asked_on=today,
        briefed_on=today,
    )
    DayPack.objects.create(opportunity=opportunity, ask_for=data["ask_for"])


def debrief_and_draft(opportunity: Opportunity, rows: list[dict[str, str]]) -> None:
    """Notes on two interviewers, and the follow-up engine's thank-you draft to each."""
    people = {person.name: person for person in panel_people(opportunity)}
    for row in rows:
        person = people[row["name"]]
        Debrief.objects.create(
            opportunity=opportunity, interviewer=person, **{k: row[k] for k in DEBRIEF_FIELDS}
        )
        redraft(opportunity, person, "warm")
    tick_plan_tasks(opportunity)
