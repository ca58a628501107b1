"""Rehearsals in the export document: sessions, questions, attempts' reports and reviews.

Recordings are not exported: they are large, and they are the user's face and voice; the
reports made from them (transcript, measures, content feedback) are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt, RehearsalSession, Review, SessionQuestion

NOT_EXPORTED = (
    "media_path",
    "media_type",
    "progress",
    "advance_queued",
    "review_token",
    "review_expires_at",
)


# backup.sections lists this module's functions, so its helpers are imported when called


def dump_rehearsals(opportunity: Opportunity) -> list[dict[str, Any]]:
    return [dump_session(s) for s in opportunity.rehearsal_sessions.order_by("created_at", "id")]


def dump_session(session: RehearsalSession) -> dict[str, Any]:
    from roundtwo.backup.sections import dump_fields

    questions = list(session.questions.select_related("interviewer"))
    index: dict[int | None, int] = {q.pk: i for i, q in enumerate(questions)}
    return {
        **dump_fields(session),
        "questions": [
            {
                **dump_fields(q),
                "interviewer": q.interviewer.name if q.interviewer else None,
                "follow_up_of": index.get(q.follow_up_of_id),
                "attempts": [dump_attempt(a) for a in q.attempts.all()],
            }
            for q in questions
        ],
    }


def dump_attempt(attempt: Attempt) -> dict[str, Any]:
    from roundtwo.backup.sections import dump_fields

    row = {k: v for k, v in dump_fields(attempt).items() if k not in NOT_EXPORTED}
    row["reviews"] = [dump_fields(r) for r in attempt.reviews.all()]
    return row


def load_rehearsals(opportunity: Opportunity, rows: Iterable[dict[str, Any]]) -> None:
    from roundtwo.backup.sections import build

    people = {p.name: p for p in opportunity.interviewers.all()}
    for row in rows:
        session = build(RehearsalSession, row, opportunity=opportunity)
        session.save()
        made: list[SessionQuestion] = []
        for q_row in row.get("questions", []):
            parent = q_row.get("follow_up_of")
            question = build(
                SessionQuestion,
                q_row,
                session=session,
                interviewer=people.get(q_row.get("interviewer") or ""),
                follow_up_of=made[parent]
                if isinstance(parent, int) and parent < len(made)
                else None,
            )
            question.save()
            made.append(question)
            for a_row in q_row.get("attempts", []):
                attempt = build(Attempt, a_row, question=question)
                attempt.save()
                for r_row in a_row.get("reviews", []):
                    build(Review, r_row, attempt=attempt).save()
