"""A spoken answer with fillers and a long pause at known places (espeak-ng), end to end.

The same clip as bench/speech/synth.py --demo, which the browser test feeds as a microphone.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import numpy as np
import pytest

from roundtwo.engines.speech import analyze_audio
from roundtwo.engines.speech.decode import RATE

from .conftest import espeak, silence, wav_bytes

RUNS = (
    "Um, the project I'm proudest of was moving our warehouse to a new site.",
    "We had three weeks, uh, and I wrote the plan on the first day.",
    "It went live on time, and I like how the team still talks about it.",
)
PAUSE_S = 3.0


def trimmed(samples: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    loud = np.flatnonzero(np.abs(samples) > 0.005)
    return samples[loud[0] : loud[-1] + 1]


@cache
def answer() -> tuple[dict[str, Any], float, float, float]:
    """The report, where the pause was placed, and where the speech starts and ends."""
    first, second, third = (trimmed(espeak(text)) for text in RUNS)
    lead = silence(0.6)
    pieces = [lead, first, silence(PAUSE_S), second, silence(0.25), third, silence(0.8)]
    pause_start = (lead.size + first.size) / RATE
    speech_end = (sum(p.size for p in pieces) - pieces[-1].size) / RATE
    report = analyze_audio(wav_bytes(np.concatenate(pieces)), "answer.wav").as_dict()
    return report, pause_start, lead.size / RATE, speech_end


def test_both_fillers_are_found_and_the_lexical_like_is_not_one() -> None:
    report = answer()[0]
    assert [re.sub(r"(.)\1+", r"\1", f["text"]) for f in report["fillers"]] == ["um", "uh"]


def test_the_long_pause_is_found_where_it_was_placed() -> None:
    report, pause_start, _, _ = answer()
    assert report["long_pause_count"] == 1
    pause = report["pauses"][0]
    assert pause["start"] == pytest.approx(pause_start, abs=0.25)
    assert pause["end"] - pause["start"] == pytest.approx(PAUSE_S, abs=0.4)


def test_pace_is_the_spoken_words_over_the_speaking_time() -> None:
    report, _, speech_start, speech_end = answer()
    words = sum(len(text.split()) for text in RUNS)
    expected = words / (speech_end - speech_start) * 60
    assert report["speaking_time_s"] == pytest.approx(speech_end - speech_start, abs=0.3)
    assert report["wpm"] == pytest.approx(expected, rel=0.10)
