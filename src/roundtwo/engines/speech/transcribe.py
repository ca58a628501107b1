"""Speech to words with timestamps, refusing text Whisper invents on silence or noise."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .decode import RATE, Samples
from .model import load_model, model_lock

# Whisper writes fillers only when its prompt already contains them.
FILLER_PROMPT = (
    "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking. Uh, you know."
)
MAX_NO_SPEECH_PROB = 0.6
MIN_AVG_LOGPROB = -1.0
FLOOR_AVG_LOGPROB = -1.6
MIN_SPEECH_SECONDS = 0.5
HALLUCINATIONS = frozenset(
    {
        "thank you",
        "thanks for watching",
        "thank you for watching",
        "thank you so much for watching",
        "please subscribe",
        "subscribe to my channel",
        "bye",
        "you",
        "the end",
        "music",
        "applause",
    }
)


@dataclass(frozen=True)
class Word:
    text: str
    start: float
    end: float


@dataclass(frozen=True)
class Transcript:
    words: tuple[Word, ...]
    sentences: tuple[tuple[Word, ...], ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def speech_detected(self) -> bool:
        return bool(self.words) and self.words[-1].end - self.words[0].start >= MIN_SPEECH_SECONDS


def _plain(text: str) -> str:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).strip()


def is_invented(text: str, no_speech_prob: float, avg_logprob: float) -> bool:
    """Whisper's own rule (silent and unsure), a floor on confidence, and known stock phrases."""
    if no_speech_prob > MAX_NO_SPEECH_PROB and avg_logprob < MIN_AVG_LOGPROB:
        return True
    if avg_logprob < FLOOR_AVG_LOGPROB:
        return True
    return " ".join(_plain(text).split()) in HALLUCINATIONS


def transcribe(samples: Samples) -> Transcript:
    if samples.size < MIN_SPEECH_SECONDS * RATE:
        return Transcript((), ())
    with model_lock():
        segments, _info = load_model().transcribe(
            samples,
            language="en",
            initial_prompt=FILLER_PROMPT,
            word_timestamps=True,
            vad_filter=True,
            condition_on_previous_text=False,
        )
        kept = [s for s in segments if not is_invented(s.text, s.no_speech_prob, s.avg_logprob)]
    sentences = tuple(
        tuple(Word(w.word.strip(), round(w.start, 2), round(w.end, 2)) for w in s.words or ())
        for s in kept
    )
    words = tuple(w for sentence in sentences for w in sentence if w.text)
    return Transcript(words, tuple(s for s in sentences if s))
