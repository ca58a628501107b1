"""Export and import: an exact round trip, and refusals that change nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from roundtwo.ask.models import AskQuestion
from roundtwo.background.models import Job
from roundtwo.background.worker import run_pending
from roundtwo.backup.document import ImportRefused, export_document, import_document
from roundtwo.opportunities.demo import load_demo
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.services import build_practice_set
from roundtwo.resume.models import Achievement, Experience
from roundtwo.stories.models import Story


def without_timestamp(document: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in document.items() if key != "exported_at"}


def test_a_round_trip_is_exact(alice: User) -> None:
    load_demo(alice)
    task = Opportunity.objects.get().plan_tasks.first()
    assert task is not None
    first = export_document(alice)
    import_document(json.loads(json.dumps(first)), alice)
    assert without_timestamp(export_document(alice)) == without_timestamp(first)


def test_a_file_from_a_newer_version_changes_nothing(alice: User) -> None:
    load_demo(alice)
    document = export_document(alice)
    document["version"] = 99
    document["opportunities"] = []
    with pytest.raises(ImportRefused, match="newer Round Two"):
        import_document(document, alice)
    assert Opportunity.objects.filter(owner=alice).count() == 1


def test_a_file_from_another_user_is_refused(alice: User, bob: User) -> None:
    load_demo(alice)
    with pytest.raises(ImportRefused, match="belongs to the account 'alice'"):
        import_document(export_document(alice), bob)


def test_a_damaged_file_changes_nothing(alice: User) -> None:
    load_demo(alice)
    document = export_document(alice)
    document["opportunities"].append({"company": "Half", "interview_date": "not a date"})
    with pytest.raises(ImportRefused, match="damaged"):
        import_document(document, alice)
    assert Opportunity.objects.filter(owner=alice).count() == 1
    assert Opportunity.objects.get(owner=alice).interviewers.count() == 5


def test_importing_through_the_page_shows_a_clear_error(alice: User, alice_client: Client) -> None:
    upload = SimpleUploadedFile("backup.json", b"{not json", content_type="application/json")
    response = alice_client.post("/backup/", {"file": upload, "confirm": "on"})
    assert b"not readable JSON" in response.content


@pytest.mark.django_db(transaction=True)  # the worker manages its own transactions
def test_the_export_runs_as_a_background_task_and_downloads(
    alice: User, alice_client: Client
) -> None:
    load_demo(alice)
    response = alice_client.post("/backup/export/")
    job = Job.objects.get(owner=alice)
    assert response["Location"] == f"/jobs/{job.pk}/"
    assert job.status == Job.Status.QUEUED
    run_pending()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE
    assert b"Download the file" in alice_client.get(f"/jobs/{job.pk}/").content
    download = alice_client.get(f"/backup/export/{job.pk}/download/")
    document = json.loads(b"".join(download.streaming_content))  # type: ignore[attr-defined]
    assert document["opportunities"][0]["company"] == "Harbor Freight Analytics"


def test_a_round_trip_keeps_stories_resume_research_practice_and_questions_to_ask(
    alice: User,
) -> None:
    opportunity = load_demo(alice)
    Story.objects.create(owner=alice, title="The pipeline rescue", result="Failures fell to one.")
    job = Experience.objects.create(owner=alice, title="Data Engineer", organisation="Portline")
    Achievement.objects.create(experience=job, text="Built streaming pipelines in Kafka")
    build_practice_set(opportunity)
    person = opportunity.interviewers.first()
    AskQuestion.objects.create(opportunity=opportunity, interviewer=person, text="What is next?")
    first = export_document(alice)
    assert first["stories"] and first["experiences"]
    entry = first["opportunities"][0]
    assert entry["research"] and entry["practice_questions"] and entry["ask_questions"]
    import_document(json.loads(json.dumps(first)), alice)
    assert without_timestamp(export_document(alice)) == without_timestamp(first)


def test_mail_settings_travel_without_the_password_and_a_saved_password_survives(
    alice: User,
) -> None:
    from roundtwo.followup.models import MailSettings

    MailSettings.objects.create(
        owner=alice, your_name="Alice Moreau", smtp_host="mail.example.org", smtp_password="s3cret"
    )
    document = export_document(alice)
    assert document["mail_settings"]["your_name"] == "Alice Moreau"
    assert "s3cret" not in json.dumps(document)
    import_document(json.loads(json.dumps(document)), alice)
    restored = MailSettings.objects.get(owner=alice)
    assert (restored.smtp_host, restored.smtp_password) == ("mail.example.org", "s3cret")
