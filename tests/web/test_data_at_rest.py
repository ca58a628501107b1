"""Data at rest: the data directory is 0700 and every file Round Two writes in it is 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection
from pytest_django.fixtures import Settings

from roundtwo import config
from roundtwo.private_files import tighten
from tests.conftest import make_user, signed_in
from tests.web.account_flow import fill_account


def modes(directory: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(directory.stat().st_mode)}
    for path in directory.rglob("*"):
        found[str(path.relative_to(directory))] = stat.S_IMODE(path.stat().st_mode)
    return found


def not_private(directory: Path) -> dict[str, str]:
    return {
        name: oct(mode)
        for name, mode in modes(directory).items()
        if mode != (0o700 if (directory / name).is_dir() else 0o600)
    }


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """As if something in the process had loosened the umask: files must stay private anyway."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.django_db(transaction=True)  # the worker manages its own transactions
def test_recordings_attachments_packs_and_exports_are_private_whatever_the_umask(
    tmp_path: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch, lax_umask: None
) -> None:
    monkeypatch.setenv("ROUNDTWO_DATA_DIR", str(tmp_path / "data"))
    data_dir = config.data_dir()
    settings.DATA_DIR, settings.MEDIA_ROOT = data_dir, data_dir / "media"
    alice = make_user("alice")
    fill_account(alice, signed_in(alice))
    written = modes(data_dir)
    for folder in ("media/rehearse", "media/documents", "media/packs", "media/exports"):
        assert any(name.startswith(folder + "/") for name in written), folder
    assert not_private(data_dir) == {}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite files")
def test_a_fresh_start_makes_a_private_database_wal_and_keys(tmp_path: Path) -> None:
    data_dir = tmp_path / "fresh"
    code = (
        "import os; os.umask(0o022); os.environ['DJANGO_SETTINGS_MODULE'] = 'roundtwo.settings'; "
        "import django; django.setup(); "
        "from django.core.management import call_command; call_command('migrate', verbosity=0); "
        "from django.contrib.auth.models import User; User.objects.create(username='jo'); "
        "from roundtwo.core.fields import field_key; field_key(); "
        "open(os.path.join(os.environ['ROUNDTWO_DATA_DIR'], 'probe'), 'w').close()"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"ROUNDTWO_DATA_DIR": str(data_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names = set(modes(data_dir))
    assert {"roundtwo.sqlite3", "secret_key", "field_key", "probe"} <= names
    assert not_private(data_dir) == {}


def test_an_older_data_directory_is_made_private(tmp_path: Path) -> None:
    (tmp_path / "media" / "rehearse").mkdir(parents=True)
    (tmp_path / "media" / "rehearse" / "a.rec").write_bytes(b"x")
    (tmp_path / "roundtwo.sqlite3").write_bytes(b"x")
    for path in tmp_path.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    tmp_path.chmod(0o755)
    assert tighten(tmp_path) == 5
    assert not_private(tmp_path) == {}
