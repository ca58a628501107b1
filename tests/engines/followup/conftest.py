"""A small panel shared by the follow-up tests: one opportunity, four interviewers."""

from __future__ import annotations

import pytest

from roundtwo.engines.followup import Candidate, InterviewerDebrief, StorySummary

COMPANY = "Ledgerline"
ROLE = "Senior Backend Engineer"


@pytest.fixture
def candidate() -> Candidate:
    return Candidate(
        "Sam Whitfield",
        strengths=("calm incident handling", "mentoring junior engineers"),
        stories=(
            StorySummary(
                "The billing migration",
                "Moved billing to an event log and cut failed payments by 40%",
                ("ownership", "technical_depth"),
            ),
            StorySummary(
                "The Black Friday outage",
                "Led the incident call and restored checkout in 25 minutes",
                ("resilience",),
            ),
            StorySummary(
                "The retry queue",
                "Designed an idempotent retry queue that ended double charges",
                ("technical_depth",),
            ),
        ),
    )


@pytest.fixture
def priya() -> InterviewerDebrief:
    return InterviewerDebrief(
        "Priya Raman",
        "VP Engineering",
        "executive",
        "priya@ledgerline.example",
        topics=("The migration to event sourcing.",),
        specific="she wants the platform to handle ten times today's volume",
    )


@pytest.fixture
def tom() -> InterviewerDebrief:
    return InterviewerDebrief(
        "Tom Hughes",
        "Staff Engineer",
        "peer",
        "tom@ledgerline.example",
        topics=("idempotent payment retries",),
        questions_asked=("How would you design a retry queue?",),
    )


@pytest.fixture
def nadia() -> InterviewerDebrief:
    return InterviewerDebrief(
        "Nadia Petrova",
        "Engineering Manager",
        "hiring_manager",
        topics=("on-call load on the payments team",),
        specific="the team wants someone who can lead incidents",
        next_steps="decision by Friday",
    )


@pytest.fixture
def chris() -> InterviewerDebrief:
    return InterviewerDebrief(
        "Chris Osei",
        "Talent Partner",
        "hr",
        "chris@ledgerline.example",
        topics=("hybrid working",),
        next_steps="references once the panel has met",
    )
