"""A career centre's admin and a new candidate, each in a browser of their own: invite, create an
account from the link on a closed site, join, and the admin sees figures, never contents."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Browser, Page, expect
from pytest_django.fixtures import Settings
from pytest_django.live_server_helper import LiveServer

from roundtwo.organisations.membership import found
from roundtwo.organisations.models import Membership, Role
from tests.browser.test_coaching_journey import sign_in_as
from tests.conftest import PASSWORD, make_opportunity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_admin_invites_a_candidate_who_makes_an_account_and_joins(
    live_server: LiveServer, page: Page, browser: Browser, settings: Settings
) -> None:
    settings.HOSTED, settings.ALLOW_SIGNUP = True, False
    olga = User.objects.create_user(username="olga", password=PASSWORD)
    centre = found("Northside Careers", olga)

    page.goto(f"{live_server.url}/organisations/{centre.pk}/")
    sign_in_as(page, "olga")
    page.get_by_label("Their email address").fill("dina@example.org")
    page.get_by_label("As", exact=True).select_option(label="Candidate")
    page.get_by_role("button", name="Make a link to copy").click()
    link = page.get_by_label("Invitation link", exact=True).input_value()
    assert re.fullmatch(rf"{live_server.url}/organisations/join/[\w-]{{40,}}/", link)

    dina = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    dina.set_default_timeout(15_000)
    dina.goto(link)
    expect(dina.get_by_role("heading", level=1)).to_contain_text("organisation")
    dina.get_by_role("link", name="Create your account").click()
    dina.get_by_label("Your first name").fill("Dina")
    dina.get_by_label("Your last name").fill("Ortiz")
    dina.get_by_label("Password", exact=True).fill("quiet lamp river 42")
    dina.get_by_label("Password confirmation").fill("quiet lamp river 42")
    dina.get_by_role("button", name="Create the account and accept").click()
    expect(dina.locator("main")).to_contain_text("Northside Careers")
    member = User.objects.get(email="dina@example.org")
    assert Membership.objects.get(user=member).role == Role.CANDIDATE

    secret = make_opportunity(member, company="Quietwater Bank", role_title="Risk Analyst")
    page.reload()
    expect(page.locator("main")).to_contain_text("Dina Ortiz")
    expect(page.locator("#figures-h + table")).to_contain_text("Candidates")
    assert "Quietwater Bank" not in page.content()
    response = page.goto(f"{live_server.url}/coach/{secret.pk}/")
    assert response is not None and response.status == 404
    dina.context.close()
