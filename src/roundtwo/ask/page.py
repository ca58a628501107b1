"""The questions-to-ask area: one list per round-two interviewer, and round one's kept answers."""

from __future__ import annotations

from typing import Any

from roundtwo.ask.forms import AskQuestionForm
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.services import panel_people


def ask_context_page(opportunity: Opportunity) -> dict[str, Any]:
    questions = list(opportunity.ask_questions.select_related("interviewer"))
    people = panel_people(opportunity)
    groups = [
        (p, [q for q in questions if q.interviewer_id == p.pk and q.round_number == 2])
        for p in people
    ]
    anyone = [q for q in questions if q.interviewer_id is None and q.round_number == 2]
    return {
        "ask_groups": groups,
        "ask_anyone": anyone,
        "ask_round_one": [q for q in questions if q.round_number == 1],
        "ask_form": AskQuestionForm(opportunity_id=opportunity.pk),
    }
