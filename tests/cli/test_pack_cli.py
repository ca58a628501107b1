"""The CLI contracts: `roundtwo pack OPPORTUNITY --out FILE.pdf`, `roundtwo calendar ... .ics`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User
from icalendar import Calendar
from pypdf import PdfReader

from roundtwo.cli import main
from roundtwo.opportunities.models import Opportunity
from tests.conftest import make_opportunity


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_pack_writes_a_pdf_found_by_part_of_the_company_name(
    runner: CliRunner, alices_opportunity: Opportunity, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    result = runner.invoke(main, ["pack", "acme", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Acme Logistics" in result.output
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Dana Lee" in text and "Sam Ortiz" in text


def test_pack_takes_an_id_and_a_paper_size(
    runner: CliRunner, alices_opportunity: Opportunity, tmp_path: Path
) -> None:
    out = tmp_path / "pack.pdf"
    args = ["pack", str(alices_opportunity.pk), "--out", str(out), "--page-size", "Letter"]
    assert runner.invoke(main, args).exit_code == 0
    box = PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_calendar_writes_an_ics_file(
    runner: CliRunner, alices_opportunity: Opportunity, tmp_path: Path
) -> None:
    out = tmp_path / "interview.ics"
    result = runner.invoke(main, ["calendar", "Acme", "--out", str(out)])
    assert result.exit_code == 0, result.output
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == alices_opportunity.plan_tasks.count() + 1


def test_an_ambiguous_name_is_refused_with_the_choices(
    runner: CliRunner, alice: User, tmp_path: Path
) -> None:
    first = make_opportunity(alice, company="Acme Logistics")
    second = make_opportunity(alice, company="Acme Foods")
    result = runner.invoke(main, ["calendar", "acme", "--out", str(tmp_path / "x.ics")])
    assert result.exit_code == 1
    assert "matches several opportunities" in result.output
    assert f"{first.pk}: " in result.output and f"{second.pk}: " in result.output
    assert not (tmp_path / "x.ics").exists()
    exact = runner.invoke(main, ["calendar", "acme foods", "--out", str(tmp_path / "x.ics")])
    assert exact.exit_code == 0, exact.output


def test_an_unknown_opportunity_is_refused_clearly(
    runner: CliRunner, alices_opportunity: Opportunity, tmp_path: Path
) -> None:
    for spec in ("Globex", "99999", " "):
        result = runner.invoke(main, ["pack", spec, "--out", str(tmp_path / "p.pdf")])
        assert result.exit_code == 1, spec
        assert "Error:" in result.output
    assert "Your opportunities: " in result.output or "Name an opportunity" in result.output


def test_names_in_any_script_match(runner: CliRunner, alice: User, tmp_path: Path) -> None:
    make_opportunity(alice, company="ÉCOLE Privée Zürich")
    result = runner.invoke(main, ["calendar", "école", "--out", str(tmp_path / "x.ics")])
    assert result.exit_code == 0, result.output


def test_another_accounts_opportunity_is_not_found(
    runner: CliRunner, alice: User, bob: User, tmp_path: Path
) -> None:
    bobs = make_opportunity(bob, company="Initech")
    out = str(tmp_path / "x.ics")
    assert (
        runner.invoke(main, ["calendar", "Initech", "--out", out]).exit_code == 2
    )  # several accounts
    result = runner.invoke(main, ["calendar", str(bobs.pk), "--out", out, "--user", "alice"])
    assert result.exit_code == 1 and "No opportunity" in result.output
    assert (
        runner.invoke(main, ["calendar", "Initech", "--out", out, "--user", "bob"]).exit_code == 0
    )


def test_a_calendar_with_nothing_to_hold_says_what_to_add(
    runner: CliRunner, alice: User, tmp_path: Path
) -> None:
    make_opportunity(alice, interview_date=None)
    result = runner.invoke(main, ["calendar", "Acme", "--out", str(tmp_path / "x.ics")])
    assert result.exit_code == 1 and "Add the interview date first" in result.output


@pytest.mark.parametrize("command", ["pack", "calendar"])
def test_both_commands_have_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "OPPORTUNITY is an id or a unique part of the company name" in result.output
    assert "--out" in result.output
