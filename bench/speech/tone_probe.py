"""Tone figures: what the real clips measure, and whether the warnings fire on clips made to
sound flat (one pitch, resynthesised by Praat) or to trail off (each sentence's last word 10 dB
quieter), against the same clips left alone."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import parselmouth  # type: ignore[import-not-found,unused-ignore]
from bench.speech import synth
from parselmouth.praat import call  # type: ignore[import-not-found,unused-ignore]

from roundtwo.engines.speech import analyze_audio

FLAT_HZ = 110.0
FADE_DB = -10.0
ENDS = (".", "?", "!", "…")


class Clip(Protocol):
    id: str
    path: Path
    report: dict[str, Any]


def flattened(samples: synth.Audio, rate: int) -> synth.Audio:
    sound = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=rate)
    manipulation = call(sound, "To Manipulation", 0.01, 75, 600)
    tier = call("Create PitchTier", "flat", sound.xmin, sound.xmax)
    call(tier, "Add point", (sound.xmin + sound.xmax) / 2, FLAT_HZ)
    call([tier, manipulation], "Replace pitch tier")
    out = call(manipulation, "Get resynthesis (overlap-add)")
    return np.asarray(out.values[0], dtype=np.float32)


def faded(samples: synth.Audio, rate: int, words: Sequence[dict[str, Any]]) -> synth.Audio:
    """Each sentence's last word (as the engine heard it) made FADE_DB quieter."""
    out = samples.copy()
    for word in words:
        if word["text"].endswith(ENDS):
            start, end = int(word["start"] * rate), int(word["end"] * rate)
            out[start:end] *= 10 ** (FADE_DB / 20)
    return out


def variant(clip: Clip, name: str, samples: synth.Audio, rate: int) -> dict[str, Any]:
    path = clip.path.with_name(f"{clip.id}-{name}.wav")
    synth.write_wav(path, samples, rate)
    return analyze_audio(path.read_bytes(), path.name).as_dict()


def spread(values: Sequence[float]) -> str:
    if not values:
        return "n/a"
    return f"{min(values):.1f} / {statistics.median(values):.1f} / {max(values):.1f}"


def lines(clips: Sequence[Clip], real: dict[str, dict[str, Any]]) -> list[str]:
    out = []
    heard = [r for r in real.values() if r["speech_detected"]]
    if heard:
        pitch = [r["pitch"] for r in heard if r["pitch"].get("variation_st") is not None]
        lively = [p["variation_st"] for p in pitch if p["voiced_s"] >= 1.0]
        volume = [r["volume"] for r in heard]
        drops = [v["end_drop_db"] for v in volume if v["end_drop_db"] is not None]
        out.append(
            f"- Tone on the real clips ({len(heard)} with speech; min / median / max): pitch "
            f"variation {spread(lively)} semitones over the {len(lively)} clips with 1 s or more "
            f"of voice, `flat` {sum(p['flat'] for p in pitch)} (a verdict needs 3 s of voice); "
            f"speech level {spread([v['mean_dbfs'] for v in volume])} dBFS, `too_quiet` "
            f"{sum(v['too_quiet'] for v in volume)} (the whispered and creaky clips); sentence-"
            f"end drop {spread(drops)} dB, `fades_out` {sum(v['fades_out'] for v in volume)} "
            "(a verdict needs 3 sentences; these clips have 1-3)."
        )
    if not clips:
        return out
    plain = [c.report for c in clips]
    flat, fade = [], []
    for clip in clips:
        samples, rate = synth.read_wav(clip.path)
        flat.append(variant(clip, "flat", flattened(samples, rate), rate))
        fade.append(variant(clip, "fade", faded(samples, rate, clip.report["words"]), rate))

    def count(reports: list[dict[str, Any]], part: str, key: str) -> str:
        return f"{sum(bool(r[part].get(key)) for r in reports)}/{len(reports)}"

    def values(reports: list[dict[str, Any]], part: str, key: str) -> list[float]:
        return [r[part][key] for r in reports if r[part].get(key) is not None]

    out.append(
        f"- Tone warnings on the {len(clips)} dev clips: `flat` on the espeak-ng voices as made "
        f"{count(plain, 'pitch', 'flat')} (variation "
        f"{spread(values(plain, 'pitch', 'variation_st'))} st: espeak-ng's intonation is "
        "narrow), resynthesised on one pitch "
        f"{count(flat, 'pitch', 'flat')} ({spread(values(flat, 'pitch', 'variation_st'))} st); "
        f"`fades_out` as made {count(plain, 'volume', 'fades_out')} (drop "
        f"{spread(values(plain, 'volume', 'end_drop_db'))} dB), each sentence's last word 10 dB "
        f"quieter {count(fade, 'volume', 'fades_out')} "
        f"({spread(values(fade, 'volume', 'end_drop_db'))} dB; clips with fewer than 3 sentences "
        "get no verdict)."
    )
    return out
