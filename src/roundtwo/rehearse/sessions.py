"""Starting a rehearsal: which questions, in which order, asked by whom."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.db import transaction

from roundtwo.engines.question_kind import question_kind
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.rehearse.models import RehearsalSession, SessionQuestion
from roundtwo.workspace.revision import touch

MOCK_SIZE = 5
PER_INTERVIEWER = 2
REDO_WEAK = 3


class NothingToRehearse(Exception):
    """The chosen kind of session has no questions yet; the message says what to do first."""


@dataclass(frozen=True)
class Planned:
    text: str
    why: str = ""
    interviewer: Interviewer | None = None


def question_key(text: str) -> str:
    """The same question asked in two sessions shares a key, so attempts compare across them."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())[:200]


@transaction.atomic
def start_session(
    opportunity: Opportunity,
    kind: str,
    *,
    question: str = "",
    read_aloud: bool = False,
    size: int = MOCK_SIZE,
) -> RehearsalSession:
    planned = plan_questions(opportunity, kind, question=question, size=size)
    if not planned:
        raise NothingToRehearse(EMPTY[kind])
    session = RehearsalSession.objects.create(
        opportunity=opportunity,
        kind=kind,
        title=session_title(kind, planned),
        read_aloud=read_aloud,
    )
    SessionQuestion.objects.bulk_create(
        SessionQuestion(
            session=session,
            text=p.text[:2000],
            why=p.why[:500],
            behavioral=question_kind(p.text) == "behavioral",
            interviewer=p.interviewer,
            position=i,
        )
        for i, p in enumerate(planned)
    )
    touch(opportunity.owner_id)
    return session


EMPTY = {
    "drill": "Type a question, or pick one from your practice set.",
    "mock": "Build your practice set in the questions area first, or run a drill.",
    "redo": "Log round one's questions and answers first (Reflect on round one).",
    "panel": "Add the round-two interviewers first (Several interviewers).",
}


def plan_questions(
    opportunity: Opportunity, kind: str, *, question: str, size: int
) -> list[Planned]:
    if kind == RehearsalSession.Kind.DRILL:
        text = question.strip()
        return [Planned(text, "The question you chose.")] if text else []
    if kind == RehearsalSession.Kind.MOCK:
        return mock_questions(opportunity, size)
    if kind == RehearsalSession.Kind.REDO:
        return redo_questions(opportunity)
    if kind == RehearsalSession.Kind.PANEL:
        return panel_questions(opportunity)
    raise NothingToRehearse("Choose a kind of session.")


def mock_questions(opportunity: Opportunity, size: int) -> list[Planned]:
    """The tailored set in its order; without one, the practice engine's set for the role now."""
    stored = list(opportunity.practice_questions.all()[:size])
    if stored:
        return [Planned(q.question, q.why) for q in stored]
    from roundtwo.engines.practice import suggest_questions
    from roundtwo.practice.profile import profile_for

    return [
        Planned(s.question, s.why) for s in suggest_questions(profile_for(opportunity), limit=size)
    ]


def redo_questions(opportunity: Opportunity) -> list[Planned]:
    """Round one's weakest answers again, each followed by what an interviewer would ask next."""
    from roundtwo.reflect.services import reflection_for

    reflection = reflection_for(opportunity)
    planned: list[Planned] = []
    followups = {f.entry.pk: f.items for f in reflection.followups}
    for weak in reflection.weakest[:REDO_WEAK]:
        reason = weak.reasons[0]["message"] if weak.reasons else "You rated this answer low."
        planned.append(Planned(weak.entry.question, f"Weak in round one: {reason}"))
        for item in followups.get(weak.entry.pk, ())[:1]:
            planned.append(Planned(item["question"], f"A likely follow-up: {item['reason']}"))
    if planned:
        return planned
    # No weak answer: redo the predicted follow-ups, the part round two digs into.
    for group in reflection.followups[:REDO_WEAK]:
        for item in group.items[:1]:
            planned.append(Planned(item["question"], f"A likely follow-up: {item['reason']}"))
    return planned


def panel_questions(opportunity: Opportunity) -> list[Planned]:
    """Each interviewer asks in turn, the way a panel takes turns."""
    people = {str(p.pk): p for p in panel_people(opportunity)}
    if not people:
        return []
    from roundtwo.panel.services import panel_plan

    plan = panel_plan(opportunity)
    queues = [
        (people[m.member.id], list(m.likely_questions[:PER_INTERVIEWER])) for m in plan.members
    ]
    planned: list[Planned] = []
    for turn in range(PER_INTERVIEWER):
        for person, questions in queues:
            if turn < len(questions):
                planned.append(Planned(questions[turn].question, questions[turn].why, person))
    return planned


def session_title(kind: str, planned: list[Planned]) -> str:
    label = RehearsalSession.Kind(kind).label
    if kind == RehearsalSession.Kind.DRILL:
        return f"{label}: {planned[0].text[:120]}"
    return f"{label}: {len(planned)} questions"


def add_follow_up(parent: SessionQuestion, text: str, why: str) -> SessionQuestion:
    """The follow-up an interviewer would ask next, to answer right away in the same session."""
    existing = parent.follow_ups.filter(text=text[:2000]).first()
    if existing:
        return existing
    later = parent.session.questions.filter(position__gt=parent.position)
    for q in later:  # make room right after the parent
        q.position += 1
        q.save(update_fields=["position"])
    return SessionQuestion.objects.create(
        session=parent.session,
        text=text[:2000],
        why=why[:500],
        behavioral=question_kind(text) == "behavioral",
        interviewer=parent.interviewer,
        follow_up_of=parent,
        position=parent.position + 1,
    )
