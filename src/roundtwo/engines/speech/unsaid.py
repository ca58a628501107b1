"""Words nobody said: Whisper's text over silence or steady noise is dropped before measuring.

On silence and noise Whisper can write fluent text ("Thank you for watching, see you next
time"). Whisper's own scores catch most of it (transcribe.is_invented); this is the last check,
on the sound: a word with no sound under it (no frame louder than the room, edges.loud_frames)
was not said. The check is relative to the recording's own quiet level, so whispered speech
passes and so does a quiet voice, while the rest of a recording that trails off into silence or
a fan's hum does not.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt

from .decode import Samples
from .edges import FRAME_S, loud_frames
from .transcribe import Transcript, Word

PAD_S = 0.15  # Whisper's word edges are loose by about this much where speech meets silence


def has_sound(word: Word, loud: npt.NDArray[np.bool_]) -> bool:
    first = max(int((word.start - PAD_S) / FRAME_S), 0)
    last = max(int((word.end + PAD_S) / FRAME_S) + 1, first + 1)
    return bool(loud[first:last].any())


def drop_unsaid(heard: Transcript, samples: Samples) -> Transcript:
    """The transcript without the words that fall where the recording holds no sound."""
    loud = loud_frames(samples)
    if not loud.any():
        return Transcript((), (), heard.confidence)
    sentences = tuple(
        kept for s in heard.sentences if (kept := tuple(w for w in s if has_sound(w, loud)))
    )
    return replace(heard, words=tuple(w for s in sentences for w in s), sentences=sentences)
