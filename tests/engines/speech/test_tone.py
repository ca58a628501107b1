"""Tone warnings on signals whose pitch and loudness are known."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from roundtwo.engines.speech.decode import RATE, Samples
from roundtwo.engines.speech.tone import pitch_summary, volume_summary
from roundtwo.engines.speech.transcribe import Word


def voice(hz: npt.NDArray[np.float64]) -> Samples:
    """A buzzy voiced sound following the pitch track `hz` (one value per sample)."""
    phase = 2 * np.pi * np.cumsum(hz) / RATE
    wave = np.zeros_like(phase)
    for k in range(1, 8):
        wave += np.sin(k * phase) / k
    return (0.2 * wave).astype(np.float32)


def test_one_steady_pitch_is_flat_and_a_moving_one_is_not() -> None:
    steady = pitch_summary(voice(np.full(5 * RATE, 120.0)))
    assert steady["flat"] is True and steady["variation_st"] < 0.5
    assert 115 < steady["median_hz"] < 125 and steady["voiced_s"] >= 3
    t = np.arange(5 * RATE) / RATE
    lively = pitch_summary(voice(150 * 2 ** (4 * np.sin(2 * np.pi * 0.5 * t) / 12)))
    assert lively["flat"] is False and lively["variation_st"] > 2


def test_a_second_of_voice_is_too_little_to_call_flat() -> None:
    result = pitch_summary(voice(np.full(RATE, 120.0)))
    assert result["flat"] is False and result["voiced_s"] < 3


def test_silence_has_no_pitch_and_no_warning() -> None:
    result = pitch_summary(np.zeros(3 * RATE, np.float32))
    assert result["median_hz"] is None and result["flat"] is False


def sentences(count: int, last_gain: float) -> tuple[Samples, tuple[tuple[Word, ...], ...]]:
    """`count` sentences of four 0.4 s words, 0.1 s apart, the last word scaled by last_gain."""
    tone = voice(np.full(int(0.4 * RATE), 140.0))
    pieces: list[Samples] = []
    out: list[tuple[Word, ...]] = []
    clock = 0.0
    for _ in range(count):
        words = []
        for i, text in enumerate(["We", "shipped", "it", "early."]):
            gain = np.float32(last_gain if i == 3 else 1.0)
            pieces += [tone * gain, np.zeros(int(0.1 * RATE), np.float32)]
            words.append(Word(text, round(clock, 2), round(clock + 0.4, 2)))
            clock += 0.5
        out.append(tuple(words))
    return np.concatenate(pieces), tuple(out)


def test_sentences_whose_last_word_is_much_quieter_fade_out() -> None:
    samples, said = sentences(4, 10 ** (-12 / 20))
    result = volume_summary(samples, said)
    assert result["fades_out"] is True
    assert 11 < result["end_drop_db"] < 13 and result["sentences_measured"] == 4


def test_even_sentences_do_not_fade_and_two_are_too_few_to_judge() -> None:
    assert volume_summary(*sentences(4, 1.0))["fades_out"] is False
    assert volume_summary(*sentences(2, 10 ** (-12 / 20)))["fades_out"] is False


def test_a_whispered_level_is_too_quiet() -> None:
    samples, said = sentences(3, 1.0)
    assert volume_summary(samples, said)["too_quiet"] is False
    assert volume_summary(samples * np.float32(0.005), said)["too_quiet"] is True
