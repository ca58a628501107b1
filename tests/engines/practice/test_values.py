"""Company values become culture questions, one per value, asking for real examples."""

from __future__ import annotations

from roundtwo.engines.practice import KINDS, RoleProfile, suggest_questions


def test_each_value_becomes_a_culture_question() -> None:
    values = ("Own the outcome", "Customers first", "Say it straight")
    found = {s.id: s for s in suggest_questions(RoleProfile(values=values))}
    for value, ident in zip(
        values,
        ("value-own-the-outcome", "value-customers-first", "value-say-it-straight"),
        strict=True,
    ):
        assert ident in found
        assert found[ident].kind == "culture"
        assert f'"{value}"' in found[ident].question
        assert value in found[ident].why


def test_value_questions_test_a_matching_competency() -> None:
    found = {s.id: s for s in suggest_questions(RoleProfile(values=("Own the outcome",)))}
    assert "ownership" in found["value-own-the-outcome"].competencies


def test_at_most_four_values_are_used() -> None:
    values = tuple(f"Value number {n}" for n in range(1, 9))
    ids = [s.id for s in suggest_questions(RoleProfile(values=values))]
    assert sum(i.startswith("value-") for i in ids) == 4


def test_value_questions_sit_in_a_normal_set() -> None:
    profile = RoleProfile(title="Data Analyst", values=("Be curious",))
    suggestions = suggest_questions(profile)
    assert len(suggestions) == 20
    assert all(s.kind in KINDS for s in suggestions)
