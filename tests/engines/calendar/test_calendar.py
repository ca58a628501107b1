"""The .ics file read back with icalendar, as a calendar app would read it."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Component, Event

from roundtwo.engines.calendar import InterviewEvent, PrepTask, build_calendar

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
STAMP = datetime(2026, 1, 2, 8, 30, tzinfo=UTC)


def interview(**changes: object) -> InterviewEvent:
    fields: dict[str, object] = {
        "title": "Second round with Acme",
        "start": datetime(2026, 1, 15, 10, 0, tzinfo=AMSTERDAM),
        "time_zone": "Europe/Amsterdam",
        "uid": "round-7@roundtwo",
    }
    return InterviewEvent(**(fields | changes))  # type: ignore[arg-type]


def at(value: object) -> datetime:
    assert isinstance(value, datetime)
    return value


def prop(component: Component, name: str) -> Any:
    """A property as the app reads it; icalendar types it as a union of every value class."""
    return component[name]


def parse(ics: bytes) -> Calendar:
    return Calendar.from_ical(ics)


def only_event(ics: bytes) -> Event:
    [event] = parse(ics).events
    return event


def build(*events: InterviewEvent, tasks: tuple[PrepTask, ...] = (), **options: object) -> bytes:
    return build_calendar(events, tasks, stamp=STAMP, **options)  # type: ignore[arg-type]


def test_a_winter_interview_at_ten_in_amsterdam_is_nine_utc() -> None:
    event = only_event(build(interview()))
    assert event.start == datetime(2026, 1, 15, 10, 0, tzinfo=AMSTERDAM)
    assert at(event.start).astimezone(UTC) == datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
    assert event.end - event.start == timedelta(minutes=60)


def test_a_summer_interview_at_ten_in_amsterdam_is_eight_utc() -> None:
    start = datetime(2026, 7, 15, 10, 0, tzinfo=AMSTERDAM)
    event = only_event(build(interview(start=start)))
    assert at(event.start).astimezone(UTC) == datetime(2026, 7, 15, 8, 0, tzinfo=UTC)


def test_the_interview_is_written_in_its_own_zone_with_the_zone_included() -> None:
    ics = build(interview())
    assert b"DTSTART;TZID=Europe/Amsterdam:20260115T100000\r\n" in ics
    assert [zone.tz_name for zone in parse(ics).timezones] == ["Europe/Amsterdam"]
    assert parse(ics).get_missing_tzids() == set()


def test_a_start_given_in_another_zone_is_shown_in_the_interview_zone() -> None:
    start = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    ics = build(interview(start=start, time_zone="America/New_York", duration_minutes=45))
    assert b"DTSTART;TZID=America/New_York:20260302T100000\r\n" in ics
    event = only_event(ics)
    assert at(event.start).astimezone(UTC) == start
    assert at(event.end).astimezone(UTC) == start + timedelta(minutes=45)


def test_a_new_york_summer_interview_keeps_daylight_saving_time() -> None:
    start = datetime(2026, 6, 1, 9, 30, tzinfo=ZoneInfo("America/New_York"))
    event = only_event(build(interview(start=start, time_zone="America/New_York")))
    assert at(event.start).astimezone(UTC) == datetime(2026, 6, 1, 13, 30, tzinfo=UTC)


def test_two_interviews_in_two_zones_bring_both_zones() -> None:
    second = interview(
        uid="round-8@roundtwo",
        start=datetime(2026, 2, 3, 14, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
        time_zone="Asia/Tokyo",
    )
    calendar = parse(build(interview(), second))
    assert sorted(zone.tz_name for zone in calendar.timezones) == ["Asia/Tokyo", "Europe/Amsterdam"]
    assert len(calendar.events) == 2


def test_an_interview_without_a_time_is_an_all_day_event() -> None:
    ics = build(interview(start=None, date=date(2026, 1, 20)))
    assert b"DTSTART;VALUE=DATE:20260120\r\n" in ics
    event = only_event(ics)
    assert event.start == date(2026, 1, 20)
    assert event.end == date(2026, 1, 21)


def test_the_interview_has_a_display_reminder_for_each_lead_time() -> None:
    event = only_event(build(interview(), reminders_minutes=(60, 1440, 15)))
    alarms = event.walk("VALARM")
    assert [prop(alarm, "ACTION") for alarm in alarms] == ["DISPLAY"] * 3
    assert [prop(alarm, "TRIGGER").dt for alarm in alarms] == [
        timedelta(days=-1),
        timedelta(hours=-1),
        timedelta(minutes=-15),
    ]
    assert all(prop(alarm, "DESCRIPTION").startswith("Second round with Acme") for alarm in alarms)


def test_no_reminders_means_no_alarms() -> None:
    assert only_event(build(interview(), reminders_minutes=())).walk("VALARM") == []


def test_location_link_and_notes_are_kept() -> None:
    notes = "Bring the portfolio.\nAsk about the team; and the roadmap."
    where = "Herengracht 1, Amsterdam"
    link = "https://meet.example.com/abc"
    event = only_event(build(interview(location=where, url=link, description=notes)))
    assert prop(event, "LOCATION") == where
    assert prop(event, "URL") == link
    assert prop(event, "DESCRIPTION") == notes


def test_commas_semicolons_and_newlines_are_escaped_and_read_back() -> None:
    title = "Panel: Anna, Bo; Chen\nthen lunch"
    ics = build(interview(title=title))
    assert b"SUMMARY:Panel: Anna\\, Bo\\; Chen\\nthen lunch\r\n" in ics
    assert only_event(ics)["SUMMARY"] == title


def test_names_in_any_script_survive_the_round_trip() -> None:
    title = "Entretien avec Zoë Ångström, 田中さん, محمد الأحمد и Иван"
    assert only_event(build(interview(title=title)))["SUMMARY"] == title


def test_lines_end_in_crlf_and_are_folded_at_75_octets_without_splitting_a_character() -> None:
    notes = "準備: " + "面接の質問と答えを練習する。" * 20 + " Ask Zoë about the roadmap. " * 10
    ics = build(interview(description=notes))
    assert ics.endswith(b"\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")
    lines = ics.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert all(line.decode("utf-8") for line in lines)  # no line ends inside a character
    assert any(line.startswith(b" ") for line in lines)
    assert only_event(ics)["DESCRIPTION"] == notes


def test_prep_tasks_are_all_day_events_that_do_not_block_the_day() -> None:
    task = PrepTask("Research the company", date(2026, 1, 10), "task-1@roundtwo")
    ics = build(tasks=(task,))
    assert b"DTSTART;VALUE=DATE:20260110\r\n" in ics
    [event] = parse(ics).events
    assert event.start == date(2026, 1, 10)
    assert event.end == date(2026, 1, 11)
    assert prop(event, "TRANSP") == "TRANSPARENT"
    assert prop(event, "SUMMARY") == "Research the company"
    assert parse(ics).timezones == []


def test_a_task_reminder_comes_in_the_morning_of_its_day() -> None:
    task = PrepTask("Practise three stories", date(2026, 1, 11), "task-2@roundtwo")
    [event] = parse(build(tasks=(task,), task_reminder_at=time(8, 30))).events
    [alarm] = event.walk("VALARM")
    assert prop(alarm, "ACTION") == "DISPLAY"
    assert prop(alarm, "TRIGGER").dt == timedelta(hours=8, minutes=30)


def test_task_reminders_can_be_left_out() -> None:
    task = PrepTask("Practise three stories", date(2026, 1, 11), "task-2@roundtwo")
    [event] = parse(build(tasks=(task,), task_reminder_at=None)).events
    assert event.walk("VALARM") == []


def test_a_done_task_is_marked_and_does_not_remind() -> None:
    task = PrepTask("Read the guide", date(2026, 1, 9), "task-3@roundtwo", done=True)
    [event] = parse(build(tasks=(task,))).events
    assert prop(event, "SUMMARY") == "✓ Read the guide"
    assert event.walk("VALARM") == []


def test_uids_are_the_ones_given_and_stay_the_same_between_builds() -> None:
    tasks = (
        PrepTask("Research", date(2026, 1, 10), "task-1@roundtwo"),
        PrepTask("Rehearse", date(2026, 1, 12), "task-2@roundtwo"),
    )
    first = build_calendar([interview()], tasks)
    second = build_calendar([interview()], tasks)
    uids = [str(prop(event, "UID")) for event in parse(first).events]
    assert uids == ["round-7@roundtwo", "task-1@roundtwo", "task-2@roundtwo"]
    assert [str(prop(event, "UID")) for event in parse(second).events] == uids
    assert parse(first)["UID"] == parse(second)["UID"]


def test_the_same_input_and_stamp_give_the_same_bytes() -> None:
    assert build(interview()) == build(interview())


def test_every_event_carries_a_utc_stamp() -> None:
    task = PrepTask("Research", date(2026, 1, 10), "task-1@roundtwo")
    for event in parse(build(interview(), tasks=(task,))).events:
        assert prop(event, "DTSTAMP").dt == STAMP


def test_the_calendar_is_named_and_published() -> None:
    calendar = parse(build(interview(), name="Acme — deuxième entretien"))
    assert calendar["X-WR-CALNAME"] == "Acme — deuxième entretien"
    assert prop(calendar, "METHOD") == "PUBLISH"
    assert prop(calendar, "VERSION") == "2.0"
    assert "Round Two" in prop(calendar, "PRODID")


def test_an_unknown_time_zone_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match=r"“Europe/Atlantis” is not a time zone .* IANA"):
        build(interview(time_zone="Europe/Atlantis"))
    with pytest.raises(ValueError, match="not a time zone"):
        build(interview(time_zone="../../etc/passwd"))


def test_a_start_without_a_time_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="has no time zone"):
        build(interview(start=datetime(2026, 1, 15, 10, 0)))


def test_an_interview_needs_a_start_or_a_date() -> None:
    with pytest.raises(ValueError, match="needs a date or a start time"):
        build(interview(start=None, date=None))


def test_two_items_with_one_uid_are_refused() -> None:
    task = PrepTask("Research", date(2026, 1, 10), "round-7@roundtwo")
    with pytest.raises(ValueError, match="share the UID"):
        build(interview(), tasks=(task,))


def test_impossible_reminders_and_durations_are_refused() -> None:
    with pytest.raises(ValueError, match="reminder -5 minutes"):
        build(interview(), reminders_minutes=(-5,))
    with pytest.raises(ValueError, match="duration"):
        build(interview(duration_minutes=0))


def test_the_inputs_are_frozen_dataclasses() -> None:
    assert InterviewEvent.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert PrepTask.__dataclass_params__.frozen  # type: ignore[attr-defined]
    names = [field.name for field in dataclasses.fields(InterviewEvent)]
    assert names[:9] == [
        "title",
        "start",
        "date",
        "duration_minutes",
        "time_zone",
        "location",
        "url",
        "description",
        "uid",
    ]
