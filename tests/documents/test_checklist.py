"""The checklist: suggestions, add, edit, status, reorder and remove, with htmx and without."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from roundtwo.documents.checklist import suggestions
from roundtwo.documents.models import ChecklistItem
from roundtwo.opportunities.models import Opportunity
from tests.conftest import add_interviewer

HTMX = {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def media(settings: Settings, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


def url(name: str, opportunity: Opportunity, *args: object) -> str:
    return reverse(f"documents:{name}", args=[opportunity.pk, *args])


def area(client: Client, opportunity: Opportunity) -> str:
    return client.get(
        reverse("workspace:area", args=[opportunity.pk, "documents"])
    ).content.decode()


def labels(opportunity: Opportunity) -> list[str]:
    return [item.label for item in opportunity.checklist_items.all()]


def test_the_first_visit_shows_suggestions_without_saving_them(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    html = area(alice_client, alices_opportunity)
    assert "Start my checklist with these" in html
    assert "Copies of your resume: 4" in html  # two interviewers plus two
    assert not alices_opportunity.checklist_items.exists()


def test_suggestions_count_resume_copies_from_the_round_two_panel(
    alices_opportunity: Opportunity,
) -> None:
    add_interviewer(alices_opportunity, "Kim Ng", "peer", [2])
    add_interviewer(alices_opportunity, "Only Round One", "hr", [1])
    resume = suggestions(alices_opportunity)[0]
    assert resume.label.startswith("Copies of your resume: 5 (one for each of your 3 interviewers")


def test_suggestions_fit_the_format(alices_opportunity: Opportunity) -> None:
    video = {s.key for s in suggestions(alices_opportunity)}
    assert {"video_link", "av_test", "notebook", "questions", "references"} <= video
    alices_opportunity.format = "onsite"
    onsite = {s.key for s in suggestions(alices_opportunity)}
    assert {"id", "directions"} <= onsite and "av_test" not in onsite


def test_the_button_keeps_the_suggestions_once(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    response = alice_client.post(url("suggest", alices_opportunity))
    assert response.status_code == 302
    first = labels(alices_opportunity)
    assert len(first) == len(suggestions(alices_opportunity))
    add_interviewer(alices_opportunity, "Kim Ng", "peer", [2])
    alice_client.post(url("suggest", alices_opportunity))
    again = labels(alices_opportunity)
    assert len(again) == len(first)  # nothing doubled
    assert again[0].startswith("Copies of your resume: 5")  # the count follows the panel


def test_adding_an_item_by_plain_post_goes_back_to_it(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    response = alice_client.post(
        url("add", alices_opportunity),
        {"check-label": "Signed NDA", "check-status": "todo", "check-notes": "They asked for it"},
    )
    item = alices_opportunity.checklist_items.get()
    assert response["Location"].endswith(f"/area/documents/#check-{item.pk}")
    assert item.source == ChecklistItem.Source.USER and item.notes == "They asked for it"


def test_adding_with_htmx_answers_the_list_fragment(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    response = alice_client.post(
        url("add", alices_opportunity),
        {"check-label": "Portfolio", "check-status": "ready"},
        headers=HTMX,
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<section id="checklist"') and "Portfolio" in html
    assert "<html" not in html


@pytest.mark.parametrize("headers", [{}, HTMX])
def test_a_form_error_keeps_what_was_typed(
    alice_client: Client, alices_opportunity: Opportunity, headers: dict[str, str]
) -> None:
    data = {
        "check-label": "",
        "check-status": "todo",
        "check-notes": "Ask Priya which version",
        "check-link": "not a link at all",
    }
    response = alice_client.post(url("add", alices_opportunity), data, headers=headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ask Priya which version" in html and "not a link at all" in html
    assert "This field is required." in html and "Enter a valid URL." in html
    assert not alices_opportunity.checklist_items.exists()


def test_status_changes_by_htmx_answer_the_item_alone(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    item = ChecklistItem.objects.create(opportunity=alices_opportunity, label="Notebook and pen")
    response = alice_client.post(
        url("status", alices_opportunity, item.pk), {"status": "packed"}, headers=HTMX
    )
    html = response.content.decode()
    assert html.startswith(f'<li id="check-{item.pk}"')
    assert 'aria-pressed="true">✓ Packed' in html
    item.refresh_from_db()
    assert item.status == "packed"


def test_status_changes_by_plain_post_and_refuses_an_unknown_status(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    item = ChecklistItem.objects.create(opportunity=alices_opportunity, label="Photo ID")
    response = alice_client.post(url("status", alices_opportunity, item.pk), {"status": "printed"})
    assert response["Location"].endswith(f"#check-{item.pk}")
    bad = alice_client.post(url("status", alices_opportunity, item.pk), {"status": "lost"})
    assert bad.status_code == 400
    item.refresh_from_db()
    assert item.status == "printed"


def test_editing_inline_with_htmx(alice_client: Client, alices_opportunity: Opportunity) -> None:
    item = ChecklistItem.objects.create(opportunity=alices_opportunity, label="Resume copies")
    form = alice_client.get(url("edit", alices_opportunity, item.pk), headers=HTMX).content.decode()
    assert form.startswith(f'<li id="check-{item.pk}"') and 'name="item' in form
    prefix = f"item{item.pk}"
    response = alice_client.post(
        url("edit", alices_opportunity, item.pk),
        {
            f"{prefix}-label": "Resume copies, stapled",
            f"{prefix}-status": "ready",
            f"{prefix}-link": "https://example.com/cv.pdf",
        },
        headers=HTMX,
    )
    assert "Resume copies, stapled" in response.content.decode()
    item.refresh_from_db()
    assert (item.label, item.status, item.link) == (
        "Resume copies, stapled",
        "ready",
        "https://example.com/cv.pdf",
    )


def test_editing_without_javascript_uses_a_page_and_keeps_input_on_error(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    item = ChecklistItem.objects.create(opportunity=alices_opportunity, label="Portfolio")
    page = alice_client.get(url("edit", alices_opportunity, item.pk)).content.decode()
    assert "<html" in page and "Edit a thing to bring" in page
    prefix = f"item{item.pk}"
    response = alice_client.post(
        url("edit", alices_opportunity, item.pk),
        {f"{prefix}-label": "", f"{prefix}-status": "ready", f"{prefix}-notes": "keep me"},
    )
    assert "keep me" in response.content.decode()
    item.refresh_from_db()
    assert item.label == "Portfolio"


def test_reordering_and_removing(alice_client: Client, alices_opportunity: Opportunity) -> None:
    for position, label in enumerate(["A", "B", "C"]):
        ChecklistItem.objects.create(opportunity=alices_opportunity, label=label, position=position)
    c = alices_opportunity.checklist_items.get(label="C")
    alice_client.post(url("move", alices_opportunity, c.pk), {"direction": "up"}, headers=HTMX)
    assert labels(alices_opportunity) == ["A", "C", "B"]
    alice_client.post(url("move", alices_opportunity, c.pk), {"direction": "up"})
    alice_client.post(url("move", alices_opportunity, c.pk), {"direction": "up"})  # already first
    assert labels(alices_opportunity) == ["C", "A", "B"]
    response = alice_client.post(url("delete", alices_opportunity, c.pk), headers=HTMX)
    assert labels(alices_opportunity) == ["A", "B"]
    assert 'id="checklist"' in response.content.decode()


def test_items_that_share_a_position_still_move(alices_opportunity: Opportunity) -> None:
    from roundtwo.documents.checklist import move

    for label in ["A", "B", "C"]:
        ChecklistItem.objects.create(opportunity=alices_opportunity, label=label, position=0)
    move(alices_opportunity.checklist_items.get(label="C"), -1)
    assert labels(alices_opportunity) == ["A", "C", "B"]


def test_an_attached_file_is_stored_downloaded_and_removed(
    alice_client: Client, alices_opportunity: Opportunity, media: Path
) -> None:
    upload = SimpleUploadedFile("My résumé.pdf", b"%PDF-1.4 sample", content_type="application/pdf")
    alice_client.post(
        url("add", alices_opportunity),
        {"check-label": "Resume", "check-status": "todo", "check-attachment": upload},
    )
    item = alices_opportunity.checklist_items.get()
    stored = media / item.attachment.name
    assert stored.is_file() and item.attachment.name.startswith("documents/")
    assert item.attachment_name == "My résumé.pdf"
    download = alice_client.get(url("attachment", alices_opportunity, item.pk))
    assert b"".join(download.streaming_content) == b"%PDF-1.4 sample"  # type: ignore[attr-defined]
    assert download["Content-Disposition"].startswith("attachment")
    alice_client.post(url("delete", alices_opportunity, item.pk))
    assert not stored.exists()


def test_replacing_a_file_removes_the_old_one(
    alice_client: Client, alices_opportunity: Opportunity, media: Path
) -> None:
    item = ChecklistItem.objects.create(opportunity=alices_opportunity, label="Samples")
    prefix = f"item{item.pk}"
    edit = url("edit", alices_opportunity, item.pk)
    first = SimpleUploadedFile("one.txt", b"one")
    alice_client.post(
        edit,
        {f"{prefix}-label": "Samples", f"{prefix}-status": "todo", f"{prefix}-attachment": first},
    )
    item.refresh_from_db()
    old = media / item.attachment.name
    second = SimpleUploadedFile("two.txt", b"two")
    alice_client.post(
        edit,
        {f"{prefix}-label": "Samples", f"{prefix}-status": "todo", f"{prefix}-attachment": second},
    )
    item.refresh_from_db()
    assert not old.exists() and (media / item.attachment.name).read_bytes() == b"two"
    alice_client.post(
        edit,
        {
            f"{prefix}-label": "Samples",
            f"{prefix}-status": "todo",
            f"{prefix}-remove_attachment": "on",
        },
    )
    item.refresh_from_db()
    assert not item.attachment and item.attachment_name == ""


def test_a_file_over_the_limit_is_refused_with_the_input_kept(
    alice_client: Client, alices_opportunity: Opportunity, settings: Settings
) -> None:
    settings.MAX_IMPORT_BYTES = 1024
    upload = SimpleUploadedFile("big.pdf", b"x" * 2048)
    response = alice_client.post(
        url("add", alices_opportunity),
        {"check-label": "Big portfolio", "check-status": "todo", "check-attachment": upload},
    )
    html = response.content.decode()
    assert "Link to it instead" in html and "Big portfolio" in html
    assert not alices_opportunity.checklist_items.exists()


def test_a_missing_file_answers_404(alice_client: Client, alices_opportunity: Opportunity) -> None:
    item = ChecklistItem.objects.create(opportunity=alices_opportunity, label="Nothing attached")
    assert alice_client.get(url("attachment", alices_opportunity, item.pk)).status_code == 404


def test_readiness_counts_ready_and_packed_items(
    alice_client: Client, alices_opportunity: Opportunity, alice: User
) -> None:
    ChecklistItem.objects.create(opportunity=alices_opportunity, label="A", status="packed")
    ChecklistItem.objects.create(opportunity=alices_opportunity, label="B", status="todo")
    html = area(alice_client, alices_opportunity)
    assert "1 of 2 things to bring ready, printed or packed" in html
    alice_client.post(url("pack_printed", alices_opportunity))
    assert alices_opportunity.day_pack.printed_at is not None
