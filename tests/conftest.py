"""Shared fixtures: named personas, so 'bob cannot see alice's data' is a one-line test."""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import rebuild_plan

# Every readiness snapshot a test uses is checked against a fresh computation, so a write path
# that does not raise the owner's revision fails the tests that cover it (readiness_cache.py).
os.environ.setdefault("ROUNDTWO_READINESS_CHECK", "1")

PASSWORD = "a calm evening of preparation"
PAGES = Path(__file__).parent / "research" / "pages"


def make_user(username: str) -> User:
    return User.objects.create_user(username=username, password=PASSWORD)


@pytest.fixture
def alice(db: None) -> User:
    return make_user("alice")


@pytest.fixture
def bob(db: None) -> User:
    return make_user("bob")


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice: User) -> Client:
    return signed_in(alice)


@pytest.fixture
def bob_client(bob: User) -> Client:
    return signed_in(bob)


def make_opportunity(owner: User, days_ahead: int = 10, **fields: object) -> Opportunity:
    values: dict[str, object] = {
        "company": "Acme Logistics",
        "role_title": "Operations Analyst",
        "interview_date": timezone.localdate() + dt.timedelta(days=days_ahead),
        "format": "video",
    }
    values.update(fields)
    opportunity = Opportunity.objects.create(owner=owner, **values)
    for number in (1, 2):
        opportunity.round(number)
    return opportunity


def add_interviewer(
    opportunity: Opportunity, name: str, kind: str, rounds: list[int]
) -> Interviewer:
    person = Interviewer.objects.create(opportunity=opportunity, name=name, kind=kind)
    person.rounds.set([opportunity.round(n) for n in rounds])
    return person


@pytest.fixture
def alices_opportunity(alice: User) -> Opportunity:
    opportunity = make_opportunity(alice)
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [1, 2])
    add_interviewer(opportunity, "Sam Ortiz", "executive", [2])
    rebuild_plan(opportunity)
    return opportunity


# Pages for research tests, served from loopback; only the tests that ask allow that host.
class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def page_server() -> Iterator[str]:
    """Base URL of a loopback server holding tests/research/pages/."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(PAGES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def allow_page_server(page_server: str, settings: Settings) -> str:
    settings.FETCH_ALLOWED_HOSTS = [page_server.removeprefix("http://")]
    return page_server
