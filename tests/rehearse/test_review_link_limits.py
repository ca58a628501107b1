"""A review link expires, takes a few reviews a minute, and stays out of caches and indexes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt, Review
from roundtwo.rehearse.review import LINK_REVIEWS_PER_MINUTE
from tests.rehearse.test_review_and_progress import typed_attempts


@pytest.fixture
def linked(alice_client: Client, panel_opportunity: Opportunity) -> Attempt:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    url = reverse("rehearse:review_link", args=[panel_opportunity.pk, attempt.pk])
    alice_client.post(url)
    attempt.refresh_from_db()
    return attempt


def review_url(attempt: Attempt) -> str:
    return reverse("rehearse:public_review", args=[attempt.review_token])


def test_a_link_works_for_fourteen_days_by_default(linked: Attempt) -> None:
    assert linked.review_expires_at is not None
    left = linked.review_expires_at - timezone.now()
    assert dt.timedelta(days=13, hours=23) < left <= dt.timedelta(days=14)


def test_the_owner_chooses_how_long_a_link_works(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    url = reverse("rehearse:review_link", args=[panel_opportunity.pk, attempt.pk])
    alice_client.post(url, {"days": "3"})
    attempt.refresh_from_db()
    assert attempt.review_expires_at is not None
    assert attempt.review_expires_at - timezone.now() <= dt.timedelta(days=3)
    page = alice_client.get(reverse("rehearse:attempt", args=[panel_opportunity.pk, attempt.pk]))
    assert "works until" in page.content.decode()
    alice_client.post(url, {"action": "revoke"})
    alice_client.post(url, {"days": "9999"})  # not offered: the default instead
    attempt.refresh_from_db()
    assert attempt.review_expires_at is not None
    assert attempt.review_expires_at - timezone.now() > dt.timedelta(days=13)


def test_an_expired_link_finds_nothing(linked: Attempt) -> None:
    url = review_url(linked)
    assert Client().get(url).status_code == 200
    Attempt.objects.filter(pk=linked.pk).update(review_expires_at=timezone.now())
    assert Client().get(url).status_code == 404
    media = reverse("rehearse:public_media", args=[linked.review_token])
    assert Client().get(media).status_code == 404


def test_rapid_reviews_through_a_link_are_refused_after_a_few(linked: Attempt) -> None:
    friend = Client()
    statuses = [
        friend.post(review_url(linked), {"reviewer": f"Sam {n}", "energy": "4"}).status_code
        for n in range(LINK_REVIEWS_PER_MINUTE + 3)
    ]
    assert statuses == [200] * LINK_REVIEWS_PER_MINUTE + [429] * 3
    assert Review.objects.filter(attempt=linked).count() == LINK_REVIEWS_PER_MINUTE
    Review.objects.update(created_at=timezone.now() - dt.timedelta(minutes=2))
    assert friend.post(review_url(linked), {"reviewer": "Sam", "energy": "4"}).status_code == 200


def test_review_link_pages_are_not_cached_or_indexed(linked: Attempt) -> None:
    friend = Client()
    for response in (
        friend.get(review_url(linked)),
        friend.post(review_url(linked), {"reviewer": "Sam", "energy": "4"}),
    ):
        assert response["Cache-Control"] == "no-store"
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()
