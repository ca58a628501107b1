"""No words that were never said: real speech followed by silence or noise, stock phrases,
and words placed where the recording holds no sound."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from roundtwo.engines.speech import analyze_audio
from roundtwo.engines.speech.transcribe import Transcript, Word, is_invented
from roundtwo.engines.speech.unsaid import drop_unsaid

from .conftest import EVAL, need_eval, wav_bytes

RATE = 16_000


def jfk() -> np.ndarray[Any, Any]:
    need_eval()
    raw = (EVAL / "jfk.wav").read_bytes()[44:]
    return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768


def tail(kind: str, seconds: float) -> np.ndarray[Any, Any]:
    rng = np.random.default_rng(5)
    n = int(seconds * RATE)
    if kind == "silence":
        return rng.standard_normal(n) * 10 ** (-70 / 20)
    if kind == "room noise":
        spectrum = np.fft.rfft(rng.standard_normal(n)) / np.sqrt(np.arange(1, n // 2 + 2))
        pink = np.fft.irfft(spectrum, n)
        return np.asarray(pink / pink.std() * 10 ** (-40 / 20))
    return 0.02 * np.sin(2 * np.pi * 50 * np.arange(n) / RATE)


@pytest.mark.parametrize(
    ("kind", "seconds"), [("silence", 30.0), ("room noise", 5.0), ("hum", 12.0)]
)
def test_real_speech_followed_by_silence_or_noise_gets_no_extra_words(
    kind: str, seconds: float
) -> None:
    speech = jfk()
    ends = speech.size / RATE
    recording = np.concatenate([speech, tail(kind, seconds)])
    result = analyze_audio(wav_bytes(recording), "answer.wav").as_dict()
    assert result["speech_detected"]
    assert [w["text"] for w in result["words"] if w["start"] >= ends] == []
    assert 18 <= len(result["words"]) <= 24  # the 22 words said, give or take the model
    assert result["fillers"] == []


def test_the_quiet_last_words_of_real_speech_over_room_noise_are_kept() -> None:
    need_eval()
    raw = (EVAL / "mfa_thoughts.wav").read_bytes()[44:]
    speech = np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768
    recording = np.concatenate([speech, tail("room noise", 30.0)])
    result = analyze_audio(wav_bytes(recording), "answer.wav").as_dict()
    assert 7 <= len(result["words"]) <= 9  # "I have a thousand thoughts about that thing"
    assert all(w["end"] <= speech.size / RATE + 0.5 for w in result["words"])


def test_a_word_placed_over_silence_is_dropped_before_anything_is_measured() -> None:
    speech = jfk()
    recording = np.concatenate([speech, tail("silence", 10.0)]).astype(np.float32)
    country = Word("country.", 10.2, 10.7)
    invented = (Word("Thank", 14.0, 14.3), Word("you", 14.3, 14.5), Word("for", 14.5, 14.7))
    heard = Transcript((country, *invented), ((country,), invented))
    kept = drop_unsaid(heard, recording)
    assert kept.words == (country,)
    assert kept.sentences == ((country,),)


def test_whispers_stock_phrases_on_silence_are_refused_even_when_strung_together() -> None:
    assert is_invented("Thank you for watching. See you next time!", 0.1, -0.3)
    assert is_invented(" Please like and subscribe.", 0.1, -0.3)
    assert not is_invented("Thank you for watching the demo I built.", 0.1, -0.3)
    assert not is_invented("", 0.1, -0.3)
