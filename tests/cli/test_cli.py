"""The `roundtwo` command, driven in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User

from roundtwo.cli import COMMANDS, main
from roundtwo.opportunities.models import Opportunity


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_help_lists_every_command(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command.name
        assert command.name in result.output


@pytest.mark.parametrize(
    "command",
    [
        "serve",
        "worker",
        "demo",
        "export",
        "import",
        "user",
        "analyze",
        "transcript",
        "research",
        "questions",
        "competencies",
        "pack",
        "calendar",
        "followup",
    ],
)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) > 3


@pytest.mark.django_db
def test_demo_without_an_account_says_how_to_make_one(runner: CliRunner) -> None:
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 2
    assert "roundtwo user create" in result.output


def test_demo_loads_a_sample_for_the_only_account(runner: CliRunner, alice: User) -> None:
    result = runner.invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    assert Opportunity.objects.get(owner=alice).company == "Harbor Freight Analytics"


def test_demo_twice_keeps_one_sample_and_remove_takes_it_away(
    runner: CliRunner, alice: User
) -> None:
    assert runner.invoke(main, ["demo"]).exit_code == 0
    again = runner.invoke(main, ["demo"])
    assert again.exit_code == 0 and "already loaded" in again.output
    assert Opportunity.objects.filter(owner=alice).count() == 1
    removed = runner.invoke(main, ["demo", "--remove"])
    assert removed.exit_code == 0, removed.output
    assert not Opportunity.objects.filter(owner=alice).exists()
    assert "no sample" in runner.invoke(main, ["demo", "--remove"]).output


def test_several_accounts_need_a_user_option(runner: CliRunner, alice: User, bob: User) -> None:
    assert runner.invoke(main, ["demo"]).exit_code == 2
    assert runner.invoke(main, ["demo", "--user", "bob"]).exit_code == 0
    assert Opportunity.objects.filter(owner=bob).count() == 1


def test_export_then_import_restores_the_data(
    runner: CliRunner, alice: User, tmp_path: Path
) -> None:
    runner.invoke(main, ["demo"])
    out = tmp_path / "backup.json"
    assert runner.invoke(main, ["export", "--out", str(out)]).exit_code == 0
    Opportunity.objects.all().delete()
    result = runner.invoke(main, ["import", str(out)])
    assert result.exit_code == 0, result.output
    assert Opportunity.objects.get(owner=alice).interviewers.count() == 5
    assert json.loads(out.read_text())["version"] == 2


def test_importing_a_malformed_file_fails_clearly(
    runner: CliRunner, alice: User, tmp_path: Path
) -> None:
    runner.invoke(main, ["demo"])
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    result = runner.invoke(main, ["import", str(bad)])
    assert result.exit_code == 1
    assert "not a Round Two export file" in result.output
    assert "Nothing was changed" in result.output
    assert Opportunity.objects.filter(owner=alice).count() == 1


def test_user_create_applies_the_password_validators(runner: CliRunner, db: None) -> None:
    weak = runner.invoke(main, ["user", "create", "carol", "--password", "123"])
    assert weak.exit_code == 2
    strong = runner.invoke(main, ["user", "create", "carol", "--password", "quiet lamp river 42"])
    assert strong.exit_code == 0
    assert User.objects.filter(username="carol").exists()


def test_serve_refuses_a_public_address_unless_hosted(runner: CliRunner, db: None) -> None:
    result = runner.invoke(main, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "ROUNDTWO_HOSTED" in result.output


def test_the_installed_command_starts_outside_the_test_process(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "ROUNDTWO_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "roundtwo", "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "serve" in result.stdout
