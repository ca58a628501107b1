"""Answering: pieces of a real recording, a file, or typed text; the report; retry and compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from django.test import Client
from django.urls import reverse

from roundtwo.background.worker import run_pending
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt, SessionQuestion
from roundtwo.rehearse.sessions import start_session
from tests.rehearse.conftest import begin_recording, silence_wav, webm_recording

if TYPE_CHECKING:  # the stubs name the test client's response type
    from django.test.client import _MonkeyPatchedWSGIResponse

pytestmark = pytest.mark.django_db(transaction=True)  # the worker manages its own transactions

QUESTION = "Tell me about a time you inspired people to act."


def drill(opportunity: Opportunity, question: str = QUESTION) -> SessionQuestion:
    return start_session(opportunity, "drill", question=question).questions.get()


def record(client: Client, question: SessionQuestion, data: bytes, pieces: int = 3) -> Attempt:
    """What recorder.js does: begin, send the pieces in order, finish."""
    urls = begin_recording(client, question, media_type="audio/webm;codecs=opus")
    size = -(-len(data) // pieces)
    for i in range(pieces):
        response = client.post(
            urls["chunk_url"],
            data[i * size : (i + 1) * size],
            content_type="application/octet-stream",
            headers={"X-Chunk-Index": str(i)},
        )
        assert response.status_code == 200, response.content
    assert client.post(urls["finish_url"]).status_code == 200
    run_pending()
    return Attempt.objects.latest("id")


def test_a_spoken_answer_sent_in_pieces_gets_a_report_with_transcript_and_measures(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = record(alice_client, drill(panel_opportunity), webm_recording())
    assert attempt.status == Attempt.Status.DONE
    assert attempt.report is not None
    assert "country" in attempt.report["transcript"].lower()
    assert attempt.wpm and attempt.speaking_time_s
    page = alice_client.get(reverse("rehearse:attempt", args=[panel_opportunity.pk, attempt.pk]))
    text = page.content.decode()
    for words in ("What you said", "Pace", "words per minute", "Filler words", "Good range"):
        assert words in text
    assert 'data-start="' in text
    assert (
        alice_client.get(
            reverse("rehearse:media", args=[panel_opportunity.pk, attempt.pk])
        ).status_code
        == 200
    )


def test_a_piece_out_of_order_is_refused_and_nothing_is_doubled(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    urls = begin_recording(alice_client, drill(panel_opportunity))

    def send(i: int) -> _MonkeyPatchedWSGIResponse:
        return alice_client.post(
            urls["chunk_url"],
            b"x" * 10,
            content_type="application/octet-stream",
            headers={"X-Chunk-Index": str(i)},
        )

    assert send(0).status_code == 200
    assert send(0).status_code == 409
    assert send(2).status_code == 409
    assert Attempt.objects.get().chunks_received == 1


def test_silence_says_no_answer_was_heard_and_shows_no_transcript(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = record(alice_client, drill(panel_opportunity), silence_wav(), pieces=1)
    assert attempt.status == Attempt.Status.NO_SPEECH, attempt.report
    page = alice_client.get(reverse("rehearse:attempt", args=[panel_opportunity.pk, attempt.pk]))
    assert "couldn" in page.content.decode() and "What you said" not in page.content.decode()
    assert attempt.wpm is None and attempt.content_score is None


def test_a_damaged_recording_gets_a_clear_message_and_the_app_carries_on(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    attempt = record(
        alice_client, drill(panel_opportunity), b"\x1aE\xdf\xa3 not really webm" * 50, pieces=1
    )
    assert attempt.status == Attempt.Status.FAILED
    assert "could not" in attempt.message or "not an audio" in attempt.message
    assert (
        alice_client.get(
            reverse("workspace:area", args=[panel_opportunity.pk, "rehearse"])
        ).status_code
        == 200
    )


def test_stopping_before_any_sound_arrived_says_so(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    urls = begin_recording(alice_client, drill(panel_opportunity))
    alice_client.post(urls["finish_url"])
    run_pending()
    attempt = Attempt.objects.get()
    assert attempt.status == Attempt.Status.FAILED
    assert "No recording arrived" in attempt.message


def test_a_typed_answer_gets_content_feedback_and_says_delivery_needs_a_voice(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    question = drill(panel_opportunity)
    answer = (
        "Our support team was losing two people a month. I was asked to fix morale. "
        "I ran interviews with all twelve people and changed the rota. "
        "Attrition fell to zero in six months."
    )
    response = alice_client.post(
        reverse("rehearse:typed", args=[panel_opportunity.pk, question.pk]), {"answer": answer}
    )
    attempt = Attempt.objects.get()
    assert response.status_code == 302 and attempt.content_score is not None
    page = alice_client.get(response["Location"]).content.decode()
    assert "need your voice" in page and "Score" in page


def test_an_empty_typed_answer_is_sent_back_with_a_message(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    question = drill(panel_opportunity)
    response = alice_client.post(
        reverse("rehearse:typed", args=[panel_opportunity.pk, question.pk]), {"answer": ""}
    )
    assert response.status_code == 400
    assert "This field is required" in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_second_attempt_is_compared_with_the_first(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    question = drill(panel_opportunity)
    url = reverse("rehearse:typed", args=[panel_opportunity.pk, question.pk])
    alice_client.post(url, {"answer": "I did some things and it went fine."})
    response = alice_client.post(
        url,
        {
            "answer": "Sales had stalled at our biggest client. I had to win them back. I visited "
            "them weekly and rebuilt the onboarding with their team. Renewals rose 30% in a year."
        },
    )
    page = alice_client.get(response["Location"]).content.decode()
    assert "Against your previous attempt" in page
    assert "(better)" in page


def test_the_follow_up_can_be_answered_right_away(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    question = drill(panel_opportunity)
    alice_client.post(
        reverse("rehearse:typed", args=[panel_opportunity.pk, question.pk]),
        {
            "answer": "I led the migration. I planned it in stages. "
            "We cut costs by 20 percent in a quarter."
        },
    )
    attempt = Attempt.objects.get()
    response = alice_client.post(
        reverse("rehearse:follow_up", args=[panel_opportunity.pk, attempt.pk]),
        {"question": "How did you measure 20 percent?", "why": "A number is checked first."},
    )
    follow = SessionQuestion.objects.get(follow_up_of=question)
    assert f"?q={follow.pk}" in response["Location"]
    assert follow.position == question.position + 1


def test_an_uploaded_file_is_analysed_in_the_background(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    question = drill(panel_opportunity)
    upload = SimpleUploadedFile("answer.webm", webm_recording(), content_type="audio/webm")
    response = alice_client.post(
        reverse("rehearse:upload", args=[panel_opportunity.pk, question.pk]), {"recording": upload}
    )
    attempt = Attempt.objects.get()
    assert attempt.status == Attempt.Status.PROCESSING
    waiting = alice_client.get(
        response["Location"], headers={"HX-Request": "true"}
    ).content.decode()
    assert 'hx-trigger="every 500ms"' in waiting
    run_pending()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.DONE
