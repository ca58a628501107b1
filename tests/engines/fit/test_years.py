"""Years of experience from resume dates: "5+ years of ..." against the jobs that match."""

from __future__ import annotations

from datetime import date

import pytest

from roundtwo.engines.fit.years import YearsCheck, check_years, total_years, years_asked
from roundtwo.engines.resume import Experience

TODAY = date(2026, 6, 30)


def job(start: str | None, end: str | None, *bullets: str) -> Experience:
    return Experience("Engineer", "Acme", start, end, None, bullets)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of Python", 5.0),
        ("At least three years in retail", 3.0),
        ("2 or more years managing people", 2.0),
        ("10 years' experience", 10.0),
        ("Experience with Python", None),
    ],
)
def test_the_years_a_requirement_asks_for_are_read(text: str, years: float | None) -> None:
    assert years_asked(text) == years


def test_months_years_and_present_are_counted_and_overlaps_only_once() -> None:
    assert total_years([job("2020-01", "2021-12")], TODAY) == 2.0
    assert total_years([job("2024-07", "present")], TODAY) == 2.0
    assert total_years([job("2018", "2020")], TODAY) == pytest.approx(2 + 1 / 12)
    overlapping = [job("2020-01", "2021-12"), job("2021-01", "2022-12")]
    assert total_years(overlapping, TODAY) == 3.0


def test_a_job_without_dates_adds_no_years() -> None:
    assert total_years([job(None, None), job("2021-01", None)], TODAY) == 0.0


def test_only_jobs_holding_the_matched_evidence_count() -> None:
    kafka = job("2022-07", "present", "Built Kafka pipelines")
    excel = job("2015-01", "2022-06", "Built Excel reports")
    check = check_years("4+ years of Kafka", ["Built Kafka pipelines"], [], [kafka, excel], TODAY)
    assert check == YearsCheck(4.0, 4.0, ("Engineer at Acme (2022-07 to present)",))
    assert check.enough


def test_no_years_asked_or_no_jobs_means_no_check() -> None:
    assert check_years("Python", [], [], [job("2020", "2021")], TODAY) is None
    assert check_years("5 years of Python", [], [], [], TODAY) is None


def test_the_note_says_when_no_dated_job_holds_the_evidence() -> None:
    check = check_years("5 years of Go", ["Wrote Go"], [], [job("2020", "2021")], TODAY)
    assert check is not None and check.jobs == ()
    assert "could not be checked" in check.note()
