"""Pitch (Praat, via parselmouth) and loudness (numpy) of the spoken part of a recording.

The warnings are plain booleans beside the numbers they come from. Thresholds were set on the
shared real clips and on espeak-ng clips made flat or made to fade (bench/RESULTS.md, speech
section, lists the values).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .decode import RATE, Samples
from .edges import FRAME_S, loud_frames
from .fillers import ENDS_SENTENCE
from .pitch import Pitch, track_pitch
from .transcribe import Word

# Real speakers varied 2.3-8 semitones (standard deviation) over a second or more of voice;
# speech resynthesised on one pitch measured 0.03-0.16, espeak-ng's robotic voices 1.5-2.4.
FLAT_SEMITONES = 2.0
MIN_VOICED_S = 3.0  # less voiced speech than this says nothing about intonation
OCTAVE_ST = 12.0  # pitch-tracking errors jump an octave: left out of the variation
# Speech frames of the real clips averaged -15 to -38 dBFS; whispered ones -46 to -53.
QUIET_DBFS = -40.0
# 10 dB quieter sounds about half as loud; natural sentence ends measured a median 0-4 dB
# lower than the rest, the same clips with each last word 10 dB quieter 8-15 dB.
DROP_OFF_DB = 8.0
MIN_SENTENCES = 3


def pitch_summary(samples: Samples, pitch: Pitch | None = None) -> dict[str, Any]:
    """median_hz: the voice's middle pitch; variation_st: standard deviation of pitch in
    semitones (lively speech 2-8, below 2.0 sounds monotone: `flat`); range_st: the 5th to
    95th percentile span; voiced_s: seconds of voiced speech measured (`flat` needs 3 s)."""
    voiced = (pitch or track_pitch(samples)).voiced()
    if voiced.size < 10:
        return {
            "median_hz": None,
            "range_st": None,
            "variation_st": None,
            "voiced_s": round(voiced.size * FRAME_S, 2),
            "flat": False,
        }
    median = float(np.median(voiced))
    semitones = 12 * np.log2(voiced / median)
    semitones = semitones[np.abs(semitones) < OCTAVE_ST]
    low, high = np.percentile(semitones, [5, 95])
    variation = float(np.std(semitones))
    voiced_s = voiced.size * FRAME_S
    return {
        "median_hz": round(median, 1),
        "range_st": round(float(high - low), 1),
        "variation_st": round(variation, 2),
        "voiced_s": round(voiced_s, 2),
        "flat": voiced_s >= MIN_VOICED_S and variation < FLAT_SEMITONES,
    }


def frame_levels(samples: Samples) -> np.ndarray[Any, np.dtype[np.float64]]:
    size = int(RATE * FRAME_S)
    count = samples.size // size
    frames = samples[: count * size].astype(np.float64).reshape(count, size)
    return np.asarray(10 * np.log10(np.maximum(np.mean(frames**2, axis=1), 1e-12)))


def speech_level(samples: Samples, words: list[Word]) -> float | None:
    """Mean level in dBFS of the frames with sound between the first and the last word."""
    first, last = int(words[0].start / FRAME_S), int(words[-1].end / FRAME_S)
    levels = frame_levels(samples)[first:last]
    loud = loud_frames(samples)[first:last]
    chosen = levels[loud] if loud.any() else levels
    if chosen.size == 0:
        return None
    return float(10 * np.log10(np.mean(10 ** (chosen / 10))))


def volume_summary(samples: Samples, sentences: tuple[tuple[Word, ...], ...]) -> dict[str, Any]:
    """mean_dbfs: level of the speech (-15 to -38 dBFS in the real clips; below -40 is
    `too_quiet`); end_drop_db: how much quieter the last word of a sentence is than the rest,
    median over sentences of 3+ words (0-4 dB is natural; above 8 dB over at least 3 sentences
    is `fades_out`, the voice trailing off); sentences_measured: how many sentences that was."""
    words = [w for s in sentences for w in s]
    level = speech_level(samples, words) if words else None
    if level is None:
        return {
            "mean_dbfs": None,
            "end_drop_db": None,
            "sentences_measured": 0,
            "too_quiet": False,
            "fades_out": False,
        }
    drops = end_drops(frame_levels(samples), words)
    drop = float(np.median(drops)) if drops else None
    return {
        "mean_dbfs": round(level, 1),
        "end_drop_db": None if drop is None else round(drop, 1),
        "sentences_measured": len(drops),
        "too_quiet": level < QUIET_DBFS,
        "fades_out": drop is not None and len(drops) >= MIN_SENTENCES and drop > DROP_OFF_DB,
    }


def split_sentences(words: list[Word]) -> list[list[Word]]:
    """Sentences by Whisper's punctuation (a segment often holds several)."""
    out: list[list[Word]] = [[]]
    for word in words:
        out[-1].append(word)
        if word.text.endswith(ENDS_SENTENCE):
            out.append([])
    return [s for s in out if s]


def word_level(levels: np.ndarray[Any, np.dtype[np.float64]], word: Word) -> float | None:
    """The 90th percentile of the word's frames: its loud part, whatever silence it spans."""
    first = int(word.start / FRAME_S)
    chunk = levels[first : max(int(word.end / FRAME_S), first + 1)]
    return float(np.percentile(chunk, 90)) if chunk.size else None


def end_drops(levels: np.ndarray[Any, np.dtype[np.float64]], words: list[Word]) -> list[float]:
    drops = []
    for sentence in split_sentences(words):
        if len(sentence) < 3:
            continue
        body = [x for w in sentence[:-1] if (x := word_level(levels, w)) is not None]
        last = word_level(levels, sentence[-1])
        if body and last is not None:
            drops.append(float(np.median(body)) - last)
    return drops
