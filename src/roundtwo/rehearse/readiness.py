"""The rehearse area's part of readiness: answers rehearsed out loud, retried, reviewed."""

from __future__ import annotations

from roundtwo.engines.readiness import Signal
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt

SPOKEN_TARGET = 5


def rehearse_signals(opportunity: Opportunity) -> list[Signal]:
    done = [
        a
        for s in opportunity.rehearsal_sessions.all()
        for q in s.questions.all()
        for a in q.attempts.all()
        if a.status == Attempt.Status.DONE
    ]
    spoken = {a.question_key for a in done if a.wpm is not None}
    counts: dict[str, int] = {}
    for a in done:
        counts[a.question_key] = counts.get(a.question_key, 0) + 1
    retried = {k for k, n in counts.items() if n > 1}
    return [
        Signal(
            f"Questions answered out loud: {len(spoken)} ({SPOKEN_TARGET} or more counts as done)",
            min(len(spoken), SPOKEN_TARGET) / SPOKEN_TARGET,
            weight=2.0,
        ),
        Signal(f"Questions tried again after feedback: {len(retried)}", float(bool(retried))),
        Signal(
            "An attempt reviewed by a person",
            float(any(a.reviews.all() for a in done)),
            weight=0.5,
        ),
    ]
