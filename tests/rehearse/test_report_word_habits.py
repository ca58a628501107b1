"""The report page shows fillers and crutch words apart, and marks a filled pause heard only
in the sound in the transcript, with its time for playback."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse

from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.sessions import start_session

pytestmark = pytest.mark.django_db


def word(text: str, start: float, end: float) -> dict[str, object]:
    return {"text": text, "start": start, "end": end}


REPORT = {
    "duration_s": 6.0,
    "speech_detected": True,
    "transcript": "Actually, we shipped, um, kind of late.",
    "words": [
        word("Actually,", 0.0, 0.4),
        word("we", 0.5, 0.6),
        word("shipped,", 0.6, 1.0),
        word("um,", 1.1, 1.4),
        word("kind", 2.4, 2.6),
        word("of", 2.6, 2.7),
        word("late.", 2.7, 3.0),
    ],
    "speaking_time_s": 3.0,
    "wpm": 140.0,
    "fillers": [
        {**word("um", 1.1, 1.4), "source": "words"},
        {**word("uh", 1.7, 2.1), "source": "sound"},
    ],
    "filler_count": 2,
    "fillers_per_min": 40.0,
    "crutch_words": [word("actually", 0.0, 0.4), word("kind of", 2.4, 2.7)],
    "crutch_word_count": 2,
    "restarts": [],
    "pauses": [],
    "pitch": {},
    "volume": {},
}


def test_fillers_and_crutch_words_are_listed_apart_and_marked_in_the_transcript(
    alice_client: Client, alices_opportunity: Opportunity
) -> None:
    prompt = start_session(alices_opportunity, "drill", question="Tell me about a launch.")
    question = prompt.questions.get()
    attempt = Attempt.objects.create(
        question=question,
        question_key="launch",
        mode=Attempt.Mode.AUDIO,
        status=Attempt.Status.DONE,
        report=REPORT,
    )
    url = reverse("rehearse:attempt", args=[alices_opportunity.pk, attempt.pk])
    page = alice_client.get(url).content.decode()
    fillers = re.search(r'<dd id="filler-words">(.*?)</dd>', page, re.S)
    crutch = re.search(r'<dd id="crutch-words">(.*?)</dd>', page, re.S)
    assert fillers and crutch
    assert "“um”" in fillers.group(1) and "“uh”" in fillers.group(1)
    assert "actually" not in fillers.group(1)
    assert "“actually”" in crutch.group(1) and "“kind of”" in crutch.group(1)
    assert re.search(r'data-start="1.7"[^>]*><mark class="filler">\(uh\)</mark>', page)
    assert '<mark class="crutch">Actually,</mark>' in page
