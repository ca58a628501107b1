"""Transcribe a recording while it is still being made, so the report is ready moments after
the candidate stops.

The browser sends the recording in pieces; after each piece the caller decodes what arrived so
far and calls `advance`. When the speaker has paused since `Progress.settled_until`, the audio
up to the middle of the last pause is transcribed once, as a whole utterance, and kept: Whisper
is as accurate on it as on the finished file. Speech that runs on without a pause for too long
is cut between two words instead. At the end `finish` transcribes the short rest and measures
everything over the whole recording with `analyze.measure`, exactly as for a finished file.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from .analyze import measure
from .decode import RATE, Samples
from .edges import FRAME_S, loud_frames
from .report import AudioReport
from .transcribe import MIN_SPEECH_SECONDS, Confidence, Transcript, Word, transcribe

SETTLED_MARGIN_S = 1.0  # audio this close to the live edge may end mid-word: wait for more
# A pass after each 4 s piece keeps what is left at the stop short (bench/rehearse); a shorter
# window than this costs Whisper nearly as much as a longer one.
MIN_NEW_AUDIO_S = 4.0
MIN_GAP_S = 0.15  # cut only where the speaker paused at least this long between words
OVERLAP_S = 1.0  # the next window starts this much earlier; words already kept are dropped
QUIET_S = 0.3  # a quiet stretch this long ends an utterance: the audio is cut in its middle
MAX_UNSETTLED_S = 20.0  # speech running on this long without a pause is cut between words


@dataclass(frozen=True)
class Progress:
    settled_until: float = 0.0
    segments: tuple[tuple[Word, ...], ...] = ()
    confidence: tuple[Confidence, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "settled_until": self.settled_until,
            "segments": [[[w.text, w.start, w.end] for w in s] for s in self.segments],
            "confidence": [
                [c.seconds, c.avg_logprob, c.no_speech_prob, c.repeats] for c in self.confidence
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Progress:
        if not data:
            return cls()
        segments = tuple(
            tuple(Word(str(t), float(a), float(b)) for t, a, b in s) for s in data["segments"]
        )
        confidence = tuple(
            Confidence(float(c[0]), float(c[1]), float(c[2]), int(c[3]))
            for c in data.get("confidence", [])
        )
        return cls(float(data["settled_until"]), segments, confidence)


def advance(samples: Samples, progress: Progress) -> Progress:
    """Transcribe the audio that arrived since the last call, keeping only settled words."""
    edge = samples.size / RATE - SETTLED_MARGIN_S
    if edge - progress.settled_until < MIN_NEW_AUDIO_S:
        return progress
    pause = _last_pause(samples, progress.settled_until, edge)
    if pause is not None:
        heard = _transcribe_span(samples, progress.settled_until, pause)
        return Progress(
            round(pause, 2),
            progress.segments + heard.sentences,
            progress.confidence + heard.confidence,
        )
    if edge - progress.settled_until < MAX_UNSETTLED_S:
        return progress
    heard = _transcribe_from(samples, progress.settled_until)
    if not heard.words:  # silence so far: move the mark on, nothing to keep
        return Progress(round(edge, 2), progress.segments, progress.confidence)
    cut = _cut(heard.words, edge)
    if cut is None:
        return progress
    kept = _settled(heard, cut)
    scores = _share(
        heard.confidence, (cut - progress.settled_until) / (edge - progress.settled_until)
    )
    return Progress(round(cut, 2), progress.segments + tuple(kept), progress.confidence + scores)


def _share(scores: tuple[Confidence, ...], fraction: float) -> tuple[Confidence, ...]:
    """Whisper's scores for the part of a window that settled.

    Scores belong to decoded segments (dropped ones too), not to words, so each counts with
    the settled share of its seconds: audio transcribed again in a later pass is not counted
    twice in the recording's average.
    """
    share = min(max(fraction, 0.0), 1.0)
    return tuple(replace(c, seconds=round(c.seconds * share, 3)) for c in scores if share > 0)


def _last_pause(samples: Samples, start: float, edge: float) -> float | None:
    """The middle of the last quiet stretch between `start` and `edge`, measured on the sound."""
    first = int(start / FRAME_S)
    quiet = ~loud_frames(samples[: int(edge * RATE)])[first:]
    flips = np.diff(np.concatenate(([0], quiet.astype(np.int8), [0])))
    runs = [
        (a, b)
        for a, b in zip(np.flatnonzero(flips == 1), np.flatnonzero(flips == -1), strict=True)
        if (b - a) * FRAME_S >= QUIET_S
    ]
    if not runs:
        return None
    a, b = runs[-1]
    # a pause still going on at the edge: cut near its end, so silence is not read twice
    middle = (first + (b - QUIET_S / 2 / FRAME_S if b == quiet.size else (a + b) / 2)) * FRAME_S
    return float(middle) if middle - start >= MIN_SPEECH_SECONDS else None


def _cut(words: tuple[Word, ...], edge: float) -> float | None:
    """The middle of the last pause between two words before the edge.

    Cutting at a pause, never inside a word, lets the next window start with a whole word.
    """
    for before, after in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if before.end <= edge and after.start - before.end >= MIN_GAP_S:
            return min((before.end + after.start) / 2, edge)
    last = words[-1]
    return last.end + MIN_GAP_S if last.end + MIN_GAP_S <= edge else None


def _settled(heard: Transcript, edge: float) -> list[tuple[Word, ...]]:
    """Whole segments before the edge, and the settled words of the segment that crosses it.

    Cutting inside a segment, at a gap between words, keeps the unsettled rest short even when
    Whisper makes one long segment of continuous speech.
    """
    kept: list[tuple[Word, ...]] = []
    for segment in heard.sentences:
        words = tuple(w for w in segment if w.end <= edge)
        if words:
            kept.append(words)
        if len(words) < len(segment):
            break
    return kept


def finish(samples: Samples, progress: Progress, *, question: str | None = None) -> AudioReport:
    """The full report: the rest transcribed, then every measure over the whole recording."""
    rest = samples.size / RATE - progress.settled_until
    tail = _transcribe_from(samples, progress.settled_until) if rest >= MIN_SPEECH_SECONDS else None
    segments = progress.segments + (tail.sentences if tail else ())
    confidence = progress.confidence + (tail.confidence if tail else ())
    words = tuple(w for s in segments for w in s)
    return measure(samples, Transcript(words, segments, confidence), question=question)


def _transcribe_span(samples: Samples, start: float, end: float) -> Transcript:
    """Exactly the audio from `start` to `end` (both in pauses), on the recording's clock."""
    return _shifted(transcribe(samples[int(start * RATE) : int(end * RATE)]), start, start)


def _transcribe_from(samples: Samples, settled: float) -> Transcript:
    """Transcribe from a little before `settled` on, on the whole recording's clock.

    The window starts early because Whisper may drop a word at the very start of its audio;
    words whose middle lies before `settled` were kept by an earlier pass and are dropped.
    """
    start = max(settled - OVERLAP_S, 0.0) if settled > 0 else 0.0
    return _shifted(transcribe(samples[int(start * RATE) :]), start, settled)


def _shifted(heard: Transcript, offset: float, keep_from: float) -> Transcript:
    """Times moved by `offset`, without the words whose middle lies before `keep_from`."""
    shifted = (
        tuple(
            Word(w.text, round(w.start + offset, 2), round(w.end + offset, 2))
            for w in segment
            if (w.start + w.end) / 2 + offset >= keep_from
        )
        for segment in heard.sentences
    )
    sentences = tuple(s for s in shifted if s)
    return Transcript(tuple(w for s in sentences for w in s), sentences, heard.confidence)
