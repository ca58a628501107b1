"""Progress over time: per measure, per question and per session, and the best attempts."""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import mean

from roundtwo.rehearse.models import Attempt

# (field, label, unit, lower is better, good band)
SERIES = (
    ("content_score", "Content score", "of 100", False, (60.0, 100.0)),
    ("wpm", "Pace", "words per minute", None, (120.0, 160.0)),
    ("fillers_per_min", "Filler words", "per minute", True, (0.0, 3.0)),
    ("long_pauses", "Long pauses", "per answer", True, (0.0, 2.0)),
    ("speaking_time_s", "Speaking time", "seconds", None, (72.0, 156.0)),
)


@dataclass(frozen=True)
class Point:
    label: str  # when, for the chart's axis and table
    value: float
    attempt_id: int


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    unit: str
    lower_is_better: bool | None
    good: tuple[float, float]
    points: tuple[Point, ...]

    @property
    def first(self) -> float | None:
        return self.points[0].value if self.points else None

    @property
    def latest(self) -> float | None:
        return self.points[-1].value if self.points else None


@dataclass
class QuestionProgress:
    text: str
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def scored(self) -> list[Attempt]:
        return [a for a in self.attempts if a.content_score is not None]

    @property
    def best(self) -> Attempt | None:
        return max(self.scored, key=lambda a: a.content_score or 0, default=None)

    @property
    def first_score(self) -> int | None:
        return self.scored[0].content_score if self.scored else None

    @property
    def latest_score(self) -> int | None:
        return self.scored[-1].content_score if self.scored else None


@dataclass(frozen=True)
class Summary:
    finished: int
    spoken: int
    questions: int
    series: tuple[Series, ...]
    per_question: tuple[QuestionProgress, ...]
    best: tuple[Attempt, ...]


def summary(attempts: list[Attempt]) -> Summary:
    done = [a for a in attempts if a.status == Attempt.Status.DONE]
    per_question: dict[str, QuestionProgress] = {}
    for a in done:
        per_question.setdefault(a.question_key, QuestionProgress(a.question.text)).attempts.append(
            a
        )
    scored = sorted(
        (a for a in done if a.content_score is not None), key=lambda a: -(a.content_score or 0)
    )
    return Summary(
        finished=len(done),
        spoken=sum(1 for a in done if a.wpm is not None),
        questions=len(per_question),
        series=tuple(series(done, *spec) for spec in SERIES),
        per_question=tuple(per_question.values()),
        best=tuple(scored[:5]),
    )


def series(
    attempts: list[Attempt],
    key: str,
    label: str,
    unit: str,
    lower_is_better: bool | None,
    good: tuple[float, float],
) -> Series:
    points = tuple(
        Point(a.created_at.strftime("%d %b %H:%M"), float(value), a.pk)
        for a in attempts
        if (value := getattr(a, key)) is not None
    )
    return Series(key, label, unit, lower_is_better, good, points)


@dataclass(frozen=True)
class SessionProgress:
    title: str
    session_id: int
    answered: int
    questions: int
    mean_score: float | None
    mean_fillers: float | None


def per_session(attempts: list[Attempt]) -> list[SessionProgress]:
    by_session: dict[int, list[Attempt]] = {}
    for a in attempts:
        by_session.setdefault(a.question.session_id, []).append(a)
    rows = []
    for session_id, group in by_session.items():
        session = group[0].question.session
        done = [a for a in group if a.status == Attempt.Status.DONE]
        scores = [a.content_score for a in done if a.content_score is not None]
        fillers = [a.fillers_per_min for a in done if a.fillers_per_min is not None]
        rows.append(
            SessionProgress(
                session.title,
                session_id,
                len({a.question_id for a in done}),
                session.questions.count(),
                round(mean(scores), 1) if scores else None,
                round(mean(fillers), 1) if fillers else None,
            )
        )
    return rows
