"""Changes to the round-one log, each followed by the same refresh of analysis and plan tasks."""

from __future__ import annotations

from django.db import transaction

from roundtwo.core.ordering import next_position as next_in
from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.analysis import refresh, refresh_debrief
from roundtwo.reflect.insights import Reflection, reflect
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief
from roundtwo.reflect.prep_tasks import sync_tasks


def debrief_of(opportunity: Opportunity) -> RoundDebrief | None:
    return RoundDebrief.objects.filter(opportunity=opportunity).first()


def reflection_for(opportunity: Opportunity) -> Reflection:
    entries = list(opportunity.logged_questions.all())
    return reflect(entries, debrief_of(opportunity))


def after_change(opportunity: Opportunity) -> Reflection:
    """Recompute what round one says, and keep the derived plan tasks in step with it."""
    reflection = reflection_for(opportunity)
    sync_tasks(opportunity, reflection)
    return reflection


def next_position(opportunity: Opportunity) -> int:
    return next_in(opportunity.logged_questions.all())


@transaction.atomic
def save_entry(entry: LoggedQuestion) -> None:
    if entry.pk is None and not entry.position:
        entry.position = next_position(entry.opportunity)
    refresh(entry)
    entry.save()
    after_change(entry.opportunity)


@transaction.atomic
def delete_entry(entry: LoggedQuestion) -> None:
    opportunity = entry.opportunity
    entry.delete()
    after_change(opportunity)


@transaction.atomic
def move_entry(entry: LoggedQuestion, step: int) -> None:
    """Swap the entry with its neighbour above (step -1) or below (step +1)."""
    entries = list(entry.opportunity.logged_questions.all())
    index = next(i for i, e in enumerate(entries) if e.pk == entry.pk)
    other = index + step
    if not 0 <= other < len(entries):
        return
    entries[index], entries[other] = entries[other], entries[index]
    for position, item in enumerate(entries):
        if item.position != position:
            item.position = position
            item.save(update_fields=["position"])


@transaction.atomic
def save_debrief(debrief: RoundDebrief) -> None:
    refresh_debrief(debrief)
    debrief.save()
    after_change(debrief.opportunity)
