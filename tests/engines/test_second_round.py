"""The "Understand the second round" guide, tailored to the opportunity."""

from __future__ import annotations

import pytest

from roundtwo.engines.interviewers import InterviewerRef, Kind
from roundtwo.engines.second_round import Guide, build_guide

# The words the guide uses for each kind; each must appear only when that kind is on the panel.
LABELS: dict[Kind, str] = {
    "peer": "future colleague",
    "hiring_manager": "hiring manager",
    "department_head": "department head",
    "executive": "senior executive",
    "hr": "HR or recruiting",
    "other": "more person",
}


def guide_for(*people: InterviewerRef, fmt: str = "video", days_left: int | None = 5) -> Guide:
    return build_guide(
        company="Acme",
        role_title="Data Analyst",
        interviewers=people,
        format=fmt,
        days_left=days_left,
    )


def text(guide: Guide) -> str:
    return " ".join(guide.for_you)


def test_the_guide_explains_what_a_second_round_assesses() -> None:
    headings = " ".join(s.heading for s in guide_for().what_it_assesses).lower()
    for topic in ("qualifications", "perform", "technical", "cultural fit", "interpersonal"):
        assert topic in headings
    assert "senior" in headings
    assert all(len(s.points) >= 3 for s in guide_for().what_it_assesses)


def test_the_guide_names_the_company_and_role() -> None:
    assert "the Data Analyst role at Acme" in guide_for().for_you[0]


def test_a_blank_company_and_role_still_read_well() -> None:
    guide = build_guide(company=" ", role_title="", interviewers=(), format="", days_left=None)
    assert "For this role," in guide.for_you[0]


@pytest.mark.parametrize("kind", list(LABELS))
def test_the_guide_mentions_each_kind_present_and_not_the_absent_ones(kind: Kind) -> None:
    guide = guide_for(InterviewerRef(name="Pat Doe", kind=kind))
    assert LABELS[kind] in text(guide)
    assert "Pat Doe" in text(guide)
    for other, label in LABELS.items():
        if other != kind:
            assert label not in text(guide)


def test_a_department_head_and_an_executive_each_get_their_own_sentence() -> None:
    guide = guide_for(
        InterviewerRef(name="Sam Ortiz", kind="department_head"),
        InterviewerRef(name="Ana Ruiz", kind="executive"),
    )
    assert "You will meet a department head (Sam Ortiz): expect" in text(guide)
    assert "You will meet a senior executive (Ana Ruiz): expect" in text(guide)


def test_several_people_of_one_kind_are_grouped_in_one_sentence() -> None:
    guide = guide_for(
        InterviewerRef(name="Bo Chen", kind="peer"),
        InterviewerRef(name="Cy Park", kind="peer"),
    )
    peers = [line for line in guide.for_you if "future colleagues" in line]
    assert len(peers) == 1
    assert "two future colleagues (Bo Chen and Cy Park)" in peers[0]


def test_a_big_panel_gets_a_word_on_consistency() -> None:
    panel = [InterviewerRef(name=n, kind="peer") for n in ("Ann", "Bo", "Cy")]
    assert "three people" in text(guide_for(*panel))
    assert "people in this round" not in text(guide_for(*panel[:2]))


def test_with_no_interviewers_yet_the_guide_says_so_and_suggests_adding_them() -> None:
    guide = guide_for()
    assert "not added your round-two interviewers" in text(guide)
    assert "Your interviewers" in text(guide)
    assert not any(label in text(guide) for label in LABELS.values())


@pytest.mark.parametrize(
    ("fmt", "phrase"),
    [("video", "by video"), ("onsite", "on-site"), ("phone", "by phone"), ("", "Add the")],
)
def test_the_format_gets_its_own_advice(fmt: str, phrase: str) -> None:
    assert phrase in text(guide_for(fmt=fmt))


@pytest.mark.parametrize(
    ("days_left", "phrase"),
    [
        (None, "not set the interview date"),
        (-2, "has passed"),
        (0, "is today"),
        (1, "is tomorrow"),
        (3, "in 3 days"),
        (9, "in 9 days"),
        (30, "in 30 days"),
    ],
)
def test_the_time_left_shapes_the_advice(days_left: int | None, phrase: str) -> None:
    assert phrase in text(guide_for(days_left=days_left))


def test_how_to_prepare_walks_through_the_workspace_areas() -> None:
    headings = [s.heading for s in guide_for().how_to_prepare]
    for area in ("Reflect on round one", "Questions to ask", "Rehearse", "Follow up"):
        assert area in headings
    assert all(s.points for s in guide_for().how_to_prepare)


def test_how_to_prepare_adds_question_tips_for_the_people_you_will_meet() -> None:
    guide = guide_for(InterviewerRef(name="Ana Ruiz", kind="executive"), fmt="onsite")
    ask = next(s for s in guide.how_to_prepare if s.heading == "Questions to ask")
    bring = next(s for s in guide.how_to_prepare if s.heading == "Documents to bring")
    assert any(p.startswith("For senior leaders") for p in ask.points)
    assert not any(p.startswith("For the hiring manager") for p in ask.points)
    assert any("printed copies" in p for p in bring.points)


def test_the_guide_is_the_same_for_the_same_input() -> None:
    person = InterviewerRef(name="Dana Lee", kind="hiring_manager")
    assert guide_for(person) == guide_for(person)
