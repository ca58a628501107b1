"""Personas for organisations: olga runs Northside Careers; alice, ben and cleo are candidates."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roundtwo.organisations.membership import found
from roundtwo.organisations.models import Membership, Organisation, Role
from tests.accounts.conftest import no_site_mail, site_mail
from tests.coaching.conftest import carol, carol_client
from tests.conftest import make_user, signed_in
from tests.followup.conftest import smtp_inbox

__all__ = ["carol", "carol_client", "no_site_mail", "site_mail", "smtp_inbox"]


@pytest.fixture
def olga(db: None) -> User:
    user = make_user("olga")
    user.email = "olga@northside.example"
    user.save()
    return user


@pytest.fixture
def olga_client(olga: User) -> Client:
    return signed_in(olga)


@pytest.fixture
def centre(olga: User) -> Organisation:
    return found("Northside Careers", olga)


def join(organisation: Organisation, user: User, role: str = Role.CANDIDATE) -> Membership:
    return Membership.objects.create(organisation=organisation, user=user, role=role)


def invite(client: Client, organisation: Organisation, email: str, role: str = "candidate") -> str:
    """Make an invitation on the organisation's page; returns the link's path."""
    page = f"/organisations/{organisation.pk}/"
    response = client.post(page, {"email": email, "role": role, "copy": "1"})
    assert response.status_code == 200, response.content
    found_link = re.search(
        r'value="http://testserver(/organisations/join/[^"]+)"', response.content.decode()
    )
    assert found_link, "the page shows the link to copy"
    return found_link.group(1)
