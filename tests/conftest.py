"""Shared fixtures: named personas, so 'bob cannot see alice's data' is a one-line test."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import rebuild_plan

PASSWORD = "a calm evening of preparation"


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
