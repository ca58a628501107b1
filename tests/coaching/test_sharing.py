"""Inviting a coach, accepting, revoking; and every way an invitation can be misused."""

from __future__ import annotations

import datetime as dt
import re

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.coaching.models import Share, token_hash
from roundtwo.opportunities.models import Opportunity
from tests.coaching.conftest import share_with
from tests.conftest import make_user
from tests.followup.conftest import Inbox, save_mail_settings


def invite(client: Client, email: str = "carol@example.org", **fields: object) -> str:
    data: dict[str, object] = {"email": email, "copy": "1", "can_comment": "on", **fields}
    response = client.post("/sharing/", data)
    assert response.status_code == 200, response.content
    found = re.search(r'value="(http://testserver/invitation/[^"]+)"', response.content.decode())
    assert found, "the page shows the link to copy"
    return found.group(1).removeprefix("http://testserver")


def test_a_candidate_invites_a_coach_who_accepts_and_sees_the_candidate(
    alice_client: Client, alices_opportunity: Opportunity, carol_client: Client, carol: User
) -> None:
    link = invite(alice_client)
    share = Share.objects.get()
    assert share.token_hash == token_hash(link.split("/")[2]), "only the hash is stored"
    assert link.split("/")[2] not in str(Share.objects.values_list(flat=True))
    assert b"invites you" in carol_client.get(link).content
    response = carol_client.post(link)
    assert response.status_code == 302
    share.refresh_from_db()
    assert share.coach == carol and share.is_active
    page = carol_client.get("/coach/").content.decode()
    assert "Acme Logistics" in page and "alice" in page


def test_an_invitation_goes_out_through_the_candidates_mail_settings(
    alice: User, alice_client: Client, alices_opportunity: Opportunity, smtp_inbox: Inbox
) -> None:
    save_mail_settings(alice, smtp_inbox.port)
    response = alice_client.post(
        "/sharing/",
        {"email": "carol@example.org", "send": "1", "opportunity": alices_opportunity.pk},
    )
    assert response.status_code == 200
    [message] = smtp_inbox.messages
    assert message["To"] == "carol@example.org"
    body = message.get_body().get_content()  # type: ignore[union-attr]
    link = re.search(r"http://testserver(/invitation/\S+)", body)
    assert link and Share.objects.get().token_hash == token_hash(link.group(1).split("/")[2])


def test_without_mail_set_up_the_link_is_still_there_to_copy(alice_client: Client) -> None:
    response = alice_client.post("/sharing/", {"email": "carol@example.org", "send": "1"})
    assert b"Mail is not set up" in response.content
    assert b"/invitation/" in response.content


def test_a_forged_invitation_is_refused_with_a_clear_message(carol_client: Client) -> None:
    response = carol_client.post("/invitation/" + "x" * 43 + "/")
    assert response.status_code == 410
    assert b"not valid" in response.content
    assert not Share.objects.exists()


def test_an_expired_invitation_is_refused(alice_client: Client, carol_client: Client) -> None:
    link = invite(alice_client)
    Share.objects.update(expires_at=timezone.now() - dt.timedelta(minutes=1))
    response = carol_client.post(link)
    assert response.status_code == 410 and b"expired" in response.content
    assert Share.objects.get().coach is None


def test_an_invitation_works_once(alice_client: Client, carol_client: Client, carol: User) -> None:
    link = invite(alice_client)
    carol_client.post(link)
    mallory = Client()
    mallory.force_login(make_user("mallory"))
    response = mallory.post(link)
    assert response.status_code == 410 and b"already been used" in response.content
    assert Share.objects.get().coach == carol


def test_a_signed_out_visitor_is_asked_to_sign_in_and_nothing_is_accepted(
    alice_client: Client, client: Client
) -> None:
    link = invite(alice_client)
    page = client.get(link)
    assert page.status_code == 200 and b"Sign in to accept" in page.content
    assert client.post(link).status_code == 302
    assert Share.objects.get().accepted_at is None


def test_a_candidate_cannot_accept_her_own_invitation(alice_client: Client) -> None:
    link = invite(alice_client)
    response = alice_client.post(link)
    assert response.status_code == 410 and b"your own invitation" in response.content


