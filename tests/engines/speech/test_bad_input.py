"""Recordings that are no answer, or no recording: a clear sentence (SpeechError) or
speech_detected=False with a message; never a crash, never invented text."""

from __future__ import annotations

import io
import time
import wave

import numpy as np
import pytest

from roundtwo.engines.speech import (
    NO_SPEECH_MESSAGE,
    NOT_ENGLISH_MESSAGE,
    SpeechError,
    analyze_audio,
)
from roundtwo.engines.speech.decode import MAX_BYTES, RATE, Limits, decode_audio

from .conftest import espeak, silence, wav_bytes
from .test_formats import encode

ANSWER = "I led the move to the new warehouse, and we finished two weeks early."


def quiet_wav(seconds: int, rate: int = 8_000) -> bytes:
    """A long recording made cheaply: 8 kHz, 8-bit silence (30 minutes is 14 MB)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(rate)
        out.writeframes(b"\x80" * rate * seconds)
    return buffer.getvalue()


def assert_refused(result: dict[str, object], message: str = NO_SPEECH_MESSAGE) -> None:
    assert result["speech_detected"] is False
    assert result["transcript"] == "" and result["words"] == [] and result["fillers"] == []
    assert result["message"] == message


def test_white_noise_alone_is_not_an_answer() -> None:
    noise = np.random.default_rng(3).standard_normal(6 * RATE) * 0.1
    assert_refused(analyze_audio(wav_bytes(noise), "noise.wav").as_dict())


def test_a_steady_hum_is_not_an_answer() -> None:
    hum = 0.2 * np.sin(2 * np.pi * 50 * np.arange(5 * RATE) / RATE)
    assert_refused(analyze_audio(wav_bytes(hum), "hum.wav").as_dict())


def test_a_fifth_of_a_second_of_speech_is_refused() -> None:
    said = espeak("Yes, absolutely.")
    start = int(np.flatnonzero(np.abs(said) > 0.01)[0])
    clip = said[start : start + RATE // 5]
    assert_refused(analyze_audio(wav_bytes(clip), "short.wav").as_dict())


def test_a_thirty_minute_recording_is_refused_at_once_by_its_stated_length() -> None:
    started = time.perf_counter()
    with pytest.raises(SpeechError, match=r"^This recording is longer than 10 minutes\.$"):
        analyze_audio(quiet_wav(30 * 60), "all-day.wav")
    assert time.perf_counter() - started < 10


def test_a_long_stream_that_states_no_length_is_refused_while_decoding() -> None:
    """An Ogg stream names no duration up front; the child counts the samples instead."""
    data = encode(np.zeros(11 * 60 * RATE, np.float32) + 1e-4, "ogg", "libopus", 8_000)
    with pytest.raises(SpeechError, match="longer than 10 minutes"):
        analyze_audio(data, "long.ogg")


def test_a_recording_over_the_size_limit_is_refused_before_decoding() -> None:
    with pytest.raises(SpeechError, match=r"^The recording is larger than 50 MB\.$"):
        analyze_audio(b"\x00" * (MAX_BYTES + 1), "huge.wav")


def test_a_decoder_that_runs_past_its_time_is_stopped_with_a_sentence() -> None:
    data = wav_bytes(np.zeros(RATE))
    with pytest.raises(SpeechError, match=r"^The recording took too long to decode\.$"):
        decode_audio(data, "slow.wav", Limits(timeout_seconds=0.01))


def test_a_header_without_samples_is_refused_clearly() -> None:
    with pytest.raises(SpeechError, match="no audio samples"):
        analyze_audio(wav_bytes(np.zeros(0)), "empty.wav")


def test_a_recording_cut_off_half_way_keeps_what_decoded() -> None:
    said = np.concatenate([silence(0.5), espeak(ANSWER), silence(0.5)])
    data = encode(said, "ogg", "libopus", 48_000)
    result = analyze_audio(data[: int(len(data) * 0.6)], "cut.ogg").as_dict()
    assert result["speech_detected"]
    assert "the move to the new" in result["transcript"].lower()
    assert result["duration_s"] < said.size / RATE


def test_wav_bytes_named_mp3_are_read_by_what_they_contain() -> None:
    """Decided: the container is detected from the bytes; the name is never trusted."""
    said = np.concatenate([silence(0.5), espeak(ANSWER), silence(0.5)])
    result = analyze_audio(wav_bytes(said), "answer.mp3").as_dict()
    assert result["speech_detected"]
    assert "warehouse" in result["transcript"].lower()


@pytest.mark.parametrize(
    ("voice", "text"),
    [
        (
            "fr",
            "Je travaille dans la vente depuis huit ans, et j'aime beaucoup parler aux clients.",
        ),
        ("de", "Im letzten Jahr habe ich ein neues Lager eröffnet und zwölf Leute eingestellt."),
    ],
)
def test_an_answer_in_another_language_is_not_shown_as_invented_english(
    voice: str, text: str
) -> None:
    said = np.concatenate([silence(0.5), espeak(text, voice), silence(0.5)])
    result = analyze_audio(wav_bytes(said), f"answer-{voice}.wav").as_dict()
    assert_refused(result, NOT_ENGLISH_MESSAGE)
    assert "English" in result["message"]


def test_the_same_answer_in_english_is_accepted() -> None:
    said = np.concatenate([silence(0.5), espeak(ANSWER, "en-gb"), silence(0.5)])
    result = analyze_audio(wav_bytes(said), "answer.wav").as_dict()
    assert result["speech_detected"] and result["message"] is None
