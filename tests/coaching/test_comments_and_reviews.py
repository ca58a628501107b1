"""Comments by a coach and replies by the candidate; notifications; reviews with a name on them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roundtwo.background.worker import run_pending
from roundtwo.coaching.models import AccessRecord, Comment, Notification
from roundtwo.followup.models import FollowUpEmail
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt, Review
from roundtwo.stories.models import Story
from tests.coaching.conftest import FULL_SCOPE, share_with
from tests.followup.conftest import Inbox, save_mail_settings


def post_comment(
    client: Client, opportunity: Opportunity, target: str, text: str, **extra: object
) -> int:
    response = client.post(
        f"/coach/{opportunity.pk}/comments/", {"target": target, "text": text, **extra}
    )
    return response.status_code


def test_a_coach_comments_on_each_kind_of_item_and_the_candidate_is_notified(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    story: Story,
    answer: LoggedQuestion,
    attempt: Attempt,
    alice_client: Client,
) -> None:
    share_with(alice, carol, None, **FULL_SCOPE)
    practice = PracticeQuestion.objects.create(
        opportunity=alices_opportunity, key="bq-1", question="A conflict?", kind="behavioral"
    )
    email = FollowUpEmail.objects.create(
        opportunity=alices_opportunity,
        interviewer=alices_opportunity.interviewers.all()[0],
        subject="Thank you",
        body="Thanks.",
    )
    targets = [
        f"logged_question:{answer.pk}",
        f"story:{story.pk}",
        f"practice_question:{practice.pk}",
        f"attempt:{attempt.pk}",
        f"followup_email:{email.pk}",
    ]
    for target in targets:
        assert (
            post_comment(carol_client, alices_opportunity, target, f"On {target}", at_seconds="12")
            == 302
        )
    assert Comment.objects.count() == 5
    assert Comment.objects.get(attempt=attempt).at_seconds == 12
    assert Comment.objects.get(story=story).at_seconds is None, "a moment only on a recording"
    assert Notification.objects.filter(user=alice, read_at=None).count() == 5
    page = alice_client.get(f"/coach/{alices_opportunity.pk}/").content.decode()
    assert all(f"On {target}" in page for target in targets)
    assert 'aria-label="5 unread"' in page


def test_a_comment_with_a_script_shows_as_text(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    answer: LoggedQuestion,
    alice_client: Client,
) -> None:
    share_with(alice, carol, alices_opportunity, can_comment=True)
    post_comment(
        carol_client,
        alices_opportunity,
        f"logged_question:{answer.pk}",
        "<script>alert(1)</script>",
    )
    for page in (f"/coach/{alices_opportunity.pk}/", "/notifications/"):
        content = alice_client.get(page).content.decode()
        assert "<script>alert(1)</script>" not in content
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_replies_thread_under_the_comment_and_a_resolved_thread_folds_away(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    answer: LoggedQuestion,
    alice_client: Client,
) -> None:
    share_with(alice, carol, alices_opportunity, can_comment=True)
    target = f"logged_question:{answer.pk}"
    post_comment(carol_client, alices_opportunity, target, "Say the number.")
    first = Comment.objects.get()
    post_comment(alice_client, alices_opportunity, target, "Done, thanks.", parent=first.pk)
    reply = Comment.objects.get(parent=first)
    assert reply.author == alice
    assert Notification.objects.filter(user=carol, text__contains="Done, thanks.").exists()
    alice_client.post(f"/coach/{alices_opportunity.pk}/comments/{first.pk}/resolve/")
    first.refresh_from_db()
    assert first.resolved_at is not None
    page = carol_client.get(f"/coach/{alices_opportunity.pk}/").content.decode()
    assert f'<details class="comment-resolved" id="comment-{first.pk}">' in page


def test_a_coach_who_may_only_view_cannot_comment(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    answer: LoggedQuestion,
) -> None:
    share_with(alice, carol, alices_opportunity)
    assert (
        post_comment(carol_client, alices_opportunity, f"logged_question:{answer.pk}", "Hi") == 404
    )
    assert not Comment.objects.exists()
    assert (
        b'class="comment-form"' not in carol_client.get(f"/coach/{alices_opportunity.pk}/").content
    )


def test_stories_are_shared_only_when_the_scope_says_so(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    story: Story,
) -> None:
    share_with(alice, carol, alices_opportunity, can_comment=True)
    assert b"The migration" not in carol_client.get(f"/coach/{alices_opportunity.pk}/").content
    assert post_comment(carol_client, alices_opportunity, f"story:{story.pk}", "Hi") == 404


def test_the_candidate_flags_an_answer_and_the_coach_sees_it_waiting(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    answer: LoggedQuestion,
    alice_client: Client,
    attempt: Attempt,
) -> None:
    share_with(alice, carol, alices_opportunity, can_review=True)
    alice_client.post(
        f"/coach/{alices_opportunity.pk}/flag/", {"target": f"logged_question:{answer.pk}"}
    )
    assert Comment.objects.get().flagged
    page = carol_client.get("/coach/").content.decode()
    assert "1 attempt to review" in page and "1 flagged" in page
    # The coach cannot flag on the candidate's behalf.
    response = carol_client.post(
        f"/coach/{alices_opportunity.pk}/flag/", {"target": f"logged_question:{answer.pk}"}
    )
    assert response.status_code == 404


def test_a_coach_with_the_review_scope_reviews_with_her_name_beside_the_measures(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    attempt: Attempt,
    alice_client: Client,
) -> None:
    share_with(alice, carol, alices_opportunity, can_review=True)
    url = f"/coach/{alices_opportunity.pk}/attempts/{attempt.pk}/review/"
    assert carol_client.get(url).status_code == 200
    response = carol_client.post(url, {"reviewer": "ignored", "clarity": "4", "comments": "Good."})
    assert response.status_code == 302
    review = Review.objects.get()
    assert review.coach == carol and review.reviewer == "Carol Coach (coach)"
    page = alice_client.get(f"/coach/{alices_opportunity.pk}/").content.decode()
    assert "Review by Carol Coach (coach): Good." in page and "140 words a minute" in page
    assert "1 attempt to review" not in carol_client.get("/coach/").content.decode()


def test_a_coach_without_the_review_scope_cannot_review(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    attempt: Attempt,
) -> None:
    share_with(alice, carol, alices_opportunity, shares_recordings=True, can_comment=True)
    url = f"/coach/{alices_opportunity.pk}/attempts/{attempt.pk}/review/"
    assert carol_client.post(url, {"comments": "Good."}).status_code == 404
    assert not Review.objects.exists()


@pytest.mark.django_db(transaction=True)  # the worker manages its own transactions
def test_the_candidate_is_emailed_about_a_comment_when_mail_is_set_up(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    answer: LoggedQuestion,
    smtp_inbox: Inbox,
) -> None:
    alice.email = "alice@example.org"
    alice.save()
    save_mail_settings(alice, smtp_inbox.port)
    share_with(alice, carol, alices_opportunity, can_comment=True)
    post_comment(
        carol_client, alices_opportunity, f"logged_question:{answer.pk}", "Shorter, please."
    )
    run_pending()
    [message] = smtp_inbox.messages
    assert message["To"] == "alice@example.org"
    assert "Shorter, please." in message.get_body().get_content()  # type: ignore[union-attr]


def test_every_coach_view_is_in_the_access_log_and_the_owners_own_views_are_not(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    alice_client: Client,
) -> None:
    share_with(alice, carol, alices_opportunity)
    alice_client.get(f"/coach/{alices_opportunity.pk}/")
    assert not AccessRecord.objects.exists()
    carol_client.get(f"/coach/{alices_opportunity.pk}/")
    record = AccessRecord.objects.get()
    assert record.owner == alice and record.coach == carol
    assert record.action == "view" and "Acme Logistics" in record.what


def test_the_coachs_workspace_has_no_edit_forms_of_the_candidate(
    alice: User,
    alices_opportunity: Opportunity,
    carol: User,
    carol_client: Client,
    answer: LoggedQuestion,
) -> None:
    share_with(alice, carol, alices_opportunity, **FULL_SCOPE)
    page = carol_client.get(f"/coach/{alices_opportunity.pk}/").content.decode()
    assert "Read-only" in page
    actions = page.split('action="')[1:]
    allowed = (f"/coach/{alices_opportunity.pk}/comments/", "/accounts/sign-out/")
    assert actions and all(action.startswith(allowed) for action in actions)
    assert "Flag for my coach" not in page
