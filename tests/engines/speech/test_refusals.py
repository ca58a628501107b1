"""Silence, too-short clips and broken files: a clear answer, never invented text or a crash."""

from __future__ import annotations

import numpy as np
import pytest

from roundtwo.engines.speech import NO_SPEECH_MESSAGE, SpeechError, analyze_audio, load_model

from .conftest import EVAL, need_eval, wav_bytes


def test_three_seconds_of_silence_is_not_an_answer() -> None:
    result = analyze_audio(wav_bytes(np.zeros(48_000)), "silence.wav").as_dict()
    assert result["speech_detected"] is False
    assert result["transcript"] == ""
    assert result["words"] == []
    assert result["message"] == NO_SPEECH_MESSAGE
    assert result["duration_s"] == pytest.approx(3.0)


def test_a_fifth_of_a_second_is_refused() -> None:
    need_eval()
    clip = (EVAL / "jfk.wav").read_bytes()
    short = wav_bytes(np.frombuffer(clip[44 : 44 + 6400], dtype="<i2") / 32768)
    result = analyze_audio(short, "short.wav").as_dict()
    assert result["speech_detected"] is False
    assert result["message"] == NO_SPEECH_MESSAGE


def test_corrupted_bytes_raise_a_readable_speech_error() -> None:
    with pytest.raises(SpeechError, match=r"\w+ .*\."):
        analyze_audio(b"\x00\x01garbage" * 500, "answer.webm")


def test_an_empty_upload_raises_a_speech_error() -> None:
    with pytest.raises(SpeechError, match="empty"):
        analyze_audio(b"", "answer.wav")


def test_a_wrong_extension_is_still_decoded_by_content() -> None:
    need_eval()
    result = analyze_audio((EVAL / "mfa_thoughts.wav").read_bytes(), "answer.mp3")
    assert result.speech_detected
    assert "thousand" in result.transcript.lower()


def test_the_model_is_loaded_once_per_process() -> None:
    assert load_model() is load_model()
    assert load_model.cache_info().currsize == 1
