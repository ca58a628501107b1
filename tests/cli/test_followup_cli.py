"""`roundtwo followup draft OPPORTUNITY --json`: the stable contract."""

from __future__ import annotations

import json

from click.testing import CliRunner
from django.contrib.auth.models import User

from roundtwo.cli import main
from roundtwo.opportunities.models import Opportunity
from tests.conftest import add_interviewer, make_opportunity
from tests.followup.helpers import debrief, debrief_panel


def run(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["followup", "draft", *args, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, object]] = json.loads(result.output)
    return rows


def test_draft_prints_one_note_per_interviewer_by_company_name(
    alices_opportunity: Opportunity,
) -> None:
    debrief_panel(alices_opportunity)
    rows = run("acme")
    assert [row["interviewer"] for row in rows] == ["Dana Lee", "Sam Ortiz"]
    for row in rows:
        assert set(row) == {"interviewer", "to", "subject", "body", "topics_used"}
        assert row["topics_used"] and str(row["topics_used"][0]) in str(row["body"])  # type: ignore[index]
    assert rows[0]["to"] == "dana.lee@acme.example"
    assert rows[0]["body"] != rows[1]["body"]


def test_draft_takes_an_id_and_gives_null_without_an_address(alice: User) -> None:
    opportunity = make_opportunity(alice, company="Nordlicht GmbH")
    person = add_interviewer(opportunity, "Jürgen Weiß", "peer", [2])
    debrief(person, "Die neue Lagerhalle")
    [row] = run(str(opportunity.pk))
    assert row["to"] is None and row["interviewer"] == "Jürgen Weiß"


def test_an_unknown_opportunity_is_a_clear_error(alices_opportunity: Opportunity) -> None:
    result = CliRunner().invoke(main, ["followup", "draft", "Globex", "--json"])
    assert result.exit_code == 1
    assert "No opportunity has the id or company 'Globex'" in result.output


def test_without_json_it_prints_readable_text(alices_opportunity: Opportunity) -> None:
    debrief_panel(alices_opportunity)
    result = CliRunner().invoke(main, ["followup", "draft", "Acme Logistics"])
    assert result.exit_code == 0, result.output
    assert "To: Dana Lee <dana.lee@acme.example>" in result.output
    assert "Subject: " in result.output
