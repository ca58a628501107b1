"""One attempt's report as the pages show it: metrics, marks, improvements, the comparison."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from roundtwo.engines.rehearsal import (
    Change,
    Improvement,
    Metric,
    Stretch,
    Token,
    compare,
    improvements,
    marked_transcript,
    metrics,
    pace_over_time,
    tally,
)
from roundtwo.engines.rehearsal.compare import score_change
from roundtwo.reflect.models import NON_STORY_FEEDBACK
from roundtwo.rehearse.models import RUBRIC, Attempt


@dataclass(frozen=True)
class Content:
    """The answer engine's analysis, shaped like a logged round-one answer for its template."""

    analysis: dict[str, Any]
    answer: str

    @property
    def judged(self) -> bool:
        return bool(self.analysis) and not self.analysis.get("refusal")

    @property
    def star_applies(self) -> bool:
        return self.judged and self.analysis.get("question_kind") == "behavioral"

    @property
    def feedback(self) -> list[dict[str, str]]:
        items: list[dict[str, str]] = self.analysis.get("feedback") or []
        if self.star_applies:
            return items
        return [item for item in items if item["kind"] in NON_STORY_FEEDBACK]


@dataclass
class AttemptReport:
    attempt: Attempt
    metrics: list[Metric] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    fillers: list[tuple[str, int]] = field(default_factory=list)
    crutch_words: list[tuple[str, int]] = field(default_factory=list)
    pace: list[Stretch] = field(default_factory=list)
    improvements: list[Improvement] = field(default_factory=list)
    content: Content | None = None
    follow_up: dict[str, str] | None = None
    previous: Attempt | None = None
    changes: list[Change] = field(default_factory=list)
    score_direction: str | None = None
    review_rows: list[tuple[str, str, list[int]]] = field(default_factory=list)


def build_report(attempt: Attempt) -> AttemptReport:
    result = AttemptReport(attempt)
    report = attempt.report or {}
    if not report:
        return result
    target = attempt.question.target_seconds
    result.metrics = metrics(report, target)
    result.tokens = marked_transcript(report)
    result.fillers = tally(report.get("fillers", []))
    result.crutch_words = tally(report.get("crutch_words", []))
    result.pace = pace_over_time(report)
    fitting: dict[str, Any] | None = None
    if report.get("content"):
        analysis = {**report["content"], "question_kind": content_kind(attempt)}
        result.content = Content(analysis, report.get("transcript", ""))
        followups = analysis.get("followups") or []
        result.follow_up = followups[0] if followups and result.content.judged else None
        # story advice (set the scene, the result) only where the question asks for a story
        fitting = {**analysis, "feedback": result.content.feedback}
    result.improvements = improvements({**report, "content": fitting}, result.metrics)
    result.previous = previous_attempt(attempt)
    if result.previous is not None and result.previous.report:
        before = metrics(result.previous.report, result.previous.question.target_seconds)
        result.changes = compare(before, result.metrics)
        result.score_direction = score_change(result.previous.content_score, attempt.content_score)
    result.review_rows = review_rows(attempt)
    return result


def content_kind(attempt: Attempt) -> str:
    return "behavioral" if attempt.question.behavioral else "other"


def previous_attempt(attempt: Attempt) -> Attempt | None:
    """The last finished attempt at the same question before this one, in any session."""
    return (
        Attempt.objects.filter(
            question_key=attempt.question_key,
            question__session__opportunity_id=attempt.question.session.opportunity_id,
            status=Attempt.Status.DONE,
            created_at__lt=attempt.created_at,
        )
        .select_related("question")
        .order_by("-created_at", "-id")
        .first()
    )


def review_rows(attempt: Attempt) -> list[tuple[str, str, list[int]]]:
    """Per rubric point: its label, its meaning, and every reviewer's rating."""
    reviews = list(attempt.reviews.all())
    if not reviews:
        return []
    return [
        (label, hint, [int(r.ratings[key]) for r in reviews if r.ratings.get(key)])
        for key, label, hint in RUBRIC
    ]
