"""A signed-in candidate with a panel, and real recordings to answer with."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from roundtwo.engines.speech.decode import RATE, decode_audio
from roundtwo.opportunities.models import Opportunity
from roundtwo.rehearse.models import SessionQuestion
from tests.conftest import add_interviewer, make_opportunity
from tests.engines.speech.conftest import EVAL, need_eval, wav_bytes
from tests.engines.speech.test_formats import encode


@pytest.fixture
def panel_opportunity(alice: User) -> Opportunity:
    opportunity = make_opportunity(alice)
    add_interviewer(opportunity, "Dana Lee", "hiring_manager", [2])
    add_interviewer(opportunity, "Sam Okafor", "peer", [2])
    return opportunity


def speech_clip(name: str = "jfk.wav") -> Path:
    need_eval()
    return EVAL / name


def webm_recording(name: str = "jfk.wav") -> bytes:
    """The clip as the browser's MediaRecorder sends it: WebM with Opus."""
    path = speech_clip(name)
    samples = decode_audio(path.read_bytes(), path.name)
    return encode(samples, "webm", "libopus", 48_000)


def silence_wav(seconds: float = 4.0) -> bytes:
    return wav_bytes(np.zeros(int(seconds * RATE), dtype=np.float32))


def begin_recording(client: Client, question: SessionQuestion, **form: str) -> dict[str, str]:
    """What recorder.js does first: ask for a new attempt; the answer holds its piece URLs."""
    url = reverse("rehearse:begin", args=[question.session.opportunity_id, question.pk])
    urls: dict[str, str] = client.post(url, form).json()
    return urls
