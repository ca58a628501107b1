"""Starting rehearsals: a drill, a mock, a round-one redo and a panel mock with turns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.test import Client
from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.reflect.services import save_entry
from roundtwo.rehearse.models import RehearsalSession
from roundtwo.rehearse.sessions import question_key

if TYPE_CHECKING:  # the stubs name the test client's response type
    from django.test.client import _MonkeyPatchedWSGIResponse


def start(client: Client, opportunity: Opportunity, **data: str) -> _MonkeyPatchedWSGIResponse:
    return client.post(reverse("rehearse:start", args=[opportunity.pk]), data)


def test_the_rehearse_area_offers_four_kinds_of_session(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    page = alice_client.get(reverse("workspace:area", args=[panel_opportunity.pk, "rehearse"]))
    text = page.content.decode()
    for heading in ("Drill on one question", "Mock interview", "Round-one redo", "Panel mock"):
        assert heading in text
    assert "Dana Lee, Sam Okafor ask in turn" in text


def test_a_drill_rehearses_the_question_typed(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    response = start(
        alice_client, panel_opportunity, kind="drill", question="Tell me about a conflict."
    )
    session = RehearsalSession.objects.get()
    assert response.status_code == 302
    assert [q.text for q in session.questions.all()] == ["Tell me about a conflict."]
    page = alice_client.get(reverse("rehearse:session", args=[panel_opportunity.pk, session.pk]))
    assert "Tell me about a conflict." in page.content.decode()
    assert "about two minutes" in page.content.decode()


def test_a_drill_without_a_question_says_what_to_do_and_starts_nothing(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    response = start(alice_client, panel_opportunity, kind="drill", question="  ")
    assert response.status_code == 200
    assert "Type a question" in response.content.decode()
    assert not RehearsalSession.objects.exists()


def test_a_mock_without_a_practice_set_takes_questions_for_the_role_from_the_bank(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    start(alice_client, panel_opportunity, kind="mock")
    questions = list(RehearsalSession.objects.get().questions.all())
    assert len(questions) == 5
    assert all(q.why for q in questions)


def test_a_panel_mock_has_the_interviewers_ask_in_turn(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    start(alice_client, panel_opportunity, kind="panel", read_aloud="on")
    session = RehearsalSession.objects.get()
    askers = [q.interviewer.name for q in session.questions.all() if q.interviewer]
    assert askers == ["Dana Lee", "Sam Okafor", "Dana Lee", "Sam Okafor"]
    assert session.read_aloud
    page = alice_client.get(reverse("rehearse:session", args=[panel_opportunity.pk, session.pk]))
    assert "<strong>Dana Lee</strong>" in page.content.decode()


def test_a_round_one_redo_asks_the_weak_answer_again_and_then_its_follow_up(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    save_entry(
        LoggedQuestion(
            opportunity=panel_opportunity,
            question="Tell me about a time you missed a deadline.",
            answer="It was hard. We worked on it and things were fine in the end, I think.",
            self_rating=1,
        )
    )
    start(alice_client, panel_opportunity, kind="redo")
    questions = list(RehearsalSession.objects.get().questions.all())
    assert questions[0].text == "Tell me about a time you missed a deadline."
    assert questions[0].why.startswith("Weak in round one")


def test_a_redo_with_no_round_one_log_points_to_the_reflect_area(
    alice_client: Client, panel_opportunity: Opportunity
) -> None:
    response = start(alice_client, panel_opportunity, kind="redo")
    assert "Log round one" in response.content.decode()


def test_the_same_question_in_two_sessions_shares_a_key() -> None:
    assert question_key("Tell me about a conflict!") == question_key("tell me about a conflict")
