"""A recording transcribed utterance by utterance, cut in the speaker's pauses.

Every utterance is a window whose ends are fixed by the sound alone (`pauses.py`), transcribed
once, as a whole, and kept. The same recording therefore gives the same words whether it is
transcribed while it is still arriving, piece by piece at any pace, or in one go afterwards: a
live transcript never differs from the batch one, whatever the timing or the load.

Windows run from one cut to the first cut at least `MIN_UTTERANCE_S` later; silence before the
speaker starts again is skipped, but for `LEAD_S`. Speech that runs on for `MAX_UTTERANCE_S`
without a pause is cut between two words instead, and the next window starts `OVERLAP_S` early
because Whisper may drop a word at the very start of its audio.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .decode import RATE, Samples
from .pauses import LONG_PAUSE_S, Sound, find_sound
from .transcribe import MIN_SPEECH_SECONDS, Confidence, Transcript, Word, transcribe

# Whisper reads 30 s of audio per call however short the window, so longer windows cost less
# per second of speech; shorter ones leave less to do when a live recording stops.
MIN_UTTERANCE_S = 14.0
MAX_UTTERANCE_S = 28.0
LEAD_S = 1.0  # silence kept before the speaker starts again: Whisper may drop a first word
OVERLAP_S = 1.0  # after a cut between words, the next window starts this much earlier
MIN_GAP_S = 0.15  # a cut between words needs a gap at least this long
EDGE_MARGIN_S = 1.0  # a word ending this close to a window's end may be cut off: not kept


@dataclass(frozen=True)
class Progress:
    """What is settled: the words of every utterance before `settled_until`."""

    settled_until: float = 0.0
    segments: tuple[tuple[Word, ...], ...] = ()
    confidence: tuple[Confidence, ...] = ()
    in_speech: bool = False  # the last cut fell between two words, not in a pause

    def as_dict(self) -> dict[str, Any]:
        return {
            "settled_until": self.settled_until,
            "in_speech": self.in_speech,
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
        in_speech = bool(data.get("in_speech", False))
        return cls(float(data["settled_until"]), segments, confidence, in_speech)


def settle(samples: Samples, progress: Progress, *, ended: bool = False) -> Progress:
    """Transcribe every utterance whose end is already fixed by the audio that has arrived."""
    return _settle(samples, progress, ended)[0]


def transcribe_recording(samples: Samples, progress: Progress | None = None) -> Transcript:
    """The whole recording's words: what `progress` settled, the remaining utterances, the rest."""
    progress, sound = _settle(samples, progress or Progress(), True)
    start = _next_start(sound, progress)
    rest = None
    if start is not None and samples.size / RATE - start >= MIN_SPEECH_SECONDS:
        rest = _transcribe(samples, start, samples.size / RATE, progress.settled_until)
    segments = progress.segments + (rest.sentences if rest else ())
    confidence = progress.confidence + (rest.confidence if rest else ())
    return Transcript(tuple(w for s in segments for w in s), segments, confidence)


def _settle(samples: Samples, progress: Progress, ended: bool) -> tuple[Progress, Sound]:
    sound = find_sound(samples, ended=ended)
    cuts = sound.cuts()
    while (step := _step(samples, sound, cuts, progress)) is not None:
        progress = step
    return progress, sound


def _next_start(sound: Sound, progress: Progress) -> float | None:
    """Where the next window starts, or None while nothing but silence has followed the mark."""
    mark = progress.settled_until
    if progress.in_speech:
        return max(mark - OVERLAP_S, 0.0)
    onset = sound.onset(mark)
    return None if onset is None else max(mark, round(onset - LEAD_S, 2))


def _step(samples: Samples, sound: Sound, cuts: list[float], progress: Progress) -> Progress | None:
    """The next settled utterance, or None until more audio has arrived."""
    mark = progress.settled_until
    start = _next_start(sound, progress)
    if start is None:  # only silence so far: move the mark on, nothing to transcribe
        quiet_to = round(sound.final_s - LEAD_S, 2)
        return replace(progress, settled_until=quiet_to) if quiet_to > mark else None
    end = next((c for c in cuts if c >= start + MIN_UTTERANCE_S), None)
    if end is not None and end <= start + MAX_UTTERANCE_S:
        heard = _transcribe(samples, start, end, mark)
        return Progress(
            end,
            progress.segments + heard.sentences,
            progress.confidence + heard.confidence,
        )
    # every pause that could still end this window early is known only LONG_PAUSE_S later
    if end is None and sound.final_s < start + MAX_UTTERANCE_S + LONG_PAUSE_S:
        return None
    return _cut_in_speech(samples, progress, start)


def _cut_in_speech(samples: Samples, progress: Progress, start: float) -> Progress:
    """Speech ran on without a pause: keep the window's words up to its last gap between words."""
    end = start + MAX_UTTERANCE_S
    heard = _transcribe(samples, start, end, progress.settled_until)
    if not heard.words:  # sound but no words (noise): nothing to keep
        return replace(progress, settled_until=round(end, 2), in_speech=False)
    cut = _cut(heard.words, end - EDGE_MARGIN_S)
    kept = _settled(heard, cut)
    share = (cut - start) / (end - start)
    return Progress(
        round(cut, 2),
        progress.segments + tuple(kept),
        progress.confidence + _share(heard.confidence, share),
        in_speech=True,
    )


def _cut(words: tuple[Word, ...], edge: float) -> float:
    """The middle of the last gap between two words before `edge` (or `edge` itself)."""
    for before, after in zip(reversed(words[:-1]), reversed(words[1:]), strict=True):
        if before.end <= edge and after.start - before.end >= MIN_GAP_S:
            return min((before.end + after.start) / 2, edge)
    last = words[-1]
    return min(last.end + MIN_GAP_S, edge) if last.end <= edge else edge


def _settled(heard: Transcript, cut: float) -> list[tuple[Word, ...]]:
    """Whole segments before the cut, and the words before it of the segment that crosses it."""
    kept: list[tuple[Word, ...]] = []
    for segment in heard.sentences:
        words = tuple(w for w in segment if w.end <= cut)
        if words:
            kept.append(words)
        if len(words) < len(segment):
            break
    return kept


def _share(scores: tuple[Confidence, ...], fraction: float) -> tuple[Confidence, ...]:
    """Whisper's scores for the settled part of a window, so no second counts twice.

    Scores belong to decoded segments, not to words, so each counts with the settled share of
    its seconds: audio transcribed again by the next window is not counted twice.
    """
    share = min(max(fraction, 0.0), 1.0)
    return tuple(replace(c, seconds=round(c.seconds * share, 3)) for c in scores if share > 0)


def _transcribe(samples: Samples, start: float, end: float, keep_from: float) -> Transcript:
    """Exactly the audio from `start` to `end`, on the recording's clock, without the words
    whose middle lies before `keep_from` (an earlier window kept them)."""
    heard = transcribe(samples[int(round(start * RATE)) : int(round(end * RATE))])
    shifted = (
        tuple(
            Word(w.text, round(w.start + start, 2), round(w.end + start, 2))
            for w in segment
            if (w.start + w.end) / 2 + start >= keep_from
        )
        for segment in heard.sentences
    )
    sentences = tuple(s for s in shifted if s)
    return Transcript(tuple(w for s in sentences for w in s), sentences, heard.confidence)
