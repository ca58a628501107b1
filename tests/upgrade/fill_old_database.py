"""Run by make_fixture.py under the OLD code (PYTHONPATH set to its checkout): fill a database
the way a candidate would have, two accounts with rows in every area."""

from __future__ import annotations

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402

from roundtwo.documents.models import ChecklistItem, Reference, ReferenceBrief  # noqa: E402
from roundtwo.followup.models import Debrief, FollowUpEmail, MailSettings  # noqa: E402
from roundtwo.opportunities.demo import load_demo  # noqa: E402
from roundtwo.opportunities.models import Opportunity  # noqa: E402
from roundtwo.practice.models import PracticeQuestion  # noqa: E402
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief  # noqa: E402
from roundtwo.rehearse.models import Attempt, RehearsalSession, Review, SessionQuestion  # noqa: E402
from roundtwo.stories.models import Story  # noqa: E402
from roundtwo.workspace.models import AreaVisit  # noqa: E402
from tests.documents.conftest import fill_for_pack  # noqa: E402

PASSWORD = "a calm evening of preparation"


def fill(opportunity: Opportunity) -> None:
    owner = opportunity.owner
    fill_for_pack(opportunity)
    story = Story.objects.filter(owner=owner).first()
    interviewers = list(opportunity.interviewers.all())
    PracticeQuestion.objects.create(
        opportunity=opportunity,
        key="bank-ownership-1",
        question="Tell me about a time you owned a problem nobody else would take.",
        kind="behavioral",
        why="The values page says 'Own the outcome'.",
        competencies=["ownership"],
        story=story,
        position=0,
    )
    session = RehearsalSession.objects.create(
        opportunity=opportunity, kind="mock", title="Mock panel, first try"
    )
    question = SessionQuestion.objects.create(
        session=session, text="Walk me through the pipeline rescue.", position=0
    )
    attempt = Attempt.objects.create(
        question=question,
        question_key="pipeline-rescue",
        mode="typed",
        status="done",
        typed_text="In 2023 our nightly pipeline failed three times a week. I owned the fix...",
        report={"words": 14},
    )
    Review.objects.create(
        attempt=attempt, reviewer="Sam", ratings={"structure": 4}, comments="Clear"
    )
    LoggedQuestion.objects.create(
        opportunity=opportunity,
        asked_by=interviewers[0].name if interviewers else "",
        question="How did you decide what to alert on?",
        answer="Only on what a person must act on the same night.",
    )
    RoundDebrief.objects.update_or_create(
        opportunity=opportunity,
        defaults={"went_well": "The pipeline story landed.", "next_steps": "Wait a week"},
    )
    for person in interviewers[:2]:
        Debrief.objects.update_or_create(
            opportunity=opportunity,
            interviewer=person,
            defaults={"topics": "data contracts\nRotterdam office", "specific": "On-call load"},
        )
        FollowUpEmail.objects.create(
            opportunity=opportunity,
            interviewer=person,
            subject=f"Thank you, {person.name}",
            body=f"Dear {person.name},\n\nThank you for the conversation about data contracts.",
        )
    reference = Reference.objects.create(owner=owner, name="Aiko Tanaka", email="a@example.com")
    ReferenceBrief.objects.create(
        opportunity=opportunity, reference=reference, permission="yes", note="Mention the runbook"
    )
    ChecklistItem.objects.create(opportunity=opportunity, label="Printed resume", position=2)
    MailSettings.objects.update_or_create(
        owner=owner, defaults={"your_name": "Alice Example", "from_address": "a@ex.org"}
    )
    AreaVisit.objects.get_or_create(opportunity=opportunity, area="research")


def main() -> None:
    call_command("migrate", verbosity=0)
    for name in ("alice", "bob"):
        user = User.objects.create_user(username=name, password=PASSWORD)
        fill(load_demo(user))


if __name__ == "__main__":
    main()
