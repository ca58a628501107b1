"""Transcribe a recording while it is still being made, so the report is ready moments after
the candidate stops.

The browser sends the recording in pieces; after each piece the caller decodes what arrived so
far and calls `advance`, which transcribes only the audio after `Progress.settled_until` and
keeps the words that ended well before the live edge (the last seconds may hold a half-spoken
word). At the end `finish` transcribes the short rest and measures everything over the whole
recording with `analyze.measure`, exactly as for a finished file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .analyze import measure
from .decode import RATE, Samples
from .report import AudioReport
from .transcribe import MIN_SPEECH_SECONDS, Confidence, Transcript, Word, transcribe

SETTLED_MARGIN_S = 2.0  # words this close to the live edge may be cut off: wait for more
MIN_NEW_AUDIO_S = 8.0  # Whisper is more accurate, and cheaper per second, on longer windows
MIN_GAP_S = 0.15  # cut only where the speaker paused at least this long between words
OVERLAP_S = 1.0  # the next window starts this much earlier; words already kept are dropped


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
    heard = _transcribe_from(samples, progress.settled_until)
    if not heard.words:  # silence so far: move the mark on, nothing to keep
        return Progress(round(edge, 2), progress.segments, progress.confidence)
    cut = _cut(heard.words, edge)
    if cut is None:
        return progress
    kept, scores = _settled(heard, cut)
    return Progress(round(cut, 2), progress.segments + tuple(kept), progress.confidence + scores)


def _cut(words: tuple[Word, ...], edge: float) -> float | None:
    """The middle of the last pause between two words before the edge.

    Cutting at a pause, never inside a word, lets the next window start with a whole word.
    """
    for before, after in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if before.end <= edge and after.start - before.end >= MIN_GAP_S:
            return min((before.end + after.start) / 2, edge)
    last = words[-1]
    return last.end + MIN_GAP_S if last.end + MIN_GAP_S <= edge else None


def _settled(
    heard: Transcript, edge: float
) -> tuple[list[tuple[Word, ...]], tuple[Confidence, ...]]:
    """Whole segments before the edge, and the settled words of the segment that crosses it.

    Cutting inside a segment, at a gap between words, keeps the unsettled rest short even when
    Whisper makes one long segment of continuous speech.
    """
    kept: list[tuple[Word, ...]] = []
    scores: list[Confidence] = []
    for segment, score in zip(heard.sentences, heard.confidence, strict=True):
        words = tuple(w for w in segment if w.end <= edge)
        if words:
            kept.append(words)
            scores.append(score)
        if len(words) < len(segment):
            break
    return kept, tuple(scores)


def finish(samples: Samples, progress: Progress, *, question: str | None = None) -> AudioReport:
    """The full report: the rest transcribed, then every measure over the whole recording."""
    rest = samples.size / RATE - progress.settled_until
    tail = _transcribe_from(samples, progress.settled_until) if rest >= MIN_SPEECH_SECONDS else None
    segments = progress.segments + (tail.sentences if tail else ())
    confidence = progress.confidence + (tail.confidence if tail else ())
    words = tuple(w for s in segments for w in s)
    return measure(samples, Transcript(words, segments, confidence), question=question)


def _transcribe_from(samples: Samples, settled: float) -> Transcript:
    """Transcribe from a little before `settled` on, on the whole recording's clock.

    The window starts early because Whisper may drop a word at the very start of its audio;
    words whose middle lies before `settled` were kept by an earlier pass and are dropped.
    """
    start = max(settled - OVERLAP_S, 0.0) if settled > 0 else 0.0
    heard = transcribe(samples[int(start * RATE) :])
    pairs = []
    scored = heard.confidence or tuple(Confidence(0.0, 0.0, 0.0) for _ in heard.sentences)
    for segment, score in zip(heard.sentences, scored, strict=False):
        words = tuple(
            Word(w.text, round(w.start + start, 2), round(w.end + start, 2))
            for w in segment
            if (w.start + w.end) / 2 + start >= settled
        )
        if words:
            pairs.append((words, score))
    sentences = tuple(words for words, _ in pairs)
    return Transcript(tuple(w for s in sentences for w in s), sentences, tuple(c for _, c in pairs))
