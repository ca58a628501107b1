"""No near-duplicates in a set, spread across competencies, and nothing from round one again."""

from __future__ import annotations

import itertools
import re

import pytest

from roundtwo.engines import question_bank
from roundtwo.engines.practice import RoleProfile, suggest_questions
from roundtwo.engines.practice.duplicates import near_duplicate


def _pairs(texts: list[str]) -> list[tuple[str, str]]:
    return [
        (a, b) for a, b in itertools.combinations(texts, 2) if question_bank.is_near_duplicate(a, b)
    ]


@pytest.mark.parametrize("limit", [10, 20, 60])
def test_no_set_holds_two_near_duplicates(data_profile: RoleProfile, limit: int) -> None:
    texts = [s.question for s in suggest_questions(data_profile, limit=limit)]
    assert _pairs(texts) == []


def test_values_and_follow_ups_never_duplicate_each_other_or_the_bank() -> None:
    profile = RoleProfile(
        competencies=("customer_focus",),
        values=("Customers first", "Customer first", "Put customers first"),
        followups=("Why do you want to work here?", "Why do you want to work here?!"),
    )
    assert _pairs([s.question for s in suggest_questions(profile)]) == []


def test_the_fast_check_agrees_with_the_bank_definition() -> None:
    texts = [q.text for q in question_bank.all_questions()[::7]]
    # small edits: the pairs the difflib part of the definition exists for
    texts += [t.replace(" you ", " you all ", 1) for t in texts[:20]]
    # plurals change the word sets (Jaccard misses) but barely the characters (difflib finds)
    texts += [re.sub(r"\b(\w{4,})\b", r"\1s", t, count=4) for t in texts[20:40]]
    texts += ["Tell me about your leadership style", "Tell me about your communication style", ""]
    by_difflib = 0
    for a, b in itertools.combinations(texts, 2):
        expected = question_bank.is_near_duplicate(a, b)
        assert near_duplicate(a, b) == expected
        by_difflib += expected and question_bank.jaccard(a, b) < question_bank.JACCARD_LIMIT
    assert by_difflib >= 10


def test_the_top_ten_spreads_over_competencies(nurse_profile: RoleProfile) -> None:
    top = suggest_questions(nurse_profile)[:10]
    primaries = [s.competencies[0] for s in top if s.competencies]
    assert len(set(primaries)) >= 6


def test_questions_asked_in_round_one_are_not_suggested_again(data_profile: RoleProfile) -> None:
    first = suggest_questions(data_profile, limit=10)
    asked = tuple(s.question for s in first[:6])
    again = suggest_questions(
        RoleProfile(
            title=data_profile.title,
            competencies=data_profile.competencies,
            skills=data_profile.skills,
            text=data_profile.text,
            asked_in_round_one=asked,
        )
    )
    for s in again:
        assert not any(question_bank.is_near_duplicate(s.question, a) for a in asked)
    assert len(again) == 20


def test_a_reworded_round_one_question_is_left_out_too() -> None:
    bank = question_bank.behavioral_questions()[0].text
    reworded = bank.replace("Take me back to", "Tell me about")
    assert question_bank.is_near_duplicate(bank, reworded)
    profile = RoleProfile(competencies=("leadership",), asked_in_round_one=(reworded,))
    assert bank not in [s.question for s in suggest_questions(profile, limit=60)]
