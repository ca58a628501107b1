"""Work whose worker died is queued again, or failed in words after three tries."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.compat import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from roundtwo.background.jobs import GAVE_UP, RESTARTING
from roundtwo.background.models import Job, WorkerLease
from roundtwo.background.recovery import MAX_ATTEMPTS, recover_lost_work, renew
from roundtwo.background.worker import run_pending
from roundtwo.backup.tasks import queue_export

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions


def claimed_by(job: Job, *workers: str) -> DBTaskResult:  # type: ignore[type-arg]
    """The job's task as a worker leaves it when it is killed mid-task."""
    row = DBTaskResult.objects.get(id=str(job.task_id))
    row.worker_ids = list(workers[:-1])
    row.claim(workers[-1])
    Job.objects.filter(pk=job.pk).update(status=Job.Status.RUNNING, progress=40)
    return row


def test_a_task_whose_worker_died_is_queued_again_and_its_job_says_so(alice: User) -> None:
    job = queue_export(alice.pk)
    claimed_by(job, "killed")
    WorkerLease.objects.create(worker_id="killed", renewed_at=timezone.now() - timedelta(minutes=1))
    assert recover_lost_work() == 1
    job.refresh_from_db()
    assert (job.status, job.message) == (Job.Status.QUEUED, RESTARTING)
    run_pending()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE


def test_a_task_held_by_a_live_worker_is_left_alone(alice: User) -> None:
    job = queue_export(alice.pk)
    row = claimed_by(job, "alive")
    renew("alive")
    assert recover_lost_work() == 0
    row.refresh_from_db()
    assert row.status == TaskResultStatus.RUNNING


def test_after_three_tries_the_job_fails_in_words_and_can_be_tried_again(
    alice: User, alice_client: Client
) -> None:
    job = queue_export(alice.pk)
    row = claimed_by(job, *[f"killed-{n}" for n in range(MAX_ATTEMPTS)])
    assert recover_lost_work() == 1
    row.refresh_from_db()
    job.refresh_from_db()
    assert row.status == TaskResultStatus.FAILED
    assert (job.status, job.message) == (Job.Status.FAILED, GAVE_UP)
    page = alice_client.get(reverse("background:job", args=[job.pk]))
    assert "Try again" in page.content.decode() and "hx-trigger" not in page.content.decode()

    alice_client.post(reverse("background:retry", args=[job.pk]))
    run_pending()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.task_id != row.id


def test_someone_else_cannot_try_a_job_again(alice: User, bob_client: Client) -> None:
    job = queue_export(alice.pk)
    Job.objects.filter(pk=job.pk).update(status=Job.Status.FAILED)
    assert bob_client.post(reverse("background:retry", args=[job.pk])).status_code == 404
    assert DBTaskResult.objects.count() == 1


def test_a_job_page_stops_asking_after_ten_minutes_and_says_why(
    alice: User, alice_client: Client
) -> None:
    job = queue_export(alice.pk)
    asking = alice_client.get(reverse("background:job", args=[job.pk])).content.decode()
    assert "hx-trigger" in asking
    Job.objects.filter(pk=job.pk).update(created_at=timezone.now() - timedelta(minutes=11))
    stopped = alice_client.get(reverse("background:job", args=[job.pk])).content.decode()
    assert "hx-trigger" not in stopped
    assert "stopped checking" in stopped and "roundtwo serve" in stopped
