"""A candidate and her coach, each signed in in a browser of their own: invite, accept, comment,
review, notice, revoke."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Browser, Page, expect
from pytest_django.fixtures import Settings
from pytest_django.live_server_helper import LiveServer

from roundtwo.coaching.models import Share
from roundtwo.coaching.sharing import create_share
from roundtwo.rehearse.models import Attempt, Review
from roundtwo.rehearse.sessions import start_session
from roundtwo.stories.models import Story
from tests.conftest import PASSWORD, make_opportunity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in_as(page: Page, username: str) -> None:
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_candidate_shares_with_her_coach_and_takes_it_back(
    live_server: LiveServer, page: Page, browser: Browser
) -> None:
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    User.objects.create_user(
        username="carol", password=PASSWORD, first_name="Carol", last_name="Coach"
    )
    opportunity = make_opportunity(alice, company="Brightside Retail", role_title="Data Analyst")
    Story.objects.create(owner=alice, title="The warehouse move", result="Saved 12 hours a week.")
    rehearsal = start_session(opportunity, "drill", question="Tell me about a conflict.")
    attempt = Attempt.objects.create(
        question=rehearsal.questions.get(),
        question_key="conflict",
        mode="typed",
        status=Attempt.Status.DONE,
        typed_text="I listened first, then proposed a trial week.",
    )

    page.goto(f"{live_server.url}/sharing/")
    sign_in_as(page, "alice")
    page.get_by_label("Your coach's email address").fill("carol@example.org")
    page.get_by_label("What to share").select_option(label=str(opportunity))
    page.get_by_label("May comment").check()
    page.get_by_label("May review recordings").check()
    page.get_by_label("Share my story bank").check()
    page.get_by_role("button", name="Make a link to copy").click()
    link = page.get_by_label("Invitation link", exact=True).input_value()
    assert re.fullmatch(rf"{live_server.url}/invitation/[\w-]{{40,}}/", link)

    coach = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    coach.set_default_timeout(15_000)
    coach.goto(link)
    coach.get_by_role("link", name="Sign in to accept").click()
    sign_in_as(coach, "carol")
    coach.get_by_role("button", name="Accept as carol").click()
    expect(coach.locator(".coach-dashboard")).to_contain_text("Brightside Retail")
    coach.get_by_role("link", name=re.compile("Brightside Retail")).click()
    expect(coach.locator(".read-only-note")).to_contain_text("Read-only")

    story = coach.locator("article", has_text="The warehouse move")
    story.get_by_label("Comment").fill("Lead with the 12 hours <b>first</b>.")
    story.get_by_role("button", name="Comment").click()
    expect(coach.locator("article", has_text="The warehouse move")).to_contain_text(
        "Lead with the 12 hours <b>first</b>."
    )
    coach.locator(f"#attempt-{attempt.pk}").get_by_role("link", name="Review this attempt").click()
    coach.get_by_label("Clarity").select_option("4")
    coach.get_by_label("Comments").fill("Clear, and the trial week lands well.")
    coach.get_by_role("button", name="Save the review").click()
    expect(coach.locator(f"#attempt-{attempt.pk}")).to_contain_text("Review by Carol Coach (coach)")
    assert Review.objects.get().coach is not None

    page.goto(f"{live_server.url}/notifications/")
    expect(page.get_by_role("link", name=re.compile("Notifications"))).to_contain_text("1")
    page.get_by_role("link", name=re.compile("Carol Coach commented")).click()
    expect(page.locator("article", has_text="The warehouse move")).to_contain_text(
        "Lead with the 12 hours <b>first</b>."
    )
    page.goto(f"{live_server.url}/sharing/")
    expect(page.locator("table").last).to_contain_text("Carol Coach")  # the access log
    page.get_by_role("button", name="Revoke").click()
    expect(page.locator(".messages")).to_contain_text("no longer has access")

    coach.reload()
    expect(coach.get_by_role("heading", level=1)).to_have_text("Not shared with you")
    expect(coach.locator("main")).not_to_contain_text("warehouse")


def test_a_coach_without_an_account_signs_up_from_the_invitation_on_a_closed_site(
    live_server: LiveServer, page: Page, browser: Browser, settings: Settings
) -> None:
    settings.HOSTED, settings.ALLOW_SIGNUP = True, False
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    make_opportunity(alice, company="Brightside Retail", role_title="Data Analyst")
    token = create_share(alice, Share(email="dora@example.org"))

    coach = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    coach.set_default_timeout(15_000)
    coach.goto(f"{live_server.url}/invitation/{token}/")
    coach.get_by_role("link", name="Create your account").click()
    expect(coach.locator("main")).to_contain_text("dora@example.org")
    coach.get_by_label("Your first name").fill("Dora")
    coach.get_by_label("Password", exact=True).fill("quiet lamp river 42")
    coach.get_by_label("Password confirmation").fill("quiet lamp river 42")
    coach.get_by_role("button", name="Create the account and accept").click()
    expect(coach.locator(".coach-dashboard")).to_contain_text("Brightside Retail")
    assert User.objects.get(email="dora@example.org").username == "dora@example.org"
