"""Readiness snapshots: used while the owner's data is unchanged, never after a change."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.coaching.models import Comment
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.stories.models import Story
from roundtwo.workspace.models import OwnerRevision, ReadinessSnapshot
from roundtwo.workspace.readiness_cache import state
from roundtwo.workspace.revision import touch
from tests.conftest import make_opportunity


def revision(user: User) -> int:
    return OwnerRevision.objects.filter(owner=user).values_list("revision", flat=True).first() or 0


def test_a_second_page_view_reads_the_snapshot_instead_of_computing_again(
    alices_opportunity: Opportunity, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice_client.get(f"/o/{alices_opportunity.pk}/")
    assert ReadinessSnapshot.objects.filter(opportunity=alices_opportunity).exists()
    monkeypatch.delenv("ROUNDTWO_READINESS_CHECK")  # the check would compute it again
    monkeypatch.setattr(
        "roundtwo.workspace.readiness_cache.compute", lambda *_: pytest.fail("computed again")
    )
    assert alice_client.get(f"/o/{alices_opportunity.pk}/").status_code == 200


def test_ticking_a_task_makes_the_snapshot_old_and_the_page_shows_the_new_figure(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    before = state(alices_opportunity).readiness.overall
    task = alices_opportunity.plan_tasks.first()
    assert task is not None
    alice_client.post(f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/")
    after = state(alices_opportunity).readiness.overall
    assert before is not None and after is not None and after > before


def test_a_story_changes_every_opportunity_of_its_owner_but_no_one_elses(
    alice: User, bob: User, alices_opportunity: Opportunity
) -> None:
    bobs = make_opportunity(bob)
    state(alices_opportunity), state(bobs)
    alices_revision, bobs_revision = revision(alice), revision(bob)
    Story.objects.create(owner=alice, title="Cut the month-end close", situation="It took 9 days.")
    assert revision(alice) > alices_revision
    assert revision(bob) == bobs_revision


def test_a_snapshot_from_yesterday_is_computed_again(alices_opportunity: Opportunity) -> None:
    state(alices_opportunity)
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    ReadinessSnapshot.objects.filter(opportunity=alices_opportunity).update(
        day=yesterday, data={"areas": [], "overall": 99, "next": ["", "", ""]}
    )
    assert state(alices_opportunity).readiness.overall != 99
    assert ReadinessSnapshot.objects.get(opportunity=alices_opportunity).day == timezone.localdate()


def test_a_coach_comment_leaves_the_candidates_snapshot_in_use(
    alice: User, bob: User, alices_opportunity: Opportunity
) -> None:
    story = Story.objects.create(owner=alice, title="Calmed an angry customer")
    state(alices_opportunity)
    kept = revision(alice)
    Comment.objects.create(owner=alice, author=bob, story=story, text="Say what you said.")
    assert revision(alice) == kept


def test_a_bulk_write_that_forgets_to_touch_is_caught_by_the_check(
    alices_opportunity: Opportunity,
) -> None:
    state(alices_opportunity)
    PlanTask.objects.filter(opportunity=alices_opportunity).update(done_at=timezone.now())
    with pytest.raises(AssertionError, match="stale readiness snapshot"):
        state(alices_opportunity)
    touch(alices_opportunity.owner_id)
    assert state(alices_opportunity).readiness.overall is not None


def test_ticking_tasks_carries_the_snapshots_over_without_computing_again(
    alice: User, alices_opportunity: Opportunity, alice_client: Client
) -> None:
    """The carried snapshot must equal a fresh computation: the check the suite runs with
    (ROUNDTWO_READINESS_CHECK) compares every snapshot that state() returns."""
    other = make_opportunity(alice)
    state(alices_opportunity), state(other)
    tasks = list(alices_opportunity.plan_tasks.order_by("due", "pk"))
    for task in (tasks[0], tasks[-1], tasks[0]):
        alice_client.post(f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/")
        kept = ReadinessSnapshot.objects.filter(owner=alice).values_list("revision", flat=True)
        assert set(kept) == {revision(alice)}
    fresh = state(alices_opportunity)
    assert fresh.next_step.action.startswith("Next: ")
    assert any("1 of" in signal.label for area in fresh.readiness.areas for signal in area.signals)
    state(other)


def test_a_tick_after_another_change_leaves_the_older_snapshot_old(
    alice: User, alices_opportunity: Opportunity, alice_client: Client
) -> None:
    state(alices_opportunity)
    Story.objects.create(owner=alice, title="Cut the month-end close", situation="It took 9 days.")
    task = alices_opportunity.plan_tasks.first()
    assert task is not None
    alice_client.post(f"/o/{alices_opportunity.pk}/plan/{task.pk}/toggle/")
    snapshot = ReadinessSnapshot.objects.get(opportunity=alices_opportunity)
    assert snapshot.revision < revision(alice)
