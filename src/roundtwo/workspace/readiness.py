"""Readiness of one opportunity, computed from its data: what is entered, seen and done."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from roundtwo.documents.readiness import documents_signals
from roundtwo.engines.readiness import (
    AreaReadiness,
    Signal,
    fraction_signal,
    overall_score,
    score_area,
)
from roundtwo.opportunities.models import Format, Interviewer, Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.plan.services import panel_people
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.readiness import rehearse_signals
from roundtwo.research.models import Item, Source
from roundtwo.workspace.areas import AREAS
from roundtwo.workspace.owner_facts import owner_facts


@dataclass(frozen=True)
class Readiness:
    areas: tuple[AreaReadiness, ...]
    overall: int | None

    def for_area(self, key: str) -> AreaReadiness:
        return next(area for area in self.areas if area.key == key)


def with_readiness_data(opportunities: QuerySet[Opportunity]) -> QuerySet[Opportunity]:
    """Fetch, once per list, every relation that readiness reads for each opportunity.

    Long texts and reports are left out (readiness counts rows and reads a few flags): a
    rehearsal report or a pasted page would otherwise be read and decoded for a count.
    """
    attempts = Attempt.objects.defer("report", "progress", "typed_text").prefetch_related("reviews")
    return opportunities.prefetch_related(
        "plan_tasks",
        "area_visits",
        Prefetch(
            "logged_questions",
            LoggedQuestion.objects.only("id", "opportunity_id", "analysis", "position"),
        ),
        Prefetch("sources", Source.objects.only("id", "opportunity_id", "kind", "status")),
        Prefetch("research_items", Item.objects.only("id", "opportunity_id", "section")),
        Prefetch("practice_questions", PracticeQuestion.objects.only("id", "opportunity_id")),
        "ask_questions",
        Prefetch("rehearsal_sessions__questions__attempts", attempts),
        "round_one_debrief",
        "checklist_items",
        "reference_briefs",
        "day_pack",
        "followup_debriefs",
        "followup_emails",
        Prefetch("interviewers", queryset=Interviewer.objects.prefetch_related("rounds")),
    )


def plan_signal(tasks: Sequence[PlanTask], area: str) -> Signal | None:
    in_area = [task for task in tasks if task.area == area]
    done = sum(1 for task in in_area if task.is_done)
    return fraction_signal("{done} of {total} plan tasks done", done, len(in_area), weight=2.0)


def understand_signals(opportunity: Opportunity) -> list[Signal]:
    place_known = (
        bool(
            opportunity.meeting_link if opportunity.format == Format.VIDEO else opportunity.location
        )
        or opportunity.format == Format.PHONE
    )
    seen = {visit.area for visit in opportunity.area_visits.all()}
    return [
        Signal("Interview date entered", float(opportunity.interview_date is not None)),
        Signal("Start time entered", float(opportunity.interview_time is not None)),
        Signal("Place or meeting link entered", float(place_known)),
        Signal("Round-two interviewers added", float(bool(opportunity.interviewers_in_round(2)))),
        Signal("Guide to the second round read", float("understand" in seen)),
    ]


def interviewer_signals(opportunity: Opportunity) -> list[Signal]:
    people = list(opportunity.interviewers.all())
    if not people:
        return [Signal("At least one interviewer added", 0.0)]
    signals = [Signal("At least one interviewer added", 1.0)]
    for label, count in (
        ("{done} of {total} with a job title", sum(1 for p in people if p.title)),
        ("{done} of {total} with notes on who they are", sum(1 for p in people if p.notes)),
    ):
        signal = fraction_signal(label, count, len(people))
        if signal:
            signals.append(signal)
    return signals


def reflect_signals(opportunity: Opportunity) -> list[Signal]:
    entries = list(opportunity.logged_questions.all())
    debrief = getattr(opportunity, "round_one_debrief", None)
    logged = len(entries)
    signals = [
        Signal(
            f"Round-one questions logged: {logged} (3 or more counts as done)", min(logged, 3) / 3
        ),
        Signal("Round one debriefed", float(debrief is not None and not debrief.is_empty)),
    ]
    judged = fraction_signal(
        "{done} of {total} answers written out fully enough to analyse",
        sum(1 for entry in entries if entry.judged),
        logged,
    )
    if judged:
        signals.append(judged)
    return signals


def research_signals(opportunity: Opportunity) -> list[Signal]:
    ready = [s for s in opportunity.sources.all() if s.status == "ready"]
    sections = {item.section for item in opportunity.research_items.all()}
    return [
        Signal("Job posting read", float(any(s.kind == "job" for s in ready))),
        Signal("Company pages read", float(any(s.kind != "job" for s in ready))),
        Signal("The role's requirements known", float(bool(sections & {"must", "nice"}))),
        Signal("Mission or values known", float(bool(sections & {"mission", "value"}))),
        Signal("Resume imported as evidence", float(owner_facts(opportunity).has_evidence)),
    ]


def fit_signals(opportunity: Opportunity) -> list[Signal]:
    values = sum(1 for item in opportunity.research_items.all() if item.section == "value")
    return [
        Signal(f"Company values known: {values}", float(values > 0)),
        Signal("Evidence to match them", float(owner_facts(opportunity).has_evidence)),
    ]


def questions_signals(opportunity: Opportunity) -> list[Signal]:
    stories = owner_facts(opportunity).stories
    return [
        Signal(
            f"Stories in your library: {stories} (3 or more counts as done)", min(stories, 3) / 3
        ),
        Signal("Practice set built", float(bool(opportunity.practice_questions.all()))),
    ]


def ask_signals(opportunity: Opportunity) -> list[Signal]:
    people = panel_people(opportunity)
    planned = {q.interviewer_id for q in opportunity.ask_questions.all() if q.round_number == 2}
    if not people:
        count = sum(1 for q in opportunity.ask_questions.all() if q.round_number == 2)
        return [
            Signal(
                f"Questions to ask planned: {count} (3 or more counts as done)", min(count, 3) / 3
            )
        ]
    signal = fraction_signal(
        "{done} of {total} interviewers with questions planned for them",
        sum(1 for p in people if p.pk in planned),
        len(people),
    )
    return [signal] if signal else []


def followup_signals(opportunity: Opportunity) -> list[Signal]:
    """Counted from the interview day on, or as soon as a debrief is written."""
    people = panel_people(opportunity)
    debriefs = [d for d in opportunity.followup_debriefs.all() if not d.is_empty]
    days = opportunity.days_left()
    if not people or (not debriefs and (days is None or days > 0)):
        return []
    sent = {
        e.interviewer_id
        for e in opportunity.followup_emails.all()
        if e.kind == "thank_you" and e.status == "sent"
    }
    debriefed = {d.interviewer_id for d in debriefs}
    signals = [
        fraction_signal(
            "{done} of {total} interviewers debriefed",
            sum(1 for p in people if p.pk in debriefed),
            len(people),
        ),
        fraction_signal(
            "{done} of {total} thank-you notes sent",
            sum(1 for p in people if p.pk in sent),
            len(people),
        ),
    ]
    return [signal for signal in signals if signal]


AREA_SIGNALS: dict[str, Callable[[Opportunity], list[Signal]]] = {
    "understand": understand_signals,
    "interviewers": interviewer_signals,
    "reflect": reflect_signals,
    "research": research_signals,
    "fit": fit_signals,
    "questions": questions_signals,
    "ask": ask_signals,
    "rehearse": rehearse_signals,
    "documents": documents_signals,
    "followup": followup_signals,
}


def readiness(opportunity: Opportunity) -> Readiness:
    """Each area from its own signals plus its plan tasks; areas with nothing to count stay None."""
    own = {}
    for area in AREAS:
        gather = AREA_SIGNALS.get(area.key)
        own[area.key] = gather(opportunity) if gather else []
    return with_plan(own, list(opportunity.plan_tasks.all()))


def with_plan(own: Mapping[str, Sequence[Signal]], tasks: Sequence[PlanTask]) -> Readiness:
    """Readiness from each area's own signals, with its plan-task signal put last."""
    areas = []
    for area in AREAS:
        signals = list(own.get(area.key, ()))
        if task_signal := plan_signal(tasks, area.key):
            signals.append(task_signal)
        areas.append(score_area(area.key, signals))
    return Readiness(tuple(areas), overall_score(areas))


def replan(kept: Readiness, tasks: Sequence[PlanTask]) -> Readiness:
    """Kept readiness with new done states of the same plan tasks (none added, moved or removed).

    Each area's plan signal is its last one (with_plan) and is there when the area has tasks,
    which ticking one off does not change: so the area's own signals are all the others.
    """
    own = {
        area.key: area.signals[:-1] if plan_signal(tasks, area.key) else area.signals
        for area in kept.areas
    }
    return with_plan(own, tasks)
