"""Words nobody said: Whisper's text over silence or steady noise is dropped before measuring.

On silence and noise Whisper can write fluent text ("Thank you for watching, see you next
time"). Whisper's own scores catch most of it (transcribe.is_invented); this is the last check,
on the sound: a word with no sound under it was not said. Sound is a frame louder than the room
(edges.loud_frames, relative to the recording's own quiet level, so whispered speech passes)
or a voiced frame (a quiet last word over a loud fan is still voiced, while noise and a mains
hum below the pitch floor are not).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt

from .decode import Samples
from .edges import FRAME_S, loud_frames
from .pitch import Pitch, track_pitch
from .transcribe import Transcript, Word

PAD_S = 0.5  # Whisper puts a word next to silence up to about this far from its sound


def has_sound(word: Word, loud: npt.NDArray[np.bool_]) -> bool:
    first = max(int((word.start - PAD_S) / FRAME_S), 0)
    last = max(int((word.end + PAD_S) / FRAME_S) + 1, first + 1)
    return bool(loud[first:last].any())


def drop_unsaid(heard: Transcript, samples: Samples, pitch: Pitch | None = None) -> Transcript:
    """The transcript without the words that fall where the recording holds no sound."""
    if not heard.words:
        return heard
    loud = loud_frames(samples)
    loud = loud | ((pitch or track_pitch(samples)).on_frames(loud.size) > 0)
    if not loud.any():
        return Transcript((), (), heard.confidence)
    sentences = tuple(
        kept for s in heard.sentences if (kept := tuple(w for w in s if has_sound(w, loud)))
    )
    return replace(heard, words=tuple(w for s in sentences for w in s), sentences=sentences)
