"""A realistic account for the deletion and data-at-rest tests: rows and files of every kind."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from roundtwo.background.worker import run_pending
from roundtwo.documents.models import ChecklistItem
from roundtwo.documents.pack import day_pack
from roundtwo.documents.tasks import queue_pack
from roundtwo.followup.models import MailSettings
from roundtwo.opportunities.demo import load_demo
from roundtwo.organisations.invitations import create_invitation
from roundtwo.organisations.membership import found
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import store_upload
from roundtwo.rehearse.sessions import start_session
from roundtwo.rehearse.tasks import finish_task


def fill_account(user: User, client: Client) -> None:
    """The demo, a recording, an attachment, a day pack, an export, mail settings, a centre."""
    opportunity = load_demo(user, spoken=False)  # its own recording below is enough
    question = start_session(opportunity, "drill", question="Tell me about a hard call.")
    attempt = Attempt.objects.create(
        question=question.questions.get(), question_key="hard-call", mode="upload"
    )
    store_upload(attempt, b"\x1aE\xdf\xa3 recording of " + user.username.encode())
    attempt.new_review_token()
    attempt.save()
    ChecklistItem.objects.create(
        opportunity=opportunity,
        label="Portfolio",
        attachment=SimpleUploadedFile("portfolio.pdf", b"%PDF-1.4 " + user.username.encode()),
        attachment_name="portfolio.pdf",
    )
    MailSettings.objects.create(owner=user, smtp_host="mail.example.org", smtp_password="s3cret")
    organisation = found(f"Careers of {user.username}", user)
    create_invitation(organisation, user, f"candidate-of-{user.username}@example.org", "candidate")
    queue_pack(day_pack(opportunity))
    finish_task.enqueue(attempt.pk)  # the transcription: refuses this recording, which is no audio
    assert client.post("/backup/export/").status_code == 302
    run_pending()


def files_under(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }
