"""Mail from Round Two: a thank-you or follow-up note as an SMTP send, an .eml file or a link.

`build_message` checks every value first (ValueError): addresses with email-validator (syntax
only, no DNS), headers free of line breaks and control characters, so no header can be
injected. Names and subjects in any script are encoded by the email package. `send` talks to the
user's own SMTP server (STARTTLS, implicit TLS, or plain to localhost only) and turns every
failure into a `SendError` whose message is a sentence and never contains the password.
"""

from __future__ import annotations

from .checks import validate_address, validate_body, validate_header_value
from .errors import SendError, SendErrorKind
from .message import OutgoingMail, build_message, mailto_url, to_eml
from .settings import Security, SmtpSettings
from .smtp import send

__all__ = [
    "OutgoingMail",
    "Security",
    "SendError",
    "SendErrorKind",
    "SmtpSettings",
    "build_message",
    "mailto_url",
    "send",
    "to_eml",
    "validate_address",
    "validate_body",
    "validate_header_value",
]
