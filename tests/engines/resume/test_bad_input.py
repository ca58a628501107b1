"""What the parser refuses, and the messages the candidate sees."""

from __future__ import annotations

import json

import pytest

from roundtwo.engines.resume import ResumeError, parse_json_resume, parse_resume_text

NOTHING = "We could not find any experience or achievements in this resume."


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "Jane Okafor\njane@example.com\n+44 7700 900123", "%%%% 1234 ////"],
)
def test_text_with_nothing_useful_is_refused_with_the_plain_message(text: str) -> None:
    with pytest.raises(ResumeError) as caught:
        parse_resume_text(text)
    assert str(caught.value) == NOTHING
    assert isinstance(caught.value, ValueError)


def test_a_resume_with_only_skills_is_still_read() -> None:
    resume = parse_resume_text("Jane Okafor\n\nSkills\nPython, SQL, Kafka")
    assert resume.skills == ("Python", "SQL", "Kafka")
    assert resume.experiences == ()


def test_prose_without_any_structure_becomes_other_bullets() -> None:
    text = "I ran the school library for three years. I set up a reading club for 30 pupils."
    assert parse_resume_text(text).other_bullets == (
        "I ran the school library for three years.",
        "I set up a reading club for 30 pupils.",
    )


def test_text_far_too_long_for_a_resume_is_refused() -> None:
    with pytest.raises(ResumeError, match="too long"):
        parse_resume_text("Built a thing. " * 20_000)


def test_windows_line_endings_and_pdf_ligatures_are_handled() -> None:
    text = (
        "Data Engineer, Portline Ltd, 2019 - 2021\r\n\u2022 Built data \ufb01lters for ﬁnance\r\n"
    )
    resume = parse_resume_text(text)
    assert resume.experiences[0].bullets == ("Built data filters for finance",)


@pytest.mark.parametrize("data", ["{", "not json", '{"a": [1, 2'])
def test_invalid_json_is_refused(data: str) -> None:
    with pytest.raises(ResumeError, match="not valid JSON"):
        parse_json_resume(data)


@pytest.mark.parametrize("data", ["[]", '"text"', "42", '{"name": "Jane", "jobs": []}'])
def test_json_that_is_not_a_json_resume_is_refused(data: str) -> None:
    with pytest.raises(ResumeError, match="not a JSON Resume"):
        parse_json_resume(data)


def test_a_json_resume_with_nothing_in_it_is_refused_as_empty() -> None:
    with pytest.raises(ResumeError) as caught:
        parse_json_resume(json.dumps({"basics": {"name": "Jane"}, "work": []}))
    assert str(caught.value) == NOTHING
