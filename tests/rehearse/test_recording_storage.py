"""Ended recordings go through Django's storage API, so workers on other hosts can read them.

The pieces arrive in the web host's pieces folder; "finish" seals them into the default storage,
and the worker transcribes what it reads from there. Two storages other than the data directory
stand in for a bucket: one in memory (no local paths at all) and a folder elsewhere on disk.
"""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from pytest_django.fixtures import Settings

from roundtwo.accounts.erasure import erase_account
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import append_chunk, folder, remove_orphans, store_upload
from roundtwo.rehearse.tasks import queue_finish
from tests.rehearse.conftest import webm_recording
from tests.rehearse.test_attempts import drill, record

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions


@pytest.fixture
def media(tmp_path: Path, settings: Settings) -> Path:
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


def use_storage(settings: Settings, backend: str, **options: object) -> None:
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": backend, "OPTIONS": options},
    }


def test_a_recording_sealed_into_an_in_memory_storage_is_transcribed_served_and_deleted(
    media: Path, settings: Settings, alice_client: Client, panel_opportunity: Opportunity
) -> None:
    use_storage(settings, "django.core.files.storage.InMemoryStorage")
    recording = webm_recording()
    attempt = record(alice_client, drill(panel_opportunity), recording)

    assert attempt.status == Attempt.Status.DONE, attempt.message
    assert attempt.report is not None and "country" in attempt.report["transcript"].lower()
    assert attempt.media_path.startswith("rehearse/")
    assert default_storage.open(attempt.media_path).read() == recording
    assert not list(folder().glob("*.rec")), "the pieces stayed on the web host"
    args = [panel_opportunity.pk, attempt.pk]
    served = alice_client.get(reverse("rehearse:media", args=args))
    assert b"".join(served.streaming_content) == recording  # type: ignore[attr-defined]

    alice_client.post(reverse("rehearse:delete_attempt", args=args))
    assert not default_storage.exists(attempt.media_path)


def test_a_recording_kept_in_a_folder_elsewhere_is_owner_only_and_goes_with_the_account(
    media: Path,
    settings: Settings,
    tmp_path_factory: pytest.TempPathFactory,
    alice: User,
    alice_client: Client,
    panel_opportunity: Opportunity,
) -> None:
    elsewhere = tmp_path_factory.mktemp("shared-files")
    use_storage(settings, "django.core.files.storage.FileSystemStorage", location=str(elsewhere))
    attempt = record(alice_client, drill(panel_opportunity), webm_recording())

    assert attempt.status == Attempt.Status.DONE, attempt.message
    stored = elsewhere / attempt.media_path
    assert stat.S_IMODE(stored.stat().st_mode) == 0o600
    assert not list(folder().glob("*.rec"))

    erase_account(alice)
    assert not stored.exists()


def test_with_the_default_storage_sealing_keeps_the_same_file_without_the_lost_bytes(
    media: Path, panel_opportunity: Opportunity
) -> None:
    attempt = Attempt.objects.create(
        question=drill(panel_opportunity), question_key="q", mode=Attempt.Mode.AUDIO
    )
    attempt = append_chunk(attempt, 0, b"stored piece")
    piece = folder() / attempt.media_path
    with piece.open("ab") as out:  # a piece whose row update never committed
        out.write(b"lost")

    assert queue_finish(attempt)
    attempt.refresh_from_db()
    assert attempt.media_path == f"rehearse/{piece.name}"
    assert (media / attempt.media_path).samefile(piece)
    assert piece.read_bytes() == b"stored piece"
    assert stat.S_IMODE(piece.stat().st_mode) == 0o600


def test_a_finish_sent_twice_queues_one_report(
    media: Path, alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = append_chunk(
        Attempt.objects.create(
            question=drill(panel_opportunity), question_key="q", mode=Attempt.Mode.AUDIO
        ),
        0,
        b"piece",
    )
    assert queue_finish(attempt)
    assert not queue_finish(attempt)
    assert DBTaskResult.objects.filter(task_path__endswith="finish_task").count() == 1


def test_recordings_no_attempt_refers_to_are_removed_from_the_storage_too(
    media: Path, settings: Settings, panel_opportunity: Opportunity
) -> None:
    use_storage(settings, "django.core.files.storage.InMemoryStorage")
    default_storage.save("rehearse/stray.rec", ContentFile(b"a deleted attempt's voice"))
    attempt = Attempt.objects.create(
        question=drill(panel_opportunity), question_key="q", mode=Attempt.Mode.UPLOAD
    )
    store_upload(attempt, b"kept")
    assert remove_orphans(older_than=timedelta(0)) == 1
    assert default_storage.exists(attempt.media_path)
    assert not default_storage.exists("rehearse/stray.rec")
