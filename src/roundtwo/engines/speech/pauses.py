"""Where the speaker paused, found on the sound alone, and final as soon as it is known.

A recording is transcribed utterance by utterance, cut in the speaker's pauses. For the words to
depend on the audio alone (not on when each piece of a live recording arrived, nor on how busy
the machine was), every cut must be a function of the audio that can be settled early and never
changes once settled. So loudness is judged block by block against the few seconds around each
block (mostly behind it, a little ahead), never against the whole recording so far: a block's
verdict is final once its look-ahead has arrived, and a pause's cut is final once its end (or
`LONG_PAUSE_S` of it) is final.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .decode import Samples
from .edges import BELOW_LOUD_DB, FLOOR_MARGIN_DB, FRAME_S, frame_levels

BLOCK_S = 0.5  # loudness is judged in blocks this long...
HISTORY_S = 8.0  # ...against the levels this far behind...
LOOK_AHEAD_S = 1.0  # ...and this far ahead, so a block is final one second after it ends
QUIET_S = 0.3  # a quiet stretch this long is a pause
LONG_PAUSE_S = 2.0  # a longer pause is cut this far in, halved: no need to wait for its end


@dataclass(frozen=True)
class Sound:
    """Per 10 ms frame: sound or quiet; frames before `final` never change as audio arrives."""

    loud: npt.NDArray[np.bool_]
    final: int

    @property
    def final_s(self) -> float:
        return self.final * FRAME_S

    def onset(self, after: float) -> float | None:
        """The first final sound at or after `after` seconds."""
        first = int(round(after / FRAME_S))
        hits = np.flatnonzero(self.loud[first : self.final])
        return None if hits.size == 0 else (first + int(hits[0])) * FRAME_S

    def any_sound(self, start: float, end: float) -> bool:
        return bool(self.loud[int(round(start / FRAME_S)) : int(round(end / FRAME_S))].any())

    def cuts(self) -> list[float]:
        """Where to cut in each settled pause: its middle, or LONG_PAUSE_S/2 into a long one.

        A pause still running at `final` is cut only once LONG_PAUSE_S of it is final, so the
        cut never moves when more audio arrives.
        """
        quiet = ~self.loud[: self.final]
        flips = np.diff(np.concatenate(([0], quiet.astype(np.int8), [0])))
        cuts: list[float] = []
        for a, b in zip(np.flatnonzero(flips == 1), np.flatnonzero(flips == -1), strict=True):
            seconds = (b - a) * FRAME_S
            if seconds < QUIET_S or (b == quiet.size and seconds < LONG_PAUSE_S):
                continue
            cuts.append(round(float(a * FRAME_S + min(seconds, LONG_PAUSE_S) / 2), 2))
        return cuts


def find_sound(samples: Samples, *, ended: bool = False) -> Sound:
    """Sound or quiet per frame; when the recording has `ended`, every frame is final."""
    levels = frame_levels(samples)
    count = levels.size
    block, behind, ahead = (int(round(s / FRAME_S)) for s in (BLOCK_S, HISTORY_S, LOOK_AHEAD_S))
    loud = np.zeros(count, dtype=bool)
    final = 0
    for first in range(0, count, block):
        last = min(first + block, count)
        around = levels[max(first - behind, 0) : min(last + ahead, count)]
        floor, top = np.percentile(around, [10, 95])
        loud[first:last] = levels[first:last] > max(floor + FLOOR_MARGIN_DB, top - BELOW_LOUD_DB)
        if last + ahead <= count:
            final = last
    return Sound(loud, count if ended else final)
