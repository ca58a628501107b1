"""Documents to bring: a checklist ticked off in place, a reference briefed, the pack printed."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pypdf import PdfReader
from pytest_django.live_server_helper import LiveServer

from roundtwo.background.worker import run_pending
from roundtwo.documents.models import ChecklistItem
from tests.browser.test_reflect_journey import sign_in
from tests.conftest import PASSWORD, add_interviewer, make_opportunity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_candidate_gets_ready_for_the_day(live_server: LiveServer, page: Page) -> None:
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(alice, company="Brightside Retail", role_title="Data Analyst")
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [2])
    add_interviewer(opportunity, "Sam Ortiz", "executive", [2])
    sign_in(page, f"{live_server.url}/o/{opportunity.pk}/area/documents/")

    checklist = page.locator("#checklist")
    expect(checklist).to_contain_text("Copies of your resume: 4")
    page.get_by_role("button", name="Start my checklist with these").click()
    resume = checklist.locator("li", has_text="Copies of your resume")
    expect(resume).to_be_visible()
    url_before = page.url
    resume.get_by_role("button", name=re.compile("^Packed")).click()  # htmx: no page load
    expect(resume.get_by_role("button", name=re.compile("Packed"))).to_have_attribute(
        "aria-pressed", "true"
    )
    assert page.url == url_before
    assert ChecklistItem.objects.get(key="resume_copies").status == "packed"

    add = page.locator("#add-check")
    add.get_by_label("Notes").fill("The signed NDA they emailed")
    add.get_by_role("button", name="Add to the list").click()
    expect(page.locator("#checklist .error-summary")).to_be_visible()
    expect(page.locator("#add-check").get_by_label("Notes")).to_have_value(
        "The signed NDA they emailed"
    )
    page.locator("#add-check").get_by_label("What to bring").fill("Signed NDA")
    page.locator("#add-check").get_by_role("button", name="Add to the list").click()
    nda = page.locator("#checklist li", has_text="Signed NDA")
    expect(nda).to_contain_text("The signed NDA they emailed")
    nda.get_by_role("link", name=re.compile("^Edit")).click()
    nda_form = page.locator("#checklist li form", has=page.get_by_label("What to bring"))
    nda_form.get_by_label("What to bring").fill("Signed NDA, two copies")
    nda_form.get_by_role("button", name="Save").click()
    expect(page.locator("#checklist")).to_contain_text("Signed NDA, two copies")
    page.get_by_role("button", name="Move up: Signed NDA, two copies").click()
    expect(page.locator("#checklist li").last).not_to_contain_text("Signed NDA")

    references = page.locator("#add-reference")
    references.get_by_label("Name").fill("Aiko Tanaka")
    references.get_by_label("How they know your work").fill("My manager at Portline")
    references.get_by_role("button", name="Add the reference").click()
    card = page.locator("article", has_text="Aiko Tanaka")
    card.get_by_text("Briefing note").click()
    expect(card).to_contain_text("Hi Aiko,")
    card.get_by_role("button", name=re.compile("^Briefed today")).click()
    expect(page.locator("article", has_text="Aiko Tanaka")).not_to_contain_text("not yet")

    page.get_by_role("link", name="Open the day pack").click()
    expect(page.get_by_role("heading", name="Your interviewers")).to_be_visible()
    expect(page.get_by_role("heading", name="Dana Lee", exact=True)).to_be_visible()
    page.go_back()

    page.get_by_label("Paper size").select_option("Letter")
    page.get_by_role("button", name="Make the PDF").click()
    expect(page.get_by_role("heading", name="Your interview-day pack")).to_be_visible()
    run_pending()  # the worker thread of `roundtwo serve`, run here so the test waits for it
    link = page.get_by_role("link", name="Download the PDF")
    expect(link).to_be_visible()  # the status polls itself into place
    with page.expect_download() as info:
        link.click()
    data = Path(info.value.path()).read_bytes()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Dana Lee" in text and "Sam Ortiz" in text
