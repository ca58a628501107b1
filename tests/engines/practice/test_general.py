"""Nothing recognisable gives a sensible general set that says so; odd input never raises."""

from __future__ import annotations

import time
from typing import Any, cast

import pytest

from roundtwo.engines.practice import (
    KINDS,
    RoleProfile,
    WeakSpot,
    is_general,
    profile_from_posting,
    suggest_questions,
    technical_prep,
)

from . import postings


@pytest.mark.parametrize("content", [postings.NOTHING, postings.GERMAN, "", "   \n\t"])
def test_an_unrecognisable_posting_gives_a_general_set(content: str) -> None:
    profile = profile_from_posting(content)
    assert is_general(profile)
    assert profile.is_general
    suggestions = suggest_questions(profile)
    assert len(suggestions) == 20
    assert all("general" in s.why for s in suggestions)


def test_the_general_set_mixes_common_competencies_and_second_round_questions() -> None:
    suggestions = suggest_questions(RoleProfile())
    kinds = {s.kind for s in suggestions}
    assert "behavioral" in kinds
    assert kinds & {"culture", "motivation"}
    assert "technical" not in kinds
    assert len({s.competencies[0] for s in suggestions[:10]}) >= 6


def test_a_recognised_posting_is_not_general(data_profile: RoleProfile) -> None:
    assert not is_general(data_profile)


def test_personal_items_keep_their_own_why_in_a_general_set() -> None:
    profile = RoleProfile(weak_spots=(WeakSpot("Tell me about yourself.", "too long"),))
    first = suggest_questions(profile)[0]
    assert first.why == "You struggled with this in round one: too long"


def test_a_hundred_page_paste_is_capped_and_fast() -> None:
    text = (postings.DATA_ANALYST + "\n") * 400  # about 100 pages
    start = time.perf_counter()
    profile = profile_from_posting(text)
    suggestions = suggest_questions(profile)
    assert time.perf_counter() - start < 10
    assert len(profile.text) <= 20_000
    assert "data_analytics" in {a for s in suggestions for a in s.skills}


def test_html_postings_are_read() -> None:
    html = (
        "<html><body><h1>Staff Nurse</h1><ul>"
        + "".join(f"<li>{line.strip('- ')}</li>" for line in postings.NURSE.splitlines()[3:8])
        + "</ul></body></html>"
    )
    profile = profile_from_posting(html, content_type="text/html")
    assert not is_general(profile)


@pytest.mark.parametrize(
    "fields",
    [
        {"title": None, "competencies": None, "skills": None, "values": None},
        {"competencies": ["not_a_competency", 7, None], "skills": "SQL"},
        {"interviewer_kinds": ("the ceo", "executive"), "text": 42},
        {"weak_spots": ("not a weak spot", WeakSpot("", "x"), WeakSpot("Q?", cast(str, None)))},
        {"followups": ("", "   "), "asked_in_round_one": None, "title": "   "},
        {"text": "\x00\ufeff<<<>>>" * 100, "title": "\u202e" * 30},
    ],
)
def test_bad_input_never_raises(fields: dict[str, Any]) -> None:
    profile = RoleProfile(**cast(Any, fields))
    suggestions = suggest_questions(profile)
    assert suggestions
    assert all(s.kind in KINDS for s in suggestions)
    technical_prep(profile)


@pytest.mark.parametrize("limit", [-5, 1000, cast(int, "7"), cast(int, None)])
def test_an_odd_limit_is_clamped(limit: int) -> None:
    assert 0 <= len(suggest_questions(RoleProfile(), limit=limit)) <= 60


def test_profile_from_posting_reads_title_skills_and_competencies(
    data_profile: RoleProfile,
) -> None:
    assert data_profile.title == "Data Analyst"
    assert "SQL" in data_profile.skills
    assert data_profile.competencies
    assert "Power BI dashboards" in data_profile.text


def test_a_stored_html_page_passed_as_text_is_read_as_text() -> None:
    page = (
        "<html><head><style>.nurse { color: red }</style><script>var sql = 1;</script></head>"
        "<body><h1>Staff Nurse</h1><p>Care for patients on a busy ward &amp; escalate a "
        "deteriorating patient.</p></body></html>"
    )
    profile = RoleProfile(title="Staff Nurse", text=page)
    areas = {a for s in suggest_questions(profile) for a in s.skills}
    assert "healthcare" in areas
    assert "software_engineering" not in areas
