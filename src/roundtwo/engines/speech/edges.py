"""Word edges moved onto the sound itself, where a word meets silence.

Whisper's word timestamps are loose where speech meets silence: the first word of a recording
tends to start about 0.2 s in however late the voice begins, and a word before a pause often runs
on into it by up to 0.7 s. Pace and pauses are measured on these edges, so each edge next to a
silence is moved to where the sound starts or stops. Words inside running speech are left alone,
and so is an edge where the level never drops (noise as loud as the voice).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import numpy.typing as npt

from .decode import RATE, Samples
from .transcribe import Transcript, Word

FRAME_S = 0.01
GAP_S = 0.3  # an edge next to a gap at least this long is checked
REACH_S = 0.5  # how far before Whisper's start a word's onset may be
FLOOR_MARGIN_DB = 10.0  # louder than the quietest frames by this much is sound
BELOW_LOUD_DB = 35.0  # ...or within this much of the loud frames, whichever is higher


def frame_levels(samples: Samples) -> npt.NDArray[np.float64]:
    """The level in dB of each whole 10 ms frame."""
    size = int(RATE * FRAME_S)
    count = samples.size // size
    frames = samples[: count * size].astype(np.float64).reshape(count, size)
    return np.asarray(10 * np.log10(np.maximum(np.mean(frames**2, axis=1), 1e-12)))


def loud_frames(samples: Samples) -> npt.NDArray[np.bool_]:
    """One flag per 10 ms frame: is there sound (speech, breath) rather than room noise."""
    levels = frame_levels(samples)
    if levels.size == 0:
        return np.zeros(0, dtype=bool)
    floor, loud = np.percentile(levels, [10, 95])
    return np.asarray(levels > max(floor + FLOOR_MARGIN_DB, loud - BELOW_LOUD_DB))


def _frame(seconds: float, count: int) -> int:
    return min(max(int(round(seconds / FRAME_S)), 0), count)


def onset(loud: npt.NDArray[np.bool_], earliest: float, start: float, end: float) -> float:
    """Where the sound of a word that starts at `start` begins, no earlier than `earliest`."""
    first, last, low = (_frame(t, loud.size) for t in (start, end, earliest))
    hits = np.flatnonzero(loud[first:last])
    if hits.size == 0:
        return start
    frame = first + int(hits[0])
    back = frame
    while back > low and loud[back - 1]:
        back -= 1
    # no quiet frame before it within reach: the level never drops, so keep Whisper's edge
    if back == low and low > 0 and loud[low - 1]:
        back = frame
    return round(back * FRAME_S, 2)


def offset(loud: npt.NDArray[np.bool_], start: float, end: float) -> float:
    """Where the sound of a word that ends at `end` stops."""
    first, last = _frame(start, loud.size), _frame(end, loud.size)
    hits = np.flatnonzero(loud[first:last])
    return end if hits.size == 0 else round((first + int(hits[-1]) + 1) * FRAME_S, 2)


def snap_to_sound(words: tuple[Word, ...], samples: Samples) -> tuple[Word, ...]:
    loud = loud_frames(samples)
    snapped: list[Word] = []
    for i, word in enumerate(words):
        prev_end = snapped[-1].end if snapped else 0.0
        start, end = word.start, word.end
        if i == 0 or start - words[i - 1].end >= GAP_S:
            start = onset(loud, max(prev_end, start - REACH_S), start, end)
        if i == len(words) - 1 or words[i + 1].start - end >= GAP_S:
            end = offset(loud, start, end)
        snapped.append(Word(word.text, start, max(end, start)))
    return tuple(snapped)


def snap_transcript(heard: Transcript, samples: Samples) -> Transcript:
    """The same transcript with its words' edges snapped, sentence by sentence as before."""
    words = snap_to_sound(heard.words, samples)
    sentences, at = [], 0
    for sentence in heard.sentences:
        sentences.append(words[at : at + len(sentence)])
        at += len(sentence)
    return replace(heard, words=words, sentences=tuple(sentences))
