"""Inviting coaches and candidates into an organisation, and every way a link can be misused."""

from __future__ import annotations

import datetime as dt
import re

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from roundtwo.organisations.models import Invitation, Membership, Organisation, Role, token_hash
from tests.conftest import make_user, signed_in
from tests.followup.conftest import Inbox
from tests.organisations.conftest import invite, join


def token_of(link: str) -> str:
    return link.rstrip("/").rsplit("/", 1)[1]


def test_an_admin_invites_a_candidate_who_joins_with_one_click(
    olga_client: Client, centre: Organisation, alice: User, alice_client: Client
) -> None:
    link = invite(olga_client, centre, "alice@example.org")
    invitation = Invitation.objects.get()
    assert invitation.token_hash == token_hash(token_of(link)), "only the hash is stored"
    assert token_of(link) not in str(Invitation.objects.values_list())
    page = alice_client.get(link)
    assert b"Northside Careers" in page.content and "no-store" in page["Cache-Control"]
    response = alice_client.post(link)
    assert response["Location"] == "/organisations/"
    assert Membership.objects.get(user=alice).role == Role.CANDIDATE
    assert b"Northside Careers" in alice_client.get("/organisations/").content


def test_a_coach_is_invited_with_the_coach_role(
    olga_client: Client, centre: Organisation, carol_client: Client, carol: User
) -> None:
    link = invite(olga_client, centre, "carol@example.org", role="coach")
    carol_client.post(link)
    assert Membership.objects.get(user=carol).role == Role.COACH


def test_an_invitation_goes_out_through_the_sites_mail(
    olga_client: Client, centre: Organisation, site_mail: Inbox
) -> None:
    response = olga_client.post(
        f"/organisations/{centre.pk}/", {"email": "ben@example.org", "role": "coach", "send": "1"}
    )
    assert response.status_code == 200
    assert b"Invitation sent to ben@example.org" in response.content
    [message] = site_mail.messages
    assert message["To"] == "ben@example.org"
    body = message.get_body().get_content()  # type: ignore[union-attr]
    link = re.search(r"http://testserver(/organisations/join/\S+)", body)
    assert link and Invitation.objects.get().token_hash == token_hash(token_of(link.group(1)))
    assert "Nobody sees your interviews" in body


def test_without_site_mail_there_is_only_the_link_to_copy(
    olga_client: Client, centre: Organisation, no_site_mail: None
) -> None:
    page = olga_client.get(f"/organisations/{centre.pk}/").content
    assert b"Make a link to copy" in page and b"Send the invitation by email" not in page
    response = olga_client.post(
        f"/organisations/{centre.pk}/", {"email": "ben@example.org", "role": "coach", "send": "1"}
    )
    assert b"This site sends no mail" in response.content
    assert b'id="invitation-link"' in response.content


def test_a_registered_address_signs_in_and_joins_with_its_own_account(
    olga_client: Client, centre: Organisation, alice: User
) -> None:
    link = invite(olga_client, centre, "alice@example.org")
    visitor = Client()
    page = visitor.get(link)
    assert page.status_code == 200 and b"Sign in to join" in page.content
    refused = visitor.post(link)
    assert refused["Location"] == f"/accounts/sign-in/?next={link}"
    assert not Membership.objects.filter(user=alice).exists()
    visitor.force_login(alice)
    visitor.post(link)
    assert Membership.objects.filter(user=alice, organisation=centre).exists()
    assert User.objects.count() == 2, "no second account is made"


def test_a_link_works_once(olga_client: Client, centre: Organisation, alice: User) -> None:
    link = invite(olga_client, centre, "alice@example.org")
    signed_in(alice).post(link)
    again = signed_in(make_user("mallory")).post(link)
    assert again.status_code == 410 and b"already been used" in again.content
    assert Membership.objects.filter(organisation=centre).count() == 2


def test_an_expired_link_is_refused(olga_client: Client, centre: Organisation, alice: User) -> None:
    link = invite(olga_client, centre, "alice@example.org")
    Invitation.objects.update(expires_at=timezone.now() - dt.timedelta(seconds=1))
    response = signed_in(alice).post(link)
    assert response.status_code == 410 and b"has expired" in response.content
    assert not Membership.objects.filter(user=alice).exists()


