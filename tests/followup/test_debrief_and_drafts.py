"""Debrief each interviewer, then a personal thank-you draft to each: stored, edited, redrafted."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from roundtwo.followup.models import Debrief, FollowUpEmail
from roundtwo.opportunities.models import Opportunity
from roundtwo.stories.models import Story
from tests.conftest import add_interviewer, make_opportunity
from tests.followup.helpers import area_url, debrief, debrief_panel


def draft_everyone(client: Client, opportunity: Opportunity, tone: str = "warm") -> None:
    response = client.post(f"/o/{opportunity.pk}/followup/draft/", {"tone": tone})
    assert response.status_code == 302


def test_the_area_without_interviewers_says_so_and_links_to_add_them(
    alice: User, alice_client: Client
) -> None:
    opportunity = make_opportunity(alice)
    page = alice_client.get(area_url(opportunity)).content.decode()
    assert "You have not added the people you met yet." in page
    assert f"/o/{opportunity.pk}/interviewers/new/" in page


def test_drafting_with_no_interviewers_is_refused_clearly(
    alice: User, alice_client: Client
) -> None:
    opportunity = make_opportunity(alice)
    response = alice_client.post(f"/o/{opportunity.pk}/followup/draft/", follow=True)
    assert "Add the people you met first" in response.content.decode()
    assert not FollowUpEmail.objects.exists()


def test_a_debrief_is_saved_and_the_next_interviewer_opens(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    dana = alices_opportunity.interviewers.get(name="Dana Lee")
    sam = alices_opportunity.interviewers.get(name="Sam Ortiz")
    url = f"/o/{alices_opportunity.pk}/followup/debrief/{dana.pk}/"
    page = alice_client.get(url).content.decode()
    assert "Save and go to Sam Ortiz" in page
    response = alice_client.post(
        url, {"topics": "Route planning\n- Driver schedules", "specific": "", "next": "1"}
    )
    assert response["Location"] == f"/o/{alices_opportunity.pk}/followup/debrief/{sam.pk}/"
    saved = Debrief.objects.get(interviewer=dana)
    assert saved.topic_list == ["Route planning", "Driver schedules"]


def test_very_long_notes_are_kept_and_too_long_ones_refused_without_losing_them(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    dana = alices_opportunity.interviewers.get(name="Dana Lee")
    url = f"/o/{alices_opportunity.pk}/followup/debrief/{dana.pk}/"
    long_note = "We talked about the night shift and its handovers. " * 90  # ~4,700 chars
    alice_client.post(url, {"topics": "Night shifts", "specific": long_note})
    assert Debrief.objects.get(interviewer=dana).specific == long_note.strip()
    too_long = "Every depot, one by one, with its own story. " * 130  # ~5,900 chars
    page = alice_client.post(url, {"topics": "Depots", "specific": too_long}).content.decode()
    assert "at most 5000 characters" in page
    assert too_long.strip()[:2000] in page  # the text is still in the box
    assert 'maxlength="' not in page  # no browser cuts a paste short
    assert Debrief.objects.get(interviewer=dana).topics == "Night shifts"


def test_each_interviewer_gets_a_different_draft_naming_them_and_their_topic(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    dana, sam = debrief_panel(alices_opportunity)
    draft_everyone(alice_client, alices_opportunity)
    notes = {e.interviewer.name: e for e in FollowUpEmail.objects.select_related("interviewer")}
    assert set(notes) == {"Dana Lee", "Sam Ortiz"}
    assert "Dana" in notes["Dana Lee"].body and "Sam" in notes["Sam Ortiz"].body
    assert notes["Dana Lee"].topics_used and notes["Sam Ortiz"].topics_used
    own = {t.casefold() for t in Debrief.objects.get(interviewer=dana).topic_list}
    assert {t.casefold() for t in notes["Dana Lee"].topics_used} <= own
    assert notes["Dana Lee"].body != notes["Sam Ortiz"].body
    assert notes["Dana Lee"].to == "dana.lee@acme.example"
    page = alice_client.get(area_url(alices_opportunity)).content.decode()
    assert "Thank-you note to Dana Lee" in page and "Thank-you note to Sam Ortiz" in page


def test_the_draft_uses_the_users_name_and_story(
    alice: User, alices_opportunity: Opportunity, alice_client: Client
) -> None:
    alice.first_name, alice.last_name = "Alice", "Moreau"
    alice.save()
    Story.objects.create(
        owner=alice,
        title="Cutting late deliveries by a third",
        result="Late deliveries fell by a third in one peak season.",
        competencies=["problem_solving"],
    )
    debrief_panel(alices_opportunity)
    draft_everyone(alice_client, alices_opportunity, tone="formal")
    note = FollowUpEmail.objects.get(interviewer__name="Dana Lee")
    assert "Alice Moreau" in note.body
    assert note.tone == "formal"


def test_a_draft_without_a_topic_asks_for_one_instead_of_inventing_it(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    draft_everyone(alice_client, alices_opportunity)
    note = FollowUpEmail.objects.get(interviewer__name="Sam Ortiz")
    assert note.needs_topic and not note.topics_used
    page = alice_client.get(area_url(alices_opportunity)).content.decode()
    assert "have no topic yet" in page


def test_names_and_topics_in_cjk_and_right_to_left_scripts(
    alice: User, alice_client: Client
) -> None:
    opportunity = make_opportunity(alice, company="東京ロジスティクス")
    wang = add_interviewer(opportunity, "王小明", "hiring_manager", [2])
    layla = add_interviewer(opportunity, "ليلى حداد", "peer", [2])
    debrief(wang, "倉庫の自動化プロジェクト")
    debrief(layla, "تحسين جداول السائقين")
    draft_everyone(alice_client, opportunity)
    notes = {e.interviewer_id: e for e in FollowUpEmail.objects.all()}
    assert "倉庫の自動化プロジェクト" in notes[wang.pk].body
    assert "تحسين جداول السائقين" in notes[layla.pk].body
    page = alice_client.get(area_url(opportunity)).content.decode()
    assert "王小明" in page and "ليلى حداد" in page


def test_draft_all_keeps_a_note_edited_by_hand(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    debrief_panel(alices_opportunity)
    draft_everyone(alice_client, alices_opportunity)
    note = FollowUpEmail.objects.get(interviewer__name="Dana Lee")
    edit = f"/o/{alices_opportunity.pk}/followup/email/{note.pk}/"
    alice_client.post(edit, {"to": note.to, "subject": note.subject, "body": "My own words."})
    note.refresh_from_db()
    assert note.edited and note.body == "My own words."
    response = alice_client.post(
        f"/o/{alices_opportunity.pk}/followup/draft/", {"tone": "warm"}, follow=True
    )
    assert "Kept as they are (edited or sent): Dana Lee" in response.content.decode()
    note.refresh_from_db()
    assert note.body == "My own words."


def test_redrafting_an_edited_note_asks_first_then_replaces_it(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    dana, _ = debrief_panel(alices_opportunity)
    draft_everyone(alice_client, alices_opportunity)
    note = FollowUpEmail.objects.get(interviewer=dana)
    note.body, note.edited = "My own words.", True
    note.save()
    url = f"/o/{alices_opportunity.pk}/followup/draft/{dana.pk}/"
    page = alice_client.post(url, {"tone": "warm"}).content.decode()
    assert "Replace your edited note to Dana Lee?" in page
    note.refresh_from_db()
    assert note.body == "My own words."
    alice_client.post(url, {"tone": "formal", "confirm": "1"})
    note.refresh_from_db()
    assert note.body != "My own words." and not note.edited and note.tone == "formal"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("subject", "Thank you\r\nBcc: everyone@example.org"),
        ("subject", "Thank you\nX-Injected: yes"),
        ("to", "dana@acme.example\r\nBcc: everyone@example.org"),
        ("to", "dana@acme.example, mallory@example.org"),
    ],
)
def test_header_injection_is_refused_and_nothing_typed_is_lost(
    alices_opportunity: Opportunity, alice_client: Client, field: str, value: str
) -> None:
    debrief_panel(alices_opportunity)
    draft_everyone(alice_client, alices_opportunity)
    note = FollowUpEmail.objects.get(interviewer__name="Dana Lee")
    body = "A body I wrote with care. " * 20
    data = {"to": note.to, "subject": note.subject, "body": body, field: value}
    response = alice_client.post(f"/o/{alices_opportunity.pk}/followup/email/{note.pk}/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Please check" in page
    assert body.strip() in page
    note.refresh_from_db()
    assert note.body != body and "Bcc" not in note.subject + note.to


def test_an_invalid_address_gets_a_clear_message(
    alices_opportunity: Opportunity, alice_client: Client
) -> None:
    debrief_panel(alices_opportunity)
    draft_everyone(alice_client, alices_opportunity)
    note = FollowUpEmail.objects.get(interviewer__name="Dana Lee")
    data = {"to": "dana at acme", "subject": note.subject, "body": note.body}
    page = alice_client.post(
        f"/o/{alices_opportunity.pk}/followup/email/{note.pk}/", data
    ).content.decode()
    assert "To (their email address):" in page
    assert "dana at acme" in page
