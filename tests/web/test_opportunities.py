"""Creating, editing and archiving an opportunity, and adding its interviewers."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.opportunities.models import Opportunity
from tests.conftest import add_interviewer, make_opportunity


def form_data(**changes: str) -> dict[str, str]:
    data = {
        "company": "Brightside Health",
        "role_title": "Clinical Data Manager",
        "stage": "round2_scheduled",
        "interview_date": (timezone.localdate() + dt.timedelta(days=7)).isoformat(),
        "interview_time": "14:30",
        "time_zone": "Europe/Berlin",
        "format": "onsite",
        "location": "Hauptstrasse 5, Berlin",
    }
    data.update(changes)
    return data


def test_creating_an_opportunity_builds_its_plan(alice_client: Client, alice: User) -> None:
    response = alice_client.post("/opportunities/new/", form_data())
    opportunity = Opportunity.objects.get(owner=alice)
    assert response.status_code == 302
    assert opportunity.time_zone == "Europe/Berlin"
    assert opportunity.plan_tasks.exists()
    assert sorted(r.number for r in opportunity.rounds.all()) == [1, 2]


def test_an_impossible_date_is_refused_and_what_was_typed_is_kept(alice_client: Client) -> None:
    response = alice_client.post("/opportunities/new/", form_data(interview_date="2026-02-30"))
    assert response.status_code == 200
    assert b"Enter a valid date" in response.content
    assert b"Brightside Health" in response.content
    assert b"Clinical Data Manager" in response.content
    assert not Opportunity.objects.exists()


def test_an_interview_in_the_past_is_allowed_with_a_warning(
    alice_client: Client, alice: User
) -> None:
    past = (timezone.localdate() - dt.timedelta(days=3)).isoformat()
    response = alice_client.post("/opportunities/new/", form_data(interview_date=past), follow=True)
    assert Opportunity.objects.filter(owner=alice).exists()
    assert b"in the past" in response.content


def test_absurdly_long_text_is_refused_with_a_message(alice_client: Client) -> None:
    response = alice_client.post("/opportunities/new/", form_data(company="x" * 5000))
    assert b"at most 200 characters" in response.content
    assert not Opportunity.objects.exists()


def test_an_unknown_time_zone_is_refused(alice_client: Client) -> None:
    response = alice_client.post("/opportunities/new/", form_data(time_zone="Mars/Olympus"))
    assert b"Select a valid choice" in response.content


def test_editing_the_date_reschedules_the_plan(alice_client: Client, alice: User) -> None:
    alice_client.post("/opportunities/new/", form_data())
    opportunity = Opportunity.objects.get(owner=alice)
    later = (timezone.localdate() + dt.timedelta(days=20)).isoformat()
    alice_client.post(f"/o/{opportunity.pk}/edit/", form_data(interview_date=later))
    last_due = max(t.due for t in opportunity.plan_tasks.all() if t.area != "followup")
    assert last_due.isoformat() == later


def test_archiving_hides_an_opportunity_until_it_is_restored(
    alice_client: Client, alice: User
) -> None:
    opportunity = make_opportunity(alice, company="Quiet Harbour")
    alice_client.post(f"/o/{opportunity.pk}/archive/")
    page = alice_client.get("/").content.decode()
    assert "Archived (1)" in page
    alice_client.post(f"/o/{opportunity.pk}/archive/")
    opportunity.refresh_from_db()
    assert opportunity.archived_at is None


def test_an_interviewer_can_take_part_in_both_rounds(alice_client: Client, alice: User) -> None:
    opportunity = make_opportunity(alice)
    alice_client.post(
        f"/o/{opportunity.pk}/interviewers/new/",
        {"name": "Ana Ruiz", "title": "CTO", "kind": "executive", "round_numbers": ["1", "2"]},
    )
    person = opportunity.interviewers.get()
    assert person.round_numbers() == [1, 2]
    assert person.kind == "executive"


def test_a_duplicate_interviewer_is_refused(alice_client: Client, alice: User) -> None:
    opportunity = make_opportunity(alice)
    add_interviewer(opportunity, "Ana Ruiz", "executive", [2])
    response = alice_client.post(
        f"/o/{opportunity.pk}/interviewers/new/", {"name": "ana ruiz", "kind": "peer"}
    )
    assert b"already on your list" in response.content
    assert opportunity.interviewers.count() == 1


def test_an_invalid_email_keeps_the_rest_of_the_form(alice_client: Client, alice: User) -> None:
    opportunity = make_opportunity(alice)
    response = alice_client.post(
        f"/o/{opportunity.pk}/interviewers/new/",
        {
            "name": "Ana Ruiz",
            "title": "Chief Technology Officer",
            "kind": "executive",
            "email": "not-an-address",
        },
    )
    assert b"Enter a valid email address" in response.content
    assert b"Chief Technology Officer" in response.content


def test_the_dashboard_lists_the_nearest_interview_first(alice_client: Client, alice: User) -> None:
    make_opportunity(alice, days_ahead=12, company="Later Ltd")
    make_opportunity(alice, days_ahead=2, company="Sooner Inc")
    make_opportunity(alice, days_ahead=-5, company="Past plc")
    make_opportunity(alice, interview_date=None, company="Undated Co")
    page = alice_client.get("/").content.decode()
    order = [page.index(name) for name in ("Sooner Inc", "Later Ltd", "Undated Co", "Past plc")]
    assert order == sorted(order)
    assert "In 2 days" in page


def test_the_empty_dashboard_offers_the_demo(alice_client: Client, alice: User) -> None:
    page = alice_client.get("/").content.decode()
    assert "Look at a sample first" in page
    response = alice_client.post("/demo/")
    opportunity = Opportunity.objects.get(owner=alice)
    assert response["Location"] == f"/o/{opportunity.pk}/"
    assert opportunity.interviewers.count() == 5