def test_a_forged_or_cut_link_is_refused_and_reveals_nothing(
    olga_client: Client, centre: Organisation, alice: User
) -> None:
    link = invite(olga_client, centre, "alice@example.org")
    client = signed_in(alice)
    for forged in (
        link[:-5] + "abcd/",
        "/organisations/join/x/",
        link.replace(token_of(link), "A" * 43),
    ):
        response = client.post(forged)
        assert response.status_code == 410, forged
        assert b"not valid" in response.content and b"Northside" not in response.content
    assert not Membership.objects.filter(user=alice).exists()


def test_a_withdrawn_invitation_no_longer_works(
    olga_client: Client, centre: Organisation, alice: User
) -> None:
    link = invite(olga_client, centre, "alice@example.org")
    invitation = Invitation.objects.get()
    olga_client.post(f"/organisations/{centre.pk}/invitations/{invitation.pk}/withdraw/")
    response = signed_in(alice).get(link)
    assert response.status_code == 410 and b"withdrawn" in response.content
    olga_client.get(f"/organisations/{centre.pk}/")  # shows the message naming the address once
    assert b"alice@example.org" not in olga_client.get(f"/organisations/{centre.pk}/").content


def test_a_member_accepting_again_keeps_their_role_and_the_link_unused(
    olga_client: Client, centre: Organisation, alice: User
) -> None:
    join(centre, alice, Role.COACH)
    link = invite(olga_client, centre, "alice.other@example.org", role="admin")
    response = signed_in(alice).post(link, follow=True)
    assert b"already in Northside Careers as coach" in response.content
    assert Membership.objects.get(user=alice).role == Role.COACH
    assert Invitation.objects.get().accepted_at is None


def test_an_address_already_in_or_already_invited_is_refused_with_a_reason(
    olga_client: Client, centre: Organisation, alice: User
) -> None:
    alice.email = "alice@example.org"
    alice.save()
    join(centre, alice)
    page = f"/organisations/{centre.pk}/"
    member = olga_client.post(page, {"email": "ALICE@example.org", "role": "coach", "copy": "1"})
    assert member.status_code == 400 and b"already a member, as candidate" in member.content
    invite(olga_client, centre, "ben@example.org")
    twice = olga_client.post(page, {"email": "ben@example.org", "role": "coach", "copy": "1"})
    assert twice.status_code == 400 and b"already has an invitation waiting" in twice.content
    assert b'value="ben@example.org"' in twice.content, "what was typed is kept"
    assert Invitation.objects.count() == 1


def test_only_an_admin_may_invite_or_withdraw(
    centre: Organisation, alice: User, alice_client: Client, bob_client: Client
) -> None:
    join(centre, alice, Role.COACH)
    for client in (alice_client, bob_client):
        response = client.post(
            f"/organisations/{centre.pk}/", {"email": "x@example.org", "role": "admin", "copy": "1"}
        )
        assert response.status_code == 404
    assert not Invitation.objects.exists()


def test_someone_with_no_account_creates_one_from_the_link_on_a_closed_site(
    olga_client: Client, centre: Organisation, client: Client, settings: Settings
) -> None:
    settings.HOSTED, settings.ALLOW_SIGNUP = True, False
    link = invite(olga_client, centre, "dina@example.org")
    assert link + "create-account/" in client.get(link).content.decode()
    password = "quiet lamp river 42"
    response = client.post(
        link + "create-account/",
        {"first_name": "Dina", "last_name": "Ortiz", "password1": password, "password2": password},
    )
    assert response["Location"] == "/organisations/"
    dina = User.objects.get(email="dina@example.org")
    assert Membership.objects.get(user=dina).organisation == centre
    assert Invitation.objects.get().accepted_at is not None
    again = Client().post(link + "create-account/", {"first_name": "X"})
    assert again.status_code == 410 and User.objects.filter(email="dina@example.org").count() == 1


def test_an_address_with_an_account_is_asked_to_sign_in_instead(
    olga_client: Client, centre: Organisation, alice: User, client: Client
) -> None:
    alice.email = "alice@example.org"
    alice.save()
    link = invite(olga_client, centre, "alice@example.org")
    page = client.get(link + "create-account/").content.decode()
    assert "/accounts/sign-in/?next=" in page and 'name="password1"' not in page
    assert not Membership.objects.filter(user=alice).exists()
