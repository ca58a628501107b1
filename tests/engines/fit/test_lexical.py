"""Shared words: lemmas, the alias table, spellings, tool families and the plain explanation."""

from __future__ import annotations

from roundtwo.engines.fit.aliases import american, concept
from roundtwo.engines.fit.lexical import analyse, describe, overlap, union_coverage


def shared(requirement: str, evidence: str) -> str:
    wanted, have = analyse([requirement, evidence])
    return describe(overlap(wanted, have))


def test_british_and_american_spellings_meet() -> None:
    assert american("optimise") == "optimize"
    assert american("organisation") == "organization"
    assert american("analyse") == "analyze"
    assert american("advise") == "advise"  # not every -ise word is a British -ize
    assert concept("optimise") == concept("optimization") == "optimize"


def test_led_lead_and_managed_a_team_are_the_same_concept() -> None:
    assert concept("led") == concept("leadership") == "lead"
    assert shared("Team leadership", "Managed a team of six nurses") == (
        'shares "team"; related: "Managed a team" ~ "leadership"'
    )


def test_aliases_for_tools_match() -> None:
    assert shared("Experience with Postgres", "Tuned PostgreSQL queries") == (
        'related: "PostgreSQL" ~ "Postgres"'
    )
    assert shared("Machine learning", "Shipped two ML models") == (
        'related: "ML" ~ "Machine learning"'
    )


def test_a_tool_of_the_same_kind_counts_half_and_is_named() -> None:
    wanted, have = analyse(["Dagster", "Ran Airflow in production"])
    found = overlap(wanted, have)
    assert found.coverage == 0.5
    assert describe(found) == 'same kind: "Airflow" for "Dagster" (workflow orchestrators)'


def test_words_every_advert_uses_are_not_counted() -> None:
    (wanted,) = analyse(["Proven experience and strong knowledge of Excel"])
    assert list(wanted.by_key) == ["excel"]


def test_two_pieces_of_evidence_can_cover_a_requirement_together() -> None:
    wanted, python, sql = analyse(["Python and SQL", "Wrote Python jobs", "Tuned SQL queries"])
    first, second = overlap(wanted, python), overlap(wanted, sql)
    assert first.coverage == second.coverage == 0.5
    assert union_coverage(wanted, [first, second]) == 1.0


def test_nothing_shared_gives_an_empty_explanation() -> None:
    assert shared("Fluent German", "Ran a kitchen brigade of nine") == ""
