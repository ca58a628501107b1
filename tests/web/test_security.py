"""Security from the first day: sign-in, headers, CSRF, and hosted settings."""

from __future__ import annotations

import os
import subprocess
import sys

from django.contrib.auth.models import User
from django.test import Client

from roundtwo.opportunities.models import Opportunity


def test_the_first_visit_creates_the_local_account(db: None, client: Client) -> None:
    assert client.get("/accounts/sign-in/")["Location"] == "/accounts/create/"
    response = client.post(
        "/accounts/create/",
        {"username": "jo", "password1": "quiet lamp river 42", "password2": "quiet lamp river 42"},
    )
    assert response.status_code == 302
    assert client.get("/").status_code == 200


def test_once_an_account_exists_no_one_else_can_create_one_locally(
    alice: User, client: Client
) -> None:
    response = client.post(
        "/accounts/create/",
        {"username": "eve", "password1": "quiet lamp river 42", "password2": "quiet lamp river 42"},
    )
    assert response["Location"] == "/accounts/sign-in/"
    assert not User.objects.filter(username="eve").exists()


def test_weak_passwords_are_refused(db: None, client: Client) -> None:
    response = client.post(
        "/accounts/create/", {"username": "jo", "password1": "password", "password2": "password"}
    )
    assert b"too common" in response.content


def test_pages_carry_a_content_security_policy(alice_client: Client) -> None:
    response = alice_client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_writes_without_a_csrf_token_are_refused(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = client.post("/opportunities/new/", {"company": "X", "role_title": "Y"})
    assert response.status_code == 403
    assert not Opportunity.objects.exists()


def test_deploy_checks_are_clean_with_hosted_settings(tmp_path: object) -> None:
    env = {
        **os.environ,
        "ROUNDTWO_HOSTED": "true",
        "ROUNDTWO_SECRET_KEY": "k" * 20 + "Zq8#pL2@vN5!xR7$wT1%yU4^" + "m" * 20,
        "ROUNDTWO_ALLOWED_HOSTS": "prep.example.org",
        "ROUNDTWO_DATA_DIR": str(tmp_path),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set by the browser tests in this process
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env={**env, "DJANGO_SETTINGS_MODULE": "roundtwo.settings"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hosted_mode_without_a_secret_key_stops_with_a_clear_message(tmp_path: object) -> None:
    env = {**os.environ, "ROUNDTWO_HOSTED": "true", "ROUNDTWO_DATA_DIR": str(tmp_path)}
    env.pop("ROUNDTWO_SECRET_KEY", None)
    result = subprocess.run(
        [sys.executable, "-c", "import roundtwo.settings"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "ROUNDTWO_SECRET_KEY" in result.stderr
