"""The questions CLI contracts: suggest, ask and competencies."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from roundtwo.cli import main
from roundtwo.engines.practice import KINDS
from tests.conftest import PAGES


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run_json(runner: CliRunner, *args: str) -> list[dict[str, object]]:
    result = runner.invoke(main, [*args, "--json"])
    assert result.exit_code == 0, result.output
    data: list[dict[str, object]] = json.loads(result.output)
    return data


def test_suggest_prints_ranked_questions_with_reasons(runner: CliRunner) -> None:
    rows = run_json(
        runner,
        "questions",
        "suggest",
        "--job",
        str(PAGES / "job.html"),
        "--company",
        str(PAGES / "values.html"),
        "--interviewer-kind",
        "executive",
        "--limit",
        "12",
    )
    assert len(rows) == 12
    for row in rows:
        assert set(row) == {"id", "question", "kind", "competencies", "skills", "why"}
        assert row["kind"] in KINDS and row["why"]
    assert any(row["kind"] == "technical" for row in rows)


def test_ask_prints_questions_fitted_to_the_kind(runner: CliRunner) -> None:
    rows = run_json(runner, "questions", "ask", "--interviewer-kind", "peer", "--limit", "5")
    assert len(rows) == 5
    assert all(set(row) == {"question", "category", "why"} for row in rows)


def test_ask_refuses_an_unknown_kind(runner: CliRunner) -> None:
    result = runner.invoke(main, ["questions", "ask", "--interviewer-kind", "boss", "--json"])
    assert result.exit_code == 2


def test_competencies_prints_the_list(runner: CliRunner) -> None:
    rows = run_json(runner, "competencies")
    assert len(rows) >= 20
    assert {"id", "name", "description", "signals"} <= set(rows[0])
