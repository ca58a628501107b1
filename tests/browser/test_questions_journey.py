"""Questions: a story, a tailored set, questions to ask, and a printable plan per person."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.browser.test_reflect_journey import sign_in
from tests.conftest import PASSWORD, add_interviewer, make_opportunity
from tests.questions.test_practice_and_ask import POSTING

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_candidate_prepares_questions_for_each_interviewer(
    live_server: LiveServer, page: Page
) -> None:
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(
        alice, company="Brightside Retail", role_title="Data Analyst", posting_text=POSTING
    )
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [2])
    add_interviewer(opportunity, "Sam Ortiz", "executive", [2])
    sign_in(page, f"{live_server.url}/stories/add/")

    page.get_by_label("Title").fill("The dashboard nobody used")
    page.get_by_label("Situation: where, when, what was at stake").fill(
        "In 2024 our sales dashboard had eleven users out of two hundred."
    )
    page.get_by_label("Task: what you were responsible for").fill(
        "I was asked to find out why and fix it within a quarter."
    )
    page.get_by_label("Action: what you did yourself").fill(
        "I interviewed twelve sales managers, cut the dashboard from forty charts to six, "
        "and ran weekly clinics on reading it."
    )
    page.get_by_label("Result: what changed, and by how much").fill(
        "Weekly users rose from 11 to 140 in three months."
    )
    page.get_by_role("button", name="Save and analyse").click()
    expect(page.get_by_role("heading", name="How it reads as an answer")).to_be_visible()

    page.goto(f"{live_server.url}/o/{opportunity.pk}/area/questions/")
    page.get_by_role("button", name="Build my practice set").click()
    practice = page.locator("#practice")
    expect(practice).to_contain_text("Why: ")
    expect(practice.locator("li").first).to_be_visible()
    expect(page.get_by_role("heading", name="Technical preparation")).to_be_visible()

    page.get_by_role("link", name="Questions to ask", exact=True).click()
    page.get_by_role("button", name="Suggest questions for Dana Lee").click()
    dana = page.locator("#person-" + str(opportunity.interviewers.get(name="Dana Lee").pk))
    expect(dana.locator("ol li")).not_to_have_count(0)
    page.get_by_role("button", name="Suggest questions for Sam Ortiz").click()

    page.goto(f"{live_server.url}/o/{opportunity.pk}/panel/")
    expect(
        page.get_by_role("heading", name=re.compile("Plan for each interviewer"))
    ).to_be_visible()
    for name in ("Dana Lee", "Sam Ortiz"):
        plan = page.locator(
            "article.person-plan", has=page.get_by_role("heading", name=re.compile(name))
        )
        expect(plan).to_contain_text("Questions they are likely to ask")
        expect(plan).to_contain_text(f"Your questions for {name}")
        expect(plan.locator("ol").first.locator("li")).not_to_have_count(0)
