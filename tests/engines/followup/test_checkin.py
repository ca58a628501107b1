"""Check-ins: business days (weekends skipped), when a check-in is due, and its draft."""

from __future__ import annotations

from datetime import date

from roundtwo.engines.followup import (
    Candidate,
    InterviewerDebrief,
    business_days_between,
    check_in_date,
    check_in_draft,
    check_in_due,
)

FRIDAY = date(2026, 3, 13)
MONDAY = date(2026, 3, 16)


def test_business_days_skip_the_weekend() -> None:
    assert business_days_between(FRIDAY, date(2026, 3, 14)) == 0  # Saturday
    assert business_days_between(FRIDAY, date(2026, 3, 15)) == 0  # Sunday
    assert business_days_between(FRIDAY, MONDAY) == 1
    assert business_days_between(FRIDAY, date(2026, 3, 20)) == 5  # the next Friday
    assert business_days_between(FRIDAY, date(2026, 3, 27)) == 10
    assert business_days_between(FRIDAY, FRIDAY) == 0
    assert business_days_between(MONDAY, FRIDAY) == -1


def test_business_days_match_a_day_by_day_count_over_a_long_span() -> None:
    start = date(2026, 1, 1)
    for offset in range(60):
        end = date.fromordinal(start.toordinal() + offset)
        slow = sum(
            1 for i in range(1, offset + 1) if date.fromordinal(start.toordinal() + i).weekday() < 5
        )
        assert business_days_between(start, end) == slow, end


def test_holidays_the_caller_knows_are_skipped_too() -> None:
    good_friday, easter_monday = date(2026, 4, 3), date(2026, 4, 6)
    thursday = date(2026, 4, 2)
    holidays = {good_friday, easter_monday}
    assert business_days_between(thursday, date(2026, 4, 7)) == 3
    assert business_days_between(thursday, date(2026, 4, 7), holidays) == 1
    assert check_in_date(thursday, 2, holidays) == date(2026, 4, 8)


def test_a_check_in_is_due_after_the_given_business_days() -> None:
    assert not check_in_due(FRIDAY, date(2026, 3, 19), 5)  # Thursday: four business days
    assert check_in_due(FRIDAY, date(2026, 3, 20), 5)
    assert check_in_date(FRIDAY, 5) == date(2026, 3, 20)
    assert check_in_date(FRIDAY, 1) == MONDAY
    assert check_in_date(date(2026, 3, 14), 1) == MONDAY  # sent on a Saturday


def test_a_check_in_draft_is_polite_short_and_addressed() -> None:
    person = InterviewerDebrief(
        "Nadia Petrova",
        kind="hiring_manager",
        email="nadia@example.com",
        topics=("on-call load on the payments team",),
    )
    got = check_in_draft(
        person,
        Candidate("Sam Whitfield"),
        company="Ledgerline",
        role="Backend Engineer",
        sent_on=FRIDAY,
        business_days=5,
    )
    assert got.body.startswith("Hi Nadia,")
    assert "13 March" in got.body
    assert "the Backend Engineer role at Ledgerline" in got.body
    assert "on-call load on the payments team" in got.body
    assert got.to == "nadia@example.com"
    assert got.word_count < 120
    assert "\n" not in got.subject
    assert not got.warnings


def test_a_check_in_without_a_debrief_goes_to_the_hiring_team() -> None:
    got = check_in_draft(
        None,
        Candidate("Sam Whitfield"),
        company="Ledgerline",
        role="Backend Engineer",
        sent_on=FRIDAY,
        business_days=5,
        tone="formal",
    )
    assert got.body.startswith("Dear hiring team,")
    assert got.to is None
    assert got.topics_used == ()


def test_a_check_in_drafted_too_early_says_when_to_send_it() -> None:
    got = check_in_draft(
        None,
        Candidate("Sam Whitfield"),
        company="Ledgerline",
        role="Engineer",
        sent_on=FRIDAY,
        business_days=5,
        today=date(2026, 3, 17),
    )
    assert got.warnings == (
        "Not due yet: 2 of 5 business days since your note; send it on or after 2026-03-20.",
    )
