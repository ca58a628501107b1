"""User files go through Django's storage API: the data directory by default, a bucket by choice."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from pytest_django.fixtures import Settings

from roundtwo import stored_files
from roundtwo.background.models import Job
from roundtwo.background.worker import run_pending
from roundtwo.backup.tasks import queue_export

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def media(tmp_path: Path, settings: Settings) -> Path:
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


def settings_with(tmp_path: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ROUNDTWO_DATA_DIR": str(tmp_path), **variables}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    code = "import json, roundtwo.settings as s; print(json.dumps(s.STORAGES['default']))"
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_an_export_is_kept_in_the_default_storage_owner_only(
    media: Path, alice: User, alice_client: Client
) -> None:
    job = queue_export(alice.pk)
    run_pending()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert not Path(job.result_path).is_absolute()
    stored = media / job.result_path
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert stat.S_IMODE(stored.parent.stat().st_mode) == 0o700
    download = alice_client.get(f"/backup/export/{job.pk}/download/")
    assert download.status_code == 200
    assert json.loads(b"".join(download.streaming_content))  # type: ignore[attr-defined]


def test_a_file_recorded_by_an_older_version_is_still_served(
    media: Path, alice: User, alice_client: Client
) -> None:
    old = media.parent / "exports" / "old.json"
    old.parent.mkdir()
    old.write_text('{"format": "old"}')
    job = Job.objects.create(owner=alice, kind="export", status=Job.Status.DONE)
    job.result_path = str(old)
    job.save()
    download = alice_client.get(f"/backup/export/{job.pk}/download/")
    assert download.status_code == 200


def test_a_recorded_path_outside_the_data_directory_is_never_read(
    media: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.json"
    outside.write_text("{}")
    assert not stored_files.exists(str(outside))
    with pytest.raises(FileNotFoundError):
        stored_files.open_stored(str(outside))
    stored_files.delete(str(outside))
    assert outside.exists()


def test_the_default_storage_is_the_data_directory(tmp_path: Path) -> None:
    result = settings_with(tmp_path, ROUNDTWO_S3_BUCKET="")
    assert json.loads(result.stdout)["BACKEND"].endswith("FileSystemStorage")


def test_a_bucket_is_chosen_by_setting_and_kept_private(tmp_path: Path) -> None:
    result = settings_with(
        tmp_path,
        ROUNDTWO_S3_BUCKET="career-centre-files",
        ROUNDTWO_S3_ENDPOINT_URL="https://s3.example.org",
    )
    storage = json.loads(result.stdout)
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == "career-centre-files"
    assert storage["OPTIONS"]["default_acl"] == "private"
    assert storage["OPTIONS"]["querystring_auth"] is True


def test_a_bucket_over_plain_http_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    result = settings_with(
        tmp_path, ROUNDTWO_S3_BUCKET="b", ROUNDTWO_S3_ENDPOINT_URL="http://s3.example.org"
    )
    assert result.returncode != 0
    assert "ROUNDTWO_S3_ENDPOINT_URL must be an https:// address" in result.stderr
