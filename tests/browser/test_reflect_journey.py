"""After round one: import a messy transcript, review it, and see what round two will probe."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer

from tests.conftest import PASSWORD, make_opportunity

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Otter-style text export: a name and a time on their own line, back-channels, an unknown
# speaker, a timestamp inside a line, an answer split over several short turns.
MESSY_TRANSCRIPT = """\
Maria Lopez  0:00
Hi Jordan, good to see you. Can you hear me all right?

Jordan Reyes  0:04
Yes, I can hear you fine.

Maria Lopez  0:08
Great. So, tell me about a time you had to turn around an unhappy customer account.

Jordan Reyes  0:15
Sure. Last spring one of our largest clients, a chain of forty dental clinics, was about to
cancel because their support tickets were taking five days to close.

Maria Lopez  0:31
Mm-hmm.

Jordan Reyes  0:32
I was the account lead, so I owned the renewal. I met their operations director, mapped
every open ticket with her, and set up a weekly call 00:45:10 with our support manager.

Unknown Speaker  0:50
Right.

Jordan Reyes  0:51
I also moved their tickets to a dedicated queue and trained two agents on their setup.
Within six weeks the average time to close fell from five days to one, and they renewed
for three years.

Maria Lopez  1:20
How did you measure the time to close?

Jordan Reyes  1:24
From the helpdesk reports, averaged weekly over the six weeks.

Maria Lopez  1:35
Thanks. Tell me about a conflict with a colleague.

Jordan Reyes  1:40
We sometimes disagreed about stuff and we talked about it and it was fine in the end.

Maria Lopez  1:52
Okay. We're looking for someone who can handle escalations without a manager in the room.
What is your notice period?

Jordan Reyes  2:00
My notice period is four weeks.

Maria Lopez  2:10
Great, that's all from me. Thanks so much for your time today.

Jordan Reyes  2:14
Thank you, bye.
"""


def sign_in(page: Page, url: str) -> None:
    page.goto(url)
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_candidate_turns_a_round_one_transcript_into_a_plan(
    live_server: LiveServer, page: Page, tmp_path: Path
) -> None:
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    opportunity = make_opportunity(alice, company="Northwind Dental", role_title="Account Manager")
    sign_in(page, f"{live_server.url}/o/{opportunity.pk}/area/reflect/")
    expect(
        page.get_by_role("heading", level=2, name=re.compile("Reflect on round one"))
    ).to_be_visible()

    transcript = tmp_path / "round-one.txt"
    transcript.write_text(MESSY_TRANSCRIPT, encoding="utf-8")
    page.get_by_label("Transcript file").set_input_files(str(transcript))
    page.get_by_role("button", name="Read the transcript").click()
    page.get_by_label(re.compile("^Jordan Reyes")).check()
    page.get_by_role("button", name="Find the questions and answers").click()

    expect(page.get_by_role("heading", name="Review the questions and answers")).to_be_visible()
    questions = page.locator("textarea[name$='-question']")
    expect(questions.first).to_have_value(re.compile("unhappy customer account"))
    expect(page.get_by_text("follow-up to question 1")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("Can you hear me")
    page.get_by_role("button", name="Save and analyse").click()

    expect(page.get_by_text(re.compile(r"\d+ questions imported and analysed"))).to_be_visible()
    weakest = page.locator("section", has=page.get_by_role("heading", name="Weakest answers first"))
    expect(weakest).to_contain_text("conflict with a colleague")
    hints = page.locator("section", has=page.get_by_role("heading", name=re.compile("hinted")))
    expect(hints).to_contain_text("handle escalations without a manager in the room")
    followups = page.locator(
        "section", has=page.get_by_role("heading", name=re.compile("Follow-ups"))
    )
    expect(followups.locator("li")).not_to_have_count(0)
    expect(followups).to_contain_text("?")

    page.get_by_label("A new answer or story").fill("My notice period is three months.")
    page.get_by_role("button", name="Check for contradictions").click()
    expect(page.locator("#check")).to_contain_text("Round one: ")
    expect(page.locator("#check")).to_contain_text("three months")

    page.get_by_role("link", name="Plan", exact=True).click()
    expect(page.locator("main")).to_contain_text("conflict with a colleague")
