"""After round two, on a phone: debrief two interviewers, get two different thank-you notes,
send one through a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Browser, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from roundtwo.followup.models import MailSettings
from tests.browser.test_reflect_journey import sign_in
from tests.conftest import PASSWORD, add_interviewer, make_opportunity
from tests.followup.conftest import Inbox, run_server

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE: ViewportSize = {"width": 390, "height": 844}
TOPICS = {
    "Dana Lee": "The move to a new warehouse management system\nForecasting peak season demand",
    "Sam Ortiz": "Expanding into cold-chain logistics\nHow the board measures on-time delivery",
}


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    opened = context.new_page()
    opened.set_default_timeout(60_000)  # the first draft loads the language models
    yield opened
    context.close()


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    yield from run_server(refuse=False)


def fits_the_screen(page: Page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the page scrolls sideways ({width}px)"


def is_large_enough_to_tap(page: Page, name: str) -> None:
    box = page.get_by_role("button", name=name).bounding_box()
    assert box is not None and box["height"] >= 44 and box["width"] >= 200, box


def test_a_candidate_debriefs_two_interviewers_on_a_phone_and_sends_a_note(
    live_server: LiveServer, phone: Page, inbox: Inbox
) -> None:
    alice = User.objects.create_user(
        username="alice", password=PASSWORD, first_name="Alice", last_name="Moreau"
    )
    opportunity = make_opportunity(alice, days_ahead=0, interview_time=dt.time(0, 0))
    for name, kind, email in (
        ("Dana Lee", "hiring_manager", "dana.lee@acme.example"),
        ("Sam Ortiz", "executive", "sam.ortiz@acme.example"),
    ):
        person = add_interviewer(opportunity, name, kind, [2])
        person.email = email
        person.save()
    MailSettings.objects.create(
        owner=alice,
        from_address="alice@example.org",
        smtp_host="127.0.0.1",
        smtp_port=inbox.port,
        smtp_security="none",
    )
    sign_in(phone, f"{live_server.url}/o/{opportunity.pk}/area/followup/")
    expect(phone.locator("#send-reminder")).to_contain_text("within 24 hours")
    fits_the_screen(phone)

    phone.get_by_role("link", name="Debrief Dana Lee").click()
    fits_the_screen(phone)
    is_large_enough_to_tap(phone, "Save and go to Sam Ortiz")
    phone.get_by_label("Topics you talked about").fill(TOPICS["Dana Lee"])
    phone.get_by_label("Something specific they said").fill(
        "The first ninety days are about learning the routes."
    )
    phone.get_by_role("button", name="Save and go to Sam Ortiz").click()
    expect(phone.get_by_role("heading", name=re.compile("Notes on Sam Ortiz"))).to_be_visible()
    phone.get_by_label("Topics you talked about").fill(TOPICS["Sam Ortiz"])
    phone.get_by_label("Next steps they mentioned").fill("The recruiter calls by Friday.")
    phone.get_by_role("button", name="Save").click()

    phone.get_by_label("Warm").check()
    phone.get_by_role("button", name="Draft a thank-you note to each person").click()
    bodies = {}
    for name in TOPICS:
        card = phone.locator("article.person-card", has=phone.get_by_role("heading", name=name))
        body = card.locator(".note-body").first
        expect(body).to_contain_text(name.split()[0])
        text = body.inner_text()
        assert any(topic.lower() in text.lower() for topic in TOPICS[name].splitlines()), text
        bodies[name] = text
    assert bodies["Dana Lee"] != bodies["Sam Ortiz"]
    fits_the_screen(phone)
    copy = phone.get_by_role("button", name="Copy the note to Sam Ortiz")
    copy.click()  # the clipboard, or the text selected for copying by hand
    expect(
        phone.locator(".copy-status").filter(has_text=re.compile("Copied|Selected"))
    ).to_have_count(1)

    phone.get_by_role("button", name="Send to Dana Lee").click()
    expect(phone.get_by_text("Sent to Dana Lee at dana.lee@acme.example.")).to_be_visible()
    [message] = inbox.messages
    assert message["To"].addresses[0].addr_spec == "dana.lee@acme.example"
    assert "Dana" in message.get_content()
    expect(phone.locator("#send-reminder")).to_contain_text("Sam Ortiz")
    expect(phone.locator("#send-reminder")).not_to_contain_text("Dana Lee")
