"""Research sources: a URL, a file or pasted text becomes facts with their source, or an error."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from roundtwo.background.models import Job
from roundtwo.background.worker import run_pending
from roundtwo.opportunities.models import Opportunity
from roundtwo.research.models import Item, Source
from tests.engines.documents.builders import blank_pdf, make_pdf
from tests.research.conftest import PAGES

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions

POSTING_TEXT = """Operations Coordinator

What you will do
- Plan weekly delivery routes with the warehouse team
- Report on-time delivery to the operations manager

Requirements
- Two years in logistics or operations
- Confident with Excel

Nice to have
- Experience with SAP
"""


def add_source(client: Client, opportunity: Opportunity, **data: object) -> Source:
    response = client.post(reverse("research:add_source", args=[opportunity.pk]), data)
    assert response.status_code == 302, response.content.decode()[:800]
    run_pending()
    return Source.objects.get(opportunity=opportunity, pk=Source.objects.latest("pk").pk)


def sections(opportunity: Opportunity) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for item in opportunity.research_items.all():
        found.setdefault(item.section, []).append(item.name)
    return found


def test_a_pasted_posting_becomes_the_structured_role(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    source = add_source(alice_client, alices_opportunity, kind="job", text=POSTING_TEXT)
    assert source.status == Source.Status.READY
    found = sections(alices_opportunity)
    assert any("Excel" in text for text in found["must"])
    assert any("SAP" in text for text in found["nice"])
    assert any("delivery routes" in text for text in found["responsibility"])
    page = alice_client.get(reverse("workspace:area", args=[alices_opportunity.pk, "research"]))
    assert "Must-have requirement" in page.content.decode()


def test_a_posting_fetched_by_url_lists_its_facts_with_the_source(
    alice_client: Client, alices_opportunity: Opportunity, allow_page_server: str
) -> None:
    url = f"{allow_page_server}/job.html"
    source = add_source(alice_client, alices_opportunity, kind="job", url=url)
    assert source.status == Source.Status.READY, source.error
    assert source.fetched_at is not None
    must = sections(alices_opportunity)["must"]
    assert any("SQL" in text for text in must)
    assert all(item.source == source for item in alices_opportunity.research_items.all())
    job = Job.objects.get(owner=alices_opportunity.owner, kind="research")
    assert job.status == Job.Status.DONE and job.return_url.endswith("#sources")


def test_a_company_page_gives_mission_values_and_news_but_no_menu_items(
    alice_client: Client, alices_opportunity: Opportunity, allow_page_server: str
) -> None:
    add_source(
        alice_client, alices_opportunity, kind="company", url=f"{allow_page_server}/values.html"
    )
    found = sections(alices_opportunity)
    assert set(found["value"]) == {"Own the outcome", "Say it plainly", "Leave the harbour cleaner"}
    assert "empty miles" in found["mission"][0]
    recent = alices_opportunity.research_items.get(section="recent")
    assert recent.date == "2026-09-14"
    fit_page = alice_client.get(reverse("workspace:area", args=[alices_opportunity.pk, "fit"]))
    assert "Own the outcome" in fit_page.content.decode()


def test_an_address_inside_the_network_is_refused_and_nothing_is_added(
    alice_client: Client, alices_opportunity: Opportunity, page_server: str
) -> None:
    source = add_source(alice_client, alices_opportunity, kind="job", url=f"{page_server}/job.html")
    assert source.status == Source.Status.FAILED
    assert "network" in source.error.lower() or "internal" in source.error.lower()
    assert not alices_opportunity.research_items.exists()
    page = alice_client.get(reverse("workspace:area", args=[alices_opportunity.pk, "research"]))
    assert source.error in page.content.decode()


def test_an_uploaded_html_file_is_read_like_a_fetched_page(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    upload = SimpleUploadedFile("values.html", (PAGES / "values.html").read_bytes())
    source = add_source(alice_client, alices_opportunity, kind="company", file=upload)
    assert source.status == Source.Status.READY and source.upload is None
    assert alices_opportunity.research_items.filter(section="value").count() == 3


def test_a_form_with_nothing_to_read_keeps_the_choice_and_explains(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    url = reverse("research:add_source", args=[alices_opportunity.pk])
    response = alice_client.post(url, {"kind": "news"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Give one of these" in html
    assert 'value="news" selected' in html
    assert not Source.objects.exists()


def test_reading_a_source_again_keeps_the_facts_the_user_edited(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    source = add_source(alice_client, alices_opportunity, kind="job", text=POSTING_TEXT)
    item = alices_opportunity.research_items.filter(section="must").first()
    assert item is not None
    edit = reverse("research:edit_item", args=[alices_opportunity.pk, item.pk])
    alice_client.post(edit, {"section": "must", "name": "Three years in logistics", "text": ""})
    before = alices_opportunity.research_items.count()
    alice_client.post(reverse("research:refresh_source", args=[alices_opportunity.pk, source.pk]))
    run_pending()
    assert alices_opportunity.research_items.filter(name="Three years in logistics").exists()
    assert alices_opportunity.research_items.count() == before


def test_removing_a_source_removes_its_facts_but_not_the_users_own(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    source = add_source(alice_client, alices_opportunity, kind="job", text=POSTING_TEXT)
    alice_client.post(
        reverse("research:add_item", args=[alices_opportunity.pk]),
        {"section": "trend", "name": "Same-day delivery is becoming the norm", "text": ""},
    )
    alice_client.post(reverse("research:delete_source", args=[alices_opportunity.pk, source.pk]))
    assert list(alices_opportunity.research_items.values_list("section", flat=True)) == ["trend"]
    assert Item.objects.get().source is None


def test_a_scanned_pdf_says_it_has_no_text_instead_of_an_empty_success(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    upload = SimpleUploadedFile("posting.pdf", blank_pdf(2), content_type="application/pdf")
    source = add_source(alice_client, alices_opportunity, kind="job", file=upload)
    assert source.status == Source.Status.FAILED
    assert "could not read text" in source.error.lower()
    assert not alices_opportunity.research_items.exists()


def test_a_pdf_posting_with_text_is_read_in_the_sandbox(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    pdf = make_pdf([POSTING_TEXT])
    upload = SimpleUploadedFile("posting.pdf", pdf, content_type="application/pdf")
    source = add_source(alice_client, alices_opportunity, kind="job", file=upload)
    assert source.status == Source.Status.READY, source.error
    assert alices_opportunity.research_items.filter(section="must").exists()
