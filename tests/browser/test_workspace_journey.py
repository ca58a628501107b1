"""A newcomer's first evening: account, opportunity, two interviewers, every area, one task."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from roundtwo.workspace.areas import AREAS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def add_interviewer(page: Page, name: str, title: str, kind: str, rounds: list[str]) -> None:
    page.get_by_role("link", name="Add an interviewer").first.click()
    page.get_by_label("Name").fill(name)
    page.get_by_label("Title").fill(title)
    page.get_by_label("Their role in the interview").select_option(kind)
    for label in ("Round 1", "Round 2"):
        box = page.get_by_label(label)
        if (label in rounds) != box.is_checked():
            box.click()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("cell", name=name, exact=False).first).to_be_visible()


def test_a_newcomer_prepares_a_workspace(live_server: LiveServer, page: Page) -> None:
    page.goto(live_server.url)
    expect(page.get_by_role("heading", name="Welcome to Round Two")).to_be_visible()
    page.get_by_label("Username").fill("jo")
    page.get_by_label("Password", exact=True).fill("quiet lamp river 42")
    page.get_by_label("Password confirmation").fill("quiet lamp river 42")
    page.get_by_role("button", name="Create account").click()

    page.get_by_role("link", name="Add an opportunity").first.click()
    page.get_by_label("Company").fill("Brightside Health")
    page.get_by_label("Role title").fill("Clinical Data Manager")
    interview_day = timezone.localdate() + dt.timedelta(days=5)
    page.get_by_label("Date of the second interview").fill(interview_day.isoformat())
    page.get_by_label("Start time").fill("14:30")
    page.get_by_label("Time zone").select_option("Europe/Berlin")
    page.get_by_role("button", name="Add opportunity").click()

    add_interviewer(page, "Dana Lee", "Head of Data", "department_head", ["Round 1", "Round 2"])
    add_interviewer(page, "Sam Ortiz", "Chief Executive", "executive", ["Round 2"])

    for area in AREAS:
        page.get_by_role("navigation", name="Preparation areas").get_by_role(
            "link", name=area.title, exact=True
        ).click()
        expect(page.get_by_role("heading", level=2, name=re.compile(area.title))).to_be_visible()
    page.get_by_role("link", name="Your interviewers", exact=True).click()
    expect(page.get_by_role("cell", name="Sam Ortiz", exact=True)).to_be_visible()

    page.get_by_role("link", name="Plan", exact=True).click()
    first_task = page.get_by_role("button", name=re.compile("^Mark done: ")).first
    first_task.click()
    expect(page.get_by_role("button", name=re.compile("^Mark not done: ")).first).to_be_visible()

    page.get_by_role("link", name="← Clinical Data Manager at Brightside Health").click()
    expect(page.locator("#countdown")).to_have_text("In 5 days")
    readiness = page.locator("#overall-readiness progress")
    expect(readiness).to_have_attribute("value", re.compile(r"^[1-9]\d*$"))
    expect(page.get_by_text("Your interview is in 5 days.")).to_be_visible()
