"""Sign-in is throttled by username and by client address, the same for every username."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client, RequestFactory
from django.utils import timezone
from pytest_django.fixtures import Settings

from roundtwo.accounts.throttle import REFUSAL, client_address
from tests.conftest import PASSWORD

LIMIT = 5


def sign_in(client: Client, username: str, password: str, address: str = "198.51.100.7") -> int:
    response = client.post(
        "/accounts/sign-in/", {"username": username, "password": password}, REMOTE_ADDR=address
    )
    return response.status_code


def refusal_page(client: Client, username: str) -> list[bytes]:
    """The page without the typed username and the per-request tokens."""
    response = client.post("/accounts/sign-in/", {"username": username, "password": "x"})
    assert response.status_code == 429
    lines = response.content.replace(username.encode(), b"NAME").splitlines()
    return [line for line in lines if b"csrf" not in line.lower() and b"nonce" not in line]


@pytest.mark.parametrize("username", ["alice", "nobody-here"])
def test_after_five_wrong_passwords_even_the_right_one_is_refused(
    alice: User, username: str
) -> None:
    client = Client()
    for _ in range(LIMIT - 1):
        assert sign_in(client, username, "wrong password") == 200
    assert sign_in(client, username, "wrong password") == 429
    assert sign_in(Client(), "alice", PASSWORD, address="198.51.100.7") == 429
    assert "_auth_user_id" not in client.session


def test_a_locked_username_is_refused_from_any_address(alice: User) -> None:
    for number in range(LIMIT):
        sign_in(Client(), "alice", "wrong password", address=f"203.0.113.{number}")
    assert sign_in(Client(), "alice", PASSWORD, address="192.0.2.99") == 429


def test_one_address_trying_many_usernames_is_refused_too(alice: User) -> None:
    for number in range(LIMIT):
        sign_in(Client(), f"guess{number}", "wrong password")
    assert sign_in(Client(), "alice", PASSWORD) == 429
    assert sign_in(Client(), "alice", PASSWORD, address="192.0.2.99") == 302


def test_the_refusal_says_the_same_for_a_known_and_an_unknown_username(alice: User) -> None:
    for username in ("alice", "nobody-here"):
        for number in range(LIMIT):
            sign_in(Client(), username, "wrong password", address=f"203.0.113.{number}")
    known = refusal_page(Client(), "alice")
    assert known == refusal_page(Client(), "nobody-here")
    assert any(REFUSAL.split(";")[0].encode() in line for line in known)


def test_a_right_password_before_the_limit_signs_in_and_clears_the_count(alice: User) -> None:
    client = Client()
    for _ in range(LIMIT - 1):
        sign_in(client, "alice", "wrong password")
    assert sign_in(client, "alice", PASSWORD) == 302
    for _ in range(LIMIT - 1):
        assert sign_in(Client(), "alice", "wrong password", address="192.0.2.5") == 200


def test_forwarded_for_is_ignored_unless_proxies_are_trusted(settings: Settings) -> None:
    request = RequestFactory().post(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7"
    )
    settings.TRUSTED_PROXIES = 0
    assert client_address(request) == "10.0.0.2"
    settings.TRUSTED_PROXIES = 1
    assert client_address(request) == "198.51.100.7"  # what the proxy saw, not what was sent
    settings.TRUSTED_PROXIES = 2
    assert client_address(request) == "1.2.3.4"
    settings.TRUSTED_PROXIES = 3
    assert client_address(request) == "10.0.0.2"  # fewer entries than proxies: misconfigured


def test_a_forged_forwarded_address_cannot_escape_the_throttle(
    alice: User, settings: Settings
) -> None:
    settings.TRUSTED_PROXIES = 1
    for number in range(LIMIT):
        Client().post(
            "/accounts/sign-in/",
            {"username": f"guess{number}", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 198.51.100.7",
        )
    response = Client().post(
        "/accounts/sign-in/",
        {"username": "alice", "password": PASSWORD},
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="192.0.2.200, 198.51.100.7",
    )
    assert response.status_code == 429


def test_the_command_line_unlocks_sign_in_at_once(alice: User) -> None:
    from click.testing import CliRunner

    from roundtwo.cli import main

    for _ in range(LIMIT):
        sign_in(Client(), "alice", "wrong password")
    assert sign_in(Client(), "alice", PASSWORD) == 429
    result = CliRunner().invoke(main, ["user", "unlock", "alice"])
    assert result.exit_code == 0, result.output
    assert sign_in(Client(), "alice", PASSWORD) == 302


def test_sign_in_works_again_once_the_wait_is_over(alice: User) -> None:
    from axes.models import AccessAttempt  # type: ignore[import-untyped]

    for _ in range(LIMIT):
        sign_in(Client(), "alice", "wrong password")
    assert sign_in(Client(), "alice", PASSWORD) == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=16))
    assert sign_in(Client(), "alice", PASSWORD) == 302


def test_a_mistyped_password_is_never_stored(alice: User) -> None:
    from axes.models import AccessAttempt

    sign_in(Client(), "alice", "a calm evening of preparatio")  # one letter short
    stored = " ".join(str(value) for value in AccessAttempt.objects.values().get().values())
    assert "preparatio" not in stored


def test_a_hosted_site_behind_an_undeclared_proxy_is_told_once(
    settings: Settings, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roundtwo.accounts import throttle

    monkeypatch.setattr(throttle, "_warned_about_proxies", False)
    settings.HOSTED, settings.TRUSTED_PROXIES = True, 0
    request = RequestFactory().post("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_address(request) == client_address(request) == "10.0.0.2"
    warnings = [r for r in caplog.records if "ROUNDTWO_TRUSTED_PROXIES" in r.getMessage()]
    assert len(warnings) == 1
