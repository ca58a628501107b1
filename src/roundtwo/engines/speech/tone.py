"""Pitch (Praat, via parselmouth) and loudness (numpy) of the spoken part of a recording."""

from __future__ import annotations

from typing import Any

import numpy as np
import parselmouth  # type: ignore[import-not-found,unused-ignore]  # compiled, no stubs

from .decode import RATE, Samples
from .transcribe import Word

FLAT_SEMITONES = 2.0  # std of pitch below this sounds monotone
QUIET_DBFS = -35.0
DROP_OFF_DB = 6.0


def pitch_summary(samples: Samples) -> dict[str, Any]:
    sound = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=RATE)
    f0 = sound.to_pitch(pitch_floor=60.0, pitch_ceiling=500.0).selected_array["frequency"]
    voiced = f0[f0 > 0]
    if voiced.size < 10:
        return {"median_hz": None, "range_st": None, "variation_st": None, "flat": False}
    median = float(np.median(voiced))
    semitones = 12 * np.log2(voiced / median)
    low, high = np.percentile(semitones, [5, 95])
    variation = float(np.std(semitones))
    return {
        "median_hz": round(median, 1),
        "range_st": round(float(high - low), 1),
        "variation_st": round(variation, 2),
        "flat": variation < FLAT_SEMITONES,
    }


def level_db(samples: Samples, start: float, end: float) -> float | None:
    chunk = samples[int(start * RATE) : int(end * RATE)]
    if chunk.size == 0:
        return None
    rms = float(np.sqrt(np.mean(np.square(chunk, dtype=np.float64))))
    return 20 * float(np.log10(max(rms, 1e-9)))


def volume_summary(samples: Samples, sentences: tuple[tuple[Word, ...], ...]) -> dict[str, Any]:
    words = [w for s in sentences for w in s]
    if not words:
        return {"mean_dbfs": None, "end_drop_db": None, "too_quiet": False, "fades_out": False}
    mean = level_db(samples, words[0].start, words[-1].end) or -120.0
    drops = [d for s in sentences if (d := _end_drop(samples, s)) is not None]
    drop = float(np.mean(drops)) if drops else None
    return {
        "mean_dbfs": round(mean, 1),
        "end_drop_db": None if drop is None else round(drop, 1),
        "too_quiet": mean < QUIET_DBFS,
        "fades_out": drop is not None and drop > DROP_OFF_DB,
    }


def _end_drop(samples: Samples, sentence: tuple[Word, ...]) -> float | None:
    """How much quieter the last word is than the rest of the sentence."""
    if len(sentence) < 3:
        return None
    body = level_db(samples, sentence[0].start, sentence[-2].end)
    last = level_db(samples, sentence[-1].start, sentence[-1].end)
    return None if body is None or last is None else body - last
