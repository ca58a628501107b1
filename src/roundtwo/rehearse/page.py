"""The rehearse area: start a session, recent sessions, and progress at a glance."""

from __future__ import annotations

from typing import Any

from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.rehearse.forms import StartForm
from roundtwo.rehearse.models import Attempt, RehearsalSession
from roundtwo.rehearse.progress import summary


def rehearse_context(opportunity: Opportunity) -> dict[str, Any]:
    sessions = list(
        RehearsalSession.objects.filter(opportunity=opportunity).prefetch_related(
            "questions__attempts"
        )[:20]
    )
    return {
        "start_form": StartForm(initial={"kind": "drill"}),
        "practice_choices": list(opportunity.practice_questions.all()[:20]),
        "rehearse_sessions": sessions,
        "panel_people": panel_people(opportunity),
        "has_round_one": opportunity.logged_questions.exists(),
        "progress": summary(attempts_of(opportunity)),
    }


def attempts_of(opportunity: Opportunity) -> list[Attempt]:
    return list(
        Attempt.objects.filter(question__session__opportunity=opportunity)
        .select_related("question__session")
        .order_by("created_at", "id")
    )
