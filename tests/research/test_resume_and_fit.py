"""The resume becomes evidence; the fit matrix and values map match it to the role."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.research.models import Item
from roundtwo.resume.models import Achievement, Experience
from tests.research.conftest import PAGES


def upload_resume(client: Client, name: str, data: bytes) -> str:
    upload = SimpleUploadedFile(name, data)
    response = client.post(reverse("resume:upload"), {"file": upload, "replace": "on"}, follow=True)
    return response.content.decode()


def test_a_text_resume_becomes_experience_entries_and_bullets(
    alice: User, alice_client: Client
) -> None:
    html = upload_resume(alice_client, "resume.txt", (PAGES / "resume.txt").read_bytes())
    assert "Imported" in html
    job = Experience.objects.get(owner=alice, organisation__icontains="Portline")
    assert job.achievements.count() == 4
    assert "Data Engineer" in html and "Portline" in html


def test_an_unreadable_resume_gets_a_clear_message_and_changes_nothing(
    alice: User, alice_client: Client
) -> None:
    html = upload_resume(alice_client, "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert "error-message" in html
    assert not Experience.objects.filter(owner=alice).exists()


def test_an_entry_is_corrected_by_hand(alice: User, alice_client: Client) -> None:
    upload_resume(alice_client, "resume.txt", (PAGES / "resume.txt").read_bytes())
    job = Experience.objects.get(owner=alice, organisation__icontains="Portline")
    alice_client.post(
        reverse("resume:edit", args=[job.pk]),
        {
            "kind": "job",
            "title": "Senior Data Engineer",
            "organisation": "Portline Ltd",
            "start": "2019-01",
            "end": "present",
            "location": "",
            "bullets": "Led the move to Kafka",
        },
    )
    job.refresh_from_db()
    assert job.title == "Senior Data Engineer"
    assert [a.text for a in job.achievements.all()] == ["Led the move to Kafka"]


def test_the_fit_matrix_shows_covered_and_uncovered_requirements_with_reasons(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    upload_resume(alice_client, "resume.txt", (PAGES / "resume.txt").read_bytes())
    for section, text in (
        ("must", "Experience with streaming pipelines in Kafka"),
        ("must", "A licence to operate heavy goods vehicles"),
    ):
        Item.objects.create(opportunity=alices_opportunity, section=section, name=text, edited=True)
    html = alice_client.get(reverse("research:fit", args=[alices_opportunity.pk])).content.decode()
    assert "Covered" in html and "Not covered" in html
    assert "Kafka" in html and "Suggestion:" in html


def test_the_values_map_flags_values_without_evidence(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    upload_resume(alice_client, "resume.txt", (PAGES / "resume.txt").read_bytes())
    Item.objects.create(
        opportunity=alices_opportunity,
        section="value",
        name="Own the outcome",
        text="We take responsibility for our systems, on call and off.",
        edited=True,
    )
    Item.objects.create(
        opportunity=alices_opportunity,
        section="value",
        name="Celebrate the arts",
        text="We sponsor local theatres and galleries.",
        edited=True,
    )
    html = alice_client.get(
        reverse("workspace:area", args=[alices_opportunity.pk, "fit"])
    ).content.decode()
    assert "No evidence yet" in html
    assert Achievement.objects.filter(experience__owner=alice).exists()
