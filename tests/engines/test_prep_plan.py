"""The dated prep plan: the right kind of plan for the time left, with sensible dates."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest

from roundtwo.engines.areas import AREA_KEYS
from roundtwo.engines.interviewers import InterviewerRef
from roundtwo.engines.prep_plan import Plan, PlanRequest, build_plan, join_names, mode_for

TODAY = date(2025, 3, 3)
DANA = InterviewerRef(name="Dana Lee", kind="hiring_manager", title="VP Engineering")
ANA = InterviewerRef(name="Ana Ruiz", kind="executive", title="Chief Operating Officer")
BO = InterviewerRef(name="Bo Chen", kind="peer")
PANEL = (DANA, ANA, BO)


def plan_in(
    days: int,
    panel: tuple[InterviewerRef, ...] = PANEL,
    fmt: str = "video",
) -> Plan:
    request = PlanRequest(
        today=TODAY,
        interview_date=TODAY + timedelta(days=days),
        interviewers=panel,
        format=fmt,
        company="Acme",
        role_title="Data Analyst",
    )
    return build_plan(request)


def keys(plan: Plan) -> list[str]:
    return [task.key for task in plan.tasks]


def minutes_per_day(plan: Plan) -> Counter[date]:
    loads: Counter[date] = Counter()
    for task in plan.tasks:
        loads[task.due] += task.minutes
    return loads


@pytest.mark.parametrize(
    ("days", "mode"),
    [(-5, "past"), (-1, "past"), (0, "same_day"), (1, "compressed"), (3, "compressed")]
    + [(4, "standard"), (14, "standard"), (15, "extended"), (60, "extended")],
)
def test_the_time_left_picks_the_kind_of_plan(days: int, mode: str) -> None:
    assert mode_for(days) == mode
    assert plan_in(days).mode == mode
    assert plan_in(days).days_left == days


def test_an_interview_today_gets_a_few_short_essentials_and_thanks_tomorrow() -> None:
    plan = plan_in(0)
    today = [t for t in plan.tasks if t.due == TODAY]
    assert {t.due for t in plan.tasks} == {TODAY, TODAY + timedelta(days=1)}
    assert all(t.minutes <= 15 for t in today)
    assert "day-stories" in keys(plan)
    assert "day-pack-look" in keys(plan)
    assert "day-video" in keys(plan)
    assert {"day-questions-person:Dana Lee", "day-questions-person:Bo Chen"} <= set(keys(plan))
    tomorrow = [t for t in plan.tasks if t.due > TODAY]
    assert tomorrow and all(t.area == "followup" for t in tomorrow)
    assert "thanks-person:Ana Ruiz" in keys(plan)
    assert "today" in plan.summary


def test_an_interview_tomorrow_gets_a_compressed_plan() -> None:
    plan = plan_in(1)
    assert plan.mode == "compressed"
    assert plan.daily_minutes >= 120
    assert "tomorrow" in plan.summary
    assert "interviewer-quick:Dana Lee" in keys(plan)
    assert "rehearse-stories" in keys(plan)
    # Only the essentials: the slower, optional work is left out.
    assert "rehearse-mock" not in keys(plan)
    assert "stories-star" not in keys(plan)


def test_a_compressed_plan_keeps_fewer_tasks_than_a_standard_one() -> None:
    compressed, standard = plan_in(3), plan_in(10)
    prep = [t for t in compressed.tasks if t.due < TODAY + timedelta(days=3)]
    assert len(compressed.tasks) < len(standard.tasks)
    assert {t.due for t in prep} == {TODAY + timedelta(days=i) for i in range(3)}
    assert all(load <= 120 for load in minutes_per_day(compressed).values())


def test_a_standard_plan_stays_within_its_daily_budget() -> None:
    for days in (4, 7, 10, 14):
        plan = plan_in(days)
        assert 60 <= plan.daily_minutes <= 90
        before = {d: m for d, m in minutes_per_day(plan).items() if d <= TODAY + timedelta(days)}
        assert max(before.values()) <= plan.daily_minutes


def test_a_standard_plan_keeps_rehearsal_when_it_has_to_cut() -> None:
    plan = plan_in(5)
    areas = {t.area for t in plan.tasks}
    assert "rehearse-stories" in keys(plan)
    assert {"research", "questions", "ask", "rehearse", "documents", "followup"} <= areas


def test_an_extended_plan_includes_everything_and_spreads_it_evenly() -> None:
    plan = plan_in(21)
    assert plan.mode == "extended"
    assert plan.daily_minutes == 45
    assert "rehearse-mock" in keys(plan) and "research-market" in keys(plan)
    loads = minutes_per_day(plan)
    work_days = [TODAY + timedelta(days=i) for i in range(20)]
    assert all(loads[d] <= 45 for d in work_days)
    assert sum(1 for d in work_days if loads[d]) >= 15  # no pile on day one, few empty days
    assert loads[TODAY] <= 45


def test_an_extended_plan_leaves_the_last_days_for_rehearsal() -> None:
    plan = plan_in(21)
    research = [t.due for t in plan.tasks if t.key.startswith(("research-", "reflect-"))]
    rehearsal = [t.due for t in plan.tasks if t.key.startswith("rehearse-")]
    assert max(d for d in research if d < TODAY + timedelta(days=15)) < min(rehearsal)
    assert min(rehearsal) >= TODAY + timedelta(days=14)


def test_phases_follow_each_other_from_research_to_thanks() -> None:
    plan = plan_in(10)
    due = {t.key: t.due for t in plan.tasks}
    interview = TODAY + timedelta(days=10)
    assert due["reflect-round-one"] == TODAY
    assert due["research-news"] < due["stories-pick"] < due["rehearse-stories"]
    assert due["day-pack"] == due["video-check"] == interview - timedelta(days=1)
    assert due["day-stories"] == due["debrief"] == interview
    assert due["thanks-person:Dana Lee"] == interview + timedelta(days=1)


def test_a_past_interview_gets_only_the_follow_up_due_today() -> None:
    plan = plan_in(-3)
    assert plan.mode == "past"
    assert plan.tasks and all(t.area == "followup" and t.due == TODAY for t in plan.tasks)
    assert {"debrief", "thanks-person:Dana Lee", "thanks-person:Bo Chen"} <= set(keys(plan))
    assert "3 days ago" in plan.summary
    assert "yesterday" in plan_in(-1).summary


@pytest.mark.parametrize("days", [-2, 0, 1, 2, 3, 5, 9, 14, 15, 30, 90])
def test_tasks_are_due_between_today_and_the_interview_except_follow_ups(days: int) -> None:
    plan = plan_in(days)
    interview = TODAY + timedelta(days=days)
    for task in plan.tasks:
        assert task.due >= TODAY
        if task.area != "followup":
            assert task.due <= interview


@pytest.mark.parametrize("days", [-2, 0, 1, 3, 7, 21])
def test_tasks_are_sorted_by_due_date_and_have_unique_keys(days: int) -> None:
    plan = plan_in(days)
    assert [t.due for t in plan.tasks] == sorted(t.due for t in plan.tasks)
    assert len(keys(plan)) == len(set(keys(plan)))
    assert all(t.area in AREA_KEYS and t.minutes > 0 for t in plan.tasks)


@pytest.mark.parametrize("days", [7, 21])
def test_each_interviewer_gets_research_and_questions_by_name(days: int) -> None:
    plan = plan_in(days)
    for person in PANEL:
        mine = [t for t in plan.tasks if t.key.endswith(f":{person.name}")]
        assert {t.area for t in mine} == {"interviewers", "ask", "followup"}
        assert all(person.name in t.title for t in mine)
    assert "Research Dana Lee, VP Engineering" in [t.title for t in plan.tasks]
    assert "interviewer-questions:Bo Chen" in keys(plan)


def test_on_short_notice_each_interviewer_gets_one_quick_task_by_name() -> None:
    plan = plan_in(2)
    for person in PANEL:
        quick = [t for t in plan.tasks if t.key == f"interviewer-quick:{person.name}"]
        assert len(quick) == 1 and person.name in quick[0].title


def test_kind_specific_tasks_follow_the_panel() -> None:
    plan = plan_in(14)
    titles = {t.key: t.title for t in plan.tasks}
    assert "Ana Ruiz" in titles["exec-vision"] and "Ana Ruiz" in titles["exec-why-us"]
    assert "Dana Lee" in titles["hm-plan"]
    assert "Bo Chen" in titles["peer-technical"]
    assert not {"dept-priorities", "hr-salary", "hr-practical"} & set(titles)


def test_several_people_of_one_kind_share_one_task_naming_them_all() -> None:
    peers = (BO, InterviewerRef(name="Cy Park", kind="peer"))
    plan = plan_in(14, panel=peers)
    teamwork = [t for t in plan.tasks if t.key == "peer-teamwork"]
    assert len(teamwork) == 1
    assert "Bo Chen and Cy Park" in teamwork[0].title


def test_department_heads_and_hr_get_their_own_preparation() -> None:
    panel = (
        InterviewerRef(name="Sam Ortiz", kind="department_head"),
        InterviewerRef(name="Kim Wu", kind="hr", title="Recruiter"),
    )
    plan = plan_in(14, panel=panel)
    assert {"dept-priorities", "dept-collaboration", "hr-salary", "hr-practical"} <= set(keys(plan))


def test_an_empty_panel_asks_you_to_find_out_who_you_will_meet() -> None:
    plan = plan_in(7, panel=())
    assert "add-interviewers" in keys(plan)
    assert "thanks-everyone" in keys(plan)
    assert not [k for k in keys(plan) if ":" in k]
    assert "add-interviewers" not in keys(plan_in(7))


def test_the_same_person_entered_twice_gets_one_set_of_tasks() -> None:
    twice = (DANA, InterviewerRef(name=" dana  lee ", kind="hiring_manager"))
    plan = plan_in(7, panel=twice)
    assert len(keys(plan)) == len(set(keys(plan)))
    assert sum(1 for k in keys(plan) if k.startswith("interviewer-research:")) == 1


@pytest.mark.parametrize(
    ("fmt", "expected", "absent"),
    [
        ("video", {"video-check", "day-video"}, {"onsite-route", "phone-setup"}),
        ("onsite", {"onsite-route", "onsite-print", "day-onsite"}, {"video-check"}),
        ("On-site", {"onsite-route"}, {"video-check"}),
        ("phone", {"phone-setup", "day-phone"}, {"video-check", "onsite-print"}),
        ("", set(), {"video-check", "onsite-route", "phone-setup"}),
    ],
)
def test_the_format_adds_its_own_logistics(fmt: str, expected: set[str], absent: set[str]) -> None:
    plan_keys = set(keys(plan_in(7, fmt=fmt)))
    assert expected <= plan_keys
    assert not absent & plan_keys


def test_placeholders_are_filled_in_with_company_and_role() -> None:
    plan = plan_in(21)
    titles = [t.title for t in plan.tasks]
    assert "Catch up on news about Acme" in titles
    assert "Reread the job posting for Data Analyst" in titles
    assert not [text for t in plan.tasks for text in (t.title, t.detail) if "{" in text]


def test_a_blank_company_and_role_still_read_well() -> None:
    request = PlanRequest(TODAY, TODAY + timedelta(days=21), (), "video")
    titles = [t.title for t in build_plan(request).tasks]
    assert "Catch up on news about the company" in titles
    assert "Reread the job posting for the role" in titles


def test_braces_in_a_name_are_kept_as_typed() -> None:
    plan = plan_in(7, panel=(InterviewerRef(name="Jo {name} Bloggs", kind="peer"),))
    assert "Research Jo {name} Bloggs" in [t.title for t in plan.tasks]


def test_the_same_request_always_gives_the_same_plan() -> None:
    assert plan_in(9) == plan_in(9)
    assert plan_in(1, fmt="onsite") == plan_in(1, fmt="onsite")


def test_the_summary_is_one_plain_sentence_with_the_days_left() -> None:
    plan = plan_in(9)
    assert plan.summary.startswith("Your interview is in 9 days")
    assert plan.summary.endswith(".") and plan.summary.count(".") == 1
    assert str(plan.daily_minutes) in plan.summary


def test_names_are_joined_the_way_a_person_would_write_them() -> None:
    assert join_names([]) == ""
    assert join_names(["Ana"]) == "Ana"
    assert join_names(["Ana", "Bo"]) == "Ana and Bo"
    assert join_names(["Ana", "Bo", "Cy"]) == "Ana, Bo and Cy"
