"""Rehearse: a panel mock answered out loud through Chromium's fake microphone, fed a WAV.

The WAV is spoken by espeak-ng with fillers at known places, so the report can be checked for
the transcript, the fillers and the measures shown.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Browser, Page, expect
from pytest_django.live_server_helper import LiveServer

from roundtwo.background.worker import run_pending
from roundtwo.engines.speech import analyze_audio
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import read_recording
from tests.browser.accessibility import audit, blocking_report
from tests.browser.conftest import CHROMIUM_FLAGS
from tests.browser.keyboard import tab_to
from tests.browser.test_reflect_journey import sign_in
from tests.conftest import PASSWORD, add_interviewer, make_opportunity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWER = (
    "Um, I led the migration of our billing system last year. Uh, we had two months to move "
    "every customer. I split the work into stages, and, um, I set up weekly demos with the "
    "finance team. We finished a week early and cut invoice errors by thirty percent."
)
SPOKEN_SECONDS = 19  # espeak-ng at 150 words per minute; the file then stays silent


@pytest.fixture(scope="module")
def answer_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    espeak = shutil.which("espeak-ng")
    assert espeak, "the rehearse browser test needs espeak-ng (./dev test installs it)"
    path = tmp_path_factory.mktemp("mic") / "answer.wav"
    subprocess.run([espeak, "-v", "en-us", "-s", "150", "-w", str(path), ANSWER], check=True)
    return path


@pytest.fixture
def mic_page(browser: Browser, answer_wav: Path) -> Iterator[Page]:
    """A browser whose microphone plays the WAV once, with the permission already given."""
    fake_mic = [
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={answer_wav}%noloop",
    ]
    launched = browser.browser_type.launch(
        executable_path=shutil.which("chromium") or "/usr/bin/chromium",
        args=CHROMIUM_FLAGS + fake_mic,
    )
    context = launched.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    launched.close()


def answer_out_loud(page: Page) -> None:
    page.get_by_role("button", name="Start answering").click()
    expect(page.locator("#level-note")).to_be_visible()  # the level meter heard the voice
    page.wait_for_timeout(SPOKEN_SECONDS * 1000 + 1500)
    expect(page.locator("#timer")).not_to_have_text("0:00")
    page.get_by_role("button", name="Stop").click()
    page.wait_for_url("**/rehearse/a/**")
    run_pending()  # the worker thread of `roundtwo serve`, run here so the test waits for it
    expect(page.locator("#attempt-body")).to_have_attribute("data-status", "done")


def test_a_candidate_runs_a_panel_mock_out_loud_retries_and_gets_reviewed(
    live_server: LiveServer, mic_page: Page
) -> None:
    page = mic_page
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(alice, company="Tidewater Freight", role_title="Data Engineer")
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [2])
    add_interviewer(opportunity, "Sam Okafor", "peer", [2])
    sign_in(page, f"{live_server.url}/o/{opportunity.pk}/area/rehearse/")

    page.get_by_role("button", name="Start the panel mock").click()
    expect(page.locator(".asker")).to_contain_text("Dana Lee")
    answer_out_loud(page)

    transcript = page.locator("#transcript")
    expect(transcript).to_contain_text("migration")
    assert page.locator("#transcript mark.filler").count() >= 2
    delivery = page.locator("table.metrics")
    expect(delivery.locator("[data-metric=wpm]")).to_contain_text("words per minute")
    expect(delivery.locator("[data-metric=fillers_per_min]")).to_contain_text("per minute")
    expect(page.get_by_role("heading", name="What they would likely ask next")).to_be_visible()

    page.get_by_role("link", name="Try again").first.click()
    answer_out_loud(page)
    expect(page.get_by_role("heading", name="Against your previous attempt")).to_be_visible()

    page.get_by_role("link", name="Review it yourself").click()
    page.get_by_label("Eye contact").select_option("4")
    page.get_by_label("Clarity").select_option("3")
    page.get_by_label("Comments").fill("Slow down on the result.")
    page.get_by_role("button", name="Save the review").click()
    expect(page.get_by_text("Slow down on the result.")).to_be_visible()

    page.get_by_role("link", name="Back to the session").click()
    page.get_by_role("link", name="Next question").click()
    expect(page.locator(".asker")).to_contain_text("Sam Okafor")
    answer_out_loud(page)
    # the exact words vary with the CPU; on any one machine, the transcript made while the
    # answer was arriving is the one a batch run makes of the stored recording
    latest = Attempt.objects.latest("pk")
    stored = read_recording(latest)
    assert stored is not None
    batch = analyze_audio(stored, latest.media_path)
    assert latest.report is not None and latest.report["transcript"] == batch.transcript
    expect(page.locator("#transcript")).to_contain_text(batch.words[-1].text)

    page.goto(f"{live_server.url}/o/{opportunity.pk}/rehearse/progress/")
    expect(page.locator("#chart-wpm polyline")).to_have_count(1)
    assert Attempt.objects.filter(status="done", wpm__isnull=False).count() == 3


def test_a_keyboard_user_records_stops_and_reviews_an_answer_without_a_mouse(
    live_server: LiveServer, mic_page: Page
) -> None:
    page, keys = mic_page, mic_page.keyboard
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(alice)
    page.goto(f"{live_server.url}/o/{opportunity.pk}/area/rehearse/")
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    keys.press("Enter")

    tab_to(page, page.get_by_role("textbox", name="Question"))
    keys.type("Tell me about a time you changed a plan late.")
    tab_to(page, page.get_by_role("button", name="Start the drill"))
    keys.press("Enter")
    record = page.get_by_role("button", name="Start answering")
    tab_to(page, record)
    keys.press("Space")
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_focused()  # the focus follows the recording: Stop is one key away
    expect(page.locator("#level-note")).to_be_visible()
    page.wait_for_timeout(8000)  # the first sentences of the spoken answer are enough here
    keys.press("Enter")

    page.wait_for_url("**/rehearse/a/**")
    run_pending()
    expect(page.locator("#attempt-body")).to_have_attribute("data-status", "done")
    # the report replaced the status where the focus was: the focus is on the report
    expect(page.get_by_role("heading", name="What you said")).to_be_focused()
    expect(page.locator("#transcript")).to_contain_text("migration")
    reports = [audit(page)]
    player = page.locator(".player audio")
    tab_to(page, player)
    keys.press("Space")
    page.wait_for_function("() => !document.querySelector('.player audio').paused")

    tab_to(page, page.get_by_role("link", name="Review it yourself"))
    keys.press("Enter")
    tab_to(page, page.get_by_label("Eye contact"))
    keys.type("4")  # a closed list takes the typed choice, as on any select
    expect(page.get_by_label("Eye contact")).to_have_value("4")
    tab_to(page, page.get_by_label("Comments"))
    keys.type("Clear steps; say the result first.")
    reports.append(audit(page))
    tab_to(page, page.get_by_role("button", name="Save the review"))
    keys.press("Enter")
    expect(page.get_by_text("Clear steps; say the result first.")).to_be_visible()
    page.wait_for_load_state("networkidle")  # the player's fetch ends before the database goes
    assert not blocking_report(reports), blocking_report(reports)


@pytest.fixture
def blocked_mic_page(browser: Browser) -> Iterator[Page]:
    """A browser with a microphone whose permission prompt is answered "Block"."""
    launched = browser.browser_type.launch(
        executable_path=shutil.which("chromium") or "/usr/bin/chromium",
        args=[*CHROMIUM_FLAGS, "--use-fake-device-for-media-stream"],
    )
    page = launched.new_context(permissions=[]).new_page()
    page.set_default_timeout(20_000)
    yield page
    launched.close()


def test_a_refused_microphone_or_a_browser_that_cannot_record_offers_typing_instead(
    live_server: LiveServer, blocked_mic_page: Page
) -> None:
    page = blocked_mic_page
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(alice)
    sign_in(page, f"{live_server.url}/o/{opportunity.pk}/area/rehearse/")
    page.get_by_label("Question", exact=True).fill("Why do you want this role?")
    page.get_by_role("button", name="Start the drill").click()
    session_url = page.url

    page.get_by_role("button", name="Start answering").click()
    warning = page.locator("#recorder-unavailable")
    expect(warning).to_contain_text("Microphone access was refused")
    expect(page.get_by_role("textbox", name="Your answer", exact=True)).to_be_visible()

    page.add_init_script("delete window.MediaRecorder;")
    page.goto(session_url)
    expect(warning).to_contain_text("This browser cannot record here")
    page.get_by_role("textbox", name="Your answer", exact=True).fill(
        "I want to build tools that people rely on every day."
    )
    page.get_by_role("button", name="Get feedback").click()
    expect(page.get_by_text("need your voice")).to_be_visible()
    assert not Attempt.objects.filter(mode="audio").exists()
