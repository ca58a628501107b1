"""A text field kept encrypted in the database, for secrets the app must read back.

The key (Fernet: AES with an HMAC) lives in the data directory beside the secret key, in its
own 0600 file, so a copy of the database alone, or of an export, does not give the secret away.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.db import models

from roundtwo.private_files import key_file

log = logging.getLogger(__name__)

PREFIX = "fernet:"
KEY_NAME = "field_key"

if TYPE_CHECKING:
    _TextField = models.TextField[str, str]
else:
    _TextField = models.TextField


@functools.cache
def _fernet(path: Path) -> Fernet:
    return Fernet(key_file(path, lambda: Fernet.generate_key().decode()).encode())


def field_key() -> Fernet:
    return _fernet(Path(settings.DATA_DIR) / KEY_NAME)


def encrypt(text: str) -> str:
    return PREFIX + field_key().encrypt(text.encode()).decode()


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        return stored  # saved before encryption; migration followup 0002 encrypts such values
    try:
        return field_key().decrypt(stored.removeprefix(PREFIX).encode()).decode()
    except InvalidToken:
        log.warning("A saved secret does not open with this data directory's key; ask again.")
        return ""


class EncryptedTextField(_TextField):
    """Plain text in Python, encrypted in the database; the empty string stays empty."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return value if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        return encrypt(value) if value else value
