"""Research: a posting and a values page by URL, a resume upload, the fit matrix and values map."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pytest_django.fixtures import Settings
from pytest_django.live_server_helper import LiveServer

from roundtwo.background.worker import run_pending
from tests.browser.test_reflect_journey import sign_in
from tests.conftest import PASSWORD, make_opportunity
from tests.research.conftest import PAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def add_url(page: Page, kind: str, url: str) -> None:
    page.get_by_label("What is it?").select_option(kind)
    page.get_by_label("Address (URL)").fill(url)
    page.get_by_role("button", name="Read it").click()
    expect(page.locator("#job-status")).to_be_visible()
    run_pending()  # the worker thread of `roundtwo serve`, run here so the test waits for it
    page.reload()
    page.get_by_role("link", name="See what was found").click()


def test_a_candidate_researches_the_role_and_sees_their_fit(
    live_server: LiveServer, page: Page, page_server: str, settings: Settings
) -> None:
    settings.FETCH_ALLOWED_HOSTS = [page_server.removeprefix("http://")]
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(alice, company="Tidewater Freight", role_title="Data Engineer")
    sign_in(page, f"{live_server.url}/o/{opportunity.pk}/area/research/")

    add_url(page, "job", f"{page_server}/job.html")
    role = page.locator("section", has=page.get_by_role("heading", name="The role"))
    expect(role).to_contain_text("Strong SQL and Python")
    expect(role).to_contain_text("Must-have requirement")

    add_url(page, "company", f"{page_server}/values.html")
    company = page.locator("section", has=page.get_by_role("heading", name="The company"))
    expect(company).to_contain_text("Own the outcome")
    expect(company).to_contain_text("empty miles")
    expect(company).not_to_contain_text("Privacy")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Your resume").click()
    page.get_by_label("Your resume").set_input_files(str(PAGES / "resume.txt"))
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text(re.compile(r"Imported \d+ entries"))).to_be_visible()

    page.goto(f"{live_server.url}/o/{opportunity.pk}/research/fit/")
    table = page.locator("table.fit-table")
    expect(table).to_contain_text("● Covered")
    expect(table).to_contain_text("○ Not covered")
    expect(table).to_contain_text("Suggestion:")

    page.goto(f"{live_server.url}/o/{opportunity.pk}/area/fit/")
    values = page.locator("section", has=page.get_by_role("heading", name="The values map"))
    expect(values).to_contain_text("Own the outcome")
    expect(values.locator("li")).to_have_count(3)
