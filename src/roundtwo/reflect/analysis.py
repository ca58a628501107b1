"""Run the answer engine over round-one entries and keep what it found with each entry."""

from __future__ import annotations

import hashlib
from typing import Any

from roundtwo.engines.answers import analyze_answer, extract_facts, extract_hints
from roundtwo.engines.question_kind import question_kind
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief

# Bump when the engine's output changes shape, so stored analyses are recomputed on next save.
ANALYSIS_VERSION = "2"


def text_hash(*parts: str) -> str:
    joined = "\x1f".join((ANALYSIS_VERSION, *parts))
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def analysis_dict(question: str, answer: str) -> dict[str, Any]:
    """The engine's JSON result plus the part statuses (present, weak, missing) the page shows."""
    result = analyze_answer(question, answer)
    data = result.as_dict()
    data["parts"] = dict(result.parts)
    data["question_kind"] = question_kind(question)
    return data


def refresh(entry: LoggedQuestion) -> bool:
    """Recompute the entry's analysis, facts and hints when its text changed. True if it did."""
    digest = text_hash(entry.remarks, entry.question, entry.answer, entry.reaction, entry.hints)
    if digest == entry.analysed_text_hash:
        return False
    entry.analysis = analysis_dict(entry.question, entry.answer) if entry.answer.strip() else None
    entry.facts = [fact.as_dict() for fact in extract_facts(entry.answer)]
    entry.found_hints = [
        {**hint.as_dict(), "source": source}
        for source, text in (
            ("remarks", entry.remarks),
            ("question", entry.question),
            ("answer", entry.answer),
            ("reaction", entry.reaction),
            ("hints", entry.hints),
        )
        for hint in extract_hints(text)
    ]
    entry.analysed_text_hash = digest
    return True


def refresh_debrief(debrief: RoundDebrief) -> None:
    debrief.found_hints = [
        {**hint.as_dict(), "source": source}
        for source, text in (
            ("went_well", debrief.went_well),
            ("went_badly", debrief.went_badly),
            ("next_steps", debrief.next_steps),
        )
        for hint in extract_hints(text)
    ]
