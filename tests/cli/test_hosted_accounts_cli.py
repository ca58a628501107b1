"""Accounts for a hosted site at the terminal: an email address at creation, a new password."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from django.contrib.auth.models import User

from roundtwo.cli import main

STRONG = "quiet lamp river 42"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_an_account_is_created_with_its_email_address(runner: CliRunner, db: None) -> None:
    made = runner.invoke(
        main, ["user", "create", "carol", "--password", STRONG, "--email", "carol@example.org"]
    )
    assert made.exit_code == 0, made.output
    assert User.objects.get(username="carol").email == "carol@example.org"


def test_a_bad_email_address_is_refused_and_nothing_is_made(runner: CliRunner, db: None) -> None:
    refused = runner.invoke(
        main, ["user", "create", "carol", "--password", STRONG, "--email", "not an address"]
    )
    assert refused.exit_code == 2
    assert "valid email" in refused.output
    assert not User.objects.filter(username="carol").exists()


def test_a_forgotten_password_is_replaced_at_the_terminal(runner: CliRunner, db: None) -> None:
    User.objects.create_user("carol", password="an old forgotten phrase")
    weak = runner.invoke(main, ["user", "password", "carol", "--password", "123"])
    assert weak.exit_code == 2
    done = runner.invoke(main, ["user", "password", "carol", "--password", STRONG])
    assert done.exit_code == 0, done.output
    assert User.objects.get(username="carol").check_password(STRONG)


def test_serve_with_processes_refuses_a_public_address_unless_hosted(
    runner: CliRunner, db: None
) -> None:
    result = runner.invoke(main, ["serve", "--host", "0.0.0.0", "--workers", "2"])
    assert result.exit_code == 2
    assert "ROUNDTWO_HOSTED" in result.output
