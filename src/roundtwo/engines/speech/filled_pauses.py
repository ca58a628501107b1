"""Filled pauses ("uh", "um", "er", "mm") found in the sound itself, not only in the words.

Whisper leaves hesitations out of its text, most of all hums and an "uh" just before a restart.
What a filled pause sounds like is well described in the speech literature: it is voiced, its
pitch stays nearly level (flat or slowly falling), its spectrum (the vowel or the hum) holds
steady, and it lasts longer than an ordinary syllable, usually 150 ms or more. Ordinary speech
moves pitch and formants from one syllable to the next every 100-200 ms. So a stretch where
voice, level pitch and a steady spectrum last together `MIN_SECONDS` or more is a candidate.

The thresholds are relative (semitones, spectral change per frame normalised by the speaker's
own speech), not fitted to one voice; bench/speech/run.py measures them on synthetic voices
and on the real filler-free clips (bench/RESULTS.md, speech section).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .decode import RATE, Samples
from .edges import FRAME_S, loud_frames
from .pitch import Pitch, track_pitch

MIN_SECONDS = 0.15  # shorter level stretches are ordinary long vowels
PITCH_STEP_ST = 0.6  # largest pitch change from one 10 ms frame to the next inside a pause
PITCH_SPAN_ST = 3.0  # a pause may drift (usually falls) this far from start to end, no more
# Spectral change per frame, as a fraction of the speaker's median change over voiced speech.
STEADY_FRACTION = 0.5
GAP_FRAMES = 2  # a glitch this short (a pitch-tracker dropout) does not end a stretch
JOIN_S = 0.1  # two level stretches this close, on about the same pitch, are one pause
JOIN_ST = 2.0
ISLAND_S = 0.1
WINDOW_S = 0.025
BANDS = 24  # mel bands of the spectral envelope
CEPSTRA = 12
FLOOR_DB = 40.0

Floats = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Stretch:
    start: float
    end: float
    pitch_hz: float
    # quiet just before and just after: a sound on its own, not part of a word, wherever
    # Whisper's loose word timestamps put the words around it
    isolated: bool = False

    @property
    def seconds(self) -> float:
        return round(self.end - self.start, 2)


def _mel_bank(size: int) -> Floats:
    def mel(hz: Floats) -> Floats:
        return np.asarray(2595 * np.log10(1 + hz / 700))

    edges_mel = np.linspace(mel(np.array(80.0)), mel(np.array(7600.0)), BANDS + 2)
    edges_hz = 700 * (10 ** (edges_mel / 2595) - 1)
    bins = np.fft.rfftfreq(size, 1 / RATE)
    bank = np.zeros((BANDS, bins.size))
    for band in range(BANDS):
        low, mid, high = edges_hz[band : band + 3]
        rising = (bins - low) / (mid - low)
        falling = (high - bins) / (high - mid)
        bank[band] = np.clip(np.minimum(rising, falling), 0, None)
    return bank


def spectral_change(samples: Samples, count: int) -> Floats:
    """How far the spectral envelope (mel cepstrum) moves per 10 ms frame, smoothed over 50 ms."""
    hop, size = int(RATE * FRAME_S), int(RATE * WINDOW_S)
    padded = np.concatenate([samples.astype(np.float64), np.zeros(size)])
    starts = np.arange(count) * hop
    frames = padded[starts[:, None] + np.arange(size)] * np.hamming(size)
    power = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    energy = power @ _mel_bank(size).T
    # bands more than FLOOR_DB below a frame's loudest band are noise, not the vowel's shape
    floor = energy.max(axis=1, keepdims=True) * 10 ** (-FLOOR_DB / 10) + 1e-10
    log_mel = np.log(np.maximum(energy, floor))
    n = np.arange(BANDS)
    dct = np.cos(np.pi / BANDS * (n[None, :] + 0.5) * np.arange(1, CEPSTRA + 1)[:, None])
    cepstra = log_mel @ dct.T
    step = np.zeros(count)
    if count > 2:
        # centred difference: change across 20 ms, robust to one noisy frame
        step[1:-1] = np.linalg.norm(cepstra[2:] - cepstra[:-2], axis=1) / 2
    return np.convolve(step, np.ones(5) / 5, mode="same")


def _runs(flags: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """[start, end) of each run of True, bridging gaps of up to GAP_FRAMES False frames."""
    runs: list[tuple[int, int]] = []
    for i in np.flatnonzero(flags):
        if runs and i - runs[-1][1] <= GAP_FRAMES:
            runs[-1] = (runs[-1][0], int(i) + 1)
        else:
            runs.append((int(i), int(i) + 1))
    return runs


def _level(semitones: Floats) -> bool:
    """Nearly flat: no jumps, and a drift of at most PITCH_SPAN_ST over the stretch."""
    if semitones.size < 2:
        return False
    ends = np.percentile(semitones, [10, 90])
    return bool(np.max(np.abs(np.diff(semitones))) <= PITCH_STEP_ST * 2) and bool(
        ends[1] - ends[0] <= PITCH_SPAN_ST
    )


def filled_pauses(samples: Samples, pitch: Pitch | None = None) -> tuple[Stretch, ...]:
    """Every stretch that sounds like a filled pause, whatever words were heard there."""
    loud = loud_frames(samples)
    count = loud.size
    if count < MIN_SECONDS / FRAME_S:
        return ()
    f0 = (pitch or track_pitch(samples)).on_frames(count)
    voiced = (f0 > 0) & loud
    if voiced.sum() < MIN_SECONDS / FRAME_S:
        return ()
    change = spectral_change(samples, count)
    typical = float(np.median(change[voiced]))
    semitones = np.where(f0 > 0, 12 * np.log2(np.maximum(f0, 1.0) / 100.0), 0.0)
    smooth_step = np.zeros(count)
    smooth_step[1:] = np.abs(np.diff(semitones))
    candidate = voiced & (change <= typical * STEADY_FRACTION) & (smooth_step <= PITCH_STEP_ST)
    found = []
    for first, last in _runs(candidate):
        if (last - first) * FRAME_S < MIN_SECONDS:
            continue
        inside = semitones[first:last][voiced[first:last]]
        if not _level(inside):
            continue
        middle_hz = float(np.median(f0[first:last][voiced[first:last]]))
        alone = _quiet_near(loud, first, -1) and _quiet_near(loud, last - 1, 1)
        start, end = round(first * FRAME_S, 2), round(last * FRAME_S, 2)
        found.append(Stretch(start, end, round(middle_hz, 1), alone))
    return _joined(found)


def _quiet_near(loud: npt.NDArray[np.bool_], frame: int, step: int) -> bool:
    """A quiet frame within ISLAND_S of `frame`, looking back (step -1) or ahead (step 1)."""
    reach = int(ISLAND_S / FRAME_S)
    lo, hi = (max(frame - reach, 0), frame) if step < 0 else (frame + 1, frame + 1 + reach)
    window = loud[lo:hi]
    return window.size < reach or not bool(window.all())


def _joined(stretches: list[Stretch]) -> tuple[Stretch, ...]:
    """One pause whose level stretch was broken by a dip in the pitch track counts once."""
    out: list[Stretch] = []
    for s in stretches:
        last = out[-1] if out else None
        near = last is not None and s.start - last.end <= JOIN_S
        if last is not None and near and abs(12 * np.log2(s.pitch_hz / last.pitch_hz)) <= JOIN_ST:
            out[-1] = Stretch(last.start, s.end, last.pitch_hz, last.isolated and s.isolated)
        else:
            out.append(s)
    return tuple(out)