def test_an_email_already_invited_for_the_same_thing_is_refused_without_losing_the_form(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    invite(alice_client)
    response = alice_client.post("/sharing/", {"email": "Carol@Example.org", "copy": "1"})
    assert response.status_code == 400
    assert b"already has access or an invitation" in response.content
    assert b"carol@example.org" in response.content.lower()
    assert Share.objects.count() == 1


def test_an_email_already_registered_accepts_with_the_existing_account(
    alice_client: Client, carol: User, carol_client: Client
) -> None:
    link = invite(alice_client, email=carol.email)
    users = User.objects.count()
    carol_client.post(link)
    assert User.objects.count() == users
    assert Share.objects.get().coach == carol


def test_a_revoked_coach_is_refused_at_the_very_next_request(
    alice: User,
    alice_client: Client,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
) -> None:
    share = share_with(alice, carol, alices_opportunity)
    url = f"/coach/{alices_opportunity.pk}/"
    assert carol_client.get(url).status_code == 200
    alice_client.post(f"/sharing/{share.pk}/revoke/")
    response = carol_client.get(url)  # the same signed-in session
    assert response.status_code == 404
    assert b"no longer" in response.content and b"Acme" not in response.content
    assert b"Acme" not in carol_client.get("/coach/").content


def test_the_sharing_page_lists_who_has_access_and_the_access_log(
    alice: User,
    alice_client: Client,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
) -> None:
    share_with(alice, carol, alices_opportunity, shares_stories=True)
    carol_client.get(f"/coach/{alices_opportunity.pk}/")
    page = alice_client.get("/sharing/").content.decode()
    assert "carol@example.org" in page and "view; with stories" in page and "active" in page
    assert "Carol Coach" in page and "Acme Logistics" in page  # the access log


def test_a_candidate_deleting_an_opportunity_a_coach_views_leaves_a_clear_page(
    alice: User, alices_opportunity: Opportunity, carol: User, carol_client: Client
) -> None:
    share_with(alice, carol, alices_opportunity, can_comment=True)
    url = f"/coach/{alices_opportunity.pk}/"
    assert carol_client.get(url).status_code == 200
    alices_opportunity.delete()
    response = carol_client.get(url)
    assert response.status_code == 404 and b"no longer" in response.content
    assert not Share.objects.exists(), "a share of one opportunity goes with it"
    assert carol_client.get("/coach/").status_code == 200


def test_the_review_scope_brings_the_recordings_with_it(alice_client: Client) -> None:
    invite(alice_client, can_review="on")
    share = Share.objects.get()
    assert share.can_review and share.shares_recordings
    assert share.scope_label == "view, comment, review recordings; with recordings"


def test_a_coach_without_a_share_gets_404_and_the_same_page_as_for_a_missing_id(
    alices_opportunity: Opportunity, dave_client: Client
) -> None:
    mine = dave_client.get(f"/coach/{alices_opportunity.pk}/")
    missing = dave_client.get(f"/coach/{alices_opportunity.pk + 1000}/")
    assert mine.status_code == missing.status_code == 404

    def main(content: bytes) -> bytes:
        return content[content.index(b"<main") : content.index(b"</main>")]

    assert main(mine.content) == main(missing.content)
    assert b"Acme" not in mine.content


def test_a_comment_sent_after_the_opportunity_was_deleted_is_refused_clearly(
    alice: User, alices_opportunity: Opportunity, carol: User, carol_client: Client
) -> None:
    from roundtwo.coaching.models import Comment
    from roundtwo.reflect.models import LoggedQuestion

    share_with(alice, carol, None, can_comment=True)
    answer = LoggedQuestion.objects.create(opportunity=alices_opportunity, question="Why us?")
    url = f"/coach/{alices_opportunity.pk}/comments/"
    alices_opportunity.delete()
    response = carol_client.post(url, {"target": f"logged_question:{answer.pk}", "text": "Hi"})
    assert response.status_code == 404 and b"no longer" in response.content
    assert not Comment.objects.exists()
    assert Share.objects.get().is_active, "a share of every opportunity outlives one of them"
