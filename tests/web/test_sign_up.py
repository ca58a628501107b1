"""Who may create an account: the first local user, or visitors only when the host says so."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings

from roundtwo import config

HOSTED_ENV = {
    "ROUNDTWO_HOSTED": "true",
    "ROUNDTWO_SECRET_KEY": "k" * 60,
    "ROUNDTWO_ALLOWED_HOSTS": "prep.example.org",
}
NEW_ACCOUNT = {
    "username": "eve",
    "password1": "quiet lamp river 42",
    "password2": "quiet lamp river 42",
}


def hosted_config(monkeypatch: pytest.MonkeyPatch, **extra: str) -> config.Config:
    for name, value in {**HOSTED_ENV, **extra}.items():
        monkeypatch.setenv(name, value)
    return config.load()


def test_hosted_mode_keeps_sign_up_closed_unless_it_is_opened_explicitly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ROUNDTWO_ALLOW_SIGNUP", raising=False)
    assert hosted_config(monkeypatch).allow_signup is False
    assert hosted_config(monkeypatch, ROUNDTWO_ALLOW_SIGNUP="true").allow_signup is True


def test_a_hosted_site_with_sign_up_closed_creates_no_account_from_the_web(
    db: None, client: Client, settings: Settings
) -> None:
    settings.HOSTED, settings.ALLOW_SIGNUP = True, False
    assert client.get("/accounts/create/")["Location"] == "/accounts/sign-in/"
    assert client.post("/accounts/create/", NEW_ACCOUNT)["Location"] == "/accounts/sign-in/"
    assert not User.objects.exists()
    assert b"Create an account" not in client.get("/accounts/sign-in/").content


def test_a_hosted_site_that_opened_sign_up_lets_visitors_create_accounts(
    db: None, client: Client, settings: Settings
) -> None:
    settings.HOSTED, settings.ALLOW_SIGNUP = True, True
    assert client.post("/accounts/create/", NEW_ACCOUNT)["Location"] == "/"
    assert User.objects.filter(username="eve").exists()
