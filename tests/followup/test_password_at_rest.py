"""The SMTP password is stored encrypted, with a key beside the secret key, never exported."""

from __future__ import annotations

import importlib
import json
import stat
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection

from roundtwo.backup.document import export_document
from roundtwo.core.fields import KEY_NAME
from roundtwo.followup.models import MailSettings

SECRET = "correct horse battery staple"


def stored(row: MailSettings) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT smtp_password FROM followup_mailsettings WHERE id = %s", [row.pk])
        value: str = cursor.fetchone()[0]
    return value


def test_the_password_is_encrypted_in_the_database_and_reads_back(alice: User) -> None:
    row = MailSettings.objects.create(owner=alice, smtp_host="mail.example.org")
    row.smtp_password = SECRET
    row.save()
    assert SECRET not in stored(row) and stored(row).startswith("fernet:")
    assert MailSettings.objects.get(pk=row.pk).smtp_password == SECRET
    key = Path(settings.DATA_DIR) / KEY_NAME
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.parent == (Path(settings.DATA_DIR) / "secret_key").parent


def test_the_password_is_never_in_an_export(alice: User) -> None:
    MailSettings.objects.create(owner=alice, smtp_host="mail.example.org", smtp_password=SECRET)
    document = json.dumps(export_document(alice))
    assert SECRET not in document and "fernet:" not in document and "smtp_password" not in document


def test_the_migration_encrypts_passwords_saved_in_plain_text_before(alice: User) -> None:
    row = MailSettings.objects.create(owner=alice, smtp_host="mail.example.org")
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE followup_mailsettings SET smtp_password = %s WHERE id = %s", [SECRET, row.pk]
        )
    assert MailSettings.objects.get(pk=row.pk).smtp_password == SECRET  # still usable
    migration = importlib.import_module("roundtwo.followup.migrations.0002_encrypt_smtp_password")
    migration.encrypt_saved_passwords(apps, None)
    assert stored(row).startswith("fernet:")
    assert MailSettings.objects.get(pk=row.pk).smtp_password == SECRET


def test_an_empty_password_stays_empty(alice: User) -> None:
    row = MailSettings.objects.create(owner=alice, smtp_host="mail.example.org")
    assert stored(row) == ""
