"""The site's own mail (password resets): the ROUNDTWO_SMTP_* variables, without a user.

Follow-up notes go out through each user's settings, which the same variables override; mail
the site itself sends has no user to take settings from, so it is possible only when the
environment names at least the server and the sender (ROUNDTWO_SMTP_HOST and _FROM).
"""

from __future__ import annotations

from roundtwo.engines.mail import OutgoingMail, SmtpSettings, send
from roundtwo.followup.mail_setup import MailSetupError, _port, _timeout, env_overrides

SECURITIES = ("starttls", "tls", "none")


def site_mail() -> tuple[SmtpSettings, str] | None:
    """The server and the sender address, or None when the site has no mail of its own."""
    env = env_overrides()
    if not env.get("smtp_host") or not env.get("from_address"):
        return None
    security = env.get("smtp_security", "starttls").lower()
    if security not in SECURITIES:
        raise MailSetupError(f"ROUNDTWO_SMTP_SECURITY must be one of {', '.join(SECURITIES)}.")
    server = SmtpSettings(
        host=env["smtp_host"],
        port=_port(env["smtp_port"]) if "smtp_port" in env else 587,
        security=security,  # type: ignore[arg-type]  # checked above
        username=env.get("smtp_username", ""),
        password=env.get("smtp_password", ""),
        timeout_s=_timeout(),
    )
    return server, env["from_address"]


def configured() -> bool:
    try:
        return site_mail() is not None
    except (MailSetupError, ValueError):
        return False


def send_from_site(to: str, subject: str, body: str) -> str:
    """Send one mail as the site; raises SendError (or ValueError for a bad value)."""
    found = site_mail()
    if found is None:
        raise MailSetupError("This site has no mail settings (ROUNDTWO_SMTP_HOST and _FROM).")
    server, sender = found
    mail = OutgoingMail(sender=sender, to=to, subject=subject, body=body, sender_name="Round Two")
    return send(mail, server)
