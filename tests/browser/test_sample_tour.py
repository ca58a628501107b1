"""The first ten minutes: load the sample, walk its areas, hear the answer's report, remove it.

The screenshots in README's "First ten minutes" are taken here, so they follow the pages.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from roundtwo.background.worker import run_pending
from roundtwo.rehearse.models import Attempt

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCS = Path(__file__).resolve().parents[2] / "docs"
VIEWPORT: ViewportSize = {"width": 1200, "height": 800}


def shoot(page: Page, name: str, top: Locator | None = None) -> None:
    """One laptop screen from `top` down, not the whole page: the README shows the first look."""
    page.set_viewport_size(VIEWPORT)
    if top is not None:
        top.evaluate("el => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - 16)")
    path = DOCS / f"first-ten-minutes-{name}.png"
    page.screenshot(path=path)
    path.chmod(0o644)  # a file of the repository, not of the user's data


def open_area(page: Page, title: str) -> None:
    page.get_by_role("navigation", name="Preparation areas").get_by_role(
        "link", name=title, exact=True
    ).click()
    expect(page.get_by_role("heading", level=2, name=re.compile(title))).to_be_visible()


def test_a_newcomer_tours_the_sample_and_removes_it(live_server: LiveServer, page: Page) -> None:
    page.goto(live_server.url)
    page.get_by_label("Username").fill("jo")
    page.get_by_label("Password", exact=True).fill("quiet lamp river 42")
    page.get_by_label("Password confirmation").fill("quiet lamp river 42")
    page.get_by_role("button", name="Create account").click()

    # the first load in a fresh process also loads the engines' language models
    page.get_by_role("button", name="Look at a sample first").click(timeout=120_000)
    expect(page.get_by_text("This is a sample.")).to_be_visible(timeout=120_000)
    shoot(page, "1-overview")
    run_pending()  # the worker's part: the spoken answer through the speech engine

    open_area(page, "Reflect on round one")
    page.get_by_text(
        "Tell me about a disagreement with a data scientist."
    ).first.scroll_into_view_if_needed()
    shoot(page, "2-reflect")

    open_area(page, "Cultural fit")
    expect(page.get_by_text("Own the outcome").first).to_be_visible()
    shoot(page, "3-fit", page.get_by_role("heading", name="The values map"))

    open_area(page, "Rehearse")
    attempt = Attempt.objects.get()
    assert attempt.status == Attempt.Status.DONE, attempt.message
    page.goto(
        f"{live_server.url}/o/{attempt.question.session.opportunity_id}/rehearse/a/{attempt.pk}/"
    )
    expect(page.get_by_text("What you said")).to_be_visible()
    expect(page.get_by_text("words per minute").first).to_be_visible()
    shoot(page, "4-rehearse-report", page.get_by_role("heading", level=2).first)

    page.go_back()
    open_area(page, "Follow up")
    expect(page.get_by_text("Elena Vasquez").first).to_be_visible()
    shoot(page, "5-follow-up", page.get_by_role("heading", name=re.compile("^Marcus Ode")))

    page.get_by_role("link", name="Remove the sample").first.click()
    page.get_by_role("button", name="Remove the sample").click()
    expect(page.get_by_text("The sample is removed")).to_be_visible()
    expect(page.get_by_role("button", name="Look at a sample first")).to_be_visible()
