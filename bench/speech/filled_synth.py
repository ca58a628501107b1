"""Synthetic answers with filled pauses whose place in the clip is known to the sample.

espeak-ng says "uh" as a short word with a falling, sentence-final pitch; a filled pause in
running speech is longer and level. So each hesitation is spoken by espeak-ng in the clip's
voice, given a level or gently falling pitch near the speaker's own (Praat, through
parselmouth), stretched to a typical filled-pause length, and spliced between text runs, right
up against a word or after a short gap, as people do. These clips are built from the same
description of a filled pause that the detector looks for: figures on them show the engine's
plumbing works, not that it works on real people.

Markup: `<uh>` (or `<um>`, `<er>`, `<hmm>`, `<mm>`) is a filled pause; `|` is a short gap
(0.15-0.35 s, a breath). Everything else is ordinary speech, spoken run by run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import parselmouth  # type: ignore[import-not-found,unused-ignore]
from bench.speech import synth
from parselmouth.praat import call  # type: ignore[import-not-found,unused-ignore]

PIECE = re.compile(r"<(\w+)>|\||([^<|]+)")
SAY_AS = {"uh": "uh", "um": "um", "er": "er", "hmm": "hmm", "mm": "mmm"}


@dataclass(frozen=True)
class Filled:
    kind: str
    start: float
    end: float


@dataclass(frozen=True)
class FilledClip:
    id: str
    path: Path
    voice: str
    words: tuple[str, ...]  # the ordinary words said, in order
    fillers: tuple[Filled, ...]
    duration_s: float


def _median_pitch(samples: synth.Audio, rate: int) -> float:
    sound = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=rate)
    f0 = sound.to_pitch(pitch_floor=60.0, pitch_ceiling=500.0).selected_array["frequency"]
    voiced = f0[f0 > 0]
    return float(np.median(voiced)) if voiced.size else 120.0


def hesitation(
    kind: str, voice: str, wpm: int, pitch_hz: float, rng: np.random.Generator
) -> synth.Audio:
    """One filled pause: level or slowly falling pitch, 0.25-0.65 s long."""
    rate = synth.ESPEAK_RATE
    said = synth.trim(synth.speak(SAY_AS[kind], voice, max(wpm - 40, 80)), rate)
    sound = parselmouth.Sound(said.astype(np.float64), sampling_frequency=rate)
    manipulation = call(sound, "To Manipulation", 0.01, 60, 500)
    tier = call("Create PitchTier", "level", sound.xmin, sound.xmax)
    start_hz = pitch_hz * 2 ** (rng.uniform(-2.0, 0.5) / 12)
    call(tier, "Add point", sound.xmin, start_hz)
    call(tier, "Add point", sound.xmax, start_hz * 2 ** (-rng.uniform(0.0, 2.0) / 12))
    call([manipulation, tier], "Replace pitch tier")
    level = call(manipulation, "Get resynthesis (overlap-add)")
    target = rng.uniform(0.25, 0.65)
    factor = max(target / level.duration, 1.0)
    longer = call(level, "Lengthen (overlap-add)", 60, 500, factor)
    out = np.asarray(longer.values[0], dtype=np.float32)
    fade = min(out.size // 4, int(0.02 * rate))
    ramp = np.linspace(0.0, 1.0, fade, dtype=np.float32)
    out[:fade] *= ramp
    out[out.size - fade :] *= ramp[::-1]
    return out


def build(clip_id: str, text: str, voice: str, wpm: int, out: Path, seed: int) -> FilledClip:
    rng = np.random.default_rng(seed)
    rate = synth.ESPEAK_RATE
    parts = PIECE.findall(text)
    runs = [synth.trim(synth.speak(plain, voice, wpm), rate) for _k, plain in parts if plain]
    pitch = _median_pitch(np.concatenate(runs), rate) if runs else 120.0
    pieces: list[synth.Audio] = [np.zeros(int(0.6 * rate), np.float32)]
    fillers: list[Filled] = []
    words: list[str] = []
    spoken = iter(runs)
    for kind, plain in parts:
        at = sum(p.size for p in pieces) / rate
        if kind:
            audio = hesitation(kind, voice, wpm, pitch, rng)
            fillers.append(Filled(kind, round(at, 3), round(at + audio.size / rate, 3)))
            pieces.append(audio)
        elif plain:
            words += synth.normal_words(plain)
            pieces.append(next(spoken))
        else:
            pieces.append(np.zeros(int(rng.uniform(0.15, 0.35) * rate), np.float32))
    pieces.append(np.zeros(int(0.8 * rate), np.float32))
    samples = np.concatenate(pieces)
    samples = samples + np.random.default_rng(7).standard_normal(samples.size) * 1e-3
    synth.write_wav(out, samples.astype(np.float32), rate)
    return FilledClip(
        clip_id, out, voice, tuple(words), tuple(fillers), round(samples.size / rate, 3)
    )
