"""Deleting a candidate or a coach with shares, comments and the access log in place."""

from __future__ import annotations

from django.contrib.auth.models import User

from roundtwo.accounts.erasure import erase_account
from roundtwo.coaching.models import AccessRecord, Comment, Notification, Share
from roundtwo.core.permissions import Action, fetch
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Attempt, Review
from tests.coaching.conftest import FULL_SCOPE, share_with


def coached(alice: User, carol: User, answer: LoggedQuestion, attempt: Attempt) -> Share:
    share = share_with(alice, carol, None, **FULL_SCOPE)
    fetch(LoggedQuestion, carol, Action.VIEW, pk=answer.pk)  # one line in the access log
    comment = Comment.objects.create(
        owner=alice, author=carol, logged_question=answer, opportunity=answer.opportunity, text="Hm"
    )
    Comment.objects.create(
        owner=alice, author=alice, logged_question=answer, parent=comment, text="Fixed"
    )
    Notification.objects.create(user=alice, text="Carol commented")
    Review.objects.create(attempt=attempt, reviewer="Carol Coach (coach)", coach=carol)
    return share


def test_deleting_the_candidate_deletes_her_shares_comments_notifications_and_log(
    alice: User, carol: User, answer: LoggedQuestion, attempt: Attempt
) -> None:
    coached(alice, carol, answer, attempt)
    erase_account(alice)
    assert not Share.objects.exists()
    assert not Comment.objects.exists()
    assert not Notification.objects.exists()
    assert not AccessRecord.objects.exists()
    assert User.objects.filter(pk=carol.pk).exists()


def test_deleting_the_coach_removes_her_shares_and_keeps_the_candidates_record(
    alice: User, carol: User, answer: LoggedQuestion, attempt: Attempt
) -> None:
    coached(alice, carol, answer, attempt)
    erase_account(carol)
    assert not Share.objects.exists()
    record = AccessRecord.objects.get()
    assert record.coach is None and record.coach_name == "Carol Coach <carol@example.org>"
    review = Review.objects.get()
    assert review.coach is None and review.reviewer == "Carol Coach (coach)"
    # A coach's words are hers: they go with her account, and the replies under them too.
    assert not Comment.objects.exists()
    assert LoggedQuestion.objects.filter(pk=answer.pk).exists()
