"""The workspace: areas in order with statuses, readiness from data, and the plan."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client

from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.areas import AREAS
from roundtwo.workspace.readiness import readiness


def test_the_workspace_lists_the_ten_areas_in_order(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    page = alice_client.get(f"/o/{alices_opportunity.pk}/").content.decode()
    positions = [page.index(area.title) for area in AREAS]
    assert positions == sorted(positions)
    assert "Your interview is in 10 days." in page


def test_every_area_page_opens_and_unbuilt_ones_say_so(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    for area in AREAS:
        page = alice_client.get(f"/o/{alices_opportunity.pk}/area/{area.key}/").content.decode()
        assert ("not built yet" in page) is (not area.built), area.key


def test_the_guide_is_tailored_to_the_people_entered(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    page = alice_client.get(f"/o/{alices_opportunity.pk}/area/understand/").content.decode()
    assert "Sam Ortiz" in page
    assert "executive" in page.lower()


def test_readiness_grows_when_a_plan_task_is_ticked(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    before = readiness(alices_opportunity).overall
    task = alices_opportunity.plan_tasks.first()
    assert task is not None
    alice_client.post(f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/")
    task.refresh_from_db()
    assert task.is_done
    after = readiness(alices_opportunity).overall
    assert before is not None and after is not None and after > before


def test_ticking_through_htmx_returns_only_the_task(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    task = alices_opportunity.plan_tasks.first()
    assert task is not None
    response = alice_client.post(
        f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/", headers={"HX-Request": "true"}
    )
    assert (
        response.content.decode().lstrip().startswith(f'<div class="task done" id="task-{task.pk}"')
    )


def test_a_task_can_be_added_and_rescheduled(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    url = f"/o/{alices_opportunity.pk}/plan/new/"
    alice_client.post(
        url,
        {
            "title": "Call Jo about the team",
            "due": "2031-01-02",
            "area": "research",
            "minutes": "20",
        },
    )
    task = alices_opportunity.plan_tasks.get(title="Call Jo about the team")
    assert task.source == "user"
    alice_client.post(
        f"/o/{alices_opportunity.pk}/plan/{task.pk}/edit/",
        {"title": task.title, "due": "2031-01-05", "area": "research", "minutes": "20"},
    )
    task.refresh_from_db()
    assert task.due.isoformat() == "2031-01-05"


def test_rebuilding_keeps_ticked_and_own_tasks(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    ticked = alices_opportunity.plan_tasks.first()
    assert ticked is not None
    alice_client.post(f"/o/{alices_opportunity.pk}/plan/{ticked.pk}/toggle/")
    alice_client.post(
        f"/o/{alices_opportunity.pk}/plan/new/",
        {"title": "Mine", "due": "2031-01-02", "area": "research", "minutes": "20"},
    )
    alice_client.post(f"/o/{alices_opportunity.pk}/plan/rebuild/")
    titles = list(alices_opportunity.plan_tasks.values_list("title", flat=True))
    assert "Mine" in titles
    assert titles.count(ticked.title) == 1
    assert alices_opportunity.plan_tasks.get(pk=ticked.pk).is_done


def test_an_opportunity_without_a_date_asks_for_one(alice: User, alice_client: Client) -> None:
    from tests.conftest import make_opportunity

    opportunity = make_opportunity(alice, interview_date=None)
    page = alice_client.get(f"/o/{opportunity.pk}/").content.decode()
    assert "Next: add the date" in page
    assert readiness(opportunity).for_area("followup").score is None


def test_state_never_changes_on_get(alices_opportunity: Opportunity, alice_client: Client) -> None:
    task = alices_opportunity.plan_tasks.first()
    assert task is not None
    response = alice_client.get(f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/")
    assert response.status_code == 405
    response = alice_client.get(f"/o/{alices_opportunity.pk}/archive/")
    assert response.status_code == 405


def test_reading_the_guide_counts_only_when_the_user_says_so(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    url = f"/o/{alices_opportunity.pk}/area/understand/"
    alice_client.get(url)
    before = readiness(alices_opportunity).for_area("understand").score
    response = alice_client.post(f"{url}read/")
    assert response["Location"] == url
    after = readiness(alices_opportunity).for_area("understand").score
    assert before is not None and after is not None and after > before
    assert "You have read this guide" in alice_client.get(url).content.decode()


def test_the_area_links_show_both_in_the_phone_menu_and_in_the_row(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    page = alice_client.get(f"/o/{alices_opportunity.pk}/area/research/").content.decode()
    menu = page.split('<details class="area-menu">')[1].split("</details>")[0]
    row = page.split('<div class="area-row">')[1].split("</div>")[0]
    assert 'aria-current="page"' in menu and 'aria-current="page"' in row
    assert menu.split("</summary>")[1].strip() == row.strip()


def test_a_tasks_due_label_reads_as_the_date_filter_would() -> None:
    import datetime as dt

    from django.template.defaultfilters import date as date_filter

    from roundtwo.plan.models import PlanTask

    for day in (dt.date(2026, 12, 7), dt.date(2027, 1, 31), dt.date(2027, 5, 1)):
        assert PlanTask(due=day).due_label == date_filter(day, "D j M")
