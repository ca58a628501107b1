"""The calendar file: the interview at the right time in its own zone, and the prep tasks."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from roundtwo.opportunities.models import Opportunity


def download(client: Client, opportunity: Opportunity) -> Calendar:
    response = client.get(reverse("documents:calendar", args=[opportunity.pk]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == 'attachment; filename="interview-acme-logistics.ics"'
    return Calendar.from_ical(response.content)


def events(calendar: Calendar) -> list[object]:
    return list(calendar.walk("VEVENT"))


def test_the_interview_is_at_its_time_in_its_zone(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    alices_opportunity.interview_date = dt.date(2026, 7, 14)
    alices_opportunity.interview_time = dt.time(9, 30)
    alices_opportunity.time_zone = "America/New_York"
    alices_opportunity.meeting_link = "https://meet.example.com/abc"
    alices_opportunity.save()
    calendar = download(alice_client, alices_opportunity)
    interview = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("interview-"))
    start = interview.decoded("DTSTART")
    assert start == dt.datetime(2026, 7, 14, 9, 30, tzinfo=ZoneInfo("America/New_York"))
    assert start.astimezone(dt.UTC).hour == 13  # EDT is UTC-4 in July
    assert interview["DTSTART"].params["TZID"] == "America/New_York"
    assert "Operations Analyst at Acme Logistics" in str(interview["SUMMARY"])
    assert "Dana Lee" in str(interview["DESCRIPTION"]) and "Sam Ortiz" in str(
        interview["DESCRIPTION"]
    )
    assert str(interview["URL"]) == "https://meet.example.com/abc"
    assert len(list(interview.walk("VALARM"))) == 2
    assert any(tz["TZID"] == "America/New_York" for tz in calendar.walk("VTIMEZONE"))


def test_without_a_time_the_interview_is_all_day(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    calendar = download(alice_client, alices_opportunity)
    interview = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("interview-"))
    assert interview.decoded("DTSTART") == alices_opportunity.interview_date
    assert not isinstance(interview.decoded("DTSTART"), dt.datetime)


def test_every_prep_task_is_on_its_day(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    tasks = list(alices_opportunity.plan_tasks.all())
    assert tasks
    first = tasks[0]
    first.done_at = dt.datetime.now(dt.UTC)
    first.save()
    calendar = download(alice_client, alices_opportunity)
    by_uid = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(by_uid) == len(tasks) + 1
    for task in tasks:
        event = by_uid[f"task-{task.pk}@roundtwo.local"]
        assert event.decoded("DTSTART") == task.due
    assert str(by_uid[f"task-{first.pk}@roundtwo.local"]["SUMMARY"]).startswith("✓ ")


def test_with_no_date_and_no_plan_the_page_says_what_to_do(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    alices_opportunity.interview_date = None
    alices_opportunity.save()
    alices_opportunity.plan_tasks.all().delete()
    response = alice_client.get(reverse("documents:calendar", args=[alices_opportunity.pk]))
    assert response.status_code == 302
    page = alice_client.get(response["Location"]).content.decode()
    assert "Add the interview date first" in page
