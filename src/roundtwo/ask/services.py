"""Suggested questions become the user's list for a person; reordering keeps positions tidy."""

from __future__ import annotations

from django.db import transaction

from roundtwo.ask.context import ask_context
from roundtwo.ask.models import AskQuestion
from roundtwo.core.ordering import next_position as next_in
from roundtwo.engines.asking import questions_to_ask
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.workspace.revision import touch

PER_PERSON = 5


def next_position(opportunity: Opportunity) -> int:
    return next_in(opportunity.ask_questions.all())


@transaction.atomic
def add_suggestions(opportunity: Opportunity, person: Interviewer | None) -> int:
    """Add up to PER_PERSON fitting questions this person has not been planned or asked."""
    suggestions = questions_to_ask(ask_context(opportunity, person), limit=PER_PERSON)
    start = next_position(opportunity)
    AskQuestion.objects.bulk_create(
        AskQuestion(
            opportunity=opportunity,
            interviewer=person,
            text=s.question[:1000],
            category=s.category,
            why=s.why[:500],
            source=AskQuestion.Source.SUGGESTED,
            position=start + i,
        )
        for i, s in enumerate(suggestions)
    )
    touch(opportunity.owner_id)
    return len(suggestions)


@transaction.atomic
def move(question: AskQuestion, step: int) -> None:
    """Swap with the neighbour above or below among the same person's questions."""
    siblings = list(
        question.opportunity.ask_questions.filter(
            interviewer=question.interviewer, round_number=question.round_number
        )
    )
    index = next(i for i, q in enumerate(siblings) if q.pk == question.pk)
    other = index + step
    if not 0 <= other < len(siblings):
        return
    a, b = siblings[index], siblings[other]
    a.position, b.position = b.position, a.position
    if a.position == b.position:
        b.position += step
    a.save(update_fields=["position"])
    b.save(update_fields=["position"])
