"""Recordings survive a crash: a lost analysis runs again, an ended recording still gets its
report, a piece is never stored twice, and files no attempt refers to are removed."""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from pytest_django.fixtures import Settings

from roundtwo.background.recovery import MAX_ATTEMPTS, recover_lost_work
from roundtwo.background.worker import run_pending
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import (
    append_chunk,
    folder,
    has_recording,
    piece_file,
    remove_orphans,
)
from roundtwo.rehearse.recovery import finish_abandoned
from roundtwo.rehearse.tasks import queue_finish
from tests.rehearse.conftest import begin_recording, speech_clip
from tests.rehearse.test_attempts import drill

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions


def recorded(opportunity: Opportunity) -> Attempt:
    attempt = Attempt.objects.create(
        question=drill(opportunity), question_key="q", mode=Attempt.Mode.AUDIO
    )
    return append_chunk(attempt, 0, speech_clip().read_bytes())


def age(path: os.PathLike[str], minutes: float) -> None:
    then = time.time() - minutes * 60
    os.utime(path, (then, then))


def kill_the_worker_during_finish(attempt: Attempt, tries: int = 1) -> None:
    queue_finish(attempt)
    row = DBTaskResult.objects.get()
    row.worker_ids = [f"killed-{n}" for n in range(tries - 1)]
    row.claim(f"killed-{tries - 1}")


def test_an_analysis_whose_worker_died_runs_again_and_the_report_comes(
    panel_opportunity: Opportunity,
) -> None:
    attempt = recorded(panel_opportunity)
    kill_the_worker_during_finish(attempt)
    assert recover_lost_work() == 1
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.PROCESSING and "starting again" in attempt.message
    run_pending()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.DONE and attempt.report


def test_after_three_lost_analyses_the_attempt_fails_in_words_and_keeps_its_recording(
    panel_opportunity: Opportunity,
) -> None:
    attempt = recorded(panel_opportunity)
    kill_the_worker_during_finish(attempt, tries=MAX_ATTEMPTS)
    recover_lost_work()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.FAILED
    assert "stopped 3 times" in attempt.message and has_recording(attempt)


def test_a_recording_whose_finish_never_arrived_still_gets_its_report(
    panel_opportunity: Opportunity,
) -> None:
    attempt = recorded(panel_opportunity)
    assert finish_abandoned() == 0  # still arriving, as far as anyone can tell
    path = piece_file(attempt)
    assert path is not None
    age(path, 2)
    assert finish_abandoned() == 1
    run_pending()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.DONE


def test_a_piece_written_before_a_crash_lost_its_save_is_not_doubled_when_sent_again(
    panel_opportunity: Opportunity,
) -> None:
    attempt = append_chunk(
        Attempt.objects.create(
            question=drill(panel_opportunity), question_key="q", mode=Attempt.Mode.AUDIO
        ),
        0,
        b"first",
    )
    path = piece_file(attempt)
    assert path is not None
    with path.open("ab") as out:  # the second piece's bytes, whose row update never committed
        out.write(b"second")
    append_chunk(attempt, 1, b"second")
    assert path.read_bytes() == b"firstsecond"


def test_a_duplicate_piece_gets_409_with_the_piece_the_server_waits_for(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    urls = begin_recording(alice_client, drill(panel_opportunity))
    for expected_status in (200, 409):
        response = alice_client.post(
            urls["chunk_url"],
            b"piece",
            content_type="application/octet-stream",
            headers={"X-Chunk-Index": "0"},
        )
        assert response.status_code == expected_status
    assert response.json()["expected"] == 1


def test_recordings_no_attempt_refers_to_are_removed_once_old(
    panel_opportunity: Opportunity, settings: Settings, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = tmp_path  # only this test's files
    kept = piece_file(recorded(panel_opportunity))
    assert kept is not None
    stray, young = folder() / "stray.rec", folder() / "young.rec"
    stray.write_bytes(b"a deleted attempt's voice")
    young.write_bytes(b"an upload whose attempt is being saved")
    for path in (kept, stray):
        age(path, 11)
    assert remove_orphans() == 1
    assert kept.is_file() and young.is_file() and not stray.exists()


def test_an_attempt_page_stops_asking_after_half_an_hour_and_says_why(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = recorded(panel_opportunity)
    url = reverse("rehearse:attempt", args=[panel_opportunity.pk, attempt.pk])
    assert "hx-trigger" in alice_client.get(url).content.decode()
    Attempt.objects.filter(pk=attempt.pk).update(created_at=timezone.now() - timedelta(hours=1))
    stopped = alice_client.get(url).content.decode()
    assert "hx-trigger" not in stopped and "stopped checking" in stopped
