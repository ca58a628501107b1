"""Importing a transcript: pick who you are, review the pairs, and only then is anything saved."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from roundtwo.ask.models import AskQuestion
from roundtwo.engines.transcripts import QAPair
from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.importer import pairs_of
from roundtwo.reflect.models import TranscriptDraft
from tests.reflect.conftest import STRONG_ANSWER

TEAMS_VTT = f"""WEBVTT

00:00:01.000 --> 00:00:04.000
<v Priya Nair>Hi Alex, thanks for joining. Can you hear me okay?</v>

00:00:04.500 --> 00:00:06.000
<v Alex Kim>Yes, loud and clear, thanks.</v>

00:00:07.000 --> 00:00:12.000
<v Priya Nair>Great. So, tell me about a time you improved a process in a warehouse.</v>

00:00:13.000 --> 00:01:30.000
<v Alex Kim>{STRONG_ANSWER}</v>

00:01:31.000 --> 00:01:35.000
<v Priya Nair>How did you measure the dispatch rate before and after?</v>

00:01:36.000 --> 00:02:10.000
<v Alex Kim>We took it from the warehouse management system. I pulled daily dispatch \
reports for the six weeks before the trial and compared them with the four weeks after.</v>

00:02:11.000 --> 00:02:20.000
<v Tom Becker>Thanks. Why do you want to leave your current job?</v>

00:02:21.000 --> 00:02:50.000
<v Alex Kim>I have learned a lot there, but there is no room to grow into an operations \
manager role, and I want to lead a larger site. My notice period is four weeks.</v>
"""


CLOSING = """
00:02:51.000 --> 00:02:55.000
<v Priya Nair>Thanks Alex. Do you have any questions for us?</v>

00:02:56.000 --> 00:03:00.000
<v Alex Kim>Yes. How many people work on the night shift at the new site?</v>

00:03:01.000 --> 00:03:08.000
<v Tom Becker>About forty, in two teams, and it grows to sixty before Christmas.</v>

00:03:09.000 --> 00:03:12.000
<v Alex Kim>Great, thank you.</v>

00:03:13.000 --> 00:03:16.000
<v Priya Nair>Thanks for your time, we'll be in touch.</v>
"""
WITH_QUESTIONS = TEAMS_VTT + CLOSING


def review_data(pairs: tuple[QAPair, ...], keep: bool = True) -> dict[str, object]:
    """What the review form posts when the user keeps every pair as it was found."""
    data: dict[str, object] = {
        "pair-TOTAL_FORMS": str(len(pairs)),
        "pair-INITIAL_FORMS": str(len(pairs)),
        "add_interviewers": "on",
    }
    for i, pair in enumerate(pairs):
        for field, value in pair.as_dict().items():
            data[f"pair-{i}-{field}"] = "" if value is None else value
        if keep:
            data[f"pair-{i}-keep"] = "on"
    return data


def upload(client: Client, opportunity: Opportunity, name: str, data: bytes) -> object:
    url = reverse("reflect:upload", args=[opportunity.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, data)})


def test_a_teams_transcript_is_reviewed_then_saved_as_questions_and_follow_ups(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    response = upload(alice_client, alices_opportunity, "round1.vtt", TEAMS_VTT.encode())
    draft = TranscriptDraft.objects.get(opportunity=alices_opportunity)
    review = reverse("reflect:review", args=[alices_opportunity.pk, draft.pk])
    assert response["Location"] == review  # type: ignore[index]
    assert not alices_opportunity.logged_questions.exists()
    choose = alice_client.get(review).content.decode()
    assert "Alex Kim" in choose and "Priya Nair" in choose
    alice_client.post(review, {"step": "candidate", "candidate": "Alex Kim"})
    html = alice_client.get(review).content.decode()
    assert "tell me about a time you improved a process" in html
    assert "Can you hear me" not in html
    draft.refresh_from_db()
    saved = alice_client.post(review, review_data(pairs_of(draft)))
    assert saved.status_code == 302
    entries = list(alices_opportunity.logged_questions.all())
    assert len(entries) == 3
    assert entries[1].follow_up_of == entries[0]
    assert entries[2].asked_by == "Tom Becker"
    assert all(e.analysis for e in entries)
    names = set(alices_opportunity.interviewers.values_list("name", flat=True))
    assert {"Priya Nair", "Tom Becker"} <= names
    assert not TranscriptDraft.objects.exists()


def test_the_questions_the_candidate_asked_go_to_questions_to_ask_not_to_the_log(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    upload(alice_client, alices_opportunity, "round1.vtt", WITH_QUESTIONS.encode())
    draft = TranscriptDraft.objects.get(opportunity=alices_opportunity)
    review = reverse("reflect:review", args=[alices_opportunity.pk, draft.pk])
    alice_client.post(review, {"step": "candidate", "candidate": "Alex Kim"})
    html = alice_client.get(review).content.decode()
    assert "Questions you asked" in html and "night shift" in html
    draft.refresh_from_db()
    data = review_data(pairs_of(draft)) | {"save_asked": "on"}
    assert alice_client.post(review, data).status_code == 302
    logged = [e.question for e in alices_opportunity.logged_questions.all()]
    assert len(logged) == 3 and not any("night shift" in q for q in logged)
    asked = AskQuestion.objects.get(opportunity=alices_opportunity)
    assert asked.text == "How many people work on the night shift at the new site?"
    assert asked.asked and asked.round_number == 1
    assert asked.answer.startswith("About forty")
    assert asked.interviewer is not None and asked.interviewer.name == "Tom Becker"


def test_an_unreadable_file_gets_a_clear_message_and_nothing_is_saved(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    response = upload(alice_client, alices_opportunity, "photo.png", png)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert b"error-message" in response.content  # type: ignore[attr-defined]
    assert not TranscriptDraft.objects.exists()
    assert not alices_opportunity.logged_questions.exists()


def test_a_file_with_one_speaker_is_refused(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    text = b"Alex: I talked about my work.\nAlex: And then I talked some more.\n"
    response = upload(alice_client, alices_opportunity, "notes.txt", text)
    assert b"error-message" in response.content  # type: ignore[attr-defined]
    assert not TranscriptDraft.objects.exists()


def test_discarding_a_draft_saves_nothing(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    upload(alice_client, alices_opportunity, "round1.vtt", TEAMS_VTT.encode())
    draft = TranscriptDraft.objects.get()
    alice_client.post(reverse("reflect:discard", args=[alices_opportunity.pk, draft.pk]))
    assert not TranscriptDraft.objects.exists()
    assert not alices_opportunity.logged_questions.exists()
