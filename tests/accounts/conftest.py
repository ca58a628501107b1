"""The loopback SMTP server of the follow-up tests, as the site's own mail."""

from __future__ import annotations

import pytest

from tests.followup.conftest import Inbox, refusing_smtp, smtp_inbox

__all__ = ["refusing_smtp", "smtp_inbox"]


@pytest.fixture
def site_mail(smtp_inbox: Inbox, monkeypatch: pytest.MonkeyPatch) -> Inbox:
    for name in ("USERNAME", "PASSWORD", "TIMEOUT"):
        monkeypatch.delenv(f"ROUNDTWO_SMTP_{name}", raising=False)
    monkeypatch.setenv("ROUNDTWO_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("ROUNDTWO_SMTP_PORT", str(smtp_inbox.port))
    monkeypatch.setenv("ROUNDTWO_SMTP_SECURITY", "none")
    monkeypatch.setenv("ROUNDTWO_SMTP_FROM", "noreply@roundtwo.example")
    return smtp_inbox


@pytest.fixture
def no_site_mail(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HOST", "PORT", "SECURITY", "USERNAME", "PASSWORD", "FROM", "TIMEOUT"):
        monkeypatch.delenv(f"ROUNDTWO_SMTP_{name}", raising=False)
