"""Checks on every value that goes into a mail header, done before anything is built or sent."""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email

# Cc: C0/C1 controls (CR, LF, NUL, TAB, ESC...); Zl/Zp: U+2028 and U+2029, which str.splitlines
# and some mail clients treat as line breaks, so they could start a new header too.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
# A body is many lines, so line breaks and tabs are fine there; other controls are not.
_BODY_ALLOWED = frozenset("\r\n\t")


def validate_header_value(text: str) -> str:
    """`text` unchanged, or ValueError if it holds a character that could end the header line.

    Header injection ("Anna\\r\\nBcc: everyone@example.com") works only through such characters,
    so refusing them is the whole defence; the email package then encodes what remains.
    """
    bad = _forbidden(text, allowed=frozenset())
    if bad:
        raise ValueError(
            f"“{_shown(text)}” contains a line break or control character ({bad}), which cannot "
            "appear in a mail header."
        )
    return text


def validate_body(text: str) -> str:
    """`text` unchanged, or ValueError for control characters other than line breaks and tabs."""
    bad = _forbidden(text, allowed=_BODY_ALLOWED)
    if bad:
        raise ValueError(f"The message text contains a control character ({bad}).")
    return text


def validate_address(addr: str) -> str:
    """The address as it goes on the wire, or ValueError("… is not a valid email address").

    Syntax only (email-validator with check_deliverability=False): no DNS lookup, so it works
    offline and reveals nothing. Internationalised domains come back in their ASCII (punycode)
    form; a non-ASCII part before the @ is refused, because it needs SMTPUTF8, which many mail
    servers and Python's smtplib with AUTH do not handle reliably.
    """
    validate_header_value(addr)
    candidate = addr.strip(" ")
    try:
        checked = validate_email(candidate, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as error:
        raise ValueError(f"“{_shown(candidate)}” is not a valid email address. {error}") from None
    return checked.ascii_email or checked.normalized


def _forbidden(text: str, allowed: frozenset[str]) -> str:
    """The first forbidden character as U+XXXX, or "" when there is none."""
    for char in text:
        if char not in allowed and unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            return f"U+{ord(char):04X}"
    return ""


def _shown(text: str, limit: int = 60) -> str:
    """Text safe to quote back in a message: controls made visible, long values cut."""
    visible = "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in _FORBIDDEN_CATEGORIES else c for c in text
    )
    return visible if len(visible) <= limit else visible[: limit - 1] + "…"
