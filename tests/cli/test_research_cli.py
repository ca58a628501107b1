"""The research CLI contracts: job, company and fit, from files or (safely fetched) URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_django.fixtures import Settings

from roundtwo.cli import main
from tests.conftest import PAGES

JOB_KEYS = {
    "title",
    "company",
    "location",
    "employment_type",
    "responsibilities",
    "requirements",
    "skills",
    "competencies",
    "source",
}
COMPANY_KEYS = {"name", "mission", "values", "goals", "products", "recent", "sources"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run_json(runner: CliRunner, *args: str) -> dict[str, object]:
    result = runner.invoke(main, ["research", *args, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_research_job_prints_the_documented_fields(runner: CliRunner) -> None:
    data = run_json(runner, "job", str(PAGES / "job.html"))
    assert set(data) >= JOB_KEYS
    requirements = data["requirements"]
    assert isinstance(requirements, list)
    assert {r["kind"] for r in requirements} <= {"must", "nice"}
    assert any("SQL" in r["text"] for r in requirements)


def test_research_company_reads_values_mission_and_news(runner: CliRunner) -> None:
    data = run_json(runner, "company", str(PAGES / "values.html"))
    assert set(data) >= COMPANY_KEYS
    values = data["values"]
    assert isinstance(values, list)
    assert [v["name"] for v in values] == [
        "Own the outcome",
        "Say it plainly",
        "Leave the harbour cleaner",
    ]
    recent = data["recent"]
    assert isinstance(recent, list) and recent[0]["date"] == "2026-09-14"


def test_research_fit_matches_the_resume_to_the_requirements(runner: CliRunner) -> None:
    data = run_json(
        runner, "fit", "--job", str(PAGES / "job.html"), "--resume", str(PAGES / "resume.txt")
    )
    rows = data["rows"]
    assert isinstance(rows, list) and rows
    assert {row["status"] for row in rows} <= {"covered", "partly", "not_covered"}
    assert any(row["status"] == "covered" and row["matches"] for row in rows)


def test_a_url_inside_the_network_is_refused_with_a_clear_message(
    runner: CliRunner, page_server: str
) -> None:
    result = runner.invoke(main, ["research", "job", f"{page_server}/job.html", "--json"])
    assert result.exit_code == 1
    assert "Error:" in result.output


def test_a_url_is_fetched_when_the_test_settings_allow_its_host(
    runner: CliRunner, allow_page_server: str, settings: Settings
) -> None:
    data = run_json(runner, "job", f"{allow_page_server}/job.html")
    assert data["title"] == "Senior Data Engineer"


def test_a_source_that_is_neither_url_nor_file_is_a_usage_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["research", "job", "no-such-file.html"])
    assert result.exit_code == 2


def test_research_job_on_a_file_with_no_posting_says_so_and_fails(
    runner: CliRunner, tmp_path: Path
) -> None:
    garbage = tmp_path / "notes.txt"
    garbage.write_text("lorem ipsum qwerty zxcv\n12345 !!!! ####\nbanana fish 42\n")
    result = runner.invoke(main, ["research", "job", str(garbage), "--json"])
    assert result.exit_code == 1
    assert "No job posting found" in result.output
