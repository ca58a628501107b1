"""The recording's pitch track (Praat via parselmouth), taken once and shared.

Tone, filled pauses and the unsaid-word check all look at pitch; Praat's autocorrelation over a
two-minute answer costs about half a second, so the analysis tracks it once and hands the track
to each of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .decode import RATE, Samples
from .edges import FRAME_S

Floats = npt.NDArray[np.float64]

FLOOR_HZ = 60.0
CEILING_HZ = 500.0


@dataclass(frozen=True)
class Pitch:
    """Praat's frames: their centre times in seconds and pitch in Hz (0 where unvoiced)."""

    times: Floats
    hz: Floats

    def voiced(self) -> Floats:
        return self.hz[self.hz > 0]

    def on_frames(self, count: int) -> Floats:
        """Pitch per 10 ms frame on the grid of `edges.loud_frames` (0 where unvoiced)."""
        if self.hz.size == 0:
            return np.zeros(count)
        grid = (np.arange(count) + 0.5) * FRAME_S
        index = np.clip(np.searchsorted(self.times, grid), 0, self.hz.size - 1)
        near = np.abs(self.times[index] - grid) <= FRAME_S
        return np.where(near, self.hz[index], 0.0)


def track_pitch(samples: Samples) -> Pitch:
    import parselmouth  # type: ignore[import-not-found,unused-ignore]  # compiled, no stubs

    sound = parselmouth.Sound(samples.astype(np.float64), sampling_frequency=RATE)
    pitch = sound.to_pitch(time_step=FRAME_S, pitch_floor=FLOOR_HZ, pitch_ceiling=CEILING_HZ)
    return Pitch(
        times=np.asarray(pitch.xs(), dtype=np.float64),
        hz=np.asarray(pitch.selected_array["frequency"], dtype=np.float64),
    )
