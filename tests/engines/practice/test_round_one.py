"""Round one feeds round two: weak answers come back, predicted follow-ups are included."""

from __future__ import annotations

from roundtwo.engines import question_bank
from roundtwo.engines.practice import RoleProfile, WeakSpot, suggest_questions


def test_weak_spots_come_back_first_with_the_reason(data_profile: RoleProfile) -> None:
    spots = (
        WeakSpot("Tell me about a time you missed a deadline.", "no result in the answer"),
        WeakSpot("How do you explain numbers to a non-expert?", "too long and vague"),
    )
    profile = RoleProfile(competencies=data_profile.competencies, weak_spots=spots)
    top = suggest_questions(profile)
    assert [s.id for s in top[:2]] == ["round-one-1", "round-one-2"]
    assert top[0].question == spots[0].question
    assert top[0].why == "You struggled with this in round one: no result in the answer"
    assert top[1].why.endswith("too long and vague")
    assert top[0].kind == "behavioral"
    assert top[0].follow_ups


def test_a_weak_spot_is_asked_again_even_though_it_was_asked_in_round_one() -> None:
    question = "Tell me about a conflict with a colleague."
    profile = RoleProfile(
        weak_spots=(WeakSpot(question, "blamed the colleague"),), asked_in_round_one=(question,)
    )
    assert suggest_questions(profile)[0].question == question


def test_a_weak_spot_that_is_a_bank_question_keeps_its_competencies() -> None:
    bank = question_bank.behavioral_questions()[5]
    profile = RoleProfile(weak_spots=(WeakSpot(bank.text, "rambled"),))
    first = suggest_questions(profile)[0]
    assert first.competencies == bank.competencies
    assert first.follow_ups == bank.follow_ups


def test_a_weak_spot_without_a_reason_still_says_why() -> None:
    profile = RoleProfile(weak_spots=(WeakSpot("Why do you want this job?", ""),))
    first = suggest_questions(profile)[0]
    assert first.why.startswith("You struggled with this in round one")
    assert first.kind == "motivation"


def test_predicted_follow_ups_are_included(nurse_profile: RoleProfile) -> None:
    followups = (
        "What exactly did you say to the patient's family?",
        "How did you know the escalation had worked?",
        "What would you do differently on a night shift?",
        "Who else was involved?",
    )
    profile = RoleProfile(competencies=nurse_profile.competencies, followups=followups)
    found = {s.id: s for s in suggest_questions(profile)}
    assert {"followup-1", "followup-2", "followup-3"} <= found.keys()
    assert "followup-4" not in found  # only the top ones
    assert found["followup-1"].question == followups[0]
    assert "follow-up" in found["followup-1"].why
