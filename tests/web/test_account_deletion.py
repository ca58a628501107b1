"""Deleting an account erases every row and file of it, signs it out, and touches no one else."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from django_tasks_db.models import DBTaskResult
from pytest_django.fixtures import Settings

from roundtwo.background.models import Job
from roundtwo.organisations.models import Organisation
from tests.conftest import PASSWORD, make_user, signed_in
from tests.web.account_flow import files_under, fill_account

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions


@pytest.fixture
def data_dir(tmp_path: Path, settings: Settings) -> Path:
    settings.DATA_DIR = tmp_path
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


def rows_of(user_id: int) -> dict[str, int]:
    """Every row that reaches this user: by a declared owner path or by any key to the user."""
    counts: dict[str, int] = {}
    user_model = get_user_model()
    for model in apps.get_models():
        lookups = [
            field.name
            for field in model._meta.get_fields()
            if isinstance(field, models.ForeignKey) and field.related_model is user_model
        ]
        if path := getattr(model, "owner_path", ""):
            lookups.append(path)
        for lookup in dict.fromkeys(lookups):
            name = f"{model._meta.label}.{lookup}"
            counts[name] = model._default_manager.filter(**{f"{lookup}__pk": user_id}).count()
    return counts


def task_ids() -> set[str]:
    return {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}


def test_deleting_an_account_leaves_nothing_of_it_and_touches_no_one_else(
    data_dir: Path,
) -> None:
    bob = make_user("bob")
    fill_account(bob, signed_in(bob))
    bobs_rows, bobs_files, bobs_tasks = rows_of(bob.pk), files_under(data_dir), task_ids()

    alice = make_user("alice")
    alice_client, other_browser = signed_in(alice), signed_in(alice)
    fill_account(alice, alice_client)
    alices_rows = rows_of(alice.pk)
    assert sum(alices_rows.values()) > 50
    # recording, attachment, pack, export, and the sample resume attached to its checklist
    assert len(files_under(data_dir)) == len(bobs_files) + 5
    assert Job.objects.filter(owner=alice).exclude(result_path="").count() == 2
    assert len(task_ids()) == 2 * len(bobs_tasks) == 6  # pack, export (done), transcription

    page = alice_client.get("/accounts/account/delete/")
    assert b"Make an export file" in page.content and b"download it" in page.content
    refused = alice_client.post("/accounts/account/delete/", {"password": "not mine"})
    assert refused.status_code == 400 and User.objects.filter(pk=alice.pk).exists()

    response = alice_client.post("/accounts/account/delete/", {"password": PASSWORD})

    assert response["Location"] == "/accounts/sign-in/"
    assert not User.objects.filter(pk=alice.pk).exists()
    assert not any(rows_of(alice.pk).values())
    assert rows_of(bob.pk) == bobs_rows
    # her organisation had no other member; his stays
    assert list(Organisation.objects.values_list("name", flat=True)) == ["Careers of bob"]
    assert files_under(data_dir) == bobs_files
    assert task_ids() == bobs_tasks
    assert not [p for p in (data_dir / "media" / "documents").iterdir() if not any(p.iterdir())]
    assert other_browser.get("/").status_code == 302  # signed out there too
    for session in Session.objects.all():
        assert session.get_decoded().get("_auth_user_id") != str(alice.pk)
    assert signed_in(bob).get("/").status_code == 200


def test_changing_the_password_keeps_this_browser_and_signs_out_the_others(alice: User) -> None:
    client, other_browser = Client(), signed_in(alice)
    client.force_login(alice)
    new = "a brisk morning of rehearsal"
    response = client.post(
        "/accounts/account/password/",
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response["Location"] == "/accounts/account/"
    assert client.get("/").status_code == 200
    assert other_browser.get("/").status_code == 302
    alice.refresh_from_db()
    assert alice.check_password(new)


def test_a_wrong_current_password_changes_nothing(alice: User, alice_client: Client) -> None:
    new = "a brisk morning of rehearsal"
    response = alice_client.post(
        "/accounts/account/password/",
        {"old_password": "wrong", "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 400
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_the_command_line_deletes_an_account_after_asking(data_dir: Path) -> None:
    from click.testing import CliRunner

    from roundtwo.cli import main

    alice, bob = make_user("alice"), make_user("bob")
    fill_account(alice, signed_in(alice))
    no = CliRunner().invoke(main, ["user", "delete", "alice"], input="n\n")
    assert no.exit_code != 0 and User.objects.filter(pk=alice.pk).exists()
    yes = CliRunner().invoke(main, ["user", "delete", "alice", "--yes"])
    assert yes.exit_code == 0, yes.output
    assert "5 files" in yes.output
    assert not any(rows_of(alice.pk).values()) and User.objects.filter(pk=bob.pk).exists()
    assert set(files_under(data_dir)) == {"field_key"}  # the site's key, no one's data
