"""Reviews by people (the candidate, or a friend through a private link) and progress over time."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt, Review
from roundtwo.rehearse.sessions import start_session

ANSWERS = (
    "I did some things and it went fine.",
    "Sales had stalled at our biggest client. I had to win them back. I visited them weekly "
    "and rebuilt the onboarding with their team. Renewals rose 30% in a year.",
)


def typed_attempts(client: Client, opportunity: Opportunity) -> list[Attempt]:
    question = start_session(
        opportunity, "drill", question="Tell me about a time you won back a client."
    ).questions.get()
    url = reverse("rehearse:typed", args=[opportunity.pk, question.pk])
    for answer in ANSWERS:
        client.post(url, {"answer": answer})
    return list(Attempt.objects.order_by("id"))


def test_the_candidate_reviews_an_attempt_and_sees_the_ratings_beside_the_measures(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    url = reverse("rehearse:review", args=[panel_opportunity.pk, attempt.pk])
    response = alice_client.post(
        url, {"reviewer": "Me", "eye_contact": "4", "clarity": "2", "comments": "Too vague."}
    )
    assert response.status_code == 302
    page = alice_client.get(response["Location"]).content.decode()
    assert "Reviews by people" in page and "Too vague." in page
    assert Review.objects.get().ratings == {"eye_contact": 4, "clarity": 2}


def test_an_empty_review_is_refused_and_keeps_the_name_typed(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    url = reverse("rehearse:review", args=[panel_opportunity.pk, attempt.pk])
    response = alice_client.post(url, {"reviewer": "Coach Kim"})
    assert response.status_code == 400
    assert "Rate at least one point" in response.content.decode()
    assert 'value="Coach Kim"' in response.content.decode()


def test_a_friend_reviews_through_the_private_link_without_an_account(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    alice_client.post(reverse("rehearse:review_link", args=[panel_opportunity.pk, attempt.pk]))
    attempt.refresh_from_db()
    friend = Client()
    page = friend.get(reverse("rehearse:public_review", args=[attempt.review_token]))
    assert page.status_code == 200
    assert "Tell me about a time you won back a client." in page.content.decode()
    assert "Acme" not in page.content.decode()  # nothing else of the workspace
    friend.post(
        reverse("rehearse:public_review", args=[attempt.review_token]),
        {"reviewer": "Sam", "energy": "5", "tone": "3"},
    )
    assert Review.objects.get().by_link


def test_a_revoked_or_made_up_review_link_finds_nothing(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    url = reverse("rehearse:review_link", args=[panel_opportunity.pk, attempt.pk])
    alice_client.post(url)
    attempt.refresh_from_db()
    token = attempt.review_token
    alice_client.post(url, {"action": "revoke"})
    assert Client().get(reverse("rehearse:public_review", args=[token])).status_code == 404
    made_up = "x" * 32
    assert Client().get(reverse("rehearse:public_review", args=[made_up])).status_code == 404
    assert Client().get(reverse("rehearse:public_media", args=[made_up])).status_code == 404


def test_progress_shows_a_chart_per_measure_per_question_and_the_best_attempt(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempts = typed_attempts(alice_client, panel_opportunity)
    page = alice_client.get(reverse("rehearse:progress", args=[panel_opportunity.pk]))
    text = page.content.decode()
    assert 'id="chart-content_score"' in text and "<polyline" in text
    assert "Per question" in text and "Per session" in text
    best = max(attempts, key=lambda a: a.content_score or 0)
    assert reverse("rehearse:attempt", args=[panel_opportunity.pk, best.pk]) in text


def test_rehearsing_counts_towards_readiness(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    typed_attempts(alice_client, panel_opportunity)
    page = alice_client.get(reverse("workspace:area", args=[panel_opportunity.pk, "rehearse"]))
    assert "Questions tried again after feedback: 1" in page.content.decode()


def test_another_user_cannot_reach_a_session_an_attempt_or_its_recording(
    alice_client: Client, bob_client: Client, panel_opportunity: Opportunity, bob: User
) -> None:
    attempt = typed_attempts(alice_client, panel_opportunity)[0]
    pk = panel_opportunity.pk
    session = attempt.question.session
    urls = [
        reverse("rehearse:session", args=[pk, session.pk]),
        reverse("rehearse:attempt", args=[pk, attempt.pk]),
        reverse("rehearse:media", args=[pk, attempt.pk]),
        reverse("rehearse:review", args=[pk, attempt.pk]),
        reverse("rehearse:progress", args=[pk]),
    ]
    for url in urls:
        assert bob_client.get(url).status_code == 404, url
    posts = [
        reverse("rehearse:begin", args=[pk, attempt.question.pk]),
        reverse("rehearse:typed", args=[pk, attempt.question.pk]),
        reverse("rehearse:finish", args=[pk, attempt.pk]),
        reverse("rehearse:review_link", args=[pk, attempt.pk]),
        reverse("rehearse:delete_attempt", args=[pk, attempt.pk]),
        reverse("rehearse:delete_session", args=[pk, session.pk]),
    ]
    for url in posts:
        assert bob_client.post(url, {"answer": "x"}).status_code == 404, url
    assert Attempt.objects.filter(pk=attempt.pk).exists()


def test_a_backup_round_trip_keeps_sessions_reports_and_reviews_but_not_recordings(
    alice: User, alice_client: Client, panel_opportunity: Opportunity
) -> None:
    import json

    from roundtwo.backup.document import export_document, import_document

    attempt = typed_attempts(alice_client, panel_opportunity)[1]
    Review.objects.create(attempt=attempt, reviewer="Sam", ratings={"tone": 4})
    start_session(panel_opportunity, "panel")
    first = export_document(alice)
    import_document(json.loads(json.dumps(first)), alice)
    again = export_document(alice)
    assert {k: v for k, v in again.items() if k != "exported_at"} == {
        k: v for k, v in first.items() if k != "exported_at"
    }
    rows = first["opportunities"][0]["rehearsals"]
    assert {q["interviewer"] for q in rows[1]["questions"]} == {"Dana Lee", "Sam Okafor"}
    dumped = rows[0]["questions"][0]["attempts"][1]
    assert dumped["reviews"][0]["ratings"] == {"tone": 4}
    assert "media_path" not in dumped and dumped["report"]["content"]["score"] is not None
