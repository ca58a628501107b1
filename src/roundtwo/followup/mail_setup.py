"""Where a user's mail goes out: their settings in the app, each overridden by the environment.

ROUNDTWO_SMTP_HOST, _PORT, _SECURITY, _USERNAME, _PASSWORD and _FROM take precedence field by
field, so a hosted site can fix the server while each user keeps their own name. The password
is carried in a field that never prints (repr=False) and is never logged or exported.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from django.contrib.auth.models import AbstractBaseUser

from roundtwo.engines.mail import SmtpSettings

ENV_NAMES = {
    "smtp_host": "ROUNDTWO_SMTP_HOST",
    "smtp_port": "ROUNDTWO_SMTP_PORT",
    "smtp_security": "ROUNDTWO_SMTP_SECURITY",
    "smtp_username": "ROUNDTWO_SMTP_USERNAME",
    "smtp_password": "ROUNDTWO_SMTP_PASSWORD",
    "from_address": "ROUNDTWO_SMTP_FROM",
}
TIMEOUT_ENV = "ROUNDTWO_SMTP_TIMEOUT"  # seconds to wait for the server; 20 by default
SECURITIES = ("starttls", "tls", "none")


class MailSetupError(ValueError):
    """The mail settings cannot be used as they are, with what to change."""


def env_overrides() -> dict[str, str]:
    """The fields the environment sets (a variable set to an empty string counts as unset)."""
    found = {name: os.environ.get(var, "").strip() for name, var in ENV_NAMES.items()}
    if "smtp_password" in found:  # a password may begin or end with a space
        found["smtp_password"] = os.environ.get(ENV_NAMES["smtp_password"], "")
    return {name: value for name, value in found.items() if value}


@dataclass(frozen=True)
class MailSetup:
    host: str
    port: int
    security: str
    username: str
    password: str = field(repr=False)
    from_address: str
    from_name: str
    timeout_s: float
    from_env: frozenset[str]

    @property
    def missing(self) -> list[str]:
        needed = {"mail server": self.host, "your email address": self.from_address}
        return [label for label, value in needed.items() if not value]

    @property
    def ready(self) -> bool:
        return not self.missing

    def smtp(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host,
            port=self.port,
            security=self.security,  # type: ignore[arg-type]  # checked in mail_setup
            username=self.username,
            password=self.password,
            timeout_s=self.timeout_s,
        )


def _port(raw: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        raise MailSetupError(f"ROUNDTWO_SMTP_PORT must be a whole number (got {raw!r}).") from None
    if not 1 <= port <= 65535:
        raise MailSetupError(f"ROUNDTWO_SMTP_PORT must be between 1 and 65535 (got {port}).")
    return port


def _timeout() -> float:
    raw = os.environ.get(TIMEOUT_ENV, "").strip()
    if not raw:
        return 20.0
    try:
        seconds = float(raw)
    except ValueError:
        raise MailSetupError(f"{TIMEOUT_ENV} must be a number of seconds (got {raw!r}).") from None
    if not 0.1 <= seconds <= 300:
        raise MailSetupError(f"{TIMEOUT_ENV} must be between 0.1 and 300 seconds.")
    return seconds


def sender_name(user: AbstractBaseUser) -> str:
    """The name that signs the notes: the one set in the app, else the account's full name."""
    saved = getattr(user, "mail_settings", None)
    chosen = saved.your_name.strip() if saved is not None else ""
    full_name: str = getattr(user, "get_full_name", lambda: "")()
    return chosen or full_name.strip()


def mail_setup(user: AbstractBaseUser) -> MailSetup:
    """The settings a send uses now. Raises MailSetupError when the environment is wrong."""
    from roundtwo.followup.models import MailSettings

    saved = MailSettings.objects.filter(owner_id=user.pk).first() or MailSettings(owner_id=user.pk)
    env = env_overrides()
    security = env.get("smtp_security", saved.smtp_security).lower()
    if security not in SECURITIES:
        raise MailSetupError(
            f"ROUNDTWO_SMTP_SECURITY must be one of {', '.join(SECURITIES)} (got {security!r})."
        )
    return MailSetup(
        host=env.get("smtp_host", saved.smtp_host),
        port=_port(env["smtp_port"]) if "smtp_port" in env else saved.smtp_port,
        security=security,
        username=env.get("smtp_username", saved.smtp_username),
        password=env.get("smtp_password", saved.smtp_password),
        from_address=env.get("from_address", saved.from_address),
        from_name=sender_name(user),
        timeout_s=_timeout(),
        from_env=frozenset(env),
    )
