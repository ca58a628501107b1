"""Filled pauses found in the sound: a hesitation Whisper may leave out is still counted."""

from __future__ import annotations

from typing import Any

import numpy as np

from roundtwo.engines.speech import analyze_audio
from roundtwo.engines.speech.filled_pauses import filled_pauses

from .conftest import EVAL, need_eval, wav_bytes

RATE = 16_000


def jfk() -> np.ndarray[Any, Any]:
    need_eval()
    raw = (EVAL / "jfk.wav").read_bytes()[44:]
    return np.frombuffer(raw, dtype="<i2").astype(np.float32) / 32768


def hesitation(seconds: float, pitch_hz: float, level: float) -> np.ndarray[Any, Any]:
    """A held neutral vowel ("uh"): harmonics of a level, slightly falling pitch shaped by
    formants near 600, 1200 and 2500 Hz."""
    t = np.arange(int(seconds * RATE)) / RATE
    f0 = pitch_hz * 2 ** (-1.0 * t / seconds / 12)  # one semitone down over the pause
    phase = 2 * np.pi * np.cumsum(f0) / RATE
    wave = np.zeros_like(t)
    for k in range(1, int(4000 / pitch_hz)):
        hz = k * pitch_hz
        gain = sum(1 / (1 + ((hz - f) / 120) ** 2) for f in (600, 1200, 2500)) / k**0.5
        wave += gain * np.sin(k * phase)
    ramp = np.minimum(1, np.minimum(t, t[-1] - t) / 0.03)
    return np.asarray(wave / np.abs(wave).max() * level * ramp, dtype=np.float32)


def jfk_with_a_hesitation() -> tuple[np.ndarray[Any, Any], float, float]:
    """JFK's speech with a 0.45 s "uh" in his first long pause (about 2.0-3.3 s)."""
    speech = jfk()
    start, seconds = 2.4, 0.45
    level = float(np.percentile(np.abs(speech), 99))
    at = int(start * RATE)
    uh = hesitation(seconds, 115.0, level)
    out = speech.copy()
    out[at : at + uh.size] += uh
    return out, start, start + seconds


def test_the_detector_finds_a_held_vowel_in_a_pause_of_real_speech() -> None:
    samples, start, end = jfk_with_a_hesitation()
    found = [s for s in filled_pauses(samples) if s.start < end and start < s.end]
    assert len(found) == 1
    assert found[0].seconds >= 0.15


def test_real_speech_alone_has_no_filled_pause_between_its_words() -> None:
    result = analyze_audio((EVAL / "jfk.wav").read_bytes(), "jfk.wav").as_dict()
    assert result["fillers"] == []


def test_a_hesitation_in_real_speech_is_reported_once_within_its_time() -> None:
    samples, start, end = jfk_with_a_hesitation()
    result = analyze_audio(wav_bytes(samples), "answer.wav").as_dict()
    inside = [f for f in result["fillers"] if f["start"] < end + 0.3 and start - 0.3 < f["end"]]
    assert len(inside) == 1
    assert result["filler_count"] == 1
    assert result["crutch_words"] == []
    assert result["crutch_word_count"] == 0
