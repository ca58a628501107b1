"""The story library: write, analyse, tag, and check against round one."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.reflect.services import save_entry
from roundtwo.stories.models import Story

STORY = {
    "title": "Rescuing the dental clinics account",
    "situation": "In 2024 our largest client, forty dental clinics, was about to cancel.",
    "task": "As account lead I owned the renewal and had six weeks to turn it around.",
    "action": "I mapped every open ticket with their operations director and set up a "
    "dedicated support queue, then trained two agents on their setup.",
    "result": "Ticket close time fell from five days to one and they renewed for three years.",
    "metrics": "5 days to 1 day; 3-year renewal",
    "free_text": "",
    "values_text": "Customers first",
}


def test_a_story_is_saved_analysed_and_its_tags_suggested_for_the_user_to_confirm(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post(reverse("stories:add"), STORY)
    assert response.status_code == 302
    story = Story.objects.get(owner=alice)
    assert story.analysis is not None and story.score is not None
    assert story.competencies == [], "suggestions are never written without the user"
    assert story.values == ["Customers first"]
    page = alice_client.get(reverse("stories:edit", args=[story.pk])).content.decode()
    assert "How it reads as an answer" in page and "Result: " in page
    suggested = page.split('name="competency" value="')[1].split('"')[0]
    alice_client.post(reverse("stories:accept_tag", args=[story.pk]), {"competency": suggested})
    story.refresh_from_db()
    assert story.competencies == [suggested]


def test_the_users_own_tags_are_kept(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("stories:add"), {**STORY, "competencies": ["resilience"]})
    assert Story.objects.get(owner=alice).competencies == ["resilience"]


def test_a_story_with_only_a_title_is_saved_and_says_it_cannot_be_judged(
    alice: User, alice_client: Client
) -> None:
    response = alice_client.post(reverse("stories:add"), {"title": "The migration"})
    assert response.status_code == 302
    story = Story.objects.get(owner=alice)
    assert story.score is None
    assert alice_client.get(reverse("stories:library")).status_code == 200


def test_a_story_that_contradicts_round_one_is_flagged(
    alice: User, alice_client: Client, alices_opportunity: Opportunity
) -> None:
    save_entry(
        LoggedQuestion(
            opportunity=alices_opportunity,
            question="What is your notice period?",
            answer="My notice period is four weeks.",
        )
    )
    story = {**STORY, "free_text": "I could start soon: my notice period is three months."}
    alice_client.post(reverse("stories:add"), story)
    saved = Story.objects.get(owner=alice)
    page = alice_client.get(reverse("stories:edit", args=[saved.pk])).content.decode()
    assert "Round one: " in page and "three months" in page


def test_the_library_shows_competencies_with_no_story(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("stories:add"), STORY)
    page = alice_client.get(reverse("stories:library")).content.decode()
    assert "No story yet for:" in page
