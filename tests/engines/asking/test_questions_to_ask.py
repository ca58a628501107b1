"""questions_to_ask: fitted to the interviewer, personalised, spread, and never redundant."""

from __future__ import annotations

from collections import Counter

import pytest

from roundtwo.engines.asking import AskContext, AskSuggestion, Fact, questions_to_ask
from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.question_bank import ASK_CATEGORIES, is_near_duplicate
from roundtwo.engines.question_bank import questions_to_ask as bank

BANK = {q.id: q for q in bank()}
FACTS = (
    Fact("recent", "Opened a Rotterdam office", "2026-09"),
    Fact("goal", "Become carbon neutral by 2030."),
    Fact("value", "Own the outcome"),
    Fact("product", "Harbor Forecast, a demand forecasting tool for ports"),
)


def ask(
    kind: str,
    *,
    limit: int = 8,
    company: str | None = None,
    facts: tuple[Fact, ...] = (),
    known: tuple[str, ...] = (),
    already_asked: tuple[str, ...] = (),
) -> tuple[AskSuggestion, ...]:
    ctx = AskContext(kind, None, company, facts, known, already_asked)
    return questions_to_ask(ctx, limit=limit)


def test_each_kind_gets_questions_from_its_own_angle() -> None:
    leading = {
        "peer": "team_dynamics",
        "hiring_manager": "performance_expectations",
        "department_head": "strategy_direction",
        "executive": "strategy_direction",
        "hr": "next_steps",
    }
    for kind, category in leading.items():
        got = ask(kind)
        assert got[0].category == category, kind
        assert all(s.bank_id and kind in BANK[s.bank_id].interviewer_kinds for s in got), kind


def test_the_set_spreads_across_categories() -> None:
    for kind in KINDS:
        got = ask(kind)
        assert len(got) == 8
        counts = Counter(s.category for s in got)
        assert len(counts) >= 3, kind
        assert max(counts.values()) <= 4, kind
        assert all(s.category in ASK_CATEGORIES for s in got)


def test_other_gets_a_balanced_mix() -> None:
    counts = Counter(s.category for s in ask("other"))
    assert len(counts) >= 4
    assert max(counts.values()) <= 3


def test_an_unknown_kind_is_treated_as_other() -> None:
    assert ask("mystery") == ask("other")


def test_research_facts_become_personal_questions_with_their_source_in_why() -> None:
    got = ask("hiring_manager", company="Harbor Freight Analytics", facts=FACTS)
    questions = [s.question for s in got]
    assert (
        "You opened a Rotterdam office in September 2026: how will that change this team's "
        "work?" in questions
    )
    assert "How does this team contribute to becoming carbon neutral by 2030?" in questions
    personal = [s for s in got if s.personalised]
    assert personal and all(s.bank_id is None for s in personal)
    assert all("It uses your research:" in s.why for s in personal)
    assert len(personal) <= 4


def test_a_peer_is_asked_how_a_value_is_tested_on_the_team() -> None:
    questions = [s.question for s in ask("peer", facts=FACTS)]
    assert 'Where did you last see "Own the outcome" tested on this team?' in questions


def test_every_why_names_the_person_and_the_reason() -> None:
    for s in ask("department_head", facts=FACTS):
        assert s.why.startswith("A department head is well placed to tell you")
        assert s.why.endswith(".")


def test_hr_is_not_asked_about_news_or_goals() -> None:
    got = ask("hr", facts=FACTS)
    assert not any("Rotterdam" in s.question or "carbon" in s.question for s in got)


def test_what_round_one_already_answered_is_not_asked_again() -> None:
    measured = "ask-performance_expectations-03"
    assert measured in {s.bank_id for s in ask("hiring_manager", limit=20)}
    answer = (
        "We review everyone against quarterly OKRs, and I do a one-to-one every two weeks "
        "where we look at progress."
    )
    got = ask("hiring_manager", limit=20, known=(answer,))
    assert measured not in {s.bank_id for s in got}


def test_a_question_the_research_answers_is_dropped() -> None:
    before = {s.bank_id for s in ask("hr", limit=20)}
    assert "ask-the_role-12" in before
    research = "Working hours are flexible, and you can work from home three days a week."
    after = {s.bank_id for s in ask("hr", limit=20, known=(research,))}
    assert "ask-the_role-12" not in after


def test_questions_asked_before_are_not_repeated_even_reworded() -> None:
    got = ask("hiring_manager", already_asked=("What does success look like in six months?",))
    assert "ask-performance_expectations-01" not in {s.bank_id for s in got}
    for s in got:
        assert not is_near_duplicate(s.question, "What does success look like in six months?")


def test_no_two_questions_in_a_set_are_near_duplicates() -> None:
    for kind in KINDS:
        texts = [s.question for s in ask(kind, facts=FACTS, limit=12)]
        assert len(texts) == len(set(texts))
        for i, a in enumerate(texts):
            assert not any(is_near_duplicate(a, b) for b in texts[i + 1 :]), kind


@pytest.mark.parametrize("limit", [0, 1, 3])
def test_the_limit_is_respected(limit: int) -> None:
    assert len(ask("peer", facts=FACTS, limit=limit)) == limit


def test_as_dict_is_the_cli_contract_plus_personalised() -> None:
    s = ask("peer", facts=FACTS)[0]
    assert s.as_dict() == {
        "question": s.question,
        "category": s.category,
        "why": s.why,
        "personalised": s.personalised,
    }


def test_odd_facts_are_ignored_without_crashing() -> None:
    odd = (
        Fact("rumour", "They might be sold"),
        Fact("recent", "", "2026-13"),
        Fact("goal", "word " * 40),
        Fact("value", "  "),
    )
    got = ask("executive", facts=odd)
    assert len(got) == 8
    assert not any(s.personalised for s in got)
