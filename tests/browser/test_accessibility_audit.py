"""Every page of the filled sample, audited by axe-core inside Chromium: no serious or critical
violation, on a desktop and on a phone.

The pages are found by following the GET links of the sample, so a page the sample gains later
is audited without changing this file. Counts per page are printed (run with -s) and, when
ROUNDTWO_A11Y_TABLE names a file, written there as a Markdown table for bench/RESULTS.md.
"""

from __future__ import annotations

import os
import re
from collections import Counter, deque
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest
from playwright.sync_api import Browser, Page, ViewportSize, expect
from pytest_django.live_server_helper import LiveServer

from tests.browser.accessibility import Audit, audit, axe_version, blocking_report, table
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_PAGES = 120  # a bound, far above the sample's pages, so a link loop cannot run away
# /plan/3/edit/ and /plan/4/edit/, or ?q=1 and ?q=2, render one template with other data: the
# first of each shape is audited, which keeps the crawl to about fifty pages
PAGES_PER_SHAPE = 1
# downloads and recordings are not pages; everything that changes data is a POST form
NOT_PAGES = re.compile(r"/(media|download|eml|sign-out)/|\.(ics|pdf|zip|json|eml)$")
PHONE: ViewportSize = {"width": 390, "height": 844}
SCREENSHOTS = os.environ.get("ROUNDTWO_SCREENSHOTS")  # a folder, to look at the phone menu


def create_account_and_load_the_sample(page: Page, base_url: str, audits: list[Audit]) -> str:
    """The newcomer's path: the first-run page, the empty dashboard, then the sample."""
    page.goto(base_url)
    expect(page.get_by_role("heading", name="Welcome to Round Two")).to_be_visible()
    audits.append(audit(page))
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_role("button", name="Look at a sample first")).to_be_visible()
    audits.append(audit(page, note="empty, before the sample"))
    page.get_by_role("button", name="Look at a sample first").click()
    page.wait_for_url(re.compile(r"/o/\d+/$"))
    return urlsplit(page.url).path


def is_page(url: str, base_url: str) -> bool:
    return url.startswith(base_url) and not NOT_PAGES.search(urlsplit(url).path)


def crawl(page: Page, base_url: str, seeds: list[str]) -> list[Audit]:
    """Audits every HTML page of this site reachable by GET links from the seeds."""
    queue = deque(base_url + seed for seed in seeds)
    seen: set[str] = set(queue)
    shapes: Counter[str] = Counter()
    audits: list[Audit] = []
    while queue and len(audits) < MAX_PAGES:
        url = queue.popleft()
        shape = re.sub(r"\d+", "#", url)
        shapes[shape] += 1
        if shapes[shape] > PAGES_PER_SHAPE:
            continue
        response = page.goto(url)
        assert response is not None, f"{url} did not answer"
        assert response.ok, f"{url} answered {response.status}"
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        audits.append(audit(page))
        links = page.eval_on_selector_all("a[href]:not([download])", "els => els.map(e => e.href)")
        for link in links:
            link = urldefrag(link).url
            if link not in seen and is_page(link, base_url):
                seen.add(link)
                queue.append(link)
    assert len(audits) < MAX_PAGES, "the crawl hit its bound: raise MAX_PAGES or check for a loop"
    return audits


def report(audits: list[Audit], base_url: str, heading: str) -> None:
    text = f"### {heading} (axe-core {axe_version()})\n\n{table(audits, base_url)}\n"
    print("\n" + text)
    if target := os.environ.get("ROUNDTWO_A11Y_TABLE"):
        with Path(target).open("a", encoding="utf-8") as out:
            out.write(text + "\n")


def test_every_page_of_the_filled_sample_has_no_serious_or_critical_violation(
    live_server: LiveServer, page: Page
) -> None:
    base = live_server.url
    audits: list[Audit] = []
    workspace = create_account_and_load_the_sample(page, base, audits)
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS, "desktop-workspace.png")))
    audits += crawl(page, base, [workspace, "/"])

    page.goto(f"{base}/opportunities/new/")
    page.get_by_role("button", name="Add opportunity").click()  # empty: the errors are shown
    expect(page.get_by_role("alert")).to_be_visible()
    audits.append(audit(page, note="sent empty, with its errors"))
    page.get_by_role("button", name="Sign out").click()
    page.goto(f"{base}/accounts/sign-in/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    audits.append(audit(page, note="signed out"))

    paths = {urlsplit(a.url).path for a in audits}
    areas = {p for p in paths if re.fullmatch(rf"{workspace}area/[\w-]+/", p)}
    assert len(areas) == 10, f"the crawl reached {len(areas)} of the ten area pages: {areas}"
    report(audits, base, "Desktop, 1280×900")
    assert not blocking_report(audits), "serious or critical:\n" + blocking_report(audits)


def test_on_a_phone_the_ten_areas_fold_into_a_menu_that_opens_from_the_keyboard(
    live_server: LiveServer, browser: Browser
) -> None:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    audits: list[Audit] = []
    workspace = create_account_and_load_the_sample(page, live_server.url, [])

    menu = page.locator("nav.area-nav")
    research = menu.get_by_role("link", name="Research")
    expect(research).to_be_hidden()  # folded: one line, not a wall of ten links
    toggle = menu.locator("summary")
    expect(toggle).to_be_visible()
    assert toggle.bounding_box()["height"] < 80  # type: ignore[index]
    audits.append(audit(page))
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS, "phone-workspace-menu-closed.png")))

    toggle.focus()
    page.keyboard.press("Enter")
    expect(research).to_be_visible()
    if SCREENSHOTS:
        page.screenshot(path=str(Path(SCREENSHOTS, "phone-workspace-menu-open.png")))
    research.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{workspace}area/research/")
    expect(page.locator("nav.area-nav summary")).to_contain_text("Research")
    audits.append(audit(page))

    report(audits, live_server.url, "Phone, 390×844")
    context.close()
    assert not blocking_report(audits), "serious or critical:\n" + blocking_report(audits)
