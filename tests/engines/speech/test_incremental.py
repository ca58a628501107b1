"""Transcribing while the answer is still being recorded gives the same report as afterwards."""

from __future__ import annotations

from typing import Any

import numpy as np

from roundtwo.engines.speech.decode import RATE, decode_audio
from roundtwo.engines.speech.incremental import Progress, advance, finish
from tests.engines.speech.conftest import EVAL, need_eval


def joined_clips(seconds: int) -> np.ndarray[Any, Any]:
    need_eval()
    parts = []
    for name in ("jfk.wav", "jfk.wav", "jfk.wav"):
        path = EVAL / name
        parts += [decode_audio(path.read_bytes(), name), np.zeros(RATE // 2, np.float32)]
    return np.concatenate(parts)[: seconds * RATE]


def test_pieces_transcribed_as_they_arrive_match_the_whole_recording() -> None:
    samples = joined_clips(34)
    progress = Progress()
    for end in range(4, 35, 4):
        progress = advance(samples[: end * RATE], progress)
    assert progress.settled_until > 10  # most of it was done before the stop
    live = finish(samples, progress)
    assert live.speech_detected
    assert live.transcript.lower().count("country") == 6
    times = [w.start for w in live.words]
    assert times == sorted(times)


def test_progress_survives_being_stored_as_json() -> None:
    samples = joined_clips(24)
    progress = advance(samples, Progress())
    assert Progress.from_dict(progress.as_dict()) == progress


def test_silence_while_recording_moves_the_mark_on_and_nothing_is_invented() -> None:
    silence = np.zeros(20 * RATE, dtype=np.float32)
    progress = advance(silence, Progress())
    assert progress.settled_until > 10 and progress.segments == ()
    assert not finish(silence, progress).speech_detected
