"""A full opportunity for the pack: every area that feeds it has data."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from roundtwo.ask.models import AskQuestion
from roundtwo.documents.models import ChecklistItem, DayPack
from roundtwo.opportunities.models import Opportunity
from roundtwo.research.models import Item
from roundtwo.resume.models import Achievement, Experience
from roundtwo.stories.models import Story

VALUES = ("Own the outcome", "Say it plainly", "Leave the harbour cleaner")


def fill_for_pack(opportunity: Opportunity) -> Opportunity:
    owner: User = opportunity.owner
    facts = [
        ("mission", "Cut empty container miles across European ports"),
        *[("value", name) for name in VALUES],
        ("recent", "Opened a Rotterdam office"),
        ("must", "Strong SQL and Python"),
        ("must", "Experience running production data pipelines"),
    ]
    for position, (section, name) in enumerate(facts):
        Item.objects.create(opportunity=opportunity, section=section, name=name, position=position)
    job = Experience.objects.create(owner=owner, title="Data Engineer", organisation="Portline")
    Achievement.objects.create(
        experience=job, text="Built production data pipelines in Python and SQL for 40 ports"
    )
    Story.objects.create(
        owner=owner,
        title="The pipeline rescue",
        situation="Our nightly pipeline failed three times a week in 2023.",
        task="I owned making it reliable before the peak season.",
        action="I added data contracts, alerting and a replay tool, and wrote the runbook.",
        result="Failures fell to one a quarter.",
        metrics="On-call pages down 80%",
    )
    person = opportunity.interviewers.first()
    AskQuestion.objects.create(
        opportunity=opportunity, interviewer=person, text="How do you measure data quality today?"
    )
    AskQuestion.objects.create(
        opportunity=opportunity, text="What would success look like in a year?"
    )
    ChecklistItem.objects.create(opportunity=opportunity, label="Photo ID", status="packed")
    DayPack.objects.create(opportunity=opportunity, ask_for="Priya Raman at reception")
    opportunity.location = "14 Quay Street, Bristol"
    opportunity.save()
    return opportunity


@pytest.fixture
def full_opportunity(alices_opportunity: Opportunity) -> Opportunity:
    return fill_for_pack(alices_opportunity)
