"""The permission layer itself: every kind of object is a decision, and shares stay in scope."""

from __future__ import annotations

from django.apps import apps
from django.contrib.auth.models import User

from roundtwo.core.permissions import OWNER_ONLY, SHARED_KINDS, Action, may, permitted
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt
from roundtwo.stories.models import Story
from tests.coaching.conftest import share_with
from tests.conftest import make_opportunity


def test_every_model_with_an_owner_is_either_shared_or_owner_only() -> None:
    owned = {m._meta.label_lower for m in apps.get_models() if hasattr(m, "owner_path")}
    undecided = owned - set(SHARED_KINDS) - OWNER_ONLY
    assert not undecided, f"decide in core.permissions whether a coach sees: {undecided}"
    assert not set(SHARED_KINDS) & OWNER_ONLY
    assert set(SHARED_KINDS) | OWNER_ONLY <= owned, "a listed model that no longer exists"


def test_a_share_of_one_opportunity_does_not_reach_another(
    alice: User, alices_opportunity: Opportunity, carol: User
) -> None:
    other = make_opportunity(alice, company="Globex")
    share_with(alice, carol, alices_opportunity)
    assert list(permitted(Opportunity, carol, Action.VIEW)) == [alices_opportunity]
    assert not may(carol, Action.VIEW, other)


def test_a_share_of_all_reaches_an_opportunity_added_later(alice: User, carol: User) -> None:
    share_with(alice, carol, None)
    later = make_opportunity(alice, company="Initech")
    assert may(carol, Action.VIEW, later)
    assert not may(carol, Action.EDIT, later), "a coach never edits"
    assert not may(carol, Action.COMMENT, later)


def test_the_owner_may_do_everything_with_her_own_and_nothing_with_her_coachs(
    alice: User, alices_opportunity: Opportunity, carol: User, story: Story, attempt: Attempt
) -> None:
    for action in Action:
        assert may(alice, action, alices_opportunity)
        assert may(alice, action, story)
    share_with(alice, carol, None, can_review=True, shares_recordings=True)
    assert may(carol, Action.REVIEW, attempt)
    assert not may(carol, Action.REVIEW, alices_opportunity), "only recordings are reviewed"
    assert not may(carol, Action.VIEW, story)
    carols_story = Story.objects.create(owner=carol, title="Carol's own")
    assert not may(alice, Action.VIEW, carols_story), "sharing goes one way"
