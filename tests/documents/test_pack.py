"""The interview-day pack: every section when there is data, none of the empty ones, a real PDF."""

from __future__ import annotations

import io
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader

from roundtwo.background.models import Job
from roundtwo.background.worker import run_pending
from roundtwo.documents.models import ChecklistItem, DayPack
from roundtwo.documents.pack import build_pack, pack_html, pack_pdf, shorten
from roundtwo.opportunities.models import Opportunity
from tests.conftest import add_interviewer, make_opportunity
from tests.documents.conftest import VALUES

SECTIONS = ("logistics", "people", "company", "stories", "fit", "questions", "checklist")


def section_ids(html: str) -> set[str]:
    return set(re.findall(r'<section id="pack-([a-z]+)"', html))


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_html_pack_holds_every_section(
    alice_client: Client, full_opportunity: Opportunity
) -> None:
    response = alice_client.get(reverse("documents:pack", args=[full_opportunity.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert section_ids(html) == set(SECTIONS)
    for text in (
        "Priya Raman at reception",
        "14 Quay Street, Bristol",
        "Dana Lee",
        "Sam Ortiz",
        "How do you measure data quality today?",
        "Say it plainly",
        "Opened a Rotterdam office",
        "The pipeline rescue",
        "On-call pages down 80%",
        "What would success look like in a year?",
        "Photo ID",
    ):
        assert text in html, text
    assert 'href="/static/documents/pack.css"' in html and "<style" not in html  # CSP: no inline


def test_with_no_interviewers_and_no_research_the_pack_keeps_only_what_it_has(
    alice: User, alice_client: Client
) -> None:
    bare = make_opportunity(alice, company="Borealis")
    html = alice_client.get(reverse("documents:pack", args=[bare.pk])).content.decode()
    assert section_ids(html) == {"logistics"}
    assert "none yet" not in html.lower() and "Your interviewers" not in html


def test_a_section_appears_as_soon_as_it_has_something(alice: User) -> None:
    bare = make_opportunity(alice, company="Borealis")
    ChecklistItem.objects.create(opportunity=bare, label="Notebook")
    add_interviewer(bare, "Ana Lima", "peer", [2])
    assert section_ids(pack_html(build_pack(bare))) == {"logistics", "people", "checklist"}


def test_the_logistics_give_the_time_with_its_zone(alice: User) -> None:
    import datetime as dt

    opportunity = make_opportunity(
        alice,
        interview_date=dt.date(2026, 7, 14),
        interview_time=dt.time(9, 30),
        time_zone="Europe/London",
        meeting_link="https://meet.example.com/abc",
    )
    rows = dict(build_pack(opportunity).logistics)
    assert rows["When"] == "Tuesday 14 July 2026, 09:30 (Europe/London, BST)"
    assert rows["How to join"] == "https://meet.example.com/abc"
    assert rows["Format"] == "Video call"


def test_star_bullets_are_short() -> None:
    text = "First sentence is short. " + "word " * 80
    assert shorten(text) == "First sentence is short."
    assert shorten("one " * 50).endswith("…")


def test_the_pdf_holds_the_interviewers_and_the_company_values(
    full_opportunity: Opportunity,
) -> None:
    data = pack_pdf(full_opportunity, "A4")
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = pdf_text(data)
    for name in ("Dana Lee", "Sam Ortiz", *VALUES):
        assert name in text, name


def test_a_letter_pdf_is_letter_sized(full_opportunity: Opportunity) -> None:
    reader = PdfReader(io.BytesIO(pack_pdf(full_opportunity, "Letter")))
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (612, 792)


def test_names_in_any_script_and_very_long_notes_still_make_a_pdf(alice: User) -> None:
    opportunity = make_opportunity(alice, company="Société Générale Ørsted")
    add_interviewer(opportunity, "José Ñúñez", "hiring_manager", [2])
    add_interviewer(opportunity, "Zoë Brontë", "peer", [2])
    add_interviewer(opportunity, "שרה כהן", "executive", [2])
    add_interviewer(opportunity, "李小龙", "peer", [2])
    long_word = "x" * 400
    ChecklistItem.objects.create(
        opportunity=opportunity, label="Samples", notes=("A long note. " * 380) + long_word
    )
    text = pdf_text(pack_pdf(opportunity, "A4"))
    # the text layer holds every script; CJK glyphs print only where a CJK font is installed
    for name in ("José Ñúñez", "Zoë Brontë", "Société Générale Ørsted", "שרה כהן", "李小龙"):
        assert name in text, name
    assert len(PdfReader(io.BytesIO(pack_pdf(opportunity, "A4"))).pages) >= 2


@pytest.mark.django_db(transaction=True)  # the worker manages its own transactions
def test_the_pdf_is_made_in_the_background_and_downloaded(alice: User) -> None:
    from tests.conftest import signed_in
    from tests.documents.conftest import fill_for_pack

    opportunity = make_opportunity(alice)
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [2])
    fill_for_pack(opportunity)
    client = signed_in(alice)
    response = client.post(
        reverse("documents:pack_make", args=[opportunity.pk]),
        {"pack-page_size": "Letter", "pack-ask_for": "Priya at reception", "action": "pdf"},
    )
    job = Job.objects.get(owner=alice, kind="pack")
    assert response["Location"] == reverse("documents:pack_job", args=[opportunity.pk, job.pk])
    waiting = client.get(response["Location"]).content.decode()
    assert "<progress" in waiting and "reload it" in waiting
    run_pending()
    job.refresh_from_db()
    assert job.status == Job.Status.DONE, job.message
    done = client.get(response["Location"], headers={"HX-Request": "true"}).content.decode()
    assert "Download the PDF" in done and "hx-trigger" not in done
    download = client.get(reverse("documents:pack_download", args=[opportunity.pk, job.pk]))
    data = b"".join(download.streaming_content)  # type: ignore[attr-defined]
    assert download["Content-Type"] == "application/pdf"
    assert "Dana Lee" in pdf_text(data) and "Priya at reception" in pdf_text(data)
    pack = DayPack.objects.get(opportunity=opportunity)
    assert pack.page_size == "Letter" and pack.job_id == job.pk


def test_saving_and_viewing_opens_the_web_page(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    response = alice_client.post(
        reverse("documents:pack_make", args=[alices_opportunity.pk]),
        {"pack-page_size": "A4", "pack-ask_for": "Dana", "action": "view"},
    )
    assert response["Location"] == reverse("documents:pack", args=[alices_opportunity.pk])
    assert not Job.objects.filter(kind="pack").exists()


def test_when_everyone_has_questions_of_their_own_the_pack_shows_only_those(
    alices_opportunity: Opportunity,
) -> None:
    from roundtwo.ask.models import AskQuestion

    for person in alices_opportunity.interviewers.all():
        AskQuestion.objects.create(
            opportunity=alices_opportunity, interviewer=person, text=f"A question for {person.name}"
        )
    people = build_pack(alices_opportunity).people
    assert [p.questions for p in people] == [
        ("A question for Dana Lee",),
        ("A question for Sam Ortiz",),
    ]
    assert not any(p.suggested for p in people)
    assert all("Operations Analyst" in p.perspective or p.perspective for p in people)
