"""The fit matrix: one row per requirement, a status, the evidence behind it and why."""

from __future__ import annotations

import re
from datetime import date

import pytest

from roundtwo.engines.fit import Evidence, FitRow, RequirementInput, build_fit_matrix, semantic
from roundtwo.engines.resume import Experience

REQUIREMENTS = [
    RequirementInput("Experience building streaming pipelines with Kafka", "must"),
    RequirementInput("Experience with Dagster for orchestration", "nice"),
    RequirementInput("Experience with Terraform", "must"),
    RequirementInput("Experience leading a team", "nice"),
]


@pytest.fixture(scope="module")
def rows(evidence: list[Evidence]) -> tuple[FitRow, ...]:
    return build_fit_matrix(REQUIREMENTS, evidence)


def test_there_is_one_row_per_requirement_in_the_order_given(rows: tuple[FitRow, ...]) -> None:
    assert [r.requirement for r in rows] == [r.text for r in REQUIREMENTS]
    assert [r.kind for r in rows] == ["must", "nice", "must", "nice"]
    assert all(0.0 <= r.score <= 1.0 for r in rows)


def test_a_requirement_met_word_for_word_is_covered_and_says_why(rows: tuple[FitRow, ...]) -> None:
    kafka = rows[0]
    assert kafka.status == "covered"
    assert kafka.matches[0].evidence_id == "b1"
    assert kafka.matches[0].why.startswith('shares "streaming", "pipelines", "Kafka"')
    assert re.search(r"meaning similarity 0\.\d\d$", kafka.matches[0].why)
    assert kafka.suggestion is None


def test_a_tool_of_the_same_kind_is_a_partial_match_named_as_such(rows: tuple[FitRow, ...]) -> None:
    dagster = rows[1]
    assert dagster.status == "partly"
    assert dagster.matches[0].evidence_id == "b2"
    assert 'same kind: "Airflow" for "Dagster" (workflow orchestrators)' in dagster.matches[0].why
    assert dagster.suggestion is not None
    assert dagster.suggestion.startswith("Prepare a story about Dagster for orchestration")
    assert 'does not mention "Dagster"' in dagster.suggestion


def test_a_gap_has_no_matches_and_an_honest_answer_to_prepare(rows: tuple[FitRow, ...]) -> None:
    terraform = rows[2]
    assert terraform.status == "not_covered"
    assert terraform.matches == ()
    assert terraform.suggestion == (
        "Prepare an honest answer about the gap: say how you would close it (the closest thing "
        "you have done to Terraform, and how you would learn it early on)."
    )


def test_managing_a_team_counts_as_leading_one(rows: tuple[FitRow, ...]) -> None:
    lead = rows[3]
    assert lead.status == "covered"
    assert lead.matches[0].evidence_id == "b3"
    assert 'related: "Managed a team" ~ "leading"' in lead.matches[0].why


def test_every_match_explains_itself_with_words_or_similarity(rows: tuple[FitRow, ...]) -> None:
    for row in rows:
        for match in row.matches:
            assert "meaning similarity" in match.why
            assert match.text and match.source


def test_as_dict_is_plain_data(rows: tuple[FitRow, ...]) -> None:
    data = rows[0].as_dict()
    assert data["status"] == "covered"
    assert data["matches"][0]["evidence_id"] == "b1"
    assert set(data) == {
        "requirement", "kind", "status", "score", "matches", "suggestion", "years_note",
    }  # fmt: skip


def test_no_requirements_give_no_rows_and_no_evidence_gives_only_gaps() -> None:
    assert build_fit_matrix([], []) == ()
    rows = build_fit_matrix(REQUIREMENTS[:2], [])
    assert [r.status for r in rows] == ["not_covered", "not_covered"]
    assert all(r.suggestion and r.suggestion.startswith("Prepare an honest") for r in rows)


def test_a_nice_to_have_gap_says_to_keep_the_answer_short() -> None:
    rows = build_fit_matrix([RequirementInput("Fluent Portuguese", "nice")], [])
    assert rows[0].suggestion is not None
    assert "the level you have now" in rows[0].suggestion
    assert rows[0].suggestion.endswith("It is a nice-to-have, so keep the answer short.")


def test_a_missing_qualification_asks_whether_you_hold_it() -> None:
    rows = build_fit_matrix([RequirementInput("CIPD Level 5 qualification", "must")], [])
    assert rows[0].suggestion is not None
    assert "whether you hold it, are working towards it" in rows[0].suggestion


JOBS = [
    Experience("Data Engineer", "Harbourview", "2023-01", "present", None, (
        "Built Kafka streaming pipelines that process 3M events a day for the pricing team.",
    )),
    Experience("Analyst", "Millbrook", "2015-06", "2019-05", None, ("Built Excel reports.",)),
]  # fmt: skip


def test_years_asked_are_checked_against_the_dates_of_the_matching_jobs(
    evidence: list[Evidence],
) -> None:
    requirement = RequirementInput("5+ years building Kafka streaming pipelines", "must")
    row = build_fit_matrix([requirement], evidence, experiences=JOBS, today=date(2026, 1, 31))[0]
    assert row.status == "partly"
    assert row.years_note == (
        "About 3.1 years in Data Engineer at Harbourview (2023-01 to present): the role asks for 5."
    )
    assert row.suggestion is not None and "about 3.1 years" in row.suggestion


def test_enough_years_keep_the_requirement_covered(evidence: list[Evidence]) -> None:
    requirement = RequirementInput("2+ years building Kafka streaming pipelines", "must")
    row = build_fit_matrix([requirement], evidence, experiences=JOBS, today=date(2026, 1, 31))[0]
    assert row.status == "covered"
    assert row.years_note is not None and row.years_note.endswith(": enough.")


def test_without_the_similarity_model_words_alone_decide_and_the_reason_says_so(
    evidence: list[Evidence], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(semantic, "load_embedder", lambda: None)
    rows = build_fit_matrix(REQUIREMENTS, evidence)
    assert rows[0].status == "covered"
    assert rows[0].matches[0].why.endswith("meaning similarity not available")
    assert rows[2].status == "not_covered"


def test_a_matrix_of_25_by_60_builds_quickly_once_models_are_loaded(
    evidence: list[Evidence],
) -> None:
    import time

    many = [Evidence(f"e{i}", f"{e.text} (variant {i})", e.source) for i, e in
            enumerate(evidence * 12)]  # fmt: skip
    reqs = [RequirementInput(f"{r.text} in team {i}", r.kind) for i, r in
            enumerate(REQUIREMENTS * 7)][:25]  # fmt: skip
    build_fit_matrix(REQUIREMENTS, evidence)
    start = time.perf_counter()
    assert len(build_fit_matrix(reqs, many)) == 25
    assert time.perf_counter() - start < 3.0  # generous: CI machines are noisy; bench says ~0.3 s
