"""Word edges next to silence move onto the sound; words in running speech stay put."""

from __future__ import annotations

import numpy as np

from roundtwo.engines.speech.decode import RATE, Samples
from roundtwo.engines.speech.edges import snap_to_sound
from roundtwo.engines.speech.pace import measure_pace
from roundtwo.engines.speech.transcribe import Word


def bursts(*spans: tuple[float, float], seconds: float = 8.0) -> Samples:
    """A faint hiss with a loud 200 Hz tone over each span."""
    samples = np.random.default_rng(5).standard_normal(int(seconds * RATE)) * 1e-3
    for start, end in spans:
        t = np.arange(int(start * RATE), int(end * RATE))
        samples[t] += 0.3 * np.sin(2 * np.pi * 200 * t / RATE)
    return samples.astype(np.float32)


def test_a_first_word_stamped_in_the_lead_in_silence_starts_with_the_sound() -> None:
    samples = bursts((1.0, 2.0))
    words = (Word("Hello", 0.2, 1.4), Word("there.", 1.4, 2.0))
    snapped = snap_to_sound(words, samples)
    assert snapped[0].start == 1.0
    assert snapped[1] == words[1]


def test_a_word_running_on_into_a_pause_ends_with_the_sound() -> None:
    samples = bursts((1.0, 2.0), (5.0, 6.0))
    words = (Word("We", 1.0, 1.5), Word("shipped.", 1.5, 2.7), Word("Then", 5.3, 6.0))
    snapped = snap_to_sound(words, samples)
    assert snapped[1].end == 2.0
    assert snapped[2].start == 5.0  # an onset up to half a second before Whisper's start
    pause = measure_pace(snapped).pauses[0]
    assert (pause.start, pause.end) == (2.0, 5.0)


def test_edges_stay_where_noise_is_as_loud_as_the_voice() -> None:
    samples = (np.random.default_rng(2).standard_normal(8 * RATE) * 0.3).astype(np.float32)
    words = (Word("Hello", 0.2, 1.4), Word("there.", 4.0, 5.0))
    assert snap_to_sound(words, samples) == words
