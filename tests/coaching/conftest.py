"""Personas for sharing: alice the candidate, carol her coach, dave a coach without a share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roundtwo.coaching.models import Share
from roundtwo.coaching.sharing import accept, create_share
from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.sessions import start_session
from roundtwo.stories.models import Story
from tests.conftest import make_user, signed_in
from tests.followup.conftest import Inbox, run_server

FULL_SCOPE = {
    "can_comment": True,
    "can_review": True,
    "shares_stories": True,
    "shares_resume": True,
    "shares_recordings": True,
}


def share_with(
    owner: User, coach: User, opportunity: Opportunity | None = None, **scope: bool
) -> Share:
    """An accepted share, the way the pages make one: invitation, then acceptance."""
    share = Share(email=f"{coach.username}@example.org", opportunity=opportunity, **scope)
    token = create_share(owner, share)
    return accept(token, coach)


@pytest.fixture
def smtp_inbox() -> Iterator[Inbox]:
    """A real SMTP server on loopback that keeps what it receives."""
    yield from run_server(refuse=False)


@pytest.fixture(autouse=True)
def no_smtp_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start from the user's own mail settings: no ROUNDTWO_SMTP_* from the shell."""
    for name in ("HOST", "PORT", "SECURITY", "USERNAME", "PASSWORD", "FROM", "TIMEOUT"):
        monkeypatch.delenv(f"ROUNDTWO_SMTP_{name}", raising=False)


@pytest.fixture
def carol(db: None) -> User:
    user = make_user("carol")
    user.first_name, user.last_name, user.email = "Carol", "Coach", "carol@example.org"
    user.save()
    return user


@pytest.fixture
def carol_client(carol: User) -> Client:
    return signed_in(carol)


@pytest.fixture
def dave_client(db: None) -> Client:
    return signed_in(make_user("dave"))


@pytest.fixture
def story(alice: User) -> Story:
    return Story.objects.create(owner=alice, title="The migration", result="Cut costs by 30%.")


@pytest.fixture
def answer(alices_opportunity: Opportunity) -> LoggedQuestion:
    return LoggedQuestion.objects.create(
        opportunity=alices_opportunity, question="Why this company?", answer="The routes."
    )


@pytest.fixture
def attempt(alices_opportunity: Opportunity) -> Attempt:
    rehearsal = start_session(alices_opportunity, "drill", question="Tell me about a conflict.")
    return Attempt.objects.create(
        question=rehearsal.questions.get(),
        question_key="conflict",
        mode="typed",
        status=Attempt.Status.DONE,
        typed_text="I listened first.",
        wpm=140,
    )
