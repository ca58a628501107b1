"""Transcribing while the answer is still being recorded gives the same words as afterwards,
however the pieces arrive: fast, slowly, all at once, or while the machine is busy."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy as np
import pytest

from roundtwo.engines.speech import SpeechError, analyze_audio, pauses
from roundtwo.engines.speech.decode import RATE, decode_audio
from roundtwo.engines.speech.incremental import Progress, advance, finish
from roundtwo.engines.speech.transcribe import Word
from tests.engines.speech.conftest import EVAL, need_eval
from tests.engines.speech.test_formats import encode

# real speakers and microphones, joined with short pauses: about 44 s
CLIPS = ("jfk.wav", "mfa_breaths.wav", "jfk.wav", "mfa_words.wav")


def joined_clips(names: tuple[str, ...] = CLIPS) -> np.ndarray[Any, Any]:
    need_eval()
    parts = []
    for name in names:
        path = EVAL / name
        parts += [decode_audio(path.read_bytes(), name), np.zeros(RATE // 3, np.float32)]
    return np.concatenate(parts)


@cache
def recording() -> bytes:
    """The clips as the browser's MediaRecorder sends them: WebM with Opus."""
    return encode(joined_clips(), "webm", "libopus", 48_000)


def live_words(every_s: float) -> tuple[Word, ...]:
    """The recording arriving in byte pieces, a pass after every `every_s` seconds of it."""
    data = recording()
    seconds = decode_audio(data, "a.webm").size / RATE
    progress = Progress()
    for part in np.arange(every_s, seconds, every_s) / seconds:
        try:
            samples = decode_audio(data[: int(len(data) * part)], "live.webm")
        except SpeechError:
            continue  # the first bytes may not decode yet, as in the worker
        progress = advance(samples, progress)
    return finish(decode_audio(data, "live.webm"), progress).words


@contextmanager
def both_cores_busy() -> Iterator[None]:
    spin = "while True: pass"
    burners = [subprocess.Popen([sys.executable, "-c", spin]) for _ in range(2)]
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def test_one_recording_at_three_paces_and_under_load_gives_the_batch_transcript() -> None:
    batch = analyze_audio(recording(), "batch.webm").words
    assert len(batch) > 50
    assert live_words(every_s=3) == batch
    assert live_words(every_s=9) == batch
    assert live_words(every_s=1000) == batch  # all at once: nothing before the stop
    with both_cores_busy():
        assert live_words(every_s=4) == batch


def test_most_of_a_recording_is_settled_before_the_stop() -> None:
    samples = joined_clips()
    progress = Progress()
    for end in range(4, int(samples.size / RATE), 4):
        progress = advance(samples[: end * RATE], progress)
    assert progress.settled_until > samples.size / RATE - 20
    live = finish(samples, progress)
    assert live.speech_detected
    assert live.transcript.lower().count("country") == 4
    times = [w.start for w in live.words]
    assert times == sorted(times)


def test_speech_that_never_pauses_is_cut_between_words_and_loses_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pauses, "QUIET_S", 5.0)  # no pause counts: every cut is between words
    samples = joined_clips(("jfk.wav", "jfk.wav", "jfk.wav"))
    progress = advance(samples, Progress())
    assert progress.in_speech and progress.segments
    live = finish(samples, progress)
    whole = finish(samples, Progress())
    assert live.transcript.lower().count("country") == 6
    # The same words at the same moments; punctuation may differ by CPU (a cut changes the
    # model's context: "so," on one machine, "so" on another), so it is not compared.
    assert spoken(live.words) == spoken(whole.words)
    for mine, theirs in zip(live.words, whole.words, strict=True):
        assert abs(mine.start - theirs.start) < 0.5


def spoken(words: tuple[Word, ...]) -> list[str]:
    return [word.text.strip(" .,;:!?\"'").lower() for word in words]


def test_progress_survives_being_stored_as_json() -> None:
    samples = joined_clips()
    progress = advance(samples, Progress())
    assert progress.segments
    assert Progress.from_dict(progress.as_dict()) == progress


def test_progress_stored_before_the_cut_in_speech_flag_still_loads() -> None:
    old = {"settled_until": 4.5, "segments": [[["Hello", 0.5, 0.9]]], "confidence": []}
    assert Progress.from_dict(old) == Progress(4.5, ((Word("Hello", 0.5, 0.9),),))


def test_silence_while_recording_moves_the_mark_on_and_nothing_is_invented() -> None:
    silence = np.zeros(20 * RATE, dtype=np.float32)
    progress = advance(silence, Progress())
    assert progress.settled_until > 10 and progress.segments == ()
    assert not finish(silence, progress).speech_detected
