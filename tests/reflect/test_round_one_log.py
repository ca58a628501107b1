"""Logging round one: every question is analysed, weak answers and hints become plan tasks."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.plan.services import rebuild_plan
from roundtwo.reflect.models import LoggedQuestion, RoundDebrief
from tests.reflect.conftest import STRONG_ANSWER, WEAK_ANSWER

REFLECT = "workspace:area"


def log(client: Client, opportunity: Opportunity, **fields: str) -> None:
    data = {"asked_by": "Dana Lee", "question": "Tell me about a time you fixed a process."}
    data.update(fields)
    response = client.post(reverse("reflect:add", args=[opportunity.pk]), data)
    assert response.status_code == 302, response.content.decode()[:500]


def page(client: Client, opportunity: Opportunity) -> str:
    return client.get(reverse(REFLECT, args=[opportunity.pk, "reflect"])).content.decode()


def derived(opportunity: Opportunity) -> list[PlanTask]:
    return list(opportunity.plan_tasks.filter(source=PlanTask.Source.DERIVED))


def test_a_logged_answer_is_analysed_and_shown_with_its_star_parts(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(alice_client, alices_opportunity, answer=STRONG_ANSWER)
    entry = alices_opportunity.logged_questions.get()
    assert entry.analysis is not None and entry.score is not None
    html = page(alice_client, alices_opportunity)
    assert "star-result" in html and "Result: present" in html
    assert f'Score <span class="score">{entry.score}</span>' in html


def test_a_weak_answer_is_listed_first_with_reasons_and_becomes_a_plan_task(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(alice_client, alices_opportunity, answer=STRONG_ANSWER)
    log(alice_client, alices_opportunity, question="Describe a conflict.", answer=WEAK_ANSWER)
    html = page(alice_client, alices_opportunity)
    assert "Weakest answers first" in html
    weakest = html.split("Weakest answers first")[1].split("</section>")[0]
    assert "Describe a conflict" in weakest and "fixed a process" not in weakest
    tasks = derived(alices_opportunity)
    assert len(tasks) == 1 and "“Describe a conflict”" in tasks[0].title
    assert tasks[0].area == "reflect"


def test_improving_a_weak_answer_removes_its_undone_task(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(alice_client, alices_opportunity, answer=WEAK_ANSWER)
    entry = alices_opportunity.logged_questions.get()
    assert len(derived(alices_opportunity)) == 1
    url = reverse("reflect:edit", args=[alices_opportunity.pk, entry.pk])
    alice_client.post(url, {"question": entry.question, "answer": STRONG_ANSWER})
    assert derived(alices_opportunity) == []


def test_a_plan_rebuild_keeps_the_tasks_made_from_round_one(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(alice_client, alices_opportunity, answer=WEAK_ANSWER)
    rebuild_plan(alices_opportunity)
    assert len(derived(alices_opportunity)) == 1


def test_a_form_with_no_question_keeps_what_was_typed_and_saves_nothing(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    url = reverse("reflect:add", args=[alices_opportunity.pk])
    response = alice_client.post(url, {"question": "  ", "answer": "My carefully typed answer"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Write the question they asked." in html
    assert "My carefully typed answer" in html
    assert not alices_opportunity.logged_questions.exists()


def test_questions_can_be_reordered_edited_and_deleted(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(alice_client, alices_opportunity, question="First?")
    log(alice_client, alices_opportunity, question="Second?")
    second = alices_opportunity.logged_questions.get(question="Second?")
    alice_client.post(
        reverse("reflect:move", args=[alices_opportunity.pk, second.pk]), {"direction": "up"}
    )
    order = list(alices_opportunity.logged_questions.values_list("question", flat=True))
    assert order == ["Second?", "First?"]
    inline = alice_client.get(
        reverse("reflect:edit", args=[alices_opportunity.pk, second.pk]), HTTP_HX_REQUEST="true"
    )
    assert b"<article" in inline.content and b"<html" not in inline.content
    alice_client.post(reverse("reflect:delete", args=[alices_opportunity.pk, second.pk]))
    assert list(alices_opportunity.logged_questions.values_list("question", flat=True)) == [
        "First?"
    ]


def test_hints_from_notes_reactions_and_the_debrief_are_listed_and_planned(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(
        alice_client,
        alices_opportunity,
        answer=STRONG_ANSWER,
        reaction="She nodded and said the next round will go deeper on stakeholder management.",
        hints="They want someone who can run the night shift alone",
    )
    alice_client.post(
        reverse("reflect:debrief", args=[alices_opportunity.pk]),
        {"went_badly": "One concern is my lack of experience with automated sorting systems."},
    )
    html = page(alice_client, alices_opportunity)
    hints = html.split("What the interviewers hinted at")[1].split("</section>")[0]
    assert "stakeholder management" in hints
    assert "automated sorting systems" in hints
    assert "run the night shift alone" in hints
    titles = " | ".join(t.title for t in derived(alices_opportunity))
    assert "stakeholder management" in titles and "automated sorting" in titles
    assert RoundDebrief.objects.get(opportunity=alices_opportunity).found_hints


def test_follow_ups_are_predicted_for_a_substantive_answer(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(alice_client, alices_opportunity, answer=STRONG_ANSWER)
    html = page(alice_client, alices_opportunity)
    followups = html.split("Follow-ups to expect in round two")[1].split("</section>")[0]
    assert followups.count("<li>") >= 3
    assert "From: “" in followups


def test_a_new_answer_that_contradicts_round_one_is_flagged(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(
        alice_client,
        alices_opportunity,
        question="When could you start?",
        answer="My notice period is four weeks, so I could start at the beginning of March.",
    )
    response = alice_client.post(
        reverse("reflect:check", args=[alices_opportunity.pk]),
        {"text": "My notice period is three months, so I could start in June."},
    )
    html = response.content.decode()
    assert "Round one: " in html and "Now: " in html
    assert "four weeks" in html and "three months" in html


def test_the_reflect_area_counts_towards_readiness(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    for n in range(3):
        log(alice_client, alices_opportunity, question=f"Question {n}?", answer=STRONG_ANSWER)
    html = page(alice_client, alices_opportunity)
    assert "Round-one questions logged: 3" in html
    assert LoggedQuestion.objects.filter(opportunity=alices_opportunity).count() == 3


def test_a_factual_question_gets_no_story_score_and_is_not_called_weak(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(
        alice_client,
        alices_opportunity,
        question="What is your notice period?",
        answer="My notice period is four weeks, so I could start at the beginning of March.",
    )
    entry = alices_opportunity.logged_questions.get()
    assert entry.judged and entry.score is None
    html = page(alice_client, alices_opportunity)
    assert "Weakest answers first" not in html
    assert "asks for a fact, not a story" in html
    assert derived(alices_opportunity) == []


def test_a_low_self_rating_puts_even_an_unscored_answer_on_the_weak_list(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    log(
        alice_client,
        alices_opportunity,
        question="Why do you want to work here?",
        answer="I like the product and the team seems nice, and the office is close to home.",
        self_rating="1",
    )
    weakest = page(alice_client, alices_opportunity).split("Weakest answers first")[1]
    assert "You rated this answer 1 of 5." in weakest.split("</section>")[0]
