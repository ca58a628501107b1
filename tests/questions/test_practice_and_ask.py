"""The practice set, questions to ask per interviewer, and the plan per interviewer."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from roundtwo.ask.models import AskQuestion
from roundtwo.opportunities.models import Opportunity
from roundtwo.research.models import Item
from roundtwo.stories.models import Story
from tests.questions.test_stories import STORY

POSTING = """Data Analyst

What you will do
- Build dashboards in Tableau and SQL for the operations team
- Work with stakeholders to define metrics and run A/B tests

Requirements
- Strong SQL and statistics
- Clear communication with non-technical stakeholders
"""


def with_posting(opportunity: Opportunity) -> Opportunity:
    opportunity.posting_text = POSTING
    opportunity.save()
    return opportunity


def area(client: Client, opportunity: Opportunity, key: str) -> str:
    return client.get(reverse("workspace:area", args=[opportunity.pk, key])).content.decode()


def test_a_practice_set_is_built_with_reasons_and_stories(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    with_posting(alices_opportunity)
    alice_client.post(reverse("stories:add"), STORY)
    alice_client.post(reverse("practice:build", args=[alices_opportunity.pk]))
    practice = list(alices_opportunity.practice_questions.all())
    assert len(practice) >= 10
    assert all(q.why for q in practice)
    assert any(q.kind == "technical" for q in practice)
    html = area(alice_client, alices_opportunity, "questions")
    assert "Your practice set" in html and "Why: " in html


def test_a_posting_with_nothing_recognisable_gets_a_general_set_with_a_note(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    alices_opportunity.posting_text = "Lorem ipsum dolor sit amet."
    alices_opportunity.save()
    alice_client.post(reverse("practice:build", args=[alices_opportunity.pk]))
    assert alices_opportunity.practice_questions.exists()
    assert "general second-round set" in area(alice_client, alices_opportunity, "questions")


def test_questions_to_ask_are_suggested_per_interviewer_and_not_repeated(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    people = list(alices_opportunity.interviewers.all())
    for person in people:
        alice_client.post(reverse("ask:suggest", args=[alices_opportunity.pk, person.pk]))
    texts = list(AskQuestion.objects.values_list("text", flat=True))
    assert len(texts) >= 2 * len(people)
    assert len(texts) == len(set(texts))
    html = area(alice_client, alices_opportunity, "ask")
    assert all(f"Suggest questions for {p.name}" in html for p in people)


def test_a_question_is_marked_asked_with_the_answer_kept(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    add = reverse("ask:add", args=[alices_opportunity.pk])
    alice_client.post(
        add, {"text": "How is success measured in the first year?", "round_number": 1}
    )
    question = AskQuestion.objects.get()
    edit = reverse("ask:edit", args=[alices_opportunity.pk, question.pk])
    alice_client.post(
        edit,
        {
            "text": question.text,
            "round_number": 1,
            "asked": "on",
            "answer": "By the on-time delivery rate and a quarterly review.",
        },
    )
    question.refresh_from_db()
    assert question.asked and "quarterly review" in question.answer
    assert "Asked in round one" in area(alice_client, alices_opportunity, "ask")


def test_personalised_questions_use_the_research(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    Item.objects.create(
        opportunity=alices_opportunity,
        section="recent",
        name="Acme opened a Rotterdam warehouse",
        date="2026-09-14",
        edited=True,
    )
    person = alices_opportunity.interviewers.get(kind="executive")
    alice_client.post(reverse("ask:suggest", args=[alices_opportunity.pk, person.pk]))
    texts = " ".join(AskQuestion.objects.values_list("text", flat=True))
    assert "Rotterdam" in texts


def test_each_interviewer_gets_a_printable_plan(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    alice_client.post(reverse("stories:add"), STORY)
    html = alice_client.get(reverse("panel:all", args=[alices_opportunity.pk])).content.decode()
    for person in alices_opportunity.interviewers.all():
        assert person.name in html
    assert "Questions they are likely to ask" in html
    first = alices_opportunity.interviewers.first()
    assert first is not None
    one = alice_client.get(reverse("panel:person", args=[alices_opportunity.pk, first.pk]))
    assert one.status_code == 200 and Story.objects.filter(owner=alice).exists()


def test_the_panel_warns_when_one_story_leads_everywhere(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    alice_client.post(reverse("stories:add"), STORY)
    html = alice_client.get(reverse("panel:all", args=[alices_opportunity.pk])).content.decode()
    assert "message-warning" in html


def test_the_plan_names_competencies_in_words_not_ids(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    html = alice_client.get(reverse("panel:all", args=[alices_opportunity.pk])).content.decode()
    evaluates = html.split("What they are likely to evaluate")[1].split("</ul>")[0]
    assert "_" not in evaluates
