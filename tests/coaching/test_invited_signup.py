"""A coach invited by email, with no account, creates one from the link on a site closed to
sign-up: for exactly the invited address, once, before the link expires."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from roundtwo.coaching import sharing_views
from roundtwo.coaching.models import Share
from roundtwo.opportunities.models import Opportunity
from tests.coaching.test_sharing import invite
from tests.conftest import PASSWORD, make_user

NEW_PASSWORD = "quiet lamp river 42"
FORM = {"first_name": "Carol", "last_name": "Coach", "password1": NEW_PASSWORD}
FORM["password2"] = NEW_PASSWORD


@pytest.fixture(autouse=True)
def sign_up_closed(settings: Settings) -> None:
    settings.HOSTED, settings.ALLOW_SIGNUP = True, False


def account_link(link: str) -> str:
    return link + "create-account/"


def test_the_invitation_page_offers_an_account_for_the_invited_address(
    alice_client: Client, client: Client
) -> None:
    link = invite(alice_client)
    page = client.get(link).content.decode()
    assert account_link(link) in page and "carol@example.org" in page
    assert client.get("/accounts/create/")["Location"] == "/accounts/sign-in/"  # still closed


def test_a_coach_without_an_account_creates_one_and_accepts_in_one_step(
    alices_opportunity: Opportunity, alice_client: Client, client: Client
) -> None:
    link = invite(alice_client)
    form_page = client.get(account_link(link))
    assert form_page.status_code == 200 and form_page["Cache-Control"] == "no-store"
    assert b'name="username"' not in form_page.content and b'name="email"' not in form_page.content
    response = client.post(account_link(link), FORM)
    assert response["Location"] == "/coach/"
    coach = User.objects.get(email="carol@example.org")
    assert coach.username == "carol@example.org" and coach.get_full_name() == "Carol Coach"
    share = Share.objects.get()
    assert share.coach == coach and share.accepted_at is not None
    assert b"Acme Logistics" in client.get("/coach/").content  # signed in as the coach
    # The new account signs in later with the invited address.
    later = Client().post(
        "/accounts/sign-in/", {"username": "carol@example.org", "password": NEW_PASSWORD}
    )
    assert later.status_code == 302


def test_the_link_makes_one_account_only(alice_client: Client, client: Client) -> None:
    link = invite(alice_client)
    client.post(account_link(link), FORM)
    again = Client().post(account_link(link), FORM)
    assert again.status_code == 410 and b"already been used" in again.content
    assert User.objects.filter(email="carol@example.org").count() == 1


def test_an_expired_link_makes_no_account(alice_client: Client, client: Client) -> None:
    link = invite(alice_client)
    Share.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    for response in (client.get(account_link(link)), client.post(account_link(link), FORM)):
        assert response.status_code == 410 and b"expired" in response.content
    assert not User.objects.filter(email="carol@example.org").exists()


def test_a_withdrawn_or_forged_link_makes_no_account(alice_client: Client, client: Client) -> None:
    link = invite(alice_client)
    Share.objects.update(revoked_at=timezone.now())
    assert client.post(account_link(link), FORM).status_code == 410
    forged = client.post("/invitation/" + "x" * 43 + "/create-account/", FORM)
    assert forged.status_code == 410 and b"not valid" in forged.content
    assert User.objects.count() == 1  # alice


def test_a_link_used_while_the_form_was_sent_rolls_the_new_account_back(
    alice_client: Client, client: Client, carol: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = invite(alice_client, email="dora@example.org")
    share = Share.objects.get()
    # Valid when the page checked it, used by another tab before the acceptance locked it.
    monkeypatch.setattr(sharing_views, "find_invitation", lambda token: share)
    Share.objects.update(accepted_at=timezone.now(), coach=carol)
    response = client.post(account_link(link), FORM)
    assert response.status_code == 410 and b"already been used" in response.content
    assert not User.objects.filter(email="dora@example.org").exists()
    assert Share.objects.get().coach == carol


def test_an_address_already_registered_is_asked_to_sign_in(
    alice_client: Client, client: Client, carol: User
) -> None:
    link = invite(alice_client, email="Carol@Example.org")
    users = User.objects.count()
    for response in (client.get(account_link(link)), client.post(account_link(link), FORM)):
        page = response.content.decode()
        assert response.status_code == 200
        assert "already exists on this site" in page and "Sign in to accept" in page
        assert 'name="password1"' not in page
    assert User.objects.count() == users
    assert "already exists on this site" in client.get(link).content.decode()
    assert Share.objects.get().accepted_at is None


def test_an_address_used_as_a_sign_in_name_counts_as_registered(
    alice_client: Client, client: Client
) -> None:
    make_user("erin@example.org")
    link = invite(alice_client, email="erin@example.org")
    assert b"already exists on this site" in client.get(account_link(link)).content


def test_the_page_reveals_nothing_about_other_addresses(
    alice_client: Client, client: Client, carol: User
) -> None:
    link = invite(alice_client, email="dora@example.org")
    # A sign-in name or address typed in the form is ignored: the account is the invited one.
    client.post(account_link(link), {**FORM, "username": "carol", "email": carol.email})
    assert User.objects.get(email="dora@example.org").username == "dora@example.org"
    carol.refresh_from_db()
    assert carol.check_password(PASSWORD)


def test_a_weak_password_is_refused_next_to_the_field_and_nothing_is_made(
    alice_client: Client, client: Client
) -> None:
    link = invite(alice_client)
    weak = {**FORM, "password1": "carol@example.org", "password2": "carol@example.org"}
    response = client.post(account_link(link), weak)
    assert response.status_code == 400 and b"error-summary" in response.content
    assert b'value="Carol"' in response.content  # what was typed is kept
    assert not User.objects.filter(email="carol@example.org").exists()
    assert Share.objects.get().accepted_at is None


def test_a_signed_in_visitor_is_sent_to_the_accept_page(
    alice_client: Client, carol_client: Client
) -> None:
    link = invite(alice_client)
    assert carol_client.get(account_link(link))["Location"] == link
    assert Share.objects.get().accepted_at is None


def test_an_address_too_long_to_sign_in_with_is_refused_with_a_reason(
    alice: User, client: Client
) -> None:
    from roundtwo.coaching.sharing import create_share

    address = "a" * 60 + "@" + "b" * 60 + ".example." + "c" * 40 + ".org"
    token = create_share(alice, Share(email=address))
    response = client.post(f"/invitation/{token}/create-account/", FORM)
    assert response.status_code == 400 and b"longer than 150 characters" in response.content
    assert not User.objects.filter(email=address).exists()
