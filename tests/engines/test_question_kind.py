"""Only a behavioral question asks for a story; the STAR score is held back for the rest."""

from __future__ import annotations

import pytest

from roundtwo.engines.question_kind import question_kind


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about a time you disagreed with your manager.",
        "Describe a situation where you had to deliver bad news.",
        "Give me an example of leading without authority.",
        "Tell me about a data pipeline you owned end to end.",
        "How did you handle a difficult stakeholder?",
        "Have you ever had to fire someone?",
        "Walk me through a project you are proud of.",
    ],
)
def test_questions_that_ask_for_a_story_are_behavioral(question: str) -> None:
    assert question_kind(question) == "behavioral"


@pytest.mark.parametrize(
    "question",
    ["What is your notice period?", "What are your salary expectations?", "Would you relocate?"],
)
def test_questions_that_ask_for_a_fact_are_factual(question: str) -> None:
    assert question_kind(question) == "factual"


@pytest.mark.parametrize(
    "question",
    [
        "Why do you want to work here?",
        "How would you design a rate limiter?",
        "Tell me about yourself.",
    ],
)
def test_questions_about_views_and_reasoning_are_other(question: str) -> None:
    assert question_kind(question) == "other"
