"""Leaving, removing a member, deleting an account, a hostile name, and the terminal commands."""

from __future__ import annotations

from click.testing import CliRunner
from django.contrib.auth.models import User
from django.test import Client

from roundtwo.accounts.erasure import erase_account
from roundtwo.cli import main
from roundtwo.coaching.models import Share
from roundtwo.opportunities.models import Opportunity
from roundtwo.organisations.membership import found
from roundtwo.organisations.models import Invitation, Membership, Organisation, Role
from tests.coaching.conftest import share_with
from tests.conftest import make_user, signed_in
from tests.organisations.conftest import invite, join


def test_a_candidate_sees_their_organisations_and_leaves_one(
    centre: Organisation, alice: User, alice_client: Client
) -> None:
    membership = join(centre, alice)
    page = alice_client.get("/organisations/")
    assert b"Northside Careers" in page.content and b"Candidate" in page.content
    response = alice_client.post(f"/organisations/memberships/{membership.pk}/leave/", follow=True)
    assert b"You left Northside Careers." in response.content
    assert not Membership.objects.filter(user=alice).exists()
    assert Organisation.objects.filter(pk=centre.pk).exists(), "its admin remains"


def test_leaving_keeps_the_candidates_own_shares(
    centre: Organisation, alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    membership = join(centre, alice)
    coach = make_user("carla")
    join(centre, coach, Role.COACH)
    share = share_with(alice, coach, alices_opportunity)
    alice_client.post(f"/organisations/memberships/{membership.pk}/leave/")
    share.refresh_from_db()
    assert share.is_active, "a share is the candidate's own decision, apart from membership"


def test_no_one_leaves_through_anothers_membership(
    centre: Organisation, alice: User, bob_client: Client
) -> None:
    membership = join(centre, alice)
    assert bob_client.post(f"/organisations/memberships/{membership.pk}/leave/").status_code == 404
    assert Membership.objects.filter(pk=membership.pk).exists()


def test_the_last_admin_may_not_leave_while_others_remain(
    centre: Organisation, olga: User, olga_client: Client, alice: User
) -> None:
    join(centre, alice)
    mine = Membership.objects.get(user=olga)
    response = olga_client.post(f"/organisations/memberships/{mine.pk}/leave/", follow=True)
    assert b"You are the last admin of Northside Careers" in response.content
    assert Membership.objects.filter(pk=mine.pk).exists()


def test_the_last_member_leaving_takes_the_organisation_and_its_invitations(
    centre: Organisation, olga: User, olga_client: Client
) -> None:
    invite(olga_client, centre, "ben@example.org")
    mine = Membership.objects.get(user=olga)
    response = olga_client.post(f"/organisations/memberships/{mine.pk}/leave/", follow=True)
    assert b"It had no other members, so it is gone." in response.content
    assert not Organisation.objects.exists() and not Invitation.objects.exists()


def test_an_admin_removes_a_member_and_nothing_else_changes(
    centre: Organisation, olga_client: Client, alice: User, alices_opportunity: Opportunity
) -> None:
    membership = join(centre, alice)
    response = olga_client.post(
        f"/organisations/{centre.pk}/members/{membership.pk}/remove/", follow=True
    )
    assert b"alice is no longer a member" in response.content
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert Opportunity.objects.filter(pk=alices_opportunity.pk).exists()
    assert User.objects.filter(pk=alice.pk).exists()


def test_an_admin_cannot_remove_themself_or_a_member_of_another_organisation(
    centre: Organisation, olga: User, olga_client: Client, alice: User, bob: User
) -> None:
    mine = Membership.objects.get(user=olga)
    response = olga_client.post(
        f"/organisations/{centre.pk}/members/{mine.pk}/remove/", follow=True
    )
    assert b"To leave yourself, use Leave" in response.content
    elsewhere = join(found("Southside Jobs", bob), alice)
    outside = olga_client.post(f"/organisations/{centre.pk}/members/{elsewhere.pk}/remove/")
    assert outside.status_code == 404
    assert Membership.objects.filter(pk__in=[mine.pk, elsewhere.pk]).count() == 2


def test_a_member_who_is_not_an_admin_cannot_remove_anyone(
    centre: Organisation, olga: User, alice: User, alice_client: Client
) -> None:
    join(centre, alice, Role.COACH)
    admin = Membership.objects.get(user=olga)
    response = alice_client.post(f"/organisations/{centre.pk}/members/{admin.pk}/remove/")
    assert response.status_code == 404
    assert alice_client.get(f"/organisations/{centre.pk}/").status_code == 404
    assert Membership.objects.filter(pk=admin.pk).exists()


def test_deleting_an_admins_account_keeps_the_organisation_for_the_others(
    centre: Organisation, olga: User, alice: User
) -> None:
    join(centre, alice)
    erase_account(olga)
    assert Organisation.objects.filter(pk=centre.pk).exists()
    assert list(centre.memberships.values_list("user__username", flat=True)) == ["alice"]


def test_deleting_the_only_members_account_deletes_the_organisation(
    centre: Organisation, olga: User, olga_client: Client, alice: User
) -> None:
    invite(olga_client, centre, "ben@example.org")
    other = found("Southside Jobs", alice)
    erase_account(olga)
    assert list(Organisation.objects.all()) == [other]
    assert not Invitation.objects.exists()


def test_a_deleted_members_shares_go_and_others_stay(
    centre: Organisation, alice: User, alices_opportunity: Opportunity
) -> None:
    coach = make_user("carla")
    join(centre, coach, Role.COACH)
    join(centre, alice)
    share_with(alice, coach, alices_opportunity)
    erase_account(coach)
    assert not Share.objects.filter(coach__isnull=False).exists()
    assert Membership.objects.filter(user=alice, organisation=centre).exists()


def test_script_in_an_organisation_name_is_shown_as_text(
    olga: User, alice: User, alice_client: Client
) -> None:
    hostile = found('<script>alert("x")</script> Careers', olga)
    admin_client = signed_in(olga)
    link = invite(admin_client, hostile, "alice@example.org")
    pages = [
        admin_client.get(f"/organisations/{hostile.pk}/"),
        admin_client.get("/organisations/"),
        alice_client.get(link),
    ]
    alice_client.post(link)
    pages.append(alice_client.get("/organisations/"))
    for page in pages:
        assert b"<script>alert" not in page.content
        assert b"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Careers" in page.content


def test_the_header_links_to_organisations_for_members_only(
    centre: Organisation, olga_client: Client, alice: User, alice_client: Client
) -> None:
    assert b'href="/organisations/"' in olga_client.get("/").content
    assert b'href="/organisations/"' not in alice_client.get("/").content
    join(centre, alice)
    assert b'href="/organisations/"' in alice_client.get("/").content


def test_the_first_admin_is_made_at_the_terminal(alice: User, bob: User) -> None:
    runner = CliRunner()
    made = runner.invoke(main, ["org", "create", "Northside Careers", "--admin", "alice"])
    assert made.exit_code == 0, made.output
    organisation = Organisation.objects.get()
    assert organisation.memberships.get().user == alice
    twice = runner.invoke(main, ["org", "create", "northside careers", "--admin", "bob"])
    assert twice.exit_code == 2 and "already exists" in twice.output
    nobody = runner.invoke(main, ["org", "create", "Elsewhere", "--admin", "nobody"])
    assert nobody.exit_code == 2 and "no account named" in nobody.output
    second = runner.invoke(main, ["org", "admin", "Northside Careers", "bob"])
    assert second.exit_code == 0, second.output
    listed = runner.invoke(main, ["org", "list"])
    assert "Northside Careers: admins: 2, coaches: 0, candidates: 0" in listed.output
